package event

import "github.com/dossier-news/dossier"

// resolveOwnCountryDE makes "sein Land", "ihr Staat" in German reported
// speech stand for the speaker's country ("Sein Land werde eine
// Protestnote schicken, sagte Außenminister X"; "X sagte, ihr Land werde
// …"), as resolveOwnCountry does for English: the speaker is the subject
// of the sentence's reporting verb, and their country is the one the
// knowledge base gives them, or, for an official it lacks, the state of
// the dateline. Descriptions with a definite article are coref.go's.
func (s *sent) resolveOwnCountryDE() {
	if s.x.kb == nil || len(s.clauses) == 0 {
		return
	}
	var own []int
	for k := range s.chunks {
		ck := &s.chunks[k]
		if ck.ment >= 0 || ck.head < 0 || ck.hi-ck.lo != 2 || ck.head != ck.hi-1 {
			continue
		}
		switch s.words[ck.lo].low {
		case "sein", "seines", "seinem", "seinen", "ihr", "ihres", "ihrem", "ihren":
		default:
			continue
		}
		switch s.words[ck.head].lemma {
		case "land", "staat":
			own = append(own, k)
		}
	}
	if len(own) == 0 {
		return
	}
	iso := s.speakerCountryDE()
	if iso == "" {
		return
	}
	r, ok := s.stateRef(iso, "")
	if !ok {
		return
	}
	r.conf = 1
	for _, k := range own {
		s.addCorefMention(k, r, anaCountry)
	}
}

// speakerCountryDE is the country of the subject of the sentence's first
// reporting clause ("sagte Außenminister X", "X erklärte"): the
// knowledge base's country of the named speaker, else the dateline's
// state for a speaker titled as an official of a government.
func (s *sent) speakerCountryDE() string {
	for ci := range s.clauses {
		v := s.firstVerb(ci)
		if v < 0 || s.lx.cues.report[s.words[v].lemma] == "" {
			continue
		}
		for _, k := range s.subject(ci) {
			ck := &s.chunks[k]
			end := ck.hi // the title before a name: "Außenminister Ivica Dacic"
			if m := s.chunkRef(k); m >= 0 {
				if lo := s.ments[m].lo; lo > ck.lo && lo < end {
					end = lo
				}
				mt := &s.ments[m]
				if mt.kind != dossier.KindPerson && mt.kind != dossier.KindCountry && mt.kind != dossier.KindOrganization {
					continue
				}
				if mt.country != "" {
					return mt.country
				}
			}
			if s.st != nil && s.st.dateline != "" && s.agentSector(ck.lo, end) == "GOV" {
				return s.st.dateline
			}
		}
		return ""
	}
	return ""
}
