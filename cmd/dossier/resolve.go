package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/internal/resolve"
	"github.com/dossier-news/dossier/kb"
	"github.com/dossier-news/dossier/text"
)

// knowledge loads the knowledge base once per process.
func (a *app) knowledge() (*kb.KB, error) {
	if a.kb == nil && a.models != nil {
		k, err := a.models.knowledge()
		if err != nil {
			return nil, fmt.Errorf("knowledge base: %w", err)
		}
		a.kb = k
	}
	if a.kb == nil {
		k, err := kb.Load()
		if err != nil {
			return nil, fmt.Errorf("knowledge base: %w", err)
		}
		a.kb = k
	}
	return a.kb, nil
}

// resolveEntity finds the entity a user means by an id or a name in any
// language the knowledge base knows ("Nordkorea", "Lawrow", "Q423"),
// preferring entities the store has records of.
func (a *app) resolveEntity(ctx context.Context, s dossier.Store, name string) (dossier.Entity, error) {
	k, err := a.knowledge()
	if err != nil {
		return dossier.Entity{}, err
	}
	e, err := resolve.Entity(ctx, s, k, name, a.langs...)
	if errors.Is(err, resolve.ErrUnknown) {
		if near := similarEntities(ctx, s, name, 3); len(near) > 0 {
			return e, fmt.Errorf("%w; did you mean %s?", err, strings.Join(near, ", "))
		}
	}
	return e, err
}

// similarEntities lists stored entities one of whose names is a likely
// misspelling of name ("Lavorv", "Nordkroea"), closest first, as
// "Sergey Lavrov (Q58217)".
func similarEntities(ctx context.Context, s dossier.Store, name string, n int) []string {
	folded := text.Fold(name)
	if utf8.RuneCountInString(folded) < 3 {
		return nil
	}
	type hit struct {
		label string
		d     int
	}
	var hits []hit
	for e, err := range s.Entities(ctx, dossier.Filter{}) {
		if err != nil {
			return nil
		}
		best := -1
		for _, nm := range append([]string{e.Name}, e.Aliases...) {
			f := text.Fold(nm)
			d := editDistance(folded, f)
			// a misspelt surname also counts: "Lavorv" for "Sergey Lavrov"
			if i := strings.LastIndexByte(f, ' '); i >= 0 {
				d = min(d, editDistance(folded, f[i+1:]))
			}
			if d <= max(1, utf8.RuneCountInString(folded)/4) && (best < 0 || d < best) {
				best = d
			}
		}
		if best >= 0 {
			hits = append(hits, hit{fmt.Sprintf("%s (%s)", e.Name, e.ID), best})
		}
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return cmp.Or(cmp.Compare(a.d, b.d), cmp.Compare(a.label, b.label)) })
	var out []string
	for _, h := range hits[:min(n, len(hits))] {
		out = append(out, h.label)
	}
	return out
}

// entityNames caches entity names for display.
type entityNames struct {
	store dossier.Store
	ctx   context.Context
	cache map[string]dossier.Entity
}

func newEntityNames(ctx context.Context, s dossier.Store) *entityNames {
	return &entityNames{store: s, ctx: ctx, cache: map[string]dossier.Entity{}}
}

func (n *entityNames) get(id string) dossier.Entity {
	if id == "" {
		return dossier.Entity{}
	}
	if e, ok := n.cache[id]; ok {
		return e
	}
	e, err := n.store.Entity(n.ctx, id)
	if err != nil {
		e = dossier.Entity{ID: id, Name: id}
	}
	n.cache[id] = e
	return e
}

func (n *entityNames) name(id string) string {
	if id == "" {
		return "—"
	}
	return n.get(id).Name
}
