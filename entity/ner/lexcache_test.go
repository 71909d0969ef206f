package ner

import (
	"slices"
	"testing"
)

// TestMarkCachedSameAsMark checks that decodeFast's lexicon marks, whose
// first look-up per token comes from the form cache, are exactly those of
// Lexicon.mark, with the default cache and a tiny one (evictions and
// overflow entries), cold and warm.
func TestMarkCachedSameAsMark(t *testing.T) {
	type marks struct{ b, i, e, s uint32 }
	for _, lang := range []string{"de", "en"} {
		t.Run(lang, func(t *testing.T) {
			m := testModel(t, lang)
			if m.lex.Len() == 0 {
				t.Skip("model has no lexicon")
			}
			sents := equalitySentences(t, lang)
			if testing.Short() || raceEnabled {
				sents = sents[:min(len(sents), 300)]
			}
			ref := &scratch{}
			for _, slots := range []int{cacheSlots, 4} {
				fast := &scratch{cache: m.newFormCache(slots)}
				marked := 0
				for pass := 0; pass < 2; pass++ {
					for _, toks := range sents {
						m.decodeFast(fast, toks, nil, false)
						ref.reset(len(toks), m.nlab)
						for i := range toks {
							ref.info[i].fold = fast.info[i].fold
						}
						m.lex.mark(ref, toks)
						for i := range toks {
							f, r := &fast.info[i], &ref.info[i]
							got, want := marks{f.gazB, f.gazI, f.gazE, f.gazS}, marks{r.gazB, r.gazI, r.gazE, r.gazS}
							if got != want {
								t.Fatalf("slots %d: token %d of %q: cached marks %+v, mark's %+v", slots, i, toks, got, want)
							}
							if want != (marks{}) {
								marked++
							}
						}
					}
				}
				if marked == 0 {
					t.Errorf("slots %d: no token marked: nothing compared", slots)
				}
				t.Logf("slots %d: %d sentences twice, %d marked tokens", slots, len(sents), marked)
			}
		})
	}
}

// FuzzMarkCached is TestMarkCachedSameAsMark on arbitrary text with a tiny
// cache.
func FuzzMarkCached(f *testing.F) {
	for _, ss := range fixtureSentences {
		for _, s := range ss {
			f.Add(s)
		}
	}
	m := testModel(f, "de")
	fast := &scratch{cache: m.newFormCache(4)}
	ref := &scratch{}
	f.Fuzz(func(t *testing.T, text string) {
		for _, toks := range TokenizeText(text) {
			m.decodeFast(fast, toks, nil, false)
			ref.reset(len(toks), m.nlab)
			for i := range toks {
				ref.info[i].fold = fast.info[i].fold
			}
			m.lex.mark(ref, toks)
			for i := range toks {
				f, r := fast.info[i], ref.info[i]
				if !slices.Equal([]uint32{f.gazB, f.gazI, f.gazE, f.gazS}, []uint32{r.gazB, r.gazI, r.gazE, r.gazS}) {
					t.Fatalf("token %d of %q: cached marks differ from mark's", i, toks)
				}
			}
		}
	})
}
