package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/kb"
)

// foreignCountryNames turns a country named in German text by its English
// name into the organisation it ends ("Bank Austria", "Casinos Austria",
// "Statistik Austria", "Bank-Austria-Ökonom"): a German writer names the
// country by its German name, so the English one after a capitalised word
// or in a compound is part of a name ("die Austria", the club, stays
// unresolved: a short form of it would join the bank). A country whose German name is the English one ("Iran") is left
// alone, as is an English name with no word before it.
func (d *docState) foreignCountryNames(st *sentState) {
	if st.lang != "de" {
		return
	}
	toks := st.toks
	for k := range st.items {
		it := &st.items[k]
		if it.kind != kName || len(it.cands) == 0 || it.tok[1]-it.tok[0] != 1 {
			continue
		}
		c := it.cands[0]
		if c.Kind != dossier.KindCountry || c.Lang != "en" || c.Flags&kb.Adjectival != 0 || d.germanNamed(c.ID, c.Form) {
			continue
		}
		t := it.tok[0]
		tok := toks[t]
		switch {
		case it.partial:
			// "Bank-Austria-Ökonom": the capitalised word and hyphen before
			// the country in the same token
			pre := d.doc.Text[tok.Start:it.span.Start]
			w, ok := strings.CutSuffix(pre, "-")
			if !ok || w == "" || strings.ContainsAny(w, "-‐‑") || !isCap(w) {
				continue
			}
			it.span.Start = tok.Start
		case t > 0 && isCap(toks[t-1].Text) && wordLike(toks[t-1].Text) && !deArticles[lower(toks, t-1)] && !coveredBy(st, t-1):
			it.tok[0] = t - 1
			it.span.Start = toks[t-1].Start
		default:
			continue
		}
		it.kind, it.nerClass, it.nerScore, it.cands = kNER, "ORG", 0.8, nil
		it.nerAgree, it.prio = false, prioNER
	}
}

// germanNamed reports whether a country's German name is spelt as form.
func (d *docState) germanNamed(id, form string) bool {
	in, ok := d.l.kb.Info(id)
	if !ok {
		return true
	}
	for _, f := range in.Forms {
		if (f.Lang == "de" || f.Lang == "") && f.Text == form {
			return true
		}
	}
	return false
}

// wordLike reports whether s is a word of letters (no number, no
// punctuation).
func wordLike(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if !unicode.IsLetter(r) {
			return false
		}
		s = s[n:]
	}
	return true
}

// coveredBy reports whether token t is part of an item of the sentence.
func coveredBy(st *sentState, t int) bool {
	for k := range st.items {
		if st.items[k].tok[0] <= t && t < st.items[k].tok[1] {
			return true
		}
	}
	return false
}
