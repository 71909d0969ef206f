// Package corpus reads the raw news collections used for throughput
// benchmarks (10kGNAD's CSV, Reuters-21578's SGML) into plain records.
package corpus

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"io"
	"regexp"
	"strings"
	"time"
)

// Record is one article of a benchmark collection.
type Record struct {
	ID        string
	Title     string
	Published string // YYYY-MM-DD or ""
	Lang      string
	Text      string
}

// ReadGNAD reads 10kGNAD's CSV: one article per line, "label;'text'" with
// the text in single quotes (” inside stands for one quote).
func ReadGNAD(r io.Reader) ([]Record, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	var out []Record
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			continue
		}
		label, rest, ok := strings.Cut(line, ";")
		if !ok {
			return nil, fmt.Errorf("line %d: no ';' separator", n)
		}
		text := rest
		if strings.HasPrefix(rest, "'") {
			var b strings.Builder
			closed := false
			for i := 1; i < len(rest); i++ {
				if rest[i] == '\'' {
					if i+1 < len(rest) && rest[i+1] == '\'' {
						b.WriteByte('\'')
						i++
						continue
					}
					if strings.TrimSpace(rest[i+1:]) != "" {
						return nil, fmt.Errorf("line %d: text after the closing quote", n)
					}
					closed = true
					break
				}
				b.WriteByte(rest[i])
			}
			if !closed {
				return nil, fmt.Errorf("line %d: unterminated quote", n)
			}
			text = b.String()
		}
		out = append(out, Record{ID: fmt.Sprintf("gnad-%d", n), Title: label, Lang: "de", Text: text})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", n+1, err)
	}
	return out, nil
}

var (
	reutersRE = regexp.MustCompile(`(?s)<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>`)
	dateRE    = regexp.MustCompile(`(?s)<DATE>\s*(.*?)\s*</DATE>`)
	titleRE   = regexp.MustCompile(`(?s)<TITLE>(.*?)</TITLE>`)
	bodyRE    = regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)
	controlRE = regexp.MustCompile(`&#\d+;`)
)

// ReadReuters reads one Reuters-21578 SGML file; stories without a body
// are skipped.
func ReadReuters(r io.Reader) ([]Record, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	if !bytes.Contains(data, []byte("<REUTERS")) {
		return nil, fmt.Errorf("no <REUTERS> element")
	}
	var out []Record
	for _, m := range reutersRE.FindAllSubmatch(data, -1) {
		story := m[2]
		body := bodyRE.FindSubmatch(story)
		if body == nil {
			continue
		}
		rec := Record{ID: "reuters-" + string(m[1]), Lang: "en", Text: clean(body[1])}
		if t := titleRE.FindSubmatch(story); t != nil {
			rec.Title = clean(t[1])
		}
		if d := dateRE.FindSubmatch(story); d != nil {
			if t, err := time.Parse("2-Jan-2006 15:04:05", firstField(d[1], 0)+" "+firstField(d[1], 1)); err == nil {
				rec.Published = t.Format("2006-01-02")
			}
		}
		if strings.TrimSpace(rec.Text) != "" {
			out = append(out, rec)
		}
	}
	return out, nil
}

func firstField(b []byte, i int) string {
	f := strings.Fields(string(b))
	if i >= len(f) {
		return ""
	}
	s := f[i]
	if dot := strings.IndexByte(s, '.'); dot >= 0 {
		s = s[:dot]
	}
	return s
}

func clean(b []byte) string {
	s := controlRE.ReplaceAllString(string(b), "")
	s = html.UnescapeString(s)
	s = strings.TrimSuffix(strings.TrimSpace(s), "Reuter")
	return strings.TrimSpace(s)
}
