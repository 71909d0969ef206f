package api

import (
	"errors"
	"net/http"
	"slices"
	"strings"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/kb"
)

var kinds = []string{"country", "person", "organization", "location", "other"}

func (s *Server) listEntities(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := page(r, defaultPage)
	if err != nil {
		badRequest(w, err.Error())
		return
	}
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	kind := r.URL.Query().Get("kind")
	if kind != "" && !slices.Contains(kinds, kind) {
		badRequest(w, "kind must be one of "+strings.Join(kinds, ", "))
		return
	}
	if len(q) > maxQuery {
		badRequest(w, "q is longer than 500 bytes")
		return
	}
	var items []entityMatch
	skipped := 0 // how many the store listing has skipped already
	if q != "" {
		if items, err = s.matchEntities(r.Context(), q, kind, offset+limit+1); err != nil {
			s.fail(w, r, err)
			return
		}
	} else {
		// every stored entity, by id; kind is filtered here, as the store
		// lists all
		skip := offset
		for e, err := range s.store.Entities(r.Context(), dossier.Filter{}) {
			if err != nil {
				s.fail(w, r, err)
				return
			}
			if kind != "" && string(e.Kind) != kind {
				continue
			}
			if skip > 0 {
				skip--
				continue
			}
			items = append(items, entityMatch{EntityRef: refOf(e), Aliases: nonNil(firstN(e.Aliases, 6)), InCorpus: true})
			if len(items) > limit {
				break
			}
		}
		skipped = offset
	}
	pg, more := pageOf(items, limit, offset-skipped)
	writeJSON(w, http.StatusOK, map[string]any{"items": pg, "limit": limit, "offset": offset, "more": more})
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

type aliasJSON struct {
	Text string `json:"text"`
	Lang string `json:"lang"` // "" when used in any language
}

type roleJSON struct {
	Office  string  `json:"office"`
	Title   string  `json:"title"`
	Country string  `json:"country"`
	Start   *string `json:"start"`
	End     *string `json:"end"` // null while in office
}

type linkJSON struct {
	Type      string `json:"type"` // sister_of, member_of, capital_of, ...
	Entity    string `json:"entity"`
	Direction string `json:"direction"` // "out": this entity is Type of Entity; "in": Entity is Type of this one
}

type partnerJSON struct {
	Entity      string  `json:"entity"`
	Events      int     `json:"events"`
	Reports     int     `json:"reports"`
	Cooperation float64 `json:"cooperation"`
	Conflict    float64 `json:"conflict"`
	From        *string `json:"from"`
	To          *string `json:"to"`
}

type docMentionsJSON struct {
	Doc      DocumentJSON  `json:"doc"`
	Count    int           `json:"count"`    // mentions of the entity in the document
	First    mentionJSON   `json:"first"`    // the first of them
	Sentence *sentenceJSON `json:"sentence"` // the sentence it is in
}

// maxScan bounds how many records a profile reads to count them.
const maxScan = 20000

func (s *Server) getEntity(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id := r.PathValue("id")
	limit, offset, err := page(r, 10)
	if err != nil {
		badRequest(w, err.Error())
		return
	}
	e, err := s.store.Entity(ctx, id)
	inCorpus := err == nil
	if err != nil && !errors.Is(err, dossier.ErrNotFound) {
		s.fail(w, r, err)
		return
	}
	var info *kb.Info
	if s.kb != nil {
		info, _ = s.kb.Info(id)
	}
	if !inCorpus {
		if info == nil {
			writeError(w, http.StatusNotFound, "not_found", "no entity with id "+quoteShort(id))
			return
		}
		e = info.Entity
	}
	n := s.names(ctx)
	n.m[e.ID] = refOf(e)

	aliases, adjectives := []aliasJSON{}, []aliasJSON{}
	seen := map[string]bool{e.Name: true}
	for _, a := range e.Aliases {
		if !seen[a] {
			seen[a] = true
			aliases = append(aliases, aliasJSON{Text: a})
		}
	}
	roles, links := []roleJSON{}, []linkJSON{}
	if info != nil {
		for _, f := range info.Forms {
			if seen[f.Text] {
				continue
			}
			seen[f.Text] = true
			if f.Flags&kb.Adjectival != 0 {
				if len(adjectives) < 40 {
					adjectives = append(adjectives, aliasJSON{f.Text, f.Lang})
				}
			} else if len(aliases) < 80 {
				aliases = append(aliases, aliasJSON{f.Text, f.Lang})
			}
		}
		for _, ro := range info.Roles {
			roles = append(roles, roleJSON{ro.Office, ro.Title, ro.Country, nullable(ro.Start), nullable(ro.End)})
		}
		// latest first: the office held now leads
		slices.SortStableFunc(roles, func(a, b roleJSON) int { return strings.Compare(deref(b.Start), deref(a.Start)) })
		for _, l := range info.Relations {
			n.add(l.Target)
			links = append(links, linkJSON{l.Type, l.Target, "out"})
		}
		for _, from := range s.kb.RelatedFrom(id, "") {
			typ := "related_to"
			if fi, ok := s.kb.Info(from.ID); ok {
				for _, l := range fi.Relations {
					if l.Target == id {
						typ = l.Type
						break
					}
				}
			}
			n.add(from.ID)
			links = append(links, linkJSON{typ, from.ID, "in"})
			if len(links) >= 60 {
				break
			}
		}
	}

	// events: how many, of which types, as actor or target
	byType := map[string]int{}
	asActor, asTarget, events := 0, 0, 0
	for ev, err := range s.store.Events(ctx, dossier.Filter{Entity: id, Limit: maxScan}) {
		if err != nil {
			s.fail(w, r, err)
			return
		}
		events++
		byType[ev.Type]++
		if ev.Actor == id {
			asActor++
		}
		if ev.Target == id {
			asTarget++
		}
	}

	// partners: relations from the stories the entity (or, for a country,
	// its people and bodies) takes part in
	stories, err := collect(s.store.Stories(ctx, dossier.Filter{Entity: id, Limit: maxScan}))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	rels, err := s.relations(ctx, stories, "entity")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	partners := []partnerJSON{}
	for _, rel := range rels {
		other := rel.B
		if rel.B == id {
			other = rel.A
		} else if rel.A != id {
			continue
		}
		n.add(other)
		partners = append(partners, partnerJSON{other, rel.Events, rel.Reports, rel.Cooperation, rel.Conflict, nullable(rel.From), nullable(rel.To)})
		if len(partners) == 40 {
			break
		}
	}

	// mentions, grouped by document, newest document first
	type docAcc struct {
		ref   dossier.DocRef
		count int
		first dossier.Mention
	}
	var docs []*docAcc
	byDoc := map[string]*docAcc{}
	mentions := 0
	for m, err := range s.store.Mentions(ctx, dossier.Filter{Entity: id, Limit: maxScan}) {
		if err != nil {
			s.fail(w, r, err)
			return
		}
		mentions++
		a := byDoc[m.Doc.ID]
		if a == nil {
			a = &docAcc{ref: m.Doc, first: m.Mention}
			byDoc[m.Doc.ID] = a
			docs = append(docs, a)
		}
		a.count++
	}
	slices.Reverse(docs) // the store lists oldest first, undated last
	slices.SortStableFunc(docs, func(a, b *docAcc) int {
		if (a.ref.Published == "") != (b.ref.Published == "") {
			if a.ref.Published == "" {
				return 1
			}
			return -1
		}
		return 0
	})
	pg, more := pageOf(docs, limit, offset)
	mentionDocs := make([]docMentionsJSON, 0, len(pg))
	for _, a := range pg {
		d, err := s.store.Document(ctx, a.ref.ID)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		dm := docMentionsJSON{Doc: documentJSON(d), Count: a.count, First: mentionOf(a.first, nil, n)}
		for _, se := range d.Sentences {
			if se.Start <= a.first.Start && a.first.End <= se.End {
				dm.Sentence = &sentenceJSON{se.Start, se.End, se.Lang, d.Text[se.Start:se.End]}
				break
			}
		}
		mentionDocs = append(mentionDocs, dm)
	}
	if n.err != nil {
		s.fail(w, r, n.err)
		return
	}
	aliasList := e.Aliases
	if aliasList == nil {
		aliasList = []string{}
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"entity":     entityMatch{EntityRef: refOf(e), Aliases: aliasList, Matched: "", InCorpus: inCorpus},
		"aliases":    aliases,
		"adjectives": adjectives,
		"roles":      roles,
		"links":      links,
		"partners":   partners,
		"events":     map[string]any{"count": events, "as_actor": asActor, "as_target": asTarget, "by_type": byType},
		"stories":    len(stories),
		"mentions": map[string]any{
			"count": mentions, "documents": len(docs),
			"items": mentionDocs, "limit": limit, "offset": offset, "more": more,
		},
		"entities": n.m,
	})
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
