package api

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/aggregate"
)

// DocumentJSON is a document as the API and exports show it.
type DocumentJSON struct {
	ID        string  `json:"id"`
	Source    string  `json:"source"`
	Title     string  `json:"title"`
	Lang      string  `json:"lang"`
	Published *string `json:"published"`
	Author    string  `json:"author"`
	Chars     int     `json:"chars"`
}

func documentJSON(d *dossier.Document) DocumentJSON {
	return DocumentJSON{ID: d.ID, Source: d.Source, Title: d.Title, Lang: d.Lang, Published: nullable(d.Published), Author: d.Author, Chars: d.Chars}
}

func (s *Server) listDocuments(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := page(r, defaultPage)
	if err != nil {
		badRequest(w, err.Error())
		return
	}
	q := r.URL.Query()
	f := dossier.DocumentFilter{Lang: q.Get("lang"), Source: q.Get("source"), Limit: limit + 1, Offset: offset}
	// documents take the same bounds as events (YYYY, YYYY-MM or
	// YYYY-MM-DD); the store compares days, so a month or a year is widened
	// to its first or last day
	for _, p := range []struct {
		name string
		dst  *string
		end  bool
	}{{"from", &f.From, false}, {"to", &f.To, true}} {
		v := q.Get(p.name)
		if err := dossier.CheckDate(v); err != nil {
			badRequest(w, fmt.Sprintf("%s=%q is %v", p.name, v, err))
			return
		}
		*p.dst = dayBound(v, p.end)
	}
	if f.From != "" && f.To != "" && f.To < f.From {
		badRequest(w, fmt.Sprintf("to=%s is before from=%s", q.Get("to"), q.Get("from")))
		return
	}
	if err := checkLang(f.Lang); err != nil {
		badRequest(w, err.Error())
		return
	}
	if len(f.Source) > maxQuery {
		badRequest(w, "source is too long")
		return
	}
	docs, err := s.store.Documents(r.Context(), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	more := len(docs) > limit
	if more {
		docs = docs[:limit]
	}
	items := make([]DocumentJSON, len(docs))
	for i, d := range docs {
		items[i] = documentJSON(d)
	}
	writeJSON(w, http.StatusOK, map[string]any{"items": items, "limit": limit, "offset": offset, "more": more})
}

type spanLang struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Lang  string `json:"lang"`
}

type sentenceJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Lang  string `json:"lang"`
	Text  string `json:"text"`
}

type timexJSON struct {
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Text        string `json:"text"`
	Type        string `json:"type"`
	Value       string `json:"value"`
	Mod         string `json:"mod"`
	Granularity string `json:"granularity"`
}

type mentionJSON struct {
	Doc        *dossier.DocRef `json:"doc,omitempty"`
	Start      int             `json:"start"`
	End        int             `json:"end"`
	Text       string          `json:"text"`
	Entity     *string         `json:"entity"`
	Class      string          `json:"class"`
	Sector     string          `json:"sector"`
	Via        string          `json:"via"`
	Confidence float64         `json:"confidence"`
}

func (s *Server) getDocument(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	d, err := s.store.Document(r.Context(), id)
	switch {
	case errors.Is(err, dossier.ErrNotFound):
		writeError(w, http.StatusNotFound, "not_found", "no document with id "+quoteShort(id))
		return
	case err != nil && strings.Contains(err.Error(), "ambiguous"):
		writeError(w, http.StatusBadRequest, "ambiguous", err.Error())
		return
	case err != nil:
		s.fail(w, r, err)
		return
	}
	n := s.names(r.Context())
	for _, e := range d.Entities {
		n.m[e.ID] = refOf(e)
	}
	paras := make([]spanLang, len(d.Paragraphs))
	for i, p := range d.Paragraphs {
		paras[i] = spanLang{p.Start, p.End, p.Lang}
	}
	sents := make([]sentenceJSON, len(d.Sentences))
	for i, se := range d.Sentences {
		sents[i] = sentenceJSON{Start: se.Start, End: se.End, Lang: se.Lang, Text: d.Text[se.Start:se.End]}
	}
	timexes := make([]timexJSON, len(d.Timexes))
	for i, t := range d.Timexes {
		timexes[i] = timexJSON{t.Start, t.End, t.Text, t.Type, t.Value, t.Mod, t.Granularity}
	}
	mentions := make([]mentionJSON, len(d.Mentions))
	for i, m := range d.Mentions {
		mentions[i] = mentionOf(m, nil, n)
	}
	events := make([]eventJSON, len(d.Events))
	for i, e := range d.Events {
		rec := dossier.EventRecord{Doc: d.Ref(), Lang: d.Lang, Event: e}
		if e.Evidence.Start >= 0 && e.Evidence.End <= len(d.Text) && e.Evidence.Start <= e.Evidence.End {
			rec.EvidenceText = d.Text[e.Evidence.Start:e.Evidence.End]
		}
		events[i] = eventOf(rec, n)
	}
	var group any
	if g, err := s.store.Group(r.Context(), d.ID); err == nil {
		group = g
	} else if !errors.Is(err, dossier.ErrNotFound) {
		s.fail(w, r, err)
		return
	}
	if n.err != nil {
		s.fail(w, r, n.err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"document": documentJSON(d), "text": d.Text, "paragraphs": paras, "sentences": sents,
		"timexes": timexes, "mentions": mentions, "events": events, "group": group, "entities": n.m,
	})
}

func mentionOf(m dossier.Mention, doc *dossier.DocRef, n *names) mentionJSON {
	return mentionJSON{Doc: doc, Start: m.Start, End: m.End, Text: m.Text, Entity: n.add(m.Entity), Class: m.Class,
		Sector: m.Sector, Via: m.Via, Confidence: m.Confidence}
}

// eventJSON is an event as the API shows it: the export contract's fields,
// with entities as ids (named in the response's entities map).
type eventJSON struct {
	ID           string             `json:"id"`
	Doc          dossier.DocRef     `json:"doc"`
	Lang         string             `json:"lang"`
	Type         string             `json:"type"`
	Mode         *string            `json:"mode"`
	Actor        *string            `json:"actor"`
	Target       *string            `json:"target"`
	ActorSector  *string            `json:"actor_sector"`
	TargetSector *string            `json:"target_sector"`
	Location     *string            `json:"location"`
	Source       *string            `json:"source"`
	Date         *dossier.EventDate `json:"date"`
	Modality     string             `json:"modality"`
	Quantities   []dossier.Quantity `json:"quantities"`
	Trigger      dossier.Span       `json:"trigger"`
	Evidence     evidenceJSON       `json:"evidence"`
	Confidence   float64            `json:"confidence"`
	Weight       float64            `json:"weight"` // cooperation (> 0) or conflict (< 0), by PLOVER type
}

type evidenceJSON struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

func eventOf(e dossier.EventRecord, n *names) eventJSON {
	q := e.Quantities
	if q == nil {
		q = []dossier.Quantity{}
	}
	return eventJSON{
		ID: e.ID, Doc: e.Doc, Lang: e.Lang, Type: e.Type, Mode: nullable(e.Mode),
		Actor: n.add(e.Actor), Target: n.add(e.Target), ActorSector: nullable(e.ActorSector), TargetSector: nullable(e.TargetSector),
		Location: n.add(e.Location), Source: n.add(e.Source), Date: e.Date, Modality: e.Modality, Quantities: q,
		Trigger: e.Trigger, Evidence: evidenceJSON{e.EvidenceText, e.Evidence.Start, e.Evidence.End},
		Confidence: e.Confidence, Weight: aggregate.Weight(e.Type),
	}
}

func (s *Server) listMentions(w http.ResponseWriter, r *http.Request) {
	f, err := s.filterParams(r.Context(), r, defaultPage)
	if err != nil {
		s.paramError(w, r, err)
		return
	}
	if f.Entity == "" && f.Doc == "" {
		badRequest(w, "mentions need entity (an entity id or name) or doc (a document id)")
		return
	}
	writePage(s, w, r, f, s.store.Mentions, func(m dossier.MentionRecord, n *names) mentionJSON {
		doc := m.Doc
		return mentionOf(m.Mention, &doc, n)
	})
}

// paramError answers for a bad parameter, or a store failure met while
// resolving one.
func (s *Server) paramError(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, errBadParam) {
		badRequest(w, strings.TrimPrefix(err.Error(), errBadParam.Error()+": "))
		return
	}
	s.fail(w, r, err)
}

// dayBound widens a checked YYYY or YYYY-MM bound to the first day of the
// period, or with end to its last day; days and "" stay as they are.
func dayBound(v string, end bool) string {
	switch len(v) {
	case len("2006"):
		if end {
			return v + "-12-31"
		}
		return v + "-01-01"
	case len("2006-01"):
		if !end {
			return v + "-01"
		}
		t, err := time.Parse("2006-01", v)
		if err != nil {
			return v
		}
		return t.AddDate(0, 1, -1).Format("2006-01-02")
	}
	return v
}
