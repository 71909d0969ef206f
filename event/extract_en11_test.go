package event_test

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/dossier-news/dossier/event"
	"github.com/dossier-news/dossier/parse"
)

var (
	parsedOnce sync.Once
	parsedVal  *stages
	parsedErr  error
)

// parsedStages are loadStages with the English dependency parse the CLI
// gives the extractor: the own type sentences are scored as shipped.
func parsedStages(t testing.TB) *stages {
	t.Helper()
	st := loadStages(t)
	parsedOnce.Do(func() {
		p, err := parse.Load("en")
		if err != nil {
			parsedErr = err
			return
		}
		ex, err := event.New(st.kb, event.WithParser(p))
		if err != nil {
			parsedErr = err
			return
		}
		cp := *st
		cp.ex = ex
		parsedVal = &cp
	})
	if parsedErr != nil {
		t.Fatal(parsedErr)
	}
	return parsedVal
}

// typeCase is one sentence written for dossier that holds one event of a
// PLOVER type. The expected event was written down before the sentence was
// first run through the extractor.
type typeCase struct {
	typ  string
	text string
	w    want
}

// ploverTypeENCases holds about a dozen sentences for each PLOVER type, in
// the forms news uses: plain active clauses, passives with "by",
// nominalisations ("the talks between X and Y"), compound subjects,
// headlines without articles, relative clauses, attribution, negation and
// modality.
var ploverTypeENCases = []typeCase{
	// AGREE
	{"AGREE", "Iran and Oman signed an agreement on maritime security on Tuesday.", want{actor: "IRN", target: "OMN"}},
	{"AGREE", "Armenia agreed to hold peace talks with Azerbaijan.", want{actor: "ARM", target: "AZE"}},
	{"AGREE", "Japan offers to mediate between Ethiopia and Egypt", want{actor: "JPN"}},
	{"AGREE", "The accord between Chile and Argentina was signed in Santiago on Monday.", want{actor: "CHL", target: "ARG"}},
	{"AGREE", "Kenya pledged to send police officers to Haiti.", want{actor: "KEN", target: "HTI"}},
	{"AGREE", "Ukraine accepted a US proposal for a 30-day ceasefire.", want{actor: "UKR", target: "USA"}},
	{"AGREE", "Sudan, which agreed to a truce with Chad on Sunday, reopened the border.", want{actor: "SDN", target: "TCD"}},
	{"AGREE", "A security agreement was reached by Canada and Mexico on Friday.", want{actor: "CAN", target: "MEX"}},
	{"AGREE", "Turkey and Russia have agreed to resume grain exports, the Turkish foreign ministry said.", want{actor: "TUR", target: "RUS", source: "TUR", modality: "reported"}},
	{"AGREE", "Israel did not accept the Egyptian proposal.", want{actor: "ISR", target: "EGY", modality: "negated"}},
	{"AGREE", "India may sign a nuclear deal with France next month.", want{actor: "IND", target: "FRA", modality: "hypothetical"}},
	{"AGREE", "Venezuela, Guyana agree to avoid force in border dispute", want{actor: "VEN", target: "GUY"}},

	// CONSULT
	{"CONSULT", "The Chinese foreign minister met his Australian counterpart in Beijing on Monday.", want{actor: "CHN", target: "AUS"}},
	{"CONSULT", "Talks between Pakistan and India resumed in Geneva.", want{actor: "PAK", target: "IND"}},
	{"CONSULT", "Macron visited Kenya last week.", want{mode: "visit", actor: "FRA", target: "KEN"}},
	{"CONSULT", "Egypt hosted delegations from Israel and Qatar in Cairo.", want{actor: "EGY", target: "ISR"}},
	{"CONSULT", "The German chancellor spoke by phone with the Turkish president.", want{actor: "DEU", target: "TUR"}},
	{"CONSULT", "Saudi Arabia will host peace talks between Russia and Ukraine.", want{actor: "SAU", modality: "planned"}},
	{"CONSULT", "Brazil and Argentina held talks on border security.", want{actor: "BRA", target: "ARG"}},
	{"CONSULT", "The Japanese prime minister was received by the Indian president in New Delhi.", want{actor: "IND", target: "JPN"}},
	{"CONSULT", "Blinken meets Saudi crown prince in Riyadh", want{actor: "USA", target: "SAU"}},
	{"CONSULT", "The Iranian foreign minister will travel to Moscow for consultations.", want{actor: "IRN", target: "RUS", modality: "planned"}},
	{"CONSULT", "Kim Jong Un did not meet the South Korean president.", want{actor: "PRK", target: "KOR", modality: "negated"}},
	{"CONSULT", "The NATO secretary general held a meeting with the Finnish defence minister.", want{target: "FIN"}},

	// SUPPORT
	{"SUPPORT", "Germany backed Ukraine's bid to join the European Union.", want{actor: "DEU", target: "UKR"}},
	{"SUPPORT", "The United States praised Kenya for leading the mission in Haiti.", want{actor: "USA", target: "KEN"}},
	{"SUPPORT", "China voiced support for Pakistan.", want{actor: "CHN", target: "PAK"}},
	{"SUPPORT", "Spain recognised Palestine as a state.", want{actor: "ESP", target: "PSE"}},
	{"SUPPORT", "France expressed solidarity with Morocco after the earthquake.", want{actor: "FRA", target: "MAR"}},
	{"SUPPORT", "Japan endorses Philippine position on South China Sea", want{actor: "JPN", target: "PHL"}},
	{"SUPPORT", "Britain's support for Estonia has grown.", want{actor: "GBR", target: "EST"}},
	{"SUPPORT", "The resolution was supported by Brazil and Mexico.", want{actor: "BRA"}},
	{"SUPPORT", "Sweden defended Finland's decision to close the border.", want{actor: "SWE", target: "FIN"}},
	{"SUPPORT", "\"Norway stands with Ukraine,\" the Norwegian prime minister said.", want{actor: "NOR", target: "UKR"}},
	{"SUPPORT", "Hungary did not support Ukraine's membership bid.", want{actor: "HUN", target: "UKR", modality: "negated"}},
	{"SUPPORT", "India congratulated Sri Lanka on its election.", want{actor: "IND", target: "LKA"}},

	// CONCEDE
	{"CONCEDE", "Serbia accepted the European Union's demands on Kosovo.", want{actor: "SRB", target: "European Union"}},
	{"CONCEDE", "The Georgian government gave in to the protesters' demands.", want{actor: "GEO"}},
	{"CONCEDE", "Belarus yielded to pressure from Poland and reopened the crossing.", want{actor: "BLR", target: "POL"}},
	{"CONCEDE", "Pakistan met India's condition for resuming talks.", want{actor: "PAK", target: "IND"}},
	{"CONCEDE", "Tunisia bowed to demands from the International Monetary Fund.", want{actor: "TUN"}},
	{"CONCEDE", "Nicaragua agreed to Costa Rica's demand to withdraw its guards.", want{actor: "NIC", target: "CRI"}},
	{"CONCEDE", "The Kenyan government conceded to the demands of striking doctors.", want{actor: "KEN"}},
	{"CONCEDE", "Moldova yields to Russian demand over gas transit", want{actor: "MDA", target: "RUS"}},
	{"CONCEDE", "The demands of the United States were accepted by Mexico.", want{actor: "MEX", target: "USA"}},
	{"CONCEDE", "Syria complied with Turkey's request, Turkish officials said.", want{actor: "SYR", target: "TUR", modality: "reported"}},
	{"CONCEDE", "Iran has not given in to American pressure.", want{actor: "IRN", target: "USA", modality: "negated"}},
	{"CONCEDE", "The Bolivian president resigned after weeks of protests.", want{actor: "BOL"}},

	// COOPERATE
	{"COOPERATE", "France and Germany will hold joint military exercises in May.", want{actor: "FRA", target: "DEU", modality: "planned"}},
	{"COOPERATE", "Japan shares intelligence with Australia on missile launches.", want{actor: "JPN", target: "AUS"}},
	{"COOPERATE", "Colombia extradited a drug trafficker to the United States.", want{actor: "COL", target: "USA"}},
	{"COOPERATE", "Indonesia and Malaysia are working together on border patrols.", want{actor: "IDN", target: "MYS"}},
	{"COOPERATE", "South Korea cooperated with Japan on the investigation.", want{actor: "KOR", target: "JPN"}},
	{"COOPERATE", "The naval drills between India and France ended on Sunday.", want{actor: "IND", target: "FRA"}},
	{"COOPERATE", "Vietnam and the Philippines conducted joint coast guard patrols.", want{actor: "VNM", target: "PHL"}},
	{"COOPERATE", "Two suspects were handed over to Spain by Morocco.", want{actor: "MAR", target: "ESP"}},
	{"COOPERATE", "Egypt and Jordan will coordinate their positions, the Jordanian foreign minister said.", want{actor: "EGY", target: "JOR", source: "JOR"}},
	{"COOPERATE", "Russia no longer shares data with the United States on its nuclear forces.", want{actor: "RUS", target: "USA", modality: "negated"}},
	{"COOPERATE", "Brazil's cooperation with China on satellites has deepened.", want{actor: "BRA", target: "CHN"}},
	{"COOPERATE", "Chile and Peru launched a joint investigation into the smuggling network.", want{actor: "CHL", target: "PER"}},

	// AID
	{"AID", "Germany sent air defence systems to Ukraine.", want{mode: "military", actor: "DEU", target: "UKR"}},
	{"AID", "Japan will provide $50 million in humanitarian aid to Sudan.", want{mode: "humanitarian", actor: "JPN", target: "SDN", modality: "planned"}},
	{"AID", "Qatar delivered food and medicine to Gaza.", want{actor: "QAT"}},
	{"AID", "The European Union approved a loan of 5 billion euros for Egypt.", want{actor: "European Union", target: "EGY"}},
	{"AID", "Britain's military aid to Ukraine will rise next year.", want{actor: "GBR", target: "UKR"}},
	{"AID", "Turkey granted asylum to the Afghan journalist.", want{actor: "TUR"}},
	{"AID", "Ammunition was supplied to Armenia by India.", want{actor: "IND", target: "ARM"}},
	{"AID", "Saudi Arabia pledges aid to earthquake-hit Morocco", want{actor: "SAU", target: "MAR"}},
	{"AID", "China donated vaccines to Cambodia.", want{actor: "CHN", target: "KHM"}},
	{"AID", "Washington approved $300 million in military aid for Taiwan, the Pentagon said.", want{actor: "USA", target: "TWN", modality: "reported"}},
	{"AID", "Hungary will not send weapons to Ukraine.", want{actor: "HUN", target: "UKR", modality: "negated"}},
	{"AID", "The tanks that Poland gave Ukraine in 2022 are still in service.", want{actor: "POL", target: "UKR"}},

	// RETREAT
	{"RETREAT", "Russia withdrew its troops from the Kherson region.", want{actor: "RUS"}},
	{"RETREAT", "Israel released 90 Palestinian prisoners on Sunday.", want{actor: "ISR"}},
	{"RETREAT", "Azerbaijan and Armenia declared a ceasefire.", want{actor: "AZE", target: "ARM"}},
	{"RETREAT", "The United States lifted sanctions on Syria.", want{actor: "USA", target: "SYR"}},
	{"RETREAT", "The truce between India and Pakistan took effect at midnight.", want{actor: "IND", target: "PAK"}},
	{"RETREAT", "North Korea returned the bodies of two American soldiers.", want{actor: "PRK", target: "USA"}},
	{"RETREAT", "The sanctions against Belarus were eased by Lithuania.", want{actor: "LTU", target: "BLR"}},
	{"RETREAT", "Mali frees French hostage", want{actor: "MLI", target: "FRA"}},
	{"RETREAT", "Iran allowed IAEA inspectors into the Fordow site.", want{actor: "IRN"}},
	{"RETREAT", "Russian forces have pulled back from the outskirts of Kyiv, the Ukrainian defence ministry said.", want{actor: "RUS", source: "UKR", modality: "reported"}},
	{"RETREAT", "Israel will not withdraw its forces from southern Lebanon.", want{actor: "ISR", modality: "negated"}},
	{"RETREAT", "The withdrawal of French troops from Niger was completed in December.", want{actor: "FRA", target: "NER"}},

	// REQUEST
	{"REQUEST", "Ukraine asked Germany for long-range missiles.", want{actor: "UKR", target: "DEU"}},
	{"REQUEST", "The Philippines urged China to stop harassing its vessels.", want{actor: "PHL", target: "CHN"}},
	{"REQUEST", "South Africa called on Israel to halt the offensive.", want{actor: "ZAF", target: "ISR"}},
	{"REQUEST", "Kenya appealed to the international community for famine relief.", want{actor: "KEN"}},
	{"REQUEST", "Poland demanded that Belarus close the migrant camps.", want{actor: "POL", target: "BLR"}},
	{"REQUEST", "Lebanon's request for help from France was answered within hours.", want{actor: "LBN", target: "FRA"}},
	{"REQUEST", "Iraq was asked by the United States to expel the militias.", want{actor: "USA", target: "IRQ"}},
	{"REQUEST", "Zelensky urges allies to speed up arms deliveries", want{actor: "UKR"}},
	{"REQUEST", "Japan pressed South Korea to honour the agreement.", want{actor: "JPN", target: "KOR"}},
	{"REQUEST", "\"We call on Russia to return the children,\" the French foreign minister said.", want{actor: "FRA", target: "RUS"}},
	{"REQUEST", "Greece may ask the European Union for emergency funds.", want{actor: "GRC", target: "European Union", modality: "hypothetical"}},
	{"REQUEST", "Armenia sought Russian help against Azerbaijan.", want{actor: "ARM", target: "RUS"}},

	// ACCUSE
	{"ACCUSE", "China accused Japan of provoking tensions.", want{actor: "CHN", target: "JPN"}},
	{"ACCUSE", "Pakistan blamed India for the attack in Kashmir.", want{actor: "PAK", target: "IND"}},
	{"ACCUSE", "Ukraine condemned Russia's strike on a hospital in Kharkiv.", want{actor: "UKR", target: "RUS"}},
	{"ACCUSE", "Turkey criticised Sweden for allowing the protest.", want{actor: "TUR", target: "SWE"}},
	{"ACCUSE", "Seoul denounced Pyongyang's missile launch.", want{actor: "KOR", target: "PRK"}},
	{"ACCUSE", "Azerbaijan's accusation against Armenia came after a border clash.", want{actor: "AZE", target: "ARM"}},
	{"ACCUSE", "Russia was accused by Britain of poisoning the former spy.", want{actor: "GBR", target: "RUS"}},
	{"ACCUSE", "Iran blames Israel for attack on nuclear facility", want{actor: "IRN", target: "ISR"}},
	{"ACCUSE", "Colombia filed a complaint against Venezuela at the Organization of American States.", want{actor: "COL", target: "VEN"}},
	{"ACCUSE", "Lithuania has accused Belarus of sending migrants across the border, according to the Lithuanian interior minister.", want{actor: "LTU", target: "BLR", source: "LTU", modality: "reported"}},
	{"ACCUSE", "Germany did not criticise Israel.", want{actor: "DEU", target: "ISR", modality: "negated"}},
	{"ACCUSE", "Canada charged that India was behind the killing.", want{actor: "CAN", target: "IND"}},

	// REJECT
	{"REJECT", "Iran rejects US offer of talks", want{actor: "IRN", target: "USA"}},
	{"REJECT", "North Korea refused to return to negotiations with the United States.", want{actor: "PRK", target: "USA"}},
	{"REJECT", "Israel dismissed the Egyptian ceasefire proposal.", want{actor: "ISR", target: "EGY"}},
	{"REJECT", "Russia vetoed the Security Council resolution on Syria.", want{actor: "RUS"}},
	{"REJECT", "Denmark turned down the American offer to buy Greenland.", want{actor: "DNK", target: "USA"}},
	{"REJECT", "Venezuela's rejection of the Brazilian plan angered Brasilia.", want{actor: "VEN", target: "BRA"}},
	{"REJECT", "The Chinese proposal was rejected by India.", want{actor: "IND", target: "CHN"}},
	{"REJECT", "Hungary blocked the European Union's aid package for Ukraine.", want{actor: "HUN"}},
	{"REJECT", "Ethiopia refused Egypt's call for binding rules on the dam.", want{actor: "ETH", target: "EGY"}},
	{"REJECT", "Taiwan rejected China's unification proposal, the Taiwanese presidential office said.", want{actor: "TWN", target: "CHN", source: "TWN", modality: "reported"}},
	{"REJECT", "Turkey may reject Finland's application.", want{actor: "TUR", target: "FIN", modality: "hypothetical"}},
	{"REJECT", "Argentina denied Britain's claims to the islands.", want{actor: "ARG", target: "GBR"}},

	// THREATEN
	{"THREATEN", "North Korea threatened to attack South Korea.", want{actor: "PRK", target: "KOR"}},
	{"THREATEN", "China warned Taiwan of consequences if it declared independence.", want{actor: "CHN", target: "TWN"}},
	{"THREATEN", "The United States threatened Iran with new sanctions.", want{actor: "USA", target: "IRN"}},
	{"THREATEN", "Russia's threat to cut gas supplies to Moldova alarmed Chisinau.", want{actor: "RUS", target: "MDA"}},
	{"THREATEN", "Turkey threatens military operation against Syrian Kurds", want{actor: "TUR", target: "SYR"}},
	{"THREATEN", "Azerbaijan issued an ultimatum to Armenian forces in Karabakh.", want{actor: "AZE", target: "ARM"}},
	{"THREATEN", "Guyana was threatened by Venezuela with the annexation of the Essequibo region.", want{actor: "VEN", target: "GUY"}},
	{"THREATEN", "India warned Pakistan that it would retaliate.", want{actor: "IND", target: "PAK"}},
	{"THREATEN", "Beijing threatened to expel the Lithuanian ambassador.", want{actor: "CHN", target: "LTU"}},
	{"THREATEN", "Russia will respond with force if Finland hosts nuclear weapons, the Kremlin said.", want{actor: "RUS", target: "FIN"}},
	{"THREATEN", "Greece has not threatened Turkey with force.", want{actor: "GRC", target: "TUR", modality: "negated"}},
	{"THREATEN", "Israel vowed to retaliate against Iran.", want{actor: "ISR", target: "IRN"}},

	// PROTEST
	{"PROTEST", "Thousands of people protested against the government in Belgrade on Saturday.", want{}},
	{"PROTEST", "Farmers demonstrated outside the European Parliament in Brussels.", want{}},
	{"PROTEST", "Protesters rallied in Tbilisi against the foreign agents law.", want{}},
	{"PROTEST", "Students staged a sit-in at the university in Dhaka.", want{}},
	{"PROTEST", "The opposition boycotted the election in Venezuela.", want{mode: "boycott"}},
	{"PROTEST", "Hundreds of Kenyans marched on parliament in Nairobi.", want{}},
	{"PROTEST", "Riots broke out in Dakar after the opposition leader was arrested.", want{}},
	{"PROTEST", "Israelis protest judicial overhaul for tenth week", want{}},
	{"PROTEST", "A jailed activist went on hunger strike in Cairo.", want{}},
	{"PROTEST", "The demonstration against the Chinese embassy in Manila drew thousands.", want{target: "CHN"}},
	{"PROTEST", "Workers went on strike in Argentina against the austerity plan, union leaders said.", want{}},
	{"PROTEST", "Armenians protested outside the Russian embassy in Yerevan.", want{target: "RUS"}},

	// SANCTION
	{"SANCTION", "The European Union imposed sanctions on Iran.", want{actor: "European Union", target: "IRN"}},
	{"SANCTION", "Poland expelled two Russian diplomats.", want{mode: "expel", actor: "POL", target: "RUS"}},
	{"SANCTION", "Niger cut diplomatic ties with Ukraine.", want{actor: "NER", target: "UKR"}},
	{"SANCTION", "The United States halted aid to Myanmar after the coup.", want{actor: "USA", target: "MMR"}},
	{"SANCTION", "Morocco recalled its ambassador from Algeria.", want{actor: "MAR", target: "DZA"}},
	{"SANCTION", "Australia's sanctions against Russian officials took effect on Friday.", want{actor: "AUS", target: "RUS"}},
	{"SANCTION", "New sanctions were imposed on North Korea by Japan.", want{actor: "JPN", target: "PRK"}},
	{"SANCTION", "Canada suspends arms exports to Israel", want{actor: "CAN", target: "ISR"}},
	{"SANCTION", "China banned imports of Japanese seafood.", want{actor: "CHN", target: "JPN"}},
	{"SANCTION", "Britain will freeze the assets of Belarusian officials, the Foreign Office said.", want{actor: "GBR", target: "BLR"}},
	{"SANCTION", "India has not imposed sanctions on Russia.", want{actor: "IND", target: "RUS", modality: "negated"}},
	{"SANCTION", "Algeria broke off relations with Morocco in 2021.", want{actor: "DZA", target: "MAR"}},

	// MOBILIZE
	{"MOBILIZE", "Russia massed troops on the Ukrainian border.", want{actor: "RUS"}},
	{"MOBILIZE", "Ukraine called up 100,000 reservists.", want{actor: "UKR"}},
	{"MOBILIZE", "China deployed warships near Taiwan.", want{actor: "CHN"}},
	{"MOBILIZE", "Venezuela mobilised its armed forces near the border with Guyana.", want{actor: "VEN"}},
	{"MOBILIZE", "Poland put its air force on high alert.", want{actor: "POL"}},
	{"MOBILIZE", "Thousands of soldiers were deployed by India along the border with China.", want{actor: "IND"}},
	{"MOBILIZE", "Serbia raises combat readiness of army near Kosovo", want{actor: "SRB"}},
	{"MOBILIZE", "Israel mobilised 300,000 reservists after the attack.", want{actor: "ISR"}},
	{"MOBILIZE", "North Korea has moved missile launchers to the coast, the South Korean military said.", want{actor: "PRK", source: "KOR", modality: "reported"}},
	{"MOBILIZE", "Belarus has not massed troops on the border with Lithuania.", want{actor: "BLR", modality: "negated"}},
	{"MOBILIZE", "Armenia put its army on combat alert.", want{actor: "ARM"}},
	{"MOBILIZE", "The mobilisation of Iranian reserve forces began on Monday.", want{actor: "IRN"}},

	// COERCE
	{"COERCE", "Iranian authorities arrested a French tourist in Tehran.", want{actor: "IRN", target: "FRA"}},
	{"COERCE", "Russia detained an American journalist.", want{actor: "RUS", target: "USA"}},
	{"COERCE", "China seized a Philippine fishing boat.", want{actor: "CHN", target: "PHL"}},
	{"COERCE", "Tunisia deported hundreds of migrants to Libya.", want{actor: "TUN"}},
	{"COERCE", "The Thai government imposed a curfew in Bangkok.", want{actor: "THA"}},
	{"COERCE", "Nicaragua banned the main opposition party.", want{actor: "NIC"}},
	{"COERCE", "Two Canadian citizens were detained by China.", want{actor: "CHN", target: "CAN"}},
	{"COERCE", "Hong Kong police arrest pro-democracy activists", want{}},
	{"COERCE", "The Iranian navy's seizure of a British tanker raised tensions.", want{actor: "IRN", target: "GBR"}},
	{"COERCE", "Belarus has jailed opposition leaders, human rights groups said.", want{actor: "BLR", modality: "reported"}},
	{"COERCE", "Georgia did not arrest the Russian pilot.", want{actor: "GEO", target: "RUS", modality: "negated"}},
	{"COERCE", "Egypt declared a state of emergency.", want{actor: "EGY"}},

	// ASSAULT
	{"ASSAULT", "Russian missiles struck Odesa overnight.", want{actor: "RUS", target: "UKR"}},
	{"ASSAULT", "Israel bombed targets in Lebanon.", want{actor: "ISR", target: "LBN"}},
	{"ASSAULT", "Ukrainian drones attacked an oil refinery in Russia.", want{actor: "UKR", target: "RUS"}},
	{"ASSAULT", "The United States killed an Iranian general in a drone strike in Baghdad.", want{actor: "USA", target: "IRN"}},
	{"ASSAULT", "North Korean soldiers shot a South Korean fisherman.", want{actor: "PRK", target: "KOR"}},
	{"ASSAULT", "Turkey's air strikes on northern Iraq killed six people.", want{actor: "TUR", target: "IRQ"}},
	{"ASSAULT", "Two Pakistani soldiers were killed by Afghan forces.", want{actor: "AFG", target: "PAK"}},
	{"ASSAULT", "Sudan's army shells Khartoum suburbs", want{actor: "SDN"}},
	{"ASSAULT", "Yemen's Houthis fired missiles at an American destroyer.", want{actor: "YEM", target: "USA"}},
	{"ASSAULT", "Russia shelled the city of Kharkiv, the Ukrainian military said.", want{actor: "RUS", target: "UKR", source: "UKR", modality: "reported"}},
	{"ASSAULT", "Azerbaijan did not attack Armenian positions.", want{actor: "AZE", target: "ARM", modality: "negated"}},
	{"ASSAULT", "The invasion of Ukraine by Russia began in February 2022.", want{actor: "RUS", target: "UKR"}},
}

// noEventENCases are sentences written for dossier that name countries,
// firms and people but report no political event: sport, business, markets,
// weather, and reporting alone.
var noEventENCases = []string{
	"Germany beat France 2-1 in the World Cup qualifier.",
	"Japan defeated Australia in the rugby final.",
	"Brazil's economy grew 2.9 percent last year.",
	"The yen weakened against the dollar on Tuesday.",
	"Heavy rain flooded parts of Bangladesh on Monday.",
	"A strong earthquake hit central Turkey.",
	"Toyota recalled 500,000 cars in the United States.",
	"Oil prices rose after OPEC cut output.",
	"The Indian cricket team arrived in London for the tour.",
	"Shares in Samsung fell 3 percent in Seoul.",
	"China's exports to the European Union rose in March.",
	"The Kenyan runner won the Boston marathon.",
	"A heatwave struck Spain and Portugal this week.",
	"Italy's central bank kept interest rates unchanged.",
	"The minister said the report would be published next week.",
	"Officials in Canada said the census data would be released in June.",
	"Argentina's inflation slowed to 3 percent in April.",
	"The French film won the top prize at the Berlin festival.",
	"Norway's sovereign wealth fund reported a record profit.",
	"Mexico hosted the Formula One Grand Prix on Sunday.",
	"Real Madrid signed a Brazilian striker for 60 million euros.",
	"The Australian team attacked from the start and scored twice.",
	"Snow closed roads across Poland on Thursday.",
	"Wildfires forced thousands to flee their homes in Greece.",
	"The Chinese carmaker BYD opened a factory in Hungary.",
	"Volkswagen agreed to buy a stake in the American start-up.",
	"The Swiss tennis player withdrew from the tournament with an injury.",
	"Russia's wheat harvest is expected to fall this year.",
	"Nigeria's central bank raised its benchmark rate to 27 percent.",
	"The ministry published its annual report on Friday.",
	"South Korea's population fell for the fifth year.",
	"The storm hit the Philippines with winds of 200 kilometres an hour.",
	"Indian Railways ordered 100 new locomotives from a German firm.",
	"The Dutch government announced a new budget on Tuesday.",
	"Egypt's tourism revenue rose to a record 14 billion dollars.",
	"The Japanese skater defended her world title in Montreal.",
	"Kenya will host the African athletics championships next year.",
	"The American president told reporters he would travel to Texas.",
	"The British economy contracted in the third quarter, official figures showed.",
	"The Polish coach praised his players after the match.",
	"Ukraine's grain exports fell sharply in January.",
	"France's Total signed a gas supply contract with a Qatari company.",
}

// TestPloverTypesENScore prints per-type recall on the own type sentences
// and the events found in the no-event sentences; it fails on nothing (the
// table test holds the cases).
func TestPloverTypesENScore(t *testing.T) {
	if testing.Short() {
		t.Skip("scoring only")
	}
	st := parsedStages(t)
	t.Run("fitted", func(t *testing.T) { scoreTypes(t, st, ploverTypeENCases, noEventENCases) })
	t.Run("fresh", func(t *testing.T) { scoreTypes(t, st, freshTypeENCases, freshNoEventENCases) })
}

func scoreTypes(t *testing.T, st *stages, cases []typeCase, none []string) {
	hit, typed, total := map[string]int{}, map[string]int{}, map[string]int{}
	var misses []string
	for _, c := range cases {
		d := st.doc(t, "en", "2025-03-10", c.text)
		w := c.w
		w.typ = c.typ
		total[c.typ]++
		if findEvent(st, d, w) != nil {
			hit[c.typ]++
			continue
		}
		for _, e := range d.Events {
			if e.Type == c.typ {
				typed[c.typ]++
				break
			}
		}
		misses = append(misses, fmt.Sprintf("%s %q want %+v\n%s", c.typ, c.text, c.w, describe(st, d)))
	}
	var types []string
	for typ := range total {
		types = append(types, typ)
	}
	sort.Strings(types)
	var b strings.Builder
	all, allHit := 0, 0
	for _, typ := range types {
		fmt.Fprintf(&b, "%-10s %2d/%2d (type only +%d)\n", typ, hit[typ], total[typ], typed[typ])
		all += total[typ]
		allHit += hit[typ]
	}
	fmt.Fprintf(&b, "all        %d/%d = %.3f\n", allHit, all, float64(allHit)/float64(all))
	falseEvents, falseSents := 0, 0
	for _, text := range none {
		d := st.doc(t, "en", "2025-03-10", text)
		if len(d.Events) > 0 {
			falseSents++
			falseEvents += len(d.Events)
			misses = append(misses, fmt.Sprintf("NONE %q\n%s", text, describe(st, d)))
		}
	}
	fmt.Fprintf(&b, "no-event sentences: %d of %d with events, %d events\n", falseSents, len(none), falseEvents)
	t.Log("\n" + b.String())
	for _, m := range misses {
		t.Log(m)
	}
}

// freshTypeENCases and freshNoEventENCases were written after the rules of
// this round were fitted to ploverTypeENCases and noEventENCases, with
// other verbs and constructions, and scored once: a check that the fixes
// carry over to sentences they were not made for.
var freshTypeENCases = []typeCase{
	{"AGREE", "Egypt offered to host a new round of talks between Sudan's warring factions.", want{actor: "EGY"}},
	{"AGREE", "Pakistan and Afghanistan agreed on Sunday to reopen the Torkham crossing.", want{actor: "PAK", target: "AFG"}},
	{"AGREE", "The peace deal between Rwanda and Congo was welcomed in Washington.", want{actor: "RWA", target: "COD"}},
	{"AGREE", "Ghana promised Nigeria that it would return the seized cargo.", want{actor: "GHA", target: "NGA"}},
	{"CONSULT", "The Turkish president hosted his Hungarian counterpart in Ankara on Tuesday.", want{actor: "TUR", target: "HUN"}},
	{"CONSULT", "Representatives of Chile and Bolivia negotiated in Lima for three days.", want{actor: "CHL", target: "BOL"}},
	{"CONSULT", "Modi's visit to Moscow drew criticism in Kyiv.", want{actor: "IND", target: "RUS"}},
	{"CONSULT", "The Spanish foreign minister held telephone talks with his Algerian counterpart.", want{actor: "ESP", target: "DZA"}},
	{"SUPPORT", "Italy welcomed Albania's decision to join the migration pact.", want{actor: "ITA", target: "ALB"}},
	{"SUPPORT", "Estonia expressed support for Moldova's pro-European course.", want{actor: "EST", target: "MDA"}},
	{"SUPPORT", "Kazakhstan has endorsed Russia's candidate for the post.", want{actor: "KAZ", target: "RUS"}},
	{"SUPPORT", "Brazil applauded Colombia for its peace efforts.", want{actor: "BRA", target: "COL"}},
	{"CONCEDE", "Serbia finally gave in to Western pressure over the mine.", want{actor: "SRB"}},
	{"CONCEDE", "Facing protests, the Peruvian government accepted the miners' demands.", want{actor: "PER"}},
	{"CONCEDE", "Lebanon bowed to American demands and disarmed the militia.", want{actor: "LBN", target: "USA"}},
	{"CONCEDE", "The Kenyan president stepped down after the protests.", want{actor: "KEN"}},
	{"COOPERATE", "Spain and Morocco will conduct joint naval patrols in the strait.", want{actor: "ESP", target: "MAR"}},
	{"COOPERATE", "Thailand extradited a Russian suspect to the United States.", want{actor: "THA", target: "USA"}},
	{"COOPERATE", "Greece is cooperating with Italy on migrant rescues.", want{actor: "GRC", target: "ITA"}},
	{"COOPERATE", "Japan and South Korea shared radar data on the missile launch.", want{actor: "JPN", target: "KOR"}},
	{"AID", "Sweden will deliver fighter jets to Ukraine.", want{mode: "military", actor: "SWE", target: "UKR"}},
	{"AID", "The World Bank granted Kenya a loan of 1 billion dollars.", want{target: "KEN"}},
	{"AID", "India shipped rice and medicine to Sri Lanka.", want{actor: "IND", target: "LKA"}},
	{"AID", "Australia provided disaster relief to Tonga after the eruption.", want{actor: "AUS", target: "TON"}},
	{"RETREAT", "Ethiopia pulled its troops out of Somalia.", want{actor: "ETH"}},
	{"RETREAT", "Venezuela freed six American prisoners on Saturday.", want{actor: "VEN", target: "USA"}},
	{"RETREAT", "The European Union eased sanctions on Belarusian potash.", want{actor: "European Union", target: "BLR"}},
	{"RETREAT", "Armenia handed over the remains of Azerbaijani soldiers.", want{actor: "ARM", target: "AZE"}},
	{"REQUEST", "Haiti requested a foreign force from the United Nations.", want{actor: "HTI"}},
	{"REQUEST", "Moldova asked the European Union for help with energy.", want{actor: "MDA", target: "European Union"}},
	{"REQUEST", "Egypt urged Ethiopia to stop filling the dam.", want{actor: "EGY", target: "ETH"}},
	{"REQUEST", "Latvia demanded that Russia return the deported children.", want{actor: "LVA", target: "RUS"}},
	{"ACCUSE", "Iraq condemned the Turkish air strikes on its territory.", want{actor: "IRQ", target: "TUR"}},
	{"ACCUSE", "Thailand accused Cambodia of laying new landmines.", want{actor: "THA", target: "KHM"}},
	{"ACCUSE", "Venezuela criticized Guyana's oil deals.", want{actor: "VEN", target: "GUY"}},
	{"ACCUSE", "Poland blamed Belarus for the border incident.", want{actor: "POL", target: "BLR"}},
	{"REJECT", "Iran refused to allow inspectors into the site.", want{actor: "IRN"}},
	{"REJECT", "Afghanistan rejected Pakistan's demands.", want{actor: "AFG", target: "PAK"}},
	{"REJECT", "Egypt turned down Israel's proposal on the Rafah crossing.", want{actor: "EGY", target: "ISR"}},
	{"REJECT", "Slovakia vetoed the EU statement on Ukraine.", want{actor: "SVK"}},
	{"THREATEN", "Iran threatened to close the Strait of Hormuz.", want{actor: "IRN"}},
	{"THREATEN", "Turkey threatened Greece with war over the islands.", want{actor: "TUR", target: "GRC"}},
	{"THREATEN", "China threatened sanctions against the Czech Republic.", want{actor: "CHN", target: "CZE"}},
	{"THREATEN", "Azerbaijan threatened to retake the region by force.", want{actor: "AZE"}},
	{"PROTEST", "Thousands of Georgians rallied in Tbilisi against the government.", want{}},
	{"PROTEST", "Miners went on strike in Chile over pay.", want{}},
	{"PROTEST", "Students protested outside the American embassy in Jakarta.", want{target: "USA"}},
	{"PROTEST", "Opposition supporters boycotted the vote in Serbia.", want{}},
	{"SANCTION", "Canada expelled a Chinese diplomat.", want{actor: "CAN", target: "CHN"}},
	{"SANCTION", "The United States imposed sanctions on Iranian oil companies.", want{actor: "USA", target: "IRN"}},
	{"SANCTION", "Mali severed diplomatic relations with Ukraine.", want{actor: "MLI", target: "UKR"}},
	{"SANCTION", "Lithuania recalled its ambassador from China.", want{actor: "LTU", target: "CHN"}},
	{"MOBILIZE", "Pakistan deployed troops along the Afghan border.", want{actor: "PAK"}},
	{"MOBILIZE", "Russia mobilised 300,000 reservists.", want{actor: "RUS"}},
	{"MOBILIZE", "Greece put its navy on alert.", want{actor: "GRC"}},
	{"MOBILIZE", "Ethiopia massed troops near the Eritrean border.", want{actor: "ETH"}},
	{"COERCE", "Egyptian police arrested dozens of protesters in Cairo.", want{actor: "EGY"}},
	{"COERCE", "Iran seized a Greek oil tanker.", want{actor: "IRN", target: "GRC"}},
	{"COERCE", "The Turkish government banned the pro-Kurdish party.", want{actor: "TUR"}},
	{"COERCE", "Chinese authorities detained a Japanese businessman.", want{actor: "CHN", target: "JPN"}},
	{"ASSAULT", "Israeli jets bombed a camp in Syria.", want{actor: "ISR", target: "SYR"}},
	{"ASSAULT", "Russian troops attacked the town of Pokrovsk.", want{actor: "RUS"}},
	{"ASSAULT", "Pakistan's air strikes on Afghanistan killed eight people.", want{actor: "PAK", target: "AFG"}},
	{"ASSAULT", "A Ukrainian drone hit a Russian oil depot.", want{actor: "UKR", target: "RUS"}},
}

var freshNoEventENCases = []string{
	"Spain beat Italy in the Euro semi-final.",
	"The Brazilian striker scored twice against Argentina.",
	"Canada's dollar rose against the US currency.",
	"A typhoon struck southern China on Wednesday.",
	"Floods hit northern India after days of rain.",
	"Shares of Sony rose after the results.",
	"The Mexican peso fell against the dollar.",
	"Germany's exports to China fell in May.",
	"The Italian chef opened a restaurant in Tokyo.",
	"The Greek shipping firm bought two tankers from a Korean yard.",
	"Qatar hosted the football World Cup in 2022.",
	"Poland's inflation rate fell to 4 percent.",
	"An Australian swimmer won gold in Paris.",
	"Heavy snow paralysed traffic in Moscow.",
	"The Indian central bank cut its key rate.",
	"Japanese investors bought more American bonds.",
	"The Kenyan athlete withdrew from the race.",
	"The ministry said the new figures would be published on Friday.",
	"Turkey's central bank raised interest rates again.",
}

// knownMissEN are the own sentences the extractor still gets wrong, with
// why; the table test reports them and fails once one comes out right, so
// that it is taken off the list.
var knownMissEN = map[string]string{
	"Iran and Oman signed an agreement on maritime security on Tuesday.":                 "signing is SUPPORT in CAMEO (057); the expectation said AGREE",
	"India may sign a nuclear deal with France next month.":                              "signing is SUPPORT in CAMEO (057); the expectation said AGREE",
	"A security agreement was reached by Canada and Mexico on Friday.":                   "a light verb's passive names no actor for its noun",
	"\"Norway stands with Ukraine,\" the Norwegian prime minister said.":                 "\"stand with\" is no trigger; a quote's speaker is not its subject",
	"Belarus yielded to pressure from Poland and reopened the crossing.":                 "the target is in the from-phrase of the to-phrase",
	"Indonesia and Malaysia are working together on border patrols.":                     "\"work together\" is no trigger (a curated work row would open the generated ones)",
	"Zelensky urges allies to speed up arms deliveries":                                  "headline: no target, and the actor is lost",
	"Russia's threat to cut gas supplies to Moldova alarmed Chisinau.":                   "a to-infinitive after a noun is not split off as the noun's content",
	"Russia will respond with force if Finland hosts nuclear weapons, the Kremlin said.": "a conditional use of force is no trigger",
	"China banned imports of Japanese seafood.":                                          "CAMEO codes an import ban as COERCE; the expectation said SANCTION",
	"Serbia raises combat readiness of army near Kosovo":                                 "headline: \"raise readiness\" is no trigger",
	"The mobilisation of Iranian reserve forces began on Monday.":                        "a noun event with no target is dropped",
	"Pakistan and Afghanistan agreed on Sunday to reopen the Torkham crossing.":          "a place the knowledge base lacks is taken as target",
	"Thailand extradited a Russian suspect to the United States.":                        "the suspect's nationality is taken as target before the to-phrase",
	"The Chinese company signed a deal with a Brazilian mining group.":                   "a group is no business noun: firms read as their states",
}

// TestPloverTypesEN holds the own type sentences as a table: every
// expected event comes out and the no-event sentences give none, except
// the known misses.
func TestPloverTypesEN(t *testing.T) {
	st := parsedStages(t)
	runTypeTable(t, st, ploverTypeENCases, noEventENCases, knownMissEN)
	runTypeTable(t, st, freshTypeENCases, freshNoEventENCases, knownMissEN)
}

// runTypeTable runs own type sentences and no-event sentences as subtests.
// A sentence in known is reported, not failed, and fails once it comes out
// right, so that it is taken off the list.
func runTypeTable(t *testing.T, st *stages, cases []typeCase, none []string, known map[string]string) {
	t.Helper()
	check := func(t *testing.T, text string, ok bool, got func() string) {
		t.Helper()
		why, isKnown := known[text]
		switch {
		case isKnown && ok:
			t.Errorf("%q now comes out right: take it off the known misses", text)
		case isKnown:
			t.Logf("known miss (%s)", why)
		case !ok:
			t.Errorf("%q:\n%s", text, got())
		}
	}
	for _, c := range cases {
		t.Run(c.typ+"/"+c.text, func(t *testing.T) {
			d := st.doc(t, "en", "2025-03-10", c.text)
			w := c.w
			w.typ = c.typ
			check(t, c.text, findEvent(st, d, w) != nil, func() string {
				return fmt.Sprintf("no event %+v\nhave:\n%s", w, describe(st, d))
			})
		})
	}
	for _, text := range none {
		t.Run("none/"+text, func(t *testing.T) {
			d := st.doc(t, "en", "2025-03-10", text)
			check(t, text, len(d.Events) == 0, func() string { return "events where none are:\n" + describe(st, d) })
		})
	}
}

// businessKindsEN are own sentences for kinds of false events met in
// Reuters business stories: an agentless closure, a letter sent with an
// infinitive far after it, private exporters.
var businessKindsEN = []extractCase{
	{name: "an agentless closure is no state's", lang: "en", dct: "1987-03-10",
		text: "Two warehouses will be closed in Denver and Dallas next year.",
		none: []string{"COERCE", "SANCTION"}},
	{name: "an agentless arrest still is", lang: "en", dct: "1987-03-10",
		text: "Two journalists were arrested in Lima on Monday.",
		want: []want{{typ: "COERCE", actor: "PER"}}},
	{name: "a letter sent is no aid", lang: "en", dct: "1987-03-10",
		text: "He said Peru had sent Chile a letter today asking that the talks be delayed to allow more time.",
		none: []string{"AID"}},
	{name: "farmers who export", lang: "en", dct: "1987-03-10",
		text: "The tariff would hurt Canadian wheat farmers, who export grain worth 2 billion dlrs to the European Union.",
		none: []string{"COOPERATE", "AID"}},
	{name: "a state that exports arms", lang: "en", dct: "1987-03-10",
		text: "France exported arms worth 2 billion dlrs to Iraq.",
		want: []want{{typ: "AID", actor: "FRA", target: "IRQ"}}},
}

func TestBusinessKindsEN(t *testing.T) {
	runExtractCases(t, parsedStages(t), businessKindsEN)
}

// amountENCases: a figure that moves is no act, an act with a number after
// it still is.
var amountENCases = []extractCase{
	{name: "output declined to a figure", lang: "en", dct: "1987-03-10",
		text: "Ford said its Canadian truck output declined to 41,200 from 45,900 a year earlier.",
		none: []string{"REJECT"}},
	{name: "declined an offer", lang: "en", dct: "1987-03-10",
		text: "Canada declined an offer of talks from France.",
		want: []want{{typ: "REJECT", actor: "CAN", target: "FRA"}}},
	{name: "killed by a number of troops", lang: "en", dct: "1987-03-10",
		text: "Two Kenyan soldiers were killed by 40 Somali troops near the border.",
		want: []want{{typ: "ASSAULT", actor: "SOM", target: "KEN"}}},
}

func TestAmountEN(t *testing.T) {
	runExtractCases(t, parsedStages(t), amountENCases)
}

var occupyENCases = []extractCase{
	{name: "farmers occupying buildings protest", lang: "en", dct: "1987-03-10",
		text: "Angry Portuguese farmers occupied government offices in Lisbon on Monday.",
		want: []want{{typ: "PROTEST", actor: "PRT"}}, none: []string{"COERCE"}},
	{name: "troops occupying buildings coerce", lang: "en", dct: "1987-03-10",
		text: "Russian troops occupied government offices in Kherson on Monday.",
		none: []string{"PROTEST"}},
}

func TestOccupyEN(t *testing.T) {
	runExtractCases(t, parsedStages(t), occupyENCases)
}
