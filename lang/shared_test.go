package lang

import (
	"bufio"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Evaluation sets read from ../shared at test time; none of their text is
// in the repository. None was used to train the model (which saw only UD
// treebank sentences).

func sharedDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("DOSSIER_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	if _, err := os.Stat(filepath.Join(dir, "data")); err != nil {
		t.Skipf("shared data not found at %s (set DOSSIER_SHARED): %v", dir, err)
	}
	return filepath.Join(dir, "data")
}

// gnadDocs reads the 10kGNAD German articles (CSV, ';' and "'").
func gnadDocs(t testing.TB, data string) []string {
	f, err := os.Open(filepath.Join(data, "news-de-10kgnad", "test.csv"))
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		// One article a line: label;'text' (quotes only where needed).
		if _, text, ok := strings.Cut(sc.Text(), ";"); ok {
			out = append(out, strings.Trim(text, "'"))
		}
	}
	return out
}

var (
	reBody  = regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)
	reTitle = regexp.MustCompile(`(?s)<TITLE>(.*?)</TITLE>`)
)

// reuters reads bodies and titles of the Reuters-21578 SGML files.
func reuters(t testing.TB, data string) (bodies, titles []string) {
	files, _ := filepath.Glob(filepath.Join(data, "news-en-reuters21578", "reut2-*.sgm"))
	if len(files) == 0 {
		t.Skip("no Reuters files")
	}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range reBody.FindAllSubmatch(b, -1) {
			bodies = append(bodies, html.UnescapeString(string(m[1])))
		}
		for _, m := range reTitle.FindAllSubmatch(b, -1) {
			titles = append(titles, html.UnescapeString(string(m[1])))
		}
	}
	return bodies, titles
}

// columnSentences reads token-per-line files (CoNLL-2003, GermEval) and
// joins each sentence's tokens with spaces.
func columnSentences(t testing.TB, path string, col int, sep string) []string {
	f, err := os.Open(path)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	var out, cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "-DOCSTART-") {
			continue
		}
		fs := strings.Split(line, sep)
		if col < len(fs) {
			cur = append(cur, fs[col])
		}
	}
	flush()
	return out
}

// firstSentence returns the text up to the first ". " (10kGNAD articles open
// with their teaser).
func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i > 0 {
		return s[:i+1]
	}
	return s
}

type score struct{ n, right, abstain int }

func (s *score) add(d *Detector, want, text string) {
	got, _ := d.Detect(text)
	s.n++
	if got != want && os.Getenv("LANG_SHOW_ERRORS") != "" && len(text) < 400 {
		fmt.Printf("%s→%q\t%s\n", want, got, text)
	}
	switch got {
	case want:
		s.right++
	case "":
		s.abstain++
	}
}

func (s score) acc() float64 { return float64(s.right) / float64(max(s.n, 1)) }

func TestSharedAccuracy(t *testing.T) {
	data := sharedDir(t)
	d, err := New([]string{"en", "de"})
	if err != nil {
		t.Fatal(err)
	}
	gnad := gnadDocs(t, data)
	bodies, titles := reuters(t, data)
	conll := columnSentences(t, filepath.Join(data, "conll2003-en", "eng.testa"), 0, " ")
	germeval := columnSentences(t, filepath.Join(data, "germeval2014", "NER-de-dev.tsv"), 1, "\t")

	sets := []struct {
		name  string
		lang  string
		texts []string
		floor float64
	}{
		{"de documents (10kGNAD)", "de", gnad, 0.99},
		{"en documents (Reuters bodies)", "en", bodies, 0.99},
		{"de teasers (10kGNAD first sentence)", "de", mapStrings(gnad, firstSentence), 0.97},
		{"en titles (Reuters)", "en", titles, 0.90},
		{"de sentences (GermEval dev)", "de", germeval, 0.97},
		{"en sentences (CoNLL-2003 testa)", "en", conll, 0.85},
	}
	for _, s := range sets {
		var sc score
		for _, text := range s.texts {
			sc.add(d, s.lang, text)
		}
		t.Logf("%-40s n=%5d accuracy %.4f abstained %d", s.name, sc.n, sc.acc(), sc.abstain)
		if sc.acc() < s.floor {
			t.Errorf("%s: accuracy %.4f below %.2f", s.name, sc.acc(), s.floor)
		}
	}
}

func mapStrings(in []string, f func(string) string) []string {
	out := make([]string, len(in))
	for i, s := range in {
		out[i] = f(s)
	}
	return out
}

// TestSharedScreen checks that the screen never takes an English or German
// news document for another language: a wrong verdict would refuse it.
func TestSharedScreen(t *testing.T) {
	data := sharedDir(t)
	s, err := NewScreen()
	if err != nil {
		t.Fatal(err)
	}
	bodies, _ := reuters(t, data)
	for _, set := range []struct {
		lang  string
		texts []string
	}{{"de", gnadDocs(t, data)}, {"en", bodies}} {
		judged := 0
		for _, text := range set.texts {
			got, conf := s.Language(text)
			if got == "" {
				continue
			}
			judged++
			if got != set.lang {
				t.Errorf("%s document read as %s (%.3f): %.80q", set.lang, got, conf, text)
			}
		}
		t.Logf("%s: %d documents, %d long enough to judge", set.lang, len(set.texts), judged)
		if judged < len(set.texts)*3/4 {
			t.Errorf("%s: only %d of %d documents judged", set.lang, judged, len(set.texts))
		}
	}
}
