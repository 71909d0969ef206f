package postgres

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/text"
)

// maxQueryWords bounds the words of one search.
const maxQueryWords = 32

// Search implements dossier.Store. Every word of the query must occur in a
// sentence, in any inflected form: PostgreSQL's german and english
// configurations each reduce the word to its stems, and a sentence matches
// when it holds the word as either language has it. Stems of four letters
// or more also match as prefixes ("Lawrow" finds "Lawrows"). A word that
// one of the languages drops as a stop word ("the", "die") is not required.
// Sentences are ranked by ts_rank; ts_headline marks the matches.
func (s *Store) Search(ctx context.Context, query string, opt dossier.SearchOptions) ([]dossier.SearchHit, error) {
	tsq, err := s.tsQuery(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	if tsq == "" {
		return nil, nil
	}
	limit := opt.Limit
	if limit <= 0 {
		limit = 20
	}
	args := []any{tsq, limit}
	langCond := ""
	if opt.Lang != "" {
		langCond = ` AND s.lang = $3`
		args = append(args, clean(opt.Lang))
	}
	// The inner query ranks and cuts to the limit; only those few sentences
	// are cut out of their documents and highlighted.
	q := `WITH q AS (SELECT $1::tsquery AS q),
	hits AS (
		SELECT s.doc_id, s.idx, s.start_byte, s.end_byte, s.lang, ts_rank(s.tsv, q.q) AS rank, d.published
		FROM q, sentences s JOIN documents d ON d.id = s.doc_id
		WHERE s.tsv @@ q.q` + langCond + `
		ORDER BY rank DESC, d.published DESC NULLS LAST, s.doc_id, s.idx
		LIMIT $2
	),
	texts AS (
		SELECT h.*, d.source, d.title,
			convert_from(substring(convert_to(d.text, 'UTF8') FROM h.start_byte + 1 FOR h.end_byte - h.start_byte), 'UTF8') AS sentence
		FROM hits h JOIN documents d ON d.id = h.doc_id
	)
	SELECT t.doc_id, t.source, t.published, t.title, t.idx, t.start_byte, t.end_byte, t.rank, t.sentence,
		ts_headline(dossier_tsconfig(t.lang), t.sentence, q.q, 'StartSel=«, StopSel=», HighlightAll=true')
	FROM texts t, q
	ORDER BY t.rank DESC, t.published DESC NULLS LAST, t.doc_id, t.idx`
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	hits, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (dossier.SearchHit, error) {
		var h dossier.SearchHit
		var published *string
		var rank float32
		err := r.Scan(&h.Doc.ID, &h.Doc.Source, &published, &h.Title, &h.SentIndex, &h.Sentence.Start, &h.Sentence.End, &rank, &h.Text, &h.Snippet)
		h.Doc.Published = deref(published)
		h.Score = float64(rank)
		h.Snippet = dossier.JoinMarks(h.Snippet)
		return h, err
	})
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	return hits, nil
}

// searchConfigs are the text search configurations a query word is read in.
var searchConfigs = []string{"german", "english"}

// tsQuery turns free text into a tsquery: the words (as dossier's tokenizer
// finds them) each become the OR of their lexemes in every configuration,
// and the words are ANDed. The lexemes come from PostgreSQL itself, so a
// query is stemmed exactly as the sentences were; building the query text
// here, rather than with plainto_tsquery, is what allows prefix matching
// and keeps query syntax characters from meaning anything. It returns ""
// when no word is left.
func (s *Store) tsQuery(ctx context.Context, query string) (string, error) {
	var words []string
	for _, t := range text.Tokenize(query, dossier.Span{Start: 0, End: len(query)}, "") {
		if isWord(t.Text) && len(words) < maxQueryWords {
			words = append(words, clean(t.Text))
		}
	}
	if len(words) == 0 {
		return "", nil
	}
	rows, err := s.pool.Query(ctx, `SELECT w.i, c.i, tsvector_to_array(to_tsvector(c.cfg::regconfig, w.word))
		FROM unnest($1::text[]) WITH ORDINALITY AS w(word, i),
			unnest($2::text[]) WITH ORDINALITY AS c(cfg, i)`, words, searchConfigs)
	if err != nil {
		return "", err
	}
	lexemes := make([][][]string, len(words)) // word, configuration, lexemes
	for i := range lexemes {
		lexemes[i] = make([][]string, len(searchConfigs))
	}
	var wi, ci int
	var lex []string
	_, err = pgx.ForEachRow(rows, []any{&wi, &ci, &lex}, func() error {
		lexemes[wi-1][ci-1] = lex
		return nil
	})
	if err != nil {
		return "", err
	}
	var groups []string
	for _, perConfig := range lexemes {
		var alts []string
		stop := false
		for _, lx := range perConfig {
			if len(lx) == 0 {
				stop = true
				break
			}
			var terms []string
			for _, l := range lx {
				term := quoteLexeme(l)
				if utf8.RuneCountInString(l) >= 4 {
					term += ":*"
				}
				terms = append(terms, term)
			}
			alt := strings.Join(terms, " & ")
			if len(terms) > 1 {
				alt = "(" + alt + ")"
			}
			if !slices.Contains(alts, alt) {
				alts = append(alts, alt)
			}
		}
		if stop {
			continue
		}
		groups = append(groups, "("+strings.Join(alts, " | ")+")")
	}
	return strings.Join(groups, " & "), nil
}

// quoteLexeme writes a lexeme as a tsquery literal, taken as it is.
func quoteLexeme(l string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `''`).Replace(l) + "'"
}

func isWord(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' || r > 127 || (r|0x20) >= 'a' && (r|0x20) <= 'z' {
			return true
		}
	}
	return false
}
