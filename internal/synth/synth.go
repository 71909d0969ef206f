// Package synth generates analysed documents for benchmarks of the stages
// after extraction (storage, aggregation, queries): realistic in size and
// shape — many actors, a few frequent pairs, reports repeated across
// documents and languages — without running the extractors.
package synth

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/dossier-news/dossier"
)

// Actors is the pool events are drawn from: countries and people with the
// country they belong to.
var Actors = func() []dossier.Entity {
	countries := []struct{ id, name, iso string }{
		{"Q423", "North Korea", "PRK"}, {"Q159", "Russia", "RUS"}, {"Q884", "South Korea", "KOR"}, {"Q212", "Ukraine", "UKR"},
		{"Q148", "China", "CHN"}, {"Q30", "United States", "USA"}, {"Q183", "Germany", "DEU"}, {"Q17", "Japan", "JPN"},
		{"Q142", "France", "FRA"}, {"Q145", "United Kingdom", "GBR"}, {"Q794", "Iran", "IRN"}, {"Q184", "Belarus", "BLR"},
	}
	var out []dossier.Entity
	for _, c := range countries {
		out = append(out, dossier.Entity{ID: c.id, Name: c.name, Kind: dossier.KindCountry, Country: c.iso, Wikidata: c.id})
	}
	for i := range 188 {
		c := countries[i%len(countries)]
		out = append(out, dossier.Entity{ID: fmt.Sprintf("synth:p%03d", i), Name: fmt.Sprintf("Person %d of %s", i, c.name),
			Kind: dossier.KindPerson, Country: c.iso})
	}
	return out
}()

var types = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
	"THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

var units = []string{"soldier", "container", "missile", "shell", "drone"}

// Generator makes documents deterministically from a seed.
type Generator struct {
	rng        *rand.Rand
	happenings []happening
	n          int
}

// happening is something many documents report.
type happening struct {
	typ, actor, target string
	date               time.Time
	qty                float64
	unit               string
}

// New returns a generator with happenings that documents will report,
// of the given PLOVER types (all of them when none are given).
func New(seed uint64, happenings int, only ...string) *Generator {
	g := &Generator{rng: rand.New(rand.NewPCG(seed, seed^0x5eed))}
	kinds := types
	if len(only) > 0 {
		kinds = only
	}
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	years := 6
	if len(only) > 0 {
		years = 1 // few types: crowd the happenings so that keys repeat within a year
	}
	for range happenings {
		// a handful of pairs get most of the attention, as in the news
		a := g.pick()
		t := g.pick()
		for t == a {
			t = g.pick()
		}
		h := happening{
			typ:    kinds[g.rng.IntN(len(kinds))],
			actor:  Actors[a].ID,
			target: Actors[t].ID,
			date:   start.AddDate(0, 0, g.rng.IntN(years*365)),
		}
		if g.rng.IntN(4) == 0 {
			h.qty = float64((1 + g.rng.IntN(20)) * 1000)
			h.unit = units[g.rng.IntN(len(units))]
		}
		g.happenings = append(g.happenings, h)
	}
	return g
}

// pick draws an actor index with a long tail: low indexes are frequent.
func (g *Generator) pick() int {
	x := g.rng.Float64()
	return int(x * x * x * float64(len(Actors)))
}

// Next returns the next document: two to six reports of happenings, with
// mentions of their actors and the entities they name.
func (g *Generator) Next() *dossier.Document {
	g.n++
	lang := "en"
	if g.rng.IntN(2) == 0 {
		lang = "de"
	}
	var b strings.Builder
	type rep struct {
		h    happening
		span dossier.Span
	}
	var reps []rep
	for range 2 + g.rng.IntN(5) {
		h := g.happenings[g.rng.IntN(len(g.happenings))]
		start := b.Len()
		fmt.Fprintf(&b, "Report %d: %s %s %s on %s", g.n, name(h.actor), strings.ToLower(h.typ), name(h.target), h.date.Format("2 January 2006"))
		if h.qty > 0 {
			fmt.Fprintf(&b, " involving %d %ss", int(h.qty), h.unit)
		}
		b.WriteString(".")
		reps = append(reps, rep{h, dossier.Span{Start: start, End: b.Len()}})
		b.WriteString("\n")
	}
	text := strings.TrimSpace(b.String())
	sum := sha256.Sum256([]byte(text))
	hash := hex.EncodeToString(sum[:])
	d := &dossier.Document{
		ID: hash[:16], Hash: hash, Source: fmt.Sprintf("synth/%07d.txt", g.n), Lang: lang, Text: text,
		Chars: len(text), IngestedAt: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	// published a few days after the latest happening it reports
	var latest time.Time
	seen := map[string]bool{}
	for i, r := range reps {
		if r.h.date.After(latest) {
			latest = r.h.date
		}
		d.Paragraphs = append(d.Paragraphs, dossier.Paragraph{Span: r.span, Lang: lang})
		d.Sentences = append(d.Sentences, dossier.Sentence{Span: r.span, Lang: lang})
		// most reports give the day; some only the month or the year, and a
		// few a neighbouring day
		date := &dossier.EventDate{Value: r.h.date.Format("2006-01-02"), Granularity: "day"}
		switch x := g.rng.IntN(20); {
		case x < 3:
			date = &dossier.EventDate{Value: r.h.date.Format("2006-01"), Granularity: "month"}
		case x < 4:
			date = &dossier.EventDate{Value: r.h.date.Format("2006"), Granularity: "year"}
		case x < 6:
			date = &dossier.EventDate{Value: r.h.date.AddDate(0, 0, 1).Format("2006-01-02"), Granularity: "day"}
		}
		ev := dossier.Event{
			ID: fmt.Sprintf("%s-%d-0", d.ID, i), Type: r.h.typ, Actor: r.h.actor, Target: r.h.target,
			Date:     date,
			Modality: dossier.ModalityAsserted, Evidence: r.span, Trigger: r.span, Confidence: 0.8,
		}
		if r.h.qty > 0 {
			mod := ""
			if g.rng.IntN(3) == 0 {
				mod = "more than"
			}
			ev.Quantities = []dossier.Quantity{{Value: r.h.qty, Unit: r.h.unit, Modifier: mod, Text: fmt.Sprintf("%d %ss", int(r.h.qty), r.h.unit)}}
		}
		d.Events = append(d.Events, ev)
		for _, id := range []string{r.h.actor, r.h.target} {
			d.Mentions = append(d.Mentions, dossier.Mention{Span: r.span, Text: text[r.span.Start:r.span.End], Entity: id, Class: "PER", Via: "kb"})
			if !seen[id] {
				seen[id] = true
				d.Entities = append(d.Entities, entity(id))
			}
		}
	}
	d.Published = latest.AddDate(0, 0, 1+g.rng.IntN(5)).Format("2006-01-02")
	return d
}

func entity(id string) dossier.Entity {
	for _, e := range Actors {
		if e.ID == id {
			return e
		}
	}
	return dossier.Entity{ID: id, Name: id, Kind: dossier.KindOther}
}

func name(id string) string { return entity(id).Name }
