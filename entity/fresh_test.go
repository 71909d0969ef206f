package entity

import (
	"testing"

	"github.com/dossier-news/dossier"
)

// freshCases are the kinds of name the judging of fresh news (Wikinews,
// GermEval) found unlinked or wrong: towns named by their German exonyms,
// clubs named by their town, the two Congos, role phrases of heirs, and a
// capitalised German preposition that folds like a firm's name.
var freshCases = []linkCase{
	// German exonyms of European towns and regions
	{"Italian towns by their German names", "de", "2024-06-01",
		"Im Sommer fuhren wir nach Genua, danach über Bozen und Trient zurück.",
		[]want{{"Genua", 1, "name:Genoa", "", "kb"}, {"Bozen", 1, "name:Bolzano", "", "kb"}, {"Trient", 1, "name:Trento", "", "kb"}}},
	{"German states by their German names", "de", "2024-06-01",
		"Die Landtagswahl in Bayern fiel mit jener in Hessen zusammen.",
		[]want{{"Bayern", 1, "name:Bavaria", "", "kb"}, {"Hessen", 1, "name:Hesse", "", "kb"}}},
	{"regions of Italy and Greece", "de", "2024-06-01",
		"Die Waldbrände auf Sizilien und auf Kreta sind gelöscht.",
		[]want{{"Sizilien", 1, "name:Sicily", "", "kb"}, {"Kreta", 1, "name:Crete", "", "kb"}}},
	{"European towns of a few ten thousand people", "de", "2024-06-01",
		"Die Winterspiele von Lillehammer und das Rennen in Kitzbühel sind legendär.",
		[]want{{"Lillehammer", 1, "name:Lillehammer", "", "kb"}, {"Kitzbühel", 1, "kb:kitzbuehel", "", "kb"}}},
	{"a capitalised preposition is no firm", "de", "2024-06-01",
		"Über die Feiertage bleibt das Museum geschlossen.",
		[]want{{"Über", 1, "-", "", ""}}},
	{"the firm that folds like the preposition", "en", "2024-06-01",
		"Drivers for Uber protested outside the company's offices in London.",
		[]want{{"Uber", 1, "kb:uber", "", "kb"}}},
	// clubs named by their town
	{"a club named by its town wins", "de", "2024-03-10",
		"Salzburg gewann am Samstag mit 2:1 gegen Rapid Wien.",
		[]want{{"Salzburg", 1, "local:org:salzburg", "", "sport"}}},
	{"a capital's club is not its government", "de", "2024-03-10",
		"Kiew gewann das Rückspiel mit 3:1, Moskau schied aus.",
		[]want{{"Kiew", 1, "local:org:kiew", "", "sport"}, {"Moskau", 1, "local:org:moskau", "", "sport"}}},
	{"the venue of a game stays a town", "de", "2024-03-10",
		"Die Bayern verloren in Leverkusen mit 0:3.",
		[]want{{"Leverkusen", 1, "name:Leverkusen", "", "kb"}}},
	{"an English result", "en", "2024-03-10",
		"Madrid lost to Barcelona 1-2 in the league on Sunday.",
		[]want{{"Madrid", 1, "local:org:madrid", "", "sport"}, {"Barcelona", 1, "local:org:barcelona", "", "sport"}}},
	{"a time of day is no score", "de", "2024-03-10",
		"Das Treffen beginnt um 14:30 Uhr, teilte Moskau mit.",
		[]want{{"Moskau", 1, "iso3:RUS", "GOV", "metonym"}}},
	{"a vote is no score", "de", "2024-03-10",
		"Das Parlament in Kiew stimmte mit 250:100 Stimmen zu.",
		[]want{{"Kiew", 1, "name:Kyiv", "", "kb"}}},
	// the two Congos
	{"Congo today is the DR Congo", "en", "2024-03-10",
		"Congo said rebels had seized the town near the border with Rwanda.",
		[]want{{"Congo", 1, "iso3:COD", "", "kb"}}},
	{"Congo while the DR Congo was Zaire", "en", "1990-03-10",
		"Congo said it would hold talks with Angola.",
		[]want{{"Congo", 1, "iso3:COG", "", "kb"}}},
	{"Zaire in 1985", "en", "1985-03-10",
		"Congo and Zaire signed a river treaty in Kinshasa.",
		[]want{{"Congo", 1, "iso3:COG", "", "kb"}, {"Zaire", 1, "iso3:COD", "", "kb"}}},
	{"Congo beside Brazzaville", "de", "2024-03-10",
		"Die Regierung in Brazzaville erklärte, Kongo werde Truppen schicken.",
		[]want{{"Kongo", 1, "iso3:COG", "", "kb"}}},
	// heirs
	{"the Saudi crown prince in 2019", "en", "2019-02-01",
		"The Saudi crown prince met the French president in Riyadh.",
		[]want{{"Saudi crown prince", 1, "name:Mohammad bin Salman", "", "role"}}},
	{"the Saudi crown prince in 2010", "en", "2010-02-01",
		"The Saudi crown prince opened a hospital in Jeddah.",
		[]want{{"Saudi crown prince", 1, "name:Sultan bin Abdulaziz", "", "role"}}},
	{"der saudische Kronprinz 2016", "de", "2016-02-01",
		"Der saudische Kronprinz empfing den Gast.",
		[]want{{"saudische Kronprinz", 1, "kb:muhammad-bin-nayef", "", "role"}}},
	{"the stock index, not the French town", "de", "2008-10-10",
		"Der Dax schloss mit einem Minus von zwei Prozent, der Dow Jones stieg.",
		[]want{{"Dax", 1, "kb:dax", "", "kb"}, {"Dow Jones", 1, "kb:dow-jones-industrial-average", "", "kb"}}},
	{"a town's name after a people's noun is a person", "de", "2016-03-10",
		"Nach dem Sieg gegen den Spanier Andujar wartet im Achtelfinale ein Argentinier.",
		[]want{{"Andujar", 1, "local:per:andujar", "", "ner"}}},
	{"the club and the state", "de", "2016-03-10",
		"Der Verteidiger von Bayern München lobte die Schulen in Bayern.",
		[]want{{"Bayern München", 1, "kb:fc-bayern", "", "kb"}, {"Bayern", 2, "name:Bavaria", "", "kb"}}},
	// firms and people of the Wikinews sample
	{"a firm's old name", "en", "2005-06-06",
		"Apple Computer and Wal-Mart reported sales, Steve Jobs said.",
		[]want{{"Apple Computer", 1, "kb:apple", "", "kb"}, {"Wal-Mart", 1, "kb:walmart", "", "kb"}, {"Steve Jobs", 1, "Q19837", "", "kb"}}},
}

func TestLinkFresh(t *testing.T) {
	runLinkCases(t, freshCases)
}

func TestIsScore(t *testing.T) {
	for _, c := range []struct {
		toks []string
		i    int
		want bool
	}{
		{[]string{"gewann", "2:1"}, 1, true},
		{[]string{"siegte", "31:28"}, 1, true},
		{[]string{"won", "3-0"}, 1, true},
		{[]string{"um", "14:30", "Uhr"}, 1, false},
		{[]string{"beginnt", "14:30", "Uhr"}, 1, false},
		{[]string{"ab", "8:15"}, 1, false},
		{[]string{"at", "9:05"}, 1, false},
		{[]string{"mit", "350:200", "Stimmen"}, 1, false},
		{[]string{"the", "1990-91", "season"}, 1, false},
		{[]string{"rose", "10-15", "percent"}, 1, false},
		{[]string{"Kapitel", "2:a"}, 1, false},
	} {
		toks := make([]dossier.Token, len(c.toks))
		for i, s := range c.toks {
			toks[i].Text = s
		}
		if got := isScore(toks, c.i); got != c.want {
			t.Errorf("isScore(%q, %d) = %v, want %v", c.toks, c.i, got, c.want)
		}
	}
}
