package event

import (
	"strings"

	"github.com/dossier-news/dossier"
)

// sportWordDE says whether the German word at j names a game or its
// players: a sport cue, a longer compound ending in one of the cue endings
// ("Achtelfinale", "ÖFB-Cheftrainer"), or a score ("2:1", "0:1-Niederlage";
// a clock time is written "20.45 Uhr" in German and never reaches here as
// a score, but "20:45 Uhr" can, hence the check of the next word).
func (s *sent) sportWordDE(j int) bool {
	ws, cu := s.words, &s.lx.cues
	w := &ws[j]
	if colonScore(w.low) {
		return j+1 >= len(ws) || ws[j+1].low != "uhr"
	}
	if w.pos != pNoun && w.pos != pPropn {
		return false
	}
	if (w.lemmaCls|w.lowCls)&clSport != 0 {
		return true
	}
	if j+1 < len(ws) && w.lowCls&clSportStart != 0 && cu.sport[w.low+" "+ws[j+1].low] {
		return true
	}
	for _, end := range cu.sportEnds {
		if len(w.low) > len(end)+2 && endsWith(w.low, end) {
			return true
		}
	}
	return false
}

// colonScore says whether a token is a German game's result: one or two
// digits, a colon, one or two digits, alone or opening a compound
// ("1:2-Niederlage").
func colonScore(low string) bool {
	if i := strings.IndexByte(low, '-'); i > 0 {
		low = low[:i]
	}
	a, b, ok := strings.Cut(low, ":")
	return ok && digits12(a) && digits12(b)
}

// sportClauseDE says whether German clause ci tells of a game: a sport
// word in it (see sportWordDE), or a score anywhere in the sentence, as
// the result often ends a coordinated clause ("empfing Italien und
// gewann 2:1").
func (s *sent) sportClauseDE(ci int) bool {
	c := &s.clauses[ci]
	for j := range s.words {
		if j >= c.lo && j < c.hi {
			if s.sportWordDE(j) {
				return true
			}
		} else if colonScore(s.words[j].low) && (j+1 >= len(s.words) || s.words[j+1].low != "uhr") {
			return true
		}
	}
	return false
}

// sportSentenceDE says whether the sentence has a sport word anywhere, for
// the count of sport sentences of a document (docState.sportSents).
func (s *sent) sportSentenceDE() bool {
	for j := range s.words {
		if s.sportWordDE(j) {
			return true
		}
	}
	return false
}

// sportSidesDE says whether, in a German report of games (two earlier
// sentences with sport words), the candidate is one between sides: all its
// actors and targets are countries or places, as teams are named ("Die
// Belgier empfangen die Russen", "Valencia schlägt Lyon"). A minister or a
// party among them keeps the event.
func (s *sent) sportSidesDE(c *cand) bool {
	if s.st == nil || s.st.sportSents < 2 || len(c.actors) == 0 {
		return false
	}
	for _, parts := range [2][]argRef{c.actors, c.targets} {
		for i := range parts {
			if k := parts[i].kind; k != dossier.KindCountry && k != dossier.KindLocation {
				return false
			}
		}
	}
	return true
}
