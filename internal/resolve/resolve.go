// Package resolve finds the entity a user means by what they type: a
// Wikidata id, a name or alias in any language the knowledge base knows
// ("Nordkorea", "Lawrow"), or the name of a local entity that only the
// store knows. The command line and the API resolve names the same way.
package resolve

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"strings"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/kb"
	"github.com/dossier-news/dossier/text"
)

// ErrUnknown is a name that nothing resolves to.
var ErrUnknown = errors.New("unknown entity")

// Knowledge is what resolving asks of the knowledge base (*kb.KB has it).
type Knowledge interface {
	Lookup(name, lang string) []kb.Candidate
	Info(id string) (*kb.Info, bool)
}

// Store is what resolving asks of the store.
type Store interface {
	Entity(ctx context.Context, id string) (dossier.Entity, error)
	Entities(ctx context.Context, f dossier.Filter) iter.Seq2[dossier.Entity, error]
}

// Entity returns the entity name stands for, preferring entities the store
// has records of: an id the store holds; a knowledge-base candidate for the
// name (in any language, then in each of langs) that the store holds; a
// stored entity with that name or alias; else the knowledge base's own
// entity, so that a name with no records yet still resolves. k may be nil.
func Entity(ctx context.Context, s Store, k Knowledge, name string, langs ...string) (dossier.Entity, error) {
	name = strings.TrimSpace(name)
	if e, err := s.Entity(ctx, name); err == nil {
		return e, nil
	} else if !errors.Is(err, dossier.ErrNotFound) {
		return e, err
	}
	var fallback *dossier.Entity
	if k != nil {
		if info, ok := k.Info(name); ok {
			fallback = &info.Entity
		}
		for _, lang := range append([]string{""}, langs...) {
			for _, c := range k.Lookup(name, lang) {
				if e, err := s.Entity(ctx, c.ID); err == nil {
					return e, nil
				} else if !errors.Is(err, dossier.ErrNotFound) {
					return e, err
				}
				if fallback == nil {
					if info, ok := k.Info(c.ID); ok {
						fallback = &info.Entity
					}
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
	return dossier.Entity{}, fmt.Errorf("%w: nothing is called %q (try a Wikidata id, the English or the German name)", ErrUnknown, name)
}
