package event_test

import "testing"

// de17Cases are German reports of round evde17 (issue #5): a warning of a
// danger names nobody warned, support for a thing goes to its giver and
// not its recipient, an offer needs someone it is made to, members of a
// parliament speak for the dateline's state, picking people up and letting
// them out of prison are an arrest and a release, and approving, applying
// to a body and suing. Each has a twin where the rule must not apply. The
// sentences are written for the tests.
var de17Cases = []extractCase{
	// warnen: the addressee is the object, not a phrase about the danger
	{name: "a warning of a recession warns nobody", lang: "de", dct: "2025-07-31",
		text: "Frankreich hat vor den Risiken einer Rezession für Griechenland gewarnt.",
		none: []string{"THREATEN"}},
	{name: "examples after wie are part of the danger", lang: "de", dct: "2025-07-31",
		text: "Russland warnte vor einer Gefahr durch Terrorgruppen wie den Islamischen Staat.",
		none: []string{"THREATEN"}},
	{name: "a day named in a zu-phrase is not the one warned", lang: "de", dct: "2025-07-31",
		text: "Der WWF warnte zum Tag der Umwelt vor einem Aussterben der Eisbären.",
		none: []string{"THREATEN"}},
	{name: "the one warned is still the target", lang: "de", dct: "2025-07-31",
		text: "Russland warnte am Montag die Türkei vor einem Einmarsch in Syrien.",
		want: []want{{typ: "THREATEN", actor: "RUS", target: "TUR"}}},
	// begrüßen: a thing's recipient is not the one supported
	{name: "welcoming aid for a country supports no country", lang: "de", dct: "2025-07-31",
		text: "Die Caritas begrüßte die Hilfe für Griechenland.",
		want: []want{{typ: "SUPPORT", target: "-"}}},
	{name: "welcoming a government's decision supports the government", lang: "de", dct: "2025-07-31",
		text: "Frankreich begrüßte die Entscheidung der deutschen Regierung.",
		want: []want{{typ: "SUPPORT", actor: "FRA", target: "DEU"}}},
	{name: "supporting a country with weapons keeps the country", lang: "de", dct: "2025-07-31",
		text: "Die USA unterstützen die Ukraine mit Waffen.",
		want: []want{{typ: "SUPPORT", actor: "USA", target: "UKR"}}},
	// anbieten: an offer made to nobody named is trade
	{name: "banks offering a conversion agree with nobody", lang: "de", dct: "2025-07-31",
		text: "Österreichische Banken hatten damals die Konvertierung in Euro angeboten.",
		none: []string{"AGREE"}},
	{name: "an offer of talks to a country is an agreement", lang: "de", dct: "2025-07-31",
		text: "Russland bot der Ukraine Gespräche an.",
		want: []want{{typ: "AGREE", actor: "RUS", target: "UKR"}}},
	// unnamed members of a parliament
	{name: "several deputies under a dateline are its parliament's", lang: "de", dct: "2025-07-31",
		text: "Wien – Mehrere Abgeordnete warfen dem Innenminister Wolfgang Sobotka Versagen vor.",
		want: []want{{typ: "ACCUSE", actor: "AUT", target: "Wolfgang Sobotka"}}},
	{name: "deputies of a named body are that body's", lang: "de", dct: "2025-07-31",
		text: "Wien – Mehrere Abgeordnete der SPD warfen dem Innenminister Wolfgang Sobotka Versagen vor.",
		want: []want{{typ: "ACCUSE", actor: "Social Democratic Party of Germany", target: "Wolfgang Sobotka"}}},
	// aufgreifen
	{name: "people picked up by the police are arrested", lang: "de", dct: "2025-07-31",
		text: "In Ungarn wurden am Montag 40 Flüchtlinge von der Polizei aufgegriffen.",
		want: []want{{typ: "COERCE", mode: "arrest", actor: "HUN"}}},
	{name: "a story picked up by a website is no arrest", lang: "de", dct: "2025-07-31",
		text: "Der Blog wurde in Deutschland von einer großen Nachrichtenseite aufgegriffen.",
		none: []string{"COERCE"}},
	{name: "members of the parliament named before are its members", lang: "de", dct: "2025-07-31",
		text: "Straßburg – Der Kommissionschef Jean-Claude Juncker verteidigte sich im Sonderausschuss des Europaparlaments. Mehrere Abgeordnete warfen ihm vor, die Wahrheit zu verschweigen.",
		want: []want{{typ: "ACCUSE", actor: "European Parliament", target: "Jean Claude Juncker"}}},
	{name: "taking up a proposal is no arrest", lang: "de", dct: "2025-07-31",
		text: "Die Regierung in Wien griff den Vorschlag der Opposition auf.",
		none: []string{"COERCE"}},
	// entlassen aus der Haft; "wurde entlassen" is a passive
	{name: "let out of prison is a release by the state it happened in", lang: "de", dct: "2025-07-31",
		text: "Der Blogger wurde in Vietnam nach drei Jahren aus dem Gefängnis entlassen.",
		want: []want{{typ: "RETREAT", mode: "release", actor: "VNM", target: "-"}}},
	{name: "released from custody in the perfect passive", lang: "de", dct: "2025-07-31",
		text: "Der Anwalt ist in China aus der Haft entlassen worden.",
		want: []want{{typ: "RETREAT", mode: "release", actor: "CHN"}}},
	{name: "let out of hospital is no release", lang: "de", dct: "2025-07-31",
		text: "Der Präsident wurde in Wien aus dem Spital entlassen.",
		none: []string{"RETREAT"}},
	{name: "dismissing workers is no release", lang: "de", dct: "2025-07-31",
		text: "Die Deutsche Bank hat in Frankfurt 300 Mitarbeiter entlassen.",
		none: []string{"RETREAT"}},
	// gutheißen, beantragen bei, klagen auf
	{name: "approving a plan supports its author", lang: "de", dct: "2025-07-31",
		text: "Frankreich hat den Plan der EU-Kommission gutgeheißen.",
		want: []want{{typ: "SUPPORT", actor: "FRA", target: "European Commission"}}},
	{name: "applying to a fund for credit is a request to it", lang: "de", dct: "2025-07-31",
		text: "Portugal hat beim Internationalen Währungsfonds neue Kredite beantragt.",
		want: []want{{typ: "REQUEST", actor: "PRT", target: "International Monetary Fund"}}},
	{name: "applying for asylum names no body", lang: "de", dct: "2025-07-31",
		text: "Rund 500 Menschen aus Syrien beantragten in Wien Asyl.",
		none: []string{"REQUEST"}},
	{name: "suing for damages is an accusation", lang: "de", dct: "2025-07-31",
		text: "Der Unternehmer Hans Maier hat die Deutsche Bank in New York auf 20 Millionen Euro Schadenersatz geklagt.",
		want: []want{{typ: "ACCUSE", actor: "Hans Maier", target: "Deutsche Bank"}}},
	{name: "complaining is no suit", lang: "de", dct: "2025-07-31",
		text: "Der Kanzler Olaf Scholz klagte über die hohen Kosten der Deutschen Bank.",
		none: []string{"ACCUSE"}},
	// where a demand was made is no situation it is about
	{name: "a demand made at a conference is not aimed at its town", lang: "de", dct: "2025-07-31",
		text: "Der Außenminister Sergej Lawrow forderte auf einer Konferenz in Genf einen Pakt gegen Chemiewaffen.",
		want: []want{{typ: "REQUEST", actor: "Sergey Lavrov", target: "-"}}},
	{name: "a demand about a situation in a country is aimed at it", lang: "de", dct: "2025-07-31",
		text: "Der Außenminister Sergej Lawrow forderte ein Ende der Gewalt in Syrien.",
		want: []want{{typ: "REQUEST", actor: "Sergey Lavrov", target: "SYR"}}},
	// a headline's second report after a dash and a speaker's colon
	{name: "a speaker after a dash and a colon is no object", lang: "de", dct: "2025-07-31",
		text: "Portugal beantragt neue Kredite beim Internationalen Währungsfonds – Merkel: Über den Antrag wird später beraten.",
		want: []want{{typ: "REQUEST", actor: "PRT", target: "International Monetary Fund"}}},
	{name: "a parenthesis between dashes keeps the object after it", lang: "de", dct: "2025-07-31",
		text: "Russland kritisierte – wie schon im Mai – die Nato scharf.",
		want: []want{{typ: "ACCUSE", actor: "RUS", target: "NATO"}}},
}

func TestExtractDE17(t *testing.T) {
	runExtractCases(t, loadStages(t), de17Cases)
}
