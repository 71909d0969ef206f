package sqlite

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/text"
)

// Search implements dossier.Store. Every word of the query must occur in a
// sentence, in any inflected form: each word is stemmed as English and as
// German, and words of four letters or more also match as prefixes
// ("Lawrow" finds "Lawrows"). Sentences are ranked by BM25.
func (s *Store) Search(ctx context.Context, query string, opt dossier.SearchOptions) ([]dossier.SearchHit, error) {
	match, stems := ftsQuery(query)
	if match == "" {
		return nil, nil
	}
	limit := opt.Limit
	if limit <= 0 {
		limit = 20
	}
	q := `SELECT d.id, d.source, d.published, d.title, d.text, s.idx, s.start, s.end, s.lang, bm25(sentence_fts)
		FROM sentence_fts f JOIN sentences s ON s.id = f.rowid JOIN documents d ON d.id = s.doc_id
		WHERE sentence_fts MATCH ?`
	args := []any{match}
	if opt.Lang != "" {
		q += ` AND s.lang = ?`
		args = append(args, opt.Lang)
	}
	q += ` ORDER BY bm25(sentence_fts), d.published DESC, d.id, s.idx LIMIT ?`
	args = append(args, limit)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	var hits []dossier.SearchHit
	for rows.Next() {
		var h dossier.SearchHit
		var published *string
		var body, lang string
		var rank float64
		if err := rows.Scan(&h.Doc.ID, &h.Doc.Source, &published, &h.Title, &body, &h.SentIndex, &h.Sentence.Start, &h.Sentence.End, &lang, &rank); err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		if published != nil {
			h.Doc.Published = *published
		}
		h.Score = -rank
		h.Text = body[h.Sentence.Start:h.Sentence.End]
		h.Snippet = Highlight(body, h.Sentence, lang, stems)
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// ftsQuery builds an FTS5 query from free text, and returns the stems it
// looks for (for highlighting).
func ftsQuery(query string) (string, []string) {
	toks := text.Tokenize(query, dossier.Span{Start: 0, End: len(query)}, "")
	var groups []string
	var stems []string
	for _, t := range toks {
		if !isWord(t.Text) {
			continue
		}
		seen := map[string]bool{}
		var alts []string
		for _, lang := range []string{"en", "de"} {
			st := text.Stem(t.Text, lang)
			if st == "" || seen[st] {
				continue
			}
			seen[st] = true
			stems = append(stems, st)
			term := `"` + strings.ReplaceAll(st, `"`, `""`) + `"`
			if utf8.RuneCountInString(st) >= 4 {
				term += "*"
			}
			alts = append(alts, term)
		}
		if len(alts) > 0 {
			groups = append(groups, "("+strings.Join(alts, " OR ")+")")
		}
	}
	return strings.Join(groups, " AND "), stems
}

func isWord(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' || r > 127 || (r|0x20) >= 'a' && (r|0x20) <= 'z' {
			return true
		}
	}
	return false
}

// Highlight returns the sentence at span with the words that match one of
// the stems marked by « and ».
func Highlight(doc string, span dossier.Span, lang string, stems []string) string {
	var b strings.Builder
	last := span.Start
	for _, t := range text.Tokenize(doc, span, lang) {
		st := text.Stem(t.Text, lang)
		hit := false
		for _, q := range stems {
			if st == q || (utf8.RuneCountInString(q) >= 4 && strings.HasPrefix(st, q)) || text.Fold(t.Text) == q {
				hit = true
				break
			}
		}
		if !hit {
			continue
		}
		b.WriteString(doc[last:t.Start])
		b.WriteString("«")
		b.WriteString(doc[t.Start:t.End])
		b.WriteString("»")
		last = t.End
	}
	b.WriteString(doc[last:span.End])
	return dossier.JoinMarks(b.String())
}
