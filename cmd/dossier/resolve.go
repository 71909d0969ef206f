package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/internal/resolve"
	"github.com/dossier-news/dossier/kb"
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
		if near := resolve.Similar(ctx, s, name, 3); len(near) > 0 {
			return e, fmt.Errorf("%w; did you mean %s?", err, strings.Join(near, ", "))
		}
	}
	return e, err
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
