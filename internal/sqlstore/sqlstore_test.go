package sqlstore

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
)

func TestWhere(t *testing.T) {
	tests := []struct {
		name     string
		build    func(w *Where)
		plain    string
		numbered string
		wantArgs []any
	}{
		{name: "none", build: func(*Where) {}, plain: "", numbered: ""},
		{
			name: "events",
			build: func(w *Where) {
				Events(w, dossier.Filter{Doc: "d1", Actor: "Q1", Type: "consult", To: "2024"})
			},
			plain:    " WHERE e.doc_id = ? AND e.actor = ? AND e.type = ? AND e.date_value < ?",
			numbered: " WHERE e.doc_id = $1 AND e.actor = $2 AND e.type = $3 AND e.date_value < $4",
			wantArgs: []any{"d1", "Q1", "CONSULT", "2024\uffff"},
		},
		{
			name: "documents",
			build: func(w *Where) {
				Documents(w, dossier.DocumentFilter{Lang: "de", Source: "kcna"}, "strpos(source, ?) > 0")
			},
			plain:    " WHERE lang = ? AND strpos(source, ?) > 0",
			numbered: " WHERE lang = $1 AND strpos(source, $2) > 0",
			wantArgs: []any{"de", "kcna"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var w Where
			tt.build(&w)
			if got := w.String(); got != tt.plain {
				t.Errorf("String() = %q, want %q", got, tt.plain)
			}
			if got := w.Numbered(); got != tt.numbered {
				t.Errorf("Numbered() = %q, want %q", got, tt.numbered)
			}
			if !reflect.DeepEqual(w.Args(), tt.wantArgs) {
				t.Errorf("Args() = %q, want %q", w.Args(), tt.wantArgs)
			}
		})
	}
}

// TestStoriesPair checks that a pair of entities matches stories either way
// round, with a country standing for its own actors, and that the
// arguments follow the placeholders.
func TestStoriesPair(t *testing.T) {
	kindOf := func(_ context.Context, id string) (string, string, error) {
		if id == "Q423" {
			return string(dossier.KindCountry), "KP", nil
		}
		return "person", "RU", nil
	}
	var w Where
	if err := Stories(context.Background(), &w, dossier.Filter{Entity: "Q423", With: "Q58217"}, kindOf); err != nil {
		t.Fatal(err)
	}
	want := " WHERE (((s.actor = ? OR s.actor_country = ?) AND s.target = ?) OR (s.actor = ? AND (s.target = ? OR s.target_country = ?)))"
	if got := w.String(); got != want {
		t.Errorf("String() = %q\nwant %q", got, want)
	}
	wantArgs := []any{"Q423", "KP", "Q58217", "Q58217", "Q423", "KP"}
	if !reflect.DeepEqual(w.Args(), wantArgs) {
		t.Errorf("Args() = %q, want %q", w.Args(), wantArgs)
	}

	failing := func(context.Context, string) (string, string, error) { return "", "", errors.New("closed") }
	if err := Stories(context.Background(), &Where{}, dossier.Filter{Entity: "Q1"}, failing); err == nil {
		t.Error("a failing entity lookup gave no error")
	}
}

func TestParagraphsRoundTrip(t *testing.T) {
	for _, ps := range [][]dossier.Paragraph{
		{},
		{{Span: dossier.Span{Start: 0, End: 12}, Lang: "de"}, {Span: dossier.Span{Start: 13, End: 40}, Lang: "en"}},
	} {
		b, err := EncodeParagraphs(ps)
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecodeParagraphs(b)
		if err != nil {
			t.Fatalf("decode %s: %v", b, err)
		}
		if !reflect.DeepEqual(got, ps) {
			t.Errorf("round trip of %s = %+v, want %+v", b, got, ps)
		}
	}
	if _, err := DecodeParagraphs([]byte(`[[0,"x","de"]]`)); err == nil {
		t.Error("a paragraph with a string offset decoded without error")
	}
}

func TestIDRange(t *testing.T) {
	for _, c := range []struct{ id, lo, hi string }{
		{"abcd", "abcd", "abce"},
		{"00f9", "00f9", "00f:"},
		{"abc", "abc", "abc\x01"}, // too short to stand for the ids it begins
		{"ab\x7f\x7f", "ab\x7f\x7f", "ac"},
		{"\x7f\x7f\x7f\x7f", "\x7f\x7f\x7f\x7f", "\x7f\x7f\x7f\x7f\x01"},
		{"abcé", "abcé", "abcé\x01"}, // no id has a non-ASCII letter
	} {
		lo, hi := IDRange(c.id)
		if lo != c.lo || hi != c.hi {
			t.Errorf("IDRange(%q) = %q, %q; want %q, %q", c.id, lo, hi, c.lo, c.hi)
		}
		if !utf8.ValidString(hi) || strings.IndexByte(hi, 0) >= 0 {
			t.Errorf("IDRange(%q): hi %q is not valid PostgreSQL text", c.id, hi)
		}
	}
}
