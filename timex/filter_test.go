package timex

import "testing"

// A word filter may let words through that its set lacks, never the
// reverse: mayStart would skip a rule's start.
func TestWordFilterKeepsMembers(t *testing.T) {
	for name, c := range map[string]struct {
		f *wordFilter
		m map[string]struct{}
	}{
		"start": {startFilter, startWords},
	} {
		for w := range c.m {
			if !c.f.mayHave(w) {
				t.Errorf("%s: filter drops %q", name, w)
			}
		}
	}
	for w := range germanNumbers {
		if !germanNumberFilter.mayHave(w) {
			t.Errorf("germanNumbers: filter drops %q", w)
		}
	}
	// and it does filter: most words of a sentence are not start words
	passed := 0
	words := []string{"regierung", "company", "said", "shares", "bank", "minister", "market", "prices", "stadt", "kanzlerin", "wahl", "partei"}
	for _, w := range words {
		if startFilter.mayHave(w) {
			passed++
		}
	}
	if passed > len(words)/2 {
		t.Errorf("the start filter passes %d of %d ordinary words", passed, len(words))
	}
}
