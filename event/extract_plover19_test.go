package event_test

import "testing"

// transferCases hold classes of phrasing the CAMEO round trip found coded
// wrongly or not at all: the dictionary's patterns written for a verb's
// past form ("# THREW"), and objects that turn a cooperative verb's act
// into a conflict. The sentences are written for dossier.
var transferCases = []extractCase{
	{name: "a pattern named by the verb's past form: throwing grenades", lang: "en", dct: "2024-03-05",
		text: "Rebels in Mali threw grenades at a French patrol.",
		want: []want{{typ: "ASSAULT", actor: "MLI", target: "FRA"}}},
	{name: "a pattern named by the verb's past form: throwing weight behind", lang: "en", dct: "2024-03-05",
		text: "Egypt threw its weight behind the Sudanese army.",
		want: []want{{typ: "SUPPORT", actor: "EGY", target: "SDN"}}},
	{name: "pledging a boycott is a threat", lang: "en", dct: "2024-03-05",
		text: "Serbia pledged a boycott of the regional summit hosted by Albania.",
		want: []want{{typ: "THREATEN", actor: "SRB"}},
		none: []string{"AGREE"}},
	{name: "pledging a crackdown is a threat", lang: "en", dct: "2024-03-05",
		text: "The Greek government pledged a crackdown on Albanian smugglers.",
		want: []want{{typ: "THREATEN", actor: "GRC"}},
		none: []string{"AGREE"}},
	{name: "pledging support stays a promise", lang: "en", dct: "2024-03-05",
		text: "Chile pledged support for Peru.",
		want: []want{{typ: "AGREE", actor: "CHL", target: "PER"}},
		none: []string{"THREATEN"}},
	{name: "withdrawing an ambassador is a sanction, as recalling one", lang: "en", dct: "2024-03-05",
		text: "Hungary withdrew its ambassador from Slovakia.",
		want: []want{{typ: "SANCTION", mode: "withdraw", actor: "HUN", target: "SVK"}},
		none: []string{"RETREAT"}},
	{name: "withdrawing an offer is a sanction", lang: "en", dct: "2024-03-05",
		text: "Germany withdrew its offer of aid to Greece.",
		want: []want{{typ: "SANCTION", actor: "DEU", target: "GRC"}},
		none: []string{"RETREAT"}},
	{name: "withdrawing troops stays a retreat", lang: "en", dct: "2024-03-05",
		text: "Turkey withdrew its troops from northern Syria.",
		want: []want{{typ: "RETREAT", actor: "TUR", target: "SYR"}},
		none: []string{"SANCTION"}},
	{name: "deploying troops stays a mobilisation, not the dictionary's military aid", lang: "en", dct: "2024-03-05",
		text: "Russia deployed troops.",
		want: []want{{typ: "MOBILIZE", actor: "RUS"}},
		none: []string{"AID"}},
	{name: "the receiver of weapons is the target, the giver the actor", lang: "en", dct: "2024-03-05",
		text: "Armenia received modern rifles from India.",
		want: []want{{typ: "AID", actor: "IND", target: "ARM"}}},
	{name: "received weapons without a giver are no event of the receiver", lang: "en", dct: "2024-03-05",
		text: "Armenia received modern rifles last year.",
		none: []string{"AID"}},
	{name: "adding sanctions is the subject's sanction", lang: "en", dct: "2024-03-05",
		text: "The European Union added fresh sanctions against Belarus on Friday.",
		want: []want{{typ: "SANCTION", actor: "European Union", target: "BLR"}}},
	{name: "adding content reports it", lang: "en", dct: "2024-03-05",
		text: "The Latvian minister added that sanctions against Belarus would follow.",
		none: []string{"SANCTION"}},
	{name: "a team named by its work is no side in a game", lang: "en", dct: "2024-03-05",
		text: "Norway sent a medical team to Sudan.",
		want: []want{{typ: "AID", actor: "NOR", target: "SDN"}}},
	{name: "a rescue team is aid", lang: "en", dct: "2024-03-05",
		text: "Greece sent a rescue team to Turkey after the earthquake.",
		want: []want{{typ: "AID", actor: "GRC", target: "TUR"}}},
	{name: "a national team stays a side in a game", lang: "en", dct: "2024-03-05",
		text: "Italy sent its national team to France.",
		none: []string{"CONSULT", "AID"}},
}

func TestTransferEN(t *testing.T) {
	runExtractCases(t, loadStages(t), transferCases)
}
