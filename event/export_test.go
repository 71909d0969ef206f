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
	ds := docState{dct: dctDate(d.Published)}
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
		evs := s.extract(nil, &ds)
		fmt.Fprintf(&b, "SENTENCE %q\n%s", d.Text[sn.Start:sn.End], s.dump())
		for _, e := range evs {
			fmt.Fprintf(&b, "   EVENT %s/%s %s -> %s src=%s mod=%s trig=%q\n", e.Type, e.Mode, e.Actor, e.Target, e.Source, e.Modality, d.Text[e.Trigger.Start:e.Trigger.End])
		}
		s.remember(&ds)
	}
	return b.String()
}
