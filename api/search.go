package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/kb"
	"github.com/dossier-news/dossier/text"
)

type hitJSON struct {
	Doc      dossier.DocRef `json:"doc"`
	Title    string         `json:"title"`
	Sentence int            `json:"sentence"`
	Start    int            `json:"start"`
	End      int            `json:"end"`
	Text     string         `json:"text"`
	Snippet  string         `json:"snippet"` // the sentence with matches between « and »
	Score    float64        `json:"score"`
}

// maxSearchOffset bounds how deep search pages go.
const maxSearchOffset = 1000

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		badRequest(w, "q (the query) is required")
		return
	}
	if len(q) > maxQuery {
		badRequest(w, "q is longer than 500 bytes")
		return
	}
	lang := r.URL.Query().Get("lang")
	if err := checkLang(lang); err != nil {
		badRequest(w, err.Error())
		return
	}
	limit, offset, err := page(r, 20)
	if err != nil {
		badRequest(w, err.Error())
		return
	}
	// the store ranks from the top, so a page is cut from the first
	// offset+limit hits (one more says whether more follow); deep pages of
	// a ranking are rarely worth reading, and bounding them bounds the work
	if offset > maxSearchOffset {
		badRequest(w, fmt.Sprintf("offset must be a number from 0 to %d for search (narrow the query instead)", maxSearchOffset))
		return
	}
	hits, err := s.store.Search(r.Context(), q, dossier.SearchOptions{Lang: lang, Limit: offset + limit + 1})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	hits, more := pageOf(hits, limit, offset)
	out := make([]hitJSON, len(hits))
	for i, h := range hits {
		out[i] = hitJSON{h.Doc, h.Title, h.SentIndex, h.Sentence.Start, h.Sentence.End, h.Text, h.Snippet, h.Score}
	}
	ents, err := s.matchEntities(r.Context(), q, "", 8)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	named, err := s.phraseMatches(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	for _, m := range named {
		if len(ents) < 8 && !slices.ContainsFunc(ents, func(e entityMatch) bool { return e.ID == m.ID }) {
			ents = append(ents, m)
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"query": q, "hits": out, "entities": ents, "limit": limit, "offset": offset, "more": more})
}

// entityMatch is an entity a query names.
type entityMatch struct {
	EntityRef
	Aliases  []string `json:"aliases"`
	Matched  string   `json:"matched"`   // the name or alias that matched
	InCorpus bool     `json:"in_corpus"` // some stored record refers to it
}

// matchEntities finds entities by name: knowledge-base names in any
// language first ("Lawrow" is Sergey Lavrov), then stored entities whose
// name or an alias starts with the query's words.
func (s *Server) matchEntities(ctx context.Context, q, kind string, limit int) ([]entityMatch, error) {
	out := []entityMatch{}
	seen := map[string]bool{}
	add := func(m entityMatch) {
		if seen[m.ID] || (kind != "" && m.Kind != kind) {
			return
		}
		seen[m.ID] = true
		if m.Aliases == nil {
			m.Aliases = []string{}
		}
		out = append(out, m)
	}
	folded := text.Fold(q)
	if queryStopwords[folded] {
		return out, nil // "the" or "und" names nothing, though many names contain it
	}
	if s.kb != nil {
		for _, c := range s.kb.Lookup(q, "") {
			m, ok, err := s.kbMatch(ctx, c)
			if err != nil {
				return nil, err
			}
			if ok {
				add(m)
			}
		}
	}
	if utf8.RuneCountInString(folded) >= 2 {
		var found []entityMatch
		for e, err := range s.store.Entities(ctx, dossier.Filter{}) {
			if err != nil {
				return nil, err
			}
			if seen[e.ID] {
				continue
			}
			if name, ok := nameMatch(e, folded); ok {
				found = append(found, entityMatch{EntityRef: refOf(e), Aliases: firstN(e.Aliases, 6), Matched: name, InCorpus: true})
			}
		}
		// whole-name matches first, then shorter names (closer to the query)
		slices.SortStableFunc(found, func(a, b entityMatch) int {
			ea, eb := text.Fold(a.Matched) == folded, text.Fold(b.Matched) == folded
			if ea != eb {
				if ea {
					return -1
				}
				return 1
			}
			return len(a.Name) - len(b.Name)
		})
		for _, m := range found {
			add(m)
		}
	}
	// entities with records before those only the knowledge base knows
	slices.SortStableFunc(out, func(a, b entityMatch) int {
		if a.InCorpus != b.InCorpus {
			if a.InCorpus {
				return -1
			}
			return 1
		}
		return 0
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// kbMatch describes a knowledge-base candidate, from the store where it
// has records.
func (s *Server) kbMatch(ctx context.Context, c kb.Candidate) (entityMatch, bool, error) {
	e, err := s.store.Entity(ctx, c.ID)
	in := err == nil
	if err != nil && !errors.Is(err, dossier.ErrNotFound) {
		return entityMatch{}, false, err
	}
	if !in {
		info, ok := s.kb.Info(c.ID)
		if !ok {
			return entityMatch{}, false, nil
		}
		e = info.Entity
	}
	return entityMatch{EntityRef: refOf(e), Aliases: firstN(e.Aliases, 6), Matched: c.Form, InCorpus: in}, true, nil
}

// queryStopwords are English and German words that name nothing on their
// own, though many names contain them.
var queryStopwords = map[string]bool{
	"a": true, "an": true, "and": true, "at": true, "by": true, "for": true, "from": true, "in": true, "of": true,
	"on": true, "or": true, "the": true, "to": true, "with": true,
	"am": true, "auf": true, "aus": true, "bei": true, "das": true, "dem": true, "den": true, "der": true, "des": true,
	"die": true, "ein": true, "eine": true, "einer": true, "fur": true, "im": true, "mit": true, "nach": true, "oder": true,
	"uber": true, "und": true, "von": true, "vom": true, "zu": true, "zum": true, "zur": true,
}

// phraseMatches finds the entities a query of several words names one by
// one ("Russland und Nordkorea" names Russia and North Korea): from each
// word, the longest run of up to four words the knowledge base knows as a
// whole name, its best candidate.
func (s *Server) phraseMatches(ctx context.Context, q string) ([]entityMatch, error) {
	words := strings.Fields(q)
	if s.kb == nil || len(words) < 2 {
		return nil, nil
	}
	words = words[:min(len(words), 20)] // bounds the lookups; queries are short
	var out []entityMatch
	for i := 0; i < len(words); {
		next := i + 1
		for j := min(len(words), i+4); j > i; j-- {
			if j == i+1 && queryStopwords[text.Fold(words[i])] {
				break
			}
			cands := s.kb.Lookup(strings.Join(words[i:j], " "), "")
			if len(cands) == 0 {
				continue
			}
			m, ok, err := s.kbMatch(ctx, cands[0])
			if err != nil {
				return nil, err
			}
			if ok {
				out = append(out, m)
			}
			next = j
			break
		}
		i = next
	}
	return out, nil
}

// nameMatch reports whether the entity's name or an alias has a word that
// starts the folded query ("lav" finds "Sergey Lavrov"), and which.
func nameMatch(e dossier.Entity, folded string) (string, bool) {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		f := text.Fold(n)
		if i := strings.Index(f, folded); i == 0 || (i > 0 && !isLetter(f[i-1])) {
			return n, true
		}
	}
	return "", false
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80 }

func firstN(s []string, n int) []string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
