// Package dossier holds the domain types shared by every stage of the pipeline:
// documents and their text structure, time values, entities and mentions, events,
// and the Store interface that persists them.
//
// The stages live in their own packages (ingest, text, lang, tag, timex, kb, entity,
// event, aggregate) and the stores in theirs (sqlite, postgres); this package imports
// none of them.
package dossier

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"strings"
	"time"
)

// ErrNotFound is returned by a Store when the requested record does not exist.
var ErrNotFound = errors.New("not found")

// Span is a half-open range [Start, End) of UTF-8 byte offsets into a document's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Document is one article after extraction and normalisation.
type Document struct {
	ID   string // first 16 hex digits of Hash: short, stable, and what users see
	Hash string // SHA-256 (hex) of the normalised Text; documents are unique by it

	Source    string // path or URL it was ingested from
	Title     string
	Lang      string // ISO 639-1 code of the dominant language
	Published string // "YYYY-MM-DD" or RFC 3339; "" when the input gives no date (never the ingest date)
	Author    string
	Text      string // NFC-normalised UTF-8 body; all offsets point into it
	Chars     int    // length of Text in characters (set even where a listing leaves Text out)

	IngestedAt time.Time

	Paragraphs []Paragraph
	Sentences  []Sentence
	Timexes    []TimeValue
	Mentions   []Mention
	Events     []Event
	// Entities are the entities the mentions and events refer to, so that a
	// store holds everything its records name (knowledge-base entities and
	// new local ones alike).
	Entities []Entity
}

// Paragraph is a block of text separated from its neighbours by a line break,
// with the language detected for it (which may differ from the document's).
type Paragraph struct {
	Span
	Lang string
}

// Sentence is one sentence of a document with its tokens.
type Sentence struct {
	Span
	Lang   string  // the language of the paragraph it is in
	Tokens []Token // may be nil when loaded from a store that keeps only sentence spans
}

// Token is a word, number or punctuation mark. POS (Universal POS tag) and Lemma
// are filled by the tagger and empty before it runs.
type Token struct {
	Span
	Text  string
	POS   string
	Lemma string
}

// TimeValue is a normalised temporal expression (TIMEX3).
type TimeValue struct {
	Span
	Text        string
	Type        string // DATE, TIME, DURATION or SET
	Value       string // TIMEX3 value: 2025-07-27, 2023-04, XXXX-04, P75Y, PRESENT_REF …
	Mod         string // TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER … or ""
	Granularity string // year, quarter, month, week, day, time, decade, century, or "" for vague values
	Rule        string // the rule that produced it, for display and debugging
	Anchor      string // what a relative value was resolved against ("dct 2025-07-31", "text 2024-02-27"), or ""
}

// EntityKind is the coarse class of an entity in exports.
type EntityKind string

// The entity kinds of the export contract.
const (
	KindCountry      EntityKind = "country"
	KindPerson       EntityKind = "person"
	KindOrganization EntityKind = "organization"
	KindLocation     EntityKind = "location"
	KindOther        EntityKind = "other"
)

// Entity is a person, organisation, place or country with one stable identity
// across languages. IDs of knowledge-base entities are stable across releases;
// entities found only by the statistical recogniser get local ids ("local:…").
type Entity struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"` // English canonical name
	Kind     EntityKind `json:"kind"`
	Country  string     `json:"country"`  // ISO 3166-1 alpha-3 of the country it belongs to, or ""
	Wikidata string     `json:"wikidata"` // QID where known, or ""
	Aliases  []string   `json:"aliases"`
}

// Mention is a stretch of document text that names an entity.
type Mention struct {
	Span
	Text   string
	Entity string // Entity.ID, or "" when the mention could not be linked
	Class  string // NER class: PER, ORG, LOC or MISC
	// Sector is the part of the entity the words name, where they name one:
	// "MIL" for "nordkoreanische Truppen" (entity North Korea), "GOV" for
	// "Pyongyang" standing for the government; "" otherwise. Codes follow
	// CAMEO/PLOVER actor sectors (GOV, MIL, COP, SPY, MED, BUS, ...).
	Sector string
	// Via says how the mention was found and linked: "kb" (a knowledge-base
	// name), "ner" (the statistical recogniser), "coref" (a short name or
	// pronoun resolved in the document), "role" ("the Russian foreign
	// minister" at the document's date), "relation" ("Kims Schwester"),
	// "metonym" (a capital for its government), "sport" (a town's name for
	// its club in a sports report: "Salzburg gewann 2:1"), "adjective" ("russische"),
	// "event-source" (an unnamed source the event stage found: "laut
	// Militäranalysten", "industry sources said"), "event-coref" (a
	// description the event stage resolved to an entity named before: "die
	// Gruppe", "the country").
	Via        string
	Confidence float64
}

// Event modalities of the export contract.
const (
	ModalityAsserted     = "asserted"
	ModalityReported     = "reported"
	ModalityAlleged      = "alleged"
	ModalityPlanned      = "planned"
	ModalityNegated      = "negated"
	ModalityHypothetical = "hypothetical"
)

// EventTypes are the PLOVER event types of the contract, in the order of the
// PLOVER manual.
var EventTypes = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

// CheckDate accepts the date bounds of a Filter: "" or YYYY, YYYY-MM or
// YYYY-MM-DD naming a real year, month or day (not 2024-13 or 2023-02-30).
func CheckDate(s string) error {
	if s == "" {
		return nil
	}
	const want = "give YYYY, YYYY-MM or YYYY-MM-DD, such as 2024, 2024-03 or 2024-03-01"
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(s)]
	if layout == "" {
		return errors.New("not a date: " + want)
	}
	if _, err := time.Parse(layout, s); err != nil {
		var pe *time.ParseError
		if errors.As(err, &pe) && pe.Message != "" {
			return fmt.Errorf("not a date (%s)", strings.TrimPrefix(pe.Message, ": "))
		}
		return errors.New("not a date: " + want)
	}
	return nil
}

// Event is one "who did what to whom" record, coded in PLOVER.
type Event struct {
	ID     string
	Type   string // PLOVER event type, e.g. CONSULT
	Mode   string // PLOVER mode, e.g. visit, or ""
	Actor  string // entity ids, or "" when absent
	Target string
	// ActorSector and TargetSector say which part of the actor or target
	// acted, where the text says (MIL, GOV, ...; see Mention.Sector).
	ActorSector  string
	TargetSector string
	Location     string
	Source       string     // who says so
	Date         *EventDate // nil when the text gives no way to date it
	Modality     string
	Quantities   []Quantity
	Trigger      Span
	Evidence     Span // the sentence in the document
	Confidence   float64
}

// EventDate is the date an event happened, at the precision the text allows.
type EventDate struct {
	Value       string `json:"value"` // YYYY, YYYY-MM or YYYY-MM-DD
	Granularity string `json:"granularity"`
	Text        string `json:"text"` // the expression it came from, or "" when dated by tense
}

// Quantity is a number with its unit and qualifier ("more than 10,000 containers").
type Quantity struct {
	Span
	Value    float64 `json:"value"`
	Unit     string  `json:"unit"`
	Modifier string  `json:"modifier"`
	Text     string  `json:"text"`
}

// AddResult tells what a Store did with one document of a batch.
type AddResult struct {
	ID    string
	Added bool // false when a document with the same Hash was already stored
}

// DocumentFilter selects documents. Zero values do not filter.
type DocumentFilter struct {
	Lang   string
	From   string // published on or after, YYYY-MM-DD
	To     string // published on or before, YYYY-MM-DD
	Source string // substring of the source
	Limit  int
	Offset int
}

// SearchOptions narrows a full-text search.
type SearchOptions struct {
	Lang  string
	Limit int
}

// SearchHit is a sentence that matched a search.
type SearchHit struct {
	Doc       DocRef
	Title     string
	Sentence  Span
	Text      string  // the whole sentence
	Snippet   string  // the sentence with matches marked by « and », a phrase as one mark (JoinMarks)
	Score     float64 // higher is better
	SentIndex int
}

// JoinMarks makes one mark of the marks of neighbouring words, so that a
// matched name reads "«Kim Yo Jong»" rather than "«Kim» «Yo» «Jong»".
func JoinMarks(snippet string) string {
	if !strings.Contains(snippet, "» «") && !strings.Contains(snippet, "»-«") {
		return snippet
	}
	return strings.NewReplacer("» «", " ", "»-«", "-").Replace(snippet)
}

// DocRef is the part of a document every exported record carries.
type DocRef struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	Published string `json:"published"`
}

// MarshalJSON writes an unknown publication date as null, as the export
// contract says.
func (r DocRef) MarshalJSON() ([]byte, error) {
	var published any
	if r.Published != "" {
		published = r.Published
	}
	return json.Marshal(struct {
		ID        string `json:"id"`
		Source    string `json:"source"`
		Published any    `json:"published"`
	}{r.ID, r.Source, published})
}

// Ref returns the DocRef of d.
func (d *Document) Ref() DocRef {
	return DocRef{ID: d.ID, Source: d.Source, Published: d.Published}
}

// Filter selects extracted records (mentions, time expressions, events).
// Zero values do not filter.
type Filter struct {
	Doc    string // document id
	Entity string // mentions: of this entity; events: with it as actor, target, location or source; stories: on either side
	With   string // stories: with Entity on one side and this entity on the other
	Actor  string
	Target string
	Type   string // events: PLOVER type
	Lang   string // language of the document
	From   string // events: dated on or after (YYYY-MM-DD, YYYY-MM or YYYY); documents: published
	To     string
	Source string // events: the entity that reports them
	Limit  int
	Offset int
}

// TimexRecord is a stored time expression with its document.
type TimexRecord struct {
	Doc DocRef
	TimeValue
}

// MentionRecord is a stored mention with its document.
type MentionRecord struct {
	Doc DocRef
	Mention
}

// EventRecord is a stored event with its document and the evidence text.
type EventRecord struct {
	Doc  DocRef
	Lang string
	Event
	EvidenceText string
}

// Store persists documents and everything extracted from them. Every
// implementation passes the contract suite in package storetest.
type Store interface {
	// AddDocuments stores whole documents, with their sentences and analyses,
	// in one transaction. A document whose Hash is already stored is skipped
	// and reported with Added false; nothing already stored is changed.
	AddDocuments(ctx context.Context, docs []*Document) ([]AddResult, error)

	// Document returns the document with the given id (or a unique id prefix),
	// with its paragraphs and sentences, or ErrNotFound.
	Document(ctx context.Context, id string) (*Document, error)

	// Documents lists documents without their text structure, newest first
	// by publication date, undated ones last.
	Documents(ctx context.Context, f DocumentFilter) ([]*Document, error)

	// CountDocuments returns the number of stored documents.
	CountDocuments(ctx context.Context) (int, error)

	// Search ranks sentences that match query.
	Search(ctx context.Context, query string, opt SearchOptions) ([]SearchHit, error)

	// Timexes, Mentions and Events list extracted records, documents by
	// publication date (undated last, then by id), records by position.
	Timexes(ctx context.Context, f Filter) iter.Seq2[TimexRecord, error]
	Mentions(ctx context.Context, f Filter) iter.Seq2[MentionRecord, error]
	Events(ctx context.Context, f Filter) iter.Seq2[EventRecord, error]

	// Stories lists merged events with their reports, by date (undated
	// last). An entity that is a country also finds the stories of its
	// people and bodies.
	Stories(ctx context.Context, f Filter) iter.Seq2[Story, error]

	// Group returns the group of near-duplicates or translations a document
	// belongs to, or ErrNotFound when it is in none.
	Group(ctx context.Context, docID string) (DocGroup, error)

	// Reanalyse replaces the analyses (sentences, time expressions,
	// mentions, events, entities) of stored documents with new ones, as a
	// changed model or knowledge base gives them; the documents themselves
	// (text, metadata) stay. Groups and stories are left for Rebuild.
	Reanalyse(ctx context.Context, docs []*Document) error

	// Rebuild recomputes document groups and stories from scratch; the
	// result equals what incremental updates produced for the same documents.
	Rebuild(ctx context.Context) error

	// Entity returns a stored entity, or ErrNotFound; Entities lists the
	// stored entities (those some record refers to), by id.
	Entity(ctx context.Context, id string) (Entity, error)
	Entities(ctx context.Context, f Filter) iter.Seq2[Entity, error]

	Close() error
}

// DocGroup is a set of documents that carry the same story: near-duplicates
// (a republished article, a changed headline) or translations. Groups are
// kept beside the documents; no document is ever deleted for being in one.
type DocGroup struct {
	ID   string   `json:"id"`   // the smallest member document id
	Kind string   `json:"kind"` // "duplicate" or "translation"
	Docs []DocRef `json:"docs"`
}

// Story is one happening as many reports tell it: events of compatible type
// and mode, with the same actor and target, at overlapping dates, merged
// across documents. Counts are of stories; Reports says how often each was told.
type Story struct {
	ID       string     `json:"id"`
	Type     string     `json:"type"`
	Mode     string     `json:"mode"`
	Actor    string     `json:"actor"`
	Target   string     `json:"target"`
	Location string     `json:"location"`
	Date     *EventDate `json:"date"` // the most precise date the reports give
	Reports  []Report   `json:"reports"`
}

// Report is one document's telling of a story: the event as extracted there.
type Report struct {
	Event      string     `json:"event"`
	Doc        DocRef     `json:"doc"`
	Lang       string     `json:"lang"`
	Source     string     `json:"source"` // who says so, an entity id or ""
	Modality   string     `json:"modality"`
	Date       *EventDate `json:"date"`
	Evidence   string     `json:"evidence"`
	Start      int        `json:"start"`
	End        int        `json:"end"`
	Quantities []Quantity `json:"quantities"`
}

// Relation sums up what one pair of actors did to each other over a period.
// A and B are ordered (A < B); counts cover both directions.
type Relation struct {
	A           string          `json:"a"`
	B           string          `json:"b"`
	From        string          `json:"from"`    // first month, YYYY-MM
	To          string          `json:"to"`      // last month
	Events      int             `json:"events"`  // stories
	Reports     int             `json:"reports"` // reports of those stories
	Cooperation float64         `json:"cooperation"`
	Conflict    float64         `json:"conflict"`
	Months      []RelationMonth `json:"months,omitempty"`
}

// RelationMonth is one month of a relation.
type RelationMonth struct {
	Month       string         `json:"month"`
	Types       map[string]int `json:"types"` // stories per PLOVER type
	Events      int            `json:"events"`
	Reports     int            `json:"reports"`
	Cooperation float64        `json:"cooperation"`
	Conflict    float64        `json:"conflict"`
}

// ClaimThread gathers what different sources say about one quantity: the
// same actor doing the same kind of thing to the same target, counted in
// the same unit ("containers of ammunition sent from North Korea to Russia").
type ClaimThread struct {
	ID       string  `json:"id"`
	Actor    string  `json:"actor"`
	Target   string  `json:"target"`
	Type     string  `json:"type"`
	Unit     string  `json:"unit"`
	Claims   []Claim `json:"claims"`
	Disagree bool    `json:"disagree"` // some claims about the same period cannot both be true
}

// Claim is one source's figure, with the range it allows once rounding and
// qualifiers ("more than", "thousands", "about") are read.
type Claim struct {
	Quantity Quantity `json:"quantity"`
	Low      float64  `json:"low"`
	High     *float64 `json:"high"` // nil when the words set no upper bound ("more than 10,000")
	Report   Report   `json:"report"`
}
