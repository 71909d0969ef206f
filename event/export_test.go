package event

import (
	"fmt"
	"strings"

	"github.com/dossier-news/dossier"
)

// dump describes the analysis of the current sentence, for debugging.
func (s *sent) dump() string {
	var b strings.Builder
	for ci, c := range s.clauses {
		fmt.Fprintf(&b, "  clause %d kind=%d parent=%d sub=%d: ", ci, c.kind, c.parent, c.sub)
		for i := c.lo; i < c.hi; i++ {
			w := &s.words[i]
			if w.chunk >= 0 && s.chunks[w.chunk].lo == i {
				ck := &s.chunks[w.chunk]
				ref := ""
				if m := s.chunkRef(w.chunk); m >= 0 {
					ref = "=" + s.ments[m].m.Entity
				}
				fmt.Fprintf(&b, "[%d%s p%d nom%v gen%v ", w.chunk, ref, ck.prep, ck.nomOK, ck.gen)
			}
			fmt.Fprintf(&b, "%s/%s/%s ", w.tok.Text, posNames[w.pos], w.lemma)
			if w.chunk >= 0 && s.chunks[w.chunk].hi == i+1 {
				b.WriteString("] ")
			}
		}
		fmt.Fprintf(&b, " SUBJ=%v\n", s.subject(ci))
	}
	return b.String()
}

var posNames = []string{"X", "N", "PN", "PRON", "DET", "ADJ", "NUM", "V", "AUX", "ADP", "ADV", "PART", "SCONJ", "CCONJ", "P"}

// DebugAnalyze runs the extractor on d sentence by sentence and returns,
// for each sentence, its analysis (clauses, phrases, subjects) and events.
func DebugAnalyze(x *Extractor, d *dossier.Document) string {
	var b strings.Builder
	s := x.pool.Get().(*sent)
	defer x.pool.Put(s)
	dropUnnamed(d)
	ds := docState{dct: dctDate(d.Published), home: x.homeCountry(d.Mentions)}
	for si := range d.Sentences {
		sn := &d.Sentences[si]
		if x.lex[sn.Lang] == nil {
			continue
		}
		s.reset()
		s.lx, s.de, s.doc, s.idx, s.s, s.st = x.lex[sn.Lang], sn.Lang == "de", d, si, sn, &ds
		var ms []dossier.Mention
		for _, m := range d.Mentions {
			if m.Start >= sn.Start && m.End <= sn.End {
				ms = append(ms, m)
			}
		}
		var tx []dossier.TimeValue
		for _, tv := range d.Timexes {
			if tv.Start >= sn.Start && tv.End <= sn.End {
				tx = append(tx, tv)
			}
		}
		s.timexes = tx
		s.build(ms)
		s.chunkWords()
		s.segment()
		s.resolveDescriptions()
		s.officeNamedDE()
		s.implicitStateDE()
		s.resolveOwnCountry()
		evs := s.extract(nil, &ds)
		fmt.Fprintf(&b, "SENTENCE %q\n%s", d.Text[sn.Start:sn.End], s.dump())
		for _, e := range evs {
			fmt.Fprintf(&b, "   EVENT %s/%s %s -> %s src=%s mod=%s trig=%q\n", e.Type, e.Mode, e.Actor, e.Target, e.Source, e.Modality, d.Text[e.Trigger.Start:e.Trigger.End])
		}
		s.remember(&ds)
		if s.de {
			s.learnGender(&ds)
			if s.sportSentenceDE() {
				ds.sportSents++
			}
		} else if s.sportSentenceEN() {
			ds.sportSents++
		}
		s.rememberNamed(&ds)
	}
	return b.String()
}

// DebugCause names the likely cause of a missed event of PLOVER type want
// in the first sentence of d (the ablation study of issue #5):
//
//	produced-args   an event of the type came out, with other participants
//	matched-dropped a verb row of the type matched, but no event came out
//	passive         ... the verb is a passive or participle the row did not reach
//	condition       the lemma has generated rows of the type, all conditional, none held
//	other-row       the lemma has a row of the type, but another of its rows won
//	mapping         the sentence's verbs are in the lexicon, none with the type
//	noun            a noun of the sentence has the type's verb as its stem (a nominalisation)
//	absent          no verb of the sentence is in the lexicon
func DebugCause(x *Extractor, d *dossier.Document, want string) string {
	s := x.pool.Get().(*sent)
	defer x.pool.Put(s)
	ds := docState{dct: dctDate(d.Published)}
	if len(d.Sentences) == 0 {
		return "absent"
	}
	sn := &d.Sentences[0]
	lx := x.lex[sn.Lang]
	if lx == nil {
		return "absent"
	}
	s.reset()
	s.lx, s.de, s.doc, s.idx, s.s, s.st = lx, sn.Lang == "de", d, 0, sn, &ds
	s.timexes = d.Timexes
	s.build(d.Mentions)
	s.chunkWords()
	s.segment()
	for _, e := range s.extract(nil, &ds) {
		if e.Type == want {
			return "produced-args"
		}
	}
	hasType := func(es []*entry, cond bool) bool {
		for _, e := range es {
			if e.typ == want && (cond || e.specific+len(e.rest) == 0) {
				return true
			}
		}
		return false
	}
	known, noun := false, false
	best, bestLemma := "", ""
	rank := map[string]int{"": 0, "mapping": 1, "other-row": 2, "condition": 3, "passive": 4, "matched-dropped": 5}
	for i := range s.words {
		w := &s.words[i]
		if w.pos == pNoun {
			for _, v := range nounStems(w.lemma) {
				if hasType(lx.verbs[v], true) {
					noun = true
				}
			}
			if hasType(lx.nouns[w.lemma], true) {
				noun = true
			}
			continue
		}
		if w.pos != pVerb {
			continue
		}
		es := lx.verbs[w.lemma]
		if len(es) == 0 {
			continue
		}
		known = true
		cause := "mapping"
		if hasType(es, true) {
			e, _ := s.matchVerb(i, w.clause)
			switch {
			case e != nil && e.typ == want && w.low != w.lemma && (hasSuffix(w.low, "ed") || hasSuffix(w.low, "en")) && s.passiveAt(i, nil):
				cause = "passive"
			case e != nil && e.typ == want:
				cause = "matched-dropped"
			case !hasType(es, false):
				cause = "condition"
			default:
				cause = "other-row"
			}
		}
		if rank[cause] > rank[best] {
			best, bestLemma = cause, w.lemma
		}
	}
	switch {
	case best == "matched-dropped" || best == "passive" || best == "condition" || best == "other-row":
		return best + " " + bestLemma
	case noun:
		return "noun"
	case known:
		return "mapping"
	}
	return "absent"
}

// nounStems guesses the verbs an English noun may be made from
// ("invasion" → invade, "accusation" → accuse, "talks" → talk).
func nounStems(n string) []string {
	out := []string{n, singular(n)}
	for _, suf := range []string{"ation", "ition", "sion", "tion", "ment", "ance", "ence", "al", "ure", "ing"} {
		if st, ok := strings.CutSuffix(n, suf); ok && len(st) >= 3 {
			out = append(out, st, st+"e", st+"d", st+"t", st+"ate")
		}
	}
	return out
}

// DebugRowKind names the kind of lexicon row that made the events of the
// first sentence of d whose trigger text is trig: curated, pattern
// (a generated row with a condition), default (a generated lemma row) or
// noun (a generated noun row), with the row's source.
func DebugRowKind(x *Extractor, d *dossier.Document, trig string) string {
	s := x.pool.Get().(*sent)
	defer x.pool.Put(s)
	ds := docState{dct: dctDate(d.Published)}
	if len(d.Sentences) == 0 || x.lex[d.Sentences[0].Lang] == nil {
		return "?"
	}
	sn := &d.Sentences[0]
	s.reset()
	s.lx, s.de, s.doc, s.idx, s.s, s.st = x.lex[sn.Lang], sn.Lang == "de", d, 0, sn, &ds
	s.timexes = d.Timexes
	s.build(d.Mentions)
	s.chunkWords()
	s.segment()
	for i := range s.words {
		w := &s.words[i]
		if w.tok.Text != trig && !strings.HasSuffix(trig, " "+w.tok.Text) {
			continue
		}
		var e *entry
		if w.chunk >= 0 && s.chunks[w.chunk].head == i {
			e, _ = s.nounEntry(i, w.chunk)
		}
		if e == nil {
			e, _ = s.matchVerb(i, w.clause)
		}
		switch {
		case e == nil:
			continue
		case e.curated:
			return "curated"
		case e.pos == 'n':
			return "noun " + e.source
		case e.specific+len(e.rest) > 0:
			return "pattern " + e.source
		}
		return "default " + e.source
	}
	return "?"
}

// SetTrace makes x call f with each event it makes and the lexicon row
// behind it ("en.tsv:42", a generated row's source), for audits.
func SetTrace(x *Extractor, f func(ev *dossier.Event, row string)) { x.trace = f }
