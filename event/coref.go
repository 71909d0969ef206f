package event

import "github.com/dossier-news/dossier"

// Coreference of definite descriptions: "die Gruppe", "das Land", "der
// Minister", "the country" name no one themselves, but in news they point
// back to an actor the article has just named ("Die Hamas … Die Gruppe
// feuerte Raketen auf Israel"). Such a phrase is resolved to the most recent
// named entity of the kind its noun demands, within the two sentences before
// it, and the sentence gets a mention of that entity for the phrase, marked
// viaCoref, so that the store keeps why the event has its participant.

// viaCoref marks the mentions the event stage makes for resolved
// descriptions.
const viaCoref = "event-coref"

// anaphor kinds: what a description's head noun can stand for.
const (
	anaCountry byte = 'c' // a country ("das Land")
	anaGov     byte = 'g' // a country's government ("die Regierung")
	anaOrg     byte = 'o' // an organisation ("die Gruppe", "the militia")
	anaPerson  byte = 'p' // a person in an office ("der Minister")
	anaArmed   byte = 'a' // an armed group ("die Rebellen"), by its plural
	anaTitled  byte = 't' // a person the text gave this title ("der Landeshauptmann"; see titledAntecedentDE)
)

// anaphorNouns are the head nouns (lemmas) of descriptions that point back,
// with what they can stand for. Words that also name a kind of thing the
// article may introduce anew ("Partei", "Armee") are left out.
var anaphorNouns = map[string]byte{
	"land": anaCountry, "staat": anaCountry, "country": anaCountry, "nation": anaCountry,
	"regierung": anaGov, "government": anaGov, "führung": anaGov, "administration": anaGov,
	"gruppe": anaOrg, "organisation": anaOrg, "miliz": anaOrg, "bewegung": anaOrg, "terrormiliz": anaOrg,
	"behörde": anaOrg, "terrorgruppe": anaOrg, "extremistengruppe": anaOrg, "rebellengruppe": anaOrg, "gruppierung": anaOrg,
	"group": anaOrg, "organization": anaOrg, "militia": anaOrg, "movement": anaOrg,
	"minister": anaPerson, "ministerin": anaPerson, "präsident": anaPerson, "präsidentin": anaPerson,
	"kanzler": anaPerson, "kanzlerin": anaPerson, "premier": anaPerson, "premierminister": anaPerson,
	"regierungschef": anaPerson, "regierungschefin": anaPerson, "staatschef": anaPerson,
	"außenminister": anaPerson, "außenministerin": anaPerson, "verteidigungsminister": anaPerson,
	"president": anaPerson, "chancellor": anaPerson,
	"diplomat": anaPerson, "diplomatin": anaPerson, "botschafter": anaPerson, "botschafterin": anaPerson,
	"vorsitzend": anaPerson, "vorsitzende": anaPerson, "vorsitzender": anaPerson, "parteichef": anaPerson,
	"landeshauptmann": anaTitled, "landeshauptfrau": anaTitled, "bürgermeister": anaTitled, "bürgermeisterin": anaTitled,
	"ministerpräsident": anaTitled, "ministerpräsidentin": anaTitled, "bundespräsident": anaTitled, "bundespräsidentin": anaTitled,
	"bundeskanzler": anaTitled, "bundeskanzlerin": anaTitled, "klubobmann": anaTitled, "klubobfrau": anaTitled,
	"generalsekretär": anaTitled, "generalsekretärin": anaTitled, "innenminister": anaTitled, "innenministerin": anaTitled,
	"finanzminister": anaTitled, "finanzministerin": anaTitled, "verteidigungsministerin": anaTitled, "parteichefin": anaTitled,
	// plural forms for the fighters of an armed group named just before
	// ("Die Huthi-Rebellen … Die Rebellen griffen …"); soldiers and
	// protesters are no group the article names
	"rebellen": anaArmed, "aufständischen": anaArmed, "extremisten": anaArmed, "islamisten": anaArmed,
	"dschihadisten": anaArmed, "terroristen": anaArmed, "separatisten": anaArmed, "milizionäre": anaArmed,
	"rebels": anaArmed, "insurgents": anaArmed, "militants": anaArmed, "separatists": anaArmed,
}

// corefWindow is how many sentences back an antecedent may be.
const corefWindow = 2

// named is an entity a sentence named, for descriptions in the sentences
// after it.
type named struct {
	r    argRef
	sent int
	// German only: the gender of the phrase that named it, and whether
	// that phrase was a subject a pronoun prefers (see pronoun_de.go)
	g    gmask
	soft gmask // a person's sex by given name (see givenGender)
	seat bool  // a place named for an institution in it ("das Ministerium in Berlin")
	subj bool
	// derived: the entry is a description's or pronoun's antecedent again,
	// which descriptions do not point back to
	derived bool
}

// rememberNamed records the entities the sentence names (countries,
// organisations, people), oldest first, and forgets those out of the
// window.
func (s *sent) rememberNamed(st *docState) {
	n := 0
	for _, e := range st.named {
		if e.sent >= s.idx-corefWindow+1 {
			st.named[n] = e
			n++
		}
	}
	st.named = st.named[:n]
	if s.de {
		s.rememberNamedDE(st)
		return
	}
	for i := range s.ments {
		mt := &s.ments[i]
		if mt.m.Via == viaCoref {
			continue // a resolved description repeats its antecedent
		}
		switch mt.kind {
		case dossier.KindCountry, dossier.KindOrganization, dossier.KindPerson:
			st.named = append(st.named, named{r: s.ref(i, ""), sent: s.idx})
		}
	}
}

// resolveDescriptions gives each definite description of the sentence
// that points back (see anaphorNouns) the entity it stands for, as a
// mention of its own.
func (s *sent) resolveDescriptions() {
	if s.st == nil || len(s.st.named) == 0 {
		return
	}
	for k := range s.chunks {
		ck := &s.chunks[k]
		if ck.ment >= 0 || ck.pron || ck.relPron || ck.head < 0 {
			continue
		}
		want, ok := s.anaphor(k)
		if !ok {
			continue
		}
		var r argRef
		if want == anaTitled {
			r, ok = s.titledAntecedentDE(k)
		} else {
			r, ok = s.antecedent(want, s.titleSexDE(k, want))
		}
		if !ok {
			continue
		}
		s.addCorefMention(k, r, want)
	}
}

// anaphor says whether chunk k is a definite description that points
// back: a definite article or demonstrative, at most one adjective, and a
// head noun of anaphorNouns, with no of-phrase or genitive that names its
// own referent ("die Regierung in Kiew", "die Gruppe der Demonstranten").
func (s *sent) anaphor(k int) (byte, bool) {
	ck := &s.chunks[k]
	if ck.head != ck.hi-1 || ck.hi-ck.lo < 2 || ck.hi-ck.lo > 3 {
		return 0, false
	}
	if !definite(s.words[ck.lo].low) {
		return 0, false
	}
	// an adjective of a place ("der Kiewer Regierung") names its own
	// referent
	if ck.hi-ck.lo == 3 && (s.words[ck.lo+1].pos != pAdj || capitalized(s.words[ck.lo+1].tok.Text)) {
		return 0, false
	}
	// an apposition ("Bruno Rodríguez, der Außenminister") describes the
	// name before it, which the knowledge base may not know
	if ck.lo >= 2 && s.words[ck.lo-1].low == "," && s.words[ck.lo-2].pos == pPropn {
		return 0, false
	}
	want, ok := anaphorNouns[s.words[ck.head].lemma]
	if !ok {
		want, ok = anaphorNouns[s.words[ck.head].low]
	}
	if !ok {
		return 0, false
	}
	// singular only: "der südosteuropäischen Staaten", "the countries"
	// name others, not one that came before
	if h := &s.words[ck.head]; h.low != h.lemma && anaphorNouns[h.low] == 0 && !(genitiveSg(s.words[ck.lo].low) && (h.low == h.lemma+"s" || h.low == h.lemma+"es")) {
		return 0, false
	}
	if e := s.ofExtension(k); e >= 0 {
		// "der Vorsitzende der Partei PiS" is still the person named
		// before; "der Präsident des Landes" is the country's
		if want != anaPerson {
			return 0, false
		}
		if m := s.chunks[e].ment; m >= 0 && s.ments[m].kind != dossier.KindOrganization {
			return 0, false
		}
	}
	// "die Gruppe um X", "the group in Y": a phrase right after the head
	// that says whose group it is
	if j := ck.hi; j < len(s.words) {
		switch s.words[j].lemma {
		case "um", "in", "aus", "from", "of":
			return 0, false
		}
	}
	// an apposition names the one described, whom the knowledge base may
	// not know: "Die Vorsitzende im Hauptverband …, Ulrike Rabmer-Koller,",
	// "Der Präsident des Deutschen Fußballbundes (DFB), Reinhard Grindel,"
	for j := ck.hi; j < len(s.words) && j < ck.hi+10; j++ {
		if w := &s.words[j]; w.pos == pVerb || w.pos == pAux {
			break
		}
		if s.words[j].low == "," {
			if s.nameFollows(j + 1) {
				return 0, false
			}
			break
		}
	}
	return want, true
}

// nameFollows says whether word i starts a mention of a person or
// organisation.
func (s *sent) nameFollows(i int) bool {
	if i >= len(s.words) || s.words[i].ment < 0 {
		return false
	}
	k := s.ments[s.words[i].ment].kind
	return k == dossier.KindPerson || k == dossier.KindOrganization
}

// genitiveSg says whether a determiner is only genitive singular ("des
// Landes"; "der Regierungschefs" is plural).
func genitiveSg(low string) bool { return low == "des" || low == "dieses" }

// definite says whether a determiner makes its phrase point back.
func definite(low string) bool {
	switch low {
	case "der", "die", "das", "den", "dem", "des", "dieser", "diese", "dieses", "diesen", "diesem",
		"the", "this":
		return true
	}
	return false
}

// antecedent returns the most recently named entity of the kind want, in
// the sentences of the window before this one. (Recency, not how often the
// article names a country: on 10kGNAD the two chose "die Regierung" right
// equally often.)
//
// sex, when not 0, is the sex a German title demands of a person ("der
// Kanzler" is a man, "die Ministerin" a woman; see titleSexDE).
func (s *sent) antecedent(want byte, sex gmask) (argRef, bool) {
	for i := len(s.st.named) - 1; i >= 0; i-- {
		e := &s.st.named[i]
		if e.sent >= s.idx || e.sent < s.idx-corefWindow || e.derived {
			continue
		}
		if sex != 0 && !s.sexAgreesDE(e, sex) {
			continue
		}
		switch want {
		case anaCountry, anaGov:
			if e.r.kind != dossier.KindCountry {
				continue
			}
		case anaOrg:
			if e.r.kind != dossier.KindOrganization || s.press(&e.r) {
				continue
			}
		case anaPerson:
			if e.r.kind != dossier.KindPerson {
				continue
			}
		case anaArmed:
			if e.r.kind != dossier.KindOrganization || !s.armedGroup(e.r.ent) {
				continue
			}
		}
		if want != anaCountry && want != anaGov && hasPrefixStr(e.r.ent, "local:") {
			continue // someone the knowledge base lacks is rarely the actor a description means
		}
		r := e.r
		r.sector = ""
		if want == anaGov {
			r.sector = "GOV"
		}
		return r, true
	}
	return argRef{}, false
}

// corefConf scales the confidence of a resolved description: the
// antecedent is a guess by recency and kind.
const corefConf = 0.7

// addCorefMention makes the mention of chunk k's description (without its
// determiner) for the entity r stands for, and points the chunk at it.
func (s *sent) addCorefMention(k int, r argRef, want byte) {
	ck := &s.chunks[k]
	lo := ck.lo + 1
	start, end := s.words[lo].tok.Start, s.words[ck.hi-1].tok.End
	class := "ORG"
	switch r.kind {
	case dossier.KindCountry:
		class = "LOC"
	case dossier.KindPerson:
		class = "PER"
	}
	conf := r.conf * corefConf
	if conf == 0 {
		conf = corefConf
	}
	m := &dossier.Mention{Span: dossier.Span{Start: start, End: end}, Text: s.doc.Text[start:end],
		Entity: r.ent, Class: class, Sector: r.sector, Via: viaCoref, Confidence: conf}
	s.coref = append(s.coref, m)
	country := ""
	if s.x.kb != nil {
		if info, ok := s.x.kb.Info(r.ent); ok {
			country = info.Country
		}
	}
	ck.ment = len(s.ments)
	s.ments = append(s.ments, ment{m: m, lo: lo, hi: ck.hi, kind: r.kind, country: country})
	if want == anaGov {
		ck.sector = "GOV"
	}
}

// armedGroup says whether the knowledge base makes entity ent a rebel or
// militarised group (sectors REB, IMG).
func (s *sent) armedGroup(ent string) bool {
	if s.x.kb == nil {
		return false
	}
	info, ok := s.x.kb.Info(ent)
	return ok && (info.Sector == "REB" || info.Sector == "IMG")
}
