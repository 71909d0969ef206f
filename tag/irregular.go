package tag

import (
	"strings"
	"unicode/utf8"
)

// Irregular verb morphology, written by hand from grammar knowledge. A small
// treebank (German GSD gives us 29,000 words) cannot hold every form of every
// strong verb, yet the event extractor matches triggers on verb lemmas, so
// "empfing" must become "empfangen" even if the treebank never had it. The
// tables list principal parts; the code derives the other forms and strips
// verb prefixes, so "empfing" is found as emp+fing and "vorgeschlagen" as
// vor+geschlagen.

// German strong, mixed and irregular verbs: infinitive, 3rd person singular
// present when its stem changes ("-" when not), preterite, past participle.
const deStrongVerbs = `
befehlen befiehlt befahl befohlen
beginnen - begann begonnen
beißen - biss gebissen
bergen birgt barg geborgen
betrügen - betrog betrogen
biegen - bog gebogen
bieten - bot geboten
binden - band gebunden
bitten - bat gebeten
blasen bläst blies geblasen
bleiben - blieb geblieben
braten brät briet gebraten
brechen bricht brach gebrochen
brennen - brannte gebrannt
bringen - brachte gebracht
denken - dachte gedacht
dringen - drang gedrungen
empfehlen empfiehlt empfahl empfohlen
erwägen - erwog erwogen
essen isst aß gegessen
fahren fährt fuhr gefahren
fallen fällt fiel gefallen
fangen fängt fing gefangen
finden - fand gefunden
fliegen - flog geflogen
fliehen - floh geflohen
fließen - floss geflossen
fressen frisst fraß gefressen
frieren - fror gefroren
geben gibt gab gegeben
gedeihen - gedieh gediehen
gehen - ging gegangen
gelingen - gelang gelungen
gelten gilt galt gegolten
genießen - genoss genossen
geschehen geschieht geschah geschehen
gewinnen - gewann gewonnen
gießen - goss gegossen
gleichen - glich geglichen
gleiten - glitt geglitten
graben gräbt grub gegraben
greifen - griff gegriffen
halten hält hielt gehalten
hängen - hing gehangen
heben - hob gehoben
heißen - hieß geheißen
helfen hilft half geholfen
kennen - kannte gekannt
klingen - klang geklungen
kommen - kam gekommen
kriechen - kroch gekrochen
laden lädt lud geladen
lassen lässt ließ gelassen
laufen läuft lief gelaufen
leiden - litt gelitten
leihen - lieh geliehen
lesen liest las gelesen
liegen - lag gelegen
lügen - log gelogen
meiden - mied gemieden
messen misst maß gemessen
nehmen nimmt nahm genommen
nennen - nannte genannt
pfeifen - pfiff gepfiffen
preisen - pries gepriesen
raten rät riet geraten
reiben - rieb gerieben
reißen - riss gerissen
reiten - ritt geritten
rennen - rannte gerannt
riechen - roch gerochen
ringen - rang gerungen
rufen - rief gerufen
saufen säuft soff gesoffen
schaffen - schuf geschaffen
scheiden - schied geschieden
scheinen - schien geschienen
schieben - schob geschoben
schießen - schoss geschossen
schlafen schläft schlief geschlafen
schlagen schlägt schlug geschlagen
schleichen - schlich geschlichen
schließen - schloss geschlossen
schmeißen - schmiss geschmissen
schmelzen schmilzt schmolz geschmolzen
schneiden - schnitt geschnitten
schreiben - schrieb geschrieben
schreien - schrie geschrien
schreiten - schritt geschritten
schweigen - schwieg geschwiegen
schwimmen - schwamm geschwommen
schwinden - schwand geschwunden
schwören - schwor geschworen
sehen sieht sah gesehen
senden - sandte gesandt
singen - sang gesungen
sinken - sank gesunken
sitzen - saß gesessen
sprechen spricht sprach gesprochen
springen - sprang gesprungen
stechen sticht stach gestochen
stehen - stand gestanden
stehlen stiehlt stahl gestohlen
steigen - stieg gestiegen
sterben stirbt starb gestorben
stoßen stößt stieß gestoßen
streichen - strich gestrichen
streiten - stritt gestritten
tragen trägt trug getragen
treffen trifft traf getroffen
treiben - trieb getrieben
treten tritt trat getreten
trinken - trank getrunken
verderben verdirbt verdarb verdorben
vergessen vergisst vergaß vergessen
verlieren - verlor verloren
verzeihen - verzieh verziehen
wachsen wächst wuchs gewachsen
waschen wäscht wusch gewaschen
weichen - wich gewichen
weisen - wies gewiesen
wenden - wandte gewandt
werben wirbt warb geworben
werfen wirft warf geworfen
wiegen - wog gewogen
ziehen - zog gezogen
zwingen - zwang gezwungen
`

// German verbs whose forms the rules above do not derive: auxiliaries and
// modals, listed form by form ("lemma: forms").
const deIrregularForms = `
sein: bin bist ist sind seid war warst waren wart gewesen wäre wärst wären wärt sei seist seien
haben: habe hast hat haben habt hatte hattest hatten hattet gehabt hätte hättest hätten hättet
werden: werde wirst wird werden werdet wurde wurdest wurden wurdet geworden worden würde würdest würden würdet
tun: tue tust tut tun tat tatest taten tatet getan täte täten
können: kann kannst können könnt konnte konntest konnten konntet gekonnt könnte könnten
dürfen: darf darfst dürfen dürft durfte durftest durften gedurft dürfte dürften
müssen: muss musst müssen müsst musste musstest mussten gemusst müsste müssten
mögen: mag magst mögen mögt mochte mochtest mochten gemocht möchte möchtest möchten möchtet
sollen: soll sollst sollen sollt sollte solltest sollten gesollt
wollen: will willst wollen wollt wollte wolltest wollten gewollt
wissen: weiß weißt wissen wisst wusste wusstest wussten gewusst wüsste wüssten
kommen: käme kämen
geben: gäbe gäben
gehen: ginge gingen
stehen: stünde stünden stände
lassen: ließe ließen
finden: fände fänden
bleiben: bliebe blieben
bringen: brächte brächten
denken: dächte dächten
`

// Weak German verbs with the inseparable prefix ge-, whose forms look like
// participles of another verb: "gehört" is more often gehören than hören.
const deGeVerbs = `gehören genügen gestatten gewähren gelangen gebrauchen gefährden gestalten gewöhnen
genehmigen geleiten gehorchen gewährleisten gedulden geraten`

// Prefixes that separate from the verb ("stellte ... vor"); their participle
// and zu-infinitive put ge and zu after them (vorgestellt, vorzustellen).
// Longest first where one is the start of another.
const deSeparable = `gegenüber entgegen zusammen zurecht zurück vorüber voraus vorbei voran zuvor
hervor herunter herüber herum herein herbei heraus herauf heran hinzu hinein hinaus hinauf
weiter wieder nieder bereit empor fort frei heim hoch fest statt teil kennen
durch unter über ab an auf aus bei dar ein her hin los mit nach um vor weg zu`

// Prefixes that never separate.
const deInseparable = `miss zer ent emp be er ge ver hinter wider`

// English irregular verbs: base, past, past participle.
const enIrregularVerbs = `
arise arose arisen
awake awoke awoken
bear bore borne
beat beat beaten
become became become
begin began begun
bend bent bent
bet bet bet
bind bound bound
bite bit bitten
bleed bled bled
blow blew blown
break broke broken
breed bred bred
bring brought brought
build built built
burn burnt burnt
burst burst burst
buy bought bought
cast cast cast
catch caught caught
choose chose chosen
cling clung clung
come came come
cost cost cost
creep crept crept
cut cut cut
deal dealt dealt
dig dug dug
do did done
draw drew drawn
drink drank drunk
drive drove driven
eat ate eaten
fall fell fallen
feed fed fed
feel felt felt
fight fought fought
find found found
flee fled fled
fling flung flung
fly flew flown
forbid forbade forbidden
forget forgot forgotten
forgive forgave forgiven
freeze froze frozen
get got gotten
give gave given
go went gone
grind ground ground
grow grew grown
hang hung hung
have had had
hear heard heard
hide hid hidden
hit hit hit
hold held held
hurt hurt hurt
keep kept kept
kneel knelt knelt
know knew known
lay laid laid
lead led led
leap leapt leapt
leave left left
lend lent lent
let let let
lie lay lain
light lit lit
lose lost lost
make made made
mean meant meant
meet met met
pay paid paid
put put put
quit quit quit
read read read
ride rode ridden
ring rang rung
rise rose risen
run ran run
say said said
see saw seen
seek sought sought
sell sold sold
send sent sent
set set set
shake shook shaken
shed shed shed
shine shone shone
shoot shot shot
show showed shown
shrink shrank shrunk
shut shut shut
sing sang sung
sink sank sunk
sit sat sat
sleep slept slept
slide slid slid
speak spoke spoken
speed sped sped
spend spent spent
spin spun spun
split split split
spread spread spread
spring sprang sprung
stand stood stood
steal stole stolen
stick stuck stuck
sting stung stung
strike struck struck
strive strove striven
swear swore sworn
sweep swept swept
swim swam swum
swing swung swung
take took taken
teach taught taught
tear tore torn
tell told told
think thought thought
throw threw thrown
wake woke woken
wear wore worn
weep wept wept
win won won
wind wound wound
write wrote written
`

const enIrregularForms = `
be: am is are was were been being
have: has having
`

const enPrefixes = `over under with out mis fore re up`

// verbTables holds the derived form → lemma maps and prefix lists of a
// language; built once at package initialisation and never changed.
type verbTables struct {
	forms     map[string]string
	prefixes  []string // separable and inseparable, longest first
	separable map[string]bool
	// bare maps participles without their ge to the infinitive, for verbs
	// with an inseparable prefix: beschlossen = be + schlossen.
	bare    map[string]string
	geVerbs map[string]bool
	// byFirst holds prefixes by their first byte, longest first, so that
	// a word is tried against the few that can match, not all of them.
	byFirst [256][]string
}

// indexPrefixes fills byFirst from prefixes, which must be sorted.
func (t *verbTables) indexPrefixes() {
	for _, p := range t.prefixes {
		if p != "" {
			t.byFirst[p[0]] = append(t.byFirst[p[0]], p)
		}
	}
}

// prefixesOf returns the prefixes that may begin low, longest first.
func (t *verbTables) prefixesOf(low string) []string {
	if low == "" {
		return nil
	}
	return t.byFirst[low[0]]
}

var irregularTables = map[string]*verbTables{
	"de": buildDE(),
	"en": buildEN(),
}

func addForm(m map[string]string, form, lemma string) {
	if _, ok := m[form]; !ok { // the first, more common verb wins a clash
		m[form] = lemma
	}
}

func buildDE() *verbTables {
	t := &verbTables{forms: map[string]string{}, separable: map[string]bool{}, bare: map[string]string{}, geVerbs: map[string]bool{}}
	for _, line := range strings.Split(deIrregularForms, "\n") {
		lemma, forms, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		addForm(t.forms, lemma, lemma)
		for _, f := range strings.Fields(forms) {
			addForm(t.forms, f, lemma)
		}
	}
	for _, line := range strings.Split(deStrongVerbs, "\n") {
		p := strings.Fields(line)
		if len(p) != 4 {
			continue
		}
		inf, third, pret, part := p[0], p[1], p[2], p[3]
		stem := strings.TrimSuffix(inf, "en")
		addForm(t.forms, inf, inf)
		add := func(forms ...string) {
			for _, f := range forms {
				addForm(t.forms, f, inf)
			}
		}
		e := ""
		if strings.HasSuffix(stem, "t") || strings.HasSuffix(stem, "d") {
			e = "e"
		}
		add(stem+"e", stem+"st", stem+e+"t", stem+e+"st", stem+"est")
		if third != "-" {
			add(third)
			if strings.HasSuffix(third, "t") && !strings.HasSuffix(third, "st") {
				add(strings.TrimSuffix(third, "t") + "st")
				add(third + "st") // hältst, trittst
			}
		}
		if strings.HasSuffix(pret, "te") { // mixed verbs: brachte
			add(pret, pret+"st", pret+"n", pret+"t")
		} else {
			// Subjunctive forms are not derived: fuhr → führe is mostly führen.
			// The common ones are listed with the auxiliaries.
			add(pret, pret+"st", pret+"en", pret+"t", pret+"est", pret+"et")
		}
		add(part)
		if b, ok := strings.CutPrefix(part, "ge"); ok {
			addForm(t.bare, b, inf)
		}
	}
	for _, v := range []string{"gewesen:sein", "gehabt:haben", "geworden:werden", "getan:tun"} {
		part, inf, _ := strings.Cut(v, ":")
		addForm(t.bare, part[2:], inf)
	}
	for _, v := range strings.Fields(deGeVerbs) {
		t.geVerbs[v] = true
	}
	for _, p := range strings.Fields(deSeparable) {
		t.separable[p] = true
		t.prefixes = append(t.prefixes, p)
	}
	t.prefixes = append(t.prefixes, strings.Fields(deInseparable)...)
	sortLongestFirst(t.prefixes)
	t.indexPrefixes()
	return t
}

func buildEN() *verbTables {
	t := &verbTables{forms: map[string]string{}}
	for _, line := range strings.Split(enIrregularForms, "\n") {
		lemma, forms, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		for _, f := range strings.Fields(forms) {
			addForm(t.forms, f, lemma)
		}
	}
	for _, line := range strings.Split(enIrregularVerbs, "\n") {
		p := strings.Fields(line)
		if len(p) != 3 {
			continue
		}
		addForm(t.forms, p[0], p[0])
		addForm(t.forms, p[1], p[0])
		addForm(t.forms, p[2], p[0])
	}
	t.prefixes = strings.Fields(enPrefixes)
	sortLongestFirst(t.prefixes)
	t.indexPrefixes()
	return t
}

func sortLongestFirst(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && len(s[j]) > len(s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// irregularLemma returns the lemma of a verb form the tables know, directly
// or after verb prefixes; German weak participles (ge-...-t) and
// zu-infinitives of separable verbs are handled here as well, since their
// ge and zu sit inside the word where suffix rules cannot see them.
func irregularLemma(lang, form string) (string, bool) {
	t := irregularTables[lang]
	if t == nil {
		return "", false
	}
	low := lowerString(form)
	if lem, ok := t.lookup(low, 2); ok {
		return lem, true
	}
	if lang == "de" {
		if lem, ok := t.germanWeak(low); ok {
			return lem, true
		}
		return t.inflectedParticiple(low)
	}
	return "", false
}

// inflectedParticiple lemmatises a weak participle with an adjective
// ending that the tagger read as a verb ("die gelobte Reform", "gelobtes
// Land"): its ge is the participle's, so gelobte is loben's, not the past
// of geloben, unless ge…en is a verb of its own (gehörte → gehören, which
// germanWeak checks against geVerbs). -ten is left to the suffix rules: it
// ends strong participles too (gehalten, geraten).
func (t *verbTables) inflectedParticiple(low string) (string, bool) {
	for _, end := range []string{"e", "em", "er", "es"} {
		base, ok := strings.CutSuffix(low, end)
		if !ok || !strings.HasSuffix(base, "t") || !strings.Contains(base, "ge") {
			continue
		}
		if t.geVerbs[base[:len(base)-1]+"en"] {
			return "", false
		}
		return t.germanWeak(base)
	}
	return "", false
}

// lookup finds low in the forms table, stripping up to depth prefixes.
func (t *verbTables) lookup(low string, depth int) (string, bool) {
	if lem, ok := t.forms[low]; ok {
		return lem, true
	}
	if depth == 0 {
		return "", false
	}
	for _, p := range t.prefixesOf(low) {
		rest, ok := strings.CutPrefix(low, p)
		if !ok || utf8.RuneCountInString(rest) < 3 {
			continue
		}
		// The zu-infinitive first (einzuhalten is ein+halten), since zu is
		// also a prefix of its own (zuhalten).
		if t.separable[p] {
			if r2, ok := strings.CutPrefix(rest, "zu"); ok {
				if lem, ok := t.lookup(r2, depth-1); ok && lem == r2 {
					return p + lem, true
				}
			}
		}
		if lem, ok := t.lookup(rest, depth-1); ok {
			return p + lem, true
		}
		if p != "ge" && !t.separable[p] {
			if lem, ok := t.bare[rest]; ok {
				return p + lem, true
			}
		}
	}
	return "", false
}

// germanWeak lemmatises weak participles (gekauft, vorgestellt, gemeldet)
// and zu-infinitives (vorzustellen).
func (t *verbTables) germanWeak(low string) (string, bool) {
	// An optional separable prefix, then ge.
	cands := []string{""}
	for _, p := range t.prefixesOf(low) {
		if strings.HasPrefix(low, p) && t.separable[p] {
			cands = append(cands, p)
		}
	}
	for _, p := range cands {
		rest := low[len(p):]
		if p != "" {
			if r, ok := strings.CutPrefix(rest, "zu"); ok && utf8.RuneCountInString(r) > 3 &&
				(strings.HasSuffix(r, "en") || strings.HasSuffix(r, "ern") || strings.HasSuffix(r, "eln")) {
				return p + r, true
			}
		}
		body, ok := strings.CutPrefix(rest, "ge")
		if !ok || !strings.HasSuffix(body, "t") || utf8.RuneCountInString(body) < 4 {
			continue
		}
		stem := strings.TrimSuffix(body, "t")
		if s, ok := strings.CutSuffix(stem, "e"); ok && endsInDental(s) {
			stem = s // gemeldet → meld, geöffnet → öffn
		}
		lem := stem + "en"
		if strings.HasSuffix(stem, "el") || strings.HasSuffix(stem, "er") {
			lem = stem + "n" // gehandelt → handeln, geändert → ändern
		}
		if t.geVerbs["ge"+lem] {
			return p + "ge" + lem, true
		}
		return p + lem, true
	}
	return "", false
}

// endsInDental tells whether a verb stem needs -et: ends in d or t, or in m
// or n after another consonant (rechn-et, atm-et).
func endsInDental(s string) bool {
	if s == "" {
		return false
	}
	last := s[len(s)-1]
	if last == 'd' || last == 't' {
		return true
	}
	if (last == 'n' || last == 'm') && len(s) > 1 {
		switch prev := s[len(s)-2]; prev {
		case 'a', 'e', 'i', 'o', 'u', 'h', 'l', 'r', 'm', 'n':
			return false
		default:
			return prev < 0x80
		}
	}
	return false
}
