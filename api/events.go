package api

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"iter"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/aggregate"
	"github.com/dossier-news/dossier/internal/resolve"
)

func (s *Server) listEvents(w http.ResponseWriter, r *http.Request) {
	f, err := s.filterParams(r.Context(), r, defaultPage)
	if err != nil {
		s.paramError(w, r, err)
		return
	}
	if f.With != "" {
		badRequest(w, "with applies to stories, not events")
		return
	}
	writePage(s, w, r, f, s.store.Events, eventOf)
}

// storyJSON is a story (one happening, merged across reports) as the API
// shows it.
type storyJSON struct {
	ID       string             `json:"id"`
	Type     string             `json:"type"`
	Mode     *string            `json:"mode"`
	Actor    *string            `json:"actor"`
	Target   *string            `json:"target"`
	Location *string            `json:"location"`
	Date     *dossier.EventDate `json:"date"`
	Weight   float64            `json:"weight"` // > 0 cooperation, < 0 conflict (PLOVER quad class)
	Tone     string             `json:"tone"`   // cooperation, conflict or neutral
	// Side says, in a timeline, who acted: "a" (the first actor, or its
	// people and bodies), "b", or "" elsewhere.
	Side    string       `json:"side,omitempty"`
	Reports []reportJSON `json:"reports"`
}

type reportJSON struct {
	Event      string             `json:"event"`
	Doc        dossier.DocRef     `json:"doc"`
	Lang       string             `json:"lang"`
	Source     *string            `json:"source"`
	Modality   string             `json:"modality"`
	Date       *dossier.EventDate `json:"date"`
	Evidence   evidenceJSON       `json:"evidence"`
	Quantities []dossier.Quantity `json:"quantities"`
}

func tone(w float64) string {
	switch {
	case w > 0:
		return "cooperation"
	case w < 0:
		return "conflict"
	}
	return "neutral"
}

func storyOf(st dossier.Story, n *names) storyJSON {
	w := aggregate.Weight(st.Type)
	j := storyJSON{ID: st.ID, Type: st.Type, Mode: nullable(st.Mode), Actor: n.add(st.Actor), Target: n.add(st.Target),
		Location: n.add(st.Location), Date: st.Date, Weight: w, Tone: tone(w), Reports: make([]reportJSON, len(st.Reports))}
	for i, rp := range st.Reports {
		q := rp.Quantities
		if q == nil {
			q = []dossier.Quantity{}
		}
		j.Reports[i] = reportJSON{Event: rp.Event, Doc: rp.Doc, Lang: rp.Lang, Source: n.add(rp.Source), Modality: rp.Modality,
			Date: rp.Date, Evidence: evidenceJSON{rp.Evidence, rp.Start, rp.End}, Quantities: q}
	}
	return j
}

// writePage answers a list request: at most f.Limit records of the list
// (one more is read to tell whether more follow), each converted for the
// API, and the entities that the records of the page name.
func writePage[R, J any](s *Server, w http.ResponseWriter, r *http.Request, f dossier.Filter,
	list func(context.Context, dossier.Filter) iter.Seq2[R, error], convert func(R, *names) J) {
	limit := f.Limit
	f.Limit++
	var records []R
	for rec, err := range list(r.Context(), f) {
		if err != nil {
			s.fail(w, r, err)
			return
		}
		records = append(records, rec)
	}
	more := len(records) > limit
	if more {
		records = records[:limit]
	}
	n := s.names(r.Context())
	items := make([]J, len(records))
	for i, rec := range records {
		items[i] = convert(rec, n)
	}
	if n.err != nil {
		s.fail(w, r, n.err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"items": items, "limit": limit, "offset": f.Offset, "more": more, "entities": n.m})
}

// collect reads a whole sequence.
func collect[T any](seq iter.Seq2[T, error]) ([]T, error) {
	var out []T
	for v, err := range seq {
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func (s *Server) listStories(w http.ResponseWriter, r *http.Request) {
	f, err := s.filterParams(r.Context(), r, defaultPage)
	if err != nil {
		s.paramError(w, r, err)
		return
	}
	if f.Lang != "" || f.Source != "" || f.Doc != "" {
		badRequest(w, "stories are filtered by entity, with, actor, target, type, from and to")
		return
	}
	writePage(s, w, r, f, s.store.Stories, storyOf)
}

// storyGetter is a store that finds one story by id. A store without it is
// scanned.
type storyGetter interface {
	Story(ctx context.Context, id string) (dossier.Story, error)
}

func (s *Server) findStory(ctx context.Context, id string) (dossier.Story, error) {
	if g, ok := s.store.(storyGetter); ok {
		return g.Story(ctx, id)
	}
	for st, err := range s.store.Stories(ctx, dossier.Filter{}) {
		if err != nil {
			return st, err
		}
		if st.ID == id {
			return st, nil
		}
	}
	return dossier.Story{}, dossier.ErrNotFound
}

func (s *Server) getStory(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	st, err := s.findStory(r.Context(), id)
	if errors.Is(err, dossier.ErrNotFound) {
		writeError(w, http.StatusNotFound, "not_found", "no story with id "+quoteShort(id))
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	n := s.names(r.Context())
	j := storyOf(st, n)
	// the documents' titles, for the side-by-side view
	docs := map[string]DocumentJSON{}
	for _, rp := range st.Reports {
		if _, ok := docs[rp.Doc.ID]; ok {
			continue
		}
		d, err := s.store.Document(r.Context(), rp.Doc.ID)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		docs[d.ID] = documentJSON(d)
	}
	if n.err != nil {
		s.fail(w, r, n.err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"story": j, "documents": docs, "entities": n.m})
}

// countryOf returns the id of the country entity an entity belongs to, or "".
func (s *Server) countryOf(n *names, id string) string {
	ref := n.get(id)
	if ref.Country == nil {
		return ""
	}
	if ref.Kind == string(dossier.KindCountry) {
		return id
	}
	if s.kb != nil {
		if c, ok := s.kb.Country(*ref.Country); ok {
			return c.ID
		}
	}
	return s.countryIDs(n)[*ref.Country]
}

// countryIDs maps ISO codes to the ids of stored country entities, for
// servers without a knowledge base.
func (s *Server) countryIDs(n *names) map[string]string {
	if n.countries != nil {
		return n.countries
	}
	n.countries = map[string]string{}
	for e, err := range s.store.Entities(n.ctx, dossier.Filter{}) {
		if err != nil {
			n.err = err
			break
		}
		if e.Kind == dossier.KindCountry && e.Country != "" {
			n.countries[e.Country] = e.ID
		}
	}
	return n.countries
}

// relations sums stories per actor pair. level "entity" counts an entity
// for itself and for its country (Lavrov's visit counts for Russia too);
// "actor" counts each as it is; "country" counts people and bodies only as
// their country.
func (s *Server) relations(ctx context.Context, stories []dossier.Story, level string) ([]dossier.Relation, error) {
	n := s.names(ctx)
	var roll aggregate.Roll
	switch level {
	case "actor":
		roll = nil
	case "country":
		roll = func(id string) []string {
			if c := s.countryOf(n, id); c != "" {
				return []string{c}
			}
			return []string{id}
		}
	default:
		roll = func(id string) []string {
			if c := s.countryOf(n, id); c != "" && c != id {
				return []string{id, c}
			}
			return []string{id}
		}
	}
	rels := aggregate.Relations(stories, roll)
	return rels, n.err
}

var levels = []string{"entity", "actor", "country"}

func levelParam(r *http.Request, def string) (string, error) {
	l := r.URL.Query().Get("level")
	if l == "" {
		return def, nil
	}
	if !slices.Contains(levels, l) {
		return "", badParam("level must be one of %s", strings.Join(levels, ", "))
	}
	return l, nil
}

type relationJSON struct {
	A           string                  `json:"a"`
	B           string                  `json:"b"`
	From        *string                 `json:"from"`
	To          *string                 `json:"to"`
	Events      int                     `json:"events"`
	Reports     int                     `json:"reports"`
	Cooperation float64                 `json:"cooperation"`
	Conflict    float64                 `json:"conflict"`
	Months      []dossier.RelationMonth `json:"months,omitempty"`
}

func relationOf(r dossier.Relation, months bool) relationJSON {
	j := relationJSON{r.A, r.B, nullable(r.From), nullable(r.To), r.Events, r.Reports, r.Cooperation, r.Conflict, nil}
	if months {
		j.Months = r.Months
	}
	return j
}

// cachedRelations computes the relations of the stories f selects, or
// takes them from the cache.
func (s *Server) cachedRelations(ctx context.Context, f dossier.Filter, level string) ([]dossier.Relation, error) {
	key := strings.Join([]string{f.Entity, f.With, f.Type, f.From, f.To, level}, "|")
	if rels, ok := s.cache.get(key, s.gen.Load()); ok {
		return rels, nil
	}
	f.Limit, f.Offset = maxScan*5, 0
	stories, err := collect(s.store.Stories(ctx, f))
	if err != nil {
		return nil, err
	}
	rels, err := s.relations(ctx, stories, level)
	if err != nil {
		return nil, err
	}
	s.cache.put(key, s.gen.Load(), rels)
	return rels, nil
}

func (s *Server) listRelations(w http.ResponseWriter, r *http.Request) {
	f, err := s.filterParams(r.Context(), r, defaultPage)
	if err == nil {
		if f.Lang != "" || f.Source != "" || f.Doc != "" || f.Actor != "" || f.Target != "" {
			err = badParam("relations are filtered by entity, with, type, from, to and level")
		}
	}
	level := ""
	if err == nil {
		level, err = levelParam(r, "entity")
	}
	if err != nil {
		s.paramError(w, r, err)
		return
	}
	var months bool
	switch v := r.URL.Query().Get("months"); v {
	case "", "false", "0":
	case "true", "1":
		months = true
	default:
		badRequest(w, fmt.Sprintf("months=%q: give true or false", v))
		return
	}
	rels, err := s.cachedRelations(r.Context(), f, level)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	n := s.names(r.Context())
	var items []relationJSON
	for _, rel := range rels {
		if f.Entity != "" && rel.A != f.Entity && rel.B != f.Entity {
			continue
		}
		if f.With != "" && rel.A != f.With && rel.B != f.With {
			continue
		}
		items = append(items, relationOf(rel, months))
	}
	pg, more := pageOf(items, f.Limit, f.Offset)
	for _, rel := range pg {
		n.add(rel.A, rel.B)
	}
	if n.err != nil {
		s.fail(w, r, n.err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"items": pg, "limit": f.Limit, "offset": f.Offset, "more": more, "entities": n.m})
}

func (s *Server) timeline(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	q := r.URL.Query()
	if strings.TrimSpace(q.Get("a")) == "" {
		badRequest(w, "a (an entity id or name) is required")
		return
	}
	for _, k := range []string{"entity", "with", "actor", "target", "source", "doc", "lang"} {
		if q.Has(k) {
			badRequest(w, "the timeline takes a, b, type, from, to, limit and offset")
			return
		}
	}
	f, err := s.filterParams(ctx, r, maxPage)
	if err != nil {
		s.paramError(w, r, err)
		return
	}
	var a, b dossier.Entity
	for _, side := range []struct {
		param string
		dst   *dossier.Entity
	}{{"a", &a}, {"b", &b}} {
		v := strings.TrimSpace(q.Get(side.param))
		if v == "" {
			continue
		}
		if len(v) > maxQuery {
			badRequest(w, side.param+" is too long")
			return
		}
		e, err := s.resolve(ctx, v)
		if errors.Is(err, resolve.ErrUnknown) {
			badRequest(w, side.param+": "+err.Error())
			return
		}
		if err != nil {
			s.fail(w, r, err)
			return
		}
		*side.dst = e
	}
	if a.ID == b.ID {
		badRequest(w, "a and b are the same entity")
		return
	}
	limit, offset := f.Limit, f.Offset
	f.Entity, f.With, f.Limit, f.Offset = a.ID, b.ID, maxScan, 0
	stories, err := collect(s.store.Stories(ctx, f))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	n := s.names(ctx)
	n.m[a.ID] = refOf(a)
	if b.ID != "" {
		n.m[b.ID] = refOf(b)
	}
	// which side an entity is on: a country's side holds its people and bodies
	inSide := func(side dossier.Entity, id string) bool {
		if id == side.ID {
			return true
		}
		return side.Kind == dossier.KindCountry && side.Country != "" && n.get(id).Country != nil && *n.get(id).Country == side.Country
	}
	const other = "~other"
	bID := cmp.Or(b.ID, other)
	roll := func(id string) []string {
		switch {
		case inSide(a, id):
			return []string{a.ID}
		case b.ID != "" && inSide(b, id):
			return []string{b.ID}
		}
		return []string{other}
	}
	summary := relationJSON{A: a.ID, B: b.ID, Months: []dossier.RelationMonth{}}
	for _, rel := range aggregate.Relations(stories, roll) {
		if aggregate.PairOf(rel.A, rel.B) == aggregate.PairOf(a.ID, bID) {
			summary = relationOf(rel, true)
			summary.A, summary.B = a.ID, b.ID
			if summary.Months == nil {
				summary.Months = []dossier.RelationMonth{}
			}
		}
	}
	// the summary counts the stories with a partner on the other side; the
	// reports of all the stories are counted here, beside their total
	reports := 0
	for _, st := range stories {
		reports += len(st.Reports)
	}
	pg, more := pageOf(stories, limit, offset)
	items := make([]storyJSON, len(pg))
	for i, st := range pg {
		items[i] = storyOf(st, n)
		switch {
		case st.Actor != "" && inSide(a, st.Actor):
			items[i].Side = "a"
		case st.Actor != "" && b.ID != "" && inSide(b, st.Actor):
			items[i].Side = "b"
		}
	}
	if n.err != nil {
		s.fail(w, r, n.err)
		return
	}
	var bRef *EntityRef
	if b.ID != "" {
		br := refOf(b)
		bRef = &br
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"a": refOf(a), "b": bRef, "summary": summary, "total": len(stories), "reports": reports,
		"items": items, "limit": limit, "offset": offset, "more": more, "entities": n.m,
	})
}

type nodeJSON struct {
	EntityRef
	Events  int `json:"events"` // stories on the node's edges
	Degree  int `json:"degree"`
	Reports int `json:"reports"`
}

func (s *Server) graph(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	for _, k := range []string{"with", "actor", "target", "source", "doc", "lang"} {
		if q.Has(k) {
			badRequest(w, "the graph takes entity, type, from, to, level, min and limit")
			return
		}
	}
	f, err := s.filterParams(r.Context(), r, 150)
	level := ""
	if err == nil {
		level, err = levelParam(r, "actor")
	}
	if err != nil {
		s.paramError(w, r, err)
		return
	}
	minEvents := 1
	if v := q.Get("min"); v != "" {
		if minEvents, err = strconv.Atoi(v); err != nil || minEvents < 1 || minEvents > 1_000_000 {
			badRequest(w, "min must be a number of 1 or more")
			return
		}
	}
	rels, err := s.cachedRelations(r.Context(), dossier.Filter{Entity: f.Entity, Type: f.Type, From: f.From, To: f.To}, level)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	edges := []relationJSON{}
	for _, rel := range rels {
		if rel.Events >= minEvents {
			edges = append(edges, relationOf(rel, false))
		}
	}
	truncated := len(edges) > f.Limit
	if truncated {
		edges = edges[:f.Limit] // relations come most stories first
	}
	n := s.names(r.Context())
	nodes := map[string]*nodeJSON{}
	var order []string
	for _, e := range edges {
		for _, id := range []string{e.A, e.B} {
			nd := nodes[id]
			if nd == nil {
				nd = &nodeJSON{EntityRef: n.get(id)}
				nodes[id] = nd
				order = append(order, id)
			}
			nd.Events += e.Events
			nd.Reports += e.Reports
			nd.Degree++
		}
	}
	if n.err != nil {
		s.fail(w, r, n.err)
		return
	}
	list := make([]nodeJSON, len(order))
	for i, id := range order {
		list[i] = *nodes[id]
	}
	writeJSON(w, http.StatusOK, map[string]any{"nodes": list, "edges": edges, "level": level, "truncated": truncated})
}
