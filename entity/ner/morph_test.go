package ner

import (
	"testing"

	"github.com/dossier-news/dossier/internal/fhash"
)

// germanMorphOne is germanMorph as it was before its look-ups were
// batched: one at a time, in order, the first found deciding.
func (m *Model) germanMorphOne(ti *tokInfo, rs []rune) {
	n := len(rs)
	for si, suf := range derivSuffixes {
		k := len(suf)
		if n-k < 3 || !runesHasSuffix(rs, suf) {
			continue
		}
		h := hashRunesFold(rs[:n-k])
		for ei, end := range stemEndings {
			he := h
			for _, r := range end {
				he = (he ^ uint64(r)) * fhash.Prime
			}
			if bits := m.lex.single(he) & placeBits; bits != 0 {
				ti.derivGaz = bits
				ti.derivKind = uint64(si<<4 | ei)
				break
			}
		}
		if ti.derivGaz != 0 {
			break
		}
	}
	if n < 8 || ti.flags&fInitCap == 0 {
		return
	}
	h := uint64(fhash.Offset)
	var best uint32
	for k := 0; k < n-4; k++ {
		h = (h ^ uint64(foldRune(rs[k]))) * fhash.Prime
		if k >= 3 {
			if bits := m.lex.single(h) & (placeBits | classBit(GazOrg)); bits != 0 {
				best = bits
			}
		}
	}
	ti.compGaz = best
}

// TestGermanMorphBatched holds germanMorph to germanMorphOne on the words
// of German text, compounds longer than one batch of look-ups included.
func TestGermanMorphBatched(t *testing.T) {
	m := testModel(t, "de")
	if m.lex.Len() == 0 {
		t.Skip("model has no lexicon")
	}
	words := []string{"Darmstädter", "Kanadierin", "Bayerischen", "Deutschlandreise", "Frankreichbesuch",
		"Russlandpolitik", "Europäer", "Berlinerinnen", "Nordkoreanische", "Haus", "Bundesverteidigungsministerium",
		"Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen", "Ukrainekriegsflüchtlingsunterbringungsfragen"}
	for _, toks := range equalitySentences(t, "de") {
		words = append(words, toks...)
	}
	found := 0
	for _, w := range words {
		var got, want tokInfo
		rs, _ := m.analyseToken(&got, w, false, nil)
		want.flags = got.flags
		m.germanMorphOne(&want, rs)
		var again tokInfo
		again.flags = got.flags
		m.germanMorph(&again, rs)
		if again.derivGaz != want.derivGaz || again.derivKind != want.derivKind || again.compGaz != want.compGaz {
			t.Fatalf("%q: batched deriv %x kind %x comp %x, one at a time %x %x %x", w,
				again.derivGaz, again.derivKind, again.compGaz, want.derivGaz, want.derivKind, want.compGaz)
		}
		if want.derivGaz != 0 || want.compGaz != 0 {
			found++
		}
	}
	if found == 0 {
		t.Error("no word has a place inside: nothing compared")
	}
	t.Logf("%d words, %d with a place inside", len(words), found)
}
