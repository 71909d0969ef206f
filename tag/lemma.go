package tag

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dossier-news/dossier/text"
)

// The lemmatiser learned from a treebank has two parts:
//
//   - a lexicon: (lower-cased form, UPOS) → the lemma most often seen;
//   - edit scripts keyed by UPOS and word ending ("VERB", "-ed" → cut 2), the
//     most frequent script for the longest ending seen in training, which
//     lemmatise words the treebank never had.
//
// A hand-written morphology of irregular verbs (irregular.go) sits between the
// two for VERB and AUX, since a small treebank cannot hold every strong verb.

// script turns a form into its lemma: optionally lower-case it, remove a
// literal prefix, cut runes from the end and append a string.
type script struct {
	lower bool
	pre   string // literal (lower-case) prefix removed, "" for none
	cut   int    // runes removed from the end
	add   string
}

func (s script) key() string {
	l := 0
	if s.lower {
		l = 1
	}
	return fmt.Sprintf("%d\x00%s\x00%d\x00%s", l, s.pre, s.cut, s.add)
}

// apply returns the lemma, or false when the script does not fit the form
// (too short, or without the prefix).
func (s script) apply(form string) (string, bool) {
	f := form
	if s.lower {
		f = lowerString(form)
	}
	if s.pre != "" {
		if !strings.HasPrefix(f, s.pre) {
			return "", false
		}
		f = f[len(s.pre):]
	}
	end := len(f)
	for i := 0; i < s.cut; i++ {
		if end == 0 {
			return "", false
		}
		_, size := utf8.DecodeLastRuneInString(f[:end])
		end -= size
	}
	if end == 0 && s.add == "" {
		return "", false
	}
	if end == len(form) && s.add == "" && !s.lower {
		return form, true
	}
	return f[:end] + s.add, true
}

// lowerString lower-cases s, returning s itself when it has no upper case.
func lowerString(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// deriveScript finds the cheapest script that turns form into lemma.
func deriveScript(form, lemma string) script {
	best := script{}
	bestCost := -1
	for _, lower := range []bool{false, true} {
		f := form
		if lower {
			f = lowerString(form)
		}
		for preRunes := 0; preRunes <= 3; preRunes++ {
			pre := ""
			g := f
			if preRunes > 0 {
				rs := []rune(f)
				if len(rs) <= preRunes {
					break
				}
				pre = string(rs[:preRunes])
				if pre != lowerString(pre) || strings.HasPrefix(lemma, pre) {
					continue
				}
				g = string(rs[preRunes:])
			}
			// Common prefix of g and lemma, in runes.
			cp := 0
			gi, li := 0, 0
			for gi < len(g) && li < len(lemma) {
				r1, s1 := utf8.DecodeRuneInString(g[gi:])
				r2, s2 := utf8.DecodeRuneInString(lemma[li:])
				if r1 != r2 {
					break
				}
				gi += s1
				li += s2
				cp++
			}
			cut := utf8.RuneCountInString(g[gi:])
			add := lemma[li:]
			cost := cut + utf8.RuneCountInString(add) + 2*preRunes
			if lower && f != form {
				cost++
			}
			if bestCost < 0 || cost < bestCost {
				bestCost = cost
				best = script{lower: lower && f != form, pre: pre, cut: cut, add: add}
			}
		}
	}
	return best
}

const maxSuffix = 7

// minRuleSupport is the number of word types an ending needs to get a rule.
const minRuleSupport = 2

// lemmatizer is the learned part of lemmatisation.
type lemmatizer struct {
	lang    string
	scripts []script
	// rules: UPOS + "\x00" + lower-case ending → index into scripts.
	rules map[string]int32
	// lexicon: lower-case form + "\x00" + UPOS → lemma.
	lexicon map[string]string
	// lemmas: UPOS + "\x00" + lemma for every lemma seen in training; a
	// rule whose output is a known lemma is preferred over a more specific
	// one whose output is not (stimmten: stimmen, not stimmten).
	lemmas map[string]bool
	// lexiconKeys and lemmaKeys filter look-ups of lexicon and lemmas
	// (see keyFilter); index builds them once the maps are complete.
	lexiconKeys, lemmaKeys keyFilter
}

// index builds the filters of the lemmatiser's maps.
func (l *lemmatizer) index() {
	l.lexiconKeys = newKeyFilter(l.lexicon)
	l.lemmaKeys = newKeyFilter(l.lemmas)
}

// trainLemmatizer learns rules and the exception lexicon from word types.
func trainLemmatizer(lang string, words []Word) *lemmatizer {
	types := map[[3]string]int{}
	for _, w := range words {
		if w.Lemma == "" || w.Lemma == "_" {
			continue
		}
		types[[3]string{w.Form, w.UPOS, NormalizeLemma(lang, w.Form, w.Lemma)}]++
	}
	l := &lemmatizer{lang: lang, rules: map[string]int32{}, lexicon: map[string]string{}, lemmas: map[string]bool{}}
	scriptID := map[string]int32{}
	// Rule counts per key: each word type counts once, so rules follow the
	// vocabulary, which is what unseen words resemble.
	counts := map[string]map[int32]int{}
	// In a fixed order, so that script ids, ties and the model file are
	// the same from run to run.
	order := make([][3]string, 0, len(types))
	for t := range types {
		order = append(order, t)
	}
	slices.SortFunc(order, func(a, b [3]string) int {
		return cmp.Or(strings.Compare(a[0], b[0]), strings.Compare(a[1], b[1]), strings.Compare(a[2], b[2]))
	})
	for _, t := range order {
		s := deriveScript(t[0], t[2])
		id, ok := scriptID[s.key()]
		if !ok {
			id = int32(len(l.scripts))
			scriptID[s.key()] = id
			l.scripts = append(l.scripts, s)
		}
		low := []rune(lowerString(t[0]))
		for k := 0; k <= min(maxSuffix, len(low)-1); k++ {
			key := t[1] + "\x00" + string(low[len(low)-k:])
			m := counts[key]
			if m == nil {
				m = map[int32]int{}
				counts[key] = m
			}
			m[id]++
		}
	}
	bestOf := func(m map[int32]int) int32 {
		best, bc := int32(-1), 0
		for id, c := range m {
			if c > bc || (c == bc && id < best) {
				best, bc = id, c
			}
		}
		return best
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	// Shorter endings first, so a key's parent is decided before it.
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b))
	})
	full := map[string]int32{}
	for _, k := range keys {
		m := counts[k]
		total := 0
		for _, c := range m {
			total += c
		}
		pos, end, _ := strings.Cut(k, "\x00")
		if end != "" && total < minRuleSupport {
			continue // one word type is an anecdote, not a rule
		}
		b := bestOf(m)
		full[k] = b
		if end == "" {
			l.rules[k] = b
			continue
		}
		_, size := utf8.DecodeRuneInString(end)
		if parent, ok := full[pos+"\x00"+end[size:]]; ok && parent == b {
			continue // the shorter ending already says the same
		}
		l.rules[k] = b
	}
	// The lexicon keeps the most frequent lemma of each (form, UPOS). It keeps
	// them all, not only where the rules fail: a known word then gets its
	// lemma whatever its casing ("Die" at the start of a sentence), and the
	// whole lexicon is small next to the tagger's weights.
	type fp struct{ form, upos string }
	bestLemma := map[fp]string{}
	bestCount := map[fp]int{}
	for t, c := range types {
		k := fp{lowerString(t[0]), t[1]}
		if c > bestCount[k] || (c == bestCount[k] && t[2] < bestLemma[k]) {
			bestCount[k], bestLemma[k] = c, t[2]
		}
	}
	for k, lem := range bestLemma {
		l.lexicon[k.form+"\x00"+k.upos] = lem
		l.lemmas[k.upos+"\x00"+lem] = true
	}
	l.index()
	return l
}

// byRules lemmatises with the edit scripts alone.
func (l *lemmatizer) byRules(form, upos string) string {
	var buf [64]byte
	low := text.AppendLower(buf[:0], form)
	end := len(low)
	// Walk from the longest ending down; the start of each ending is found by
	// stepping back rune by rune.
	starts := [maxSuffix + 1]int{}
	n := 0
	starts[0] = end
	for i := end; i > 0 && n < maxSuffix; {
		_, size := utf8.DecodeLastRune(low[:i])
		i -= size
		if i == 0 {
			break // the ending must leave at least one rune of the word
		}
		n++
		starts[n] = i
	}
	var kb [96]byte
	first := ""
	for k := n; k >= 0; k-- {
		key := append(append(append(kb[:0], upos...), 0), low[starts[k]:]...)
		id, ok := l.rules[string(key)]
		if !ok {
			continue
		}
		lem, ok := l.scripts[id].apply(form)
		if !ok {
			continue
		}
		if first == "" {
			first = lem
		}
		key = append(append(append(kb[:0], upos...), 0), lem...)
		if l.lemmaKeys.mayHave(key) && l.lemmas[string(key)] {
			return lem
		}
	}
	if first != "" {
		return first
	}
	return form
}

// lemma returns the lemma of form tagged upos.
func (l *lemmatizer) lemma(form, upos string) string {
	if l.lang == "de" {
		// before the lexicon, which learnt the fused form itself as the
		// lemma, and whatever tag a rare form got ("durchs" as ADJ)
		if p, ok := Contraction(l.lang, form); ok {
			return p
		}
	}
	var buf [96]byte
	key := append(text.AppendLower(buf[:0], form), 0)
	key = append(key, upos...)
	if l.lexiconKeys.mayHave(key) {
		if lem, ok := l.lexicon[string(key)]; ok {
			if lem == form {
				return form
			}
			return lem
		}
	}
	if upos == "VERB" || upos == "AUX" {
		if lem, ok := irregularLemma(l.lang, form); ok {
			return lem
		}
	}
	if upos == "PUNCT" || upos == "NUM" || upos == "SYM" || upos == "X" {
		return form
	}
	lem := l.byRules(form, upos)
	if !keepsCase(l.lang, upos) {
		// Treebank lemmas are lower case except for names (and German
		// nouns): "Resolving" at the start of a title is "resolve".
		lem = lowerString(lem)
	}
	if l.lang == "de" && (upos == "VERB" || upos == "AUX") {
		lem = germanInfinitive(lem)
	}
	return lem
}

func keepsCase(lang, upos string) bool {
	return upos == "PROPN" || (lang == "de" && upos == "NOUN")
}

// germanInfinitive repairs a rule that added -en to a stem in -el or -er:
// the infinitive is weigern, bemängeln, not weigeren. Only after a
// consonant other than h, so studieren, spielen and stehlen stay.
func germanInfinitive(lem string) string {
	n := len(lem)
	if n < 6 || (lem[n-4:] != "eren" && lem[n-4:] != "elen") {
		return lem
	}
	switch c := lem[n-5]; c {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'h':
		return lem
	default:
		if c >= utf8.RuneSelf { // ä, ö, ü: a vowel
			return lem
		}
	}
	return lem[:n-3] + "n"
}

func (l *lemmatizer) write(e *encoder) {
	e.str(l.lang)
	e.uvarint(uint64(len(l.scripts)))
	for _, s := range l.scripts {
		if s.lower {
			e.uvarint(1)
		} else {
			e.uvarint(0)
		}
		e.str(s.pre)
		e.uvarint(uint64(s.cut))
		e.str(s.add)
	}
	keys := sortedKeys(l.rules)
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.str(k)
		e.uvarint(uint64(l.rules[k]))
	}
	keys = sortedKeys(l.lexicon)
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.str(k)
		e.str(l.lexicon[k])
	}
	keys = sortedKeys(l.lemmas)
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.str(k)
	}
}

func readLemmatizer(d *decoder) *lemmatizer {
	l := &lemmatizer{lang: d.str()}
	n := d.count(1 << 20)
	l.scripts = make([]script, 0, n)
	for i := 0; i < n && d.err == nil; i++ {
		s := script{lower: d.uvarint() == 1, pre: d.str(), cut: d.count(1 << 10), add: d.str()}
		l.scripts = append(l.scripts, s)
	}
	n = d.count(1 << 24)
	l.rules = make(map[string]int32, n)
	for i := 0; i < n && d.err == nil; i++ {
		k := d.str()
		id := d.count(len(l.scripts) - 1)
		l.rules[k] = int32(id)
	}
	n = d.count(1 << 24)
	l.lexicon = make(map[string]string, n)
	for i := 0; i < n && d.err == nil; i++ {
		k := d.str()
		l.lexicon[k] = d.str()
	}
	n = d.count(1 << 24)
	l.lemmas = make(map[string]bool, n)
	for i := 0; i < n && d.err == nil; i++ {
		l.lemmas[d.str()] = true
	}
	l.index()
	return l
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// NormalizeLemma repairs treebank lemmas before training (and gold lemmas
// before scoring). German GSD's automatic lemmas use the spelling before the
// 1996 reform (Russland → Rußland, dass → daß); where the form itself is
// written with ss, the lemma is given the same spelling.
func NormalizeLemma(lang, form, lemma string) string {
	if lang == "de" && strings.Contains(lemma, "ß") && !strings.Contains(form, "ß") &&
		strings.Contains(lowerString(form), "ss") {
		return strings.ReplaceAll(lemma, "ß", "ss")
	}
	return lemma
}

// deContractions are German prepositions fused with the definite article
// (UD German GSD writes them as multiword tokens, "zum" = "zu" + "dem"):
// the lemma of the one token a tokenizer leaves is the preposition, which
// is what the dependency parser was trained on and what rules that read
// lemmas ask for.
var deContractions = map[string]string{
	"zum": "zu", "zur": "zu", "beim": "bei", "vom": "von", "im": "in", "ins": "in",
	"am": "an", "ans": "an", "aufs": "auf", "durchs": "durch", "fürs": "für", "ums": "um",
	"übers": "über", "überm": "über", "unters": "unter", "unterm": "unter",
	"hinters": "hinter", "hinterm": "hinter", "vors": "vor", "vorm": "vor",
}

// Contraction returns the preposition of a German preposition fused with
// an article ("Zum" → "zu", "durchs" → "durch"); ok is false for any other
// form or language. Such a token is an adposition (UD ADP) whatever tag
// the statistical model gave a rare one.
func Contraction(lang, form string) (prep string, ok bool) {
	if lang != "de" || len(form) < 2 || len(form) > 8 {
		return "", false
	}
	// every one ends in m, r or s: most words are turned away here, before
	// lower-casing (callers ask of every word)
	switch form[len(form)-1] {
	case 'm', 'r', 's', 'M', 'R', 'S':
	default:
		return "", false
	}
	var buf [8]byte
	prep, ok = deContractions[string(text.AppendLower(buf[:0], form))]
	return prep, ok
}
