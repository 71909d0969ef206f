package timex

import "testing"

// TestNewsSetDE is a set of German news sentences written for this test,
// each with the TimeML value the guidelines give it against its DCT, as
// TestNewsSetEN is for English. Extents follow the package conventions
// for German (WikiWarsDE): "Nacht zum Sonntag" without its article, "lang"
// inside the length it ends; a weekday with a part of the day is a DATE.
func TestNewsSetDE(t *testing.T) {
	const d = "2025-06-18" // a Wednesday in ISO week 25
	tests := []formCase{
		{"weekday past", "de", d, "Die Minister trafen sich am Dienstag.", "Dienstag", "DATE", "2025-06-17", ""},
		{"weekday future", "de", d, "Am Dienstag wird der Rat entscheiden.", "Dienstag", "DATE", "2025-06-24", ""},
		{"Ende vergangener Woche", "de", d, "Ende vergangener Woche kam es zu Protesten.", "Ende vergangener Woche", "DATE", "2025-W24", "END"},
		{"Anfang des Jahres", "de", d, "Anfang des Jahres stiegen die Preise.", "Anfang des Jahres", "DATE", "2025", "START"},
		{"Nacht zum Sonntag", "de", d, "In der Nacht zum Sonntag brannte ein Haus.", "Nacht zum Sonntag", "DATE", "2025-06-14TNI", ""},
		{"Nacht auf Montag", "de", d, "Der Anschlag ereignete sich in der Nacht auf Montag.", "Nacht auf Montag", "DATE", "2025-06-15TNI", ""},
		{"vor zwei Wochen", "de", d, "Vor zwei Wochen wurde der Vertrag unterzeichnet.", "Vor zwei Wochen", "DATE", "2025-W23", ""},
		{"bis year", "de", d, "Bis 2030 sollen alle Kohlekraftwerke schließen.", "2030", "DATE", "2030", ""},
		{"Herbst future", "de", d, "Im Herbst wird gewählt.", "Herbst", "DATE", "2025-FA", ""},
		{"Herbst past", "de", d, "Im Herbst hatte die Regierung den Plan vorgestellt.", "Herbst", "DATE", "2024-FA", ""},
		{"Anfang der 90er-Jahre", "de", d, "Anfang der 90er-Jahre zog er nach Wien.", "Anfang der 90er-Jahre", "DATE", "199", "START"},
		{"Mitte der 1990er-Jahre", "de", d, "Mitte der 1990er-Jahre wurde die Firma gegründet.", "Mitte der 1990er-Jahre", "DATE", "199", "MID"},
		{"3. Oktober future", "de", d, "Am 3. Oktober wird gefeiert.", "3. Oktober", "DATE", "2025-10-03", ""},
		{"3. Oktober past", "de", d, "Am 3. Oktober war die Einheit gefeiert worden.", "3. Oktober", "DATE", "2024-10-03", ""},
		{"Heuer", "de", d, "Heuer fällt das Fest aus.", "Heuer", "DATE", "2025", ""},
		{"übermorgen", "de", d, "Übermorgen beginnt die Konferenz.", "Übermorgen", "DATE", "2025-06-20", ""},
		{"vorgestern", "de", d, "Vorgestern wurde der Minister entlassen.", "Vorgestern", "DATE", "2025-06-16", ""},
		{"gestern", "de", d, "Gestern fiel der Kurs.", "Gestern", "DATE", "2025-06-17", ""},
		{"morgen", "de", d, "Morgen streiken die Lokführer.", "Morgen", "DATE", "2025-06-19", ""},
		{"heute Abend", "de", d, "Heute Abend spielt Rapid.", "Heute Abend", "TIME", "2025-06-18TEV", ""},
		{"vergangenen Jahr", "de", d, "Die Zahlen wurden im vergangenen Jahr veröffentlicht.", "vergangenen Jahr", "DATE", "2024", ""},
		{"nächsten Jahr", "de", d, "Im nächsten Jahr soll gebaut werden.", "nächsten Jahr", "DATE", "2026", ""},
		{"letzte Woche", "de", d, "Letzte Woche stieg der Ölpreis.", "Letzte Woche", "DATE", "2025-W24", ""},
		{"nächste Woche", "de", d, "Nächste Woche tagt der Ausschuss.", "Nächste Woche", "DATE", "2025-W26", ""},
		{"diese Woche", "de", d, "Diese Woche tagt der Rat.", "Diese Woche", "DATE", "2025-W25", ""},
		{"dieses Jahr", "de", d, "Dieses Jahr wird knapp.", "Dieses Jahr", "DATE", "2025", ""},
		{"month past", "de", d, "Im März wurde das Gesetz beschlossen.", "März", "DATE", "2025-03", ""},
		{"month future", "de", d, "Im Dezember soll das Gesetz in Kraft treten.", "Dezember", "DATE", "2025-12", ""},
		{"month past far", "de", d, "Im Oktober hatte die Partei verloren.", "Oktober", "DATE", "2024-10", ""},
		{"full date", "de", d, "Am 31. Juli 2025 endet die Frist.", "31. Juli 2025", "DATE", "2025-07-31", ""},
		{"vom date", "de", d, "Der Vertrag vom 12. März 2019 gilt weiter.", "12. März 2019", "DATE", "2019-03-12", ""},
		{"Jahr year", "de", d, "Im Jahr 1989 fiel die Mauer.", "Jahr 1989", "DATE", "1989", ""},
		{"weekday bracket", "de", d, "Am Sonntag (22.6.) wird gewählt.", "Sonntag (22.6.)", "DATE", "2025-06-22", ""},
		{"numeric day", "de", d, "Am 27.7. beginnt das Festival.", "27.7.", "DATE", "2025-07-27", ""},
		{"Jänner", "de", d, "Die Frist endet am 1. Jänner.", "1. Jänner", "DATE", "2026-01-01", ""},
		{"Mitte Juli", "de", d, "Mitte Juli sollen die Ergebnisse vorliegen.", "Mitte Juli", "DATE", "2025-07", "MID"},
		{"Ende Oktober past", "de", d, "Ende Oktober wurde der Vertrag unterschrieben.", "Ende Oktober", "DATE", "2024-10", "END"},
		{"Anfang Mai", "de", d, "Anfang Mai stiegen die Preise.", "Anfang Mai", "DATE", "2025-05", "START"},
		{"seit Juni", "de", d, "Seit Juni gilt das neue Gesetz.", "Juni", "DATE", "2025-06", "ON_OR_AFTER"},
		{"vor Jahren", "de", d, "Vor 75 Jahren endete der Krieg.", "Vor 75 Jahren", "DATE", "1950", ""},
		{"vor einem Jahr", "de", d, "Vor einem Jahr wurde die Firma verkauft.", "Vor einem Jahr", "DATE", "2024", ""},
		{"Tage später", "de", d, "Am 5. Mai 2020 wurde er gewählt. Drei Tage später trat er zurück.", "Drei Tage später", "DATE", "2020-05-08", ""},
		{"selben Tag", "de", d, "Am 4. April 2021 brach das Feuer aus. Am selben Tag wurde evakuiert.", "selben Tag", "DATE", "2021-04-04", ""},
		{"Jahre zuvor", "de", d, "Im Jahr 2000 ging die Firma pleite. Zwei Jahre zuvor war sie gegründet worden.", "Zwei Jahre zuvor", "DATE", "1998", ""},
		{"folgenden Jahr", "de", d, "Die Partei wurde 1990 gegründet und im folgenden Jahr verboten.", "folgenden Jahr", "DATE", "1991", ""},
		{"halbes Jahr später", "de", d, "Im Jänner 2020 begann die Krise. Ein halbes Jahr später war alles vorbei.", "Ein halbes Jahr später", "DATE", "2020-07", ""},
		{"Stunden", "de", d, "Die Verhandlungen dauerten drei Stunden.", "drei Stunden", "DURATION", "PT3H", ""},
		{"Jahre", "de", d, "Er saß zwölf Jahre im Gefängnis.", "zwölf Jahre", "DURATION", "P12Y", ""},
		{"seit Jahren", "de", d, "Seit drei Jahren wartet sie auf eine Antwort.", "drei Jahren", "DURATION", "P3Y", ""},
		{"Wochen", "de", d, "Der Streik dauerte zwei Wochen.", "zwei Wochen", "DURATION", "P2W", ""},
		{"digit Stunden", "de", d, "Die Waffenruhe gilt für 48 Stunden.", "48 Stunden", "DURATION", "PT48H", ""},
		{"vergangenen zehn Jahren", "de", d, "In den vergangenen zehn Jahren hat sich der Preis verdoppelt.", "vergangenen zehn Jahren", "DURATION", "P10Y", ""},
		{"mehrere Monate", "de", d, "Mehrere Monate lang wurde verhandelt.", "Mehrere Monate lang", "DURATION", "PXM", ""},
		{"seit Wochen", "de", d, "Die Preise steigen seit Wochen.", "Wochen", "DURATION", "PXW", ""},
		{"täglich", "de", d, "Der Zug fährt täglich.", "täglich", "SET", "P1D", ""},
		{"jeden Montag", "de", d, "Die Gruppe trifft sich jeden Montag.", "jeden Montag", "SET", "XXXX-WXX-1", ""},
		{"jährlich", "de", d, "Der Bericht erscheint jährlich.", "jährlich", "SET", "P1Y", ""},
		{"wöchentlich", "de", d, "Die Zeitung erscheint wöchentlich.", "wöchentlich", "SET", "P1W", ""},
		{"monatlich", "de", d, "Die Miete wird monatlich bezahlt.", "monatlich", "SET", "P1M", ""},
		{"derzeit", "de", d, "Derzeit gibt es keine Lösung.", "Derzeit", "DATE", "PRESENT_REF", ""},
		{"zuletzt", "de", d, "Zuletzt stiegen die Zahlen.", "Zuletzt", "DATE", "PAST_REF", ""},
		{"künftig", "de", d, "Künftig sollen Busse fahren.", "Künftig", "DATE", "FUTURE_REF", ""},
		{"Uhr", "de", d, "Das Treffen findet um 14 Uhr statt.", "14 Uhr", "TIME", "2025-06-18T14:00", ""},
		{"Uhr minutes", "de", d, "Um 9.30 Uhr begann die Sitzung.", "9.30 Uhr", "TIME", "2025-06-18T09:30", ""},
		{"Montagabend", "de", d, "Am Montagabend wurde er festgenommen.", "Montagabend", "DATE", "2025-06-16TEV", ""},
		{"Freitagnachmittag", "de", d, "Am Freitagnachmittag endete die Sitzung.", "Freitagnachmittag", "DATE", "2025-06-13TAF", ""},
		{"Sommer year", "de", d, "Im Sommer 2019 brannte der Wald.", "Sommer 2019", "DATE", "2019-SU", ""},
		{"Frühjahr year", "de", d, "Im Frühjahr 2026 soll eröffnet werden.", "Frühjahr 2026", "DATE", "2026-SP", ""},
		{"Quartal past", "de", d, "Im ersten Quartal sank der Umsatz.", "ersten Quartal", "DATE", "2025-Q1", ""},
		{"Quartal future", "de", d, "Im vierten Quartal soll der Umsatz steigen.", "vierten Quartal", "DATE", "2025-Q4", ""},
		{"decade er Jahren", "de", d, "In den 1980er Jahren wuchs die Stadt.", "den 1980er Jahren", "DATE", "198", ""},
		{"Jahrhundert", "de", d, "Im 19. Jahrhundert wurde die Brücke gebaut.", "19. Jahrhundert", "DATE", "18", ""},
		{"Ende year", "de", d, "Ende 2024 lag die Quote bei 5 Prozent.", "Ende 2024", "DATE", "2024", "END"},
		{"Mai vergangenen Jahres", "de", d, "Im Mai vergangenen Jahres wurde gewählt.", "Mai vergangenen Jahres", "DATE", "2024-05", ""},
		{"Juni nächsten Jahres", "de", d, "Im Juni nächsten Jahres soll gewählt werden.", "Juni nächsten Jahres", "DATE", "2026-06", ""},
		{"kommenden Samstag", "de", d, "Am kommenden Samstag findet die Demo statt.", "kommenden Samstag", "DATE", "2025-06-21", ""},
		{"vergangenen Sonntag", "de", d, "Am vergangenen Sonntag wurde gewählt.", "vergangenen Sonntag", "DATE", "2025-06-15", ""},
		{"Wochenende future", "de", d, "Das Museum öffnet am Wochenende.", "Wochenende", "DATE", "2025-W25-WE", ""},
		{"vergangenen Wochenende", "de", d, "Am vergangenen Wochenende kam es zu Unfällen.", "vergangenen Wochenende", "DATE", "2025-W24-WE", ""},
		{"year", "de", d, "Die Firma wurde 1998 gegründet.", "1998", "DATE", "1998", ""},
		{"Ende des Jahres", "de", d, "Die Regierung will bis Ende des Jahres entscheiden.", "Ende des Jahres", "DATE", "2025", "END"},
		{"ab Juli", "de", d, "Ab Juli gilt die Regel.", "Juli", "DATE", "2025-07", ""},
		{"Jahreswechsel", "de", d, "Zum Jahreswechsel treten neue Regeln in Kraft.", "Jahreswechsel", "DATE", "2026-01-01", ""},
	}
	runFormCases(t, tests)
}

// TestNewsCheckDE checks forms found by judging German news (10kGNAD) by
// hand; the sentences are written for this test.
func TestNewsCheckDE(t *testing.T) {
	const d = "2016-03-15" // a Tuesday
	runFormCases(t, []formCase{
		{"person by age", "de", d, "Der 31-Jährige wurde festgenommen.", "Jährige", "", "", ""},
		{"person by age word", "de", d, "Die Polizei suchte den Dreijährigen.", "Dreijährigen", "", "", ""},
		{"age adjective stays", "de", d, "Ein 31-jähriger Mann wurde festgenommen.", "31-jähriger", "DURATION", "P31Y", ""},
		{"named spring", "de", d, "Der Prager Frühling wurde niedergeschlagen.", "Frühling", "", "", ""},
		{"spring after a time word", "de", d, "Im Frühling wird gebaut.", "Frühling", "DATE", "2016-SP", ""},
		{"count of workers", "de", d, "Im Werk fielen 300 Stellen weg, 1500 Beschäftigte wechselten.", "1500", "", "", ""},
		{"opening hours", "de", d, "Geöffnet ist Montag bis Freitag 9 bis 18 Uhr, Samstag 10 bis 14 Uhr.", "18 Uhr, Samstag", "", "", ""},
		{"eines Tages", "de", d, "Er hoffe, eines Tages zurückzukehren.", "Tages", "", "", ""},
		{"weekday in a story of years", "de", d, "Seit 2010 ist er in Wien. Er soll noch diesen Sommer gehen, hieß es am Freitag. Im April 2010 folgte er dem Botschafter nach, der von 2004 bis 2010 im Amt war. Er ist Jahrgang 1953.", "Freitag", "DATE", "2016-03-11", ""},
	})
}

// TestNewsSetDEPresent covers German news that tells a plan in the present
// tense ("Am Montag entscheidet der Rat"): a weekday, month or season
// (not winter, whose year is ambiguous) without a year in a present-tense
// clause with no cue of the past lies ahead, and the Präteritum, the
// Perfekt, a participle or reported speech keep it in the past. Sentences are written for this test.
func TestNewsSetDEPresent(t *testing.T) {
	const d = "2025-06-18" // a Wednesday
	runFormCases(t, []formCase{
		{"fronted present", "de", d, "Am Montag entscheidet der Rat über das Budget.", "Montag", "DATE", "2025-06-23", ""},
		{"present before the time", "de", d, "Der Stadtrat berät am Freitag über die neuen Gebühren.", "Freitag", "DATE", "2025-06-20", ""},
		{"bleibt with participle", "de", d, "Am Freitag bleibt das Rathaus geschlossen.", "Freitag", "DATE", "2025-06-20", ""},
		{"present plural", "de", d, "Am Montag treffen die Außenminister in Brüssel zusammen.", "Montag", "DATE", "2025-06-23", ""},
		{"month present ahead", "de", d, "Im März wählt Österreich einen neuen Nationalrat.", "März", "DATE", "2026-03", ""},
		{"Präteritum", "de", d, "Am Montag entschied der Rat über das Budget.", "Montag", "DATE", "2025-06-16", ""},
		{"weak Präteritum", "de", d, "Am Montag stimmten die Abgeordneten ab.", "Montag", "DATE", "2025-06-16", ""},
		{"Perfekt with haben", "de", d, "Am Montag hat der Rat über das Budget entschieden.", "Montag", "DATE", "2025-06-16", ""},
		{"Perfekt with sein", "de", d, "Ein Radfahrer ist am Montag in Graz tödlich verunglückt.", "Montag", "DATE", "2025-06-16", ""},
		{"separable participle", "de", d, "Die Zahl der Anträge ist am Montag deutlich zurückgegangen.", "Montag", "DATE", "2025-06-16", ""},
		{"participle after a relative clause", "de", d, "In Salzburg ist am Montag die Zahl der Gäste, die im Hotel warteten, gesunken.", "Montag", "DATE", "2025-06-16", ""},
		{"Präteritum closing a clause", "de", d, "Die Firma streicht 300 Stellen, wie der Konzern am Montag mitteilte.", "Montag", "DATE", "2025-06-16", ""},
		{"reported Konjunktiv", "de", d, "Der Vertrag sei am Montag unterschrieben worden, sagt ein Sprecher.", "Montag", "DATE", "2025-06-16", ""},
		{"so reports", "de", d, "Die Lage ist ernst, so der Minister am Montag in Wien.", "Montag", "DATE", "2025-06-16", ""},
		{"attributive participle", "de", d, "Der am Montag vorgestellte Plan sieht Kürzungen vor.", "Montag", "DATE", "2025-06-16", ""},
		{"season present ahead", "de", "2026-01-20", "Im Herbst wählt Österreich einen neuen Nationalrat.", "Herbst", "DATE", "2026-FA", ""},
		{"season Präteritum", "de", "2026-01-20", "Im Herbst wählte Österreich einen neuen Nationalrat.", "Herbst", "DATE", "2025-FA", ""},
		{"month Präteritum", "de", d, "Im März wählte Österreich einen neuen Nationalrat.", "März", "DATE", "2025-03", ""},
	})
}

// TestNewsSetDERecurring covers opening hours and other recurring times:
// a clock time joined to a set ("täglich von 9 bis 17 Uhr", "montags um 8
// Uhr") is a time of the recurring day, not of the DCT's day. Working days
// are written XXXX-WXX-WD, after the weekend's WE. Sentences are written
// for this test.
func TestNewsSetDERecurring(t *testing.T) {
	const d = "2025-06-18" // a Wednesday
	runFormCases(t, []formCase{
		{"jeden Montag", "de", d, "Die Bibliothek bleibt jeden Montag geschlossen.", "jeden Montag", "SET", "XXXX-WXX-1", ""},
		{"montags", "de", d, "Das Freibad ist montags geschlossen.", "montags", "SET", "XXXX-WXX-1", ""},
		{"werktags", "de", d, "Der Bus verkehrt werktags im Halbstundentakt.", "werktags", "SET", "XXXX-WXX-WD", ""},
		{"wochentags", "de", d, "Die Kantine öffnet wochentags.", "wochentags", "SET", "XXXX-WXX-WD", ""},
		{"täglich opening", "de", d, "Die Schau ist täglich von 10 bis 18 Uhr zu sehen.", "10", "TIME", "XXXX-XX-XXT10:00", ""},
		{"täglich closing", "de", d, "Die Schau ist täglich von 10 bis 18 Uhr zu sehen.", "18 Uhr", "TIME", "XXXX-XX-XXT18:00", ""},
		{"weekday set with hour", "de", d, "Die Beratung findet dienstags um 14 Uhr statt.", "14 Uhr", "TIME", "XXXX-WXX-2T14:00", ""},
		{"werktags with hours", "de", d, "Die Hotline ist werktags von 8 bis 20 Uhr erreichbar.", "20 Uhr", "TIME", "XXXX-WXX-WDT20:00", ""},
		{"hour without set", "de", d, "Um 18 Uhr begann die Sitzung.", "18 Uhr", "TIME", "2025-06-18T18:00", ""},
		{"Nacht auf past", "de", d, "In der Nacht auf Montag brannte eine Lagerhalle.", "Nacht auf Montag", "DATE", "2025-06-15TNI", ""},
		{"Nacht zum future", "de", d, "In der Nacht zum Samstag soll es stürmen.", "Nacht zum Samstag", "DATE", "2025-06-20TNI", ""},
		{"weekdays English", "en", d, "The ferry runs on weekdays only.", "weekdays", "SET", "XXXX-WXX-WD", ""},
		{"daily at an hour English", "en", d, "The gallery opens daily at 10 a.m.", "10 a.m.", "TIME", "XXXX-XX-XXT10:00", ""},
	})
}

// TestNewsCheckDE2 holds the kinds of error a second hand check of German
// news found (articles 700-739 of the 10kGNAD test set, not copied): a
// range of months told in the past that would end after the DCT, a plan
// under "solle"/"hofft", the genitive of a weekday, a count of days that
// would end after the DCT, and the stretch "in den N Jahren zuvor".
// Sentences are written for this test.
func TestNewsCheckDE2(t *testing.T) {
	const d = "2016-03-15" // a Tuesday
	runFormCases(t, []formCase{
		{"past range start", "de", d, "Von Februar bis Oktober wurden 800 Anträge gestellt.", "Februar", "DATE", "2015-02", ""},
		{"past range end", "de", d, "Von Februar bis Oktober wurden 800 Anträge gestellt.", "Oktober", "DATE", "2015-10", ""},
		{"past range within the year", "de", d, "Von Jänner bis Februar wurden 800 Anträge gestellt.", "Februar", "DATE", "2016-02", ""},
		{"solle", "de", d, "Der Häftling solle am Samstag freikommen.", "Samstag", "DATE", "2016-03-19", ""},
		{"hofft", "de", d, "Die Stadt hofft auf eine Einigung am Donnerstag.", "Donnerstag", "DATE", "2016-03-17", ""},
		{"genitive weekday", "de", d, "Man hoffe, im Laufe des Mittwochs zu entscheiden.", "Mittwochs", "DATE", "2016-03-16", ""},
		{"adverb weekday stays a set", "de", d, "Der Markt hat mittwochs geöffnet.", "mittwochs", "SET", "XXXX-WXX-3", ""},
		{"count past the DCT is a length", "de", d, "Am Freitag stand er nach 300 Tagen wieder im Tor.", "300 Tagen", "DURATION", "P300D", ""},
		{"count before the DCT stays a date", "de", d, "Am 1. März begann die Reha, nach zehn Tagen kehrte er zurück.", "nach zehn Tagen", "DATE", "2016-03-11", ""},
		{"first Sunday of every month", "de", d, "Künftig ist die Straße jeden ersten Sonntag im Monat gesperrt.", "jeden ersten Sonntag im Monat", "SET", "P1M", ""},
		{"last Friday of each month", "de", d, "Die Kommission tagt am letzten Freitag jedes Monats.", "letzten Freitag jedes Monats", "SET", "P1M", ""},
		{"weekday tells the year", "de", d, "Der Kampf soll am Samstag, den 28. November, stattfinden.", "Samstag, den 28. November", "DATE", "2015-11-28", ""},
		{"weekday agrees with the year", "de", d, "Der Kampf soll am Montag, den 28. November, stattfinden.", "Montag, den 28. November", "DATE", "2016-11-28", ""},
		{"weekday tells the year English", "en", d, "The bout is set for Saturday, Nov. 28, in London.", "Saturday, Nov. 28", "DATE", "2015-11-28", ""},
		{"stretch before", "de", d, "Es kamen doppelt so viele wie in den fünf Jahren zuvor.", "fünf Jahren zuvor", "DURATION", "P5Y", ""},
		{"offset before stays a date", "de", d, "Fünf Jahre zuvor hatte er gekündigt.", "Fünf Jahre zuvor", "DATE", "2011", ""},
	})
}

// TestNewsCheckDE3 holds the kinds of error a third hand check of German
// news found (10kGNAD test articles 780-819, judged once before these
// fixes): an English weekday abbreviation in a name ("SAT.1"), a first
// name before a season word, the Perfekt of a separable verb, and a
// participle after a modal, which is a passive ahead. Sentences are
// written for this test.
func TestNewsCheckDE3(t *testing.T) {
	const d = "2016-03-15" // a Tuesday
	runFormCases(t, []formCase{
		{"channel name", "de", d, "Die Serie läuft auf SAT.1 und ProSieben.", "SAT", "", "", ""},
		{"first name and season", "de", d, "Das sagte Stadtrat Peter Winter, der Leiter des Amtes.", "Winter", "", "", ""},
		{"first name and summer", "de", d, "Laut Direktorin Anna Sommer wurde gespart.", "Sommer", "", "", ""},
		{"Anfang Sommer stays", "de", d, "Anfang Sommer wird gebaut.", "Anfang Sommer", "DATE", "2016-SU", "START"},
		{"separable Perfekt", "de", d, "Der Vertrag ist Ende Juni ausgelaufen.", "Ende Juni", "DATE", "2015-06", "END"},
		{"separable Perfekt in a clause", "de", d, "Weil die Frist Ende Juni abgelaufen ist, muss neu verhandelt werden.", "Ende Juni", "DATE", "2015-06", "END"},
		{"passive after a modal", "de", d, "Die Stellen sollen im Herbst ausgeschrieben werden.", "Herbst", "DATE", "2016-FA", ""},
		{"passive with wird", "de", d, "Es wird am Freitag ausgelost.", "Freitag", "DATE", "2016-03-18", ""},
		{"passive with worden", "de", d, "Er soll am Freitag festgenommen worden sein.", "Freitag", "DATE", "2016-03-11", ""},
	})
}

// TestNewsCheckDE4 holds the kinds of error left by the third hand check of
// German news and found by a fourth (10kGNAD test articles 820-859): a
// range of counts or a list of units is one length; "heute" against a
// "früher" or in a general statement is the present, not the DCT's day; a
// half-year told in a report is the last one; a reporting verb does not
// make its clause a plan; a habitual adverb makes a time a set.
// Sentences are written for this test.
func TestNewsCheckDE4(t *testing.T) {
	const d = "2016-03-15" // a Tuesday
	runFormCases(t, []formCase{
		{"range of months", "de", d, "Die Reparatur dauert ein bis zwei Monate.", "ein bis zwei Monate", "DURATION", "P1M", "EQUAL_OR_MORE"},
		{"range of months dative", "de", d, "Mit einer Entscheidung wird in zwei bis drei Wochen gerechnet.", "zwei bis drei Wochen", "DURATION", "P2W", "EQUAL_OR_MORE"},
		{"compound length", "de", d, "Die Crew war einen Tag, vier Stunden und zehn Minuten unterwegs.", "einen Tag, vier Stunden und zehn Minuten", "DURATION", "P1DT4H10M", ""},
		{"compound length of two", "de", d, "Der Flug dauerte zwei Stunden und 15 Minuten.", "zwei Stunden und 15 Minuten", "DURATION", "PT2H15M", ""},
		{"heute general", "de", d, "Heute leben mehr Menschen in Städten als auf dem Land.", "Heute", "DATE", "PRESENT_REF", ""},
		{"heute against früher", "de", d, "Früher gab es hier drei Bäcker, heute gibt es keinen mehr.", "heute", "DATE", "PRESENT_REF", ""},
		{"heute event of the day", "de", d, "Heute beginnt in Wien der Prozess gegen den Bürgermeister.", "Heute", "DATE", "2016-03-15", ""},
		{"heute with a past clause", "de", d, "Heute wurde bekannt, dass er früher Minister war.", "Heute", "DATE", "2016-03-15", ""},
		{"heute with more than a count", "de", d, "Heute sagen mehr als 100 Zeugen aus.", "Heute", "DATE", "2016-03-15", ""},
		{"noch heute is the day", "de", d, "Das Urteil soll noch heute verkündet werden.", "heute", "DATE", "2016-03-15", ""},
		{"bis heute", "de", d, "Der Fall ist bis heute ungeklärt.", "heute", "DATE", "PRESENT_REF", ""},
		{"heute reported", "de", d, "Der Minister wird heute in Berlin erwartet.", "heute", "DATE", "2016-03-15", ""},
		{"half-year reported", "de", d, "Der Konzern legte die Zahlen für das 2. Halbjahr vor.", "das 2. Halbjahr", "DATE", "2015-H2", ""},
		{"half-year of figures in the present", "de", d, "Der Konzern legt am Donnerstag die Zahlen für das 2. Halbjahr vor.", "das 2. Halbjahr", "DATE", "2015-H2", ""},
		{"quarter of a turnover", "de", d, "Der Umsatz im dritten Quartal steigt um zwei Prozent.", "dritten Quartal", "DATE", "2015-Q3", ""},
		{"half-year expected", "de", d, "Für das 2. Halbjahr erwartet der Konzern mehr Umsatz.", "das 2. Halbjahr", "DATE", "2016-H2", ""},
		{"half-year ahead", "de", d, "Im 2. Halbjahr soll die Produktion steigen.", "2. Halbjahr", "DATE", "2016-H2", ""},
		{"reporting verb", "de", d, "Die Wahl am 11. Februar war ein Erfolg, sagt er.", "11. Februar", "DATE", "2016-02-11", ""},
		{"reporting verb present clause", "de", d, "Die Wahl am 11. Oktober wird knapp, sagt er.", "11. Oktober", "DATE", "2016-10-11", ""},
		{"reporting verb outside the clause", "de", d, "Bis zur Wahl am 11. Oktober bleibt es spannend, sagt er.", "11. Oktober", "DATE", "2016-10-11", ""},
		{"reported Perfekt stays past", "de", d, "Am Montag sei der Rat zusammengekommen, sagt ein Sprecher.", "Montag", "DATE", "2016-03-14", ""},
		{"reporting verb alone", "de", d, "Am Montag sagt der Minister, es gebe keine Krise.", "Montag", "DATE", "2016-03-14", ""},
		{"stets at a feast", "de", d, "Zu Silvester kommt die Familie stets in Tirol zusammen.", "Silvester", "SET", "XXXX-12-31", ""},
		{"moving feast stays a date", "de", d, "Zu Ostern kommt die Familie stets in Tirol zusammen.", "Ostern", "DATE", "2016-03-27", ""},
		{"wie immer is one occasion", "de", d, "Am Sonntag spielte die Band wie immer im Stadtpark.", "Sonntag", "DATE", "2016-03-13", ""},
		{"immer noch", "de", d, "Am Freitag war die Straße immer noch gesperrt.", "Freitag", "DATE", "2016-03-11", ""},
		{"jeden Sommer", "de", d, "Jeden Sommer kommen Tausende an den See.", "Jeden Sommer", "SET", "XXXX-SU", ""},
		{"jeden Fall is no season", "de", d, "Das gilt auf jeden Fall für alle.", "Fall", "", "", ""},
		{"jeweils weekday", "de", d, "Die Sendung läuft am Sonntag (jeweils 20 Uhr).", "Sonntag", "SET", "XXXX-WXX-7", ""},
		{"jeweils shares a count", "de", d, "In der Nacht auf Montag gab es drei Kontakte von jeweils zehn Sekunden.", "Nacht auf Montag", "DATE", "2016-03-13TNI", ""},
		{"wer auch immer", "de", d, "Wer auch immer am Sonntag gewann, die Partei jubelte.", "Sonntag", "DATE", "2016-03-13", ""},
		{"immer weekday", "de", d, "Der Markt findet immer am Samstag statt.", "Samstag", "SET", "XXXX-WXX-6", ""},
		{"immer montags", "de", d, "Die Sitzungen sind immer montags.", "montags", "SET", "XXXX-WXX-1", ""},
		{"früher and heute", "de", d, "Das ist heute anders als früher.", "heute", "DATE", "PRESENT_REF", ""},
		{"ab Jänner planned", "de", d, "Er soll das ab Jänner geplante Projekt leiten.", "Jänner", "DATE", "2017-01", ""},
		{"planned for a month just past", "de", d, "Das für Februar geplante Treffen fiel aus.", "Februar", "DATE", "2016-02", ""},
		{"average count of days", "de", d, "Im Schnitt wurden Anträge nach 47 Tagen beantwortet.", "47 Tagen", "DURATION", "P47D", ""},
		{"average after a date", "de", d, "Im Jahr 2015 kamen 300 Anträge. Im Schnitt wurden sie nach 47 Tagen beantwortet.", "47 Tagen", "DURATION", "P47D", ""},
		{"rule after a date", "de", d, "Seit 1. Jänner gilt das Gesetz. In der Regel wird nach zehn Tagen entschieden.", "zehn Tagen", "DURATION", "P10D", ""},
		{"one occasion after a date", "de", d, "Am 1. März begann die Reha, nach zehn Tagen kehrte er zurück.", "nach zehn Tagen", "DATE", "2016-03-11", ""},
	})
}

// TestNewsSetDEReported covers the Konjunktiv I of reported speech, which
// retells the present or a plan at the time of the report ("die Wahl sei am
// Sonntag, sagte er"), against its Perfekt, which retells a past; on-this-day
// notes, whose day takes the year counted back before it; a range of
// counts after "nächsten" as one span; and the n-th day of an event. Sentences are written for this test.
func TestNewsSetDEReported(t *testing.T) {
	const d = "2025-03-12" // a Wednesday
	runFormCases(t, []formCase{
		{"sei with a weekday", "de", d, "Die Wahl sei am Sonntag, sagte der Sprecher.", "Sonntag", "DATE", "2025-03-16", ""},
		{"sei with a month", "de", d, "Der Termin sei im Juni, erklärte die Ministerin.", "Juni", "DATE", "2025-06", ""},
		{"full verb in Konjunktiv I", "de", d, "Der Minister sagte, die Entscheidung falle im Juni.", "Juni", "DATE", "2025-06", ""},
		{"Konjunktiv I with a particle", "de", d, "Die Abstimmung finde am Dienstag statt, teilte die Partei mit.", "Dienstag", "DATE", "2025-03-18", ""},
		{"Konjunktiv I fronted", "de", d, "Am Freitag beginne der Prozess, berichtete die Zeitung.", "Freitag", "DATE", "2025-03-14", ""},
		{"werde with a season", "de", "2025-02-10", "Der Rat werde im Herbst entscheiden, hieß es.", "Herbst", "DATE", "2025-FA", ""},
		{"werde with a weekday", "de", d, "Der Rat werde am Montag entscheiden, sagte sie.", "Montag", "DATE", "2025-03-17", ""},
		{"Perfekt with sei", "de", d, "Die Brücke sei am Montag eröffnet worden, sagte sie.", "Montag", "DATE", "2025-03-10", ""},
		{"state reached with sei", "de", d, "Die Brücke sei am Montag eröffnet, sagte sie.", "Montag", "DATE", "2025-03-10", ""},
		{"Perfekt with habe", "de", d, "Er habe am Montag mit dem Minister gesprochen, sagte sie.", "Montag", "DATE", "2025-03-10", ""},
		{"Perfekt with gewesen", "de", d, "Im Februar sei die Lage noch ruhig gewesen, sagte er.", "Februar", "DATE", "2025-02", ""},
		{"Perfekt with a ge- participle", "de", d, "Die Zahl sei im Februar gestiegen, teilte das Amt mit.", "Februar", "DATE", "2025-02", ""},
		{"Perfekt after a clause put in", "de", d, "Der Fahrer sei am Samstag beim Versuch, die Grenze zu passieren, gestoppt worden.", "Samstag", "DATE", "2025-03-08", ""},
		{"sei with a day after vom", "de", d, "Sie sei an dem Unfall – jenem vom Montag – nicht schuld, sagte ihr Anwalt.", "Montag", "DATE", "2025-03-10", ""},
		{"modal in Konjunktiv I", "de", d, "Ein Sprecher sagte, der Präsident wolle am Freitag nach Rom reisen.", "Freitag", "DATE", "2025-03-14", ""},
		{"on this day", "de", d, "Vor 50 Jahren, am 27. Juli, begann die Übertragung.", "27. Juli", "DATE", "1975-07-27", ""},
		{"on this day second note", "de", "2025-07-27", "Vor 50 Jahren, am 27. Juli, begann die Übertragung. Vor 25 Jahren, am 27. Juli, wurde der Tunnel eröffnet.", "Vor 25 Jahren", "DATE", "2000", ""},
		{"on this day month", "de", d, "Vor 40 Jahren, im Mai, wurde das Werk geschlossen.", "Mai", "DATE", "1985-05", ""},
		{"on this day with the year", "de", d, "Vor 50 Jahren, am 27. Juli 1975, begann die Übertragung.", "27. Juli 1975", "DATE", "1975-07-27", ""},
		{"days ago are no years", "de", d, "Vor drei Tagen, am Sonntag, begann der Streik.", "Sonntag", "DATE", "2025-03-09", ""},
		{"on this day in English", "en", d, "Fifty years ago, on July 27, the broadcasts began.", "July 27", "DATE", "1975-07-27", ""},
		{"range after nächsten", "de", d, "Die Entscheidung fällt in den nächsten ein bis zwei Wochen.", "nächsten ein bis zwei Wochen", "DURATION", "P1W", "EQUAL_OR_MORE"},
		{"range after kommenden", "de", d, "In den kommenden zwei bis drei Monaten soll das Werk schließen.", "kommenden zwei bis drei Monaten", "DURATION", "P2M", "EQUAL_OR_MORE"},
		{"range after letzten", "de", d, "In den letzten drei bis vier Jahren stiegen die Mieten.", "letzten drei bis vier Jahren", "DURATION", "P3Y", "EQUAL_OR_MORE"},
		{"range alone", "de", d, "Das dauert ein bis zwei Wochen.", "ein bis zwei Wochen", "DURATION", "P1W", "EQUAL_OR_MORE"},
		{"nth day of an event", "de", d, "Die Lokführer streiken seit dem 3. März. Am dritten Tag des Streiks fielen alle Züge aus.", "dritten Tag des Streiks", "DATE", "2025-03-05", ""},
		{"nth day of an event undated", "de", d, "Am dritten Tag des Streiks fielen alle Züge aus.", "Tag des Streiks", "", "", ""},
	})
}
