package main

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-news/dossier/api"
	"github.com/dossier-news/dossier/lang"
	"github.com/dossier-news/dossier/pipeline"
	"github.com/dossier-news/dossier/sqlite"
)

// TestServeIngestDeclaredLanguage checks that an article posted to the API
// in a language dossier does not read is refused as the client's error
// (422, naming the language), not stored as English and not a server error.
func TestServeIngestDeclaredLanguage(t *testing.T) {
	ctx := context.Background()
	det, err := lang.New([]string{"en", "de"})
	if err != nil {
		t.Fatal(err)
	}
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	in := &pipelineIngester{p: pipeline.New([]string{"en", "de"}, det), store: store, maxBytes: 1 << 20}
	tests := []struct {
		lang, text string
		refused    bool
	}{
		{"", "The two delegations met in Geneva on Monday and agreed to meet again.", false},
		{"de", "Die beiden Delegationen trafen sich am Montag in Genf.", false},
		{"fr", "Les deux délégations se sont rencontrées lundi à Genève.", true},
		{"xx", "The delegations met again on Tuesday, a spokesman said.", true},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			res, err := in.Ingest(ctx, api.Article{Source: "test", Lang: tt.lang, Format: "text", Body: []byte(tt.text)})
			if !tt.refused {
				if err != nil || !res.Added {
					t.Fatalf("added %v, err %v; want added", res.Added, err)
				}
				return
			}
			if !errors.Is(err, api.ErrUnreadable) || !strings.Contains(err.Error(), `"`+tt.lang+`"`) {
				t.Fatalf("err %v; want ErrUnreadable naming %q", err, tt.lang)
			}
		})
	}
	n, err := store.CountDocuments(ctx)
	if err != nil || n != 2 {
		t.Errorf("%d documents stored (%v), want 2", n, err)
	}
}
