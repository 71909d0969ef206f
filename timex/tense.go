package timex

import "strings"

// Tense is read from simple cues: auxiliaries and verb forms near the
// expression in its sentence. It decides which "March" or which "Friday" is
// meant when the text gives no year or date.

const (
	tenseNone    = 0
	tensePast    = -1
	tenseFuture  = 1
	tensePresent = 2 // a present-tense verb: no shift, but it hides cues further away
)

var enFutureCues = map[string]bool{
	"will": true, "shall": true, "'ll": true, "upcoming": true, "plans": true, "scheduled": true,
	"expected": true, "expects": true, "intends": true, "supposed": true,
}

// enScheduleVerbs in the simple present tell a timetable: "the deadline
// expires Friday", "the summit opens on Monday" look ahead.
var enScheduleVerbs = map[string]bool{
	"begins": true, "starts": true, "opens": true, "ends": true, "expires": true, "closes": true, "resumes": true,
	"kicks": true, "arrives": true, "departs": true, "convenes": true, "reconvenes": true, "adjourns": true,
	"concludes": true, "commences": true, "lapses": true, "meets": true, "flies": true, "travels": true, "leaves": true,
	"plays": true, "hosts": true, "gathers": true, "testifies": true,
}

// enScheduleObject are timetable verbs in the simple present that take an
// object ("the president visits Japan on Sunday", "the union holds a vote
// on Monday"). Spelled like a plural noun, they are read as verbs only
// with the object after them: "state visits on Sunday" is a noun.
var enScheduleObject = map[string]bool{
	"visits": true, "decides": true, "holds": true, "attends": true, "hears": true, "considers": true,
	"discusses": true, "unveils": true, "announces": true, "elects": true, "chooses": true, "weighs": true,
}

// enScheduleBase are the same timetable verbs after a plural subject
// ("talks resume Thursday", "leaders meet on Friday"). Only verbs that are
// rarely nouns are listed ("vote", "start", "close" are often nouns), and
// scheduleBase keeps out the infinitive and the noun after a determiner.
var enScheduleBase = map[string]bool{
	"meet": true, "resume": true, "begin": true, "convene": true, "reconvene": true, "fly": true, "travel": true, "go": true,
	"adjourn": true, "commence": true, "open": true, "gather": true, "decide": true, "discuss": true, "consider": true,
	"hold": true, "host": true, "attend": true, "sign": true, "announce": true, "unveil": true, "elect": true,
	"choose": true, "weigh": true, "arrive": true, "depart": true, "testify": true,
}

// enPastAmbiguous are irregular past forms spelled as the present ("prices
// hit a record in October", "the firm cut 300 jobs in March"). News tells
// them mostly in the past; after "to", a modal or "do" they are the
// infinitive, and after a determiner a noun ("a hit", "the cut").
var enPastAmbiguous = map[string]bool{
	"hit": true, "cut": true, "put": true, "cost": true, "shut": true, "hurt": true, "quit": true, "spread": true,
	"split": true, "bid": true, "slid": true, "shed": true, "upset": true, "beat": true, "set": true, "cast": true,
	"broadcast": true, "burst": true,
}

// enBareVerbBefore are words after which a bare verb is an infinitive or
// a noun, not a finite verb that tells the tense.
var enBareVerbBefore = map[string]bool{
	"to": true, "will": true, "would": true, "may": true, "might": true, "can": true, "could": true, "should": true,
	"must": true, "shall": true, "do": true, "does": true, "did": true, "not": true, "t": true, "ll": true, "let": true,
	"of": true, "in": true, "at": true, "on": true, "for": true, "by": true, "from": true, "with": true, "s": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "and": true, "or": true,
	"get": true, "gets": true, "got": true, "getting": true,
}

var enPrepositions = map[string]bool{
	"in": true, "on": true, "at": true, "for": true, "of": true, "to": true, "by": true, "from": true, "with": true,
	"into": true, "over": true, "since": true, "during": true, "after": true, "before": true, "until": true,
}

// enCausatives take a bare infinitive after their object: "let the
// offensive begin", "saw the talks resume".
var enCausatives = map[string]bool{
	"let": true, "lets": true, "make": true, "makes": true, "made": true, "help": true, "helps": true, "helped": true,
	"see": true, "saw": true, "watch": true, "watched": true, "have": true, "had": true,
}

var enPresentCues = map[string]bool{
	"is": true, "are": true, "am": true, "says": true, "say": true, "has": false, "have": false, "remains": true,
}

var enPastCues = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "ago": true, "said": true, "went": true, "came": true, "took": true, "made": true,
	"gave": true, "told": true, "left": true, "met": true, "began": true, "fell": true, "rose": true, "sold": true, "bought": true,
	"won": true, "lost": true, "saw": true, "found": true, "held": true, "led": true, "paid": true, "sent": true, "spent": true,
	"since": true, "struck": true, "thought": true, "became": true, "brought": true, "built": true, "kept": true, "ran": true, "wrote": true,
	"got": true, "grew": true, "knew": true, "spoke": true, "broke": true, "chose": true, "drove": true, "flew": true, "gone": true,
	"been": true, "done": true, "seen": true, "taken": true, "given": true,
}

// enPastIrregular are irregular simple pasts that are spelled like no
// present form ("drew", "fought", "fled"), beyond the common ones of
// enPastCues. Some are also names or nouns ("Drew", "a spat", "the dove"),
// so cueEN reads them as verbs only in lower case (a verb never opens a
// sentence of news, a name often does) and not after a
// determiner.
var enPastIrregular = map[string]bool{
	"arose": true, "awoke": true, "woke": true, "bore": true, "bled": true, "blew": true, "bred": true, "caught": true,
	"clung": true, "crept": true, "dealt": true, "dug": true, "dove": true, "drew": true, "drank": true, "ate": true,
	"felt": true, "fought": true, "fled": true, "flung": true, "forbade": true, "forgot": true, "forgave": true, "froze": true,
	"hung": true, "heard": true, "hid": true, "knelt": true, "laid": true, "leapt": true, "lent": true, "meant": true,
	"rode": true, "rang": true, "sought": true, "shook": true, "shone": true, "shot": true, "sang": true, "sank": true,
	"sat": true, "slept": true, "slung": true, "sped": true, "spun": true, "spat": true, "stood": true, "stole": true,
	"stuck": true, "stung": true, "strode": true, "strove": true, "swore": true, "swept": true, "swam": true, "swung": true,
	"taught": true, "tore": true, "threw": true, "understood": true, "wore": true, "wept": true, "withdrew": true,
	"overtook": true, "undertook": true, "mistook": true, "foresaw": true, "oversaw": true, "underwent": true,
	"withheld": true, "upheld": true, "overthrew": true, "rebuilt": true, "overcame": true, "overran": true,
	"befell": true, "misled": true, "overheard": true, "rewrote": true, "retook": true, "shrank": true, "sprang": true,
	"slew": true, "forsook": true, "outgrew": true, "overrode": true, "beheld": true, "dwelt": true,
}

var enNotPast = map[string]bool{
	"need": true, "needed": false, "speed": true, "seed": true, "embed": true, "proceed": true, "exceed": true, "succeed": true,
	"indeed": true, "feed": true, "bed": true, "red": true, "shed": true, "breed": true, "creed": true, "deed": true, "greed": true,
	"hundred": true, "united": true, "limited": true, "based": true, "related": true, "red-led": true, "expected": true, "scheduled": true,
	"planned": true, "proposed": true, "unexpected": true, "detailed": true, "advanced": true, "alleged": true, "so-called": true,
	"called": false, "armed": true, "concerned": true, "interested": true, "supposed": true, "used": false,
}

var dePresentCues = map[string]bool{
	"ist": true, "sind": true, "sagt": true, "sagen": true, "bleibt": true,
}

var deFutureCues = map[string]bool{
	"bis": true, "ab": true, "nächsten": true, "kommenden": true, "soll": true, "solle": true, "hofft": true, "hoffe": true, "hoffen": true,
	"wird": true, "werden": true, "wirst": true, "werde": true, "sollen": true, "will": true, "wollen": true,
	"plant": true, "planen": true, "geplant": true, "dürfte": true, "dürften": true, "beabsichtigt": true, "voraussichtlich": true, "künftig": true, "bevorstehenden": true,
}

// deScheduleVerbs in the present tell a timetable, as enScheduleVerbs do:
// "am Sonntag beginnt die Konferenz", "Rapid gastiert am Sonntag in Ried".
// Forms that are also participles ("eröffnet", "verteidigt") are left out.
var deScheduleVerbs = map[string]bool{
	"beginnt": true, "beginnen": true, "startet": true, "starten": true, "endet": true, "enden": true, "tagt": true, "tagen": true,
	"gastiert": true, "gastieren": true, "erscheint": true, "erscheinen": true, "trifft": true, "läuft": true, "stattfinden": true,
	"öffnet": true, "öffnen": true, "schließt": true, "tritt": true, "treten": true, // "tritt am 1. Jänner in Kraft"
}

var dePastCues = map[string]bool{
	"war": true, "waren": true, "wurde": true, "wurden": true, "hatte": true, "hatten": true, "hat": true, "haben": false,
	"sagte": true, "sagten": true, "erklärte": true, "teilte": true, "kam": true, "kamen": true, "ging": true, "gab": true, "fand": true,
	"begann": true, "kündigte": true, "traf": true, "fiel": true, "stand": true, "lag": true, "zog": true, "starb": true, "wies": true,
	"betonte": true, "hieß": true, "berichtete": true, "meldete": true, "besuchte": true, "empfing": true, "unterzeichnete": true,
	"seit": true, "vereinbarten": true, "griff": true, "griffen": true, "verließ": true, "ließ": true, "schickte": true, "zuvor": true,
}

// dePastStrong are past forms of German strong and irregular verbs (news
// tells most of its past in the Präteritum: "der Umsatz sank", "die Truppen
// zogen ab"), singular and plural.
var dePastStrong = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"stieg", "sank", "fiel", "blieb", "lag", "nahm", "sprach", "schrieb", "trat", "rief", "hielt", "fuhr", "floh",
		"flog", "verlor", "gewann", "schlug", "wuchs", "warf", "brach", "bot", "entschied", "erhielt", "beschloss",
		"erschien", "schien", "sah", "saß", "lief", "tat", "bat", "galt", "empfahl", "befahl", "sprang", "schoss",
		"gelang", "bestand", "entstand", "verstand", "unterschrieb", "schloss", "bewies", "lud", "stieß", "wandte",
		"sandte", "nannte", "brachte", "dachte", "kannte", "wusste", "trieb", "mied", "litt", "stritt", "schwieg",
		"verbot", "zerstörte", "verschwand", "drang", "zwang", "band", "wich", "erlag", "betrug", "verlieh",
		"zog", "ging", "gab", "fand", "traf", "starb", "stand", "wies", "ließ", "kam",
		// Weak verbs frequent in news: "-te", plural "-ten".
		"forderte", "warnte", "bestätigte", "reagierte", "startete", "landete", "eröffnete", "verhandelte",
		"drohte", "verurteilte", "verhängte", "stoppte", "öffnete", "einigte", "verabschiedete", "beschuldigte",
		"bezeichnete", "wählte", "stimmte", "zählte", "plante", "brauchte", "setzte", "stellte", "legte", "machte",
		"suchte", "führte", "lebte", "arbeitete", "kämpfte", "feuerte", "tötete", "verletzte", "eroberte", "besetzte",
		"räumte", "endete", "dauerte", "folgte", "erreichte", "verlängerte", "lehnte", "antwortete", "verkündete",
		"erklärte", "teilte", "meldete", "berichtete", "äußerte", "versprach", "zeigte", "glaubte",
		"hoffte", "konnte", "musste", "durfte", "begann",
		// Reporting verbs of news in the Präteritum.
		"erfuhr", "meinte", "versicherte", "veröffentlichte", "vermeldete", "bekräftigte", "mahnte", "rang",
		"beklagte", "bemängelte", "ergänzte", "räumte", "schilderte", "bestritt", "dementierte",
	} {
		m[w] = true
		switch {
		case strings.HasSuffix(w, "te"):
			m[w+"n"] = true // "nannten"
		case strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ß"):
			m[w+"en"] = true // "schlossen", "stießen"
		default:
			m[w+"en"] = true // "stiegen", "zogen"
		}
	}
	return m
}()

var deNotParticiple = map[string]bool{
	"gegen": true, "genau": true, "gerade": true, "gemeinsam": true, "gestern": true, "gern": true, "gerne": true, "genug": true,
	"gesamt": true, "gesamten": true, "getan": false, "gewiss": true, "geschweige": true, "gelten": true, "gehen": true, "geben": true,
	"gewinnen": true, "gestalten": true, "gehören": true, "gefallen": false, "gegenüber": true, "geheimen": true, "gelegen": false,
}

// tenseOf returns the tense cue of a lower-cased word.
func tenseOf(w string, de bool) int {
	if de {
		if deFutureCues[w] || deScheduleVerbs[w] {
			return tenseFuture
		}
		if dePastCues[w] || dePastStrong[w] {
			return tensePast
		}
		if len(w) >= 7 && (strings.HasSuffix(w, "ierte") || strings.HasSuffix(w, "ierten")) {
			// Verbs in -ieren: "kritisierte", "reagierten".
			return tensePast
		}
		if dePresentCues[w] {
			return tensePresent
		}
		if len(w) >= 6 && strings.HasPrefix(w, "ge") && (strings.HasSuffix(w, "t") || strings.HasSuffix(w, "en")) && !deNotParticiple[w] {
			return tensePast
		}
		return tenseNone
	}
	if enFutureCues[w] {
		return tenseFuture
	}
	if enPresentCues[w] {
		return tensePresent
	}
	if enPastCues[w] {
		return tensePast
	}
	if len(w) >= 5 && strings.HasSuffix(w, "ed") && !enNotPast[w] && !enUnAdjective(w) {
		return tensePast
	}
	return tenseNone
}

// enUnAdjective tells "unspecified", "undisclosed", "unexpected" (adjectives
// made from a participle) from the few verbs that begin with "un" or
// "under" ("unveiled", "undermined").
func enUnAdjective(w string) bool {
	if !strings.HasPrefix(w, "un") || strings.HasPrefix(w, "under") {
		return false
	}
	return !enUnVerbs[w]
}

var enUnVerbs = map[string]bool{
	"unveiled": true, "unleashed": true, "uncovered": true, "unloaded": true, "unlocked": true, "unfolded": true,
	"unwrapped": true, "unseated": true, "unraveled": true, "unravelled": true, "unmasked": true, "unearthed": true,
	"unplugged": true, "unsealed": true, "unified": true, "unionized": true, "united": true, "untied": true,
	"unblocked": true, "unfrozen": true, "unfroze": true, "unpacked": true, "unsettled": true, "unnerved": true,
}

// enDeterminers come before a noun phrase: a participle right after one is
// an adjective ("an unspecified date", "the revised plan", "its planned
// sale"), not the verb that tells the tense.
var enDeterminers = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true, "our": true, "your": true,
	"my": true, "whose": true, "these": true, "those": true, "some": true, "any": true, "no": true, "each": true,
	"every": true, "another": true, "such": true,
}

// sentenceStarts marks the first token of each sentence: after a line break,
// and after ".", "!" or "?" followed by a capital, unless the dot ends a
// number (German ordinals: "27. Juli"), an initial or a known abbreviation.
func sentenceStarts(text string, toks []token, starts []bool, de bool) []bool {
	starts = starts[:0]
	for k := range toks {
		b := k == 0 || toks[k].newline && !wrapped(text, toks, k)
		if !b && k > 0 {
			prev := toks[k-1]
			if prev.kind == tPunct && (prev.text == "!" || prev.text == "?") && toks[k].space {
				b = true
			} else if prev.kind == tPunct && prev.text == "." && toks[k].space && (toks[k].upper || toks[k].kind == tPunct) && k >= 2 {
				before := toks[k-2]
				switch {
				case before.kind == tNum && (de || len(before.text) != 4):
					// German "3. Oktober" is an ordinal; an English
					// year before ". In January" ends its sentence.
				case before.kind == tWord && len(before.text) == 1:
				case before.kind == tWord && abbreviations[before.low]:
				default:
					b = true
				}
			}
		}
		starts = append(starts, b)
	}
	return starts
}

// wrapped tells whether the line break before token k only wraps a
// sentence, as in hard-wrapped wire copy ("they fell to a negative\n750
// mln dlrs on Tuesday", "to be released on\nFriday."): a single break
// after a word, number, comma or the apostrophe of a plural possessive
// ("an extraordinary shareholders'\nmeeting on Tuesday"), before a
// lower-case word or a number, or
// after a word that cannot end a sentence.
func wrapped(text string, toks []token, k int) bool {
	prev, t := toks[k-1], toks[k]
	if prev.kind == tPunct && prev.text != "," && prev.text != "'" && prev.text != "’" || strings.Count(text[prev.end:t.start], "\n") != 1 {
		return false
	}
	return t.kind == tNum || t.kind == tWord && !t.upper || prev.kind == tWord && !prev.upper && wrapWords[prev.low] ||
		prev.kind == tWord && fullLine(toks, k)
}

// fullLine tells whether the line that ends before token k is as long as
// the lines of hard-wrapped wire copy: a sentence goes on after it
// ("auction tomorrow ... by the fortnightly\nTreasury Bill auction"),
// where a headline or a table row is shorter.
func fullLine(toks []token, k int) bool {
	s := k - 1
	for s > 0 && !toks[s].newline {
		s--
	}
	return toks[k-1].end-toks[s].start >= wireLine
}

// wrapWords cannot end a sentence or a headline: a line break after them
// wraps the sentence.
var wrapWords = map[string]bool{
	"on": true, "in": true, "at": true, "by": true, "for": true, "of": true, "to": true, "from": true, "with": true,
	"until": true, "since": true, "before": true, "after": true, "than": true, "the": true, "a": true, "an": true,
	"and": true, "or": true, "but": true, "that": true, "is": true, "are": true, "was": true, "were": true, "be": true,
	"been": true, "will": true, "would": true, "has": true, "have": true, "had": true, "said": true, "late": true, "early": true,
	"am": true, "im": true, "bis": true, "seit": true, "vom": true, "zum": true, "der": true, "die": true, "das": true, "und": true,
}

var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "gen": true, "gov": true, "sen": true, "rep": true,
	"corp": true, "inc": true, "co": true, "ltd": true, "jr": true, "sr": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "vs": true, "no": true,
	"bzw": true, "ca": true, "vgl": true, "nr": true, "chr": true, "dt": true, "bzgl": true, "evtl": true, "ggf": true, "usw": true,
	"mio": true, "mrd": true, "okt": true, "dez": true, "lt": true, "col": true, "capt": true, "adm": true, "sgt": true, "ft": true,
}

// tenseNear marks a time that was planned or due when the text speaks of it
// ("planned to leave on Thursday", "had been scheduled to expire Friday",
// "until Tuesday"): from the time of writing it may lie on either side, and
// the nearest one is meant.
const tenseNear = 3

// enPlanWords are words that put what follows ahead of the time they are
// told in: "plans to", "scheduled for", "is due", "agreed to".
var enPlanWords = map[string]bool{
	"plan": true, "plans": true, "planned": true, "planning": true, "schedule": true, "schedules": true, "scheduled": true,
	"expect": true, "expects": true, "expected": true, "expecting": true, "intend": true, "intends": true, "intended": true,
	"set": true, "due": true, "slated": true, "poised": true, "likely": true, "unlikely": true, "ready": true,
	"aim": true, "aims": true, "aimed": true, "hope": true, "hopes": true, "hoped": true, "want": true, "wants": true, "wanted": true,
	"agree": true, "agrees": true, "agreed": true, "promise": true, "promises": true, "promised": true, "prepare": true,
	"prepares": true, "prepared": true, "preparing": true, "decide": true, "decides": true, "decided": true, "vow": true, "vows": true,
	"vowed": true, "threaten": true, "threatens": true, "threatened": true, "propose": true, "proposes": true, "proposed": true,
	"going": true, "about": false, "forecast": true, "projected": true, "vote": true, "votes": true, "voted": true,
}

// enPlanNeedsTo are plan words that plan only with a complement ("agreed
// to meet on Friday", "proposed for March"); without it they tell what was
// done then ("the truce was agreed in November", "the law was proposed in
// March").
var enPlanNeedsTo = map[string]bool{
	"agree": true, "agrees": true, "agreed": true, "promise": true, "promises": true, "promised": true,
	"decide": true, "decides": true, "decided": true, "propose": true, "proposes": true, "proposed": true,
	"prepare": true, "prepares": true, "prepared": true, "vow": true, "vows": true, "vowed": true,
	"threaten": true, "threatens": true, "threatened": true, "hope": true, "hopes": true, "hoped": true,
	"want": true, "wants": true, "wanted": true, "aim": true, "aims": true, "aimed": true,
	"vote": true, "votes": true, "voted": true,
}

// enDurativePast are past verbs of a state or activity that went on: with
// "until" they tell how long it held ("lasted until Tuesday"), unlike a
// deadline set in the past ("postponed until Tuesday").
var enDurativePast = map[string]bool{
	"lasted": true, "continued": true, "remained": true, "stayed": true, "lived": true, "worked": true, "waited": true,
	"served": true, "ran": true, "went": true, "held": true, "kept": true, "persisted": true, "raged": true, "stood": true,
	"operated": true, "existed": true, "ruled": true, "reigned": true, "survived": true, "lingered": true,
}

// enPresentAux and enPastAux tell the tense of the auxiliary before a plan
// word: "is expected" looks ahead from now, "was expected" from then.
var enPresentAux = map[string]bool{"is": true, "are": true, "am": true, "be": true, "remains": true, "remain": true, "seems": true, "appears": true}
var enPastAux = map[string]bool{"was": true, "were": true, "had": true, "been": true, "seemed": true, "appeared": true}

// conditionalAhead tells whether the past cue at q stands in a clause of
// condition ("if"/"unless") governed by a "would", "could" or "might" of
// the future before it in its sentence (from lo): "would close if sales
// did not improve". A past conditional ("would have closed if sales had
// fallen") stays in the past.
func (r *resolver) conditionalAhead(q, lo int) bool {
	p := r.p
	if q < 0 || p.is(q, "had", "'d") {
		return false
	}
	c := q - 1
	for ; c >= lo && c > q-8; c-- {
		if p.is(c, "if", "unless") {
			break
		}
		if p.toks[c].kind == tPunct && !p.hyphen(c) {
			return false
		}
	}
	if c < lo || c <= q-8 || !p.is(c, "if", "unless") {
		return false
	}
	for w := c - 1; w >= lo && w > c-12; w-- {
		if p.is(w, "would", "could", "might") {
			return !p.is(w+1, "have", "'ve") && !p.is(w+2, "have")
		}
	}
	return false
}

// tenseEN reads the tense that governs match k: the nearest cue before it
// in its sentence (English puts the verb before its time adjuncts), else
// the nearest after it ("On Monday, the minister said …"). A plan or a
// deadline ("until Friday", "as soon as Tuesday") told in the past gives
// tenseNear.
func (r *resolver) tenseEN(k int) int {
	m := r.ms[k]
	p := r.p
	lo, hi := r.sentenceOf(k)
	// "until Tuesday", "as soon as Friday" name a deadline ahead; "by
	// Friday", "through January" may be one either side.
	// A fronted "Until Thursday, they had not …" tells what held before.
	if m.e.month > 0 && m.e.day == 0 && !m.e.hasYear && p.slashedMonth(m.i) && m.j == m.i+1 && !p.punct(m.i-1, "(") && !p.punct(m.j, ")") {
		// "Aug/Sept at 1,870 dlrs": months joined by a slash are a
		// shipment or delivery position of a market report, ahead
		// whatever the tense of the trading told; in parentheses they
		// spell out a season ("the 1986/87 season (October/September)").
		return tenseFuture
	}
	if r.deliveryEN(k) {
		// "the June contract", "the June bond": a delivery month, which
		// lies ahead whatever the tense of the trading told.
		return tenseFuture
	}
	if p.is(m.j, "as", "for") && enChoosingVerbs[p.word(m.i-1)] {
		// "set November 24 as the date for the vote", "fixed March 3
		// for the hearing": the date is what was chosen, a plan ahead
		// whatever the tense of the choosing; a weekday chosen may lie
		// ahead of a choice made days ago ("picked Saturday night as
		// the time to start"), so the nearest one is meant.
		if m.e.weekday > 0 && m.e.month == 0 {
			return tenseNear
		}
		return tenseFuture
	}
	if m.e.weekday > 0 && m.e.month == 0 && r.deferredTo(m.i) {
		// "the vote was postponed to Monday", "talks have been
		// rescheduled for Tuesday": a weekday put off to lies ahead of
		// the putting off, which news tells within days. (A month put
		// off may be told long after: "delayed until March, the launch
		// took place".)
		return tenseFuture
	}
	at := m.i
	if m.e.weekday > 0 && m.e.month == 0 {
		at = r.clockOn(m.i)
	}
	until := p.is(at-1, "until", "till") && !r.starts[at-1] || p.is(m.i-1, "as") && p.is(m.i-2, "soon", "early") && p.is(m.i-3, "as")
	// "called a strike for Friday": a day set as a target, like a
	// deadline.
	// "ahead of Monday's holiday", "in advance of Friday's vote": the
	// time lies after what is told, like a deadline.
	deadline := p.is(m.i-1, "by", "through", "thru") || m.e.weekday > 0 && p.is(m.i-1, "for") || p.is(m.i-1, "of") && (p.is(m.i-2, "ahead") || p.is(m.i-2, "advance") && p.is(m.i-3, "in"))
	t := tenseNone
	after := false
	cueAt := -1
	day := m.e.weekday > 0 && m.e.month == 0 && m.e.day == 0
	purpose := false
	for q := m.i - 1; q >= lo && t == tenseNone; q-- {
		t = r.cueEN(q)
		cueAt = q
		if t == tenseNone && day && r.presentFinite(q, m.i) {
			// "Duran climbs into the ring on Saturday", "they face a
			// tense finish on Monday": an event told in the simple
			// present about a coming day is one ahead.
			t = tenseFuture
		}
		if t == tenseNone && day && r.purposeTo(q) {
			purpose = true
		}
		if t == tenseNone && r.headlineTo(q, lo, m.i) {
			// "Clinton to visit Moscow on Friday", "Talks to resume
			// Monday": the infinitive of a headline with no verb before
			// it tells what is to come.
			t = tenseFuture
		}
		if t == tenseNone && p.is(q, "after", "since", "following") {
			after = true
		}
	}
	if t == tensePast && r.conditionalAhead(cueAt, lo) {
		// "said the firm would close if sales did not improve over the
		// summer": the past of a condition under "would" tells a time
		// ahead of the report, the coming summer.
		t = tenseFuture
	}
	if t == tensePast && r.reportedSubject(cueAt, k) {
		// "The company said fourth-quarter earnings would fall": the
		// period qualifies the subject of the clause reported, whose own
		// verb places it, not the verb of saying.
		for q := m.j; q < hi; q++ {
			if p.is(q, "that", "which", "who") || p.toks[q].kind == tPunct && !p.hyphen(q) {
				break
			}
			if c := r.cueEN(q); c != tenseNone {
				switch c {
				case tensePresent:
					c = tenseNone
				case tenseNear:
					// "would fall" after "said": ahead of the report,
					// which news tells soon after it is made.
					c = tenseFuture
				}
				t = c
				break
			}
		}
	}
	if t == tensePresent && (m.e.weekday > 0 || m.e.day > 0) && (r.presentSchedule(cueAt, m.i) || day && r.progressiveTo(cueAt, m.i)) {
		t = tenseFuture
	}
	if (t == tensePast || t == tenseNone || t == tensePresent) && purpose {
		// "announced the team to play Iceland in Saturday's match": an
		// infinitive of purpose after the object looks ahead of the
		// past verb, which news tells a day or two after it; with no
		// verb to place it ("a tender offer to begin Thursday") it is
		// the nearest such day, not the last one.
		t = tenseNear
	}
	if t == tenseFuture && after {
		// "could be off to a bad start after a cold winter": what lies
		// ahead follows the time, which may be past.
		t = tenseNone
	}
	// "the plant stayed closed until December", "the border had remained
	// shut until May": a state that held up to then, told in the past,
	// not a deadline set in the past ("postponed until Tuesday").
	durative := false
	if until && t == tensePast {
		for q := m.i - 1; q >= lo && !durative; q-- {
			// "has continued to hold markets closed until Friday" is
			// still going on.
			durative = enDurativePast[p.word(q)] && !p.is(q-1, "has", "have") || p.is(q, "had") && !p.is(q+1, "to")
		}
	}
	for q := m.j; q < hi && t == tenseNone; q++ {
		if p.is(q, "that", "which", "who", "whom", "whose") {
			// "An announcement late Friday that the agency will lift …":
			// the verb of a clause after the time does not govern it.
			break
		}
		t = r.cueEN(q)
		if t == tensePresent && r.cueEN(q+1) == tenseFuture {
			// "Friday's vote is expected to be close": the plan word
			// after the auxiliary tells the tense.
			t = tenseFuture
		}
		if t == tenseNear {
			// "On Friday, the government planned to …": the time is when
			// the plan was made.
			t = tensePast
		}
	}
	if t == tensePresent || t == tenseNone {
		if w := r.whenClausePast(m.j, hi); w {
			// "a far cry from late September, when the agency
			// downgraded the issue": the clause tells what happened
			// then.
			t = tensePast
		}
	}
	if t == tensePresent {
		t = tenseNone
	}
	switch {
	case until && durative:
		// "the talks lasted until late Tuesday": what held up to then.
	case until && t != tenseFuture:
		t = tenseFuture
	case t == tensePast && (p.is(m.i-1, "payable") || p.is(m.i-1, "on") && p.is(m.i-2, "payable") || p.is(m.i-1, "record") && p.is(m.i-2, "of")):
		// "declared a dividend payable May 1 to holders of record April
		// 10": the dates of a dividend are set when it is declared, days
		// or weeks either side of the report, not before it.
		t = tenseNear
	case deadline && t == tenseNone && r.afterDeadlineAhead(k, lo):
		t = tenseFuture
	case deadline && (t == tensePast || t == tenseNone):
		t = tenseNear
	}
	return t
}

// afterDeadlineAhead tells whether match k comes right after a deadline in
// its sentence that lies after the time of writing: a timetable lists its
// steps in order ("disarmament by the end of January and elections by May
// 30" told in August), so the step after one ahead is ahead too, not the
// nearest May 30 back.
func (r *resolver) afterDeadlineAhead(k, lo int) bool {
	if k == 0 || r.lastK != k-1 || !r.doc.ok() {
		return false
	}
	prev := r.ms[k-1]
	if prev.i < lo || !r.p.is(prev.i-1, "by", "until", "till", "through") {
		return false
	}
	a, ok := anchorOf(r.last)
	return ok && a.date().After(r.doc.date())
}

// enArrangedIng are verbs whose present progressive tells an arrangement
// ahead: "the committee is meeting Friday".
var enArrangedIng = map[string]bool{
	"meeting": true, "leaving": true, "flying": true, "travelling": true, "traveling": true, "visiting": true,
	"arriving": true, "returning": true, "hosting": true, "holding": true, "voting": true, "playing": true,
	"launching": true, "opening": true, "closing": true, "starting": true, "resuming": true, "reopening": true,
}

// presentSchedule tells whether the English present auxiliary at q governs
// the time that starts at token i as its complement: "the vote is on
// Sunday", "the birthday is celebrated on Saturday", "the committee is
// meeting Friday". Told in the present, such a day lies ahead (a month or
// quarter in the present is as often a report: "profits are concentrated
// in the fourth quarter").
func (r *resolver) presentSchedule(q, i int) bool {
	p := r.p
	if q < 0 || !p.is(q, "is", "are") {
		return false
	}
	k := q + 1
	if k < i && (strings.HasSuffix(p.word(k), "ed") || enArrangedIng[p.word(k)]) {
		k++
	}
	if k < i && p.is(k, "on", "in", "at", "for") {
		k++
	}
	return k == i
}

// enSubjectPronouns before a bare verb make it a finite present: "they
// face", "we play"; "he", "she" and "it" take the -s form.
// ("both" ends a plural subject: "Essex and Kent both face").
var enSubjectPronouns = map[string]bool{"they": true, "we": true, "i": true, "you": true, "both": true}
var enSubjectPronouns3 = map[string]bool{"he": true, "she": true, "it": true}

// enPresentReport are present verbs of saying and thinking: they tell when
// something is said, not an event ahead ("the minister says on Monday").
var enPresentReport = map[string]bool{
	"says": true, "say": true, "tells": true, "tell": true, "reports": true, "report": true, "adds": true, "add": true,
	"notes": true, "note": true, "writes": true, "write": true, "claims": true, "claim": true, "believes": true,
	"believe": true, "thinks": true, "think": true, "argues": true, "argue": true, "insists": true, "insist": true,
	"fears": true, "fear": true, "knows": true, "know": true, "recalls": true, "recall": true, "admits": true,
	"admit": true, "denies": true, "deny": true, "warns": true, "warn": true, "is": true, "has": true, "does": true,
	"was": true, "have": true, "do": true, "are": true, "am": true, "had": true, "did": true, "were": true,
}

// presentFinite tells whether the English word at q is a finite verb in
// the simple present whose object or adjunct runs on to the time at i:
// "Duran climbs into the ring on Saturday" (after a name or he/she/it, an
// -s form), "they face a tense finish on Monday" (after a plural
// pronoun). Something must stand between the verb and the time, so that
// a plural noun after a name ("Bank shares on Monday") is no verb; a
// headline, told in the present about the past, is left out.
func (r *resolver) presentFinite(q, i int) bool {
	p := r.p
	if q < 1 || q+1 >= i || r.starts[q] || p.toks[q].kind != tWord || p.toks[q].upper || p.is(q+1, "on", "this", "next") && q+2 == i {
		return false
	}
	w := p.word(q)
	if enPresentReport[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
		return false
	}
	prev := p.toks[q-1]
	if prev.kind != tWord {
		return false
	}
	if enPrepositions[w] || enBareVerbBefore[w] || enDeterminers[w] {
		return false
	}
	if enSubjectPronouns[prev.low] {
		// "they face"; after a plural noun a bare word is as often a
		// noun or an adjective ("the blasts next to").
		return !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss")
	}
	third := enSubjectPronouns3[prev.low] || prev.upper && r.subjectName(q-1)
	return third && len(w) >= 4 && !strings.HasSuffix(p.word(q+1), "ing") && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is") && !r.headline(q)
}

// subjectName tells whether the capitalised word at n ends a name that can
// be a subject: no determiner or preposition stands before the name, which
// would make it the modifier of a noun ("the U.S. embassies", "with
// Columbia shareholders").
func (r *resolver) subjectName(n int) bool {
	p := r.p
	d := n
	for d > 0 && !r.starts[d] && (p.toks[d-1].kind == tWord && p.toks[d-1].upper || p.punct(d-1, ".")) {
		d--
	}
	if enDeterminers[p.word(d)] || enPrepositions[p.word(d)] || enBareVerbBefore[p.word(d)] {
		return false // "The", "In", "And" opening a sentence
	}
	return r.starts[d] || !enPrepositions[p.word(d-1)] && !enDeterminers[p.word(d-1)] && !p.is(d-1, "and", "or", "of")
}

// headline tells whether the line of token q is written in title case, as
// headlines are: most of its words are capitalised.
func (r *resolver) headline(q int) bool {
	p := r.p
	lo, hi := q, q
	for lo > 0 && !p.toks[lo].newline {
		lo--
	}
	for hi+1 < p.n() && !p.toks[hi+1].newline {
		hi++
	}
	words, upper := 0, 0
	for d := lo; d <= hi; d++ {
		if p.toks[d].kind == tWord {
			words++
			if p.toks[d].upper {
				upper++
			}
		}
	}
	return 2*upper > words
}

// progressiveTo tells whether the present auxiliary at q starts a
// progressive that runs on to the time at i with no article between
// ("fans are dressing up their town for celebrations on Sunday", "she is
// flying to Rome on Monday"): an arrangement ahead. An article between
// ("are investigating the attack on Sunday") may name an event of the
// past, and is left out.
func (r *resolver) progressiveTo(q, i int) bool {
	p := r.p
	if q < 0 || !p.is(q, "is", "are", "am") || q+1 >= i || !strings.HasSuffix(p.word(q+1), "ing") || enPresentReport[p.word(q+1)] {
		return false
	}
	for d := q + 2; d < i; d++ {
		if p.toks[d].kind != tWord || p.is(d, "a", "an", "the", "this", "that") || d-q > 8 {
			return false
		}
	}
	return true
}

// enDeferVerbs put a date off or move it: the date they give after "to",
// "for" or "until" lies ahead.
var enDeferVerbs = newWordSet(`postponed postpones postpone rescheduled reschedules reschedule
	deferred defers defer delayed delays delay moved adjourned adjourns adjourn
	accelerated accelerates accelerate extended extends extend`)

// deferredTo tells whether the English time at token i follows a verb that
// puts a date off or brings it forward, with "to", "for" or "until"
// ("postponed to Monday", "rescheduled for Tuesday", "pushed back to
// Friday", "put off until June", "brought forward to Friday", "accelerated
// to noon on Friday").
func (r *resolver) deferredTo(i int) bool {
	p := r.p
	i = r.clockOn(i)
	if p.de || !p.is(i-1, "to", "for", "until", "till") {
		return false
	}
	q := i - 2
	if p.is(q, "back", "off") {
		q--
		if p.is(q, "pushed", "put", "puts", "push", "pushes", "set", "sets") {
			return true
		}
	}
	if p.is(q, "forward", "up") {
		// "brought forward to Friday", "moved up to Monday": a date
		// moved nearer still lies ahead.
		return p.is(q-1, "brought", "brings", "bring", "moved", "moves", "move", "pulled", "pull", "pulls")
	}
	return enDeferVerbs.has(p.word(q))
}

// whenClausePast tells whether a clause opened by "when" right after the
// time at token j (", when the agency downgraded") has a past verb before
// its next punctuation mark.
func (r *resolver) whenClausePast(j, hi int) bool {
	p := r.p
	if p.punct(j, ",") {
		j++
	}
	if !p.is(j, "when") {
		return false
	}
	for q := j + 1; q < hi && p.toks[q].kind != tPunct; q++ {
		switch r.cueEN(q) {
		case tensePast:
			return true
		case tenseNone:
		default:
			return false
		}
	}
	return false
}

// clockOn returns the first token of a clock time told right before "on"
// and the day at token i ("until 10 a.m. on Monday", "accelerated to noon
// on Friday"), which the words before it govern; else i.
func (r *resolver) clockOn(i int) int {
	if !r.p.is(i-1, "on") {
		return i
	}
	for _, m := range r.ms {
		if m.j == i-1 && m.e.clock {
			return m.i
		}
		if m.i >= i {
			break
		}
	}
	return i
}

// purposeTo tells whether the word at q is the bare verb of an infinitive
// of purpose after a noun: "the team to play", "a squad to face"; not
// after a verb ("failed to score", "went to watch"), whose complement is
// told with it.
func (r *resolver) purposeTo(q int) bool {
	p := r.p
	if q < 2 || !p.is(q-1, "to") || p.toks[q].kind != tWord || p.toks[q].upper || enDeterminers[p.word(q)] || enObjectPronouns[p.word(q)] {
		return false
	}
	w := p.word(q)
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false
	}
	before := q - 2
	if strings.HasSuffix(p.word(before), "ing") && !enDeterminers[p.word(before-1)] {
		// "while trying to free his van on Saturday": the infinitive
		// completes a verb; "a meeting to discuss" is a noun.
		return false
	}
	return p.toks[before].kind == tWord && !p.toks[before].upper && tenseOf(p.word(before), false) == tenseNone &&
		!enPlanWords[p.word(before)] && !enBareVerbBefore[p.word(before)] && !strings.HasSuffix(p.word(before), "ly")
}

// enReportVerbs in the past introduce reported speech.
var enReportVerbs = map[string]bool{
	"said": true, "told": true, "announced": true, "added": true, "stated": true, "reported": true, "declared": true,
	"predicted": true, "warned": true, "indicated": true, "confirmed": true, "insisted": true, "explained": true,
}

// reportedBefore tells whether a past reporting verb stands before token q in
// its sentence ("officials said … would").
func (r *resolver) reportedBefore(q int) bool {
	for d := q - 1; d >= 0; d-- {
		if enReportVerbs[r.p.word(d)] {
			return true
		}
		if r.starts[d] {
			break
		}
	}
	return false
}

// negatedBefore tells whether a negative word stands before token q in its
// sentence ("neither he nor his family could be located Wednesday").
func (r *resolver) negatedBefore(q int) bool {
	for d := q - 1; d >= 0; d-- {
		if r.p.is(d, "neither", "nor", "no", "nobody", "none", "never", "not") {
			return true
		}
		if r.starts[d] {
			break
		}
	}
	return false
}

// enHabitual are adverbs of a custom: a present verb after them tells what
// is done as a rule, not an event ahead.
var enHabitual = map[string]bool{
	"generally": true, "usually": true, "normally": true, "typically": true, "often": true, "always": true,
	"regularly": true, "traditionally": true, "customarily": true, "routinely": true,
}

// habitualBefore tells whether an adverb of custom stands before token q in
// its sentence ("generally announces a tender on Monday").
func (r *resolver) habitualBefore(q int) bool {
	for d := q - 1; d >= 0; d-- {
		if enHabitual[r.p.word(d)] {
			return true
		}
		if r.starts[d] {
			break
		}
	}
	return false
}

// cueEN returns the tense cue of the English token q.
func (r *resolver) cueEN(q int) int {
	p := r.p
	tk := &p.toks[q]
	if tk.kind != tWord {
		return tenseNone
	}
	w := tk.low
	switch {
	case w == "ll" && p.punct(q-1, "'") || w == "ll" && p.punct(q-1, "’"):
		return tenseFuture
	case w == "won" && (p.punct(q+1, "'") || p.punct(q+1, "’")) && p.is(q+2, "t"):
		return tenseFuture
	case w == "would" || w == "may" && !tk.upper || w == "might" || w == "should" || w == "must" || w == "could":
		if p.is(q+1, "have") || p.is(q+1, "not", "n't") && p.is(q+2, "have") {
			return tensePast // "may have been", "could not have known"
		}
		if w == "could" && (p.is(q+1, "not", "n't", "only", "hardly", "barely") || p.punct(q+1, "'") || p.punct(q+1, "’") || r.negatedBefore(q)) {
			// "officials could not be reached on Friday": the past of
			// "can"; an affirmative "could" is a possibility ahead
			// ("the deal could close in September").
			return tenseNone
		}
		if (w == "would" || w == "could") && r.reportedBefore(q) {
			// "He said on Monday the vote would take place Thursday": a
			// future seen from the time of the report, which may be past
			// by the time of writing.
			return tenseNear
		}
		return tenseFuture
	case (w == "has" || w == "have") && !enBareVerbBefore[p.word(q-1)] && (enDeterminers[p.word(q+1)] || p.is(q+1, "no")):
		// "the company has no estimate of fourth-quarter results": a
		// present main verb, not the auxiliary of a perfect, and it
		// hides a past further back ("claims have been coming in").
		return tensePresent
	case w == "going" && p.is(q+1, "to") || w == "about" && p.is(q+1, "to") && p.is(q-1, "is", "are", "was", "were"):
		return tenseFuture
	case (w == "is" || w == "are" || w == "am") && p.is(q+1, "to") && p.word(q+2) != "" && (!p.is(q+2, "be") || r.passiveAfter(q+3)) && !p.is(q-1, "there", "it", "what", "this", "that"):
		// "The envoy is to arrive on Sunday": an arrangement ahead; not
		// "the aim is to be", "it is to the credit of".
		return tenseFuture
	case (w == "was" || w == "were") && p.is(q+1, "to") && p.word(q+2) != "" && (!p.is(q+2, "be") || r.passiveAfter(q+3)) && !p.is(q-1, "there", "it", "what", "this", "that"):
		// "The vote was to take place on Thursday": the arrangement was
		// told then, the day may lie either side.
		return tenseNear
	}
	if w == "due" && p.is(q+1, "to") && r.causeAfter(q+2) {
		// "fell due to the mild winter": "because of", no plan.
		return tenseNone
	}
	if enPlanWords[w] && w != "going" && (!enPlanNeedsTo[w] || p.is(q+1, "to", "for", "on")) && (p.is(q+1, "to") || !enDeterminers[p.word(q-1)] && !p.is(q-1, "high", "new", "original", "initial", "earlier", "ambitious", "big")) {
		// Only as a plan: "set to", "scheduled for", "due on", "plans to",
		// "a promise to", or with an auxiliary ("is expected"); not a noun
		// without "to" ("the plans for", "high hopes for").
		next := p.word(q + 1)
		aux := q - 1
		for p.is(aux, "also", "now", "originally", "previously", "initially", "still", "not", "already", "tentatively") {
			aux--
		}
		switch {
		case enPresentAux[p.word(aux)] || p.punct(aux, "'") && p.is(aux+1, "s"):
			return tenseFuture
		case enPastAux[p.word(aux)]:
			return tenseNear
		case (strings.HasSuffix(w, "ed") || w == "set") && p.is(q+1, "a", "an", "the", "its", "their", "his", "her", "our") && (w == "planned" || w == "scheduled" || w == "set" || w == "proposed" || w == "promised"):
			// "planned a rally on Saturday", "set a deadline of Friday":
			// a plan told in the past, for a day on either side.
			return tenseNear
		case next == "to" || next == "for" || next == "until" || w == "due" || w == "scheduled" || w == "slated":
			if strings.HasSuffix(w, "ed") || w == "set" || w == "sought" {
				return tenseNear
			}
			return tenseFuture
		}
	}
	object := enScheduleObject[w] && p.word(q+1) != "" && !enPrepositions[p.word(q+1)]
	if (enScheduleVerbs[w] || object || enScheduleBase[w]) && r.habitualBefore(q) {
		// "the Bundesbank generally announces a tender on Monday, holds
		// it on Tuesday": a custom, not a timetable ahead.
		return tenseNone
	}
	if (enScheduleVerbs[w] || object) && !enDeterminers[p.word(q-1)] && p.word(q-1) != "s" {
		return tenseFuture
	}
	if enScheduleBase[w] || enPastAmbiguous[w] {
		before := p.word(q - 1)
		if q == 0 || r.starts[q] || enBareVerbBefore[before] || enDeterminers[before] || p.toks[q-1].kind != tWord || r.inTitle(q) {
			return tenseNone
		}
		for d := q - 2; d >= q-4 && d >= 0 && !r.starts[d+1]; d-- {
			if enCausatives[p.word(d)] {
				return tenseNone
			}
		}
		if enScheduleBase[w] {
			return tenseFuture
		}
		if q+1 >= p.n() || enPrepositions[p.word(q+1)] || p.punct(q+1, ",") || p.punct(q+1, ".") || p.punct(q+1, ";") || p.punct(q+1, ":") {
			// The verb takes an object ("cut 300 jobs"); the noun of a
			// compound does not ("a stock split in May", "a rate cut on
			// Friday").
			return tenseNone
		}
		return tensePast
	}
	t := tenseOf(w, false)
	if t == tenseNone && enPastIrregular[w] && !tk.upper && !enDeterminers[p.word(q-1)] {
		// "drew attention to himself on Saturday night", "fled the
		// town on Monday"; a passive is left to its auxiliary below
		// ("will be rebuilt in two years").
		t = tensePast
	}
	if t == tensePast && strings.HasSuffix(w, "ed") && !enPastCues[w] {
		// A participle used as an adjective: "an unspecified date in
		// January", "the long delayed vote".
		d := q - 1
		for p.is(d, "still", "newly", "recently", "previously", "long", "once", "widely", "much", "hastily", "already") || strings.HasSuffix(p.word(d), "ly") && p.toks[d].kind == tWord && !p.toks[d].upper {
			// "a nationally televised speech": any adverb in -ly
			d--
		}
		if enDeterminers[p.word(d)] {
			return tenseNone
		}
	}
	if t == tensePast && w != "been" && w != "was" && w != "were" && p.is(passiveAux(p, q), "be", "been", "being", "is", "are", "was", "were", "get", "gets", "got", "remain", "remains", "stay", "stays") {
		// A passive participle: the auxiliary before it tells the tense
		// ("would be redeemed in five years", "will be held", "will be
		// further tightened").
		return tenseNone
	}
	return t
}

// deNotFinite are lower-case German words ending in -t or -en that are not
// finite verbs, met where a present-tense verb is looked for.
var deNotFinite = map[string]bool{
	"nicht": true, "recht": true, "weit": true, "oft": true, "gut": true, "laut": true, "statt": true, "samt": true,
	"mit": true, "seit": true, "bekannt": true, "insgesamt": true, "bereit": true, "leicht": true, "breit": true,
	"nachdem": true, "wegen": true, "gegen": true, "unten": true, "oben": true, "hinten": true, "vorn": true,
	"morgen": true, "abend": true, "übermorgen": true, "trotzdem": true, "zusammen": true, "jeden": true, "einen": true,
	"keinen": true, "diesen": true, "allen": true, "den": true, "denen": true, "ihren": true, "seinen": true, "unseren": true,
}

// deReportNoFuture are present-tense verbs that tell of the report, not of
// the event dated ("am Montag sei der Rat zusammengekommen, sagt ein
// Sprecher"), or the Konjunktiv of reported speech, which mostly retells
// the past.
var deReportNoFuture = map[string]bool{
	"sagt": true, "sagen": true, "sei": true, "seien": true, "habe": true, "haben": true, "hätte": true, "hätten": true,
	"wäre": true, "wären": true, "heißt": true, "meint": true, "betont": true, "erklärt": true, "berichtet": true,
	"schreibt": true, "meldet": true, "bestätigt": true, "teilt": true,
}

// deReportVerb are the verbs of deReportNoFuture that tell a report, not
// the Konjunktiv of what is reported.
var deReportVerb = map[string]bool{
	"sagt": true, "sagen": true, "heißt": true, "meint": true, "betont": true, "erklärt": true, "berichtet": true,
	"schreibt": true, "meldet": true, "bestätigt": true, "teilt": true,
}

// dePresentFuture tells whether German match k, a day, month or season
// (not winter) without a year and without "vergangenen"/"kommenden", stands
// in a clause told in the
// present with no cue of past or future: German news tells what is planned
// in the present ("Am Montag entscheidet der Rat", "Am Heiligabend bleibt
// das Amt geschlossen"), and what is over in the Präteritum or Perfekt.
// The clause is read between commas; its finite verb is looked for where
// German puts it: right after a fronted time ("Am Montag entscheidet"), or
// right before the time's preposition ("Der Rat entscheidet am Montag").
func (r *resolver) dePresentFuture(k int) bool {
	p := r.p
	if !p.de || r.narrative {
		return false
	}
	m := r.ms[k]
	toks := p.toks
	bound := func(q int) bool {
		return r.starts[q] || p.punct(q, ",") || p.punct(q, ";") || p.punct(q, ":") || p.punct(q, "\"") ||
			p.dash(q) && !p.tight(q) && q+1 < len(toks) && !p.tight(q+1)
	}
	slo, shi := r.sentenceOf(k)
	lo := m.i
	for lo > slo && !bound(lo-1) {
		lo--
	}
	hi := m.j
	for hi < shi && !bound(hi) {
		hi++
	}
	if p.is(lo, "so") || p.is(m.i-2, "der", "die", "das", "ein", "eine", "einen", "einem", "einer", "den", "dem", "des") {
		// "so der Sprecher am Montag" reports; "der am Montag
		// vorgestellte Plan", "ein am Freitag übermittelter Entwurf"
		// date a participle.
		return false
	}
	if _, _, ok := r.deReportedPresent(k); ok {
		return true
	}
	// Anything in the sentence that tells the past or a report rules the
	// present out: a cue, a participle ("ist am Sonntag ... eingezogen",
	// also after a relative clause), or a Präteritum closing a clause ("wie
	// das Unternehmen am Freitag mitteilte").
	// "bleibt geschlossen", "bleiben gesperrt": a participle after
	// "bleiben" is a state that lasts, no Perfekt.
	stays := false
	for q := slo; q < shi; q++ {
		if p.is(q, "bleibt", "bleiben") {
			stays = true
		}
	}
	for q := slo; q < shi; q++ {
		if q >= m.i && q < m.j || toks[q].kind != tWord || toks[q].upper {
			continue
		}
		w := toks[q].low
		participle := deSeparableParticiple(w) || strings.HasPrefix(w, "ge") && tenseOf(w, true) == tensePast && !dePastCues[w] && !dePastStrong[w]
		if participle && stays {
			continue
		}
		if participle {
			return false
		}
		if deReportNoFuture[w] {
			// "Die Wahl am 11. Oktober wird knapp, sagt er": the verb of
			// the report outside the time's clause dates the report, and
			// the clause's own verb decides. "sei" retells a present;
			// a Perfekt under it shows by its participle.
			inClause := q >= lo && q < hi
			if inClause && w != "sei" && w != "seien" || !inClause && !deReportVerb[w] {
				return false
			}
			continue
		}
		if t := tenseOf(w, true); t == tensePast || t == tenseFuture {
			return false // tense decided; a cue it skipped is no present
		}
		if (strings.HasSuffix(w, "te") || strings.HasSuffix(w, "ten")) && len(w) >= 5 && (q+1 >= shi || toks[q+1].kind == tPunct) {
			return false
		}
	}
	present := false
	for q := lo; q < hi; q++ {
		if q >= m.i && q < m.j || toks[q].kind != tWord {
			continue
		}
		if tenseOf(toks[q].low, true) == tensePresent {
			present = true
		}
	}
	// After "ist", a participle or infinitive closing the clause ("ist am
	// Sonntag getötet worden") makes a Perfekt or a state, not a plan.
	last := hi - 1
	for last >= m.j && toks[last].kind == tPunct {
		last--
	}
	if present && !stays && last >= m.j && toks[last].kind == tWord && !toks[last].upper {
		if w := toks[last].low; strings.HasSuffix(w, "t") || strings.HasSuffix(w, "en") {
			return false
		}
	}
	if present {
		return true
	}
	finite := func(q int) bool {
		if q < lo || q >= hi || toks[q].kind != tWord || toks[q].upper {
			return false
		}
		w := toks[q].low
		if len(w) < 4 || deNotFinite[w] || strings.HasSuffix(w, "st") || strings.HasSuffix(w, "te") || strings.HasSuffix(w, "ten") {
			return false
		}
		return strings.HasSuffix(w, "t") || strings.HasSuffix(w, "en")
	}
	// Fronted: only a preposition and article ahead of the time.
	fronted := true
	for q := lo; q < m.i; q++ {
		if !p.is(q, "am", "an", "im", "in", "der", "dem", "ab", "zu", "zum", "schon", "bereits", "erst", "noch", "auch") {
			fronted = false
			break
		}
	}
	if fronted && finite(m.j) {
		return true
	}
	q := m.i - 1
	for q > lo && p.is(q, "am", "an", "im", "in", "der", "dem", "zum", "ab", "schon", "bereits", "erst", "noch", "auch") {
		q--
	}
	// Only "-t" here: an "-en" word before the time is as often an
	// adjective of the subject ("die österreichischen Behörden").
	return q < m.i-1 && finite(q) && strings.HasSuffix(toks[q].low, "t")
}

// deSeparableParticiple tells a participle of a separable verb, with "ge"
// after its particle ("ausgeschieden", "zurückgegangen", "festgenommene"),
// from an infinitive or present of a verb in ge- ("nachgeben", "angeht").
func deSeparableParticiple(w string) bool {
	for _, pre := range deSeparablePrefixes {
		rest, ok := strings.CutPrefix(w, pre)
		if !ok || !strings.HasPrefix(rest, "ge") || len(rest) < 6 {
			continue
		}
		switch rest {
		case "geben", "gehen", "gelten", "gewinnen", "gehören", "gestalten", "gelangen", "genießen", "geraten":
			return false
		}
		if w == "ausgerechnet" || w == "abgesehen" || w == "vorgesehen" || w == "ausgezeichnet" || w == "angemessen" || w == "angesetzt" {
			// Adverbs, adjectives, and plans ("ist für Montag angesetzt").
			return false
		}
		return strings.HasSuffix(rest, "t") || strings.HasSuffix(rest, "en") || strings.HasSuffix(rest, "te") || strings.HasSuffix(rest, "ten") ||
			strings.HasSuffix(rest, "tes") || strings.HasSuffix(rest, "ter") || strings.HasSuffix(rest, "tem")
	}
	return false
}

// deKonjunktivPresent are Konjunktiv I forms of reported speech that tell
// the present of the report (or, for the modals, a plan): "die Wahl sei am
// Sonntag", "der Rat entscheide im Juni", "die Sitzung finde am Dienstag
// statt". The third person singular is the stem with -e, which the
// indicative only has in the first person, rare in news.
var deKonjunktivPresent = func() map[string]bool {
	m := map[string]bool{"sei": true, "seien": true, "solle": true, "müsse": true, "könne": true, "dürfe": true, "wolle": true}
	for _, stem := range []string{
		"beginn", "end", "fall", "find", "tag", "komm", "geb", "steh", "lieg", "gelt", "entscheid", "stimm", "tret",
		"lauf", "bleib", "fahr", "reis", "treff", "start", "öffn", "schließ", "wähl", "berat", "verhandel", "erschein",
		"folg", "begeh", "feier", "eröffn", "abstimm", "statt", "verhandl", "plan", "rechn", "erwart", "dauer",
	} {
		m[stem+"e"] = true
	}
	return m
}()

// deReportedPresent tells whether German match k stands in a clause (read
// between commas, the tokens lo to hi) of reported speech in the Konjunktiv
// I present ("Die Wahl sei am Sonntag, sagte der Sprecher"): it tells what
// is or will be at the time of the report, and the past of the reporting
// verb outside the clause does not make it a past. A Perfekt ("sei am
// Sonntag gewählt worden", "sei am Montag eröffnet") or a past form in the
// clause makes it one.
func (r *resolver) deReportedPresent(k int) (lo, hi int, ok bool) {
	p := r.p
	if !p.de || r.narrative {
		return 0, 0, false
	}
	m := r.ms[k]
	toks := p.toks
	if p.is(m.i-1, "vom") {
		// "jenem Feuer vom Donnerstag": the day names what was.
		return 0, 0, false
	}
	bound := func(q int) bool {
		return r.starts[q] || p.punct(q, ",") || p.punct(q, ";") || p.punct(q, ":") ||
			p.dash(q) && !p.tight(q) && q+1 < len(toks) && !p.tight(q+1)
	}
	lo = m.i
	for lo > 0 && !r.starts[lo] && !bound(lo-1) {
		lo--
	}
	hi = m.j
	for hi < len(toks) && !bound(hi) {
		hi++
	}
	verb := ""
	for q := lo; q < hi; q++ {
		if q >= m.i && q < m.j || toks[q].kind != tWord || toks[q].upper {
			continue
		}
		w := toks[q].low
		if deKonjunktivPresent[w] {
			verb = w
			continue
		}
		if w == "worden" || w == "habe" || w == "haben" || w == "hätte" || w == "hätten" || w == "wäre" || w == "wären" {
			return 0, 0, false
		}
		if t := tenseOf(w, true); t == tensePast || deSeparableParticiple(w) {
			return 0, 0, false
		}
	}
	if verb == "" {
		return 0, 0, false
	}
	if verb == "sei" || verb == "seien" {
		// A participle closing the clause makes a Perfekt or a state
		// reached: "sei am Montag eröffnet", "seien im Mai begonnen".
		last := hi - 1
		for last >= m.j && toks[last].kind == tPunct {
			last--
		}
		if last >= m.j && toks[last].kind == tWord && !toks[last].upper {
			if w := toks[last].low; w != "statt" && (strings.HasSuffix(w, "t") || strings.HasSuffix(w, "en")) {
				return 0, 0, false
			}
		}
		// The participle may close the sentence after a clause put
		// in: "sei am Samstag bei dem Versuch, das Land zu verlassen,
		// festgenommen worden".
		for q := hi; q < len(toks) && !r.starts[q]; q++ {
			if toks[q].kind != tWord || toks[q].upper {
				continue
			}
			if w := toks[q].low; w == "worden" || w == "gewesen" {
				return 0, 0, false
			}
		}
	}
	return lo, hi, true
}

// passiveAux returns the token before the participle at q, skipping up to
// two adverbs that may stand between it and its auxiliary ("will be
// further tightened", "was sharply cut", "is not yet known").
func passiveAux(p *parser, q int) int {
	d := q - 1
	for n := 0; n < 2 && d > 0; n++ {
		w := p.word(d)
		if !enMidAdverbs[w] && !(len(w) > 4 && strings.HasSuffix(w, "ly") && !p.toks[d].upper && w != "july") {
			break
		}
		d--
	}
	return d
}

// enMidAdverbs stand between an auxiliary and its participle.
var enMidAdverbs = map[string]bool{
	"further": true, "also": true, "not": true, "still": true, "already": true, "again": true, "then": true,
	"now": true, "never": true, "even": true, "yet": true, "just": true, "first": true, "since": true, "all": true,
	"both": true, "soon": true, "long": true, "once": true, "well": true, "much": true,
}

// inTitle tells whether the capitalised word at q ends a name after "the":
// "the Nortel Open", "the U.S. Open" (no verb "open").
func (r *resolver) inTitle(q int) bool {
	p := r.p
	if !p.toks[q].upper || r.starts[q] {
		return false
	}
	d := q - 1
	for d > 0 && !r.starts[d] && (p.toks[d].kind == tWord && p.toks[d].upper || p.punct(d, ".")) {
		d--
	}
	return d < q-1 && p.is(d, "the")
}

// enChoosingVerbs take a date as their object: "set November 24 as the
// date", "fixed March 3 for the hearing".
var enChoosingVerbs = map[string]bool{
	"set": true, "sets": true, "fixed": true, "fixes": true, "named": true, "names": true, "chose": true, "chosen": true,
	"picked": true, "designated": true, "scheduled": true, "earmarked": true,
}

// marketInstruments are market nouns that make the month before them a
// delivery month even after a preposition: "trading in December futures",
// but "In May gold rose" is a month of trading.
var marketInstruments = newWordSet(`contract contracts futures future delivery deliveries option options
	shipment shipments expiry expiration`)

// causeAfter tells whether the English token at q, after "due to", begins
// a noun phrase (a cause: "due to the mild winter", "due to rising costs",
// "due to strikes") rather than a verb ("due to arrive").
func (r *resolver) causeAfter(q int) bool {
	p := r.p
	w := p.word(q)
	if w == "" {
		return p.isNum(q) || p.punct(q, "$")
	}
	if enDeterminers[w] || p.toks[q].upper || strings.HasSuffix(w, "ing") {
		return true
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && w != "is" && w != "was"
}

// deliveryEN tells whether English match k, a month without a year, is
// the delivery month of a market report: "the May contract", "December
// T-bonds", "March delivery".
func (r *resolver) deliveryEN(k int) bool {
	m := &r.ms[k]
	p := r.p
	if p.de || m.e.month == 0 || m.e.day > 0 || m.e.hasYear || m.e.dir != 0 {
		return false
	}
	next := m.j
	if p.punct(next, "/") && p.slashedMonth(next+1) {
		next += 2 // "for Jun/Sept shipment"
	}
	if !p.marketNounAt(next) {
		return false
	}
	if enPrepositions[p.word(m.i-1)] && p.is(m.i, "the") && p.is(m.j-2, "of") {
		// "By the end of February shipments had fallen": a part of the
		// month after a preposition is a time adverbial, and the noun
		// after it begins the clause; a delivery position is written
		// "end-February shipment" or "late March shipment".
		return false
	}
	if p.is(next+1, "issue", "issues", "auction", "auctions", "sale", "sales", "tender", "tenders", "offering", "offerings") {
		// "the February bond issue", "the March bill auction": an event
		// of that month, dated as any other, not a delivery position.
		return false
	}
	if p.is(next, "shipments", "deliveries") && (p.is(next+1, "were", "was", "rose", "fell", "totalled", "totaled", "increased", "decreased", "declined", "dropped", "climbed", "reached") || p.is(next+1, "of") && p.is(next+2, "the", "a")) {
		// "said February shipments were 677.8 mln dlrs": the figures of
		// the subject of a finite verb, not a position traded.
		return false
	}
	if p.is(m.i-1, "in") && p.is(next, "shipments", "deliveries") {
		// "a 6.9 pct drop in January shipments": the figures of a month,
		// not a position traded "for January shipment".
		return false
	}
	return marketInstruments.has(p.word(next)) || !enPrepositions[p.word(m.i-1)]
}

// attributiveEN tells whether English match k, a month or day
// without a year, stands between a determiner and its noun: "the Nov. 5
// election", "a January 30 offer", "the party's March congress".
func (r *resolver) attributiveEN(k int) bool {
	m := r.ms[k]
	p := r.p
	e := m.e
	if e.hasYear || e.fixed != "" || e.dir != 0 || e.month == 0 || e.quarter > 0 || e.half > 0 || e.season != "" || e.holiday != "" {
		return false
	}
	if !enDeterminers[p.word(m.i-1)] && !(p.is(m.i-1, "s") && (p.punct(m.i-2, "'") || p.punct(m.i-2, "’"))) {
		return false
	}
	if m.j >= p.n() || p.toks[m.j].kind != tWord || p.toks[m.j].upper || p.toks[m.j].newline {
		return false
	}
	w := p.toks[m.j].low
	return !enPrepositions[w] && !enBareVerbBefore[w] && !p.is(m.j, "that", "which", "when", "while", "as", "but", "than", "through", "thru", "until", "till", "ago", "last", "next", "this")
}

// headlineTo tells whether token q is "to" before a verb in a clause that
// has no tense cue before it ("Talks to resume on Monday"), and whose verb
// comes before the time at token i: not "rose to record highs" nor "up to
// 300 people".
func (r *resolver) headlineTo(q, lo, i int) bool {
	p := r.p
	if !p.is(q, "to") || q+1 >= i || p.toks[q+1].kind != tWord || p.toks[q+1].upper {
		return false
	}
	w := p.toks[q+1].low
	if enDeterminers[w] || enPrepositions[w] || enObjectPronouns[w] || enBareVerbBefore[w] && w != "be" || tenseOf(w, false) != tenseNone || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
		return false
	}
	if q-lo > 8 {
		return false
	}
	for d := q - 1; d >= lo; d-- {
		// The words before "to" are the headline's subject: no
		// preposition ("In comments to reporters on Tuesday").
		if enPrepositions[p.word(d)] || r.cueEN(d) != tenseNone || p.is(d, "up", "next", "due", "close", "according", "prior", "thanks", "compared", "relative", "than", "from", "is", "are", "was", "were", "has", "have", "had") {
			return false
		}
		if w := p.word(d); len(w) > 5 && strings.HasSuffix(w, "ing") && d == lo {
			// "Presenting the budget to parliament on Saturday, the
			// minister said": a participle opens the clause, and "to"
			// is a preposition.
			return false
		}
	}
	return true
}

// enObjectPronouns after "to" make it a preposition, not the mark of an
// infinitive: "drew attention to himself", "spoke to them".
var enObjectPronouns = map[string]bool{
	"me": true, "him": true, "them": true, "us": true, "it": true, "you": true, "myself": true, "himself": true,
	"herself": true, "itself": true, "themselves": true, "ourselves": true, "yourself": true, "one": true,
}

// passiveAfter tells whether token q is a past participle of a passive
// arrangement: "is to be installed", "are to be held" (not "the aim is
// to be fair").
func (r *resolver) passiveAfter(q int) bool {
	w := r.p.word(q)
	return strings.HasSuffix(w, "ed") || enIrregularParticiples[w]
}

// enIrregularParticiples are past participles that do not end in -ed.
var enIrregularParticiples = map[string]bool{
	"held": true, "signed": true, "made": true, "given": true, "taken": true, "sent": true, "put": true, "set": true,
	"shown": true, "seen": true, "chosen": true, "sworn": true, "built": true, "paid": true, "sold": true, "met": true,
	"brought": true, "begun": true, "run": true, "done": true, "read": true, "known": true, "told": true, "cut": true,
}

// reportedSubject tells whether match k, a quarter, half or month without a
// year, opens the clause reported by the past verb of saying at q and
// qualifies its subject: "said fourth-quarter earnings", "said that
// December sales". A weekday there is when it was said ("said Monday
// sales rose").
func (r *resolver) reportedSubject(q, k int) bool {
	p := r.p
	m := r.ms[k]
	e := m.e
	if q < 0 || !enReportVerbs[p.word(q)] || e.hasYear || e.weekday > 0 || e.day > 0 || e.quarter == 0 && e.half == 0 && e.month == 0 {
		return false
	}
	// The clause starts right after the verb, or at "that" ("said on
	// Monday that fourth-quarter sales …").
	i := m.i - 1
	if p.is(i, "the", "its", "their") {
		i--
	}
	if i != q && !(p.is(i, "that") && i-q <= 4) || m.j >= p.n() || p.toks[m.j].kind != tWord || p.toks[m.j].upper {
		return false
	}
	w := p.toks[m.j].low
	return !enDeterminers[w] && !enPrepositions[w] && !enBareVerbBefore[w] && r.cueEN(m.j) == tenseNone
}
