package resolve

import (
	"context"
	"errors"
	"iter"
	"testing"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/kb"
)

// entities is a store that holds entities only.
type entities map[string]dossier.Entity

func (m entities) Entity(_ context.Context, id string) (dossier.Entity, error) {
	if e, ok := m[id]; ok {
		return e, nil
	}
	return dossier.Entity{}, dossier.ErrNotFound
}

func (m entities) Entities(context.Context, dossier.Filter) iter.Seq2[dossier.Entity, error] {
	return func(yield func(dossier.Entity, error) bool) {
		for _, e := range m {
			if !yield(e, nil) {
				return
			}
		}
	}
}

func TestEntity(t *testing.T) {
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	store := entities{
		"Q423":      {ID: "Q423", Name: "North Korea (stored)"},
		"L:hongmin": {ID: "L:hongmin", Name: "Hong Min", Aliases: []string{"Hong"}},
	}
	tests := []struct {
		name, want string // want: the id, or the name of a stored entity
		kb         Knowledge
	}{
		{"Q423", "North Korea (stored)", k},         // a stored id
		{"  Nordkorea ", "North Korea (stored)", k}, // a German name of a stored entity
		{"Lawrow", "Q58217", k},                     // known to the knowledge base only
		{"hong min", "Hong Min", k},                 // a local entity by its name, folded
		{"Hong", "Hong Min", nil},                   // by an alias, without a knowledge base
		{"Q58217", "Q58217", k},                     // a knowledge-base id with no records
	}
	for _, tt := range tests {
		e, err := Entity(context.Background(), store, tt.kb, tt.name, "de")
		if err != nil {
			t.Errorf("Entity(%q): %v", tt.name, err)
			continue
		}
		if e.ID != tt.want && e.Name != tt.want { // want is an id or, for stored entities, a name
			t.Errorf("Entity(%q) = %s %q, want %s", tt.name, e.ID, e.Name, tt.want)
		}
	}
	if _, err := Entity(context.Background(), store, k, "Zzyzxqw Unknownname"); !errors.Is(err, ErrUnknown) {
		t.Errorf("an unknown name gave %v, want ErrUnknown", err)
	}
}
