package ner

import (
	"bufio"
	"context"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Raw text for word clusters. Cluster ids are derived from these corpora at
// training time; no text of theirs goes into the model, only hashed word forms.

// RawCorpusFiles lists the unlabelled sources under the shared data folder used
// for a language's word clusters.
func RawCorpusFiles(lang string) []string {
	switch lang {
	case "de":
		return []string{
			"news-de-10kgnad/test.csv",
			"ud-german-gsd/de_gsd-ud-dev.conllu",
			"ud-german-gsd/de_gsd-ud-test.conllu",
		}
	case "en":
		return []string{
			"news-en-reuters21578/reut2-000.sgm",
			"news-en-reuters21578/reut2-001.sgm",
			"news-en-reuters21578/reut2-002.sgm",
			"news-en-reuters21578/reut2-003.sgm",
			"ud-english-ewt/en_ewt-ud-train.conllu",
			"ud-english-ewt/en_ewt-ud-dev.conllu",
		}
	}
	return nil
}

// ReadRawCorpus reads the given files (paths relative to dataDir) into
// tokenised sentences. The format follows the file name: .conllu (word
// forms), .sgm (Reuters-21578 TITLE and BODY, or the TEXT of ACE-style
// documents such as WikiWars), .csv (10kGNAD label;'text'),
// anything else plain text.
func ReadRawCorpus(ctx context.Context, dataDir string, files []string) ([][]string, error) {
	var out [][]string
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		path := filepath.Join(dataDir, f)
		var err error
		switch {
		case strings.HasSuffix(f, ".conllu"):
			out, err = readCoNLLU(path, out)
		case strings.HasSuffix(f, ".sgm"):
			out, err = readSGM(path, out)
		case strings.HasSuffix(f, ".csv"):
			out, err = readGNAD(path, out)
		default:
			var b []byte
			b, err = os.ReadFile(path)
			out = append(out, TokenizeText(string(b))...)
		}
		if err != nil {
			return nil, fmt.Errorf("read raw corpus %s: %w", path, err)
		}
	}
	return out, nil
}

// ReadTreebankTags reads the universal POS tags of the word forms in CoNLL-U
// files (paths relative to dataDir) among the given ones.
func ReadTreebankTags(dataDir string, files []string) (map[string]uint8, error) {
	out := map[string]uint8{}
	for _, f := range files {
		if !strings.HasSuffix(f, ".conllu") {
			continue
		}
		path := filepath.Join(dataDir, f)
		file, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("read treebank tags: %w", err)
		}
		sc := bufio.NewScanner(file)
		sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
		for sc.Scan() {
			line := sc.Text()
			if line == "" || line[0] == '#' {
				continue
			}
			cols := strings.Split(line, "\t")
			if len(cols) < 4 || strings.ContainsAny(cols[0], "-.") {
				continue
			}
			out[cols[1]] |= posBit(cols[3])
		}
		err = sc.Err()
		file.Close()
		if err != nil {
			return nil, fmt.Errorf("read treebank tags %s: %w", path, err)
		}
	}
	return out, nil
}

func readCoNLLU(path string, out [][]string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return out, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	var cur []string
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		if line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 || strings.ContainsAny(cols[0], "-.") {
			continue // multiword ranges and empty nodes
		}
		cur = append(cur, cols[1])
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out, sc.Err()
}

func readSGM(path string, out [][]string) ([][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return out, err
	}
	s := string(b)
	tags := []string{"TITLE", "BODY"}
	if !strings.Contains(s, "<BODY>") {
		tags = []string{"TEXT"} // WikiWars and other ACE-style documents
	}
	for _, tag := range tags {
		open, end := "<"+tag+">", "</"+tag+">"
		rest := s
		for {
			i := strings.Index(rest, open)
			if i < 0 {
				break
			}
			rest = rest[i+len(open):]
			j := strings.Index(rest, end)
			if j < 0 {
				break
			}
			text := html.UnescapeString(rest[:j])
			text = strings.ReplaceAll(text, "\x03", "")
			text = strings.TrimSuffix(strings.TrimSpace(text), "Reuter")
			out = append(out, TokenizeText(text)...)
			rest = rest[j+len(end):]
		}
	}
	return out, nil
}

func readGNAD(path string, out [][]string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return out, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		_, text, ok := strings.Cut(sc.Text(), ";")
		if !ok {
			continue
		}
		text = strings.TrimSuffix(strings.TrimPrefix(text, "'"), "'")
		text = strings.ReplaceAll(text, "''", "'")
		out = append(out, TokenizeText(text)...)
	}
	return out, sc.Err()
}

const (
	leadPunct  = "\"'„“”‚‘’«»([{¿¡*"
	trailPunct = "\"'“”‘’«»)]},;:!?*"
)

// TokenizeText splits text into sentences of tokens much as the segmenter
// does: punctuation split off words, hyphenated words and inner periods
// ("U.S.", "z.B.") kept whole, a sentence ending at . ! ? before a capital or
// at a line break.
func TokenizeText(text string) [][]string {
	var (
		out [][]string
		cur []string
	)
	for _, line := range strings.Split(text, "\n") {
		for _, w := range strings.Fields(line) {
			var tail []string
			for w != "" {
				r, size := utf8.DecodeRuneInString(w)
				if !strings.ContainsRune(leadPunct, r) {
					break
				}
				cur = append(cur, w[:size])
				w = w[size:]
			}
			for w != "" {
				r, size := utf8.DecodeLastRuneInString(w)
				if strings.ContainsRune(trailPunct, r) {
					tail = append(tail, w[len(w)-size:])
					w = w[:len(w)-size]
					continue
				}
				// a final period is split off unless the word is an
				// abbreviation with inner periods or a single letter
				if r == '.' && len(w) > 2 && !strings.Contains(w[:len(w)-1], ".") {
					tail = append(tail, ".")
					w = w[:len(w)-1]
					continue
				}
				break
			}
			if w != "" {
				cur = append(cur, w)
			}
			for i := len(tail) - 1; i >= 0; i-- {
				cur = append(cur, tail[i])
			}
			if endsSentence(cur) {
				out = append(out, cur)
				cur = nil
			}
		}
		if len(cur) > 0 {
			out = append(out, cur)
			cur = nil
		}
	}
	return out
}

// endsSentence reports whether the tokens end with . ! or ?, possibly
// followed by closing quotes or brackets.
func endsSentence(toks []string) bool {
	for i := len(toks) - 1; i >= 0; i-- {
		switch toks[i] {
		case ".", "!", "?":
			return true
		case `"`, "“", "”", "'", "’", "«", "»", ")":
			continue
		}
		return false
	}
	return false
}
