package event_test

import "testing"

// datelineCases are own sentences under wire datelines that carry the
// filing date ("NAIROBI, March 3 -"): the dateline is no part of the clause,
// its place is where the report was filed, and its date says when the report
// was sent, not when what it tells happened.
var datelineCases = []extractCase{
	{name: "a dated dateline does not date the event", lang: "en", dct: "1987-03-04",
		text: "NAIROBI, March 4 - Kenya expelled two British diplomats on Monday, the foreign ministry said.",
		want: []want{{typ: "SANCTION", actor: "KEN", target: "GBR", date: "1987-03-02"}}},
	{name: "a dateline with its country and date", lang: "en", dct: "1987-03-04",
		text: "SAN JOSE, Costa Rica, March 4 - Nicaragua accused Honduras on Tuesday of shelling a border village.",
		want: []want{{typ: "ACCUSE", actor: "NIC", target: "HND", date: "1987-03-03"}}},
	{name: "the undated dateline as before", lang: "en", dct: "1987-03-04",
		text: "NAIROBI - Kenya expelled two British diplomats on Monday, the foreign ministry said.",
		want: []want{{typ: "SANCTION", actor: "KEN", target: "GBR", date: "1987-03-02"}}},
	{name: "a date in the clause itself still dates it", lang: "en", dct: "1987-03-04",
		text: "Kenya expelled two British diplomats on March 2, the foreign ministry said.",
		want: []want{{typ: "SANCTION", actor: "KEN", target: "GBR", date: "1987-03-02"}}},
	{name: "a German dateline with its date", lang: "de", dct: "2025-07-31",
		text: "Seoul, 31. Juli – Nordkorea hat am Montag die Gespräche mit Südkorea abgebrochen.",
		want: []want{{typ: "SANCTION", actor: "PRK", target: "KOR", date: "2025-07-28"}}},
}

func TestDatelineDate(t *testing.T) {
	runExtractCases(t, parsedStages(t), datelineCases)
}

// datelineStartCases: the first word after a dateline opens the sentence;
// its capital names nothing ("NAIROBI - Police arrested …"). The agency in
// brackets after the place is part of the dateline.
var datelineStartCases = []extractCase{
	{name: "police after a dateline are its state's", lang: "en", dct: "1987-03-04",
		text: "NAIROBI - Police arrested the opposition leader on Monday.",
		want: []want{{typ: "COERCE", mode: "arrest", actor: "KEN", date: "1987-03-02"}}},
	{name: "police after a dated dateline", lang: "en", dct: "1987-03-04",
		text: "LAGOS, March 4 - Police detained 30 student protesters on Tuesday.",
		want: []want{{typ: "COERCE", actor: "NGA", date: "1987-03-03"}}},
	{name: "police after a dateline with its agency", lang: "en", dct: "1987-03-04",
		text: "MOSCOW (Reuters) - Police arrested the opposition leader on Monday.",
		want: []want{{typ: "COERCE", mode: "arrest", actor: "RUS", date: "1987-03-02"}}},
	{name: "a German dateline with its agency", lang: "de", dct: "2025-07-31",
		text: "Ankara (dpa) – Die Polizei hat am Montag einen Oppositionsführer festgenommen.",
		want: []want{{typ: "COERCE", actor: "TUR", date: "2025-07-28"}}},
}

func TestDatelineSentenceStart(t *testing.T) {
	runExtractCases(t, parsedStages(t), datelineStartCases)
}
