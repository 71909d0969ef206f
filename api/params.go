package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/internal/resolve"
)

const (
	maxPage     = 500
	defaultPage = 50
	maxQuery    = 500 // bytes of a query parameter
)

// page reads limit and offset, with a default limit and bounds.
func page(r *http.Request, def int) (limit, offset int, err error) {
	limit, offset = def, 0
	q := r.URL.Query()
	if v := q.Get("limit"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit < 1 || limit > maxPage {
			return 0, 0, fmt.Errorf("limit must be a number from 1 to %d", maxPage)
		}
	}
	if v := q.Get("offset"); v != "" {
		if offset, err = strconv.Atoi(v); err != nil || offset < 0 || offset > 1_000_000 {
			return 0, 0, errors.New("offset must be a number from 0 to 1000000")
		}
	}
	return limit, offset, nil
}

// pageOf cuts items[offset:offset+limit] and says whether more follow.
func pageOf[T any](items []T, limit, offset int) ([]T, bool) {
	if offset >= len(items) {
		return []T{}, false
	}
	end := min(offset+limit, len(items))
	return items[offset:end], end < len(items)
}

var (
	langRE = regexp.MustCompile(`^[a-z]{2}$`)
)

// checkLang says why a lang filter can match nothing: stored documents are
// English or German only, so lang=fr is a mistake to report, not an empty page.
func checkLang(l string) error {
	switch {
	case l == "" || l == "en" || l == "de":
		return nil
	case langRE.MatchString(l):
		return fmt.Errorf("lang %q: dossier reads en and de only", l)
	}
	return errors.New("lang must be an ISO 639-1 code: en or de")
}

// filterParams reads the parameters records are filtered by; names of
// entities are resolved to ids.
func (s *Server) filterParams(ctx context.Context, r *http.Request, def int) (dossier.Filter, error) {
	q := r.URL.Query()
	var f dossier.Filter
	var err error
	if f.Limit, f.Offset, err = page(r, def); err != nil {
		return f, badParam("%v", err)
	}
	for k, vs := range q {
		if len(vs) > 1 {
			return f, badParam("%s is given more than once", k)
		}
		if len(vs[0]) > maxQuery {
			return f, badParam("%s is longer than %d bytes", k, maxQuery)
		}
	}
	f.Doc = q.Get("doc")
	f.From, f.To = q.Get("from"), q.Get("to")
	for _, p := range [][2]string{{"from", f.From}, {"to", f.To}} {
		if err := dossier.CheckDate(p[1]); err != nil {
			return f, badParam("%s=%q is %v", p[0], p[1], err)
		}
	}
	if f.From != "" && f.To != "" && f.To < f.From[:min(len(f.From), len(f.To))] {
		return f, badParam("to=%s is before from=%s", f.To, f.From)
	}
	if t := q.Get("type"); t != "" {
		f.Type = strings.ToUpper(t)
		if !slices.Contains(dossier.EventTypes, f.Type) {
			return f, badParam("type %q is not a PLOVER event type (types: %s)", t, strings.Join(dossier.EventTypes, ", "))
		}
	}
	if l := q.Get("lang"); l != "" {
		if err := checkLang(l); err != nil {
			return f, badParam("%v", err)
		}
		f.Lang = l
	}
	for _, p := range []struct {
		name string
		dst  *string
	}{{"entity", &f.Entity}, {"with", &f.With}, {"actor", &f.Actor}, {"target", &f.Target}, {"source", &f.Source}} {
		if v := strings.TrimSpace(q.Get(p.name)); v != "" {
			e, err := s.resolve(ctx, v)
			if errors.Is(err, resolve.ErrUnknown) {
				return f, badParam("%s: %v", p.name, err)
			}
			if err != nil {
				return f, err
			}
			*p.dst = e.ID
		}
	}
	if f.With != "" && f.Entity == "" {
		return f, badParam("with needs entity (the other side)")
	}
	if f.With != "" && f.With == f.Entity {
		// as in the timeline: no story is between an entity and itself
		return f, badParam("entity and with are the same entity (%s)", f.Entity)
	}
	return f, nil
}

// quoteShort quotes a client's value for an error message, cut to a
// readable length: a 5000-byte id need not come back whole.
func quoteShort(v string) string {
	const max = 80
	if len(v) <= max {
		return strconv.Quote(v)
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(v[cut]) {
		cut--
	}
	return strconv.Quote(v[:cut]) + "…"
}

// errBadParam marks an error in the client's parameters.
var errBadParam = errors.New("bad parameter")

func badParam(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errBadParam, fmt.Sprintf(format, args...))
}

// resolve finds the entity a client means by an id or a name in any language
// the knowledge base knows ("Q423", "Nordkorea", "Lawrow"), preferring
// entities the store has records of.
func (s *Server) resolve(ctx context.Context, name string) (dossier.Entity, error) {
	var k resolve.Knowledge
	if s.kb != nil {
		k = s.kb
	}
	e, err := resolve.Entity(ctx, s.store, k, name)
	// a misspelt name gets the stored names it is near, as on the command
	// line; a long one is no name, and not worth a scan of every entity
	if errors.Is(err, resolve.ErrUnknown) && utf8.RuneCountInString(name) <= maxSuggestName {
		if near := resolve.Similar(ctx, s.store, name, 3); len(near) > 0 {
			return e, fmt.Errorf("%w; did you mean %s?", err, strings.Join(near, ", "))
		}
	}
	return e, err
}

// maxSuggestName is the longest name, in characters, that similar stored
// names are looked for.
const maxSuggestName = 60

// EntityRef is an entity as records refer to it.
type EntityRef struct {
	ID       string  `json:"id"`
	Name     string  `json:"name"`
	Kind     string  `json:"kind"`
	Country  *string `json:"country"`
	Wikidata *string `json:"wikidata"`
}

func refOf(e dossier.Entity) EntityRef {
	r := EntityRef{ID: e.ID, Name: e.Name, Kind: string(e.Kind), Country: nullable(e.Country), Wikidata: nullable(e.Wikidata)}
	if r.Kind == "" {
		r.Kind = string(dossier.KindOther)
	}
	if r.Name == "" {
		r.Name = e.ID
	}
	return r
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// names collects the entities a response refers to, looking each up once.
type names struct {
	s   *Server
	ctx context.Context
	m   map[string]EntityRef
	err error
	// countries maps ISO codes to stored country entities (see countryIDs)
	countries map[string]string
}

func (s *Server) names(ctx context.Context) *names {
	return &names{s: s, ctx: ctx, m: map[string]EntityRef{}}
}

// add records the entities of ids and returns the first id (or nil when it
// is empty), for records that write ids as nullable strings.
func (n *names) add(ids ...string) *string {
	for _, id := range ids {
		if id == "" || n.err != nil {
			continue
		}
		if _, ok := n.m[id]; ok {
			continue
		}
		n.m[id] = n.lookup(id)
	}
	if len(ids) == 0 || ids[0] == "" {
		return nil
	}
	return &ids[0]
}

func (n *names) lookup(id string) EntityRef {
	e, err := n.s.store.Entity(n.ctx, id)
	if err == nil {
		return refOf(e)
	}
	if !errors.Is(err, dossier.ErrNotFound) {
		n.err = err
	}
	if n.s.kb != nil {
		if info, ok := n.s.kb.Info(id); ok {
			return refOf(info.Entity)
		}
	}
	return refOf(dossier.Entity{ID: id, Name: id})
}

func (n *names) get(id string) EntityRef {
	n.add(id)
	return n.m[id]
}
