package timex

import "testing"

// TestEnglishRules checks the English rules one sentence each; the sentences
// are written for these tests. DCTs: Wednesday 2013-03-13 unless noted.
func TestEnglishRules(t *testing.T) {
	const wed = "2013-03-13"
	tests := []struct {
		name, dct, text string
		sub             string // part of the expected expression's text
		typ, value, mod string
	}{
		// Tense: the cue before the expression governs; plans told in the
		// past give the nearest day; deadlines look ahead.
		{"future cue before, participle after", "2013-02-13", "The airline will expand its routes by August in search of markets untouched by the crisis.", "August", "DATE", "2013-08", ""},
		{"planned to", wed, "The delegation planned to leave the capital on Thursday.", "Thursday", "DATE", "2013-03-14", ""},
		{"had been scheduled", "2013-03-11", "The offer had been scheduled to expire at midnight Friday.", "midnight Friday", "TIME", "2013-03-08T24:00", ""},
		{"is expected", "2013-03-11", "A ruling is expected on Friday.", "Friday", "DATE", "2013-03-15", ""},
		{"until deadline", "2013-03-14", "The agency postponed until Tuesday morning any decision on the permit.", "Tuesday morning", "DATE", "2013-03-19TMO", ""},
		{"lasted until", wed, "The talks lasted until late Tuesday.", "late Tuesday", "DATE", "2013-03-12", "END"},
		{"times a week", wed, "Ferries sail three times a week.", "three times a week", "SET", "P1W", ""},
		{"fronted until", "2013-03-15", "Until Thursday, the police had not named a suspect.", "Thursday", "DATE", "2013-03-14", ""},
		{"as soon as", "2013-03-11", "The group could arrive as soon as Tuesday, officials said.", "Tuesday", "DATE", "2013-03-12", ""},
		{"possessive with future", "2013-03-16", "Lawyers said they would appeal Wednesday's ruling.", "Wednesday", "DATE", "2013-03-13", ""},
		{"passive after modal", "2013-03-13", "The bonds would be redeemed in five years.", "five years", "DATE", "2018", ""},
		{"modal may", "2013-03-11", "Prosecutors may seek an indictment on Friday.", "Friday", "DATE", "2013-03-15", ""},
		{"irregular passive", "2013-02-10", "A ceremony would still be held at the summit on April 24.", "April 24", "DATE", "2013-04-24", ""},
		{"plan after the time", wed, "On Friday, the government planned to pay the victims.", "Friday", "DATE", "2013-03-08", ""},
		{"through a month", "2013-10-30", "The banks extended credit lines through January.", "January", "DATE", "2014-01", ""},
		{"set on is not a plan", "2013-02-06", "The index closed near the record it set on Aug. 6.", "Aug. 6", "DATE", "2012-08-06", ""},
		{"timetable present", wed, "The offer expires on Friday.", "Friday", "DATE", "2013-03-15", ""},
		{"timetable present, past cue nearer", wed, "The index, which opens at nine, fell on Monday.", "Monday", "DATE", "2013-03-11", ""},
		{"plan with an object", "2013-03-15", "Farmers planned a march through the town on Saturday.", "Saturday", "DATE", "2013-03-16", ""},
		{"participle adjective is no past cue", "2013-10-24", "The bonus would be paid at an undisclosed date in January.", "January", "DATE", "2014-01", ""},
		{"determiner and participle", "2013-10-24", "Shareholders would vote on the revised offer in January.", "January", "DATE", "2014-01", ""},
		{"hard-wrapped line", wed, "The minister said the talks had ended\non Friday and will resume soon.", "Friday", "DATE", "2013-03-08", ""},
		{"line wrapped after a preposition", "2013-03-14", "The figures fell sharply.\n    The next figures are scheduled to be released on\nFriday.", "Friday", "DATE", "2013-03-15", ""},
		{"line break after a headline", wed, "Talks ended\nThe talks will resume on Friday.", "Friday", "DATE", "2013-03-15", ""},
		{"clause after the time", "2013-03-12", "An announcement late Friday that the agency will lift the ban surprised traders.", "late Friday", "DATE", "2013-03-08", "END"},
		{"plan noun without to", "2013-03-11", "Officials expressed high hopes for the talks at a briefing on Friday.", "Friday", "DATE", "2013-03-08", ""},
		{"plan noun with to", "2013-03-01", "The delegates left with a promise to settle the quotas before September 30.", "September 30", "DATE", "2013-09-30", ""},
		{"delivery month", "2013-03-06", "Selling drove the June contract through key support on Friday.", "June", "DATE", "2013-06", ""},
		{"un-verb is a past cue", "2013-02-20", "The firm unveiled its plan in December.", "December", "DATE", "2012-12", ""},
		{"today's event is the day", wed, "Today's vote was delayed.", "Today", "DATE", "2013-03-13", ""},
		{"today's figures are the day", wed, "Traders awaited today's trade figures.", "today", "DATE", "2013-03-13", ""},
		{"timetable present, third person", wed, "On Friday the prime minister flies to Berlin.", "Friday", "DATE", "2013-03-15", ""},
		{"timetable present, plural", wed, "Negotiators meet again on Thursday in Vienna.", "Thursday", "DATE", "2013-03-14", ""},
		{"timetable infinitive after a plan is no cue", wed, "The envoys agreed to meet on Monday.", "Monday", "DATE", "2013-03-11", ""},
		{"bare infinitive after let is no cue", wed, "The general let the assault begin on Monday.", "Monday", "DATE", "2013-03-11", ""},
		{"timetable noun after a possessive", wed, "The theatre's plays on Monday drew crowds.", "Monday", "DATE", "2013-03-11", ""},
		{"capital season in company copy", wed, "The book is due in late Spring, it said.", "late Spring", "DATE", "2013-SP", "END"},
		{"the next year in a story told in the past", wed, "In 2009 he was jailed, and the next year he was freed.", "the next year", "DATE", "2010", ""},
		{"the next week in a story told in the past", wed, "On March 3 the army attacked. The next week, the rebels retreated.", "The next week", "DATE", "2013-W10", ""},
		{"the next week ahead", wed, "The next week will be crucial for the talks.", "The next week", "DATE", "2013-W12", ""},
		{"the next year with no date told", wed, "The next year, the rebels retreated.", "The next year", "DATE", "2014", ""},
		{"around as a particle", wed, "Lawyers will try to get around Monday's ruling.", "Monday", "DATE", "2013-03-11", ""},
		{"decade with an apostrophe", wed, "Prices soared in the 1970's.", "the 1970's", "DATE", "197", ""},
		{"part of a decade with an apostrophe", wed, "The plant was built in the mid-1980's.", "the mid-1980's", "DATE", "198", "MID"},
		{"year in the possessive is no decade", wed, "Cuts hit 1990's plans.", "1990", "DATE", "1990", ""},
		{"semi-annually", wed, "The bonds pay interest semi-annually.", "semi-annually", "SET", "P6M", ""},
		{"fortnightly", wed, "The board meets fortnightly.", "fortnightly", "SET", "P2W", ""},
		{"clock time before today", "2013-03-14", "On March 12 the firm sued. At noon today it said it would settle.", "noon", "TIME", "2013-03-14T12:00", ""},
		{"around a date", wed, "The sale should close around Nov. 1.", "around Nov. 1", "DATE", "2013-11-01", "APPROX"},
		{"around a clock time", wed, "The blast came at around 7:15 p.m. on Tuesday.", "around 7:15 p.m.", "TIME", "2013-03-12T19:15", "APPROX"},
		{"wire time in local time", wed, "The shuttle lifted off at 1805 local time.", "1805 local time", "TIME", "2013-03-13T18:05", ""},
		{"is to before a verb", wed, "The envoy is to arrive in Seoul on Monday.", "Monday", "DATE", "2013-03-18", ""},
		{"was to before a verb", "2013-03-15", "The vote was to take place on Thursday.", "Thursday", "DATE", "2013-03-14", ""},
		{"irregular past spelled as present", "2013-03-13", "Unemployment hit 11% in October, a record.", "October", "DATE", "2012-10", ""},
		{"irregular past with an object", "2013-03-13", "The mill cut 200 jobs in November.", "November", "DATE", "2012-11", ""},
		{"irregular infinitive after a modal", "2013-03-13", "The mill will cut 200 jobs in November.", "November", "DATE", "2013-11", ""},
		{"irregular form as a compound noun", "2013-03-13", "A rate cut in June is likely.", "June", "DATE", "2013-06", ""},

		// The reference time: anaphoric expressions take the time being
		// told when it is precise enough.
		{"later that year", wed, "He fled in June 2009 and returned later that year.", "later that year", "DATE", "2009", ""},
		{"that same day", "2013-03-11", "The envoy landed on March 2. That same day, the talks began.", "That same day", "DATE", "2013-03-02", ""},
		{"that very night", "2013-03-11", "The envoy landed on March 2. That very night, the talks began.", "That very night", "TIME", "2013-03-02TNI", ""},
		{"half of the year", "2013-03-11", "Sales should rise in the second half of the year.", "the second half of the year", "DATE", "2013-H2", ""},
		{"the spring of next year", wed, "The plant will open in the spring of next year.", "the spring of next year", "DATE", "2014-SP", ""},
		{"the fall after a preposition", "2013-03-11", "Prices rose in the fall.", "the fall", "DATE", "2012-FA", ""},
		{"weekday before a capitalised word", "2013-03-13", "On Sunday Post Office workers struck.", "Sunday", "DATE", "2013-03-10", ""},
		{"unknown count later", wed, "He was arrested in May. A few days later, he was freed.", "A few days", "DURATION", "PXD", ""},
		{"bare units later", wed, "He was arrested in May. Hours later, he was freed.", "Hours", "DURATION", "PTXH", ""},
		{"weeks later in an earlier month", wed, "In mid-January, the rebels attacked. Two weeks later, they withdrew.", "Two weeks later", "DATE", "2013-WXX", ""},
		{"year later after weeks later", wed, "In 2009, the rebels attacked. Two weeks later, they withdrew. A year later, they left.", "A year later", "DATE", "2010", ""},
		{"next day in the month of writing", wed, "Prices rose in March. The next day, shares fell.", "The next day", "DATE", "2013-03-14", ""},
		{"would in reported speech, day passed", "2013-03-15", "He said on Monday that the vote would take place Thursday.", "Thursday", "DATE", "2013-03-14", ""},
		{"would in reported speech, day ahead", "2013-03-13", "He said on Monday that the vote would take place Thursday.", "Thursday", "DATE", "2013-03-14", ""},
		{"would without a report", "2013-03-15", "The vote would take place on Thursday if the court agreed.", "Thursday", "DATE", "2013-03-21", ""},
		{"the day before a weekday", wed, "The day before last Tuesday's hearing, he went home.", "The day before last Tuesday", "DATE", "2013-03-11", ""},
		{"the day after a holiday", wed, "The day after Christmas, he left.", "The day after Christmas", "DATE", "2012-12-26", ""},
		{"last weekday in a story of other years", wed, "In 1984 the family fled. In 1985 they settled. By 1987 they were rich. In 1990 they moved. In 1992 they sold the farm. Last Tuesday, the son returned.", "Last Tuesday", "DATE", "2013-03-12", ""},
		{"the previous Friday", "2013-03-11", "Stocks fell on Friday. The index closed 2% below its level of the previous Friday.", "the previous Friday", "DATE", "2013-03-01", ""},

		// Business reports.
		{"current quarter", "2013-11-05", "Sales should pick up in the current quarter.", "the current quarter", "DATE", "2013-Q4", ""},
		{"next year's quarter", wed, "The merger may close in next year's first quarter.", "next year's first quarter", "DATE", "2014-Q1", ""},
		{"in N years after a superlative", wed, "It would be the worst harvest in ten years.", "ten years", "DURATION", "P10Y", ""},
		{"in N years after the first time", wed, "The party may win for the first time in 20 years.", "20 years", "DURATION", "P20Y", ""},
		{"in N years after a negation", wed, "The bridge will not be rebuilt in a year.", "a year", "DURATION", "P1Y", ""},
		{"in N years ahead", wed, "The bridge will be rebuilt in two years.", "two years", "DATE", "2015", ""},
		{"in N weeks after an ordinal", wed, "The team will play its first final in two weeks.", "two weeks", "DATE", "2013-W13", ""},
		{"year before a quarter without article", wed, "The firm expects a loss in its 2012 fourth quarter.", "2012 fourth quarter", "DATE", "2012-Q4", ""},
		{"fiscal quarter with the article", wed, "Sales rose in the fiscal first quarter.", "the fiscal first quarter", "DATE", "2013-Q1", ""},
		{"fiscal year before a quarter", wed, "Profit fell from the fiscal 2011 third quarter.", "the fiscal 2011 third quarter", "DATE", "2011-Q3", ""},
		{"fiscal year in the possessive before a quarter", wed, "It lost money in fiscal 2011's first quarter.", "fiscal 2011's first quarter", "DATE", "2011-Q1", ""},
		{"wire note year and abbreviated quarter", wed, "NOTE: 2011 4th qtr net includes a gain.", "2011 4th qtr", "DATE", "2011-Q4", ""},
		{"the quarter a year ago", "2013-10-24", "Profit rose in the third quarter. In the quarter a year ago, it lost money.", "the quarter a year ago", "DATE", "2012-Q3", ""},
		{"the same period last year", "2013-04-23", "First-quarter profit rose 12% from the same period last year.", "the same period last year", "DATE", "2012-Q1", ""},
		{"outlook quarter is not the reported one", "2013-10-24", "Third-quarter profit rose 8%. The strike will cut fourth-quarter sales. In the latest quarter, costs fell.", "the latest quarter", "DATE", "2013-Q3", ""},
		{"fiscal quarter told in the past", "2013-11-05", "Its fourth-quarter earnings fell 7% from a year earlier.", "a year earlier", "DATE", "2012-Q4", ""},
		{"fiscal quarter that ended", "2013-11-05", "Its fourth quarter ended Sept. 28. Sales in the quarter rose.", "the quarter", "DATE", "2013-Q4", ""},
		{"for the year", wed, "Revenue for the year rose 4%.", "the year", "DATE", "2012", ""}, // told in the past in March: the year reported is over
		{"the year ended", wed, "The firm earned $3 million in the year ended June 30.", "the year", "DURATION", "P1Y", ""},
		{"year end future", wed, "The sale should close by year end.", "year end", "DATE", "2013", "END"},
		{"year-end past", wed, "The index is up 5% since year-end.", "year-end", "DATE", "2012", "END"},
		{"year-ago adjective", wed, "It compared with a year-earlier loss.", "year-earlier", "DATE", "2012", ""},

		{"unit-long without the article", wed, "A year-long study ended.", "year-long", "DURATION", "P1Y", ""},
		{"unit-long in one word", wed, "The weeklong strike ended.", "weeklong", "DURATION", "P1W", ""},

		{"a quarter century", wed, "The feud lasted a quarter of a century.", "a quarter of a century", "DURATION", "P25Y", ""},
		{"a fortnight", wed, "The strike lasted a fortnight.", "a fortnight", "DURATION", "P2W", ""},

		{"every weekday and weekday", wed, "The ferry sails every Monday and Thursday.", "Thursday", "SET", "XXXX-WXX-4", ""},
		{"on weekends", wed, "The museum opens on weekends.", "weekends", "SET", "XXXX-WXX-WE", ""},

		{"day of the month told", wed, "He arrived on March 3 and left on the 5th.", "the 5th", "DATE", "2013-03-05", ""},
		{"day of the month of writing, past", wed, "Prices rose on the 20th.", "the 20th", "DATE", "2013-02-20", ""},
		{"day of the month of writing, future", wed, "Prices will rise on the 10th.", "the 10th", "DATE", "2013-04-10", ""},

		// Fiscal years and halves.
		{"FY year", wed, "Sales in FY2012 rose.", "FY2012", "DATE", "2012", ""},
		{"FY two digits", wed, "Sales in FY12 rose.", "FY12", "DATE", "2012", ""},
		{"fiscal year with year", wed, "Sales in fiscal year 2012 rose.", "fiscal year 2012", "DATE", "2012", ""},
		{"the year fiscal year", wed, "Sales in the 2012 financial year rose.", "the 2012 financial year", "DATE", "2012", ""},
		{"H1 with year", wed, "Margins narrowed in H1 2012.", "H1 2012", "DATE", "2012-H1", ""},

		{"wire-service time", wed, "Polls close at 8 p.m. local time (1900 GMT).", "1900 GMT", "TIME", "2013-03-13T19:00Z", ""},

		// Forms of dates.
		{"weekday and date without comma", wed, "Shares dropped 9% on Friday March 8 alone.", "Friday March 8", "DATE", "2013-03-08", ""},
		{"weekday and a date of another day", wed, "Markets stay closed until Friday March 7, 2013 said the notice.", "Friday", "DATE", "2013-03-15", ""},
		{"this past season", "2013-10-23", "The mill was closed this past summer.", "this past summer", "DATE", "2013-SU", ""},
		{"this past weekday", wed, "The envoy arrived this past Sunday.", "this past Sunday", "DATE", "2013-03-10", ""},
		{"this coming weekday", wed, "The envoy leaves this coming Monday.", "this coming Monday", "DATE", "2013-03-18", ""},
		{"this past week", "2013-03-15", "Shares slid this past week.", "this past week", "DATE", "2013-W11", ""},
		{"the near term", wed, "Margins should stay thin in the near term.", "the near term", "DATE", "FUTURE_REF", ""},
		{"clock on a later weekday", wed, "The blast came at 3 p.m. local time on Sunday.", "3 p.m.", "TIME", "2013-03-10T15:00", ""},
		{"hyphenated quarter adjective", "2013-10-23", "The firm posted the third-quarter loss.", "third-quarter", "DATE", "2013-Q3", ""},
		{"every other week", wed, "The newsletter appears every other week.", "every other week", "SET", "P2W", ""},
		{"plural weekday", wed, "The ferry sails on Sundays.", "Sundays", "SET", "XXXX-WXX-7", ""},
		{"each season", wed, "Pilgrims come each summer.", "each summer", "SET", "XXXX-SU", ""},
		{"weekday with plural part of day", wed, "The ferry leaves on Friday nights.", "Friday nights", "SET", "XXXX-WXX-5TNI", ""},
		{"holiday week", "2013-03-27", "Crowds gathered as Easter week began.", "Easter week", "DATE", "2013-W13", ""},
		{"then current", wed, "Holders could buy stock at the then-current price.", "then-current", "DATE", "PAST_REF", ""},
		{"month and spoken year", wed, "The bomb went off in January nineteen ninety-seven.", "January nineteen ninety-seven", "DATE", "1997-01", ""},
		{"month next year", "2013-11-14", "The members will join in April next year.", "April next year", "DATE", "2014-04", ""},
		{"month this year", "2013-11-14", "The vote came in early October this year.", "early October this year", "DATE", "2013-10", "START"},
		{"clock on a date", wed, "The quake struck at 2:46 p.m. on March 11, 2011.", "2:46 p.m.", "TIME", "2011-03-11T14:46", ""},
		{"half of a decade", wed, "Sales were flat in the last half of the '80s.", "the last half of the '80s", "DATE", "198", "END"},
		{"the past year", wed, "Exports have grown over the past year.", "the past year", "DATE", "2012", ""},
		{"more than ago", wed, "The war ended more than six decades ago.", "more than six decades ago", "DATE", "1953", "BEFORE"},
		{"or so ago", wed, "Then, a week or so ago, the talks stalled.", "a week or so ago", "DATE", "2013-W10", "APPROX"},

		// Lengths, vague and future references.
		{"in-n without future", wed, "It was the worst drought in half a century.", "half a century", "DURATION", "P50Y", ""},
		{"in-n with future", wed, "The envoy will return in two weeks.", "two weeks", "DATE", "2013-W13", ""},
		{"verb last", wed, "The trial is expected to last several weeks.", "several weeks", "DURATION", "PXW", ""},
		{"in years", wed, "Sales grew for the first time in years.", "years", "DURATION", "PXY", ""},
		{"hyphen adjective without article", wed, "The 72-hour truce expired.", "72-hour", "DURATION", "PT72H", ""},
		{"soon ahead", wed, "The company will soon cut jobs.", "soon", "DATE", "FUTURE_REF", ""},
		{"as soon as possible", wed, "The boy should return as soon as possible.", "as soon as possible", "DATE", "FUTURE_REF", ""},
		{"one day ahead", wed, "The town will one day be a city.", "one day", "DATE", "FUTURE_REF", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			vs := tg.Annotate(tt.text, "en", tt.dct)
			v, ok := find(vs, tt.sub)
			if !ok {
				t.Fatalf("no expression with %q in %q; got %+v", tt.sub, tt.text, vs)
			}
			if v.Text != tt.sub {
				t.Errorf("extent %q, want %q", v.Text, tt.sub)
			}
			if v.Type != tt.typ || v.Value != tt.value || v.Mod != tt.mod {
				t.Errorf("%q: got %s %s mod %q (rule %s, anchor %q), want %s %s mod %q", v.Text, v.Type, v.Value, v.Mod, v.Rule, v.Anchor, tt.typ, tt.value, tt.mod)
			}
		})
	}
}

// TestEnglishNotTimes checks words and numbers that look like time
// expressions but are not.
func TestEnglishNotTimes(t *testing.T) {
	tests := []struct{ text, sub string }{
		{"The senator, 52 years old, will retire.", "52 years"},
		{"The party daily Pravda printed the letter.", "daily"},
		{"The index closed at 2082.1 points.", "2082"},
		{"He said so on the show \"60 Minutes\" last night.", "Minutes"},
		{"Speaking on \"This Week,\" the minister said so.", "This Week"},
		{"A second group of investors joined.", "second"},
		{"The country imports about three-quarters of its food.", "quarters"},
		{"The bank cut its rate by a quarter percentage point.", "quarter"},
		{"The quarter-to-quarter comparison was weak.", "quarter"},
		{"He was soon released from custody.", "soon"},
		{"Prices will fall this year.", "fall"},
		{"It is too soon to say.", "soon"},
		{"The herd was 292,000 head, against 316,000 head the week before.", "000"},
		{"The radios ran for 1,250 hours before failing.", "250 hours"},
		{"Results for the 1986 year include a gain.", "1986 year"},
		{"Sales 1,428,000\n    Year\n    Sales 2,100,000", "Year"},
		{"The week was the second half of a two-week period.", "half"},
		{"The first half of the match was dull.", "half"},
		{"The H1N1 virus spread in 2009.", "H1"},
		{"The office is on the 3rd floor.", "3rd"},
		{"He won on the 2nd round.", "2nd"},

		{"The town grew in 1900 GMT-based trade.", "GMT"},

		{"The fall in prices hurt exporters.", "fall"},
		{"The fall compares with a rise in January.", "fall"},
		{"A poll for The Sunday Times showed a lead.", "Sunday"},
		{"The war shaped today's young voters.", "today"},
		{"Farmers sold hard red winter wheat to Egypt.", "winter"},
		{"Skiers trained for the Winter Olympics.", "Winter"},
		{"He told USA Today that he would run.", "Today"},
		{"The protests grew into the Arab Spring.", "Spring"},
		{"Frost damaged the summer barley crop.", "summer"},
		{"Prices in today's dollars were higher.", "today"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		vs := tg.Annotate(tt.text, "en", "2013-03-13")
		if v, ok := find(vs, tt.sub); ok {
			t.Errorf("%q: unexpected expression %q = %s (%s)", tt.text, v.Text, v.Value, v.Rule)
		}
	}
}

// TestNoDCTNow checks that without a DCT the time of writing is guessed
// once: "last year" and "this year" count from the same year.
func TestNoDCTNow(t *testing.T) {
	tg := newTagger(t)
	vs := tg.Annotate("The deficit will rise in 1987. Growth was two percent last year. Inflation was zero last year too.", "en", "")
	var got []string
	for _, v := range vs {
		if v.Rule == "relative-unit" {
			got = append(got, v.Value)
		}
	}
	if len(got) != 2 || got[0] != "1986" || got[1] != "1986" {
		t.Errorf("last year, last year: got %v, want [1986 1986]", got)
	}
}
