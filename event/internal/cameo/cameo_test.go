package cameo

import (
	"strings"
	"testing"
)

const dictFixture = `&WEAPON
+ROCKETS
+MORTAR_SHELL

---  SEND   [---]  ---
SEND {SENDS SENDING SENT }
+BRING_OUT {+BRINGS_OUT +BRINGING_OUT +BROUGHT_OUT }
DISPATCH [042]
- * &WEAPON (TO +)                                    [190]         # SEND, DISPATCH
- WILL *                                              [040]
`

func TestParseDictionary(t *testing.T) {
	d, err := ParseDictionary(strings.NewReader(dictFixture))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(d.Synsets["&WEAPON"], "|"); got != "rockets|mortar shell" {
		t.Errorf("synset &WEAPON = %q", got)
	}
	if len(d.Blocks) != 1 {
		t.Fatalf("%d blocks, want 1", len(d.Blocks))
	}
	b := d.Blocks[0]
	want := []struct{ lemma, code, forms string }{
		{"send", "", "sends sending sent"},
		{"bring out", "", "brings out|bringing out|brought out"},
		{"dispatch", "042", ""},
	}
	if len(b.Verbs) != len(want) {
		t.Fatalf("verbs %+v, want %d", b.Verbs, len(want))
	}
	for i, w := range want {
		v := b.Verbs[i]
		forms := strings.Join(v.Forms, "|")
		if strings.Contains(w.forms, " ") && !strings.Contains(w.forms, "|") {
			forms = strings.Join(v.Forms, " ")
		}
		if v.Lemma != w.lemma || v.Code != w.code || forms != w.forms {
			t.Errorf("verb %d = %q [%s] forms %q, want %q [%s] forms %q", i, v.Lemma, v.Code, forms, w.lemma, w.code, w.forms)
		}
	}
	if len(b.Patterns) != 2 {
		t.Fatalf("patterns %+v, want 2", b.Patterns)
	}
	p := b.Patterns[0]
	if p.Code != "190" || len(p.Pre) != 0 || strings.Join(p.Post, " ") != "&WEAPON (TO +)" || strings.Join(p.For, ",") != "send,dispatch" {
		t.Errorf("pattern %+v", p)
	}
	if p := b.Patterns[1]; strings.Join(p.Pre, " ") != "WILL" || len(p.Post) != 0 {
		t.Errorf("pattern with a word before the verb: %+v", p)
	}
}

func TestPatternNames(t *testing.T) {
	hurl := Verb{Lemma: "hurl"}
	throw := Verb{Lemma: "throw", Forms: []string{"throws", "throwing", "threw", "thrown"}}
	bringOut := Verb{Lemma: "bring out", Forms: []string{"brings out", "bringing out", "brought out"}}
	for _, c := range []struct {
		comment string
		verb    Verb
		want    bool
	}{
		{"", hurl, true},
		{"HURL", hurl, true},
		{"HURL", throw, false},
		{"THREW", throw, true},
		{"THREW", hurl, false},
		{"CAST, THROWN", throw, true},
		{"BROUGHT", bringOut, true},
		{"BRING", bringOut, true},
		{"BRINGS", throw, false},
	} {
		p, ok := parsePattern(" * GRENADE [193] ", c.comment)
		if !ok {
			t.Fatalf("pattern with comment %q not parsed", c.comment)
		}
		if got := p.Names(c.verb); got != c.want {
			t.Errorf("comment %q names %s: %v, want %v", c.comment, c.verb.Lemma, got, c.want)
		}
	}
}
