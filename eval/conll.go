package eval

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

// NERSentence is one sentence of NER gold data: its tokens and one IOB2 label
// per token ("O", "B-PER", "I-PER", …). Readers convert every input scheme to
// IOB2 so that scoring and training see one representation.
type NERSentence struct {
	Tokens []string
	Labels []string
}

// NER file formats understood by ReadNER.
const (
	FormatGermEval = "germeval" // GermEval 2014 TSV: index, token, outer tag, nested tag
	FormatCoNLL03  = "conll03"  // CoNLL-2003: token POS chunk NE, IOB1, -DOCSTART- lines
	FormatIOB2     = "iob2"     // index<TAB>token<TAB>IOB2 tag[<TAB>…], '#' comments (UNER)
)

// maxLine bounds one input line; gold files have short lines, and a bound keeps
// a corrupt file from exhausting memory.
const maxLine = 1 << 20

// ReadNERFile reads a gold NER file, detecting its format from its content.
// It returns the sentences and the format name.
func ReadNERFile(path string) ([]NERSentence, string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, "", fmt.Errorf("read NER file: %w", err)
	}
	format := DetectNERFormat(data)
	sents, err := ReadNER(bytes.NewReader(data), format)
	if err != nil {
		return nil, format, fmt.Errorf("read NER file %s (%s): %w", path, format, err)
	}
	return sents, format, nil
}

// DetectNERFormat guesses the format of a gold NER file from its first lines:
// space-separated four-column lines or -DOCSTART- mean CoNLL-2003; tab-separated
// lines with a fourth column of BIO tags mean GermEval; other tab-separated
// lines mean IOB2.
func DetectNERFormat(data []byte) string {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	for n := 0; sc.Scan() && n < 200; n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "-DOCSTART-") {
			return FormatCoNLL03
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !strings.Contains(line, "\t") {
			if len(strings.Fields(line)) >= 2 {
				return FormatCoNLL03
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) >= 4 && isBIO(f[2]) && isBIO(f[3]) {
			return FormatGermEval
		}
		return FormatIOB2
	}
	return FormatIOB2
}

func isBIO(s string) bool {
	return s == "O" || strings.HasPrefix(s, "B-") || strings.HasPrefix(s, "I-")
}

// ReadNER reads gold NER data in the given format (FormatGermEval,
// FormatCoNLL03 or FormatIOB2). Labels come out as IOB2: an I- tag that does
// not continue an entity of the same class is turned into B-, as conlleval does.
func ReadNER(r io.Reader, format string) ([]NERSentence, error) {
	var parse func(line string) (tok, tag string, err error)
	switch format {
	case FormatGermEval:
		parse = parseGermEval
	case FormatCoNLL03:
		parse = parseCoNLL03
	case FormatIOB2:
		parse = parseIOB2
	default:
		return nil, fmt.Errorf("unknown NER format %q", format)
	}
	var (
		out  []NERSentence
		cur  NERSentence
		line int
	)
	flush := func() {
		if len(cur.Tokens) > 0 {
			cur.Labels = ToIOB2(cur.Labels)
			out = append(out, cur)
		}
		cur = NERSentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			flush()
			continue
		}
		if format == FormatCoNLL03 && strings.HasPrefix(text, "-DOCSTART-") {
			flush()
			continue
		}
		if format != FormatCoNLL03 && strings.HasPrefix(text, "#") {
			continue
		}
		tok, tag, err := parse(text)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		cur.Tokens = append(cur.Tokens, tok)
		cur.Labels = append(cur.Labels, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	flush()
	return out, nil
}

func checkTag(tag string) error {
	if tag == "O" {
		return nil
	}
	if (strings.HasPrefix(tag, "B-") || strings.HasPrefix(tag, "I-")) && len(tag) > 2 {
		return nil
	}
	return fmt.Errorf("bad NER tag %q", tag)
}

func parseGermEval(line string) (string, string, error) {
	f := strings.Split(line, "\t")
	if len(f) < 3 {
		return "", "", columnsError(line, len(f))
	}
	if f[1] == "" {
		return "", "", fmt.Errorf("empty token")
	}
	return f[1], f[2], checkTag(f[2])
}

func parseIOB2(line string) (string, string, error) {
	f := strings.Split(line, "\t")
	if len(f) < 3 {
		return "", "", columnsError(line, len(f))
	}
	if f[1] == "" {
		return "", "", fmt.Errorf("empty token")
	}
	return f[1], f[2], checkTag(f[2])
}

// columnsError explains a line with too few tab-separated columns, naming the
// separator it uses instead: a file saved as CSV by a spreadsheet is the
// usual cause, and "got 1" alone does not say so. A separator counts when
// what follows its last use is a tag.
func columnsError(line string, n int) error {
	base := fmt.Errorf("want at least 3 tab-separated columns, got %d", n)
	if strings.Contains(line, "\t") {
		return base
	}
	if f := strings.Fields(line); len(f) >= 2 && isBIO(f[len(f)-1]) {
		return fmt.Errorf("%w: the columns are separated by spaces; separate them by tabs", base)
	}
	for _, sep := range []struct{ c, name string }{{",", "commas"}, {";", "semicolons"}, {"|", "bars"}} {
		if i := strings.LastIndex(line, sep.c); i > 0 && isBIO(strings.TrimSpace(line[i+1:])) {
			return fmt.Errorf("%w: the columns are separated by %s; separate them by tabs", base, sep.name)
		}
	}
	return base
}

func parseCoNLL03(line string) (string, string, error) {
	f := strings.Fields(line)
	if len(f) < 2 {
		return "", "", fmt.Errorf("want at least 2 space-separated columns, got %d", len(f))
	}
	tag := f[len(f)-1]
	return f[0], tag, checkTag(tag)
}

// ToIOB2 rewrites labels in place so that every entity starts with B-: an I-X
// after O or after a label of another class becomes B-X. IOB1 input (CoNLL-2003)
// and sloppy IOB2 both come out as strict IOB2.
func ToIOB2(labels []string) []string {
	prev := "O"
	for i, l := range labels {
		if strings.HasPrefix(l, "I-") {
			if prev == "O" || prev[2:] != l[2:] {
				labels[i] = "B-" + l[2:]
			}
		}
		prev = labels[i]
	}
	return labels
}
