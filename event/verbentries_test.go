package event

import "testing"

// TestVerbRowsEN checks that an English verb whose tagger lemma the
// lexicon lacks finds the rows of the lemma its form suggests.
func TestVerbRowsEN(t *testing.T) {
	x, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	lx := x.lex["en"]
	for _, tc := range []struct {
		low, lemma string
		want       string // lemma of the rows found, "" for none
	}{
		{"attacked", "attack", "attack"}, // the tagger's lemma, known
		{"rioted", "riote", "riot"},      // -ed cut one letter short
		{"deplored", "deplor", "deplore"},
		{"shelled", "shelled", "shell"},
		{"pulled", "pulle", "pull"},
		{"carries", "carrie", "carry"},
		{"frobnicated", "frobnicate", ""}, // no such verb
		{"ed", "ed", ""},                  // too short to cut
	} {
		es := lx.verbRowsEN(tc.low, tc.lemma)
		got := ""
		if len(es) > 0 {
			got = es[0].lemma
		}
		if got != tc.want {
			t.Errorf("verbRowsEN(%q, %q): rows of %q, want %q", tc.low, tc.lemma, got, tc.want)
		}
	}
}

// TestVerbEntriesEverywhere checks that the lookups of a verb other than
// matchVerb see the rows of a guessed lemma too: a verb of violence in a
// "which" clause, a phrasal verb's particle, a plural read as a verb.
func TestVerbEntriesEverywhere(t *testing.T) {
	x, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		tagged string
		check  func(s *sent) bool
		what   string
	}{
		{"which/PRON/which shelled/VERB/shelle the/DET/the town/NOUN/town",
			func(s *sent) bool { return s.violentVerbIn(0, len(s.words)) }, "violentVerbIn"},
		{"which/PRON/which praised/VERB/praise the/DET/the town/NOUN/town",
			func(s *sent) bool { return !s.violentVerbIn(0, len(s.words)) }, "no violence in praise"},
		{"troops/NOUN/troop pulled/VERB/pulle out/ADP/out",
			func(s *sent) bool { return s.phrasal(&s.words[1], "out") }, "phrasal pull out"},
		{"troops/NOUN/troop pulled/VERB/pulle out/ADP/out",
			func(s *sent) bool { return !s.phrasal(&s.words[1], "over") }, "no phrasal pull over"},
		{"rebels/NOUN/rebel shelled/VERB/shelle the/DET/the town/NOUN/town",
			func(s *sent) bool { return s.eventVerb(s.words[1].low, s.words[1].lemma) }, "eventVerb"},
	} {
		d, sn := taggedSentence(t, "en", tc.tagged)
		s := &sent{x: x}
		s.reset()
		s.lx, s.doc, s.s = x.lex["en"], d, sn
		s.build(nil)
		if !tc.check(s) {
			t.Errorf("%s: %q", tc.what, tc.tagged)
		}
	}
}
