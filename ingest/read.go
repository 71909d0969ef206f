// Package ingest reads news from files, folders, feeds and JSON lines, and
// turns each article into normalised text with its title, date and author.
package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/text/language"
)

// Format is the kind of input a file holds.
type Format string

// The formats dossier reads.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatHTML     Format = "html"
	FormatFeed     Format = "feed"
	FormatJSONL    Format = "jsonl"
)

var extensions = map[string]Format{
	".txt": FormatText, ".text": FormatText, ".md": FormatMarkdown, ".markdown": FormatMarkdown,
	".html": FormatHTML, ".htm": FormatHTML, ".xhtml": FormatHTML,
	".rss": FormatFeed, ".atom": FormatFeed, ".xml": FormatFeed,
	".jsonl": FormatJSONL, ".ndjson": FormatJSONL,
}

// FormatOf returns the format a path's extension names.
func FormatOf(path string) (Format, bool) {
	f, ok := extensions[strings.ToLower(filepath.Ext(path))]
	return f, ok
}

// Stdin is the path that names standard input.
const Stdin = "-"

// Error is a failure to read one input, or one record inside it.
type Error struct {
	Path string
	Line int // 1-based line of a JSON line or feed item number; 0 for the whole file
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Input is one file to read.
type Input struct {
	Path string
	Size int64
	Name string // what documents record as their source; Path when empty
}

func (in Input) source() string {
	switch {
	case in.Name != "":
		return in.Name
	case in.Path == Stdin:
		return "stdin"
	}
	return in.Path
}

// Inputs expands paths into the files to read: files as given, folders
// recursively (files with a known extension only, hidden entries skipped),
// "-" for standard input. Paths that cannot be read are returned as errors;
// the others are still listed.
func Inputs(paths []string) ([]Input, []error) {
	var out []Input
	var errs []error
	for _, p := range paths {
		if p == Stdin {
			out = append(out, Input{Path: Stdin, Size: -1})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &Error{Path: p, Err: cleanPathError(err)})
			continue
		}
		if !info.IsDir() {
			out = append(out, Input{Path: p, Size: info.Size()})
			continue
		}
		var found []Input
		skipped := 0
		// A link to a folder given as PATH is walked as that folder:
		// WalkDir does not follow its root, and would see one link.
		root := p
		if li, err := os.Lstat(p); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			root = p + string(filepath.Separator)
		}
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &Error{Path: path, Err: cleanPathError(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if path != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if _, ok := FormatOf(path); !ok || projectFile(d.Name()) {
				skipped++
				return nil
			}
			fi, err := d.Info()
			if err == nil && fi.Mode()&fs.ModeSymlink != 0 {
				// Links to articles are read like the articles (collections
				// are often folders of links); a broken one is reported,
				// not passed over in silence.
				if fi, err = os.Stat(path); err != nil {
					errs = append(errs, &Error{Path: path, Err: fmt.Errorf("broken symbolic link: %w", cleanPathError(err))})
					return nil
				}
			}
			if err != nil {
				errs = append(errs, &Error{Path: path, Err: cleanPathError(err)})
				return nil
			}
			if fi.Mode().IsRegular() {
				found = append(found, Input{Path: path, Size: fi.Size()})
			}
			return nil
		})
		if err != nil {
			errs = append(errs, &Error{Path: p, Err: err})
		}
		if len(found) == 0 && err == nil {
			// an empty result would otherwise look like success
			msg := "no articles in this folder"
			if skipped > 0 {
				msg = fmt.Sprintf("no articles in this folder: %d files without a known extension (.txt .md .html .htm .rss .atom .xml .jsonl)", skipped)
			}
			errs = append(errs, &Error{Path: p, Err: errors.New(msg)})
		}
		sort.Slice(found, func(i, j int) bool { return found[i].Path < found[j].Path })
		out = append(out, found...)
	}
	return out, errs
}

// projectFile reports files that travel with collections but are not
// articles: a README or LICENSE in a folder of news is about the folder.
// Named explicitly, they are still read.
func projectFile(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	switch base {
	case "README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CONTRIBUTING", "NOTICE", "AUTHORS":
		return true
	}
	return false
}

// cleanPathError drops the path from an *fs.PathError: Error adds it.
func cleanPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Item is one article as an input holds it, before extraction.
type Item struct {
	Source string // path or URL
	Path   string // the file it came from
	Line   int    // line (JSONL) or item number (feeds), 1-based; 0 for whole files
	Format Format // FormatText, FormatMarkdown or FormatHTML: how Body is to be read
	Body   []byte

	// Metadata the container gave; empty when it gave none.
	Title, Published, Author, Lang string
}

// Reader reads inputs into items.
type Reader struct {
	MaxBytes int64     // largest input accepted
	Stdin    io.Reader // read for the path "-"
}

// Items reads one input and yields its items. A failure of the whole input is
// yielded once as an *Error with no item; a bad record in a feed or JSON-lines
// file is yielded as an *Error and reading goes on with the next record.
func (r *Reader) Items(ctx context.Context, in Input) iter.Seq2[Item, error] {
	return func(yield func(Item, error) bool) {
		fail := func(err error) { yield(Item{Path: in.Path}, &Error{Path: in.Path, Err: err}) }
		data, err := r.readAll(in)
		if err != nil {
			fail(err)
			return
		}
		format, ok := FormatOf(in.Path)
		if in.Path == Stdin || !ok {
			if msg := unsupported(in.Path, data); msg != "" {
				fail(errors.New(msg))
				return
			}
			format = sniff(data)
		}
		if ctx.Err() != nil {
			return
		}
		switch format {
		case FormatFeed:
			if err := readFeed(ctx, in.Path, in.source(), data, yield); err != nil {
				fail(err)
			}
		case FormatJSONL:
			readJSONL(ctx, in.Path, in.source(), data, yield)
		default:
			yield(Item{Source: in.source(), Path: in.Path, Format: format, Body: data}, nil)
		}
	}
}

func (r *Reader) readAll(in Input) ([]byte, error) {
	limit := r.MaxBytes
	if limit <= 0 {
		limit = 50 << 20
	}
	if in.Size > limit {
		return nil, fmt.Errorf("%s is larger than the limit of %s (raise it with --max-bytes)", byteSize(in.Size), byteSize(limit))
	}
	var src io.Reader
	if in.Path == Stdin {
		if r.Stdin == nil {
			return nil, errors.New("no standard input")
		}
		src = r.Stdin
	} else {
		f, err := os.Open(in.Path)
		if err != nil {
			return nil, cleanPathError(err)
		}
		defer f.Close()
		src = f
	}
	data, err := io.ReadAll(io.LimitReader(src, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", cleanPathError(err))
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("larger than the limit of %s (raise it with --max-bytes)", byteSize(limit))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("empty file")
	}
	return data, nil
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// toJSONL is how to bring a table or collection into a form dossier reads.
const toJSONL = "convert it to JSON lines (.jsonl): one object per line with url, title, published, lang, author and text"

// unsupported says why a file named explicitly, with an extension dossier
// does not read, is not read as plain text: a CSV table, an SGML collection
// or a JSON array would otherwise become one enormous document.
func unsupported(path string, data []byte) string {
	ext := strings.ToLower(filepath.Ext(path))
	switch ext {
	case ".csv", ".tsv":
		return "a " + strings.ToUpper(ext[1:]) + " table is not read as articles: " + toJSONL
	case ".sgm", ".sgml":
		return "SGML is not read as articles: " + toJSONL
	case ".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub":
		return ext[1:] + " documents are not read: save the text as .txt or .html"
	case ".zip", ".gz", ".tgz", ".tar", ".bz2", ".xz", ".zst", ".7z":
		return "compressed archives are not read: unpack them first"
	}
	head := bytes.TrimLeft(data, " \t\r\n\ufeff")
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if bytes.HasPrefix(head, []byte("[")) && json.Valid(data) {
		return "a JSON array is not read: give one object per line (JSON lines, .jsonl), for example with jq -c '.[]'"
	}
	return ""
}

// sniff guesses the format of data that came without a telling extension.
func sniff(data []byte) Format {
	head := bytes.TrimLeft(data, " \t\r\n\ufeff")
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if len(head) > 1024 {
		head = head[:1024]
	}
	lower := bytes.ToLower(head)
	switch {
	case bytes.HasPrefix(head, []byte("{")):
		return FormatJSONL
	case bytes.Contains(lower, []byte("<rss")) || bytes.Contains(lower, []byte("<feed")) || bytes.Contains(lower, []byte("<rdf:rdf")):
		return FormatFeed
	case bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.Contains(lower, []byte("<html")) || bytes.Contains(lower, []byte("<body")) || bytes.HasPrefix(lower, []byte("<p")) || bytes.HasPrefix(lower, []byte("<div")):
		return FormatHTML
	}
	return FormatText
}

func readFeed(ctx context.Context, path, name string, data []byte, yield func(Item, error) bool) error {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return errors.New("malformed feed: not RSS, Atom or RDF")
		}
		return fmt.Errorf("malformed feed: %w", err)
	}
	if len(feed.Items) == 0 {
		return errors.New("feed has no items")
	}
	// A feed's unknown language is dropped, not held against its items: the
	// text tells the language anyway.
	feedLang, _ := normalizeLang(feed.Language)
	for i, it := range feed.Items {
		if ctx.Err() != nil {
			return nil
		}
		n := i + 1
		body := it.Content
		if strings.TrimSpace(body) == "" {
			body = it.Description
		}
		source := strings.TrimSpace(it.Link)
		if source == "" {
			source = fmt.Sprintf("%s#%d", name, n)
		}
		if strings.TrimSpace(body) == "" && strings.TrimSpace(it.Title) == "" {
			if !yield(Item{Path: path, Line: n}, &Error{Path: path, Line: n, Err: errors.New("feed item has neither text nor title")}) {
				return nil
			}
			continue
		}
		item := Item{
			Source: source, Path: path, Line: n, Format: FormatHTML, Body: []byte(body),
			Title: strings.TrimSpace(it.Title), Lang: feedLang,
		}
		// The feed's own string keeps the publisher's UTC offset, and with it
		// the local calendar day; gofeed's parsed time is in UTC.
		item.Published = normalizeDate(it.Published)
		switch {
		case item.Published != "":
		case it.PublishedParsed != nil:
			item.Published = formatTime(*it.PublishedParsed)
		case normalizeDate(it.Updated) != "":
			item.Published = normalizeDate(it.Updated)
		case it.UpdatedParsed != nil:
			item.Published = formatTime(*it.UpdatedParsed)
		}
		var authors []string
		for _, a := range it.Authors {
			if a != nil && strings.TrimSpace(a.Name) != "" {
				authors = append(authors, strings.TrimSpace(a.Name))
			}
		}
		if len(authors) == 0 && it.DublinCoreExt != nil {
			authors = it.DublinCoreExt.Creator
		}
		item.Author = strings.Join(authors, ", ")
		if !yield(item, nil) {
			return nil
		}
	}
	return nil
}

// jsonRecord is one line of a JSON-lines input.
type jsonRecord struct {
	URL       string          `json:"url"`
	Source    string          `json:"source"`
	Title     string          `json:"title"`
	Published json.RawMessage `json:"published"`
	Date      json.RawMessage `json:"date"`
	Author    json.RawMessage `json:"author"`
	Lang      string          `json:"lang"`
	Text      string          `json:"text"`
	HTML      string          `json:"html"`
}

// jsonProblem says what is wrong with a JSON line in the terms of the file,
// not of the Go type it is decoded into.
func jsonProblem(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		field := te.Field
		if field == "" {
			return fmt.Errorf("malformed JSON: a line must be one object, not %s", article(te.Value))
		}
		return fmt.Errorf("malformed JSON: %q must be a string, not %s", field, article(te.Value))
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		if strings.Contains(se.Error(), "unexpected end") {
			return errors.New("malformed JSON: the object ends early (a record must be on one line)")
		}
		return fmt.Errorf("malformed JSON at column %d: %s", se.Offset, strings.TrimPrefix(se.Error(), "json: "))
	}
	return fmt.Errorf("malformed JSON: %w", err)
}

func article(kind string) string {
	switch kind {
	case "array", "object":
		return "an " + kind
	case "number", "string", "bool":
		return "a " + kind
	}
	return kind
}

// normalizeLang reduces a declared language to its ISO 639-1 code, the form
// the pipeline compares with its languages: "en-US", "EN", "de_DE" and "deu"
// all name a language it reads, and would otherwise be passed over. A value
// that names no language ("xx", "german") is an error: it is a mistake in the
// input, not a hint to ignore. Undetermined ("und") is no declaration.
func normalizeLang(s string) (string, error) {
	s = strings.TrimSpace(s)
	switch s {
	case "":
		return "", nil
	case "en", "de":
		// The languages dossier reads, as most lines give them, skip the
		// parse, which costs microseconds.
		return s, nil
	}
	tag, err := language.Parse(s)
	if err != nil {
		return "", fmt.Errorf("lang: %q is not a language code (as en, de or en-US)", s)
	}
	base, conf := tag.Base()
	if conf != language.Exact {
		return "", nil
	}
	return base.String(), nil
}

func readJSONL(ctx context.Context, path, name string, data []byte, yield func(Item, error) bool) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), len(data)+1)
	n := 0
	fail := func(err error) bool { return yield(Item{Path: path, Line: n}, &Error{Path: path, Line: n, Err: err}) }
	for sc.Scan() {
		n++
		if ctx.Err() != nil {
			return
		}
		raw := bytes.TrimSpace(sc.Bytes())
		if n == 1 {
			// Windows editors and spreadsheets start UTF-8 files with a
			// byte order mark; JSON does not allow one.
			raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
		}
		if len(raw) == 0 {
			continue
		}
		if !utf8.Valid(raw) {
			if !fail(errors.New("invalid UTF-8")) {
				return
			}
			continue
		}
		var rec jsonRecord
		if err := json.Unmarshal(raw, &rec); err != nil {
			if !fail(jsonProblem(err)) {
				return
			}
			continue
		}
		lang, err := normalizeLang(rec.Lang)
		if err != nil {
			if !fail(err) {
				return
			}
			continue
		}
		item := Item{Path: path, Line: n, Title: strings.TrimSpace(rec.Title), Lang: lang}
		item.Source = strings.TrimSpace(rec.URL)
		if item.Source == "" {
			item.Source = strings.TrimSpace(rec.Source)
		}
		if item.Source == "" {
			item.Source = fmt.Sprintf("%s:%d", name, n)
		}
		switch {
		case strings.TrimSpace(rec.Text) != "":
			item.Format, item.Body = FormatText, []byte(rec.Text)
		case strings.TrimSpace(rec.HTML) != "":
			item.Format, item.Body = FormatHTML, []byte(rec.HTML)
		default:
			if !fail(errors.New(`record has no "text" or "html"`)) {
				return
			}
			continue
		}
		published := rec.Published
		if len(published) == 0 {
			published = rec.Date
		}
		if s, ok := jsonString(published); ok {
			item.Published = normalizeDate(s)
			if s != "" && item.Published == "" {
				if !fail(fmt.Errorf("published: %q is not a date", s)) {
					return
				}
				continue
			}
		}
		item.Author = jsonAuthor(rec.Author)
		if !yield(item, nil) {
			return
		}
	}
	if err := sc.Err(); err != nil {
		fail(fmt.Errorf("read: %w", err))
	}
}

func jsonString(raw json.RawMessage) (string, bool) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", false
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, true
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), true
	}
	return string(raw), true
}

// jsonAuthor accepts "Name", ["A", "B"] or {"name": "A"}.
func jsonAuthor(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	var list []string
	if json.Unmarshal(raw, &list) == nil {
		return strings.Join(list, ", ")
	}
	var obj struct {
		Name string `json:"name"`
	}
	if json.Unmarshal(raw, &obj) == nil {
		return strings.TrimSpace(obj.Name)
	}
	return ""
}
