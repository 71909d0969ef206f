package event_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/event/internal/cameo"
)

// The round trip reads the CAMEO verb dictionary the English lexicon is
// generated from, writes a plain sentence for each of its verb patterns
// ("- * (TO) [061] # EXPORT" → "Russia exported to Kim Jong Un.") and
// checks that the English stage gives the PLOVER type the pattern's code
// maps to, with the pattern's actor and, where the pattern says where it
// is, its target; a cooperation pattern that names no partner is written
// with one ("with X"), since cooperation without a partner is no event.
// It measures the whole codebook, not the gold sets'
// examples. EVENT_ROUNDTRIP_FAILURES=N prints up to N failures per cause.

// rtParty is an actor of the pool the sentences draw on, and what the
// event's actor or target must match.
type rtParty struct{ text, want string }

var rtPool = []rtParty{
	{"Russia", "RUS"},
	{"the Ukrainian government", "UKR"},
	{"Kim Jong Un", "PRK"},
	{"the United Nations", "United Nations"},
}

// rtCase is one generated sentence.
type rtCase struct {
	form     string // active, passive, reported, verb (a verb's own default)
	root     string // CAMEO root, "01".."20"
	pattern  string // the dictionary line, for the failure list
	text     string
	typ      string
	mode     string // the PLOVER mode the code maps to, or ""
	code     string
	actor    rtParty
	target   *rtParty // nil when the pattern names no place for one
	verbSpan string   // the verb as written, to tell triggers apart
}

// rtMinActive is the floor of the active form's share of patterns that
// come out right; it holds the figure reached, so a change that loses
// patterns fails.
const rtMinActive = 0.785

func TestCAMEORoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("the round trip analyses thousands of sentences")
	}
	data := filepath.Join(sharedDir(t), "data")
	dict, table := loadCAMEO(t, data)
	cases := roundTripCases(dict, table)
	st := loadStages(t)

	type tally struct{ n, ok int }
	byForm := map[string]*tally{}
	byRoot := map[string]map[string]*tally{} // root → form → tally
	failures := map[string][]string{}        // cause → lines
	modes := map[string]*rtModeTally{}       // code → how the right events' mode and modality came out
	for _, c := range cases {
		d := st.doc(t, "en", "2024-03-05", c.text)
		cause := rtJudge(st, d, c)
		if byForm[c.form] == nil {
			byForm[c.form] = &tally{}
		}
		if byRoot[c.root] == nil {
			byRoot[c.root] = map[string]*tally{}
		}
		if byRoot[c.root][c.form] == nil {
			byRoot[c.root][c.form] = &tally{}
		}
		byForm[c.form].n++
		byRoot[c.root][c.form].n++
		if cause == "" && c.code != "" {
			rtTallyMode(modes, st, d, c)
		}
		if cause == "" {
			byForm[c.form].ok++
			byRoot[c.root][c.form].ok++
			continue
		}
		key := c.form + ": " + cause
		failures[key] = append(failures[key], fmt.Sprintf("%-60s %q %s", c.pattern, c.text, rtHave(st, d)))
	}
	forms := []string{"active", "passive", "reported", "verb"}
	var b strings.Builder
	fmt.Fprintf(&b, "root")
	for _, f := range forms {
		fmt.Fprintf(&b, " %16s", f)
	}
	b.WriteString("\n")
	roots := make([]string, 0, len(byRoot))
	for r := range byRoot {
		roots = append(roots, r)
	}
	sort.Strings(roots)
	share := func(x *tally) string {
		if x == nil || x.n == 0 {
			return fmt.Sprintf("%16s", "-")
		}
		return fmt.Sprintf(" %5.3f (%4d/%4d)", float64(x.ok)/float64(x.n), x.ok, x.n)
	}
	for _, r := range roots {
		fmt.Fprintf(&b, "%-4s", r)
		for _, f := range forms {
			b.WriteString(share(byRoot[r][f]))
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "all ")
	for _, f := range forms {
		b.WriteString(share(byForm[f]))
	}
	b.WriteString("\n")
	keys := make([]string, 0, len(failures))
	for k := range failures {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return len(failures[keys[i]]) > len(failures[keys[j]]) })
	show := 0
	fmt.Sscan(os.Getenv("EVENT_ROUNDTRIP_FAILURES"), &show)
	for _, k := range keys {
		fmt.Fprintf(&b, "%-40s %5d\n", k, len(failures[k]))
		for i, line := range failures[k] {
			if i >= show {
				break
			}
			fmt.Fprintf(&b, "    %s\n", line)
		}
	}
	b.WriteString(rtModeReport(modes))
	t.Log("CAMEO round trip (share of sentences giving the pattern's PLOVER type, actor and target):\n" + b.String())
	a := byForm["active"]
	if a == nil || a.n < 1000 {
		t.Fatalf("only %v active sentences: the dictionary was not read", a)
	}
	if got := float64(a.ok) / float64(a.n); got < rtMinActive {
		t.Errorf("active round trip %.3f, below the floor %.3f", got, rtMinActive)
	}
}

// rtModeTally counts, for the events a code's sentences got right, whether
// their PLOVER mode is the one the code maps to and whether their modality
// is the form's (asserted for the active form, reported with a source for
// the reported one).
type rtModeTally struct {
	want                 string
	n, modeOK            int
	got                  map[string]int // the modes produced where they differ
	active, activeOK     int
	reported, reportedOK int
	reportedNoSource     int
}

func rtTallyMode(modes map[string]*rtModeTally, st *stages, d *dossier.Document, c rtCase) {
	var e *dossier.Event
	for i := range d.Events {
		if d.Events[i].Type == c.typ && st.matches(d.Events[i].Actor, c.actor.want) {
			e = &d.Events[i]
			break
		}
	}
	if e == nil {
		return
	}
	m := modes[c.code]
	if m == nil {
		m = &rtModeTally{want: c.mode, got: map[string]int{}}
		modes[c.code] = m
	}
	if c.form == "active" {
		m.n++
		if e.Mode == c.mode {
			m.modeOK++
		} else {
			m.got[e.Mode]++
		}
	}
	switch c.form {
	case "active":
		m.active++
		if e.Modality == dossier.ModalityAsserted {
			m.activeOK++
		}
	case "reported":
		m.reported++
		if e.Modality == dossier.ModalityReported {
			m.reportedOK++
		}
		if e.Source == "" {
			m.reportedNoSource++
		}
	}
}

// rtModeReport prints the mode agreement of all codes and of the twenty
// codes with the most right events, and the modality of the two forms.
func rtModeReport(modes map[string]*rtModeTally) string {
	var b strings.Builder
	var n, ok, a, aok, r, rok, rns int
	codes := make([]string, 0, len(modes))
	for code, m := range modes {
		codes = append(codes, code)
		n, ok, a, aok, r, rok, rns = n+m.n, ok+m.modeOK, a+m.active, aok+m.activeOK, r+m.reported, rok+m.reportedOK, rns+m.reportedNoSource
	}
	sort.Slice(codes, func(i, j int) bool {
		if modes[codes[i]].n != modes[codes[j]].n {
			return modes[codes[i]].n > modes[codes[j]].n
		}
		return codes[i] < codes[j]
	})
	fmt.Fprintf(&b, "mode of the right active events: %d/%d as cameo2plover; modality asserted (active) %d/%d, reported (reported form) %d/%d, no source %d\n", ok, n, aok, a, rok, r, rns)
	for i, code := range codes {
		if i >= 20 {
			break
		}
		m := modes[code]
		var got []string
		for g, k := range m.got {
			got = append(got, fmt.Sprintf("%q×%d", g, k))
		}
		sort.Strings(got)
		fmt.Fprintf(&b, "    %-5s want %-14q %3d/%3d  %s\n", code, m.want, m.modeOK, m.n, strings.Join(got, " "))
	}
	sort.SliceStable(codes, func(i, j int) bool {
		return modes[codes[i]].n-modes[codes[i]].modeOK > modes[codes[j]].n-modes[codes[j]].modeOK
	})
	b.WriteString("  most modes other than cameo2plover's:\n")
	for i, code := range codes {
		m := modes[code]
		if i >= 12 || m.n == m.modeOK {
			break
		}
		var got []string
		for g, k := range m.got {
			got = append(got, fmt.Sprintf("%q×%d", g, k))
		}
		sort.Strings(got)
		fmt.Fprintf(&b, "    %-5s want %-14q %3d/%3d  %s\n", code, m.want, m.modeOK, m.n, strings.Join(got, " "))
	}
	return b.String()
}

func loadCAMEO(t *testing.T, data string) (*cameo.Dictionary, map[string]cameo.Plover) {
	t.Helper()
	tf, err := os.Open(filepath.Join(data, "plover-gsr", "CAMEO2PLOVER-2021.txt"))
	if err != nil {
		t.Skipf("CAMEO → PLOVER table: %v", err)
	}
	defer tf.Close()
	table, err := cameo.ParseTable(tf)
	if err != nil {
		t.Fatal(err)
	}
	df, err := os.Open(filepath.Join(data, "phoenix-dictionaries", "CAMEO.2.0.txt"))
	if err != nil {
		t.Skipf("CAMEO dictionary: %v", err)
	}
	defer df.Close()
	dict, err := cameo.ParseDictionary(df)
	if err != nil {
		t.Fatal(err)
	}
	return dict, table
}

// rtJudge says why the document misses the case's event, or "" when it
// has it.
func rtJudge(st *stages, d *dossier.Document, c rtCase) string {
	var typed []*dossier.Event
	for i := range d.Events {
		if d.Events[i].Type == c.typ {
			typed = append(typed, &d.Events[i])
		}
	}
	if len(typed) == 0 {
		if len(d.Events) == 0 {
			return "no trigger"
		}
		return "wrong type"
	}
	cause := "wrong actor"
	for _, e := range typed {
		if !st.matches(e.Actor, c.actor.want) || e.Actor == "" {
			continue
		}
		switch {
		case c.target == nil:
			return ""
		case e.Target == "":
			cause = "target missing"
		case !st.matches(e.Target, c.target.want):
			cause = "wrong target"
		default:
			return ""
		}
	}
	return cause
}

func rtHave(st *stages, d *dossier.Document) string {
	name := func(id string) string {
		if id == "" {
			return "-"
		}
		if e, ok := st.linker.Entity(id); ok {
			if e.Country != "" {
				return e.Country
			}
			return e.Name
		}
		return id
	}
	var out []string
	for _, e := range d.Events {
		out = append(out, fmt.Sprintf("%s(%s→%s %q)", e.Type, name(e.Actor), name(e.Target), d.Text[e.Trigger.Start:e.Trigger.End]))
	}
	if len(out) == 0 {
		return "[]"
	}
	return "[" + strings.Join(out, " ") + "]"
}

// roundTripCases writes the sentences: for every pattern whose code has a
// PLOVER type, an active sentence, and for every third a reported one and
// a passive where the target is the verb's object; for every verb with a
// code of its own or its block's, "actor verbed target", and for every
// third "target was verbed by actor".
func roundTripCases(d *cameo.Dictionary, table map[string]cameo.Plover) []rtCase {
	var out []rtCase
	k := 0
	next := func() (rtParty, rtParty) {
		k++
		a := rtPool[k%len(rtPool)]
		b := rtPool[(k+1+k/len(rtPool))%len(rtPool)]
		if a == b {
			b = rtPool[(k+1)%len(rtPool)]
		}
		return a, b
	}
	for _, b := range d.Blocks {
		// a forward code the block writes reversed elsewhere is a slip the
		// lexicon reads reversed ("received weapons" makes the receiver
		// the target): it is left out as reversed codes are
		slips := b.ReversedSlips()
		for _, p := range b.Patterns {
			code, _, _ := strings.Cut(p.Code, ":")
			pl, ok := cameo.Lookup(table, code)
			if !ok || code == "---" || len(p.Pre) > 0 {
				continue
			}
			v, ok := rtVerb(b, p)
			if !ok {
				continue
			}
			actor, target := next() // drawn for slips too, so that the other sentences keep their actors
			if slips[p.Code] {
				continue
			}
			words, slot, obj, ok := rtPost(p.Post, d.Synsets, target.text)
			if !ok {
				continue
			}
			if !slot && pl.Type == "COOPERATE" {
				// cooperation is with someone: a pattern that names no
				// partner ("- * {JOINT EXERCISES}") is written with one, as
				// the news reports it, for the event needs it
				words = strings.TrimSpace(words + " with " + target.text)
				slot = true
			}
			past, part := rtPast(v)
			line := fmt.Sprintf("- * %s [%s] # %s", strings.Join(p.Post, " "), p.Code, v.Lemma)
			c := rtCase{form: "active", root: code[:2], pattern: line, typ: pl.Type, mode: pl.Mode, code: code, actor: actor, verbSpan: past}
			if slot {
				c.target = &target
			}
			c.text = rtSentence(actor.text, past, words)
			out = append(out, c)
			if k%3 != 0 {
				continue
			}
			r := c
			r.form = "reported"
			r.text = strings.TrimSuffix(c.text, ".") + ", officials said."
			out = append(out, r)
			if obj {
				// the object is the subject of the passive and the actor
				// comes in a by-phrase
				pv := c
				pv.form = "passive"
				rest := strings.TrimSpace(strings.TrimPrefix(words, target.text))
				pv.text = rtSentence(target.text, "was "+part, strings.TrimSpace(rest+" by "+actor.text))
				out = append(out, pv)
			}
		}
		for _, v := range b.Verbs {
			code := v.Code
			if code == "" {
				code = b.Code
			}
			code, _, _ = strings.Cut(code, ":")
			pl, ok := cameo.Lookup(table, code)
			if !ok || code == "---" {
				continue
			}
			actor, target := next()
			words := target.text
			if v.Obj != "" {
				words = "to " + target.text // the noun is in past
			}
			past, part := rtPast(v)
			c := rtCase{form: "verb", root: code[:2], pattern: fmt.Sprintf("%s [%s]", v.Lemma, code),
				text: rtSentence(actor.text, past, words), typ: pl.Type, actor: actor, target: &target, verbSpan: past}
			out = append(out, c)
			if k%3 == 0 && v.Obj == "" {
				c.form = "passive"
				c.text = rtSentence(target.text, "was "+part, "by "+actor.text)
				out = append(out, c)
			}
		}
	}
	return out
}

// rtVerb picks the verb a pattern was written for: the one its comment
// names (by lemma or by a listed form), else the block's first plain verb.
func rtVerb(b cameo.Block, p cameo.Pattern) (cameo.Verb, bool) {
	for _, want := range p.For {
		for _, v := range b.Verbs {
			base, _, _ := strings.Cut(v.Lemma, " ")
			if v.Obj != "" || base != v.Lemma {
				continue
			}
			if v.Lemma == want {
				return v, true
			}
			for _, f := range v.Forms {
				if f == want {
					return v, true
				}
			}
		}
	}
	for _, v := range b.Verbs {
		if v.Obj == "" && !strings.Contains(v.Lemma, " ") {
			return v, true
		}
	}
	return cameo.Verb{}, false
}

// rtPost writes the words after the verb: synsets by their first member,
// "+" as the target, "^" as a noun phrase of no one, an empty
// prepositional phrase ("(TO)") or a closing bare preposition with the
// target when the pattern has no "+". slot says whether the target was
// placed, obj whether it is the verb's object (first after it); ok is
// false for patterns with the source after the verb or a compound actor.
func rtPost(post []string, syn map[string][]string, target string) (words string, slot, obj, ok bool) {
	hasPlus := false
	for _, tok := range post {
		if strings.Contains(tok, "$") || strings.Contains(tok, "%") {
			return "", false, false, false
		}
		if strings.Contains(tok, "+") {
			hasPlus = true
		}
	}
	var out []string
	word := func(w string) {
		switch {
		case w == "+":
			if len(out) == 0 {
				obj = true
			}
			out = append(out, target)
			slot = true
		case w == "^":
			out = append(out, "the city")
		case strings.HasPrefix(w, "&"):
			m := syn[strings.TrimRight(w, "_")]
			if len(m) == 0 {
				out = append(out, cameo.Phrase(strings.TrimPrefix(w, "&")))
			} else {
				out = append(out, m[0])
			}
		default:
			if p := cameo.Phrase(w); p != "" {
				out = append(out, p)
			}
		}
	}
	for i, tok := range post {
		if strings.HasPrefix(tok, "(") {
			inner := strings.Fields(strings.NewReplacer("(", " ", ")", " ", "{", " ", "}", " ").Replace(tok))
			for _, w := range inner {
				word(w)
			}
			if len(inner) == 1 && !hasPlus && !slot {
				out = append(out, target)
				slot = true
			}
			continue
		}
		for _, w := range strings.Fields(strings.Trim(tok, "{}")) {
			word(w)
		}
		// "DEBATE ON", "- * AGAINST": a closing preposition or particle
		// takes the target ("fired against X"); a lone particle makes a
		// phrasal verb whose object it is ("burned down X")
		if i == len(post)-1 && !hasPlus && !slot && len(out) > 0 && (rtPreposition(out[len(out)-1]) || len(post) == 1 && cameo.IsParticle(out[0])) {
			out = append(out, target)
			slot = true
		}
	}
	return strings.Join(out, " "), slot, obj, true
}

func rtPreposition(w string) bool {
	switch w {
	case "to", "with", "against", "on", "for", "from", "at", "into", "toward", "towards", "between", "over", "of", "about", "upon":
		return true
	}
	return false
}

func rtSentence(subject, verb, rest string) string {
	s := subject + " " + verb
	if rest != "" {
		s += " " + rest
	}
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

// rtPast gives a verb's simple past and past participle: the dictionary's
// own forms where it lists them, else the regular ones.
func rtPast(v cameo.Verb) (past, part string) {
	base, particle, _ := strings.Cut(v.Lemma, " ")
	var cands []string
	for _, f := range v.Forms {
		w, _, _ := strings.Cut(f, " ")
		if strings.HasSuffix(w, "ing") || w == base+"s" || w == base+"es" || strings.HasSuffix(base, "y") && w == base[:len(base)-1]+"ies" {
			continue
		}
		cands = append(cands, w)
	}
	switch {
	case len(cands) > 0:
		// the dictionary lists past and participle in either order
		// ("broken broke", "lain laid"): the past is the first form not
		// ending in -n, the participle the last that does
		past, part = cands[0], ""
		for _, f := range cands {
			if !strings.HasSuffix(f, "n") {
				past = f
				break
			}
		}
		for _, f := range cands {
			if strings.HasSuffix(f, "n") {
				part = f
			}
		}
		if part == "" {
			part = past
		}
	case len(v.Forms) > 0:
		// forms listed without a past: it is the base ("put", "set")
		past, part = base, base
	default:
		past = rtRegularPast(base)
		part = past
	}
	if particle != "" {
		past += " " + particle
		part += " " + particle
	}
	if v.Obj != "" {
		past += " " + v.Obj
		part += " " + v.Obj
	}
	return past, part
}

func rtRegularPast(w string) string {
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	n := len(w)
	switch {
	case strings.HasSuffix(w, "e"):
		return w + "d"
	case n > 1 && w[n-1] == 'y' && !vowel(w[n-2]):
		return w[:n-1] + "ied"
	case n >= 3 && !vowel(w[n-1]) && vowel(w[n-2]) && !vowel(w[n-3]) && strings.IndexByte("wxy", w[n-1]) < 0 && rtSyllables(w) == 1:
		return w + w[n-1:] + "ed"
	}
	return w + "ed"
}

func rtSyllables(w string) int {
	n, prev := 0, false
	for i := 0; i < len(w); i++ {
		v := strings.IndexByte("aeiouy", w[i]) >= 0
		if v && !prev {
			n++
		}
		prev = v
	}
	return n
}

// TestRoundTripSentences checks the sentence writer of the round trip on
// dictionary lines of our own.
func TestRoundTripSentences(t *testing.T) {
	syn := map[string][]string{"&WEAPON": {"rockets", "shells"}}
	for _, c := range []struct {
		verb  cameo.Verb
		post  string
		want  string
		slot  bool
		obj   bool
		valid bool
	}{
		{cameo.Verb{Lemma: "export"}, "&WEAPON (TO)", "Russia exported rockets to Peru.", true, false, true},
		{cameo.Verb{Lemma: "accuse"}, "+ (OF CRIME)", "Russia accused Peru of crime.", true, true, true},
		{cameo.Verb{Lemma: "meet", Forms: []string{"meets", "meeting", "met"}}, "(IN ^) (FOR TALKS)", "Russia met in the city for talks.", false, false, true},
		{cameo.Verb{Lemma: "stop"}, "DEBATE ON", "Russia stopped debate on Peru.", true, false, true},
		{cameo.Verb{Lemma: "set", Forms: []string{"sets", "setting"}}, "OFF &WEAPON", "Russia set off rockets.", false, false, true},
		{cameo.Verb{Lemma: "grow", Forms: []string{"grows", "growing", "grew", "grown"}}, "CLOSER (TO +)", "Russia grew closer to Peru.", true, false, true},
		{cameo.Verb{Lemma: "bring out", Forms: []string{"brings out", "bringing out", "brought out"}}, "TROOPS", "Russia brought out troops.", false, false, true},
		{cameo.Verb{Lemma: "deny"}, "", "Russia denied.", false, false, true},
		{cameo.Verb{Lemma: "break", Forms: []string{"breaks", "breaking", "broken", "broke"}}, "(WITH)", "Russia broke with Peru.", true, false, true},
		{cameo.Verb{Lemma: "lay", Forms: []string{"laying", "lain", "laid", "lie"}}, "DOWN &WEAPON", "Russia laid down rockets.", false, false, true},
		{cameo.Verb{Lemma: "burn"}, "DOWN", "Russia burned down Peru.", true, false, true},
		{cameo.Verb{Lemma: "fire"}, "AGAINST", "Russia fired against Peru.", true, false, true},
		{cameo.Verb{Lemma: "trade"}, "FROM $ TO +", "", false, false, false},
	} {
		words, slot, obj, ok := rtPost(cameo.Tokens(c.post), syn, "Peru")
		if ok != c.valid {
			t.Errorf("%s %s: ok %v, want %v", c.verb.Lemma, c.post, ok, c.valid)
			continue
		}
		if !ok {
			continue
		}
		past, _ := rtPast(c.verb)
		if got := rtSentence("Russia", past, words); got != c.want || slot != c.slot || obj != c.obj {
			t.Errorf("%s %s: %q slot %v obj %v, want %q slot %v obj %v", c.verb.Lemma, c.post, got, slot, obj, c.want, c.slot, c.obj)
		}
	}
	for _, c := range [][2]string{{"ban", "banned"}, {"visit", "visited"}, {"deny", "denied"}, {"praise", "praised"}, {"stay", "stayed"}, {"fix", "fixed"}} {
		if got := rtRegularPast(c[0]); got != c[1] {
			t.Errorf("past of %s = %q, want %q", c[0], got, c[1])
		}
	}
}
