// Package apitest builds small analysed corpora for tests of the API and the
// web UI: documents in English and German with hand-made mentions, entities
// and events (the texts are written for the tests), and a hostile article
// whose every field tries to run script.
package apitest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/dossier-news/dossier"
)

// Knowledge-base ids the corpus uses.
const (
	Lavrov     = "Q58217"
	NorthKorea = "Q423"
	Russia     = "Q159"
	SouthKorea = "Q884"
	KimJongUn  = "Q56226"
	EU         = "Q458"
	Wonsan     = "geonames:1866923"
	Evil       = "local:per:evil"
)

// Hostile is markup the hostile article carries in every field. If any of
// it ran, window.__pwned would be set.
const Hostile = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">`

var entities = map[string]dossier.Entity{
	Lavrov:     {ID: Lavrov, Name: "Sergey Lavrov", Kind: dossier.KindPerson, Country: "RUS", Wikidata: Lavrov, Aliases: []string{"Sergej Lawrow", "Lawrow"}},
	NorthKorea: {ID: NorthKorea, Name: "North Korea", Kind: dossier.KindCountry, Country: "PRK", Wikidata: NorthKorea, Aliases: []string{"Nordkorea", "DPRK"}},
	Russia:     {ID: Russia, Name: "Russia", Kind: dossier.KindCountry, Country: "RUS", Wikidata: Russia, Aliases: []string{"Russland"}},
	SouthKorea: {ID: SouthKorea, Name: "South Korea", Kind: dossier.KindCountry, Country: "KOR", Wikidata: SouthKorea, Aliases: []string{"Südkorea"}},
	KimJongUn:  {ID: KimJongUn, Name: "Kim Jong Un", Kind: dossier.KindPerson, Country: "PRK", Wikidata: KimJongUn},
	EU:         {ID: EU, Name: "European Union", Kind: dossier.KindOrganization, Wikidata: EU, Aliases: []string{"EU"}},
	Wonsan:     {ID: Wonsan, Name: "Wonsan", Kind: dossier.KindLocation, Country: "PRK"},
	Evil:       {ID: Evil, Name: `<b onmouseover="window.__pwned=3">Evil</b>` + Hostile, Kind: dossier.KindPerson, Aliases: []string{Hostile}},
}

// builder makes one document: sentences are the lines of the body split
// after ". ", and spans are found by the text they cover.
type builder struct {
	d    *dossier.Document
	used map[string]bool
}

func newDoc(source, lang, published, title, body string) *builder {
	sum := sha256.Sum256([]byte(body))
	h := hex.EncodeToString(sum[:])
	d := &dossier.Document{ID: h[:16], Hash: h, Source: source, Title: title, Lang: lang, Published: published, Text: body,
		Chars: len([]rune(body)), IngestedAt: time.Date(2025, 8, 1, 12, 0, 0, 0, time.UTC)}
	start := 0
	for _, line := range strings.SplitAfter(body, "\n") {
		end := start + len(strings.TrimRight(line, "\n"))
		if end > start {
			d.Paragraphs = append(d.Paragraphs, dossier.Paragraph{Span: dossier.Span{Start: start, End: end}, Lang: lang})
			s := start
			for {
				i := strings.Index(body[s:end], ". ")
				if i < 0 {
					break
				}
				d.Sentences = append(d.Sentences, dossier.Sentence{Span: dossier.Span{Start: s, End: s + i + 1}, Lang: lang})
				s += i + 2
			}
			d.Sentences = append(d.Sentences, dossier.Sentence{Span: dossier.Span{Start: s, End: end}, Lang: lang})
		}
		start += len(line)
	}
	return &builder{d: d, used: map[string]bool{}}
}

// span finds the n-th (from 0) occurrence of s.
func (b *builder) span(s string, n int) dossier.Span {
	off := 0
	for ; n >= 0; n-- {
		i := strings.Index(b.d.Text[off:], s)
		if i < 0 {
			panic(fmt.Sprintf("apitest: %q not in %s", s, b.d.Source))
		}
		if n == 0 {
			return dossier.Span{Start: off + i, End: off + i + len(s)}
		}
		off += i + len(s)
	}
	panic("unreachable")
}

func (b *builder) entity(id string) {
	if !b.used[id] {
		b.used[id] = true
		b.d.Entities = append(b.d.Entities, entities[id])
	}
}

func (b *builder) mention(text string, n int, id, class, via string) *builder {
	b.d.Mentions = append(b.d.Mentions, dossier.Mention{Span: b.span(text, n), Text: text, Entity: id, Class: class, Via: via, Confidence: 0.9})
	b.entity(id)
	return b
}

// sentenceOf returns the sentence that holds the span.
func (b *builder) sentenceOf(sp dossier.Span) dossier.Span {
	for _, s := range b.d.Sentences {
		if s.Start <= sp.Start && sp.End <= s.End {
			return s.Span
		}
	}
	panic("apitest: span outside every sentence")
}

type ev struct {
	typ, mode, actor, target, source, modality string
	trigger                                    string
	date                                       string
	dateText                                   string
}

func (b *builder) event(e ev) *builder {
	tr := b.span(e.trigger, 0)
	x := dossier.Event{ID: fmt.Sprintf("%s-%d", b.d.ID, len(b.d.Events)), Type: e.typ, Mode: e.mode, Actor: e.actor, Target: e.target,
		Source: e.source, Modality: e.modality, Trigger: tr, Evidence: b.sentenceOf(tr), Confidence: 0.8}
	if x.Modality == "" {
		x.Modality = dossier.ModalityAsserted
	}
	if e.date != "" {
		g := map[int]string{4: "year", 7: "month", 10: "day"}[len(e.date)]
		x.Date = &dossier.EventDate{Value: e.date, Granularity: g, Text: e.dateText}
	}
	for _, id := range []string{e.actor, e.target, e.source} {
		if id != "" {
			b.entity(id)
		}
	}
	b.d.Events = append(b.d.Events, x)
	return b
}

func (b *builder) timex(text, value string) *builder {
	b.d.Timexes = append(b.d.Timexes, dossier.TimeValue{Span: b.span(text, 0), Text: text, Type: "DATE", Value: value,
		Granularity: map[int]string{4: "year", 7: "month", 10: "day"}[len(value)]})
	return b
}

// Corpus returns the test documents: five about North Korea and Russia in
// German and English (two of them tell the same visit), and, with hostile,
// one more whose title, author, source, text and entity names are markup.
func Corpus(hostile bool) []*dossier.Document {
	de := newDoc("https://example.org/de/lawrow-wonsan", "de", "2025-07-13", "Lawrow in Wonsan",
		"Lawrow in Wonsan\nDer russische Außenminister Sergej Lawrow ist am Samstag in Wonsan eingetroffen. Kim Jong Un empfing Lawrow zu Gesprächen über die Zusammenarbeit beider Länder.")
	de.mention("Lawrow", 0, Lavrov, "PER", "kb").mention("Wonsan", 0, Wonsan, "LOC", "kb").
		mention("Sergej Lawrow", 0, Lavrov, "PER", "kb").mention("Wonsan", 1, Wonsan, "LOC", "kb").
		mention("Kim Jong Un", 0, KimJongUn, "PER", "kb").mention("Lawrow", 2, Lavrov, "PER", "kb").
		timex("am Samstag", "2025-07-12").
		event(ev{typ: "CONSULT", mode: "visit", actor: Lavrov, target: NorthKorea, trigger: "eingetroffen", date: "2025-07-12", dateText: "am Samstag"}).
		event(ev{typ: "CONSULT", mode: "host", actor: KimJongUn, target: Lavrov, trigger: "empfing", date: "2025-07-12", dateText: "am Samstag"})
	de.d.Events[0].Location = Wonsan
	de.entity(NorthKorea)

	en := newDoc("https://example.org/en/lavrov-wonsan", "en", "2025-07-13", "Lavrov arrives in Wonsan",
		"Lavrov arrives in Wonsan\nRussian Foreign Minister Sergey Lavrov arrived in Wonsan on Saturday. Kim Jong Un received Lavrov for talks on cooperation between the two countries.")
	en.mention("Lavrov", 0, Lavrov, "PER", "kb").mention("Wonsan", 0, Wonsan, "LOC", "kb").
		mention("Sergey Lavrov", 0, Lavrov, "PER", "kb").mention("Wonsan", 1, Wonsan, "LOC", "kb").
		mention("Kim Jong Un", 0, KimJongUn, "PER", "kb").mention("Lavrov", 2, Lavrov, "PER", "kb").
		timex("on Saturday", "2025-07-12").
		event(ev{typ: "CONSULT", mode: "visit", actor: Lavrov, target: NorthKorea, trigger: "arrived", date: "2025-07-12", dateText: "on Saturday"}).
		event(ev{typ: "CONSULT", mode: "host", actor: KimJongUn, target: Lavrov, trigger: "received", date: "2025-07-12", dateText: "on Saturday"})
	en.entity(NorthKorea)

	troops := newDoc("https://example.org/en/troops", "en", "2024-11-05", "Seoul accuses Pyongyang",
		"Seoul accuses Pyongyang\nSouth Korea accused North Korea of sending troops to Russia. According to Seoul, Pyongyang has deployed thousands of soldiers.")
	troops.mention("South Korea", 0, SouthKorea, "LOC", "kb").mention("North Korea", 0, NorthKorea, "LOC", "kb").
		mention("Russia", 0, Russia, "LOC", "kb").
		event(ev{typ: "ACCUSE", actor: SouthKorea, target: NorthKorea, trigger: "accused", date: "2024-11-04"}).
		event(ev{typ: "AID", mode: "military", actor: NorthKorea, target: Russia, source: SouthKorea, modality: dossier.ModalityReported, trigger: "deployed", date: "2024-11"})

	sanctions := newDoc("https://example.org/de/sanktionen", "de", "2024-12-16", "Neue Sanktionen",
		"Neue Sanktionen\nDie EU verhängte am Montag neue Sanktionen gegen Nordkorea. Auch Russland sei betroffen, hieß es.")
	sanctions.mention("EU", 0, EU, "ORG", "kb").mention("Nordkorea", 0, NorthKorea, "LOC", "kb").mention("Russland", 0, Russia, "LOC", "kb").
		event(ev{typ: "SANCTION", actor: EU, target: NorthKorea, trigger: "verhängte", date: "2024-12-16", dateText: "am Montag"})

	threat := newDoc("https://example.org/en/threat", "en", "2025-03-02", "Pyongyang warns",
		"Pyongyang warns\nNorth Korea threatened South Korea with retaliation. Russia and North Korea signed a new agreement on trade.")
	threat.mention("North Korea", 0, NorthKorea, "LOC", "kb").mention("South Korea", 0, SouthKorea, "LOC", "kb").
		mention("Russia", 0, Russia, "LOC", "kb").mention("North Korea", 1, NorthKorea, "LOC", "kb").
		event(ev{typ: "THREATEN", actor: NorthKorea, target: SouthKorea, trigger: "threatened", date: "2025-03-01"}).
		event(ev{typ: "AGREE", actor: Russia, target: NorthKorea, trigger: "signed", date: "2025-02"})

	docs := []*dossier.Document{de.d, en.d, troops.d, sanctions.d, threat.d}
	if hostile {
		h := newDoc(`javascript:window.__pwned=4//`+Hostile, "en", "2025-01-01", "Breaking "+Hostile,
			"Breaking "+Hostile+"\nEvil "+Hostile+" met Lavrov in a hotel. The visit of Evil to Russia was reported "+Hostile+" by nobody.")
		h.d.Author = Hostile
		h.mention("Evil", 1, Evil, "PER", "ner").mention("Lavrov", 0, Lavrov, "PER", "kb").mention("Russia", 0, Russia, "LOC", "kb").
			event(ev{typ: "CONSULT", mode: "visit", actor: Evil, target: Russia, source: Evil, modality: dossier.ModalityReported, trigger: "met", date: "2025-01-01"})
		h.d.Events[0].Quantities = []dossier.Quantity{{Span: h.span("Evil", 1), Value: 1, Unit: Hostile, Modifier: Hostile, Text: Hostile}}
		docs = append(docs, h.d)
	}
	return docs
}

// Entities returns the entities the corpus refers to, by id.
func Entities() map[string]dossier.Entity {
	out := make(map[string]dossier.Entity, len(entities))
	for k, v := range entities {
		out[k] = v
	}
	return out
}
