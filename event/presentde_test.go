package event

import "testing"

// TestPresentDE checks the present forms of German finite verbs against
// past forms and forms of other verbs, with and without a separated
// particle.
func TestPresentDE(t *testing.T) {
	for _, c := range []struct {
		low, lemma, part string
		want             bool
	}{
		{"fordert", "fordern", "", true},
		{"forderte", "fordern", "", false},
		{"kritisierst", "kritisieren", "", true},
		{"kritisierte", "kritisieren", "", false},
		{"reden", "reden", "", true},
		{"redet", "reden", "", true},
		{"redete", "reden", "", false},
		{"trifft", "treffen", "", true},
		{"traf", "treffen", "", false},
		{"stellt", "einstellen", "ein", true},
		{"stellten", "einstellen", "ein", false},
		{"kündigen", "ankündigen", "an", true},
		{"handeln", "handeln", "", true},
		{"handelt", "handeln", "", true},
		{"handelte", "handeln", "", false},
	} {
		s := &sent{de: true}
		s.words = append(s.words, word{low: c.low, lemma: c.lemma, part: -1})
		if c.part != "" {
			s.words = append(s.words, word{low: c.part, lemma: c.part, part: -1})
			s.words[0].part = 1
		}
		if got := s.presentDE(0); got != c.want {
			t.Errorf("presentDE(%q, lemma %q, particle %q) = %v, want %v", c.low, c.lemma, c.part, got, c.want)
		}
	}
}
