package ner

import (
	"fmt"
	"hash/maphash"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier/eval"
	"github.com/dossier-news/dossier/internal/corpus"
	"github.com/dossier-news/dossier/internal/fhash"
)

// fixtureSentences are written for these tests; they cover sentence edges,
// repeated forms, hyphens, digits and capitalised sentence starts.
var fixtureSentences = map[string][]string{
	"de": {
		"Angela Merkel besuchte am Montag die Stadt Paris .",
		"Die SPD-Fraktion im Bundestag lehnt den Antrag der Grünen ab .",
		"Paris , Paris und noch einmal Paris : die Stadt der Städte .",
		"Der Darmstädter Verein SV 98 gewann 3:1 gegen Bayern München .",
		"EU-weit",
		"",
		"Die Die Die Die",
	},
	"en": {
		"Barack Obama met Angela Merkel in Berlin on Monday .",
		"The U.S.-led coalition said 1,200 troops would leave Iraq .",
		"New York , New York and again New York .",
		"Reuters",
		"",
		"the the the the the",
	},
}

// equalitySentences returns the sentences the fast path is compared on: the
// fixtures, and when ../shared is there a labelled dev set and a slice of
// raw news.
func equalitySentences(t *testing.T, lang string) [][]string {
	t.Helper()
	v, _ := testSentences.LoadOrStore(lang, new(onceSentences))
	o := v.(*onceSentences)
	o.once.Do(func() { o.sents = readEqualitySentences(t, lang) })
	if o.sents == nil {
		t.Fatalf("%s: the comparison sentences could not be read (see the first test that asked)", lang)
	}
	return o.sents
}

var testSentences sync.Map // lang → *onceSentences

type onceSentences struct {
	once  sync.Once
	sents [][]string
}

func readEqualitySentences(t *testing.T, lang string) [][]string {
	t.Helper()
	var out [][]string
	for _, s := range fixtureSentences[lang] {
		out = append(out, strings.Fields(s))
	}
	dir := filepath.Join("..", "..", "..", "shared", "data")
	if d := os.Getenv("DOSSIER_SHARED"); d != "" {
		dir = filepath.Join(d, "data")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Logf("shared data not found at %s: fixtures only", dir)
		return out
	}
	gold := map[string]string{"de": "germeval2014/NER-de-dev.tsv", "en": "conll2003-en/eng.testa"}[lang]
	sents, _, err := eval.ReadNERFile(filepath.Join(dir, gold))
	if err != nil {
		t.Fatalf("read %s: %v", gold, err)
	}
	for _, s := range sents {
		out = append(out, s.Tokens)
	}
	shared := filepath.Dir(dir)
	var recs []corpus.Record
	if lang == "de" {
		recs, err = corpus.LoadGNAD(shared)
	} else {
		recs, err = corpus.LoadReuters(shared)
	}
	if err != nil {
		t.Fatalf("raw news: %v", err)
	}
	for _, r := range recs[:min(len(recs), 200)] {
		out = append(out, TokenizeText(r.Text)...)
	}
	return out
}

// TestFastFeatureGroups checks, token by token, that the fast path's groups
// (own, neighbours', context) hold exactly the flat path's features.
func TestFastFeatureGroups(t *testing.T) {
	for _, lang := range []string{"de", "en"} {
		t.Run(lang, func(t *testing.T) {
			m := testModel(t, lang)
			sents := equalitySentences(t, lang)
			if testing.Short() || raceEnabled {
				sents = sents[:min(len(sents), 300)]
			}
			s := &scratch{}
			var got []uint64
			ntok, nsimple := 0, 0
			for _, toks := range sents {
				if len(toks) == 0 {
					continue
				}
				s.reset(len(toks), m.nlab)
				m.extract(s, toks, nil, false)
				for i := range toks {
					got = m.appendOwn(got[:0], &s.info[i])
					if i > 0 {
						got = appendAsPrev(got, &s.info[i-1])
					} else {
						got = append(got, feat(tLowM1, edgeHash))
					}
					if i > 1 {
						got = append(got, feat(tLowM2, s.info[i-2].low))
					} else {
						got = append(got, feat(tLowM2, edgeHash+1))
					}
					if i+1 < len(toks) {
						got = appendAsNext(got, &s.info[i+1])
					} else {
						got = append(got, feat(tLowP1, edgeHash+2))
					}
					if i+2 < len(toks) {
						got = append(got, feat(tLowP2, s.info[i+2].low))
					} else {
						got = append(got, feat(tLowP2, edgeHash+3))
					}
					ti := &s.info[i]
					simple := ti.gazB|ti.gazI|ti.gazE|ti.gazS == 0 && ti.ext.b|ti.ext.i|ti.ext.e|ti.ext.s == 0
					if simple {
						nsimple++
						shM1, shP1 := uint64(edgeHash), uint64(edgeHash+2)
						if i > 0 {
							got = m.appendAsPrevConj(got, s.info[i-1].low)
							shM1 = s.info[i-1].short
						} else if m.feats&FeatPrevWord != 0 {
							got = append(got, feat2(tConj, 3<<32|7, 0))
						}
						if i+1 < len(toks) {
							shP1 = s.info[i+1].short
						}
						got = m.appendShapeMemo(got, shM1, ti.short, shP1, i == 0)
					}
					got = m.appendContextRest(got, s.info, i, simple)
					ntok++
					want := slices.Clone(s.feats[s.off[i]:s.off[i+1]])
					slices.Sort(got)
					slices.Sort(want)
					if !slices.Equal(got, want) {
						t.Fatalf("token %d of %q: %d grouped features, %d flat", i, toks, len(got), len(want))
					}
				}
			}
			// both kinds of token must have been checked
			if nsimple == 0 || nsimple == ntok {
				t.Errorf("%d of %d tokens simple: one kind untested", nsimple, ntok)
			}
			t.Logf("%d tokens, %d without a gazetteer class of their own", ntok, nsimple)
		})
	}
}

// TestFastMatchesFlat checks that the cached path predicts the flat path's
// labels on every sentence, with the default cache and with a tiny one that
// forces evictions and overflow entries, twice over so that the second pass
// runs on warm entries.
func TestFastMatchesFlat(t *testing.T) {
	for _, lang := range []string{"de", "en"} {
		t.Run(lang, func(t *testing.T) {
			m := testModel(t, lang)
			sents := equalitySentences(t, lang)
			if testing.Short() || raceEnabled {
				sents = sents[:min(len(sents), 300)]
			}
			flat := &scratch{}
			// slots, and the text arena's limit (0: the default); a small
			// limit compacts the arena every few sentences
			for _, cfg := range [][2]int{{cacheSlots, 0}, {4, 0}, {256, 2048}} {
				slots := cfg[0]
				fast := &scratch{cache: m.newFormCache(slots)}
				if cfg[1] > 0 {
					fast.cache.textMax = cfg[1]
				}
				ntok, maxDiff := 0, 0.0
				for pass := 0; pass < 2; pass++ {
					for _, toks := range sents {
						m.decode(flat, toks, nil, false)
						m.decodeFast(fast, toks, nil, false)
						if !slices.Equal(flat.path, fast.path) {
							t.Fatalf("slots %d pass %d: labels differ on %q:\nflat %v\nfast %v",
								slots, pass, toks, flat.path, fast.path)
						}
						for i, v := range flat.score {
							d := math.Abs(float64(v - fast.score[i]))
							maxDiff = max(maxDiff, d/max(1, math.Abs(float64(v))))
						}
						ntok += len(toks)
					}
				}
				// the second pass meets every form again: with the default
				// cache most look-ups must hit
				if c := fast.cache; slots == cacheSlots && c.hits < c.fills {
					t.Errorf("form cache: %d hits, %d fills over two passes", c.hits, c.fills)
				}
				// summing in another order moves a score by float32 rounding only
				if maxDiff > 1e-4 {
					t.Errorf("slots %d: scores differ by up to %g (relative)", slots, maxDiff)
				}
				t.Logf("slots %d: %d sentences, %d tokens, equal labels, largest score difference %.2g, %d hits, %d fills",
					slots, 2*len(sents), ntok, maxDiff, fast.cache.hits, fast.cache.fills)
			}
		})
	}
}

// FuzzFastMatchesFlat feeds arbitrary text, split into sentences of tokens,
// through both paths with a tiny cache (evictions and overflow on every
// sentence) and requires the same labels.
func FuzzFastMatchesFlat(f *testing.F) {
	for _, ss := range fixtureSentences {
		for _, s := range ss {
			f.Add(s)
		}
	}
	f.Add("„Die Blechtrommel“ – EU-weit 3:1 U.S.-Armee z.B. ÄÖÜ ß 😀 \x00 \xff")
	m := testModel(f, "de")
	flat := &scratch{}
	fast := &scratch{cache: m.newFormCache(4)}
	f.Fuzz(func(t *testing.T, text string) {
		for _, toks := range TokenizeText(text) {
			m.decode(flat, toks, nil, false)
			m.decodeFast(fast, toks, nil, false)
			if !slices.Equal(flat.path, fast.path) {
				t.Fatalf("labels differ on %q: flat %v, fast %v", toks, flat.path, fast.path)
			}
		}
	})
}

// TestCodeGroupsExact checks that the groups a cache entry keeps as weight
// codes give, bit for bit, the floats that summing their features into a
// zero vector gives, as the entry's float groups once held them.
func TestCodeGroupsExact(t *testing.T) {
	for _, lang := range []string{"de", "en"} {
		t.Run(lang, func(t *testing.T) {
			m := testModel(t, lang)
			sents := equalitySentences(t, lang)
			sents = sents[:min(len(sents), 300)]
			s := &scratch{cache: m.newFormCache(cacheSlots)}
			for _, toks := range sents {
				m.decodeFast(s, toks, nil, false)
			}
			c := s.cache
			L := m.nlab
			check := func(what string, fs []uint64, codes []byte) {
				t.Helper()
				want := make([]float32, L)
				m.tab.addAll(fs, want)
				for l := 1; l < L; l++ {
					if got := m.tab.code[codes[l-1]]; math.Float32bits(got) != math.Float32bits(want[l]) {
						t.Fatalf("%s: label %d: codes give %v, the sum %v", what, l, got, want[l])
					}
				}
			}
			n, nonzero := 0, 0
			for k := range c.ents {
				if k >= c.slots || !c.meta[k].used {
					continue
				}
				e := &c.ents[k]
				n++
				for _, g := range []int{gM2, gP2, gM1x} {
					var fs []uint64
					switch g {
					case gM2:
						fs = append(fs, feat(tLowM2, e.low))
					case gP2:
						fs = append(fs, feat(tLowP2, e.low))
					case gM1x:
						fs = m.appendAsPrevConj(fs, e.low)
					}
					codes := c.codeGroup(int32(k), g)
					if slices.ContainsFunc(codes, func(b byte) bool { return b != 0 }) {
						nonzero++
					}
					check(fmt.Sprintf("entry %d group %d", k, g), fs, codes)
				}
			}
			check("edge M2", []uint64{feat(tLowM2, edgeHash+1)}, c.edgeCodes(gM2))
			check("edge P2", []uint64{feat(tLowP2, edgeHash+3)}, c.edgeCodes(gP2))
			check("edge M1x", m.appendAsPrevConj(nil, 7), c.edgeCodes(gM1x))
			if nonzero == 0 {
				t.Fatalf("%d entries, no code group with a weight: nothing tested", n)
			}
			t.Logf("%d entries, %d code groups with weights", n, nonzero)
		})
	}
}

// TestFormCacheCompact checks that compacting the text arena keeps the live
// entries: each still finds its own form and holds the vectors a fresh
// entry of that form gets, and a form used in every sentence survives the
// compactions (emptying the cache instead would make it miss again).
func TestFormCacheCompact(t *testing.T) {
	m := testModel(t, "de")
	c := m.newFormCache(64)
	c.textMax = 2048
	compactions := 0
	for i := range 600 {
		before := len(c.text)
		c.begin()
		if len(c.text) == 0 && i > 0 {
			t.Fatalf("sentence %d: the cache was emptied", i)
		}
		if len(c.text) < before {
			compactions++
		}
		toks := []string{"Regierung", fmt.Sprintf("Wort%d", i), fmt.Sprintf("Zahl-%d", 7*i)}
		for j, tok := range toks {
			m.lookup(c, tok, j == 0)
		}
		for k := range c.ents[:c.slots] {
			e := &c.ents[k]
			if !c.meta[k].used {
				continue
			}
			form := string(c.text[e.off : e.off+e.n])
			h := maphash.String(c.seed, form)
			if e.start {
				h = fhash.Mix(h)
			}
			if h != c.tags[k] || c.set(h) != k&^(c.ways-1) {
				t.Fatalf("sentence %d: entry %d holds %q, which is not its form", i, k, form)
			}
		}
	}
	if compactions == 0 {
		t.Fatal("the arena was never compacted")
	}
	// the frequent form, as the first token, missed once only
	hits := c.hits
	k := m.lookup(c, "Regierung", true)
	if c.hits != hits+1 {
		t.Errorf("'Regierung' missed after %d compactions", compactions)
	}
	fresh := m.newFormCache(64)
	kf := m.lookup(fresh, "Regierung", true)
	for g := range numVec {
		if !slices.Equal(c.group(k, g), fresh.group(kf, g)) {
			t.Errorf("group %d differs from a fresh entry's", g)
		}
	}
	for g := numVec; g < numGroups; g++ {
		if !slices.Equal(c.codeGroup(k, g), fresh.codeGroup(kf, g)) {
			t.Errorf("code group %d differs from a fresh entry's", g)
		}
	}
}

// TestAnalyseTokenFold holds analyseToken's one-pass fold hash and its ASCII
// tables to hashFold, unicode.ToLower and shapeOf.
func TestAnalyseTokenFold(t *testing.T) {
	for r := range rune(utf8.RuneSelf) {
		if rune(asciiLower[r]) != unicode.ToLower(r) || rune(asciiShape[r]) != shapeOf(r) || foldRune(r) != foldLowered(unicode.ToLower(r)) {
			t.Fatalf("rune %q: tables disagree", r)
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := foldRune(r), foldLowered(unicode.ToLower(r)); got != want {
			t.Fatalf("foldRune(%q) = %q, want %q", r, got, want)
		}
	}
	m := &Model{lex: &Lexicon{}}
	for _, w := range []string{"", "a", "Müller", "MÜLLER", "Łódź-Straße", "İstanbul", "Ǆemal", "x\xffy", "Ab-Cd-Éf", "123", "ÀÉÎÕÜ"} {
		var ti tokInfo
		m.analyseToken(&ti, w, false, nil)
		if ti.fold != hashFold(w) {
			t.Errorf("%q: fold %x, want %x", w, ti.fold, hashFold(w))
		}
	}
}
