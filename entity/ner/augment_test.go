package ner

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier/eval"
	"github.com/dossier-news/dossier/kb"
)

func sent(text, labels string) eval.NERSentence {
	return eval.NERSentence{Tokens: strings.Fields(text), Labels: strings.Fields(labels)}
}

func TestAugment(t *testing.T) {
	train := []eval.NERSentence{
		sent("Gestern sprach Anna Beispiel in Kleinstadt .", "O O B-PER I-PER O B-LOC O"),
		sent("Das Wetter war schön .", "O O O O O"),
		sent("Die kleinstädtischen Bäcker streiken .", "O B-LOCderiv O O O"),
	}
	pools := NamePools{}
	pools.Add("PER", []string{"Otto", "Probe"})
	pools.Add("PER", []string{"Probe"})
	pools.Add("LOC", []string{"Großdorf"})
	pools.Add("LOCderiv", []string{"großdörflichen"})
	pools.Add("LOCderiv", []string{"großdörfliche"})
	tests := []struct {
		name    string
		aug     Augment
		want    []string // the copies' tokens and labels, "token/label"
		wantLen int
	}{
		{
			name: "every class, one copy",
			aug:  Augment{Copies: 1, Pools: []NamePools{pools}},
			want: []string{
				"Gestern/O sprach/O Otto/B-PER Probe/I-PER in/O Großdorf/B-LOC ./O",
				"Die/O großdörflichen/B-LOCderiv Bäcker/O streiken/O ./O",
			},
		},
		{
			name: "persons only, two copies",
			aug:  Augment{Copies: 2, Classes: []string{"PER"}, Pools: []NamePools{pools}},
			want: []string{
				"Gestern/O sprach/O Otto/B-PER Probe/I-PER in/O Kleinstadt/B-LOC ./O",
				"Gestern/O sprach/O Otto/B-PER Probe/I-PER in/O Kleinstadt/B-LOC ./O",
			},
		},
		{
			name: "no pool for the class",
			aug:  Augment{Copies: 1, Classes: []string{"ORG"}, Pools: []NamePools{pools}},
		},
		{
			name:    "half the sentences",
			aug:     Augment{Copies: 0.5, Mentions: true},
			wantLen: -1, // checked below: between 0 and 2 copies
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := augment(train, tt.aug, 3)
			for _, s := range got {
				if len(s.Tokens) != len(s.Labels) {
					t.Fatalf("copy %q has %d labels", s.Tokens, len(s.Labels))
				}
			}
			if tt.wantLen == -1 {
				if len(got) > 2 {
					t.Errorf("got %d copies, want at most 2", len(got))
				}
				return
			}
			var lines []string
			for _, s := range got {
				var w []string
				for i, tok := range s.Tokens {
					w = append(w, tok+"/"+s.Labels[i])
				}
				lines = append(lines, strings.Join(w, " "))
			}
			if !slices.Equal(lines, tt.want) {
				t.Errorf("copies:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestShapedPoolPick(t *testing.T) {
	p := NamePools{}
	p.Add("PER", []string{"Eins"})
	p.Add("PER", []string{"Zwei", "Drei"})
	p.Add("LOCderiv", []string{"fernen"})
	sp := newShapedPool(p)
	tests := []struct {
		class string
		orig  string
		want  string // "" for no name
	}{
		{"PER", "Anna Beispiel", "Zwei Drei"},
		{"PER", "Beispiel", "Eins"},
		{"PER", "Anna von Beispiel", "Eins"}, // no three-token name: another length of the same case
		{"LOCderiv", "nahen", "fernen"},
		{"LOCderiv", "nahe", ""}, // another ending would not agree with the context
		{"ORG", "Verein", ""},
	}
	for _, tt := range tests {
		got := sp.pick(newTestRand(), tt.class, strings.Fields(tt.orig))
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("pick(%s %q) = %q, want %q", tt.class, tt.orig, g, tt.want)
		}
	}
}

func newTestRand() *rand.Rand { return rand.New(rand.NewPCG(1, 2)) }

func TestGenitive(t *testing.T) {
	tests := []struct {
		text       string
		start, end int
		want       bool
	}{
		{"Dann lobte Beispiels Rede alle", 2, 3, true},
		{"Beispiels Rede lobten alle", 0, 1, true},
		{"die Rede des Beispiels Bund", 3, 4, false}, // article before it
		{"Dann sagte Thomas heute", 2, 3, false},     // no capitalised word after it
		{"Dann lobte Kuss Rede", 2, 3, false},        // ss is not a genitive
		{"Dann kam Beispiels", 2, 3, false},          // nothing after it
	}
	for _, tt := range tests {
		if got := saxonGenitive(strings.Fields(tt.text), tt.start, tt.end); got != tt.want {
			t.Errorf("saxonGenitive(%q, %d, %d) = %v, want %v", tt.text, tt.start, tt.end, got, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"Otto Probe", "Otto Probes"},
		{"Grenz", "Grenz"},
		{"Hans", "Hans"},
	} {
		if got := strings.Join(withGenitive(strings.Fields(tt.in)), " "); got != tt.want {
			t.Errorf("withGenitive(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestKBNamePools(t *testing.T) {
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	p := KBNamePools(k, "de")
	for _, c := range []string{"PER", "ORG", "LOC", "LOCderiv"} {
		if len(p[c]) < 10 {
			t.Errorf("class %s: %d names, want some", c, len(p[c]))
		}
	}
	// adjectives of places are mostly lower case ("deutschen"); the
	// capitalised ones in -er ("Berliner") are derivations as well
	lower := 0
	for _, toks := range p["LOCderiv"] {
		if r, _ := utf8.DecodeRuneInString(toks[0]); unicode.IsLower(r) {
			lower++
		}
	}
	if lower < len(p["LOCderiv"])/2 {
		t.Errorf("LOCderiv pool: %d of %d names lower case, want most", lower, len(p["LOCderiv"]))
	}
}

func TestReadNameListPool(t *testing.T) {
	path := filepath.Join(t.TempDir(), "names.tsv")
	if err := os.WriteFile(path, []byte("Anna\tfirst\tx\nOtto\tfirst\tx\nProbe\tlast\tx\nzu\tlast\tx\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := ReadNameListPool(path, 200, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(p["PER"]) != 200 {
		t.Fatalf("got %d names, want 200", len(p["PER"]))
	}
	lens := map[int]int{}
	for _, toks := range p["PER"] {
		lens[len(toks)]++
		if toks[len(toks)-1] != "Probe" {
			t.Fatalf("name %q does not end in the only surname", toks)
		}
	}
	if lens[1] == 0 || lens[2] == 0 || lens[3] == 0 || lens[2] < lens[1] {
		t.Errorf("name lengths %v: want all three shapes, two tokens most often", lens)
	}
	if _, err := ReadNameListPool(filepath.Join(t.TempDir(), "none.tsv"), 10, 1); err == nil {
		t.Error("missing file: no error")
	}
}
