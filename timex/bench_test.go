package timex

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchDocs reads raw news from ../shared/data: German articles from
// 10kGNAD (label;'text' lines) and English stories from Reuters-21578
// (<BODY> elements).
func benchDocs(b testing.TB, lang string) []string {
	b.Helper()
	data := filepath.Join(sharedDir(b), "data")
	var docs []string
	switch lang {
	case "de":
		path := filepath.Join(data, "news-de-10kgnad", "test.csv")
		f, err := os.Open(path)
		if err != nil {
			b.Skipf("benchmark text not found: %v", err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<22)
		for sc.Scan() {
			_, text, ok := strings.Cut(sc.Text(), ";")
			if ok {
				docs = append(docs, strings.Trim(text, "'"))
			}
		}
	case "en":
		for _, name := range []string{"reut2-000.sgm", "reut2-001.sgm"} {
			raw, err := os.ReadFile(filepath.Join(data, "news-en-reuters21578", name))
			if err != nil {
				b.Skipf("benchmark text not found: %v", err)
			}
			s := string(raw)
			for {
				i := strings.Index(s, "<BODY>")
				if i < 0 {
					break
				}
				j := strings.Index(s[i:], "</BODY>")
				if j < 0 {
					break
				}
				docs = append(docs, strings.ReplaceAll(s[i+6:i+j], "&lt;", "<"))
				s = s[i+j:]
			}
		}
	}
	if len(docs) == 0 {
		b.Skip("no benchmark documents")
	}
	return docs
}

func benchmarkAnnotate(b *testing.B, lang, dct string) {
	docs := benchDocs(b, lang)
	tg := newTagger(b)
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	found := 0
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			found += len(tg.Annotate(d, lang, dct))
		}
	}
	b.ReportMetric(float64(found)/float64(b.N), "timexes/op")
}

func BenchmarkAnnotateDE(b *testing.B) { benchmarkAnnotate(b, "de", "2016-03-01") }
func BenchmarkAnnotateEN(b *testing.B) { benchmarkAnnotate(b, "en", "1987-03-01") }
