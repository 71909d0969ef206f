package entity

import (
	"slices"
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
// or in a compound is part of a name. After an article or at the start
// of a sentence it is a name of its own ("die Austria", the club), which
// no longer name shortens: joined to "Bank Austria" it would be the bank.
// A country whose German name is the English one ("Iran") is left alone,
// as is an English name after any other word.
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
		case (t == 0 || germanArticle(toks[t-1].Text)) && !acronym(tok.Text):
			// "spielt die Austria gegen den WAC", "Austria steht an der
			// Spitze": a club or firm called so, a name of its own
			// that no longer name of the document shortens ("die USA"
			// is German too)
			it.own = true
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

// placesInOrgNames turns a place or a country's adjective at the start or
// inside of an organisation's name into that organisation where the
// document names the organisation: "Detroit Edison said" after "Detroit
// Edison Co", "American Barrick announced" beside "American Barrick
// Resources Corp", "gegen Sturm Graz" beside "SK Sturm Graz". The place
// with the capitalised words after it must be words of the name, in their
// order; a body of a state ("U.S. Agriculture Department") keeps the
// country, which the events need.
func (d *docState) placesInOrgNames(st *sentState) {
	if len(d.orgs) == 0 {
		return
	}
	toks := st.toks
	for k := 0; k < len(st.items); k++ {
		it := &st.items[k]
		if it.kind != kName && it.kind != kAdj || it.partial || len(it.cands) == 0 {
			continue
		}
		if c := it.cands[0]; c.Kind != dossier.KindLocation && c.Kind != dossier.KindCountry {
			continue
		}
		// the cheap test first, before a word is lower-cased or folded:
		// German capitalises every noun
		if t := it.tok[1]; t >= len(toks) || !isCap(toks[t].Text) || !d.orgHasWord(toks[t].Text) {
			continue
		}
		// the capitalised words after it, other places among them
		// ("Detroit Edison": Edison is a town in New Jersey)
		end := it.tok[1]
		for end < len(toks) && end-it.tok[0] < 4 && isCap(toks[end].Text) && wordLike(toks[end].Text) &&
			sectorOf(lower(toks, end), st.lang) == "" && !orgFiller[kb.Fold(toks[end].Text)] {
			end++
		}
		if end == it.tok[1] {
			continue
		}
		ws := orgWords(toks[it.tok[0]:end])
		if len(ws) != end-it.tok[0] {
			continue
		}
		id, ok := d.orgWithWords(it.span.Start, ws)
		if !ok {
			continue
		}
		// the items it covers must lie wholly inside it
		last := k
		for last+1 < len(st.items) && st.items[last+1].tok[0] < end {
			last++
		}
		if st.items[last].tok[1] > end || st.items[last].partial {
			continue
		}
		it.kind, it.nerClass, it.nerScore, it.cands, it.nerAgree = kNER, "ORG", 0.8, nil, false
		it.tok[1] = end
		it.span.End = toks[end-1].End
		it.org = id
		if last > k {
			st.items = slices.Delete(st.items, k+1, last+1)
		}
	}
}

// orgHasWord reports whether w is a word of the name of an organisation of
// the document.
func (d *docState) orgHasWord(w string) bool {
	for j := range d.orgs {
		if wordIn(d.orgs[j].raw, w) {
			return true
		}
	}
	return false
}

// orgWithWords returns the organisation of the document, other than the
// one at pos, whose name has the words ws in a row.
func (d *docState) orgWithWords(pos int, ws []string) (string, bool) {
	for j := range d.orgs {
		if d.orgs[j].pos == pos {
			continue
		}
		words := d.wordsOf(j)
		if len(words) < len(ws) || d.bodyOfState(j) {
			continue
		}
		for i := 0; i+len(ws) <= len(words); i++ {
			if slices.Equal(words[i:i+len(ws)], ws) {
				return d.orgID(j), true
			}
		}
	}
	return "", false
}

// bodyOfState reports whether a word of organisation i's name says it is a
// body of a state, its forces or its media ("U.S. Agriculture Department",
// "Iraqi Army"): their country is what events record.
func (d *docState) bodyOfState(i int) bool {
	o := &d.orgs[i]
	for t := range o.toks {
		if sectorOf(lower(o.toks, t), "en") != "" || sectorOf(lower(o.toks, t), "de") != "" {
			return true
		}
	}
	return false
}

// placeParties joins a place and a party's name of the knowledge base into
// the name of another party: "Kurdistan Democratic Party", "Democratic
// Party of Kurdistan", "Serbian Democratic Party" are no part of the
// American Democratic Party, whose name the knowledge base matches inside
// them. The place must lie in no country of the party's candidates: "US
// Democratic Party" stays the American party.
func placeParties(st *sentState) {
	if st.lang != "en" {
		return
	}
	for k := 0; k < len(st.items); k++ {
		party := &st.items[k]
		if !partyName(st.toks, party) {
			continue
		}
		p := k - 1 // "Kurdistan Democratic Party"
		if p < 0 || st.items[p].tok[1] != party.tok[0] || !placeOutside(&st.items[p], party) {
			p = k + 1 // "Democratic Party of Kurdistan"
			if p >= len(st.items) || lower(st.toks, party.tok[1]) != "of" || st.items[p].tok[0] != party.tok[1]+1 ||
				!placeOutside(&st.items[p], party) {
				continue
			}
		}
		first, last := min(p, k), max(p, k)
		x := item{kind: kNER, nerClass: "ORG", nerScore: 0.8, prio: prioNER, own: true,
			tok:  [2]int{st.items[first].tok[0], st.items[last].tok[1]},
			span: dossier.Span{Start: st.items[first].span.Start, End: st.items[last].span.End}}
		st.items[first] = x
		st.items = slices.Delete(st.items, last, last+1)
		k = first
	}
}

// partyName reports whether a whole-word knowledge-base name ends in
// "Party" and names a party ("Democratic Party").
func partyName(toks []dossier.Token, it *item) bool {
	return it.kind == kName && !it.partial && len(it.cands) > 0 && it.cands[0].Kind == dossier.KindOrganization &&
		toks[it.tok[1]-1].Text == "Party"
}

// placeOutside reports whether item pl is a place, a country or a
// country's adjective that lies in no country of the party's candidates.
func placeOutside(pl, party *item) bool {
	if pl.partial || len(pl.cands) == 0 || pl.kind != kName && pl.kind != kAdj {
		return false
	}
	c := pl.cands[0]
	if c.Kind != dossier.KindLocation && c.Kind != dossier.KindCountry || c.Country == "" {
		return false
	}
	for _, pc := range party.cands {
		if pc.Country == c.Country {
			return false
		}
	}
	return true
}
