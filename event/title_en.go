package event

import "github.com/dossier-news/dossier"

// titledPersonEN makes an English subject that is a capitalised title with
// of- and for-phrases ("Under-Secretary of State for Economic Affairs
// Allen Wallis said") stand for the person named at the end of the last
// phrase, as the German describedPerson does for an apposition. The chunker
// splits such a title at its prepositions, so the subject phrase alone is
// the bare title, or names the country of a leading "U.S.".
//
// The words before the name must be capitalised and name no role: in "the
// spokesman of President Putin" the name is whose spokesman it is, and
// "the ministry of Sergei Lavrov" has a lower-case, determined head.
func (s *sent) titledPersonEN(subj []int) []int {
	if len(subj) != 1 {
		return subj
	}
	k := subj[0]
	ck := &s.chunks[k]
	if ck.pron || ck.head < 0 || !capitalized(s.words[ck.head].tok.Text) {
		return subj
	}
	if m := s.chunkRef(k); m >= 0 && s.ments[m].kind == dossier.KindPerson {
		return subj
	}
	if s.agentSector(ck.lo, ck.hi) == "" {
		return subj
	}
	for j, steps := k+1, 0; j < len(s.chunks) && steps < 3; j, steps = j+1, steps+1 {
		nc, prev := &s.chunks[j], &s.chunks[j-1]
		if nc.prep < 0 || nc.prep != prev.hi {
			return subj
		}
		if p := s.words[nc.prep].low; p != "of" && p != "for" {
			return subj
		}
		m := s.personIn(j)
		if m < 0 {
			continue
		}
		lo := s.ments[m].lo
		if lo <= nc.lo || s.agentSector(nc.lo, lo) != "" {
			return subj
		}
		for i := nc.lo; i < lo; i++ {
			if !capitalized(s.words[i].tok.Text) {
				return subj
			}
		}
		ck.ment, ck.modifier = m, false
		return subj
	}
	return subj
}
