// Package entity is the pipeline stage that finds the mentions of persons,
// organisations, places and countries in a document and links them to the
// knowledge base (package kb), with in-document coreference.
//
// Mentions come from two detectors, merged per sentence: the knowledge base's
// matcher (names, adjectives, inflected forms) and a statistical recogniser
// (package entity/ner, used through the Recognizer interface). The knowledge
// base wins where both agree on a span; the recogniser adds names the
// knowledge base lacks, which get stable local ids ("local:per:sven-hauberg").
// Short and descriptive mentions are then resolved in the document:
//
//   - surnames to the person last named in full with them ("Lawrow", "Kim"),
//     checked against a title before them ("Machthaber Kim" is a leader);
//     after a title, else to the one knowledge-base holder of the title's
//     office of that surname, on the document's date or ever ("President
//     Mugabe", "President Obama" in a text dated 2000);
//   - kinship phrases through the knowledge base's relations ("Kims
//     Schwester" is Kim Yo Jong);
//   - role phrases to the office holder on the document's date ("der
//     russische Außenminister", "the South Korean president");
//   - adjectives and demonyms to their country, with the sector their head
//     noun names ("nordkoreanische Truppen": North Korea, MIL), also where
//     the recogniser took them into a longer name ("Iraqi Kurds", "Croat
//     forces"); a demonym after another country's adjective or after
//     "ethnic" names a people, not the state ("Bosnian Serbs", "ethnic
//     Albanians"), and is left unlinked;
//   - capitals and seats that act ("Pyongyang has increased …", "Moskau
//     hebelt … aus", "Washington, along with its allies, demanded", "the
//     Kremlin said") to their country's government (sector GOV).
//
// A Linker is safe for concurrent use.
package entity

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/kb"
	"github.com/dossier-news/dossier/text"
)

// Chunk is a name the recogniser found: tokens [Start, End) of a sentence.
type Chunk struct {
	Start, End int
	Class      string  // PER, ORG, LOC or MISC
	Sub        string  // "" for a name; "deriv" ("deutsche") or "part" ("EU-weit")
	Score      float64 // confidence in (0, 1)
}

// Recognizer is a statistical named-entity recogniser for one language. It
// gets one sentence: the token texts, the tokens, and the knowledge-base
// matches the linker found in them (a recogniser that uses the knowledge base
// as a gazetteer takes them rather than matching again). NER adapts the
// recogniser of package entity/ner.
type Recognizer interface {
	Recognize(words []string, toks []dossier.Token, kbm []kb.Match) []Chunk
}

// chunkAppender is a Recognizer that appends its chunks to a slice the
// caller reuses sentence after sentence (NER's).
type chunkAppender interface {
	appendChunks(dst []Chunk, words []string, toks []dossier.Token, kbm []kb.Match) []Chunk
}

// RecognizerFunc adapts a function to Recognizer.
type RecognizerFunc func(words []string, toks []dossier.Token, kbm []kb.Match) []Chunk

// Recognize calls f.
func (f RecognizerFunc) Recognize(words []string, toks []dossier.Token, kbm []kb.Match) []Chunk {
	return f(words, toks, kbm)
}

// Linker detects and links the entity mentions of documents.
type Linker struct {
	kb     *kb.KB
	recs   map[string]Recognizer
	minNER float64
	names  *nameCache
	// surnames caches the folded surname keys of knowledge-base persons.
	surnames sync.Map // id → []string
	// nameSets caches the lower-cased non-adjectival forms of entities
	// whose adjectives matched (not kb.Fold: it strips the endings that
	// tell "Schweizer" from "Schweiz").
	nameSets sync.Map // id → map[string]bool
	// bufs keeps a document's buffers for the next (*docBufs)
	bufs sync.Pool
}

// nameForms returns the lower-cased names (not adjectives) of an entity.
func (l *Linker) nameForms(id string) map[string]bool {
	if v, ok := l.nameSets.Load(id); ok {
		return v.(map[string]bool)
	}
	set := map[string]bool{}
	if in, ok := l.kb.Info(id); ok {
		set[strings.ToLower(in.Name)] = true
		for _, f := range in.Forms {
			if f.Flags&kb.Adjectival == 0 {
				set[strings.ToLower(f.Text)] = true
			}
		}
	}
	v, _ := l.nameSets.LoadOrStore(id, set)
	return v.(map[string]bool)
}

// Option configures a Linker.
type Option func(*Linker)

// WithMinNERScore drops recogniser chunks scored below s (default 0: the
// recogniser's scores are margins, not calibrated probabilities, and its
// decoding already chose). Chunks that agree with a knowledge-base match are
// kept whatever their score.
func WithMinNERScore(s float64) Option { return func(l *Linker) { l.minNER = s } }

// New returns a linker over the knowledge base k with one recogniser per
// language code ("en", "de"); a language without one gets knowledge-base
// mentions only. recognisers may be nil.
func New(k *kb.KB, recognisers map[string]Recognizer, opts ...Option) *Linker {
	l := &Linker{kb: k, recs: map[string]Recognizer{}, minNER: 0, names: newNameCache(1 << 16)}
	for lang, r := range recognisers {
		if r != nil {
			l.recs[lang] = r
		}
	}
	for _, o := range opts {
		o(l)
	}
	return l
}

// KB returns the knowledge base the linker links to.
func (l *Linker) KB() *kb.KB { return l.kb }

// Analyze fills doc.Mentions (sorted by start, non-overlapping) from the
// sentences of doc. Tokens carry POS and lemma when the tagger ran before;
// the rules work without them, with less context. Sentences without tokens
// are tokenised here.
func (l *Linker) Analyze(ctx context.Context, doc *dossier.Document) error {
	d := l.newDoc(doc)
	defer d.release()
	for i := range doc.Sentences {
		if i%32 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("entities of %s: %w", doc.ID, err)
			}
		}
		d.detect(i)
	}
	d.resolve()
	doc.Mentions = d.out
	for _, m := range d.out {
		if strings.HasPrefix(m.Entity, localPrefix) {
			l.names.add(m.Entity, m.Text)
		}
	}
	return nil
}

// Entity returns the entity with the given id: a knowledge-base entity, or a
// local one ("local:per:…") named as it was last seen by this linker, or
// rebuilt from its id.
func (l *Linker) Entity(id string) (dossier.Entity, bool) {
	if e, ok := l.kb.Entity(id); ok {
		return e, true
	}
	kind, folded, ok := ParseLocalID(id)
	if !ok {
		return dossier.Entity{}, false
	}
	name, ok := l.names.get(id)
	if !ok {
		name = titleCase(strings.ReplaceAll(folded, "-", " "))
	}
	return dossier.Entity{ID: id, Name: name, Kind: kind, Aliases: []string{}}, true
}

// LocalEntities returns the local entities the mentions of doc link to, in
// order of first mention: the name is the text of the first mention and the
// aliases the other spellings. A store keeps them so that a later merge can
// re-point them to a knowledge-base entity (ParseLocalID gives the folded
// name and kind to match on).
func LocalEntities(doc *dossier.Document) []dossier.Entity {
	var out []dossier.Entity
	index := map[string]int{}
	for _, m := range doc.Mentions {
		kind, _, ok := ParseLocalID(m.Entity)
		if !ok {
			continue
		}
		// a name broken over a line end in wrapped copy ("David\nMulford")
		// is named with single spaces
		name := m.Text
		if strings.ContainsAny(name, "\n\t\r") || strings.Contains(name, "  ") {
			name = strings.Join(strings.Fields(name), " ")
		}
		i, seen := index[m.Entity]
		if !seen {
			index[m.Entity] = len(out)
			out = append(out, dossier.Entity{ID: m.Entity, Name: name, Kind: kind, Aliases: []string{}})
			continue
		}
		e := &out[i]
		if name != e.Name && !contains(e.Aliases, name) {
			e.Aliases = append(e.Aliases, name)
		}
	}
	return out
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

const localPrefix = "local:"

var localKinds = []struct {
	class string
	tag   string
	kind  dossier.EntityKind
}{
	{"PER", "per", dossier.KindPerson},
	{"ORG", "org", dossier.KindOrganization},
	{"LOC", "loc", dossier.KindLocation},
	{"MISC", "misc", dossier.KindOther},
}

// LocalID returns the stable id of a name the knowledge base lacks:
// "local:<class>:<slug>", the slug being the name lower-cased without
// diacritics (text.Fold), possessive "'s" and punctuation dropped, words
// joined by hyphens ("local:per:sven-hauberg"). The same name gets the same
// id in every document and run. It returns "" when nothing is left of the
// name.
func LocalID(class, name string) string {
	tag := "misc"
	for _, k := range localKinds {
		if k.class == class {
			tag = k.tag
		}
	}
	// one builder for the whole id: a mention of a name unknown to the
	// knowledge base costs one string, not one per word and the joins
	var b strings.Builder
	b.Grow(len(localPrefix) + len(tag) + 1 + len(name))
	b.WriteString(localPrefix)
	b.WriteString(tag)
	b.WriteByte(':')
	if !appendSlug(&b, name) {
		return ""
	}
	return b.String()
}

// Slug folds a name for a local id: text.Fold of each word, possessive
// endings and characters other than letters and digits dropped, words
// joined by hyphens.
func Slug(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	appendSlug(&b, name)
	return b.String()
}

// slugSep reports whether r separates the words of a name for Slug.
func slugSep(r rune) bool {
	return unicode.IsSpace(r) || r == '-' || r == '‐' || r == '‑' || r == '/' || r == '–'
}

// appendSlug writes Slug(name) to b and reports whether it wrote anything.
// It splits the words as strings.FieldsFunc would, without its slice.
func appendSlug(b *strings.Builder, name string) bool {
	base := b.Len()
	for {
		i := strings.IndexFunc(name, func(r rune) bool { return !slugSep(r) })
		if i < 0 {
			break
		}
		name = name[i:]
		w := name
		if j := strings.IndexFunc(name, slugSep); j >= 0 {
			w, name = name[:j], name[j:]
		} else {
			name = ""
		}
		for _, suf := range []string{"'s", "’s", "'", "’"} {
			if x, ok := strings.CutSuffix(w, suf); ok {
				w = x
				break
			}
		}
		n := b.Len()
		if isASCII(w) {
			// text.Fold of an ASCII word is its lower case: written
			// byte by byte here, without the string strings.ToLower
			// makes of a capitalised word (most names)
			for k := 0; k < len(w); k++ {
				c := w[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				} else if !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
					continue
				}
				if b.Len() == n && n != base {
					b.WriteByte('-')
				}
				b.WriteByte(c)
			}
			continue
		}
		w = text.Fold(w)
		for _, r := range w {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				if b.Len() > n || n == base {
					b.WriteRune(r)
					continue
				}
				b.WriteByte('-')
				b.WriteRune(r)
			}
		}
	}
	return b.Len() > base
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// ParseLocalID splits a local id into the entity kind and the slug of the
// name (see Slug); kb.Fold of the slug with spaces for hyphens gives the key
// the knowledge base matches names by, for a merge.
func ParseLocalID(id string) (kind dossier.EntityKind, folded string, ok bool) {
	rest, ok := strings.CutPrefix(id, localPrefix)
	if !ok {
		return "", "", false
	}
	tag, folded, ok := strings.Cut(rest, ":")
	if !ok || folded == "" {
		return "", "", false
	}
	for _, k := range localKinds {
		if k.tag == tag {
			return k.kind, folded, true
		}
	}
	return "", "", false
}

func titleCase(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(r)
		}
		up = r == ' '
	}
	return b.String()
}

// nameCache remembers the display names of local entities for Entity, up to
// a bound (the store keeps them for good; this only makes exports nicer).
type nameCache struct {
	mu  sync.Mutex
	max int
	m   map[string]string
}

func newNameCache(max int) *nameCache { return &nameCache{max: max, m: map[string]string{}} }

func (c *nameCache) add(id, name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.m[id]; ok {
		return
	}
	if len(c.m) >= c.max {
		clear(c.m) // a bounded cache: forget all rather than track age
	}
	c.m[strings.Clone(id)] = strings.Clone(name)
}

func (c *nameCache) get(id string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	n, ok := c.m[id]
	return n, ok
}

// classOf maps an entity kind to the NER class of its mentions.
func classOf(k dossier.EntityKind) string {
	switch k {
	case dossier.KindPerson:
		return "PER"
	case dossier.KindOrganization:
		return "ORG"
	case dossier.KindCountry, dossier.KindLocation:
		return "LOC"
	}
	return "MISC"
}

// isCap reports whether s starts with an upper-case letter.
func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// sortMentions orders mentions by start.
func sortMentions(ms []dossier.Mention) {
	slices.SortFunc(ms, func(a, b dossier.Mention) int { return cmp.Compare(a.Start, b.Start) })
}
