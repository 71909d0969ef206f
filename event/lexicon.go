package event

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/dossier-news/dossier/event/internal/cameo"
)

//go:generate go run ./internal/gen -shared ../../shared/data -out lexicon

//go:embed lexicon/*.tsv lexicon/*.tsv.gz
var lexiconFS embed.FS

// flag is a property of a lexicon entry; see lexicon/en.tsv.
type flag uint16

const (
	flagSym   flag = 1 << iota // reciprocal
	flagCtrl                   // absorbs its to-infinitive
	flagSay                    // introduces reported content
	flagJudge                  // evaluative noun: the speaker is the actor
	flagAgent                  // noun whose of-phrase is the agent
	flagLight                  // noun that can take its actor from a governing verb
	flagCmp                    // German noun that also matches as the end of a compound
	flagOpen                   // a "-" row that lets the generated patterns go first
	flagRev                    // reversed: the target acts on the subject ("received aid from X")
	flagTgt                    // an event only with a target: a default the generator guessed from its patterns
	flagAddr                   // the target is the verb's object, its addressee: a prepositional phrase says what the act is about
	flagPass                   // English verb: a row only for its passive ("was angered by X", not "angered X by accusing")
)

var flagNames = map[string]flag{"sym": flagSym, "ctrl": flagCtrl, "say": flagSay, "judge": flagJudge, "agent": flagAgent, "light": flagLight, "cmp": flagCmp, "open": flagOpen, "rev": flagRev, "tgt": flagTgt, "addr": flagAddr, "pass": flagPass}

// kindSet is a set of the kinds of entity an objkind condition names.
type kindSet uint8

const (
	kindPerson kindSet = 1 << iota // a named person
	kindOrg                        // a named organisation: party, group, company, body
	kindState                      // a country or its government named by the country
	kindPeople                     // people named by a demonym ("two Americans") or a personal pronoun ("him")
)

// objKindNames are the values of the objkind condition; "actor" is any of
// person, org and state.
var objKindNames = map[string]kindSet{"person": kindPerson, "org": kindOrg, "state": kindState, "actor": kindPerson | kindOrg | kindState, "people": kindPeople}

// entry is one trigger row of the lexicon.
type entry struct {
	pos      byte   // 'v' or 'n'
	lemma    string // the first word ("call" of "call for"; "direct" of "direct flight")
	rest     []string
	obj      [][]string // alternatives, each a word run
	prep     []string   // alternatives
	prepObj  [][]string
	comp     string   // "that" or "to": the complement the row needs
	word     []string // alternatives: a word of the clause, as written in lower case
	subjWord []string // alternatives: a word of the clause before the verb (English: its subject's)
	objKind  kindSet  // English: the kinds of entity the verb's object must name, or 0
	typ      string   // PLOVER type, or "-" for no event
	mode     string
	flags    flag
	curated  bool
	source   string
	row      string // where the row comes from ("en.tsv:42"), for audits
	specific int    // number of conditions, for ordering

	// objLast indexes long English obj lists (a CAMEO synset of weapons or
	// currencies) by the last word of each alternative, so that matching
	// costs a lookup per object word rather than a scan of the list
	objLast map[string][][]string
	// objEnds has the wordBit of the last word of each English object
	// alternative: an object run ends in one of them, so objects without
	// any are turned down without comparing words (0 for German, whose
	// objects match compound ends)
	objEnds uint64
}

func (e *entry) none() bool { return e.typ == "-" }

// lexicon holds the triggers and cues of one language.
type lexicon struct {
	lang    string
	verbs   map[string][]*entry // by first word of the lemma
	nouns   map[string][]*entry // by last word of the lemma (the head)
	nounSuf []string            // German noun heads long enough to match as compound ends
	cues    cues
	// classes are the classes of the words of the cue lists (see class)
	classes map[string]class
	nrows   int
	// given are given names with the gender of their holders (German
	// only), for the pronouns of pronoun_de.go
	given map[string]gmask

	noCurated bool // ablation: curated event rows are skipped on reading
	// curatedSense: verbs with a curated event row (read even when the
	// ablation skips it), whose "-" row is a catch-all after them
	curatedSense map[string]bool
	// curatedGoverns: the ctrl and say flags of verbs' curated rows, which
	// govern the act they promise or report
	curatedGoverns map[string]flag
	// curatedCatch: a verb's curated event row without conditions
	curatedCatch map[string]*entry

	// nounSufEnd are the nounSuf by their last byte, in the same order, so
	// that a word is compared only with the heads that could end it
	nounSufEnd [256][]string
	// guessable are the infinitives guessGermanVerb accepts (see
	// guessableVerbs)
	guessable map[string]bool
}

// guessableVerbs returns the verbs with rows, the reporting, intention and
// light verbs in one set, so that guessGermanVerb tries each candidate
// infinitive with one lookup instead of four.
func (lx *lexicon) guessableVerbs() map[string]bool {
	out := make(map[string]bool, len(lx.verbs))
	for v := range lx.verbs {
		out[v] = true
	}
	for v := range lx.cues.report {
		out[v] = true
	}
	for v := range lx.cues.intent {
		out[v] = true
	}
	for v, ok := range lx.cues.light {
		if ok {
			out[v] = true
		}
	}
	return out
}

// cues are the closed-class words of one language.
type cues struct {
	report    map[string]string // lemma → modality
	according map[string]string // phrase → pre|post
	neg       map[string]bool
	modal     map[string]string // word or phrase → modality
	intent    map[string]string
	agent     map[string]string // noun lemma → sector
	qmod      map[string]string
	qword     map[string]float64
	loc       map[string]bool
	target    map[string]bool
	by        map[string]bool
	passive   map[string]bool
	particle  map[string]bool
	sub       map[string]bool
	light     map[string]bool
	deontic   map[string]bool
	// warn: verbs of warning; consequence: words by which reported content
	// says its subject will suffer something (together a threat)
	warn, consequence map[string]bool
	// source: nouns that name an unnamed source ("Militäranalysten",
	// "diplomatic sources"); quant: words before them that are not part of
	// its name ("some", "einige")
	source     map[string]bool
	quantifier map[string]bool
	// econ: nouns (object heads) and verbs (infinitives) of business and
	// markets; an event about them needs a state or international body as
	// its target to be a political event ("cut interest rates", "agreed to
	// buy the company" are not)
	econ map[string]bool
	// sport: words (lemmas) of games and their players; a clause with one
	// reports a contest, not a political act ("Japan defeated Australia in
	// the rugby final", "Mexico hosted the Grand Prix")
	sport map[string]bool
	// sportEnds: endings of German compounds of games, from the sport rows
	// that begin with "-" ("-liga" for "Bundesliga", "Champions-Liga")
	sportEnds []string
	maxPhrase int             // longest multi-word cue, in words
	agentSuf  []string        // agent nouns of five letters or more, longest first, for German compounds
	qfirst    map[string]bool // first words of number words and phrases
}

// Sizes reports the number of trigger rows per language, for the record.
func (x *Extractor) Sizes() map[string]int {
	out := map[string]int{}
	for l, lx := range x.lex {
		out[l] = lx.nrows
	}
	return out
}

// loadLexicon reads the trigger rows and cues of one language. With
// noCurated the hand-written event rows are left out (their "no event" rows
// stay), to measure what the generated rows do alone.
func loadLexicon(lang string, noCurated bool) (*lexicon, error) {
	lx := &lexicon{lang: lang, verbs: map[string][]*entry{}, nouns: map[string][]*entry{}, noCurated: noCurated,
		curatedSense: map[string]bool{}, curatedGoverns: map[string]flag{}, curatedCatch: map[string]*entry{}}
	read := func(name string, curated bool) error {
		data, err := lexiconFS.ReadFile("lexicon/" + name)
		if err != nil {
			return err
		}
		var r io.Reader = bytes.NewReader(data)
		if strings.HasSuffix(name, ".gz") {
			zr, err := gzip.NewReader(r)
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			defer zr.Close()
			r = zr
		}
		if err := lx.read(r, curated); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		return nil
	}
	if err := read(lang+".tsv", true); err != nil {
		return nil, err
	}
	if lang == "en" {
		if err := read("cameo_en.tsv.gz", false); err != nil {
			return nil, err
		}
	}
	data, err := lexiconFS.ReadFile("lexicon/cues_" + lang + ".tsv")
	if err != nil {
		return nil, err
	}
	if err := lx.cues.read(bytes.NewReader(data)); err != nil {
		return nil, fmt.Errorf("cues_%s.tsv: %w", lang, err)
	}
	lx.classes = lx.cues.wordClasses()
	lx.guessable = lx.guessableVerbs()
	if lang == "de" {
		data, err := lexiconFS.ReadFile("lexicon/given_names.tsv")
		if err != nil {
			return nil, err
		}
		if lx.given, err = readGivenNames(data); err != nil {
			return nil, fmt.Errorf("given_names.tsv: %w", err)
		}
	}
	lx.sort()
	return lx, nil
}

// readGivenNames parses lexicon/given_names.tsv (name, then m or f).
func readGivenNames(data []byte) (map[string]gmask, error) {
	out := map[string]gmask{}
	for n, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' || strings.HasPrefix(line, "name\t") {
			continue
		}
		name, g, ok := strings.Cut(line, "\t")
		switch {
		case ok && g == "m":
			out[name] = gM
		case ok && g == "f":
			out[name] = gF
		default:
			return nil, fmt.Errorf("line %d: want name, tab, m or f, have %q", n+1, line)
		}
	}
	return out, nil
}

// read parses trigger rows. Curated files have the columns pos, lemma, cond,
// type, mode, flags; generated files start with lang and end with source.
func (lx *lexicon) read(r io.Reader, curated bool) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' || strings.HasPrefix(line, "lang\t") {
			continue
		}
		f := strings.Split(line, "\t")
		source := "curated"
		if !curated {
			if len(f) != 8 {
				return fmt.Errorf("line %d: want 8 fields, have %d", n, len(f))
			}
			if f[0] != lx.lang {
				continue
			}
			source = f[7]
			f = f[1:7]
		}
		for len(f) < 6 {
			f = append(f, "")
		}
		if len(f) > 6 {
			return fmt.Errorf("line %d: too many fields", n)
		}
		e, err := parseEntry(f)
		if err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		e.curated, e.source = curated, source
		switch {
		case curated:
			e.row = lx.lang + ".tsv:" + strconv.Itoa(n)
		case e.pos == 'n':
			e.row = "noun " + source
		case e.specific+len(e.rest) > 0:
			e.row = "pattern " + source
		default:
			e.row = "default " + source
		}
		if curated && !e.none() && e.pos == 'v' {
			lx.curatedSense[e.lemma] = true
			lx.curatedGoverns[e.lemma] |= e.flags & (flagCtrl | flagSay)
			if e.specific+len(e.rest) == 0 {
				lx.curatedCatch[e.lemma] = e
			}
		}
		if curated && lx.noCurated && !e.none() {
			continue
		}
		lx.add(e)
	}
	return sc.Err()
}

func parseEntry(f []string) (*entry, error) {
	e := &entry{typ: f[3], mode: f[4]}
	switch f[0] {
	case "v", "n":
		e.pos = f[0][0]
	default:
		return nil, fmt.Errorf("pos %q", f[0])
	}
	words := strings.Fields(strings.ToLower(f[1]))
	if len(words) == 0 {
		return nil, fmt.Errorf("no lemma")
	}
	if e.pos == 'n' {
		// nouns are indexed by their head, the last word
		e.lemma = words[len(words)-1]
		e.rest = words[:len(words)-1]
	} else {
		e.lemma = words[0]
		e.rest = words[1:]
	}
	if e.typ == "" {
		return nil, fmt.Errorf("no type")
	}
	if e.typ != "-" && !validType[e.typ] {
		return nil, fmt.Errorf("unknown PLOVER type %q", e.typ)
	}
	for _, c := range strings.Split(f[2], ";") {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		k, v, ok := strings.Cut(c, "=")
		if !ok || v == "" {
			return nil, fmt.Errorf("condition %q", c)
		}
		switch k {
		case "obj":
			for _, alt := range strings.Split(v, "|") {
				// the words matched are the lemmas of the object and its
				// of-phrases, without the "of" ("state of emergency")
				e.obj = append(e.obj, slices.DeleteFunc(normWords(alt), func(w string) bool { return w == "of" }))
			}
		case "prep":
			p, o, _ := strings.Cut(v, ":")
			e.prep = strings.Split(p, "|")
			if o != "" {
				for _, alt := range strings.Split(o, "|") {
					e.prepObj = append(e.prepObj, normWords(alt))
				}
			}
		case "word":
			e.word = strings.Split(v, "|")
		case "subj":
			e.subjWord = strings.Split(v, "|")
		case "objkind":
			for _, alt := range strings.Split(v, "|") {
				k, ok := objKindNames[alt]
				if !ok {
					return nil, fmt.Errorf("condition %q: kind %q", c, alt)
				}
				e.objKind |= k
			}
		case "comp":
			switch v {
			case "that", "dass":
				e.comp = "that"
			case "to", "zu":
				e.comp = "to"
			case "objto":
				e.comp = "objto" // English: an object, then its to-infinitive
			default:
				return nil, fmt.Errorf("condition %q", c)
			}
		default:
			return nil, fmt.Errorf("condition %q", c)
		}
		e.specific++
	}
	for _, fl := range strings.Split(f[5], ",") {
		fl = strings.TrimSpace(fl)
		if fl == "" {
			continue
		}
		b, ok := flagNames[fl]
		if !ok {
			return nil, fmt.Errorf("flag %q", fl)
		}
		e.flags |= b
	}
	return e, nil
}

// normWords splits a phrase into lower-case words with the last made
// singular, the form objects are compared in.
func normWords(s string) []string {
	w := strings.Fields(strings.ToLower(s))
	if len(w) > 0 {
		w[len(w)-1] = singular(w[len(w)-1])
	}
	return w
}

// minIndexed is the number of object alternatives from which an English
// entry gets an index.
const minIndexed = 8

func (lx *lexicon) add(e *entry) {
	if lx.lang != "de" {
		for _, alt := range e.obj {
			if len(alt) > 0 {
				e.objEnds |= wordBit(alt[len(alt)-1])
			}
		}
	}
	if lx.lang != "de" && len(e.obj) >= minIndexed {
		// German objects match compound ends, which a word index cannot find
		e.objLast = make(map[string][][]string, len(e.obj))
		for _, alt := range e.obj {
			last := alt[len(alt)-1]
			e.objLast[last] = append(e.objLast[last], alt)
		}
	}
	m := lx.nouns
	if e.pos == 'v' {
		m = lx.verbs
	}
	m[e.lemma] = append(m[e.lemma], e)
	if lx.lang == "de" && strings.Contains(e.lemma, "ß") {
		// the German lemmatiser spells some forms with ss ("erschossen" →
		// erschiessen, as Swiss German writes): the row answers to both
		alt := strings.ReplaceAll(e.lemma, "ß", "ss")
		m[alt] = append(m[alt], e)
	}
	lx.nrows++
}

// sort orders each lemma's rows: curated rows with conditions, curated
// rows without, generated rows with conditions, generated defaults, file
// order otherwise. A lemma's curated rows thus decide whenever one of them
// holds, and a curated unconditional event row shuts out the generated
// ones. A curated "-" row after curated event rows of its verb is a
// catch-all: it goes after the generated patterns and shuts out only the
// generated default (the dictionary's collocations, "send troops", "fire
// shells", "give up", still count). A "-" row that is the verb's only
// curated row ("raise", "take") says the verb is no event of its own: it
// shuts out the generated default and the dictionary's prepositional
// patterns ("go to", "come in for" are the language of everything), and
// flagged open only the default.
//
// The dictionary's English object collocations name an act the verb alone
// does not ("start a trip", "set off explosives", "lead a delegation",
// "take hostages"): of a verb whose only curated row is "-", a generated
// row with an object goes before that row, unless it is generic
// cooperation ("continue efforts", "build a plant": the language of
// business and of every report).
func (lx *lexicon) sort() {
	rank := func(e *entry) int {
		cond := e.specific+len(e.rest) > 0
		open := e.flags&flagOpen != 0
		if e.none() && lx.lang == "en" && lx.curatedSense[e.lemma] {
			open = true
		}
		switch {
		case e.curated && cond:
			return 0
		case lx.collocation(e), lx.finer(e) && e.specific > 0:
			return 1
		case lx.finer(e):
			// a bare phrasal verb ("back away") after the patterns with
			// objects ("step up pressure"), which the file's order of
			// conditions puts after it
			return 2
		case e.curated && !open:
			return 3
		case !e.curated && e.specific > 0:
			return 4
		case !e.curated && cond:
			return 5 // as finer bare phrasal verbs
		case e.curated:
			return 6
		}
		return 7
	}
	for _, es := range lx.verbs {
		for _, e := range es {
			if lx.finer(e) {
				// a pattern of a verb that governs another act ("promised
				// to continue aid to X") governs it as the curated rows do,
				// so the act's target is found
				e.flags |= lx.curatedGoverns[e.lemma]
			}
		}
	}
	order := func(es []*entry) {
		sort.SliceStable(es, func(a, b int) bool { return rank(es[a]) < rank(es[b]) })
	}
	for _, es := range lx.verbs {
		order(es)
	}
	seen := map[string]bool{}
	for k, es := range lx.nouns {
		order(es)
		if lx.lang == "de" && es[0].flags&flagCmp != 0 && !seen[k] {
			seen[k] = true
			lx.nounSuf = append(lx.nounSuf, k)
		}
	}
	// longest suffix first, so "waffenlieferung" wins over "lieferung"
	sort.Slice(lx.nounSuf, func(a, b int) bool {
		if len(lx.nounSuf[a]) != len(lx.nounSuf[b]) {
			return len(lx.nounSuf[a]) > len(lx.nounSuf[b])
		}
		return lx.nounSuf[a] < lx.nounSuf[b]
	})
	for _, suf := range lx.nounSuf {
		last := suf[len(suf)-1]
		lx.nounSufEnd[last] = append(lx.nounSufEnd[last], suf)
	}
}

// collocation says whether e is a generated English object pattern, or a
// prepositional pattern that names the phrase's noun ("look into
// allegations", "go into emergency session"; not the bare "go to"), that
// goes before the curated "-" row of its verb (see sort). Of a verb with
// curated event rows the curated rows keep precedence: the dictionary's
// codes of objects ("arrest protesters" as repression, "host talks between"
// as mediation) are finer than, and often at odds with, PLOVER's reading.
func (lx *lexicon) collocation(e *entry) bool {
	return !e.curated && lx.lang == "en" && len(e.obj)+len(e.prepObj) > 0 && e.typ != "COOPERATE" && !lx.curatedSense[e.lemma]
}

// finer says whether e is a generated English pattern that names what a
// curated verb's unconditional row does not: an object or the noun of a
// prepositional phrase that makes a deed a word or a word a deed
// ("attack a policy" is criticism, "deliver a warning" a threat, "protest a
// decision" an accusation), or a particle that makes another verb ("back
// away from" is no backing, "pull out" no pulling), whatever its type. Such a pattern goes before the curated
// catch-all, though not before the curated rows with conditions, which
// decide where both speak. So does an object pattern of conflict where
// the catch-all is cooperation ("pledge a boycott", "withdraw a
// delegation"; see turnsHostile). Where pattern and catch-all are both
// words or both deeds, of one stance, the curated reading stands: the
// dictionary's codes of objects
// ("arrest protesters" as violent repression, "host talks between" as
// mediation) are finer than, and often at odds with, PLOVER's reading. A
// bare prepositional pattern ("attack for") says too little to override.
func (lx *lexicon) finer(e *entry) bool {
	if e.curated || lx.lang != "en" || len(e.obj)+len(e.prepObj)+len(e.rest) == 0 {
		return false
	}
	catch, ok := lx.curatedCatch[e.lemma]
	if !ok {
		return false
	}
	if e.typ == catch.typ {
		// a catch-all that is an event only with a target, and none in
		// business, is a guess the dictionary's object need not share
		// ("offered a loan to Ukraine")
		return catch.flags&flagTgt != 0 && len(e.obj) > 0 && len(e.rest) == 0
	}
	return len(e.rest) > 0 || verbalType(e.typ) != verbalType(catch.typ) || len(e.obj) > 0 && turnsHostile(e.typ, catch.typ)
}

// turnsHostile says whether a pattern of type pat makes a conflict of a
// verb whose catch-all is cooperation: an object that turns the act to
// its opposite ("pledged a crackdown" is a threat, not a promise; "withdrew
// its delegation" a sanction, not a retreat) says more than the catch-all
// (finer asks for an object: a setting such as "resigned in protest" adds
// an act beside the verb's own). The other way round the catch-all
// stands: the dictionary codes deploying or sending forces as military aid
// where the news mostly reports a mobilisation.
func turnsHostile(pat, catch string) bool {
	return stance(pat) < 0 && stance(catch) > 0
}

// stance is +1 for PLOVER's cooperative types, -1 for its conflictual
// ones and 0 for the others.
func stance(t string) int {
	switch t {
	case "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT":
		return 1
	case "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT":
		return -1
	}
	return 0
}

// verbalType says whether a PLOVER type is an act of words (PLOVER's
// verbal cooperation and conflict); a "-" row of the dictionary is a
// statement.
func verbalType(t string) bool {
	switch t {
	case "-", "AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN":
		return true
	}
	return false
}

// objectPatterns says whether a verb's rows es have a generated event
// pattern with an object condition.
func objectPatterns(es []*entry) bool {
	for _, e := range es {
		if !e.curated && !e.none() && len(e.obj) > 0 {
			return true
		}
	}
	return false
}

// curatedVerb says whether a verb's rows es have a hand-curated event row.
func curatedVerb(es []*entry) bool {
	for _, e := range es {
		if e.curated && !e.none() {
			return true
		}
	}
	return false
}

// verbRowsEN returns the rows of an English verb: those of its tagger
// lemma, else those of the first lemma guessed from its form that the
// lexicon knows (the lemmatiser's misses: "deplored" → "deplor" →
// "deplore", "rioted" → "riot").
func (lx *lexicon) verbRowsEN(low, lemma string) []*entry {
	if es := lx.verbs[lemma]; len(es) > 0 {
		return es
	}
	for _, l := range enLemmaGuesses(low, lemma) {
		if es := lx.verbs[l]; len(es) > 0 {
			return es
		}
	}
	return nil
}

// nounEntries returns the rows for a noun lemma, trying German compound
// heads ("Raketenangriff" → "angriff") when the whole word has none.
func (lx *lexicon) nounEntries(lemma string) []*entry {
	if es, ok := lx.nouns[lemma]; ok {
		return es
	}
	if lx.lang != "de" {
		return nil
	}
	if len(lemma) < 8 {
		return lx.pluralNounDE(lemma)
	}
	if es, ok := lx.compoundEntries(lemma); ok {
		return es
	}
	return lx.pluralNounDE(lemma)
}

// compoundEntries returns the rows of the longest German noun head that
// lemma ends in after three letters or more ("raketenangriff" → "angriff").
func (lx *lexicon) compoundEntries(lemma string) ([]*entry, bool) {
	if lemma == "" {
		return nil, false
	}
	for _, suf := range lx.nounSufEnd[lemma[len(lemma)-1]] {
		if len(lemma)-len(suf) >= 3 && strings.HasSuffix(lemma, suf) {
			return lx.nouns[suf], true
		}
	}
	return nil, false
}

// pluralNounDE finds the rows of a German plural the lemmatiser left as
// it was ("angriffe", "luftangriffe", "sanktionen"): the form without its
// plural ending, alone or as the end of a compound.
func (lx *lexicon) pluralNounDE(lemma string) []*entry {
	if lx.lang != "de" {
		return nil
	}
	for _, end := range [...]string{"e", "en", "n"} {
		if len(lemma) < len(end)+5 || !strings.HasSuffix(lemma, end) {
			continue
		}
		stem := lemma[:len(lemma)-len(end)]
		if es := lx.pluralStemDE(stem); es != nil {
			return es
		}
		// an umlaut plural ("vorwürfe", "anschläge", "verträge"): the
		// singular has the plain vowel
		if sing, ok := unUmlautDE(stem); ok {
			if es := lx.pluralStemDE(sing); es != nil {
				return es
			}
		}
	}
	return nil
}

// pluralStemDE returns the rows of a German plural's stem, alone or as the
// end of a compound.
func (lx *lexicon) pluralStemDE(stem string) []*entry {
	if es, ok := lx.nouns[stem]; ok {
		return es
	}
	if len(stem) < 8 {
		return nil
	}
	es, _ := lx.compoundEntries(stem)
	return es
}

// unUmlautDE replaces the last umlaut of a German word by its plain vowel
// ("vorwürf" → "vorwurf"), reporting whether it had one.
func unUmlautDE(w string) (string, bool) {
	for i := len(w) - 2; i >= 0; i-- {
		if w[i] != 0xc3 {
			continue
		}
		var plain byte
		switch w[i+1] {
		case 0xa4: // ä
			plain = 'a'
		case 0xb6: // ö
			plain = 'o'
		case 0xbc: // ü
			plain = 'u'
		default:
			continue
		}
		return w[:i] + string(plain) + w[i+2:], true
	}
	return "", false
}

var validType = map[string]bool{
	"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true, "COOPERATE": true, "AID": true,
	"RETREAT": true, "REQUEST": true, "ACCUSE": true, "REJECT": true, "THREATEN": true, "PROTEST": true,
	"SANCTION": true, "MOBILIZE": true, "COERCE": true, "ASSAULT": true,
}

func (c *cues) read(r io.Reader) error {
	*c = cues{report: map[string]string{}, according: map[string]string{}, neg: map[string]bool{},
		modal: map[string]string{}, intent: map[string]string{}, agent: map[string]string{},
		qmod: map[string]string{}, qword: map[string]float64{}, loc: map[string]bool{},
		target: map[string]bool{}, by: map[string]bool{}, passive: map[string]bool{},
		particle: map[string]bool{}, sub: map[string]bool{},
		light: map[string]bool{}, deontic: map[string]bool{}, warn: map[string]bool{}, consequence: map[string]bool{},
		source: map[string]bool{}, quantifier: map[string]bool{}, econ: map[string]bool{}, sport: map[string]bool{}}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || len(f) > 3 {
			return fmt.Errorf("line %d: want 2 or 3 fields", n)
		}
		kind, words := f[0], strings.Join(strings.Fields(strings.ToLower(f[1])), " ")
		val := ""
		if len(f) == 3 {
			val = f[2]
		}
		if nw := strings.Count(words, " ") + 1; nw > c.maxPhrase {
			c.maxPhrase = nw
		}
		switch kind {
		case "report":
			c.report[words] = val
		case "according":
			c.according[words] = val
		case "neg":
			c.neg[words] = true
		case "modal":
			c.modal[words] = val
		case "intent":
			c.intent[words] = val
		case "agent":
			c.agent[words] = val
		case "qmod":
			c.qmod[words] = val
		case "qword":
			v, err := strconv.ParseFloat(val, 64)
			if err != nil {
				return fmt.Errorf("line %d: %w", n, err)
			}
			c.qword[words] = v
		case "loc":
			c.loc[words] = true
		case "target":
			c.target[words] = true
		case "by":
			c.by[words] = true
		case "passive":
			c.passive[words] = true
		case "particle":
			c.particle[words] = true
		case "sub":
			c.sub[words] = true
		case "light":
			c.light[words] = true
		case "deontic":
			c.deontic[words] = true
		case "warn":
			c.warn[words] = true
		case "consequence":
			c.consequence[words] = true
		case "source":
			c.source[words] = true
		case "quant":
			c.quantifier[words] = true
		case "econ":
			c.econ[words] = true
		case "sport":
			if end, ok := strings.CutPrefix(words, "-"); ok && end != "" {
				c.sportEnds = append(c.sportEnds, end)
				continue
			}
			c.sport[words] = true
		default:
			return fmt.Errorf("line %d: unknown kind %q", n, kind)
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	c.qfirst = map[string]bool{}
	for q := range c.qword {
		first, _, _ := strings.Cut(q, " ")
		c.qfirst[first] = true
	}
	for a := range c.agent {
		if len(a) >= 5 && !strings.Contains(a, " ") {
			c.agentSuf = append(c.agentSuf, a)
		}
	}
	sort.Slice(c.agentSuf, func(i, j int) bool {
		if len(c.agentSuf[i]) != len(c.agentSuf[j]) {
			return len(c.agentSuf[i]) > len(c.agentSuf[j])
		}
		return c.agentSuf[i] < c.agentSuf[j]
	})
	return nil
}

// unnamedOK says whether a noun names an unnamed source: a source noun
// or agent noun, in German also as the end of a compound
// ("Militäranalysten", "Regierungskreisen").
func (c *cues) unnamedOK(lemma, low string) bool {
	if c.source[lemma] || c.source[low] || c.source[singular(low)] {
		return true
	}
	if _, ok := c.agent[lemma]; ok {
		return true
	}
	if _, ok := c.agent[singular(low)]; ok {
		return true
	}
	// German compounds: the last part decides, in any case ending
	stem := strings.TrimSuffix(strings.TrimSuffix(low, "n"), "e")
	for w := range c.source {
		if len(w) >= 5 && (strings.HasSuffix(lemma, w) || strings.HasSuffix(stem, strings.TrimSuffix(w, "e"))) {
			return true
		}
	}
	for _, a := range c.agentSuf {
		if strings.HasSuffix(lemma, a) {
			return true
		}
	}
	return false
}

// singular is a rough English singular: the generator's own
// (cameo.Singular), so that a word of the text meets the pattern nouns of
// the generated lexicon in the form they were written in. German words pass
// through unchanged except for a plural -en/-n after the curated forms have
// been tried (see objWord).
func singular(w string) string { return cameo.Singular(w) }
