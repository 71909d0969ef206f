package event_test

import "testing"

// participantCases hold classes of participants event data code by their
// owner: a public body or an official the knowledge base lacks, named
// after the country or international body it belongs to, and the one who
// pressed a refusal's actor in vain. The sentences are written for dossier.
var participantCases = []extractCase{
	{name: "a body named after its country acts for it", lang: "en", dct: "2024-03-05",
		text: "The Uganda Revenue Authority accused Kenya of smuggling.",
		want: []want{{typ: "ACCUSE", actor: "UGA", target: "KEN"}}},
	{name: "a police force named after its country acts for it", lang: "en", dct: "2024-03-05",
		text: "The Tanzania Police Force detained three Kenyan traders.",
		want: []want{{typ: "COERCE", actor: "TZA", target: "KEN"}}},
	{name: "an official titled by an international body acts for it, not for the country he speaks of", lang: "en", dct: "2024-03-05",
		text: "Arab League envoy Lakhdar Saleh criticised Israel on Monday.",
		want: []want{{typ: "ACCUSE", actor: "Arab League", target: "ISR"}}},
	{name: "a hyphenated title after an international body", lang: "en", dct: "2024-03-05",
		text: "NATO Secretary-General Jens Moltke praised Poland.",
		want: []want{{typ: "SUPPORT", actor: "NATO", target: "POL"}}},
	{name: "a person's own names are no owner", lang: "en", dct: "2024-03-05",
		text: "Kenya Mbeki criticised Israel on Monday.",
		want: []want{{typ: "ACCUSE", actor: "Kenya Mbeki", target: "ISR"}}},
	{name: "an office of-phrase set before the name by a comma says whose official she is", lang: "en", dct: "2024-03-05",
		text: "The foreign minister of Peru, Ana Rojas, met her Bolivian counterpart.",
		want: []want{{typ: "CONSULT", actor: "PER", target: "BOL"}}},
	{name: "a possessive office before the name", lang: "en", dct: "2024-03-05",
		text: "Peru's defence minister, Luis Quispe, criticised Chile.",
		want: []want{{typ: "ACCUSE", actor: "PER", target: "CHL"}}},
	{name: "a body's office before the name is no state's", lang: "en", dct: "2024-03-05",
		text: "The spokesman of the Tupac Movement, Juan Ccori, criticised Chile.",
		want: []want{{typ: "ACCUSE", actor: "Juan Ccori", target: "CHL"}}},
	{name: "a firm named after its home country is no state body", lang: "en", dct: "2024-03-05",
		text: "Malawi Airlines said it would resume flights to Nairobi in May.",
		none: []string{"COOPERATE"}},
	{name: "who pressed a refusal in vain is its target, after a participle the tagger splits off", lang: "en", dct: "2024-03-05",
		text: "Vice-President Sam Otieno declined to resign despite growing pressure from the Kenya Ethics Board.",
		want: []want{{typ: "REJECT", target: "KEN"}}},
}

// codebookCases hold verb rows read by the dictionary's and PLOVER's
// general definitions.
var codebookCases = []extractCase{
	{name: "welcoming an offer accepts it", lang: "en", dct: "2024-03-05",
		text: "Iran welcomed an offer of talks from Oman.",
		want: []want{{typ: "AGREE", actor: "IRN", target: "OMN"}},
		none: []string{"SUPPORT"}},
	{name: "welcoming an invitation accepts it", lang: "en", dct: "2024-03-05",
		text: "Serbia welcomed the invitation from Hungary.",
		want: []want{{typ: "AGREE", actor: "SRB", target: "HUN"}}},
	{name: "welcoming a result stays praise", lang: "en", dct: "2024-03-05",
		text: "Japan welcomed the election result in Taiwan.",
		want: []want{{typ: "SUPPORT", actor: "JPN"}},
		none: []string{"AGREE"}},
	{name: "welcoming a counterpart hosts him", lang: "en", dct: "2024-03-05",
		text: "Chile welcomed its Argentine counterpart in Santiago.",
		want: []want{{typ: "CONSULT", mode: "host", actor: "CHL", target: "ARG"}}},
}

func TestCodebookCases(t *testing.T) {
	runExtractCases(t, loadStages(t), codebookCases)
}

func TestParticipantCases(t *testing.T) {
	runExtractCases(t, loadStages(t), participantCases)
}
