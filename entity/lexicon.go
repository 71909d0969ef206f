package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/dossier-news/dossier/kb"
)

// The word lists below are closed classes and short open lists the rules
// need: titles that name an office, nouns that name a part of a state
// (sector), prepositions of place, verbs that take a place as object, and
// kinship nouns. Keys are lower case; German keys are the base form and
// inflected forms are reduced to it by deBase.

// title is what a title word says about the person it introduces.
type title struct {
	offices []string // kb office codes, best first; nil for a plain honorific
	sector  string   // sector of the country named with it ("russische Außenminister": GOV)
	// phraseOnly: the offices are looked up for a role phrase ("the Fed
	// chairman") but not for a name after the title: the knowledge base
	// knows the chairs of a few bodies, not those of firms, and a
	// chairman's surname must still find him named in full before
	phraseOnly bool
}

var (
	// kb.Leader, last, is a term the source does not say was as head of
	// state or of government: it answers for either where nothing better
	// is known.
	tHeadOfState = title{[]string{kb.HeadOfState, kb.ActingHeadOfState, kb.Leader}, "GOV", false}
	// A supreme leader above the state's offices (Iran's; the Soviet
	// Union's party leader, whom "the Soviet leader" meant while others
	// held the state's offices) is the leader before them.
	tLeader    = title{[]string{"supreme_leader", kb.HeadOfState, kb.HeadOfGovernment, kb.ActingHeadOfState, kb.Leader}, "GOV", false}
	tHeadOfGov = title{[]string{kb.HeadOfGovernment, "prime_minister", kb.Leader}, "GOV", false}
	tForeign   = title{[]string{kb.ForeignMinister}, "GOV", false}
	tDefence   = title{[]string{kb.DefenceMinister}, "GOV", false}
	tVice      = title{[]string{"vice_president"}, "GOV", false}
	tSecGen    = title{[]string{"secretary_general"}, "", false}
	tDirGen    = title{[]string{"director_general"}, "", false}
	tHonorific = title{}
	tMinister  = title{nil, "GOV", false}
	tMilitary  = title{nil, "MIL", false}
	tChair     = title{offices: []string{"chair"}, phraseOnly: true}
	tHeir      = title{[]string{"crown_prince"}, "GOV", false}
)

// titles1 holds one-word titles (German compounds included).
var titles1 = map[string]map[string]title{
	"en": {
		"president": tHeadOfState, "king": tHeadOfState, "queen": tHeadOfState, "emir": tHeadOfState,
		"leader": tLeader, "dictator": tLeader, "ruler": tLeader, "strongman": tLeader,
		"premier": tHeadOfGov, "chancellor": tHeadOfGov, "chairman": tChair, "chairwoman": tChair,
		"mr": tHonorific, "mr.": tHonorific, "mrs": tHonorific, "mrs.": tHonorific, "ms": tHonorific, "ms.": tHonorific,
		"dr": tHonorific, "dr.": tHonorific, "sir": tHonorific, "lord": tHonorific,
		"minister": tMinister, "senator": tMinister, "governor": tMinister, "ambassador": tMinister,
		"spokesman": tMinister, "spokeswoman": tMinister, "envoy": tMinister, "mayor": tMinister,
		"general": tMilitary, "gen.": tMilitary, "admiral": tMilitary, "colonel": tMilitary, "marshal": tMilitary,
	},
	"de": {
		"präsident": tHeadOfState, "staatspräsident": tHeadOfState, "staatschef": tHeadOfState,
		"staatsoberhaupt": tHeadOfState, "könig": tHeadOfState, "königin": tHeadOfState, "emir": tHeadOfState,
		"machthaber": tLeader, "führer": tLeader, "diktator": tLeader, "herrscher": tLeader, "alleinherrscher": tLeader,
		"regierungschef": tHeadOfGov, "ministerpräsident": tHeadOfGov, "premierminister": tHeadOfGov,
		"premier": tHeadOfGov, "kanzler": tHeadOfGov, "bundeskanzler": tHeadOfGov,
		"außenminister": tForeign, "aussenminister": tForeign, "chefdiplomat": tForeign, "außenamtschef": tForeign,
		"verteidigungsminister": tDefence,
		"vizepräsident":         tVice,
		"kronprinz":             tHeir, "kronprinzessin": tHeir, "thronfolger": tHeir, "thronfolgerin": tHeir,
		"generalsekretär": tSecGen,
		"generaldirektor": tDirGen,
		"herr":            tHonorific, "frau": tHonorific, "dr.": tHonorific,
		"minister": tMinister, "botschafter": tMinister, "gouverneur": tMinister, "sprecher": tMinister,
		"senator": tMinister, "bürgermeister": tMinister, "gesandte": tMinister,
		"general": tMilitary, "generalstabschef": tMilitary, "admiral": tMilitary, "oberst": tMilitary, "marschall": tMilitary,
	},
}

// titles2 holds two- and three-word English titles, words joined by a space.
var titles2 = map[string]title{
	"foreign minister": tForeign, "foreign secretary": tForeign, "secretary of state": tForeign,
	"top diplomat": tForeign, "foreign affairs minister": tForeign,
	"defence minister": tDefence, "defense minister": tDefence, "defense secretary": tDefence,
	"defence secretary": tDefence, "secretary of defense": tDefence,
	"prime minister": tHeadOfGov, "supreme leader": tLeader,
	"vice president": tVice, "vice-president": tVice,
	"crown prince": tHeir, "crown princess": tHeir, "heir apparent": tHeir,
	"secretary general": tSecGen, "secretary-general": tSecGen,
	"director general": tDirGen, "director-general": tDirGen,
}

// titleFirst holds the first words of the titles of titles2 that have
// more than one: titleAt builds and looks up the two- and three-word
// phrases only at a token that can begin one.
var titleFirst = func() map[string]bool {
	m := map[string]bool{}
	for k := range titles2 {
		if first, _, ok := strings.Cut(k, " "); ok {
			m[first] = true
		}
	}
	return m
}()

// titleGate is a filter in front of titleAt's map look-ups, which run on
// every token of a sentence with candidates, several for a German word
// (deBase tries it without each ending): every key such a look-up from a
// word w of three bytes or more can hit (w, w without an ending, w followed
// by more words) begins with w's first three bytes, and the titles begin
// with few of the possible three bytes. A word whose beginning no title
// shares is turned away without hashing it; the maps answer the rest, so
// titleAt finds what it found without the gate.
var titleGate = func() *prefixGate {
	g := &prefixGate{}
	for _, m := range titles1 {
		for k := range m {
			g.add(k)
		}
	}
	for k := range titles2 {
		g.add(k)
	}
	return g
}()

// phraseGate lets through the tokens phrases checks for a title, a bare
// pope or a bare chancellor: titleGate's beginnings and those of the pope's
// and the chancellor's words (isBarePope, chancellorWord). It is asked of the
// token as the text spells it (mayFolded), so the tokens no phrase starts
// with, most of a sentence, are turned away before any is lower-cased.
var phraseGate = func() *prefixGate {
	g := *titleGate
	for _, w := range []string{"pope", "pontiff", "papst", "chancellor", "kanzler", "bundeskanzler"} {
		g.add(w)
	}
	return &g
}()

// prefixGate is a set of three-byte word beginnings as a bit array: 4,096
// bits (512 bytes), one a beginning.
type prefixGate [64]uint64

func prefixBit(b0, b1, b2 byte) (int, uint64) {
	x := uint32(b0) | uint32(b1)<<8 | uint32(b2)<<16
	h := x * 0x9E3779B1 >> 20 // 12 bits
	return int(h >> 6), 1 << (h & 63)
}

// add records the beginning of k; keys shorter than three bytes need none
// (only a word as short, which may always pass, can hit them).
func (g *prefixGate) add(k string) {
	if len(k) >= 3 {
		i, b := prefixBit(k[0], k[1], k[2])
		g[i] |= b
	}
}

// may reports whether a key beginning with w's first three bytes, or w
// itself when it is shorter, may be in the set.
func (g *prefixGate) may(w string) bool {
	if len(w) < 3 {
		return true
	}
	i, b := prefixBit(w[0], w[1], w[2])
	return g[i]&b != 0
}

// mayFolded is may for w lower-cased, asked of w as it is spelled. When
// w's first three bytes are ASCII they are the first three of w
// lower-cased, folded here; a word shorter, or with another byte among
// them, may lower-case to anything and is let through.
func (g *prefixGate) mayFolded(w string) bool {
	if len(w) < 3 || w[0]|w[1]|w[2] >= utf8.RuneSelf {
		return true
	}
	i, b := prefixBit(asciiLower(w[0]), asciiLower(w[1]), asciiLower(w[2]))
	return g[i]&b != 0
}

// asciiLower lower-cases an ASCII letter and leaves other bytes.
func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// mayBytes is may for a word in a buffer.
func (g *prefixGate) mayBytes(w []byte) bool {
	if len(w) < 3 {
		return true
	}
	i, b := prefixBit(w[0], w[1], w[2])
	return g[i]&b != 0
}

// notCurrent are words before a title that stop it from naming the holder on
// the document's date ("the former president", "stellvertretende
// Außenminister").
var notCurrent = map[string]bool{
	"former": true, "ex": true, "late": true, "then": true, "deputy": true, "vice": true, "acting": true,
	"previous": true, "past": true, "future": true, "next": true, "first": true, "incoming": true, "outgoing": true,
	"ehemalige": true, "frühere": true, "damalige": true, "verstorbene": true, "stellvertretende": true,
	"kommissarische": true, "künftige": true, "designierte": true, "einstige": true, "erste": true, "vorige": true,
	"nächste": true, "alt": true,
}

// modifiers may stand between a country adjective and a title ("Südkoreas
// neuem Präsident", "the current Russian foreign minister").
var modifiers = map[string]bool{
	"new": true, "current": true, "sitting": true, "incumbent": true, "newly": true, "elected": true,
	"neue": true, "amtierende": true, "jetzige": true, "derzeitige": true, "gewählte": true, "heutige": true,
	"aktuelle": true, "mächtige": true, "langjährige": true, "powerful": true, "long-time": true, "longtime": true,
}

// sectorWord maps a head noun to the sector of the state it names.
var sectorWords = map[string]map[string]string{
	"en": {
		"troops": "MIL", "troop": "MIL", "soldiers": "MIL", "soldier": "MIL", "army": "MIL", "armies": "MIL",
		"military": "MIL", "militaries": "MIL", "forces": "MIL", "navy": "MIL", "marines": "MIL", "artillery": "MIL",
		"paratroopers": "MIL", "infantry": "MIL", "commanders": "MIL", "generals": "MIL", "servicemen": "MIL",
		"battalion": "MIL", "battalions": "MIL", "brigade": "MIL", "brigades": "MIL", "units": "MIL",
		"government": "GOV", "governments": "GOV", "regime": "GOV", "authorities": "GOV", "administration": "GOV",
		"leadership": "GOV", "officials": "GOV", "official": "GOV", "diplomats": "GOV", "diplomat": "GOV",
		"embassy": "GOV", "embassies": "GOV", "ministry": "GOV", "cabinet": "GOV", "delegation": "GOV",
		"intelligence": "SPY", "spies": "SPY", "spy": "SPY",
		"media": "MED", "television": "MED", "broadcaster": "MED", "newspaper": "MED",
		"police":    "COP",
		"companies": "BUS", "company": "BUS", "firms": "BUS", "firm": "BUS", "businesses": "BUS",
	},
	"de": {
		"truppen": "MIL", "truppe": "MIL", "soldaten": "MIL", "soldat": "MIL", "soldatinnen": "MIL", "armee": "MIL",
		"militär": "MIL", "militärs": "MIL", "streitkräfte": "MIL", "streitkräften": "MIL", "marine": "MIL",
		"luftwaffe": "MIL", "militärführung": "MIL", "generäle": "MIL", "kommandeure": "MIL", "offiziere": "MIL",
		"spezialeinheiten": "MIL", "spezialkräfte": "MIL", "kampftruppen": "MIL", "bodentruppen": "MIL",
		"regierung": "GOV", "regime": "GOV", "regimes": "GOV", "führung": "GOV", "staatsführung": "GOV",
		"behörden": "GOV", "behörde": "GOV", "diplomaten": "GOV", "diplomat": "GOV", "botschaft": "GOV",
		"ministerium": "GOV", "delegation": "GOV", "regierungsvertreter": "GOV", "staatsspitze": "GOV",
		"geheimdienst": "SPY", "geheimdienste": "SPY", "geheimdienstes": "SPY", "geheimdiensten": "SPY",
		"nachrichtendienst": "SPY", "nachrichtendienste": "SPY", "spione": "SPY",
		"medien": "MED", "staatsmedien": "MED", "nachrichtenagentur": "MED", "staatsfernsehen": "MED", "fernsehen": "MED",
		"polizei":     "COP",
		"unternehmen": "BUS", "firmen": "BUS", "konzerne": "BUS",
	},
}

// sectorPairs are two-word heads whose first word alone says nothing.
var sectorPairs = map[string]string{
	"secret service": "SPY", "secret services": "SPY", "intelligence service": "SPY", "intelligence services": "SPY",
	"intelligence agency": "SPY", "spy agency": "SPY", "armed forces": "MIL", "air force": "MIL",
	"state media": "MED", "news agency": "MED", "state television": "MED", "state broadcaster": "MED",
}

// placePreps are prepositions after which a capital is the place, not its
// government ("in Pyongyang", "nach Moskau").
var placePreps = map[string]bool{
	"in": true, "at": true, "to": true, "from": true, "into": true, "near": true, "outside": true, "inside": true,
	"around": true, "via": true, "toward": true, "towards": true, "across": true, "through": true, "within": true,
	"throughout": true, "beyond": true, "off": true, "of": true, "over": true, "above": true, "by": true, "downtown": true,
	"im": true, "nach": true, "aus": true, "bei": true, "beim": true, "nahe": true, "zu": true, "zum": true,
	"zur": true, "von": true, "vom": true, "über": true, "durch": true, "um": true, "ab": true, "richtung": true,
	"gegenüber": true, "unweit": true, "außerhalb": true, "innerhalb": true, "vor": true, "hinter": true, "bis": true,
	"ins": true, "am": true, "an": true, "auf": true, "unter": true, "zwischen": true, "between": true,
}

// townParts are nouns (lemmas, lower case; German also in the singular
// base form) for a part of a town or of its market, which a capital owns
// as a place and not as a government ("Tehran's streets", "Kairos
// Innenstadt", "Tokyo's stock market").
var townParts = map[string]bool{
	"street": true, "streets": true, "square": true, "downtown": true, "district": true, "suburb": true,
	"suburbs": true, "outskirts": true, "airport": true, "centre": true, "center": true, "quarter": true,
	"neighbourhood": true, "neighborhood": true, "harbour": true, "harbor": true, "port": true,
	"city": true, "area": true, "park": true, "slum": true, "slums": true, "hospital": true, "zoo": true,
	"straße": true, "platz": true, "innenstadt": true, "altstadt": true, "vorort": true, "stadtteil": true,
	"stadtrand": true, "flughafen": true, "zentrum": true, "viertel": true, "hafen": true, "bezirk": true,
	"stadtviertel": true, "straßen": true, "vororte": true,
	// its market: "Tokyo's stock market", "Paris' bourse", "Frankfurts Börse"
	"bourse": true, "stock": true, "stocks": true, "shares": true, "börse": true, "aktienmarkt": true,
}

// agentPreps are prepositions after which a capital usually stands for its
// government ("talks with Pyongyang", "Sanktionen gegen Moskau").
var agentPreps = map[string]bool{
	"with": true, "against": true, "mit": true, "gegen": true,
}

// relationNouns name a relation between two parties ("relations between
// Pyongyang and Moscow"): capitals coordinated after them are governments.
var relationNouns = map[string]bool{
	"relations": true, "relationship": true, "ties": true, "talks": true, "negotiations": true, "tensions": true,
	"cooperation": true, "alliance": true, "treaty": true, "agreement": true, "deal": true, "rapprochement": true,
	"summit": true, "dialogue": true, "rift": true, "dispute": true, "conflict": true,
	"beziehungen": true, "beziehung": true, "gespräche": true, "verhandlungen": true, "spannungen": true,
	"zusammenarbeit": true, "allianz": true, "bündnis": true, "vertrag": true, "abkommen": true, "annäherung": true,
	"gipfel": true, "dialog": true, "streit": true, "konflikt": true, "achse": true,
}

// placeVerbs take a place as object: a capital after them is the place
// ("visited Pyongyang", "besuchte Pjöngjang").
var placeVerbs = map[string]bool{
	"visit": true, "tour": true, "reach": true, "leave": true, "enter": true, "fly": true, "travel": true,
	"arrive": true, "bomb": true, "shell": true, "strike": true, "hit": true, "attack": true, "capture": true,
	"besuchen": true, "bereisen": true, "erreichen": true, "verlassen": true, "betreten": true, "fliegen": true,
	"reisen": true, "bombardieren": true, "beschießen": true, "angreifen": true, "treffen": true, "einnehmen": true,
	"anfliegen": true, "erobern": true,
}

// locativeVerbs say where something is: a capital as their subject is the
// place ("Pyongyang lies", "Seoul is home to").
var locativeVerbs = map[string]bool{
	"be": true, "lie": true, "sit": true, "locate": true,
	"sein": true, "liegen": true, "gelten": true, "zählen": true, "beherbergen": true,
}

// subordinators introduce a clause whose first noun phrase is its subject
// (German puts the verb last, so "dass Pjöngjang … zieht" has no verb next).
var subordinators = map[string]bool{
	"that": true, "if": true, "whether": true, "because": true, "while": true, "unless": true, "until": true,
	"although": true, "as": true, "since": true, "when": true, "after": true, "before": true, "once": true,
	"dass": true, "ob": true, "wenn": true, "weil": true, "solange": true, "während": true, "obwohl": true,
	"da": true, "als": true, "bevor": true, "nachdem": true, "sobald": true, "falls": true, "damit": true,
}

// kinship maps a kinship noun to how the relative is found from the person
// it belongs to: the relation type, and whether it points at the person
// (sister_of Kim → Kim's sister) or away (Kim son_of X → Kim's father).
type kin struct {
	rel     string
	towards bool
}

var kinship = map[string]kin{
	"sister": {"sister_of", true}, "brother": {"brother_of", true}, "daughter": {"daughter_of", true},
	"son": {"son_of", true}, "wife": {"spouse_of", true}, "husband": {"spouse_of", true},
	"father":    {"son_of", false},
	"schwester": {"sister_of", true}, "bruder": {"brother_of", true}, "tochter": {"daughter_of", true},
	"sohn": {"son_of", true}, "ehefrau": {"spouse_of", true}, "frau": {"spouse_of", true},
	"ehemann": {"spouse_of", true}, "gattin": {"spouse_of", true}, "vater": {"son_of", false},
}

// deSuffixes are the endings deBase strips, in the order it tries them.
var deSuffixes = []string{"innen", "in", "en", "es", "em", "er", "n", "s", "e"}

// deBase reduces an inflected German noun or adjective to the form the lists
// hold, trying the word itself, then without common endings.
func deBase[V any](m map[string]V, w string) (V, bool) {
	if v, ok := m[w]; ok {
		return v, true
	}
	for _, suf := range deSuffixes {
		if b, ok := strings.CutSuffix(w, suf); ok && len(b) >= 3 {
			if v, ok := m[b]; ok {
				return v, true
			}
		}
	}
	var zero V
	return zero, false
}

// lookupWordBytes is lookupWord of string(w), without making the string:
// map look-ups by string(w) do not allocate.
func lookupWordBytes[V any](m map[string]V, w []byte, lang string) (V, bool) {
	if v, ok := m[string(w)]; ok || lang != "de" {
		return v, ok
	}
	for _, suf := range deSuffixes {
		if n := len(w) - len(suf); n >= 3 && string(w[n:]) == suf {
			if v, ok := m[string(w[:n])]; ok {
				return v, true
			}
		}
	}
	var zero V
	return zero, false
}

// lookupWord finds a lower-case word in a per-language list, reducing
// German inflection.
func lookupWord[V any](m map[string]V, w, lang string) (V, bool) {
	if lang == "de" {
		return deBase(m, w)
	}
	v, ok := m[w]
	return v, ok
}
