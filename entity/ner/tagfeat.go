package ner

import "github.com/dossier-news/dossier"

// uposTags are the Universal POS tags the tagger gives; their index+1 is a
// token's upos id (0: no tag).
var uposTags = [...]string{"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
	"PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

func uposID(t string) uint8 {
	for i, u := range uposTags {
		if u == t {
			return uint8(i + 1)
		}
	}
	return uint8(len(uposTags) + 1)
}

// tagTokens runs the tagger over the sentence and records tags and lemmas in
// s.info. Training extracts features through the same code, so the model
// learns from the tagger's errors as they will be at run time.
func (m *Model) tagTokens(s *scratch, tokens []string) {
	if cap(s.dtoks) < len(tokens) {
		s.dtoks = make([]dossier.Token, len(tokens)+len(tokens)/2)
	}
	dt := s.dtoks[:len(tokens)]
	for i, t := range tokens {
		dt[i] = dossier.Token{Text: t}
	}
	m.tagger.Tag(dt)
	for i := range dt {
		ti := &s.info[i]
		ti.upos = uposID(dt[i].POS)
		lem := hashFold(dt[i].Lemma)
		ti.lemma = lem
		if lem != ti.fold {
			ti.lemGaz = m.lex.single(lem)
		}
	}
}

// appendTagger adds the tag and lemma features of token i.
func (m *Model) appendTagger(f []uint64, info []tokInfo, i int) []uint64 {
	ti := &info[i]
	var pm1, pp1 uint64 = 99, 98
	if i > 0 {
		pm1 = uint64(info[i-1].upos)
	}
	if i+1 < len(info) {
		pp1 = uint64(info[i+1].upos)
	}
	p := uint64(ti.upos)
	if m.feats&FeatLemma != 0 {
		f = append(f, feat(tLemma, ti.lemma))
		f = appendBits(f, tLemmaGaz, 0, ti.lemGaz)
	}
	if m.feats&FeatTagger == 0 {
		return f
	}
	// Only the token's own tag, alone and with its capitalisation: the tags
	// of the neighbours made cross-validation worse (they repeat what the
	// neighbours' words and clusters say, with the tagger's errors).
	f = append(f,
		feat2(tUPOS, 0, p),
		feat2(tUPOS, 3<<8|p, uint64(ti.flags&(fInitCapStart|fInitCapMid))),
	)
	_, _ = pm1, pp1
	return f
}

// appendConj adds conjunctions of token i's own evidence with its
// neighbours'.
func (m *Model) appendConj(f []uint64, info []tokInfo, i int) []uint64 {
	ti := &info[i]
	g := ti.gazB | ti.gazI | ti.gazE | ti.gazS
	x := ti.ext.b | ti.ext.i | ti.ext.e | ti.ext.s
	var prevLow, prevShort uint64 = 7, 7
	if i > 0 {
		prevLow, prevShort = info[i-1].low, info[i-1].short
	}
	f = append(f,
		feat2(tConj, 1<<32|uint64(g), uint64(x)),
		feat2(tConj, 2<<32|prevShort, ti.short^uint64(g)),
		feat2(tConj, 3<<32|prevLow, uint64(x)),
	)
	return f
}
