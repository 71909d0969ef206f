package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

type readResult struct {
	articles []Article
	errs     []string
}

func readAll(t *testing.T, r *Reader, paths ...string) readResult {
	t.Helper()
	var out readResult
	inputs, errs := Inputs(paths)
	for _, e := range errs {
		out.errs = append(out.errs, e.Error())
	}
	for _, in := range inputs {
		for it, err := range r.Items(context.Background(), in) {
			if err != nil {
				out.errs = append(out.errs, err.Error())
				continue
			}
			a, err := Extract(it)
			if err != nil {
				out.errs = append(out.errs, (&Error{Path: it.Path, Line: it.Line, Err: err}).Error())
				continue
			}
			out.articles = append(out.articles, a)
		}
	}
	return out
}

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Beispiel</title><language>de</language>
<item><title>Erster Artikel</title><link>https://example.org/1</link>
<pubDate>Thu, 31 Jul 2025 08:00:00 +0200</pubDate>
<description>&lt;p&gt;Der Rat tagte am Morgen.&lt;/p&gt;&lt;p&gt;Ein Beschluss fiel nicht.&lt;/p&gt;</description></item>
<item><title>Zweiter Artikel</title><link>https://example.org/2</link>
<description>Ohne Datum, aber mit Text.</description></item>
</channel></rss>`

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title>
<entry><title>Talks resume</title><link href="https://example.org/a"/><updated>2024-02-27T09:30:00Z</updated>
<author><name>Jane Roe</name></author><content type="html">&lt;p&gt;Negotiators met again.&lt;/p&gt;</content></entry>
</feed>`

const htmlPage = `<!DOCTYPE html><html lang="en"><head><title>Embassy reopens | Example News</title>
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-02-27T08:00:00Z">
<script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Embassy reopens</h1>
<p>The embassy reopened on Tuesday after four years. Diplomats returned to the building in the capital and began to inspect the premises, according to the foreign ministry.</p>
<p>The ministry said the reopening was a first step. Further visits are planned for the spring, when a larger team is expected to travel to the country.</p>
<p>Officials declined to say when normal consular services would resume for travellers and residents abroad.</p>
</article><footer>Copyright Example News. All rights reserved.</footer></body></html>`

func TestReadFormats(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a/news.rss":    rss,
		"a/feed.atom":   atom,
		"b/page.html":   htmlPage,
		"b/notes.md":    "# Gipfel vertagt\n\n31. Juli 2025\n\nDie **Gespräche** wurden [vertagt](https://example.org).\n",
		"c/lines.jsonl": `{"url":"https://example.org/x","title":"X","published":"2024-01-02","lang":"de","author":["A B","C D"],"text":"Hallo Welt. Noch ein Satz."}` + "\n\n" + `{"url":"https://example.org/y","html":"<p>Hello <b>world</b>.</p>"}` + "\n",
		"c/.hidden.txt": "ignored",
		"c/image.png":   "\x89PNG",
	})
	res := readAll(t, &Reader{MaxBytes: 1 << 20}, dir)
	if len(res.errs) > 0 {
		t.Fatalf("errors: %v", res.errs)
	}
	bySource := map[string]Article{}
	for _, a := range res.articles {
		bySource[a.Source] = a
	}
	if len(bySource) != 7 {
		t.Fatalf("got %d articles, want 7: %v", len(bySource), bySource)
	}
	checks := []struct {
		source, title, published, author, lang, text string
	}{
		{"https://example.org/1", "Erster Artikel", "2025-07-31T08:00:00+02:00", "", "de", "Der Rat tagte am Morgen.\nEin Beschluss fiel nicht."},
		{"https://example.org/2", "Zweiter Artikel", "", "", "de", "Ohne Datum, aber mit Text."},
		{"https://example.org/a", "Talks resume", "2024-02-27T09:30:00Z", "Jane Roe", "", "Negotiators met again."},
		{"https://example.org/x", "X", "2024-01-02", "A B, C D", "de", "Hallo Welt. Noch ein Satz."},
		{"https://example.org/y", "", "", "", "", "Hello world."},
		{filepath.Join(dir, "b/notes.md"), "Gipfel vertagt", "2025-07-31", "", "", "Gipfel vertagt\n\nDie Gespräche wurden vertagt."},
	}
	for _, c := range checks {
		a, ok := bySource[c.source]
		if !ok {
			t.Errorf("no article from %s", c.source)
			continue
		}
		if a.Title != c.title || a.Published != c.published || a.Author != c.author || a.Lang != c.lang || a.Text != c.text {
			t.Errorf("%s:\n got  %+v\n want %+v", c.source, a, c)
		}
	}
	p := bySource[filepath.Join(dir, "b/page.html")]
	if p.Published != "2024-02-27" && !strings.HasPrefix(p.Published, "2024-02-27") {
		t.Errorf("htmlPage date = %q", p.Published)
	}
	if p.Author != "Jane Roe" || !strings.Contains(p.Title, "Embassy reopens") {
		t.Errorf("htmlPage metadata = %+v", p)
	}
	if !strings.Contains(p.Text, "The embassy reopened on Tuesday") || strings.Contains(p.Text, "not text") ||
		strings.Contains(p.Text, "All rights reserved") {
		t.Errorf("htmlPage text = %q", p.Text)
	}
}

func TestReadErrors(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"empty.txt":     "",
		"binary.txt":    "PK\x03\x04\x00\x00\x00",
		"noise.txt":     "\x1f\x8b\xc3\xa4\x00\x07\xff\xfe\x01",
		"badutf8.txt":   "Straße und \xff kaputt",
		"truncated.rss": rss[:200],
		"bad.jsonl":     `{"url":"u1","text":"Gut."}` + "\n" + `{"url": "u2", "text": ` + "\n" + `{"title":"no text"}` + "\n" + `{"url":"u4","text":"Auch gut.","published":"gestern"}` + "\n",
		"big.txt":       strings.Repeat("Lang. ", 400),
		"good.txt":      "Ein guter Text.",
		"latin1.txt":    "M\xfcnchen und K\xf6ln.",
		"empty.html":    "<html><body><script>x()</script></body></html>",
	})
	res := readAll(t, &Reader{MaxBytes: 2000}, dir, filepath.Join(dir, "missing.txt"))
	want := []string{
		"missing.txt: no such file or directory",
		"empty.txt: empty file",
		"binary.txt: binary data, not text",
		"noise.txt: binary data, not text",
		"badutf8.txt: invalid UTF-8 at byte 12",
		"truncated.rss: malformed feed",
		"bad.jsonl:2: malformed JSON",
		`bad.jsonl:3: record has no "text" or "html"`,
		`bad.jsonl:4: published: "gestern" is not a date`,
		"big.txt: 2.3 KB is larger than the limit of 2.0 KB",
		"empty.html: no text found in the HTML",
	}
	all := strings.Join(res.errs, "\n")
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("missing error %q in:\n%s", w, all)
		}
	}
	if len(res.errs) != len(want) {
		t.Errorf("%d errors, want %d:\n%s", len(res.errs), len(want), all)
	}
	var texts []string
	for _, a := range res.articles {
		texts = append(texts, a.Text)
	}
	got := strings.Join(texts, "|")
	for _, w := range []string{"Gut.", "Ein guter Text.", "München und Köln."} {
		if !strings.Contains(got, w) {
			t.Errorf("good input %q was not read; got %q", w, got)
		}
	}
}

func TestStdinSniff(t *testing.T) {
	tests := []struct {
		in     string
		format Format
	}{
		{rss, FormatFeed},
		{atom, FormatFeed},
		{htmlPage, FormatHTML},
		{`{"text":"x"}`, FormatJSONL},
		{"Just text.", FormatText},
	}
	for _, tt := range tests {
		if got := sniff([]byte(tt.in)); got != tt.format {
			t.Errorf("sniff(%.20q) = %s, want %s", tt.in, got, tt.format)
		}
	}
	r := &Reader{MaxBytes: 1 << 20, Stdin: strings.NewReader(atom)}
	n := 0
	for it, err := range r.Items(context.Background(), Input{Path: Stdin, Size: -1}) {
		if err != nil {
			t.Fatal(err)
		}
		if it.Source != "https://example.org/a" {
			t.Errorf("source = %q", it.Source)
		}
		n++
	}
	if n != 1 {
		t.Errorf("%d items from stdin, want 1", n)
	}
	big := &Reader{MaxBytes: 10, Stdin: strings.NewReader("more than ten bytes")}
	for _, err := range big.Items(context.Background(), Input{Path: Stdin, Size: -1}) {
		var ie *Error
		if !errors.As(err, &ie) || !strings.Contains(err.Error(), "limit") {
			t.Errorf("oversized stdin: err = %v", err)
		}
	}
}

func fuzzItems(t *testing.T, path string, data []byte) {
	dir := t.TempDir()
	p := filepath.Join(dir, path)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	r := &Reader{MaxBytes: 1 << 20}
	for it, err := range r.Items(context.Background(), Input{Path: p, Size: int64(len(data))}) {
		if err != nil {
			if !strings.HasPrefix(err.Error(), p) {
				t.Fatalf("error %q does not name the file", err)
			}
			continue
		}
		if a, err := Extract(it); err == nil && a.Text == "" {
			t.Fatalf("extracted an empty article from %q", data)
		}
	}
}

func FuzzFeed(f *testing.F) {
	f.Add([]byte(rss))
	f.Add([]byte(atom))
	f.Add([]byte(rss[:300]))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzItems(t, "f.rss", b) })
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"url":"u","text":"Hallo.","published":"2024-01-02"}` + "\n{bad\n"))
	f.Add([]byte(`{"html":"<p>x</p>","author":{"name":"A"}}`))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzItems(t, "f.jsonl", b) })
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(htmlPage))
	f.Add([]byte("<p>Kurz.</p>"))
	f.Add([]byte("<html><body><div>Unclosed <b>tags"))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzItems(t, "f.html", b) })
}

func FuzzText(f *testing.F) {
	f.Add([]byte("Titel\n31. Juli 2025\nText."))
	f.Add([]byte("M\xfcnchen"))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzItems(t, "f.txt", b) })
}

// TestInputsLinksAndEmptyFolders: links to articles are read like the
// articles, a link to a folder given as PATH is walked, a broken link and a
// folder with nothing to read are reported instead of passed over.
func TestInputsLinksAndEmptyFolders(t *testing.T) {
	real := writeFiles(t, map[string]string{"a.txt": "Erster Text.", "b.md": "Zweiter Text."})
	links := t.TempDir()
	for _, name := range []string{"a.txt", "b.md"} {
		if err := os.Symlink(filepath.Join(real, name), filepath.Join(links, name)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	if err := os.Symlink(filepath.Join(real, "gone.txt"), filepath.Join(links, "gone.txt")); err != nil {
		t.Fatal(err)
	}
	folderLink := filepath.Join(t.TempDir(), "news")
	if err := os.Symlink(real, folderLink); err != nil {
		t.Fatal(err)
	}
	empty := t.TempDir()
	junk := writeFiles(t, map[string]string{"photo.jpg": "x", "notes.doc": "y"})

	cases := []struct {
		path    string
		inputs  int
		wantErr string
	}{
		{links, 2, "gone.txt: broken symbolic link"},
		{folderLink, 2, ""},
		{empty, 0, "no articles in this folder"},
		{junk, 0, "2 files without a known extension"},
	}
	for _, c := range cases {
		inputs, errs := Inputs([]string{c.path})
		var msgs []string
		for _, e := range errs {
			msgs = append(msgs, e.Error())
		}
		all := strings.Join(msgs, "\n")
		if len(inputs) != c.inputs {
			t.Errorf("Inputs(%s): %d inputs, want %d (%s)", c.path, len(inputs), c.inputs, all)
		}
		if (c.wantErr == "") != (len(errs) == 0) || !strings.Contains(all, c.wantErr) {
			t.Errorf("Inputs(%s): errors %q, want %q", c.path, all, c.wantErr)
		}
	}
}

// TestJSONLineProblems: a bad JSON line is described in the file's terms,
// not in those of the Go type it is decoded into.
func TestJSONLineProblems(t *testing.T) {
	dir := writeFiles(t, map[string]string{"in.jsonl": `{"text":123}` + "\n" + `["a"]` + "\n" + `{"text":"x"` + "\n" + `nope` + "\n"})
	res := readAll(t, &Reader{}, filepath.Join(dir, "in.jsonl"))
	all := strings.Join(res.errs, "\n")
	for _, w := range []string{
		`in.jsonl:1: malformed JSON: "text" must be a string, not a number`,
		`in.jsonl:2: malformed JSON: a line must be one object, not an array`,
		`in.jsonl:3: malformed JSON: the object ends early`,
		`in.jsonl:4: malformed JSON at column 2`,
	} {
		if !strings.Contains(all, w) {
			t.Errorf("missing %q in:\n%s", w, all)
		}
	}
	if strings.Contains(all, "Go struct") || strings.Contains(all, "jsonRecord") {
		t.Errorf("Go internals in the messages:\n%s", all)
	}
}

func TestNormalizeLang(t *testing.T) {
	tests := []struct {
		in, want, err string
	}{
		{"", "", ""},
		{" de ", "de", ""},
		{"EN", "en", ""},
		{"en-US", "en", ""},
		{"de_AT", "de", ""},
		{"deu", "de", ""},
		{"fr", "fr", ""},
		{"und", "", ""},
		{"xx", "", `lang: "xx" is not a language code`},
		{"german", "", `lang: "german" is not a language code`},
	}
	for _, tt := range tests {
		got, err := normalizeLang(tt.in)
		if got != tt.want || (err == nil) != (tt.err == "") || (err != nil && !strings.Contains(err.Error(), tt.err)) {
			t.Errorf("normalizeLang(%q) = %q, %v; want %q, %q", tt.in, got, err, tt.want, tt.err)
		}
	}
}

// TestJSONLinesBOMAndLang: a byte order mark before the first line is
// skipped, a regional language tag counts as its language, and a line whose
// lang names no language is refused with its line number while the others
// are read.
func TestJSONLinesBOMAndLang(t *testing.T) {
	dir := writeFiles(t, map[string]string{"in.jsonl": "\xef\xbb\xbf" + `{"text":"Eins.","lang":"de-CH"}` + "\r\n" +
		`{"text":"Zwei.","lang":"xx"}` + "\r\n" + `{"text":"Three.","lang":"en"}` + "\r\n"})
	res := readAll(t, &Reader{}, filepath.Join(dir, "in.jsonl"))
	all := strings.Join(res.errs, "\n")
	if len(res.errs) != 1 || !strings.Contains(all, `in.jsonl:2: lang: "xx" is not a language code`) {
		t.Errorf("errors:\n%s\nwant only line 2's lang", all)
	}
	var got []string
	for _, a := range res.articles {
		got = append(got, a.Lang+":"+a.Text)
	}
	sort.Strings(got)
	if want := "de:Eins.|en:Three."; strings.Join(got, "|") != want {
		t.Errorf("articles %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestUnsupportedFiles: a table, an SGML collection, a JSON array or an
// archive named explicitly is refused with what to do, not read as one
// enormous plain-text document.
func TestUnsupportedFiles(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"news.csv":   "label;text\nPolitik;'Ein Satz.'\n",
		"reut.sgm":   "<REUTERS><TEXT><BODY>A sentence.</BODY></TEXT></REUTERS>",
		"arr.json":   `[{"text":"a"},{"text":"b"}]`,
		"notes.log":  "An ordinary note, read as text.",
		"corpus.zip": "PK\x03\x04",
	})
	cases := map[string]string{
		"news.csv":   "a CSV table is not read as articles: convert it to JSON lines",
		"reut.sgm":   "SGML is not read as articles",
		"arr.json":   "a JSON array is not read",
		"corpus.zip": "compressed archives are not read",
		"notes.log":  "",
	}
	for name, want := range cases {
		res := readAll(t, &Reader{}, filepath.Join(dir, name))
		all := strings.Join(res.errs, "\n")
		if want == "" {
			if len(res.errs) > 0 || len(res.articles) != 1 {
				t.Errorf("%s: errors %q, %d articles; want it read", name, all, len(res.articles))
			}
			continue
		}
		if !strings.Contains(all, want) || len(res.articles) > 0 {
			t.Errorf("%s: errors %q, %d articles; want %q", name, all, len(res.articles), want)
		}
	}
}

// TestHTMLLangIsNotGuessed checks that a web page's article declares no
// language of its own: go-trafilatura's language is a guess from the text
// (figures tables come out French or Slovene), and the pipeline refuses
// articles declared in a language it does not read.
func TestHTMLLangIsNotGuessed(t *testing.T) {
	pages := map[string]string{
		"prose":   htmlPage,
		"figures": `<html><body><article><p>Qtr ended March 31. Shr 12 cts vs 9 cts. Net 1,204,000 vs 877,000. Revs 9,310,000 vs 8,022,000. Pay June 2, record May 15.</p></article></body></html>`,
		"french":  `<html><body><article><p>Les deux délégations se sont rencontrées lundi à Genève et ont convenu de se revoir la semaine prochaine, selon le ministère.</p></article></body></html>`,
	}
	for name, page := range pages {
		a, err := Extract(Item{Source: name, Path: name, Format: FormatHTML, Body: []byte(page)})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if a.Lang != "" {
			t.Errorf("%s: declared language %q, want none", name, a.Lang)
		}
	}
}
