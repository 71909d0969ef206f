package examples

import (
	"bufio"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io/fs"
	"os"
	"path"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// article is one story in the corpus: a whole file, a feed item or a JSON line.
type article struct {
	where string // file, file#item or file:line
	lang  string // what the file name, the feed or the record declares
	text  string
}

type rssFeed struct {
	Channel struct {
		Language string `xml:"language"`
		Items    []struct {
			Title       string `xml:"title"`
			Link        string `xml:"link"`
			PubDate     string `xml:"pubDate"`
			Description string `xml:"description"`
		} `xml:"item"`
	} `xml:"channel"`
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

// articles reads every story in FS, failing the test on malformed files.
func articles(t *testing.T) []article {
	t.Helper()
	entries, err := fs.ReadDir(FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	var out []article
	for _, e := range entries {
		name := e.Name()
		data, err := fs.ReadFile(FS, name)
		if err != nil {
			t.Fatal(err)
		}
		if len(bytes.TrimSpace(data)) == 0 {
			t.Errorf("%s: empty", name)
			continue
		}
		if !utf8.Valid(data) {
			t.Errorf("%s: not valid UTF-8", name)
			continue
		}
		lang := strings.SplitN(name, "-", 2)[0]
		switch path.Ext(name) {
		case ".rss":
			var feed rssFeed
			if err := xml.Unmarshal(data, &feed); err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			if len(feed.Channel.Items) < 2 {
				t.Errorf("%s: %d items, want at least 2", name, len(feed.Channel.Items))
			}
			for i, it := range feed.Channel.Items {
				where := fmt.Sprintf("%s#%d", name, i+1)
				if it.Link == "" || it.PubDate == "" || strings.TrimSpace(it.Description) == "" {
					t.Errorf("%s: item lacks link, pubDate or description", where)
				}
				out = append(out, article{where, feed.Channel.Language, tagRE.ReplaceAllString(it.Description, " ")})
			}
		case ".jsonl":
			sc := bufio.NewScanner(bytes.NewReader(data))
			sc.Buffer(nil, len(data)+1)
			for n := 1; sc.Scan(); n++ {
				if len(bytes.TrimSpace(sc.Bytes())) == 0 {
					continue
				}
				var rec struct {
					URL, Title, Published, Lang, Text, HTML string
				}
				where := fmt.Sprintf("%s:%d", name, n)
				if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
					t.Errorf("%s: %v", where, err)
					continue
				}
				body := rec.Text
				if body == "" {
					body = tagRE.ReplaceAllString(rec.HTML, " ")
				}
				if strings.TrimSpace(body) == "" {
					t.Errorf(`%s: no "text" or "html"`, where)
					continue
				}
				if rec.URL == "" || rec.Published == "" || rec.Lang == "" {
					t.Errorf("%s: lacks url, published or lang", where)
				}
				out = append(out, article{where, rec.Lang, body})
			}
		case ".html":
			out = append(out, article{name, lang, tagRE.ReplaceAllString(string(data), " ")})
		default:
			out = append(out, article{name, lang, string(data)})
		}
	}
	return out
}

// guessLang is a crude count of German and English function words.
func guessLang(s string) string {
	s = " " + strings.ToLower(strings.Join(strings.Fields(s), " ")) + " "
	de, en := 0, 0
	for _, w := range []string{" der ", " die ", " und ", " das ", " nicht ", " mit "} {
		de += strings.Count(s, w)
	}
	for _, w := range []string{" the ", " and ", " of ", " to ", " said "} {
		en += strings.Count(s, w)
	}
	switch {
	case de > 2*en:
		return "de"
	case en > 2*de:
		return "en"
	}
	return "?"
}

func TestCorpus(t *testing.T) {
	arts := articles(t)
	if len(arts) < 18 {
		t.Errorf("%d articles, want at least 18", len(arts))
	}
	perLang := map[string]int{}
	for _, a := range arts {
		got := guessLang(a.text)
		perLang[got]++
		if got != a.lang {
			t.Errorf("%s: reads as %q, declared %q", a.where, got, a.lang)
		}
		if n := len(strings.Fields(a.text)); n < 100 || n > 450 {
			t.Errorf("%s: %d words, want a short article", a.where, n)
		}
	}
	if perLang["en"] < 8 || perLang["de"] < 8 {
		t.Errorf("articles per language %v, want both English and German", perLang)
	}
}

// TestReadme keeps the table in README.md in step with the files.
func TestReadme(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	entries, err := fs.ReadDir(FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !bytes.Contains(readme, []byte("`"+e.Name()+"`")) {
			t.Errorf("README.md does not list %s", e.Name())
		}
	}
}
