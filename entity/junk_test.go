package entity

import (
	"strings"
	"testing"

	"github.com/dossier-news/dossier"
)

// toksOf builds tokens from "word/POS" pairs separated by spaces.
func toksOf(s string) []dossier.Token {
	var out []dossier.Token
	off := 0
	for _, f := range strings.Fields(s) {
		w, pos, _ := strings.Cut(f, "/")
		out = append(out, dossier.Token{Span: dossier.Span{Start: off, End: off + len(w)}, Text: w, POS: pos})
		off += len(w) + 1
	}
	return out
}

func TestScreenChunk(t *testing.T) {
	tests := []struct {
		name       string
		lang       string
		toks       string
		chunk      Chunk // as the recogniser gives it
		keep       bool
		start, end int
		class      string
	}{
		{"currency kept for the unit mark", "de", "Das/DET kostet/VERB 40/NUM Euro/NOUN ./PUNCT", Chunk{Start: 3, End: 4, Class: "MISC"}, true, 3, 4, "MISC"},
		{"acronym of a common noun", "de", "Das/DET BIP/NOUN wuchs/VERB", Chunk{Start: 1, End: 2, Class: "ORG"}, false, 0, 0, ""},
		{"real acronym kept", "de", "Die/DET OECD/PROPN warnt/VERB", Chunk{Start: 1, End: 2, Class: "ORG"}, true, 1, 2, "ORG"},
		{"article and one common noun", "de", "Die/DET Flotte/NOUN lief/VERB aus/ADP", Chunk{Start: 0, End: 2, Class: "MISC"}, false, 0, 0, ""},
		{"article trimmed off a name", "de", "Der/DET Wiener/ADJ Kongress/PROPN tagte/VERB", Chunk{Start: 0, End: 3, Class: "ORG"}, true, 1, 3, "ORG"},
		{"title keeps its article", "de", "Der/DET stumme/ADJ Gast/NOUN lief/VERB", Chunk{Start: 0, End: 3, Class: "MISC"}, true, 0, 3, "MISC"},
		{"lower-case name with a hyphen kept", "de", "laut/ADP n-tv/PROPN", Chunk{Start: 1, End: 2, Class: "ORG"}, true, 1, 2, "ORG"},
		{"lower-case word dropped", "de", "(/PUNCT red/X ,/PUNCT", Chunk{Start: 1, End: 2, Class: "ORG"}, false, 0, 0, ""},
		{"product after an article", "de", "Das/DET Playbox/PROPN 5/NUM kam/VERB", Chunk{Start: 0, End: 3, Class: "MISC"}, true, 1, 3, "MISC"},
		{"interview header", "de", "DIE/DET FRAU/NOUN :/PUNCT", Chunk{Start: 0, End: 3, Class: "MISC"}, true, 1, 3, "MISC"},
		{"road number is no model", "de", "auf/ADP der/DET A/PROPN 9/NUM", Chunk{Start: 2, End: 4, Class: "LOC"}, true, 2, 4, "LOC"},
		{"town in -ungen kept", "de", "in/ADP Kaufungen/PROPN", Chunk{Start: 1, End: 2, Class: "LOC"}, true, 1, 2, "LOC"},
		{"article and describing noun trimmed", "de", "Die/DET Sängerin/NOUN Adelgund/PROPN sang/VERB", Chunk{Start: 0, End: 3, Class: "PER"}, true, 2, 3, "PER"},
		{"article kept in English", "en", "The/DET Hague/PROPN ruled/VERB", Chunk{Start: 0, End: 2, Class: "LOC"}, true, 0, 2, "LOC"},
		{"abstract noun", "de", "aus/ADP Bequemlichkeit/NOUN handeln/VERB", Chunk{Start: 1, End: 2, Class: "LOC"}, false, 0, 0, ""},
		{"plural noun in -nissen", "de", "nach/ADP Erlebnissen/NOUN", Chunk{Start: 1, End: 2, Class: "LOC"}, false, 0, 0, ""},
		{"surname in -ung kept", "de", "sagte/VERB Hartung/PROPN", Chunk{Start: 1, End: 2, Class: "PER"}, true, 1, 2, "PER"},
		{"firm after a firm noun", "de", "der/DET Autobauer/NOUN Zentrakonzern/NOUN Velora/PROPN", Chunk{Start: 3, End: 4, Class: "PER"}, true, 3, 4, "ORG"},
		{"inflected firm noun", "de", "des/DET Softwareherstellers/NOUN Quillix/PROPN", Chunk{Start: 2, End: 3, Class: "PER"}, true, 2, 3, "ORG"},
		{"person after a person noun", "de", "Ministerin/NOUN Adelgund/PROPN", Chunk{Start: 1, End: 2, Class: "PER"}, true, 1, 2, "PER"},
		{"truncated compound of an acronym", "de", "die/DET WLAN-/NOUN oder/CCONJ Funkanbindung/NOUN", Chunk{Start: 1, End: 2, Class: "ORG"}, false, 0, 0, ""},
		{"no capital letter", "en", "is/AUX the/DET opposite/NOUN of/ADP what/PRON", Chunk{Start: 1, End: 5, Class: "MISC"}, false, 0, 0, ""},
		{"job title after a name", "de", "sagt/VERB Edda/PROPN Hallgruber/PROPN ,/PUNCT Senior/PROPN Analyst/PROPN am/ADP", Chunk{Start: 4, End: 6, Class: "PER"}, false, 0, 0, ""},
		{"title with a name kept", "en", "Professor/PROPN Hallgruber/PROPN", Chunk{Start: 0, End: 2, Class: "PER"}, true, 0, 2, "PER"},
		{"club word makes an organisation", "de", "gegen/ADP den/DET SV/PROPN Grünau/PROPN", Chunk{Start: 2, End: 4, Class: "PER"}, true, 2, 4, "ORG"},
		{"portal before a one-word name", "de", "schreibt/VERB die/DET Seite/NOUN Spielwelt/PROPN", Chunk{Start: 3, End: 4, Class: "PER"}, true, 3, 4, "ORG"},
		{"agency before a one-word name", "de", "die/DET Ratingagentur/NOUN Quillix/PROPN", Chunk{Start: 2, End: 3, Class: "PER"}, true, 2, 3, "ORG"},
		{"chain before a one-word name", "de", "der/DET Baumarktkette/NOUN Velora/PROPN", Chunk{Start: 2, End: 3, Class: "PER"}, true, 2, 3, "ORG"},
		{"producer is a person's trade", "de", "Musikproduzent/NOUN Hallgruber/PROPN", Chunk{Start: 1, End: 2, Class: "PER"}, true, 1, 2, "PER"},
		{"genitive name before its noun", "de", "wohin/ADV Hallgrubers/PROPN Sparpolitik/NOUN führt/VERB", Chunk{Start: 1, End: 3, Class: "PER"}, true, 1, 2, "PER"},
		{"given name and surname kept", "de", "sagte/VERB Hannes/PROPN Hallgruber/PROPN", Chunk{Start: 1, End: 3, Class: "PER"}, true, 1, 3, "PER"},
		{"model number makes a product", "de", "die/DET neue/ADJ Spielkonsole/NOUN Playbox/PROPN 5/NUM", Chunk{Start: 3, End: 5, Class: "ORG"}, true, 3, 5, "MISC"},
		{"letter and digit model", "en", "the/DET Quill/PROPN Pad/PROPN X7/PROPN", Chunk{Start: 1, End: 4, Class: "ORG"}, true, 1, 4, "MISC"},
		{"kind of firm before a name", "de", "der/DET Steuerberatungsgesellschaft/NOUN Quillix/PROPN (/PUNCT", Chunk{Start: 1, End: 3, Class: "ORG"}, true, 2, 3, "ORG"},
		{"bare firm word is part of the name", "de", "laut/ADP Bank/NOUN Velora/PROPN", Chunk{Start: 1, End: 3, Class: "ORG"}, true, 1, 3, "ORG"},
		{"party's candidate before a name", "de", "ÖVP-Kandidat/NOUN Hallgruber/PROPN kommt/VERB", Chunk{Start: 0, End: 2, Class: "PER"}, true, 1, 2, "PER"},
		{"hyphenated name is no role", "de", "Rabussay-Schwald/PROPN Hallgruber/PROPN", Chunk{Start: 0, End: 2, Class: "PER"}, true, 0, 2, "PER"},
		{"club year is no model", "de", "gegen/ADP Grünau/PROPN 04/NUM", Chunk{Start: 1, End: 3, Class: "ORG"}, true, 1, 3, "ORG"},
		{"firm noun rule is German only", "en", "the/DET Konzern/NOUN Velora/PROPN", Chunk{Start: 2, End: 3, Class: "PER"}, true, 2, 3, "PER"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := screenChunk(toksOf(tt.toks), tt.lang, tt.chunk)
			if ok != tt.keep {
				t.Fatalf("kept = %v, want %v", ok, tt.keep)
			}
			if ok && (c.Start != tt.start || c.End != tt.end || c.Class != tt.class) {
				t.Errorf("got [%d,%d) %s, want [%d,%d) %s", c.Start, c.End, c.Class, tt.start, tt.end, tt.class)
			}
		})
	}
}

// nerDoc builds a one-sentence document of the words of s and marks the
// chunks ("start:end:CLASS") as recogniser items.
func nerDoc(s string, chunks ...[3]any) *docState {
	toks := toksOf(s)
	d := &docState{doc: &dossier.Document{Text: strings.Join(strings.Fields(s), " ")}, docBufs: newDocBufs()}
	// toksOf counts offsets over "word/POS" fields: rebuild them over words
	off := 0
	var text strings.Builder
	for i := range toks {
		if i > 0 {
			text.WriteByte(' ')
			off++
		}
		toks[i].Start, toks[i].End = off, off+len(toks[i].Text)
		text.WriteString(toks[i].Text)
		off += len(toks[i].Text)
	}
	d.doc.Text = text.String()
	st := sentState{toks: toks, lang: "de"}
	for _, c := range chunks {
		a, b := c[0].(int), c[1].(int)
		st.items = append(st.items, item{kind: kNER, tok: [2]int{a, b}, nerClass: c[2].(string),
			span: dossier.Span{Start: toks[a].Start, End: toks[b-1].End}})
	}
	d.sents = []sentState{st}
	return d
}

func TestVoteClasses(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		chunks [][3]any
		want   []string
	}{
		{"majority organisation", "Velora sagte ./PUNCT Velora baut ./PUNCT Velora wächst",
			[][3]any{{0, 1, "PER"}, {3, 4, "ORG"}, {6, 7, "ORG"}}, []string{"ORG", "ORG", "ORG"}},
		{"majority person", "Hallgruber sagte ./PUNCT Hallgruber ging ./PUNCT Hallgruber kam",
			[][3]any{{0, 1, "PER"}, {3, 4, "PER"}, {6, 7, "ORG"}}, []string{"PER", "PER", "PER"}},
		{"tie is an organisation", "Quillix meldet ./PUNCT Quillix sagt",
			[][3]any{{0, 1, "ORG"}, {3, 4, "PER"}}, []string{"ORG", "ORG"}},
		{"full name votes for the surname", "Edda Hallgruber sagte ./PUNCT Hallgruber ging",
			[][3]any{{0, 2, "PER"}, {4, 5, "ORG"}}, []string{"PER", "PER"}},
		{"genitive folds with the name", "Velora baut ./PUNCT Veloras Chef ./PUNCT Velora sagt",
			[][3]any{{0, 1, "ORG"}, {3, 4, "PER"}, {6, 7, "ORG"}}, []string{"ORG", "ORG", "ORG"}},
		{"places are not voted", "Grünau siegte in Grünau",
			[][3]any{{0, 1, "ORG"}, {3, 4, "LOC"}}, []string{"ORG", "LOC"}},
		{"different names kept apart", "Velora sagte ./PUNCT Quillix baut",
			[][3]any{{0, 1, "PER"}, {3, 4, "ORG"}}, []string{"PER", "ORG"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := nerDoc(tt.text, tt.chunks...)
			d.voteClasses()
			var got []string
			for _, it := range d.sents[0].items {
				got = append(got, it.nerClass)
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("classes %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSportsCountry(t *testing.T) {
	f := testFixture(t)
	tests := []struct {
		name string
		toks string
		at   int
		want string // ISO alpha-3, "" for none
		text string // the document's text, where it matters
	}{
		{"code after a name", "2./NUM Edda/PROPN Hallgruber/PROPN (/PUNCT GER/PROPN )/PUNCT 1:15,4/NUM", 4, "DEU", ""},
		{"code equal to ISO", "Velora/PROPN (/PUNCT NOR/PROPN )/PUNCT +12,5/NUM", 2, "NOR", ""},
		{"second code in the list", "Quillix/PROPN (/PUNCT SUI/PROPN )/PUNCT Team/PROPN", 2, "CHE", "1. Velora (NOR) Team A 2. Quillix (SUI) Team B"},
		{"one code in the document", "Quillix/PROPN (/PUNCT SUI/PROPN )/PUNCT Team/PROPN", 2, "", "Quillix (SUI) Team B"},
		{"acronym after a common word", "laut/ADP Studie/NOUN der/DET Stelle/NOUN (/PUNCT FIN/PROPN )/PUNCT", 5, "", ""},
		{"code not in brackets", "Hallgruber/PROPN GER/PROPN siegte/VERB", 1, "", ""},
		{"unlisted code", "Bundeskriminalamt/NOUN (/PUNCT BKA/PROPN )/PUNCT", 2, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := toksOf(tt.toks)
			d := f.linker.newDoc(&dossier.Document{Text: tt.text})
			it := &item{kind: kNER, tok: [2]int{tt.at, tt.at + 1}, nerClass: "ORG"}
			c, ok := d.sportsCountry(toks, it)
			if got := c.Country; !ok && tt.want != "" || ok && got != tt.want {
				t.Errorf("got %q (%v), want %q", got, ok, tt.want)
			}
		})
	}
}

func TestCurrencyNoEntity(t *testing.T) {
	f := testFixture(t)
	d := nerDoc("Das kostet 40 Euro")
	d.l = f.linker
	st := &d.sents[0]
	it := &item{kind: kNER, tok: [2]int{3, 4}, nerClass: "MISC", span: dossier.Span{Start: st.toks[3].Start, End: st.toks[3].End},
		unit: isCurrency(st.toks, Chunk{Start: 3, End: 4})}
	m, ok := d.linkNER(st, it, dossier.Mention{Span: it.span, Text: "Euro"})
	if !ok || m.Entity != "" || m.Class != "MISC" {
		t.Errorf("got %+v (%v), want a MISC mention with no entity", m, ok)
	}
	it.unit = false
	if m, _ := d.linkNER(st, it, dossier.Mention{Span: it.span, Text: "Euro"}); m.Entity == "" {
		t.Errorf("without the unit mark the name should get a local entity")
	}
}

func TestCapitalisedInside(t *testing.T) {
	for _, tc := range []struct {
		text, w string
		want    bool
	}{
		{"Deepen ties with Japan. The talks deepen.", "Deepen", false},
		{"Oderkamp papers were found. Historians said Oderkamp wrote them.", "Oderkamp", true},
		{"Oderkamp papers were found. Oderkampf went on.", "Oderkamp", false}, // a longer word
		{"Wide gaps remain. In Wide, Smith said.", "Wide", true},
		{"Boost spending.\nBoost exports, too.", "Boost", false},
		{"A report, Boost said.", "Boost", true},
	} {
		d := &docState{doc: &dossier.Document{Text: tc.text}, docBufs: newDocBufs()}
		if got := d.capitalisedInside(tc.w); got != tc.want {
			t.Errorf("capitalisedInside(%q, %q) = %v, want %v", tc.text, tc.w, got, tc.want)
		}
	}
}

func TestOtherLanguage(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       bool
	}{
		{"de", "Este es el nuevo modelo y datos del teléfono", true},
		{"de", "Questo è il telefono della settimana per gli utenti", true},
		{"de", "Der Este wohnt in Tallinn und arbeitet dort", false},
		{"de", "Los Angeles hat gewählt", false},
		{"en", "Ce n'est pas une question pour le président", true},
		{"en", "The Chilean said que sera sera", false},
		{"de", "Die Band spielte el Condor pasa", false},
	} {
		if got := otherLanguage(toksOf(c.text), c.lang); got != c.want {
			t.Errorf("otherLanguage(%q, %s) = %v, want %v", c.text, c.lang, got, c.want)
		}
	}
}

func TestChancellorWord(t *testing.T) {
	for w, want := range map[string]bool{
		"kanzler": true, "kanzlerin": true, "bundeskanzlers": true, "chancellor": true,
		"vizekanzler": false, "kanzleramt": false, "kanzlerkandidat": false, "chancellery": false,
	} {
		if got := chancellorWord(w); got != want {
			t.Errorf("chancellorWord(%q) = %v, want %v", w, got, want)
		}
	}
}
