package main

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

// TestCSVWriterSpreadsObjects checks that a record's objects go into
// FIELD_KEY columns (a null one leaves them empty), that lists stay JSON
// in one cell, that aliases are left out, and that a field or key with no
// column is an error rather than a silent loss.
func TestCSVWriterSpreadsObjects(t *testing.T) {
	type ref struct {
		ID      string   `json:"id"`
		Name    string   `json:"name"`
		Aliases []string `json:"aliases"`
	}
	type span struct {
		Text  string `json:"text"`
		Start int    `json:"start"`
	}
	cols := []string{"id", "actor_id", "actor_name", "evidence_text", "evidence_start", "tags", "score"}
	tests := []struct {
		name    string
		fields  []field
		want    string // the data row
		wantErr string
	}{
		{"objects spread", []field{{"id", "e1"}, {"actor", ref{"Q1", "Ruritania", []string{"Rur"}}}, {"evidence", span{"It said so.", 42}}, {"tags", []string{"a", "b"}}, {"score", 0.5}},
			`e1,Q1,Ruritania,It said so.,42,"[""a"",""b""]",0.5`, ""},
		{"null object", []field{{"id", "e2"}, {"actor", (*ref)(nil)}, {"evidence", span{"x", 0}}, {"tags", []string{}}, {"score", 1.0}},
			`e2,,,x,0,[],1`, ""},
		{"field without column", []field{{"id", "e3"}, {"target", ref{"Q2", "Borduria", nil}}}, "", `no column for "target"`},
		{"key without column", []field{{"id", "e4"}, {"evidence", map[string]any{"text": "x", "end": 3}}}, "", `no column for "evidence_end"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			w := &csvWriter{w: csv.NewWriter(&b), cols: cols}
			err := w.Write(tt.fields)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			w.w.Flush()
			lines := strings.Split(strings.TrimSpace(b.String()), "\n")
			if len(lines) != 2 || lines[0] != strings.Join(cols, ",") || lines[1] != tt.want {
				t.Errorf("got\n%s\nwant the header and\n%s", b.String(), tt.want)
			}
		})
	}
}
