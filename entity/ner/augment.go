package ner

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier/eval"
	"github.com/dossier-news/dossier/kb"
)

// Mention replacement. The German training data has about 90k tokens, so
// the weights learn many names by heart and little of the context around
// them. Copies of training sentences whose entity spans are replaced by
// other names of the same class and a similar shape keep the context and
// its labels but change the name, so the context features carry more of
// the decision.

// Augment says how Train adds mention-replaced copies of the training
// sentences. The copies are made inside Train from the sentences it is
// given, so cross-validation never sees a copy of a sentence it scores.
type Augment struct {
	// Copies is the number of copies per training sentence that has a span
	// to replace; a fraction gives one copy to that share of them.
	Copies float64
	// Classes are the span classes replaced ("PER", "LOC", "LOCderiv", …);
	// nil replaces every class some pool has.
	Classes []string
	// Mentions adds the training sentences' own spans as a pool, so a name
	// moves into another training sentence's context.
	Mentions bool
	// Pools are further replacement names (KBNamePools, NameListPool). Each
	// replacement picks one of the pools holding the class, uniformly, then a
	// name in it, so a large list does not drown the training mentions.
	Pools []NamePools
	// Genitive adds -s to a replacement name where the replaced one looks
	// like a genitive before its noun ("Merkels Rede", "Kölns Norden":
	// it ends in s, a capitalised word follows and no article precedes), so
	// the copy stays grammatical and the model sees inflected names.
	Genitive bool
}

// NamePools holds replacement names, as token sequences, by span class.
type NamePools map[string][][]string

// Add adds a name of the given class; empty names are left out.
func (p NamePools) Add(class string, toks []string) {
	if len(toks) > 0 {
		p[class] = append(p[class], toks)
	}
}

// MentionPools collects the entity spans of labelled sentences by class.
func MentionPools(sents []eval.NERSentence) NamePools {
	p := NamePools{}
	for _, s := range sents {
		for _, c := range eval.Chunks(s.Labels) {
			p.Add(c.Class, s.Tokens[c.Start:c.End])
		}
	}
	return p
}

// KBNamePools collects the knowledge base's names in language lang (and
// those of any language) as GermEval classes: persons PER, organisations
// ORG, countries and places LOC, and their adjectives and demonyms
// LOCderiv. Surnames alone and long official names are left out: neither
// is how a name usually appears in running text.
func KBNamePools(k *kb.KB, lang string) NamePools {
	p := NamePools{}
	k.All(func(in *kb.Info) bool {
		base := ""
		switch in.Kind {
		case "person":
			base = "PER"
		case "organization":
			base = "ORG"
		case "country", "location":
			base = "LOC"
		default:
			return true
		}
		for _, f := range in.Forms {
			if f.Lang != lang && f.Lang != "" {
				continue
			}
			if f.Flags&(kb.Official|kb.Translit|kb.Surname) != 0 {
				continue
			}
			class := base
			if f.Flags&kb.Adjectival != 0 {
				if base != "LOC" || f.Flags&kb.Demonym != 0 {
					continue // a demonym is a noun, not a derivation
				}
				class = "LOCderiv"
			}
			toks := SplitName(f.Text)
			if len(toks) == 0 || len(toks) > 6 {
				continue
			}
			p.Add(class, toks)
		}
		return true
	})
	return p
}

// namePoolSize is how many person names PrepareTraining makes from a name
// list: enough that a name seldom comes twice among the copies.
const namePoolSize = 20000

// NameListPool makes n person names from a name list (ReadNameList format)
// as PER replacements of the shapes a news text uses: a surname alone, a
// first name and a surname, two first names and a surname.
func NameListPool(firsts, lasts []string, n int, seed uint64) NamePools {
	p := NamePools{}
	if len(firsts) == 0 || len(lasts) == 0 {
		return p
	}
	rng := rand.New(rand.NewPCG(seed, 0x6e616d65))
	for i := 0; i < n; i++ {
		last := lasts[rng.IntN(len(lasts))]
		switch r := rng.IntN(10); {
		case r < 3:
			p.Add("PER", []string{last})
		case r < 9:
			p.Add("PER", []string{firsts[rng.IntN(len(firsts))], last})
		default:
			p.Add("PER", []string{firsts[rng.IntN(len(firsts))], firsts[rng.IntN(len(firsts))], last})
		}
	}
	return p
}

// poolKey buckets replacement names by shape: class, number of tokens,
// whether the first letter is upper case, and for derivations the last two
// letters (the adjective ending "-en", "-er", "-es" agrees with the context).
type poolKey struct {
	class string
	n     int
	upper bool
	tail  string
}

func shapeKey(class string, toks []string) poolKey {
	k := poolKey{class: class, n: min(len(toks), 4)}
	r, _ := utf8.DecodeRuneInString(toks[0])
	k.upper = unicode.IsUpper(r)
	if strings.HasSuffix(class, "deriv") {
		last := strings.ToLower(toks[len(toks)-1])
		if len(last) >= 2 {
			k.tail = last[len(last)-2:]
		}
	}
	return k
}

type shapedPool struct {
	byKey   map[poolKey][][]string
	byClass map[string][][]string
}

func newShapedPool(p NamePools) shapedPool {
	sp := shapedPool{byKey: map[poolKey][][]string{}, byClass: map[string][][]string{}}
	for class, names := range p {
		for _, toks := range names {
			k := shapeKey(class, toks)
			sp.byKey[k] = append(sp.byKey[k], toks)
		}
		sp.byClass[class] = names
	}
	return sp
}

// pick draws a name of the shape of toks, or of its class with the shape's
// case when no name has that shape; nil when the pool has no such class.
func (sp shapedPool) pick(rng *rand.Rand, class string, toks []string) []string {
	k := shapeKey(class, toks)
	if c := sp.byKey[k]; len(c) > 0 {
		return c[rng.IntN(len(c))]
	}
	if k.tail != "" {
		return nil // a derivation with another ending would not agree
	}
	for n := 1; n <= 4; n++ {
		k.n = n
		if c := sp.byKey[k]; len(c) > 0 {
			return c[rng.IntN(len(c))]
		}
	}
	return nil
}

// augment returns the mention-replaced copies of train (not train itself),
// drawn with the given seed.
func augment(train []eval.NERSentence, a Augment, seed uint64) []eval.NERSentence {
	var pools []shapedPool
	if a.Mentions {
		pools = append(pools, newShapedPool(MentionPools(train)))
	}
	for _, p := range a.Pools {
		pools = append(pools, newShapedPool(p))
	}
	want := map[string]bool{}
	for _, c := range a.Classes {
		want[c] = true
	}
	rng := rand.New(rand.NewPCG(seed, 0xa06))
	var out []eval.NERSentence
	var holders []int
	for _, s := range train {
		chunks := eval.Chunks(s.Labels)
		any := false
		for _, c := range chunks {
			if len(want) == 0 || want[c.Class] {
				any = true
				break
			}
		}
		if !any {
			continue
		}
		n := int(a.Copies)
		if rng.Float64() < a.Copies-float64(n) {
			n++
		}
		for ; n > 0; n-- {
			var cp eval.NERSentence
			at, changed := 0, false
			for _, c := range chunks {
				cp.Tokens = append(cp.Tokens, s.Tokens[at:c.Start]...)
				cp.Labels = append(cp.Labels, s.Labels[at:c.Start]...)
				at = c.End
				orig := s.Tokens[c.Start:c.End]
				repl := orig
				if len(want) == 0 || want[c.Class] {
					holders = holders[:0]
					for i, sp := range pools {
						if len(sp.byClass[c.Class]) > 0 {
							holders = append(holders, i)
						}
					}
					if len(holders) > 0 {
						if r := pools[holders[rng.IntN(len(holders))]].pick(rng, c.Class, orig); r != nil {
							repl, changed = r, true
							if a.Genitive && saxonGenitive(s.Tokens, c.Start, c.End) {
								repl = withGenitive(repl)
							}
						}
					}
				}
				cp.Tokens = append(cp.Tokens, repl...)
				for i := range repl {
					if i == 0 {
						cp.Labels = append(cp.Labels, "B-"+c.Class)
					} else {
						cp.Labels = append(cp.Labels, "I-"+c.Class)
					}
				}
			}
			cp.Tokens = append(cp.Tokens, s.Tokens[at:]...)
			cp.Labels = append(cp.Labels, s.Labels[at:]...)
			if changed {
				out = append(out, cp)
			}
		}
	}
	return out
}

// ReadNameListPool reads a name list file (ReadNameList) into a pool of n
// person names (NameListPool).
func ReadNameListPool(path string, n int, seed uint64) (NamePools, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read name pool: %w", err)
	}
	defer f.Close()
	var firsts, lasts []string
	err = ReadNameList(f, func(name, class string) {
		switch class {
		case GazListFirst:
			firsts = append(firsts, name)
		case GazListLast:
			lasts = append(lasts, name)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("read name pool %s: %w", path, err)
	}
	return NameListPool(firsts, lasts, n, seed), nil
}

// articles are the German determiners that come before a name in the
// genitive with an article ("des Irans"), where the -s is not the Saxon one.
var articles = map[string]bool{
	"der": true, "des": true, "dem": true, "den": true, "die": true, "das": true,
	"ein": true, "eines": true, "einem": true, "einen": true, "einer": true, "eine": true,
	"im": true, "am": true, "vom": true, "zum": true, "beim": true,
}

// saxonGenitive reports whether the span [start, end) of toks looks like a
// name in the genitive before its noun: it ends in s (not ss, x or z), the
// next token is capitalised and the previous one is not an article.
func saxonGenitive(toks []string, start, end int) bool {
	last := toks[end-1]
	if !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") || utf8.RuneCountInString(last) < 3 {
		return false
	}
	if end >= len(toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[end])
	if !unicode.IsUpper(r) {
		return false
	}
	return start == 0 || !articles[strings.ToLower(toks[start-1])]
}

// withGenitive returns name with -s on its last token, or name itself when
// that already ends in a sibilant (German writes "Paris'" or nothing).
func withGenitive(name []string) []string {
	last := name[len(name)-1]
	if strings.HasSuffix(last, "s") || strings.HasSuffix(last, "x") || strings.HasSuffix(last, "z") || strings.HasSuffix(last, "ß") {
		return name
	}
	out := append([]string(nil), name...)
	out[len(out)-1] = last + "s"
	return out
}
