package entity

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/text"
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
	// the chunk screen, the class vote and sports codes (junk.go)
	f.Add("1. Edda Hallgruber (GER) 1:15,4 – 2. Velora (NOR) +3. Die Armee kostet 40 Euro. (red, 1.2.2016) Energiekonzern Velora sagte, Velora", true, "")
	f.Add("DIE FRAU: Das Playbox 5 und der SV Grünau 04 ( JPN ) ( GER", true, "")
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

// slugFields is Slug written the plain way, words split by
// strings.FieldsFunc and joined after folding: FuzzSlug holds Slug and
// LocalID, which split in place into one builder, to it.
func slugFields(name string) string {
	var words []string
	for _, w := range strings.FieldsFunc(name, slugSep) {
		for _, suf := range []string{"'s", "’s", "'", "’"} {
			if x, ok := strings.CutSuffix(w, suf); ok {
				w = x
				break
			}
		}
		var kept []rune
		for _, r := range text.Fold(w) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				kept = append(kept, r)
			}
		}
		if len(kept) > 0 {
			words = append(words, string(kept))
		}
	}
	return strings.Join(words, "-")
}

func FuzzSlug(f *testing.F) {
	for _, s := range []string{"Sven Hauberg", "Kim Jong Un's", "O'Brien-SMITH 3rd", "U.S. A.B./x9 ", " -Nord–Süd/Korea’ ", "Straße 7", "''", "\xff a\u00a0b", "Ǆemal İzmir"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		want := slugFields(name)
		if got := Slug(name); got != want {
			t.Fatalf("Slug(%q) = %q, want %q", name, got, want)
		}
		id := LocalID("PER", name)
		if want == "" && id != "" || want != "" && id != localPrefix+"per:"+want {
			t.Fatalf("LocalID(PER, %q) = %q, slug %q", name, id, want)
		}
	})
}

// FuzzTitleAt holds titleAt, which looks ASCII tokens up without making a
// lower-cased string, to titleAtWord of strings.ToLower of the token.
func FuzzTitleAt(f *testing.F) {
	for _, s := range []string{"Außenminister Lawrow", "President Putin", "Foreign Minister Wang Yi", "Präsidentin", "Kanzlers Merz", "prime minister", "Minister-", "KANZLER", ""} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, german bool) {
		lang := "en"
		if german {
			lang = "de"
		}
		var toks []dossier.Token
		for _, w := range strings.Fields(s) {
			toks = append(toks, dossier.Token{Text: w})
		}
		if len(toks) == 0 {
			toks = append(toks, dossier.Token{Text: s})
		}
		for i := -1; i <= len(toks); i++ {
			t1, n1, ok1 := titleAt(toks, i, lang)
			t2, n2, ok2 := titleAtWord(toks, i, lang, lower(toks, i))
			if n1 != n2 || ok1 != ok2 || !reflect.DeepEqual(t1, t2) {
				t.Fatalf("token %d of %q (%s): titleAt %v %d %v, by the lowered string %v %d %v", i, s, lang, t1, n1, ok1, t2, n2, ok2)
			}
		}
	})
}
