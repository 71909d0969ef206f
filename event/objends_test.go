package event

import (
	"strings"
	"testing"
)

// TestObjEndsKeepsEveryMatch holds the quick test of objHolds to what it
// must never do: turn down an object that one of the entry's alternatives
// is a run of. Every English entry with objects is asked about each of its
// alternatives, alone and between other words.
func TestObjEndsKeepsEveryMatch(t *testing.T) {
	lx, err := loadLexicon("en", false)
	if err != nil {
		t.Fatal(err)
	}
	s := &sent{lx: lx}
	checked := 0
	for _, m := range []map[string][]*entry{lx.verbs, lx.nouns} {
		for _, es := range m {
			for _, e := range es {
				if len(e.obj) > 0 && e.objEnds == 0 {
					t.Errorf("%s: objects %v without objEnds", e.row, e.obj)
				}
				for _, alt := range e.obj {
					if len(alt) == 0 {
						continue
					}
					for _, objs := range [][]string{alt, append(append([]string{"new", "border"}, alt...), "talks")} {
						checked++
						if !s.objHolds(e, objs) {
							t.Errorf("%s: object %q turned down", e.row, strings.Join(objs, " "))
						}
					}
				}
			}
		}
	}
	if checked < 1000 {
		t.Errorf("only %d objects checked: is the English lexicon loaded?", checked)
	}
}

// TestObjEndsTurnsDown checks that the quick test does turn objects down:
// an entry whose objects end in "weapon" or "ammunition" does not hold for
// "food aid".
func TestObjEndsTurnsDown(t *testing.T) {
	lx := &lexicon{lang: "en", verbs: map[string][]*entry{}, nouns: map[string][]*entry{}}
	e := &entry{pos: 'v', lemma: "send", obj: [][]string{{"weapon"}, {"heavy", "ammunition"}}}
	lx.add(e)
	if e.objEnds == 0 {
		t.Fatal("objEnds not set")
	}
	if e.objEnds&wordBits([]string{"food", "aid"}) != 0 {
		t.Error("the ends of weapon and heavy ammunition take food aid in")
	}
	s := &sent{lx: lx}
	for _, c := range []struct {
		objs []string
		want bool
	}{
		{[]string{"weapon"}, true},
		{[]string{"more", "heavy", "ammunition"}, true},
		{[]string{"ammunition"}, false}, // the last word alone is not the run
		{[]string{"food", "aid"}, false},
		{nil, false},
	} {
		if got := s.objHolds(e, c.objs); got != c.want {
			t.Errorf("objHolds(%q) = %v, want %v", c.objs, got, c.want)
		}
	}
}
