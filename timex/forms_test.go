package timex

import (
	"strings"
	"testing"
)

// TestForms checks ranges, turns of centuries, decades, centuries, seasons,
// quarters, number words and ordinal dates (issue #3), in both languages.
// The sentences are written for this test. An expected value of "" means no
// expression may be found whose text contains sub.
func TestForms(t *testing.T) {
	const (
		enDCT = "2024-05-15" // a Wednesday
		deDCT = "2025-06-18" // a Wednesday
	)
	tests := []formCase{
		// Ranges of counts: one expression at its lower bound, except the
		// German "zwischen … und", "oder" and dash, of which WikiWarsDE
		// annotates the two ends, the first with the unit of the second.
		{"en count range", "en", enDCT, "The repairs will take two to three weeks.", "two to three weeks", "DURATION", "P2W", "EQUAL_OR_MORE"},
		{"en count range digits", "en", enDCT, "Rebuilding could take 12 to 18 months.", "12 to 18 months", "DURATION", "P12M", "EQUAL_OR_MORE"},
		{"en count range or", "en", enDCT, "The rebels held the bridge for two or three days.", "two or three days", "DURATION", "P2D", "EQUAL_OR_MORE"},
		{"en descending counts are no range", "en", enDCT, "Voters chose 5 to 2 days later.", "2 days later", "DURATION", "P2D", ""},
		{"de count range bis", "de", deDCT, "Die Waffenruhe hielt nur zwei bis drei Tage.", "zwei bis drei Tage", "DURATION", "P2D", "EQUAL_OR_MORE"},
		{"de count range first", "de", deDCT, "Die Waffenruhe hielt nur zwei oder drei Tage.", "zwei", "DURATION", "P2D", ""},
		{"de count range second", "de", deDCT, "Die Waffenruhe hielt nur zwei oder drei Tage.", "drei Tage", "DURATION", "P3D", ""},
		{"de count range zwischen", "de", deDCT, "Eingezogen wurden Männer zwischen 18 und 45 Jahren.", "18", "DURATION", "P18Y", ""},
		{"de und without zwischen is no range", "de", deDCT, "Sie zählten 18 und 45 Jahre.", "18", "", "", ""},

		// Ranges of points: two expressions; the second end takes the year
		// of the first.
		{"en from year to year", "en", enDCT, "The mayor served from 2010 to 2012.", "2012", "DATE", "2012", ""},
		{"en year dash year", "en", enDCT, "During the 2010–2012 drought, farmers sold cattle.", "2010", "DATE", "2010", ""},
		{"en second year in two digits", "en", enDCT, "He led the party in 1930–34.", "34", "DATE", "1934", ""},
		{"en year and month is no range", "en", enDCT, "The file 1998-08 was lost.", "08", "", "", ""},
		{"en between months", "en", enDCT, "Prices climbed between March and May, the agency said.", "May", "DATE", "2024-05", ""},
		{"en range over the new year", "en", enDCT, "Snow fell from December 2022 to February.", "February", "DATE", "2023-02", ""},
		{"en day range", "en", enDCT, "The summit will run from July 27 to 29.", "29", "DATE", "2024-07-29", ""},
		{"de zwischen years", "de", deDCT, "Zwischen 2014 und 2016 hatte die Regierung die Ausgaben erhöht.", "2016", "DATE", "2016", ""},
		{"en first end takes a relative year", "en", enDCT, "The border stayed closed from June to August last year.", "June", "DATE", "2023-06", ""},
		{"de first end takes a relative year", "de", deDCT, "Im Frühjahr und Sommer des vergangenen Jahres wurde gebaut.", "Frühjahr", "DATE", "2024-SP", ""},
		{"de von bis months past", "de", deDCT, "Von Oktober bis Dezember blieb die Grenze geschlossen.", "Dezember", "DATE", "2024-12", ""},
		{"de von bis months ahead", "de", deDCT, "Von Juni bis August bleibt der Übergang geschlossen.", "August", "DATE", "2025-08", ""},
		{"de vom bis days first", "de", deDCT, "Vom 27. bis 29. Juli tagen die Minister in Rom.", "27.", "DATE", "2025-07-27", ""},
		{"de vom bis days second", "de", deDCT, "Vom 27. bis 29. Juli tagen die Minister in Rom.", "29. Juli", "DATE", "2025-07-29", ""},
		{"de season after season with year", "de", deDCT, "Im Herbst 2023 und im Winter kam es zu Angriffen.", "Winter", "DATE", "2024-WI", ""},
		{"de winter and spring", "de", deDCT, "Im Winter und Frühjahr 2022 fror das Land.", "Winter", "DATE", "2022-WI", ""},

		// The turn of a century or millennium.
		{"en turn of the century", "en", enDCT, "The factory was built at the turn of the century.", "the turn of the century", "DATE", "2000", "APPROX"},
		{"en turn of a named century", "en", enDCT, "The port grew at the turn of the 20th century.", "the turn of the 20th century", "DATE", "1900", "APPROX"},
		{"en turn in a story", "en", enDCT, "In 1897 the line was opened. By the turn of the century it ran daily.", "the turn of the century", "DATE", "1900", "APPROX"},
		{"de Jahrhundertwende", "de", deDCT, "Schon um die Jahrhundertwende war die Stadt ein Hafen.", "die Jahrhundertwende", "DATE", "2000", "APPROX"},
		{"de Jahrtausendwende", "de", deDCT, "Zur Jahrtausendwende hatte die Firma 300 Mitarbeiter.", "Jahrtausendwende", "DATE", "2000", "APPROX"},

		// Decades and centuries.
		{"en decade", "en", enDCT, "The party rose in the 1990s.", "the 1990s", "DATE", "199", ""},
		{"en hundreds are a century", "en", enDCT, "The law was passed in the 1800s.", "the 1800s", "DATE", "18", ""},
		{"en 2000s are a decade", "en", enDCT, "Growth was fast in the 2000s.", "the 2000s", "DATE", "200", ""},
		{"en nineties", "en", enDCT, "He ruled through the nineties.", "the nineties", "DATE", "199", ""},
		{"en ordinal century", "en", enDCT, "The treaty dates from the nineteenth century.", "the nineteenth century", "DATE", "18", ""},
		{"de 90er Jahre", "de", deDCT, "In den 90er Jahren wuchs die Stadt.", "den 90er Jahren", "DATE", "199", ""},
		{"de Neunzigern", "de", deDCT, "In den Neunzigern wuchs die Wirtschaft.", "den Neunzigern", "DATE", "199", ""},
		{"de 90ern", "de", deDCT, "In den 90ern wuchs die Wirtschaft.", "den 90ern", "DATE", "199", ""},
		{"de Achtzigerjahre", "de", deDCT, "Seit Anfang der Achtzigerjahre regiert die Partei.", "Anfang der Achtzigerjahre", "DATE", "198", "START"},
		{"de Ende der 90er", "de", deDCT, "Ende der 90er begann der Aufschwung.", "Ende der 90er", "DATE", "199", "END"},
		{"de Nullerjahre", "de", deDCT, "Die Nullerjahre brachten Wachstum.", "Die Nullerjahre", "DATE", "200", ""},
		{"de 90er alone is no decade", "de", deDCT, "Er fuhr einen alten 90er Golf.", "90er", "", "", ""},
		{"de Neunziger as adjective is no decade", "de", deDCT, "Der Neunziger Jahrgang war gut.", "Neunziger", "", "", ""},
		{"de shared decade compound", "de", deDCT, "In den Achtziger- und Neunzigerjahren wuchs die Stadt.", "den Achtziger-", "DATE", "198", ""},
		{"de century ordinal word", "de", deDCT, "Der Vertrag stammt aus dem neunzehnten Jahrhundert.", "neunzehnten Jahrhundert", "DATE", "18", ""},
		{"de century 21", "de", deDCT, "Das ist das Problem des einundzwanzigsten Jahrhunderts.", "einundzwanzigsten Jahrhunderts", "DATE", "20", ""},
		{"de century article left out", "de", deDCT, "Schon ab dem 19. Jahrhundert wuchs der Hafen.", "19. Jahrhundert", "DATE", "18", ""},
		{"de century article after a part", "de", deDCT, "Ende des 6. Jahrhunderts zerfiel das Reich.", "Ende des 6. Jahrhunderts", "DATE", "05", "END"},

		// Seasons and quarters in German.
		{"de spring ahead", "de", deDCT, "Im Frühjahr soll der Bau beginnen.", "Frühjahr", "DATE", "2026-SP", ""},
		{"de third quarter past", "de", deDCT, "Im dritten Quartal sank der Umsatz um zwölf Prozent.", "dritten Quartal", "DATE", "2024-Q3", ""},
		{"de quarter with year", "de", deDCT, "Im vierten Quartal 2024 stieg die Produktion.", "vierten Quartal 2024", "DATE", "2024-Q4", ""},
		{"de autumn of last year", "de", deDCT, "Im Herbst vergangenen Jahres wurde gewählt.", "Herbst vergangenen Jahres", "DATE", "2024-FA", ""},
		{"de May of next year", "de", deDCT, "Im Mai nächsten Jahres soll gewählt werden.", "Mai nächsten Jahres", "DATE", "2026-05", ""},

		{"de quarter lone article left out", "de", deDCT, "Ab dem dritten Quartal soll es besser werden.", "dritten Quartal", "DATE", "2025-Q3", ""},
		{"de quarter article after a part", "de", deDCT, "Ende des dritten Quartals sank der Kurs.", "Ende des dritten Quartals", "DATE", "2024-Q3", "END"},
		{"de Schlussquartal", "de", deDCT, "Im Schlussquartal wird ein Gewinn erwartet.", "Schlussquartal", "DATE", "2025-Q4", ""},
		{"de part of last century", "de", deDCT, "Mitte des vorigen Jahrhunderts war das Land arm.", "Mitte des vorigen Jahrhunderts", "DATE", "19", "MID"},

		{"en coordinated quarters first", "en", enDCT, "Growth was weak in the third and fourth quarters.", "third", "DATE", "2023-Q3", ""},
		{"en coordinated quarters second", "en", enDCT, "Growth was weak in the third and fourth quarters.", "fourth quarters", "DATE", "2023-Q4", ""},
		{"en ordinal word date", "en", enDCT, "The vote was held on the third of March.", "the third of March", "DATE", "2024-03-03", ""},

		// German number words and ordinal dates.
		{"de and a half in one word", "de", deDCT, "Vor zweieinhalb Jahren wurde er abgewählt.", "Vor zweieinhalb Jahren", "DATE", "2022-12", ""},
		{"de ordinal first", "de", deDCT, "Am ersten Juli trat das Gesetz in Kraft.", "ersten Juli", "DATE", "2025-07-01", ""},
		{"de ordinal before Mal is no date", "de", deDCT, "Die Mannschaft gewann zum dritten Mal den Titel.", "dritten", "", "", ""},
		{"de ago in words", "de", deDCT, "Vor drei Jahren begann der Angriff.", "Vor drei Jahren", "DATE", "2022", ""},
		{"de weeks in words", "de", deDCT, "Die Verhandlungen dauerten zwei Wochen.", "zwei Wochen", "DURATION", "P2W", ""},
		{"de more weeks", "de", deDCT, "Die Gespräche dauern zwei weitere Wochen.", "zwei weitere Wochen", "DURATION", "P2W", ""},
		{"de ordinal date", "de", deDCT, "Am dritten März wählten die Bürger.", "dritten März", "DATE", "2025-03-03", ""},
		{"de ordinal date 21", "de", deDCT, "Am einundzwanzigsten Mai 2024 wurde gewählt.", "einundzwanzigsten Mai 2024", "DATE", "2024-05-21", ""},
		{"de weekday with date", "de", deDCT, "Am Sonntag (15.6.) demonstrierten Tausende.", "Sonntag (15.6.)", "DATE", "2025-06-15", ""},
		{"de after n days without date", "de", deDCT, "Nach zwei Tagen zogen sich die Truppen zurück.", "zwei Tagen", "DURATION", "P2D", ""},

		// Days of a named week, nights, weekends.
		{"en weekday of last week", "en", enDCT, "The talks collapsed on Tuesday of last week.", "Tuesday of last week", "DATE", "2024-05-07", ""},
		{"en weekday next week", "en", enDCT, "The talks resume Monday next week.", "Monday next week", "DATE", "2024-05-20", ""},
		{"de weekday of last week", "de", deDCT, "Am Dienstag vergangener Woche kam es zu Protesten.", "Dienstag vergangener Woche", "DATE", "2025-06-10", ""},
		{"en weekday range second end", "en", "2024-05-18", "The fair ran Thursday through Saturday.", "Saturday", "DATE", "2024-05-18", ""},
		{"en first day in the named week", "en", enDCT, "The creditors meet on Monday or Tuesday next week.", "Monday", "DATE", "2024-05-20", ""},
		{"de first day in the named week", "de", deDCT, "Der Rat tagt von Montag bis Mittwoch kommender Woche.", "Montag", "DATE", "2025-06-23", ""},
		{"de weekday of this week", "de", deDCT, "Am Freitag dieser Woche wird gewählt.", "Freitag dieser Woche", "DATE", "2025-06-20", ""},
		{"de weekday comma den date", "de", deDCT, "Am Montag, den 16. Juni, wurde der Botschafter einbestellt.", "Montag, den 16. Juni", "DATE", "2025-06-16", ""},
		{"de night to weekday", "de", deDCT, "In der Nacht zu Sonntag wurden Raketen abgefeuert.", "Nacht zu Sonntag", "DATE", "2025-06-14TNI", ""},
		{"de night to date", "de", deDCT, "In der Nacht zum 9. Mai fiel die Stadt.", "Nacht zum 9. Mai", "DATE", "2025-05-08TNI", ""},
		{"de weekend past", "de", deDCT, "Am Wochenende kam es erneut zu Angriffen.", "Wochenende", "DATE", "2025-W24-WE", ""},
		{"de weekend ahead", "de", deDCT, "Am Wochenende wird gewählt.", "Wochenende", "DATE", "2025-W25-WE", ""},

		{"de Jahreswechsel ahead", "de", deDCT, "Zum Jahreswechsel soll die Regel in Kraft treten.", "Jahreswechsel", "DATE", "2026-01-01", ""},
		{"de Jahreswechsel past", "de", "2025-02-10", "Über den Jahreswechsel hatten die Kämpfe zugenommen.", "Jahreswechsel", "DATE", "2025-01-01", ""},

		// A day with a relative year.
		{"de day of last year", "de", deDCT, "Am 5. Juni vergangenen Jahres wurde gewählt.", "5. Juni vergangenen Jahres", "DATE", "2024-06-05", ""},
		{"de day of this year", "de", deDCT, "Das Gesetz gilt seit dem 1. Januar dieses Jahres.", "1. Januar dieses Jahres", "DATE", "2025-01-01", "ON_OR_AFTER"},
		{"en day of this year", "en", enDCT, "The law has applied since January 1 this year.", "January 1 this year", "DATE", "2024-01-01", "ON_OR_AFTER"},
		{"en day of last year", "en", enDCT, "The plant closed on March 5 last year.", "March 5 last year", "DATE", "2023-03-05", ""},

		// German past verbs tell the year of a month without one.
		{"de strong past verb", "de", deDCT, "Im Oktober stiegen die Preise um zehn Prozent.", "Oktober", "DATE", "2024-10", ""},
		{"de weak past verb", "de", deDCT, "Im September forderte die Regierung neue Wahlen.", "September", "DATE", "2024-09", ""},
		{"de -ierte past verb", "de", deDCT, "Im November reagierte die Börse gelassen.", "November", "DATE", "2024-11", ""},
		{"de future stays ahead", "de", deDCT, "Im Oktober soll die Regierung neue Wahlen ansetzen.", "Oktober", "DATE", "2025-10", ""},

		// In the course of a unit.
		{"de Laufe des Jahres", "de", deDCT, "Im Laufe des Jahres soll das Gesetz kommen.", "Laufe des Jahres", "DATE", "2025", ""},
		{"de Laufe des Jahres with year", "de", deDCT, "Im Laufe des Jahres 1966 wuchs die Armee.", "Laufe des Jahres 1966", "DATE", "1966", ""},
		{"de Laufe des Tages", "de", deDCT, "Am 3. Mai 2025 begann der Angriff. Im Laufe des Tages fiel die Stadt.", "Laufe des Tages", "DATE", "2025-05-03", ""},

		// Lengths in two units.
		{"de compound length", "de", deDCT, "Der Krieg dauert bereits drei Jahre und vier Monate.", "drei Jahre und vier Monate", "DURATION", "P3Y4M", ""},
		{"en compound length", "en", enDCT, "The flight took three hours and 20 minutes.", "three hours and 20 minutes", "DURATION", "PT3H20M", ""},
		{"en compound day and hours", "en", enDCT, "The drive took one day and two hours.", "one day and two hours", "DURATION", "P1DT2H", ""},
		{"en no compound before later", "en", enDCT, "It lasted two years and three days later it ended.", "three days later", "DURATION", "P3D", ""},

		// English counts with a word before the unit, and more.
		{"en straight days", "en", enDCT, "Shares fell for six straight days.", "six straight days", "DURATION", "P6D", ""},
		{"en trading days", "en", enDCT, "The index rose for eight trading days.", "eight trading days", "DURATION", "P8D", ""},
		{"en more weeks", "en", enDCT, "Talks will continue for two more weeks.", "two more weeks", "DURATION", "P2W", ""},
		{"en decades-long", "en", enDCT, "The decades-long dispute ended.", "decades-long", "DURATION", "PXDE", ""},
		{"en earlier in the year", "en", enDCT, "Prices had risen earlier in the year.", "earlier in the year", "DATE", "2024", "START"},
		{"en late in the day left out", "en", enDCT, "The stock slipped late in the day.", "late in the day", "", "", ""},
		{"en apostrophe year", "en", enDCT, "The company was founded in '99.", "'99", "DATE", "1999", ""},
	}
	runFormCases(t, tests)
}

// formCase is a sentence and the one expression expected in it (or, with
// value "", none whose text contains sub).
type formCase struct {
	name, lang, dct, text string
	sub                   string // the expected expression's text, exactly
	typ, value, mod       string
}

func runFormCases(t *testing.T, tests []formCase) {
	t.Helper()
	tg := newTagger(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			vs := tg.Annotate(tt.text, tt.lang, tt.dct)
			if tt.value == "" {
				for _, v := range vs {
					if strings.Contains(v.Text, tt.sub) {
						t.Fatalf("found %q (%s %s, rule %s), want none", v.Text, v.Type, v.Value, v.Rule)
					}
				}
				return
			}
			for _, v := range vs {
				if v.Text != tt.sub {
					continue
				}
				if v.Type != tt.typ || v.Value != tt.value || v.Mod != tt.mod {
					t.Fatalf("%q: got %s %s mod %q (rule %s, anchor %q), want %s %s mod %q", v.Text, v.Type, v.Value, v.Mod, v.Rule, v.Anchor, tt.typ, tt.value, tt.mod)
				}
				return
			}
			t.Fatalf("no expression %q in %v", tt.sub, vs)
		})
	}
}
