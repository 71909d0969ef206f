package event_test

import "testing"

// newsKindsEN25 are own sentences for the English kinds of issue 5's
// twenty-fifth round (extra events): a meeting its actor says it would
// hold, or offers to hold on a condition, is that side's intention and is
// coded one way; a meeting that took place, or one announced without a
// speaker, is coded both ways. A place the knowledge base lacks is no
// party to an act between parties: "opened the X Bridge" has no target.
// Troops that arrive somewhere pay no visit; peacekeepers that arrive are
// military aid (CAMEO 074).
var newsKindsEN25 = []forbidCase{
	{extractCase: extractCase{name: "a meeting the speaker says it would hold is one way", lang: "en", dct: "1996-08-27",
		text: "Sudanese rebel commanders said on Monday they would meet the Kenyan envoy if Khartoum halted its bombing raids.",
		want: []want{{typ: "CONSULT", actor: "SDN", target: "KEN", modality: "hypothetical"}}},
		forbid: []want{{typ: "CONSULT", actor: "KEN", target: "SDN"}}},
	{extractCase: extractCase{name: "a meeting the speaker plans is one way", lang: "en", dct: "1996-08-27",
		text: "Chilean officials said they would meet Peruvian President Alberto Fujimori next week.",
		want: []want{{typ: "CONSULT", actor: "CHL", target: "PER", modality: "planned"}}},
		forbid: []want{{typ: "CONSULT", actor: "PER", target: "CHL"}}},
	{extractCase: extractCase{name: "a meeting announced without a speaker is both ways", lang: "en", dct: "1996-08-27",
		text: "The Chilean foreign minister will meet Peruvian President Alberto Fujimori next week.",
		want: []want{{typ: "CONSULT", actor: "CHL", target: "PER"}, {typ: "CONSULT", actor: "PER", target: "CHL"}}}},
	{extractCase: extractCase{name: "talks a speaker names as set are both ways", lang: "en", dct: "1996-08-27",
		text: "Chilean officials said they would raise the fishing dispute in upcoming talks with Peruvian President Alberto Fujimori.",
		want: []want{{typ: "CONSULT", actor: "CHL", target: "PER"}, {typ: "CONSULT", actor: "PER", target: "CHL"}}}},
	{extractCase: extractCase{name: "a meeting held is both ways", lang: "en", dct: "1996-08-27",
		text: "The Chilean foreign minister met Peruvian President Alberto Fujimori in Lima on Monday.",
		want: []want{{typ: "CONSULT", actor: "CHL", target: "PER"}, {typ: "CONSULT", actor: "PER", target: "CHL"}}}},
	{extractCase: extractCase{name: "an unknown place opened is no target", lang: "en", dct: "1996-08-27",
		text: "Uzbekistan opened the Hairatan Bridge on Monday to allow the delivery of wheat to Afghanistan.",
		want: []want{{typ: "CONCEDE", actor: "UZB", target: "-"}}}},
	{extractCase: extractCase{name: "peacekeepers that arrive are military aid", lang: "en", dct: "1996-08-27",
		text: "The first Canadian peacekeepers arrived in Haiti on Monday, the army said.",
		want: []want{{typ: "AID", mode: "military", actor: "CAN", target: "HTI"}},
		none: []string{"CONSULT"}}},
	{extractCase: extractCase{name: "troops that arrive pay no visit", lang: "en", dct: "1996-08-27",
		text: "Russian troops arrived in Belgrade on Monday.",
		none: []string{"CONSULT"}}},
	{extractCase: extractCase{name: "an envoy who arrives to discuss peacekeeping visits", lang: "en", dct: "1996-08-27",
		text: "The U.N. envoy arrived in Bosnia on Monday to discuss the peacekeeping force.",
		want: []want{{typ: "CONSULT", mode: "visit", actor: "United Nations", target: "BIH"}},
		none: []string{"AID"}}},
}

func TestNewsKindsEN25(t *testing.T) {
	runForbidCases(t, parsedStages(t), newsKindsEN25)
}
