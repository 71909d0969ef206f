package event_test

import "testing"

// missKindENCases were written before the fixes of this round, for the
// kinds of miss left in knownMissEN (headline present tense read as a
// noun, "we" inside a quote, protest nouns with only a place, a relative
// clause's object as its antecedent, agent nouns), with other words than
// the sentences the fixes were made for: they tell whether a fix carries
// over. The expectations were written before the sentences were run.
var missKindENCases = []typeCase{
	// headline present tense
	{"ASSAULT", "Israel strikes Hezbollah targets in Lebanon", want{actor: "ISR"}},
	{"ASSAULT", "Turkey shells Kurdish positions in northern Syria", want{actor: "TUR"}},
	{"ASSAULT", "Russia bombs Ukrainian power plants", want{actor: "RUS", target: "UKR"}},
	{"CONSULT", "Egypt hosts talks between Israel and Hamas", want{actor: "EGY"}},
	{"AID", "India supplies fuel to Nepal", want{actor: "IND", target: "NPL"}},
	{"AID", "Norway funds water projects in Somalia", want{actor: "NOR"}},
	{"COOPERATE", "Canada shares satellite images with Ukraine", want{actor: "CAN", target: "UKR"}},
	// "we" inside a quote
	{"ACCUSE", "\"We condemn the attack on our embassy,\" the Polish foreign minister said.", want{actor: "POL"}},
	{"REQUEST", "\"We urge Serbia to respect the agreement,\" the German chancellor said.", want{actor: "DEU", target: "SRB"}},
	{"MOBILIZE", "\"We will send more troops to the border,\" the Indian defence minister said.", want{actor: "IND"}},
	// protest with only a place
	{"PROTEST", "Protests erupted in Nairobi over the new tax law.", want{actor: "KEN"}},
	{"PROTEST", "Demonstrations spread across Tbilisi on Sunday.", want{actor: "GEO"}},
	{"PROTEST", "A general strike paralysed Buenos Aires on Thursday.", want{actor: "ARG"}},
	// a relative clause's object is its antecedent
	{"AID", "The aid that Japan sent Ukraine last year was worth billions.", want{actor: "JPN", target: "UKR"}},
	{"AID", "The jets that the Netherlands delivered to Ukraine arrived in May.", want{actor: "NLD", target: "UKR"}},
	{"SANCTION", "The sanctions that Canada imposed on Iran remain in force.", want{actor: "CAN", target: "IRN"}},
	// agent nouns
	{"PROTEST", "Teachers went on strike in Nigeria over unpaid salaries.", want{actor: "NGA"}},
	{"PROTEST", "Nurses walked out in Britain over pay.", want{actor: "GBR"}},
	{"PROTEST", "Dockworkers went on strike in Argentina on Monday.", want{actor: "ARG"}},
	{"PROTEST", "Supporters of the jailed opposition leader rallied in Istanbul.", want{actor: "TUR"}},
	{"PROTEST", "Students staged a sit-in in Dhaka.", want{actor: "BGD"}},
}

// missKindNoneEN are own sentences of the same kinds that hold no event:
// a headline whose plural is the subject of the verb after it, a "we" of
// the writer, a place with no protest in it.
var missKindNoneEN = []string{
	"Mexico attacks rise in Sinaloa",
	"Japan shares rally on export data",
	"We visited Cuba in the spring.",
	"Crowds of tourists filled the beaches in Croatia.",
	"Apple attacked the smartphone market with a cheaper model.",
}

// knownMissKindEN are the sentences of missKindENCases still wrong, with
// why.
var knownMissKindEN = map[string]string{
	"Norway funds water projects in Somalia":               "\"fund\" is no trigger",
	"Demonstrations spread across Tbilisi on Sunday.":      "\"across\" is no place preposition",
	"A general strike paralysed Buenos Aires on Thursday.": "the place is the verb's object, not a place phrase",
}

func TestMissKindsEN(t *testing.T) {
	runTypeTable(t, parsedStages(t), missKindENCases, missKindNoneEN, knownMissKindEN)
}
