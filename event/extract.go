// Package event turns the sentences of an analysed document into events:
// who did what to whom (PLOVER type and mode, actor, target), when, where,
// according to whom, with what certainty and in what quantities, each with
// the sentence it came from.
//
// # Input
//
// The extractor reads what the earlier stages left in the document:
// sentences with tokens tagged with UPOS and lemma (package tag), time
// expressions (doc.Timexes, package timex) and linked entity mentions
// (doc.Mentions, the entity stage). It never looks entities up by name
// itself: an actor or target is always a mention the linker produced.
//
// # How it works
//
// Each sentence is chunked into noun phrases (a phrase takes the referent of
// the mention in it, or of an of-phrase or genitive after a referent-less
// head: "the states of the G7", "die Haltung der USA") and cut into clauses
// at punctuation, subordinating conjunctions, relative pronouns and
// clause-coordinating conjunctions. For each clause the verb complex gives
// voice, tense and modal cues; the subject is found by position (English:
// the nearest phrase before the verb that is not in a prepositional phrase;
// German: the Vorfeld, else the first nominative-compatible phrase of the
// Mittelfeld; verb-final clauses: the first phrase after the conjunction;
// relative clauses: the antecedent; coordinated verb phrases and
// infinitives: the subject of the clause they continue). German separable
// verbs are joined ("stellte … ein" → einstellen) before lookup.
//
// Triggers are verbs and nouns of the per-language lexicons (lexicon/*.tsv;
// the English one is extended by rows generated from the CAMEO verb
// dictionary), matched on lemmas with conditions on the object and
// prepositional phrases ("cut ties" → SANCTION, "send troops" → AID
// military, "eine Absage erteilen" → REJECT). The actor is the subject (or
// the by/von/durch phrase of a passive); a place the linker did not read as
// its government does not act. The target is the first object with a
// referent, else a phrase attached to the object ("a blockade on
// Palestinian lorries"), else a prepositional phrase, first one with the
// preposition of the trigger's own condition or one its type prefers
// (to/an/nach for aid, against/gegen for attacks, with/mit for talks).
// Noun triggers take their agent from a possessor, adjective, by/von
// phrase or genitive, or from the subject of a light verb they are the
// object of ("carried out an attack", "kam es zum Direktflug zwischen
// Moskau und Pjöngjang", "erteilte … eine Absage"), and need a target
// unless a verb made them. A generated row with a reversed CAMEO code
// ("received money from X") makes its giver — a from/by phrase or the
// object's possessor — the actor and the subject the target. A judgement,
// demand, refusal or threat about a situation in a country ("criticized the
// closure of schools in X") targets that country; a protest without a target
// is aimed at the state where it happens, else the protesters' own; and a
// sanction, concession or withdrawal in a place at the place's country. The
// phrases of a purpose infinitive are not the trigger's objects, and an
// English past participle after a noun ("the curfew imposed in X") is no
// trigger of its clause. A control trigger (demand, promise, threaten,
// fordern, drohen …) takes its infinitive or that-clause into its own event
// and its subject as target; a purpose infinitive ("sent troops to fight")
// and the condition of an if-clause give no event. A trigger without a
// target takes the one of its infinitive ("refused to deploy peacekeepers
// in Iraq", "abandoned efforts to stop a parade against X"), of a
// participle after its object ("blocked roads leading into X", "welcomed
// memos sent by X"), or, for a threat, the condition's subject. A compound
// subject acts on itself both ways when the object says so ("their talks",
// "each other"); "Danish media and government" are two actors (Denmark MED
// and GOV); a state's organ acting on its own country in a material act
// ("Turkish authorities imposed a curfew in … Turkey") keeps that target.
//
// With a dependency parser (WithParser; English only in cmd/dossier), a
// verb event whose rules found an actor but no target, or a target but no
// actor, takes the missing one from the parse: the subject (through
// relative clauses and coordination) or agent, or a target named inside
// an object that names none itself ("launched an investigation into crimes
// committed by X", "welcomed assurances sent from X"). Sentences are
// parsed only then, once. See PARSE.md.
//
// Participants are coded as event data code them: one the knowledge base
// gives no country (a name only the recogniser found) takes the state an
// appositive office ("X, the Ruritanian energy minister"), a place right
// after it ("a group based in X") or, for a titled person, the sentence's
// only country names; an unknown target of a sentence that names only the
// actor's country is that country. An event none of whose participants can
// be coded is dropped, and so is one about business or markets (econ cue
// words: "cut interest rates", "agreed to buy the unit") unless its target
// is a state or an international body.
//
// Reporting clauses ("X said", "according to X", "laut X", "X zufolge",
// "wie X mitteilte", ", so X") give the source of the clauses they report;
// a reporting verb is an event only when the curated lexicon lists it as
// one (accuse, reject, demand, threaten). Two statements are acts of their
// speaker: an evaluative noun in reported content ("… represents a
// violation of resolutions, the G7 said" is the G7 accusing the content's
// participants) and an obligation ("X said Y must …", "X erklärte, Y müsse
// …" is X's demand of Y). Modality comes from negation, modal verbs and
// adverbs, verbs of intention, conditions and attribution, in the order
// negated > hypothetical > planned > alleged > reported > asserted; in
// reported speech "would"/"würde" without a condition is a plan ("said they
// would boycott").
// Quantities (digits in English and German notation, number words,
// multipliers, "%") with their modifier ("more than", "bis zu") and unit go
// to the nearest trigger of their clause.
//
// # Dates
//
// An event takes the time expression of its own clause (the nearest to the
// trigger), else one of its sentence outside reporting clauses and clauses
// with events of their own, else — for a past-tense clause that continues a
// dated event of the previous sentences of its paragraph with the same actor
// — that event's date. Failing those, tense decides against the document
// date: a present-tense clause ("Nordkorea schickt weiter Munition", "North
// Korea is supplying") is dated by the document date (at day granularity,
// with empty text, saying it was dated by tense); a past or perfect clause
// says only that the event lies before the document date, which no date
// value expresses, and a future one is a plan: both are left undated. No
// date is ever guessed from the ingest time.
package event

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strconv"
	"sync"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/kb"
)

// KB is what the extractor needs to know about linked entities: their
// kind, country and sector. *kb.KB satisfies it.
type KB interface {
	Info(id string) (*kb.Info, bool)
}

// Extractor finds events in analysed documents. It is safe for concurrent
// use.
type Extractor struct {
	kb    KB
	lex   map[string]*lexicon
	langs []string
	pool  sync.Pool // *sent
	// parsers by language (see WithParser) and how verb triggers use them
	parsers map[string]Parser
	dep     depMode
	// trace, set only by audits in tests, hears of each event made and
	// the lexicon row behind it
	trace func(ev *dossier.Event, row string)
}

// Option configures an Extractor.
type Option func(*Extractor) error

// WithLanguages restricts the extractor to the given languages (default
// "en" and "de"); sentences in other languages are skipped.
func WithLanguages(langs ...string) Option {
	return func(x *Extractor) error {
		x.langs = langs
		return nil
	}
}

// New returns an extractor that reads entity facts from k (which may be nil:
// then kinds come from the mentions' NER classes and countries are unknown).
func New(k KB, opts ...Option) (*Extractor, error) {
	x := &Extractor{kb: k, lex: map[string]*lexicon{}, langs: []string{"en", "de"}}
	for _, o := range opts {
		if err := o(x); err != nil {
			return nil, err
		}
	}
	// An ablation for measuring how far the generated rows carry alone:
	// DOSSIER_EVENT_ABLATE=curated drops the hand-written trigger rows
	// (their "no event" rows stay). It is a development switch for eval
	// runs, read once here, not a user option.
	ablate := os.Getenv("DOSSIER_EVENT_ABLATE") == "curated"
	x.dep = parseMode(os.Getenv("DOSSIER_EVENT_PARSE"))
	for _, l := range x.langs {
		lx, err := loadLexicon(l, ablate)
		if err != nil {
			return nil, fmt.Errorf("event: load lexicon %s: %w", l, err)
		}
		x.lex[l] = lx
	}
	x.pool.New = func() any { return &sent{x: x} }
	return x, nil
}

// entityInfo returns the kind and country of a mention's entity.
func (x *Extractor) entityInfo(m *dossier.Mention) (dossier.EntityKind, string) {
	if x.kb != nil {
		if info, ok := x.kb.Info(m.Entity); ok {
			return info.Kind, info.Country
		}
	}
	switch m.Class {
	case "PER":
		return dossier.KindPerson, ""
	case "ORG":
		return dossier.KindOrganization, ""
	case "LOC":
		return dossier.KindLocation, ""
	}
	return dossier.KindOther, ""
}

// Analyze fills doc.Events from the document's sentences, mentions and time
// expressions, replacing any events it had. Event IDs are doc.ID, the
// sentence index and the event's number in the sentence, joined by "-".
func (x *Extractor) Analyze(ctx context.Context, doc *dossier.Document) error {
	doc.Events = doc.Events[:0]
	dropUnnamed(doc)
	var added []dossier.Mention
	mentions := doc.Mentions
	if !sort.SliceIsSorted(mentions, func(a, b int) bool { return mentions[a].Start < mentions[b].Start }) {
		mentions = append([]dossier.Mention(nil), mentions...)
		sort.SliceStable(mentions, func(a, b int) bool { return mentions[a].Start < mentions[b].Start })
	}
	timexes := doc.Timexes
	s := x.pool.Get().(*sent)
	defer x.pool.Put(s)
	st := docState{dct: dctDate(doc.Published), named: s.named[:0], genders: s.genders[:0], home: x.homeCountry(mentions)}
	defer func() { s.named, s.genders = st.named[:0], st.genders[:0] }() // the backing arrays serve the next document
	mi, ti := 0, 0
	for si := range doc.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		ds := &doc.Sentences[si]
		for mi < len(mentions) && mentions[mi].Start < ds.Start {
			mi++
		}
		mj := mi
		for mj < len(mentions) && mentions[mj].Start < ds.End {
			mj++
		}
		for ti < len(timexes) && timexes[ti].End <= ds.Start {
			ti++
		}
		tj := ti
		for tj < len(timexes) && timexes[tj].Start < ds.End {
			tj++
		}
		lx := x.lex[ds.Lang]
		if lx == nil || len(ds.Tokens) == 0 {
			continue
		}
		if st.para < 0 || !samePara(doc, st.paraEnd, ds.Start) {
			st.newParagraph(doc, ds.Start)
		}
		s.reset()
		s.lx, s.de, s.doc, s.idx, s.s, s.st = lx, ds.Lang == "de", doc, si, ds, &st
		s.timexes = timexes[ti:tj]
		s.build(mentions[mi:mj])
		s.chunkWords()
		s.segment()
		s.resolveDescriptions()
		s.officeNamedDE()
		s.implicitStateDE()
		s.resolveOwnCountry()
		n0 := len(doc.Events)
		doc.Events = s.extract(doc.Events, &st)
		if s.de && s.question() {
			// an interviewer's question ("Die Franzosen unterstützen Ihren
			// Kurs?") asks; it reports no event
			doc.Events = doc.Events[:n0]
		}
		s.remember(&st)
		if s.de {
			s.learnGender(&st)
			if s.sportSentenceDE() {
				st.sportSents++
			}
		} else if s.sportSentenceEN() {
			st.sportSents++
		}
		s.rememberNamed(&st)
		added = append(added, s.unnamed...)
		for _, m := range s.coref {
			added = append(added, *m)
		}
		for k := n0; k < len(doc.Events); k++ {
			doc.Events[k].ID = doc.ID + "-" + strconv.Itoa(si) + "-" + strconv.Itoa(k-n0)
		}
	}
	if len(added) > 0 {
		doc.Mentions = append(doc.Mentions, added...)
		sort.SliceStable(doc.Mentions, func(a, b int) bool { return doc.Mentions[a].Start < doc.Mentions[b].Start })
	}
	return nil
}

// viaSource marks the mentions Analyze makes for unnamed sources.
const viaSource = "event-source"

// dropUnnamed removes the mentions of unnamed sources an earlier run added,
// so that analysing a document again gives the same result.
func dropUnnamed(doc *dossier.Document) {
	n := 0
	for _, m := range doc.Mentions {
		if m.Via != viaSource && m.Via != viaCoref {
			doc.Mentions[n] = m
			n++
		}
	}
	doc.Mentions = doc.Mentions[:n]
}

// samePara says whether byte offset off lies before the end of the
// paragraph that ended at end (i.e. in the same paragraph).
func samePara(doc *dossier.Document, end, off int) bool { return off < end }

// docState carries what later sentences need from earlier ones: the
// document date and the dated events of the current paragraph, for
// context dating.
type docState struct {
	dct     string
	para    int
	paraEnd int
	dated   []datedEvent
	// lastPerson is the person last named as the subject of a main clause,
	// for "he"/"she"/"er" at the start of the next sentences.
	lastPerson argRef
	lastSent   int
	// lastThing is the country or organisation subject of the last
	// sentence's first main clause, for an English "it" opening the next one
	lastThing     argRef
	lastThingSent int
	// lastOther is the last person a German sentence named other than as
	// a subject, for a demonstrative ("Dieser …") opening the next one
	lastOther     argRef
	lastOtherSent int
	// speaker is the last German sentence's speaker of reported speech,
	// for a Konjunktiv I that goes on with it ("Wie Yonhap meldete, … .
	// Nordkorea habe …"); speakerSent is that sentence's index
	speaker     argRef
	speakerSent int
	// named are the entities of the last sentences, for descriptions
	// that point back ("die Gruppe"; see resolveDescriptions)
	named []named
	// genders are the sexes the document gave its people, for German
	// pronouns (see pronoun_de.go)
	genders []entGender
	// sportSents counts the sentences so far with a word of games (see
	// sportSidesDE, sportSidesEN)
	sportSents int
	// firmLead is whether the English document's first sentence names a
	// company by its name's suffix ("Insituform Group Ltd said …"): a
	// firm's story (see firmNamedEN)
	firmLead bool
	// dateline is the country of the document's first dateline ("Istanbul
	// – …"), or ""
	dateline string
	// home is the country the document is about, or "" (see homeCountry)
	home string
}

type datedEvent struct {
	actor string
	date  dossier.EventDate
}

func (st *docState) newParagraph(doc *dossier.Document, off int) {
	st.dated = st.dated[:0]
	st.lastPerson = argRef{}
	st.lastThing = argRef{}
	st.lastOther = argRef{}
	st.para = -1
	st.paraEnd = len(doc.Text) + 1
	for i, p := range doc.Paragraphs {
		if p.Start <= off && off < p.End {
			st.para, st.paraEnd = i, p.End
			return
		}
	}
	st.para = 0
}
