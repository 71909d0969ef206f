package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/kb"
	"github.com/dossier-news/dossier/text"
)

// knowledge loads the knowledge base once per process.
func (a *app) knowledge() (*kb.KB, error) {
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
	name = strings.TrimSpace(name)
	if e, err := s.Entity(ctx, name); err == nil {
		return e, nil
	} else if !errors.Is(err, dossier.ErrNotFound) {
		return e, err
	}
	k, err := a.knowledge()
	if err != nil {
		return dossier.Entity{}, err
	}
	var fallback *dossier.Entity
	for _, lang := range append([]string{""}, a.langs...) {
		for _, c := range k.Lookup(name, lang) {
			if e, err := s.Entity(ctx, c.ID); err == nil {
				return e, nil
			}
			if fallback == nil {
				if e, ok := k.Entity(c.ID); ok {
					fallback = &e
				}
			}
		}
	}
	// names the knowledge base lacks: stored local entities by name or alias
	folded := text.Fold(name)
	for e, err := range s.Entities(ctx, dossier.Filter{}) {
		if err != nil {
			return dossier.Entity{}, err
		}
		if text.Fold(e.Name) == folded {
			return e, nil
		}
		for _, al := range e.Aliases {
			if text.Fold(al) == folded {
				return e, nil
			}
		}
	}
	if fallback != nil {
		return *fallback, nil
	}
	return dossier.Entity{}, fmt.Errorf("no entity is called %q (try the English name, a German name or a Wikidata id)", name)
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
