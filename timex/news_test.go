package timex

import "testing"

// TestNewsForms checks forms found by judging German (DER STANDARD) and
// English (Reuters) news by hand: Austrian words, genitive relative years,
// parts of a day told before, weekday sets and the abbreviations of
// business wires. The sentences are written for this test. An expected
// value of "" means no expression may be found whose text contains sub.
func TestNewsForms(t *testing.T) {
	const (
		enDCT = "2024-05-15" // a Wednesday
		deDCT = "2025-06-18" // a Wednesday
	)
	tests := []formCase{
		// A date with the year in the genitive of a one-word relative.
		{"de month des Vorjahres", "de", deDCT, "Seit Mai des Vorjahres leitet sie das Amt.", "Mai des Vorjahres", "DATE", "2024-05", "ON_OR_AFTER"},
		{"de day des Vorjahres", "de", deDCT, "Der letzte Sieg gelang am 3. Oktober des Vorjahres.", "3. Oktober des Vorjahres", "DATE", "2024-10-03", ""},
		{"de day des Folgejahres", "de", deDCT, "Der Vertrag wurde 2019 geschlossen und endete im März des Folgejahres.", "März des Folgejahres", "DATE", "2020-03", ""},
		{"de Vorjahres alone stays", "de", deDCT, "Der Umsatz des Vorjahres war höher.", "Vorjahres", "DATE", "2024", ""},

		// Austrian "heuer" is this year.
		{"de heuer", "de", deDCT, "Heuer sollen weniger Menschen kommen.", "Heuer", "DATE", "2025", ""},
		{"de heuer lower", "de", deDCT, "Die Regierung will heuer 30.000 Anträge annehmen.", "heuer", "DATE", "2025", ""},

		// "am morgigen Dienstag", "am gestrigen Montag": one expression,
		// counted from the time of writing.
		{"de morgigen weekday", "de", deDCT, "Der Entwurf wird am morgigen Donnerstag beraten.", "morgigen Donnerstag", "DATE", "2025-06-19", ""},
		{"de gestrigen weekday", "de", deDCT, "Am gestrigen Dienstag tagte der Rat.", "gestrigen Dienstag", "DATE", "2025-06-17", ""},
		{"de morgige without day", "de", deDCT, "Die morgige Sitzung fällt aus.", "morgige", "", "", ""},

		// A part of the day being told, after "am" or "gegen".
		{"de am Nachmittag after a weekday", "de", deDCT, "Die Anklage sprach am Montag. Am Nachmittag begannen die Plädoyers.", "Nachmittag", "DATE", "2025-06-16TAF", ""},
		{"de am frühen Morgen", "de", deDCT, "Am Sonntag brannte eine Scheune. Die Feuerwehr kam am frühen Morgen.", "frühen Morgen", "DATE", "2025-06-15TMO", "START"},
		{"de am frühen Morgen auf", "de", deDCT, "Am Freitag fiel Schnee. Sie sprengten die Granate am frühen Morgen auf dem Gelände.", "frühen Morgen", "DATE", "2025-06-13TMO", "START"},
		{"de gegen Abend", "de", deDCT, "Der Angriff begann am 3. Mai 1945, gegen Abend war er vorbei.", "gegen Abend", "DATE", "1945-05-03TEV", "APPROX"},
		{"de a wish is no part of day", "de", deDCT, "Einen schönen Abend wünschte er allen.", "Abend", "", "", ""},
		{"de eine Nacht is a length, not a part of day", "de", deDCT, "Sie blieben eine Nacht im Lager.", "Nacht", "", "", ""},

		// Lower-case weekday adverbs recur.
		{"de sonntags lower", "de", deDCT, "Künftig dürfen die Geschäfte auch sonntags öffnen.", "sonntags", "SET", "XXXX-WXX-7", ""},
		{"de quartalsmäßig", "de", deDCT, "Das Amt meldet die Zahlen quartalsmäßig.", "quartalsmäßig", "SET", "P1Q", ""},

		{"de halbjährlich", "de", deDCT, "Aus halbjährlichen Zahlen lässt sich wenig schließen.", "halbjährlichen", "SET", "P6M", ""},

		// Lengths without a number, the near future.
		{"de innerhalb von Minuten", "de", deDCT, "Die Software war innerhalb von Minuten installiert.", "Minuten", "DURATION", "PTXM", ""},
		{"de binnen Stunden", "de", deDCT, "Binnen Stunden war der Damm gebrochen.", "Stunden", "DURATION", "PTXH", ""},
		{"de Vierteljahrhundert", "de", deDCT, "Ein Vierteljahrhundert ist seit der Uraufführung vergangen.", "Ein Vierteljahrhundert", "DURATION", "P25Y", ""},
		{"de in Kürze", "de", deDCT, "Damit ist es in Kürze vorbei.", "in Kürze", "DATE", "FUTURE_REF", ""},
		{"de in Hinkunft", "de", deDCT, "Das soll in Hinkunft nicht mehr passieren.", "in Hinkunft", "DATE", "FUTURE_REF", ""},
		{"de bald nach is a sequence", "de", deDCT, "Der bald nach der Wahl angekündigte Umbau stockt.", "bald", "", "", ""},

		// "dürfte" looks ahead, even after a past auxiliary.
		{"de dürfte", "de", deDCT, "Er hat lange gewartet, aber im März dürfte er in den Landtag einziehen.", "März", "DATE", "2026-03", ""},

		// A participle used as an adjective after the time carries its tense.
		{"de attributive participle past", "de", deDCT, "Die Anfang Oktober gegründete Partei zählt 300 Mitglieder.", "Anfang Oktober", "DATE", "2024-10", "START"},
		{"de attributive participle plan", "de", deDCT, "Der für das vierte Quartal geplante Umbau wurde verschoben.", "das vierte Quartal", "DATE", "2025-Q4", ""},

		// German timetable verbs in the present look ahead.
		{"de schedule verb", "de", deDCT, "Rapid gastiert am Montag in Ried.", "Montag", "DATE", "2025-06-23", ""},
		{"de schedule verb beginnen", "de", deDCT, "Die Verhandlungen beginnen am 3. Februar.", "3. Februar", "DATE", "2026-02-03", ""},
		{"de no schedule verb", "de", deDCT, "Rapid siegte am Montag in Ried.", "Montag", "DATE", "2025-06-16", ""},

		// Clock ranges, the Austrian morning, named days, three quarters.
		{"de von bis Uhr first", "de", deDCT, "Am Montag ist das Amt von 9 bis 17 Uhr offen.", "9", "TIME", "2025-06-16T09:00", ""},
		{"de zwischen und Uhr first", "de", deDCT, "Am Montag staute es sich zwischen 8 und 10 Uhr.", "8", "TIME", "2025-06-16T08:00", ""},
		{"de von bis years is no clock", "de", deDCT, "Er lebte von 9 bis 17 Jahre in Graz.", "9 bis 17 Jahre", "DURATION", "P9Y", "EQUAL_OR_MORE"},
		{"de in der Früh", "de", deDCT, "Die Fähren legten am Montag in der Früh an.", "Montag in der Früh", "DATE", "2025-06-16TMO", ""},
		{"de Heiligen Abend", "de", deDCT, "Am Heiligen Abend 2020 schneite es.", "Heiligen Abend 2020", "DATE", "2020-12-24", ""},
		{"de Tag der Arbeit", "de", deDCT, "Am Tag der Arbeit 2019 demonstrierten Tausende.", "Tag der Arbeit 2019", "DATE", "2019-05-01", ""},
		{"de dreiviertel Jahr", "de", deDCT, "Die Reparatur dauerte ein dreiviertel Jahr.", "ein dreiviertel Jahr", "DURATION", "P9M", ""},

		{"de Montagfrüh", "de", deDCT, "Ein Kind ist Montagfrüh verunglückt.", "Montagfrüh", "DATE", "2025-06-16TMO", ""},
		{"de race time is no clock", "de", deDCT, "10. Bernhard Gruber 1:37,9 (6./19.)", "1:37", "", "", ""},
		{"de race time hms is no clock", "de", deDCT, "7. Eider Arevalo (Kolumbien) 1:21:13", "1:21", "", "", ""},

		{"de season oder season of next year", "de", deDCT, "Man solle bis Frühjahr oder Sommer nächsten Jahres warten.", "Frühjahr", "DATE", "2026-SP", ""},
		{"en month or month next year", "en", enDCT, "The plant will open in March or April next year.", "March", "DATE", "2025-03", ""},

		{"de im Lauf der Woche", "de", deDCT, "Im Lauf dieser Woche steigen die Temperaturen.", "Lauf dieser Woche", "DATE", "2025-W25", ""},
		{"de Lauf alone", "de", deDCT, "Der Lauf der Dinge ist klar.", "Lauf", "", "", ""},

		{"de nach Jahren past the DCT is a length", "de", deDCT, "Am 3. Mai 2025 kam die Nachricht. Nach zehn Jahren geht der Sender vom Netz.", "zehn Jahren", "DURATION", "P10Y", ""},
		{"de nach Tagen from a told date", "de", deDCT, "Am 3. Mai 2020 begann der Streik. Nach zwei Tagen endete er.", "Nach zwei Tagen", "DATE", "2020-05-05", ""},

		{"de h:mm Stunden is a length", "de", deDCT, "Thiem siegte nach 1:35 Stunden.", "1:35 Stunden", "DURATION", "PT1H35M", ""},
		{"de m:ss Minuten is a length", "de", deDCT, "Er stand 18:57 Minuten auf dem Eis.", "18:57 Minuten", "DURATION", "PT18M57S", ""},
		{"de score is no clock", "de", deDCT, "Die Vikings siegten mit 23:13 gegen die Raiders.", "23:13", "", "", ""},
		{"de colon time with Uhr", "de", deDCT, "Am Montag um 20:15 Uhr beginnt das Spiel.", "20:15 Uhr", "TIME", "2025-06-23T20:15", ""},

		{"de findet statt", "de", deDCT, "Die Wahl findet am 3. Februar statt.", "3. Februar", "DATE", "2026-02-03", ""},
		{"de fand statt", "de", deDCT, "Die Wahl fand am 3. Februar statt.", "3. Februar", "DATE", "2025-02-03", ""},

		// Business wire abbreviations and numeric ordinals of quarters.
		{"en 4TH QTR headline", "en", "2024-02-10", "ACME CORP 4TH QTR NET\n\nShr 10 cts vs 8 cts.", "4TH QTR", "DATE", "2023-Q4", ""},
		{"en 1st quarter numeric", "en", enDCT, "Its 1st quarter loss narrowed, the company said.", "1st quarter", "DATE", "2024-Q1", ""},
		{"en 2nd-quarter adjective", "en", enDCT, "The 2nd-quarter results will come out in August.", "2nd-quarter", "DATE", "2024-Q2", ""},
		{"en mths", "en", enDCT, "Oper net for the 12 mths rose.", "the 12 mths", "DURATION", "P12M", ""},
		{"en same month last year", "en", enDCT, "April sales rose 4 pct over the same month last year.", "the same month last year", "DATE", "2023-04", ""},
		{"en same month a year earlier", "en", enDCT, "Sales in March were 9 mln dlrs, against 7 mln in the same month a year earlier.", "the same month a year earlier", "DATE", "2023-03", ""},
		{"en the year before", "en", enDCT, "Exports hit a record in 2022, a rise of 8 pct over the year before.", "the year before", "DATE", "2021", ""},
		{"en the year before a noun", "en", enDCT, "In the year before the election, prices fell.", "the year before", "", "", ""},
		{"en count word wrapped", "en", enDCT, "The union shut the plants for seven\nweeks in summer 1984.", "seven\nweeks", "DURATION", "P7W", ""},
		{"en digits on two lines are a table", "en", enDCT, "Oper net 12\nmonths 3.4 mln", "12\nmonths", "", "", ""},
		{"en possessive year quarter", "en", enDCT, "Net was 4 mln dlrs, against 3 mln in 2022's fourth quarter.", "2022's fourth quarter", "DATE", "2022-Q4", ""},
		{"en possessive year other noun", "en", enDCT, "It beat 2022's profit.", "2022", "DATE", "2022", ""},
		{"en year qtr", "en", "2024-02-10", "ACME 4TH QTR NET\n\nNOTE: 2023 qtr excludes a gain of 3 cts a share.", "2023 qtr", "DATE", "2023-Q4", ""},
		{"en late yesterday", "en", enDCT, "The company filed suit late yesterday.", "late yesterday", "DATE", "2024-05-14", "END"},
		{"en earlier today", "en", enDCT, "Earlier today, the board met.", "Earlier today", "DATE", "2024-05-15", "START"},
		{"en 5th is no quarter", "en", enDCT, "He finished 5th quarter of the way.", "5th", "", "", ""},
	}
	runFormCases(t, tests)
}

// TestComparisonBase checks that "from a year earlier", the base of a
// comparison, does not become the time later offsets count from: both are
// the month told, a year before.
func TestComparisonBase(t *testing.T) {
	tg := newTagger(t)
	text := "In April 2023, exports fell 3 pct from a year earlier, and imports fell 5 pct from a year earlier."
	var got []string
	for _, v := range tg.Annotate(text, "en", "2024-05-15") {
		if v.Text == "a year earlier" {
			got = append(got, v.Value)
		}
	}
	if len(got) != 2 || got[0] != "2022-04" || got[1] != "2022-04" {
		t.Fatalf("values of 'a year earlier' = %v, want [2022-04 2022-04]", got)
	}
}
