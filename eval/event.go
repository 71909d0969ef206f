package eval

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dossier-news/dossier"
)

// Event scoring.
//
// An expected event is recovered when an event produced from its sentence
// has the same actor and target: the actor's code (the first three letters
// of the CAMEO actor code: a country, or IGO/NGO for organisations without
// one) equals that of the produced actor, and likewise for the target,
// where an expected event without a target is matched only by a produced
// event without one. Produced and expected events are paired one to one,
// pairs of the same PLOVER type first. Then
//
//	recall        = recovered / expected
//	extra         = produced events that match no expected (or neutral) event / produced
//	type accuracy = recovered with the expected PLOVER type / recovered
//
// For the PLOVER gold-standard records, whose coders code intentions as
// AGREE or THREATEN, a produced event with modality planned is compared
// under that convention (see ploverIntent); the PETRARCH unit tests code an
// intended event by its own type and are compared as produced.
//
// Neutral codings — CAMEO codes PLOVER has no type for (public statements,
// the WEIS-era codes of the old unit tests) and codings whose source is
// unknown ("---") — are neither expected nor extra: a produced event that
// matches one is not counted against the extractor.

// EventRecord is one gold sentence.
type EventRecord struct {
	ID       string
	Lang     string
	Date     string // YYYY-MM-DD or ""
	Text     string
	Expected []GoldEvent
	Neutral  []GoldEvent
	NoEvents bool // the gold says the sentence has no event
	// IntentAsType: the gold codes intentions by their own types (PLOVER
	// GSR: "will provide aid" is AGREE); see ploverIntent.
	IntentAsType bool
	// OneCoding: the record codes one event of its sentence (PLOVER GSR
	// records are one per event category), so records of the same sentence
	// add up rather than repeat; see EventSplit.
	OneCoding bool
	// Unscored: the gold tests the reference coder's handling of its own
	// input (a broken parse tree, a dateline) and says nothing about the
	// sentence's events; whatever is produced counts as neutral.
	Unscored bool
}

// GoldEvent is one coded event: actor codes as the gold writes them
// ("RUSGOV", "USA", "" for no target), the CAMEO code where there is one,
// and the PLOVER type and mode ("" when PLOVER has none).
type GoldEvent struct {
	Source, Target string
	Code           string
	Type, Mode     string
}

// LoadEventGold reads a PETRARCH validation file (.xml) or PLOVER GSR file
// (a JSON array). For PETRARCH files it also reads the actor dictionary the
// file names (looked up next to it and in ../petrarch2), returned non-nil.
func LoadEventGold(path string) ([]EventRecord, []DictActor, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	trimmed := strings.TrimSpace(string(data[:min(len(data), 64)]))
	if strings.HasPrefix(trimmed, "[") {
		recs, err := ParsePLOVERGSR(data)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		return recs, nil, nil
	}
	f, err := ParsePETRARCH(data)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	name := f.Actorfile
	if name == "" {
		name = "PETR.Validate.actors.txt"
	}
	dir := filepath.Dir(path)
	var actors []DictActor
	for _, p := range []string{filepath.Join(dir, name), filepath.Join(dir, "..", "petrarch2", name)} {
		af, err := os.Open(p)
		if err != nil {
			continue
		}
		actors, err = ParseActorDict(af)
		af.Close()
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", p, err)
		}
		break
	}
	if actors == nil {
		return nil, nil, fmt.Errorf("%s: actor dictionary %s not found next to it", path, name)
	}
	return f.Records, actors, nil
}

// EventSplit returns a part of the records: "heldout" is every Nth record
// (the N-th, 2N-th, … in file order), "dev" the others, "all" or "" all.
// Within the part, OneCoding records of the same sentence become one
// record with all their codings: each event of the sentence is then
// expected once, and an event one record codes is not extra in another.
func EventSplit(recs []EventRecord, part string, every int) ([]EventRecord, error) {
	out, err := eventPart(recs, part, every)
	if err != nil {
		return nil, err
	}
	return mergeCodings(out), nil
}

// mergeCodings joins OneCoding records of the same text, date and language
// into the first of them.
func mergeCodings(recs []EventRecord) []EventRecord {
	type key struct{ text, date, lang string }
	first := map[key]int{}
	out := recs[:0:0]
	for _, r := range recs {
		if !r.OneCoding || r.Text == "" {
			out = append(out, r)
			continue
		}
		k := key{r.Text, r.Date, r.Lang}
		if i, ok := first[k]; ok {
			m := &out[i]
			m.ID += "+" + r.ID
			m.Expected = append(m.Expected, r.Expected...)
			m.Neutral = append(m.Neutral, r.Neutral...)
			m.NoEvents = m.NoEvents && r.NoEvents
			continue
		}
		first[k] = len(out)
		r.Expected = append([]GoldEvent(nil), r.Expected...)
		r.Neutral = append([]GoldEvent(nil), r.Neutral...)
		out = append(out, r)
	}
	return out
}

func eventPart(recs []EventRecord, part string, every int) ([]EventRecord, error) {
	if every < 2 {
		every = 5
	}
	var out []EventRecord
	for i, r := range recs {
		held := (i+1)%every == 0
		switch part {
		case "", "all":
			out = append(out, r)
		case "dev":
			if !held {
				out = append(out, r)
			}
		case "heldout":
			if held {
				out = append(out, r)
			}
		default:
			return nil, fmt.Errorf("unknown part %q (dev, heldout or all)", part)
		}
	}
	return out, nil
}

// EntityCoder gives the code a produced participant is compared with: the
// first three letters of a CAMEO actor code (a country code), "IGO" or
// "NGO" for organisations without a country, or "" when unknown. date is
// the record's date (some dictionary actors change code over time).
type EntityCoder func(entityID, date string) string

// EventCounts are the results of an event evaluation.
type EventCounts struct {
	Records     int
	Expected    int
	Produced    int
	Recovered   int
	TypeCorrect int
	Extra       int
	Neutral     int // produced events that matched a neutral coding
	PerType     map[string]*TypeScore
	// Classes counts missed and extra events by the kind of error (see
	// classifyErrors), so what a change fixes can be told apart from
	// what it breaks without reading the records.
	Classes map[string]int
	Errors  []EventError
	// Outcome, when set, hears what became of each produced event of a
	// record: "recovered", "neutral" or "extra" (for audits of the rules
	// behind the events)
	Outcome func(rec *EventRecord, produced int, outcome string)
}

// TypeScore counts per expected PLOVER type.
type TypeScore struct {
	Expected, Recovered, TypeCorrect, Produced int
}

// EventError is a record with missed or extra events, for inspection.
type EventError struct {
	ID       string
	Text     string
	Missed   []GoldEvent
	Extra    []string
	Mistyped []string
}

// ProducedEvent is an extracted event reduced to what scoring compares.
type ProducedEvent struct {
	Actor, Target string // codes from the EntityCoder
	Type          string
	Desc          string // for error listings
}

// ScoreEvents compares the produced events of one record with its gold and
// adds the result to c.
func (c *EventCounts) ScoreEvents(rec *EventRecord, produced []ProducedEvent, keepErrors bool) {
	if c.PerType == nil {
		c.PerType = map[string]*TypeScore{}
	}
	ts := func(t string) *TypeScore {
		s := c.PerType[t]
		if s == nil {
			s = &TypeScore{}
			c.PerType[t] = s
		}
		return s
	}
	c.Records++
	c.Produced += len(produced)
	if rec.Unscored {
		c.Neutral += len(produced)
		if c.Outcome != nil {
			for pi := range produced {
				c.Outcome(rec, pi, "neutral")
			}
		}
		return
	}
	c.Expected += len(rec.Expected)
	for _, p := range produced {
		ts(p.Type).Produced++
	}
	for _, g := range rec.Expected {
		ts(g.Type).Expected++
	}
	usedP := make([]bool, len(produced))
	usedG := make([]bool, len(rec.Expected))
	var errRec EventError
	for pass := 0; pass < 2; pass++ {
		for gi, g := range rec.Expected {
			if usedG[gi] {
				continue
			}
			for pi, p := range produced {
				if usedP[pi] || !sameParticipants(g, p) {
					continue
				}
				if pass == 0 && p.Type != g.Type {
					continue
				}
				usedP[pi], usedG[gi] = true, true
				c.Recovered++
				ts(g.Type).Recovered++
				if p.Type == g.Type {
					c.TypeCorrect++
					ts(g.Type).TypeCorrect++
				} else if keepErrors {
					errRec.Mistyped = append(errRec.Mistyped, fmt.Sprintf("%s (want %s)", p.Desc, g.Type))
				}
				break
			}
		}
	}
	for pi, p := range produced {
		if usedP[pi] {
			if c.Outcome != nil {
				c.Outcome(rec, pi, "recovered")
			}
			continue
		}
		if c.isNeutral(rec, p) {
			c.Neutral++
			if c.Outcome != nil {
				c.Outcome(rec, pi, "neutral")
			}
			continue
		}
		c.Extra++
		if c.Outcome != nil {
			c.Outcome(rec, pi, "extra")
		}
		if keepErrors {
			errRec.Extra = append(errRec.Extra, p.Desc)
		}
	}
	c.classifyErrors(rec, produced, usedP, usedG)
	if keepErrors {
		for gi, g := range rec.Expected {
			if !usedG[gi] {
				errRec.Missed = append(errRec.Missed, g)
			}
		}
		if len(errRec.Missed)+len(errRec.Extra)+len(errRec.Mistyped) > 0 {
			errRec.ID, errRec.Text = rec.ID, rec.Text
			c.Errors = append(c.Errors, errRec)
		}
	}
}

// codeOf reduces a gold actor code to what is compared: its first three
// letters ("RUSGOV" → "RUS"), "" for none.
// Error classes of missed and extra events.
const (
	ClassNoEvent       = "missed: no event from the sentence"
	ClassNoTrigger     = "missed: no event for it (other codings matched)"
	ClassTargetMissing = "missed: actor right, no target"
	ClassTargetExtra   = "missed: actor right, target where gold has none"
	ClassTargetWrong   = "missed: actor right, other target"
	ClassActorUncoded  = "missed: target right, actor without code"
	ClassActorWrong    = "missed: target right, other actor"
	ClassReversed      = "missed: actor and target swapped"
	ClassBothWrong     = "missed: actor and target both wrong"
	ClassExtraNoGold   = "extra: sentence has no expected event"
	ClassExtraSecond   = "extra: second event, all expected recovered"
	ClassExtraNearMiss = "extra: beside a missed event"
)

// classifyErrors counts each missed expected event by its nearest unused
// produced event (the one sharing the actor, else the target, else any),
// and each extra produced event by what else the record has. It uses only
// codes, so its counts may be printed for held-out data without showing
// the records.
func (c *EventCounts) classifyErrors(rec *EventRecord, produced []ProducedEvent, usedP, usedG []bool) {
	if c.Classes == nil {
		c.Classes = map[string]int{}
	}
	missed := 0
	var free []ProducedEvent
	for pi, p := range produced {
		if !usedP[pi] && !c.isNeutral(rec, p) {
			free = append(free, p)
		}
	}
	for gi, g := range rec.Expected {
		if usedG[gi] {
			continue
		}
		missed++
		src, tgt := codeOf(g.Source), codeOf(g.Target)
		class := ""
		switch {
		case len(produced) == 0:
			class = ClassNoEvent
		case len(free) == 0:
			class = ClassNoTrigger
		}
		for _, p := range free {
			if class != "" {
				break
			}
			if p.Actor == src && p.Actor != "" {
				switch {
				case p.Target == "":
					class = ClassTargetMissing
				case tgt == "":
					class = ClassTargetExtra
				default:
					class = ClassTargetWrong
				}
			}
		}
		for _, p := range free {
			if class != "" {
				break
			}
			switch {
			case p.Target == tgt && p.Actor == "":
				class = ClassActorUncoded
			case p.Target == tgt:
				class = ClassActorWrong
			case p.Actor == tgt && p.Target == src:
				class = ClassReversed
			}
		}
		if class == "" {
			class = ClassBothWrong
		}
		c.Classes[class]++
	}
	for range free {
		switch {
		case len(rec.Expected) == 0:
			c.Classes[ClassExtraNoGold]++
		case missed == 0:
			c.Classes[ClassExtraSecond]++
		default:
			c.Classes[ClassExtraNearMiss]++
		}
	}
}

func (c *EventCounts) isNeutral(rec *EventRecord, p ProducedEvent) bool {
	if rec.Unscored {
		return true
	}
	for _, g := range rec.Neutral {
		if sameParticipants(g, p) || unknownActor(g.Source) && codeOf(g.Target) == p.Target {
			return true
		}
	}
	return false
}

func codeOf(code string) string {
	code = strings.TrimSpace(code)
	if unknownActor(code) {
		return ""
	}
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

func sameParticipants(g GoldEvent, p ProducedEvent) bool {
	return codeOf(g.Source) == p.Actor && p.Actor != "" && codeOf(g.Target) == p.Target
}

// Recall, ExtraRate and TypeAccuracy are the summary figures (0 when
// undefined).
func (c *EventCounts) Recall() float64       { return evRatio(c.Recovered, c.Expected) }
func (c *EventCounts) ExtraRate() float64    { return evRatio(c.Extra, c.Produced) }
func (c *EventCounts) TypeAccuracy() float64 { return evRatio(c.TypeCorrect, c.Recovered) }

func evRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Report writes per-type figures and the summary line.
func (c *EventCounts) Report(w io.Writer) error {
	types := make([]string, 0, len(c.PerType))
	for t := range c.PerType {
		types = append(types, t)
	}
	sort.Strings(types)
	if _, err := fmt.Fprintf(w, "%-10s %8s %9s %9s %8s\n", "type", "expected", "recovered", "typed ok", "produced"); err != nil {
		return err
	}
	for _, t := range types {
		s := c.PerType[t]
		if _, err := fmt.Fprintf(w, "%-10s %8d %9d %9d %8d\n", t, s.Expected, s.Recovered, s.TypeCorrect, s.Produced); err != nil {
			return err
		}
	}
	classes := make([]string, 0, len(c.Classes))
	for k := range c.Classes {
		classes = append(classes, k)
	}
	sort.Strings(classes)
	for _, k := range classes {
		if _, err := fmt.Fprintf(w, "%-52s %5d\n", k, c.Classes[k]); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintf(w, "records %d, produced events matching neutral codings %d\nevents: recall=%.3f extra=%.3f type accuracy=%.3f (expected %d, produced %d)\n",
		c.Records, c.Neutral, c.Recall(), c.ExtraRate(), c.TypeAccuracy(), c.Expected, c.Produced)
	return err
}

// EventRunner analyses one document: segmentation is done by the caller;
// the runner runs the stages from tagging to events.
type EventRunner func(ctx context.Context, doc *dossier.Document) error

// EvaluateEvents runs every record through run and scores the events with
// coder.
func EvaluateEvents(ctx context.Context, recs []EventRecord, run EventRunner, coder EntityCoder, keepErrors bool) (*EventCounts, error) {
	c := &EventCounts{PerType: map[string]*TypeScore{}}
	for i := range recs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rec := &recs[i]
		doc := RecordDocument(rec)
		if err := run(ctx, doc); err != nil {
			return nil, fmt.Errorf("record %s: %w", rec.ID, err)
		}
		c.ScoreEvents(rec, Produced(rec, doc, coder), keepErrors)
	}
	return c, nil
}

// Produced reduces the events of doc, the analysed text of rec, to what
// scoring compares, in the order of doc.Events.
func Produced(rec *EventRecord, doc *dossier.Document, coder EntityCoder) []ProducedEvent {
	var produced []ProducedEvent
	for _, e := range doc.Events {
		p := ProducedEvent{Actor: coder(e.Actor, rec.Date), Type: e.Type}
		if rec.IntentAsType {
			p.Type = ploverIntent(e.Type, e.Modality)
		}
		if e.Target != "" {
			p.Target = coder(e.Target, rec.Date)
		}
		p.Desc = fmt.Sprintf("%s %s(%s) -> %s(%s) %q", e.Type, e.Actor, p.Actor, e.Target, p.Target, doc.Text[e.Trigger.Start:e.Trigger.End])
		produced = append(produced, p)
	}
	return produced
}

// ploverIntent applies the CAMEO/PLOVER conventions for intentions and
// refusals before comparing types: gold coders code "X will provide aid" or
// "X offered to withdraw" as AGREE (intent to cooperate), "X will attack" or
// "X will boycott" as THREATEN, and "X will not accept" as REJECT, where
// dossier codes the intended or denied event itself with modality planned
// or negated. A planned cooperative event is compared as AGREE, a planned
// hostile one as THREATEN, a negated cooperative one as REJECT; everything
// else keeps its type.
func ploverIntent(typ, modality string) string {
	coop := false
	switch typ {
	case "AID", "COOPERATE", "SUPPORT", "CONSULT", "RETREAT", "CONCEDE", "AGREE":
		coop = true
	}
	switch modality {
	case dossier.ModalityPlanned:
		if coop && typ != "AGREE" {
			return "AGREE"
		}
		switch typ {
		case "ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE":
			return "THREATEN"
		}
	case dossier.ModalityNegated:
		if coop {
			return "REJECT"
		}
	}
	return typ
}

// RecordDocument makes a document of a gold record's text (not yet
// segmented).
func RecordDocument(rec *EventRecord) *dossier.Document {
	return &dossier.Document{ID: rec.ID, Lang: rec.Lang, Published: rec.Date, Text: rec.Text, Source: rec.ID}
}
