package eval

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The fixtures are written for these tests.

const germEvalSample = "#\thttp://example.org/a\t[2024-01-01]\n" +
	"1\tDie\tO\tO\n" +
	"2\tUniversität\tB-ORG\tO\n" +
	"3\tWien\tI-ORG\tB-LOC\n" +
	"4\tlobt\tO\tO\n" +
	"5\tdeutsche\tB-LOCderiv\tO\n" +
	"6\t#\tO\tO\n" +
	"\n" +
	"#\thttp://example.org/b\t[2024-01-02]\n" +
	"1\tAnna\tB-PER\tO\n" +
	"2\tBerg\tI-PER\tO\n" +
	"3\tschreibt\tO\tO\n"

const conllSample = "-DOCSTART- -X- O O\n\n" +
	"Anna NNP I-NP I-PER\n" +
	"Berg NNP I-NP I-PER\n" +
	"visits VBZ I-VP O\n" +
	"Paris NNP I-NP I-LOC\n" +
	"Lyon NNP I-NP B-LOC\n" +
	". . O O\n\n" +
	"-DOCSTART- -X- O O\n\n" +
	"EU NNP I-NP I-ORG\n" +
	"talks NNS I-NP O\n"

const iob2Sample = "# newdoc id = d1\n# sent_id = d1-1\n# text = Anna met Bob in Oslo\n" +
	"1\tAnna\tB-PER\t-\tx\n" +
	"2\tmet\tO\t-\t-\n" +
	"3\tBob\tB-PER\t-\tx\n" +
	"4\tin\tO\t-\t-\n" +
	"5\tOslo\tB-LOC\t-\tx\n" +
	"\n" +
	"# sent_id = d1-2\n" +
	"1\tNew\tB-LOC\t-\tx\n" +
	"2\tYork\tI-LOC\t-\tx\n"

func TestReadNER(t *testing.T) {
	tests := []struct {
		name, format, input string
		want                []NERSentence
	}{
		{"germeval", FormatGermEval, germEvalSample, []NERSentence{
			{Tokens: []string{"Die", "Universität", "Wien", "lobt", "deutsche", "#"},
				Labels: []string{"O", "B-ORG", "I-ORG", "O", "B-LOCderiv", "O"}},
			{Tokens: []string{"Anna", "Berg", "schreibt"}, Labels: []string{"B-PER", "I-PER", "O"}},
		}},
		{"conll03 IOB1 to IOB2", FormatCoNLL03, conllSample, []NERSentence{
			{Tokens: []string{"Anna", "Berg", "visits", "Paris", "Lyon", "."},
				Labels: []string{"B-PER", "I-PER", "O", "B-LOC", "B-LOC", "O"}},
			{Tokens: []string{"EU", "talks"}, Labels: []string{"B-ORG", "O"}},
		}},
		{"iob2", FormatIOB2, iob2Sample, []NERSentence{
			{Tokens: []string{"Anna", "met", "Bob", "in", "Oslo"}, Labels: []string{"B-PER", "O", "B-PER", "O", "B-LOC"}},
			{Tokens: []string{"New", "York"}, Labels: []string{"B-LOC", "I-LOC"}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DetectNERFormat([]byte(tt.input)); got != tt.format {
				t.Errorf("DetectNERFormat = %q, want %q", got, tt.format)
			}
			got, err := ReadNER(strings.NewReader(tt.input), tt.format)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ReadNER =\n%v\nwant\n%v", got, tt.want)
			}
		})
	}
}

func TestReadNERErrors(t *testing.T) {
	tests := []struct{ name, format, input, want, not string }{
		{"bad tag", FormatIOB2, "1\tAnna\tX-PER\n", `line 1: bad NER tag "X-PER"`, ""},
		{"too few columns", FormatGermEval, "1\tAnna\n", "line 1: want at least 3 tab-separated columns, got 2", ""},
		{"empty token", FormatIOB2, "1\t\tO\n", "line 1: empty token", ""},
		{"unknown format", "xml", "1\tAnna\tO\n", `unknown NER format "xml"`, ""},
		{"conll one column", FormatCoNLL03, "Anna\n", "line 1: want at least 2 space-separated columns, got 1", ""},
		{"commas", FormatIOB2, "1\tAnna\tB-PER\n\n1,Bonn,B-LOC\n", "line 3: want at least 3 tab-separated columns, got 1: the columns are separated by commas", ""},
		{"semicolons", FormatGermEval, "1;Bonn;B-LOC;O\n", "separated by semicolons; separate them by tabs", ""},
		{"two columns, comma", FormatIOB2, "Bonn,B-LOC\n", "got 1: the columns are separated by commas", ""},
		{"a comma token, spaces", FormatIOB2, "1\tBonn\tB-LOC\n2 , O\n", "line 2: want at least 3 tab-separated columns, got 1: the columns are separated by spaces", "commas"},
		{"no tag", FormatIOB2, "Bonn, Köln\n", "line 1: want at least 3 tab-separated columns, got 1", "separated by"},
	}
	for _, tt := range tests {
		_, err := ReadNER(strings.NewReader(tt.input), tt.format)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
		if tt.not != "" && err != nil && strings.Contains(err.Error(), tt.not) {
			t.Errorf("%s: error %v mentions %q", tt.name, err, tt.not)
		}
	}
}

func TestToIOB2(t *testing.T) {
	got := ToIOB2([]string{"I-PER", "I-PER", "I-LOC", "O", "I-ORG", "B-ORG", "I-ORG"})
	want := []string{"B-PER", "I-PER", "B-LOC", "O", "B-ORG", "B-ORG", "I-ORG"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ToIOB2 = %v, want %v", got, want)
	}
}

func TestReadNERSpec(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gold.iob2")
	var b strings.Builder
	for i := 0; i < 10; i++ {
		b.WriteString("1\tw" + string(rune('a'+i)) + "\tO\n\n")
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		spec string
		want string
	}{
		{path, "abcdefghij"},
		{path + "[0/5]", "af"},
		{path + "[1,2/5]", "bcgh"},
		{path + "[^0,1/5]", "cdehij"},
	}
	for _, tt := range tests {
		sents, _, err := ReadNERSpec(tt.spec)
		if err != nil {
			t.Fatalf("%s: %v", tt.spec, err)
		}
		var got string
		for _, s := range sents {
			got += s.Tokens[0][1:]
		}
		if got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.spec, got, tt.want)
		}
	}
	for _, bad := range []string{path + "[5/5]", path + "[x/5]", path + "[0/0]", path + "[0]"} {
		if _, _, err := ReadNERSpec(bad); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

// TestReadSharedGold checks the readers on the real gold files and their
// published entity counts (see each SOURCE.md).
func TestReadSharedGold(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "data")
	if d := os.Getenv("DOSSIER_SHARED"); d != "" {
		dir = filepath.Join(d, "data")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared data not found at %s: %v", dir, err)
	}
	tests := []struct {
		file     string
		format   string
		sents    int
		entities int
	}{
		{"germeval2014/NER-de-dev.tsv", FormatGermEval, 2200, 2674},
		{"conll2003-en/eng.testa", FormatCoNLL03, 3250, 5942},
		{"uner/en_ewt-ud-dev.iob2", FormatIOB2, 2001, 966},
	}
	for _, tt := range tests {
		sents, format, err := ReadNERFile(filepath.Join(dir, tt.file))
		if err != nil {
			t.Errorf("%s: %v", tt.file, err)
			continue
		}
		n := 0
		for _, s := range sents {
			n += len(Chunks(s.Labels))
		}
		if format != tt.format || len(sents) != tt.sents || n != tt.entities {
			t.Errorf("%s: format %s, %d sentences, %d entities; want %s, %d, %d",
				tt.file, format, len(sents), n, tt.format, tt.sents, tt.entities)
		}
	}
}

func FuzzReadNER(f *testing.F) {
	f.Add(germEvalSample)
	f.Add(conllSample)
	f.Add(iob2Sample)
	f.Add("1\tx\tI-A\n2\ty\tI-B\t\n")
	f.Fuzz(func(t *testing.T, input string) {
		format := DetectNERFormat([]byte(input))
		for _, ft := range []string{format, FormatGermEval, FormatCoNLL03, FormatIOB2} {
			sents, err := ReadNER(strings.NewReader(input), ft)
			if err != nil {
				continue
			}
			for _, s := range sents {
				if len(s.Tokens) == 0 || len(s.Tokens) != len(s.Labels) {
					t.Fatalf("%s: %d tokens, %d labels", ft, len(s.Tokens), len(s.Labels))
				}
				prev := "O"
				for _, l := range s.Labels {
					if strings.HasPrefix(l, "I-") && (prev == "O" || prev[2:] != l[2:]) {
						t.Fatalf("%s: %v is not IOB2", ft, s.Labels)
					}
					prev = l
				}
				for _, c := range Chunks(s.Labels) {
					if c.Start < 0 || c.End > len(s.Labels) || c.Start >= c.End {
						t.Fatalf("bad chunk %+v", c)
					}
				}
			}
		}
	})
}
