package entity

import (
	"context"
	"testing"
	"unicode/utf8"
)

// FuzzAnalyze feeds arbitrary text through segmentation, tagging and the
// stage, checking that mentions lie in the text, are sorted, do not overlap
// and carry the text they cover.
func FuzzAnalyze(f *testing.F) {
	for _, c := range linkCases {
		f.Add(c.text, c.lang == "de", c.published)
	}
	f.Add("Nord- und -Süd- Korea''s  's Kims' Schwester", true, "")
	f.Add("US-Präsident-US- - -Präsident Kim Kim Kim 's sister 's", false, "2025-13-45")
	f.Add("\u00a0Pjöngjang\u200b, \"Moskau\" —Seoul… 28.02.2024 31. Juli 2025", true, "x")
	f.Fuzz(func(t *testing.T, text string, german bool, published string) {
		if !utf8.ValidString(text) || len(text) > 4000 {
			return // the normaliser hands the stage valid UTF-8
		}
		fx := testFixture(t)
		lang := "en"
		if german {
			lang = "de"
		}
		doc := fx.makeDoc(text, lang, published, true)
		if err := fx.linker.Analyze(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, doc)
		for _, e := range LocalEntities(doc) {
			if _, _, ok := ParseLocalID(e.ID); !ok {
				t.Fatalf("bad local id %q", e.ID)
			}
		}
	})
}
