// Package timex finds temporal expressions in English and German news and
// normalises them to TIMEX3 values (DATE, TIME, DURATION, SET) against the
// document creation time (DCT).
//
// # How it works
//
// Annotate tokenises the text (words, digit runs and single punctuation
// marks with byte offsets) and scans it left to right. At each token that
// can start an expression, every rule is tried and the longest match wins.
// An article, preposition or quantifier ("the", "in", "about", "die",
// "am", "rund") starts one only before a time word, so the rules are not
// tried at one with no time word in the next six tokens (gate in
// tagger.go): half the starts of German news, a quarter of English, and
// 20% (de) and 12% (en) of the stage's instructions.
// Rules are Go functions over word classes — months, weekdays, seasons,
// units, counts (digits, "twenty-four", "fünfundsiebzig"), determiners
// ("last", "vergangenen", "folgenden") and part modifiers ("early", "Ende",
// "Mitte") — so one rule covers every month, unit and inflection.
//
// A match is an expr: either a calendar point with what the text gives
// (year, month, day, season, quarter, decade, weekday, clock time), an
// offset from an anchor ("two days later", "vor 75 Jahren", "last year"),
// or a fixed value (P3Y, P1M sets, PAST_REF). The resolver then walks the
// matches in text order:
//
//   - Deictic offsets ("yesterday", "two years ago") count from the DCT.
//   - Anaphoric offsets ("two days later", "am selben Tag", "the following
//     year") count from the reference time: the last date the text resolved.
//     When that date is coarser than the offset needs, the DCT stands in
//     only if the date is in the DCT's month (or year); a story told in an
//     earlier month stays there, less precise ("in mid-January … two weeks
//     later" is 2013-WXX, not a week after the DCT).
//   - Underspecified points ("in March", "on Saturday", "Mitte Juli") take
//     the year or week of the DCT and are moved by tense. In English the
//     cue that governs the expression is read: the nearest one before it in
//     its sentence, else the nearest after it (will/would/may/might/could/'ll
//     for the future, a negated "could" being the past of "can"; was/had/-ed and irregular past forms for the past; a passive
//     participle takes the tense of its auxiliary; a participle after a
//     determiner, "an unspecified date", is an adjective and no cue; a
//     timetable verb in the present, "the offer expires Friday", "talks
//     resume Thursday", looks ahead; an irregular past spelled as the
//     present ("inflation hit 9% in October", "the mill cut 200 jobs") is
//     past when it is no infinitive and has an object; "would" after a past reporting verb is a future seen from the
//     report and gives the nearest such day; a verb in a clause after the
//     time, "an announcement late Friday that … will", does not count;
//     a delivery month, "the June contract", "December T-bonds", "Dec
//     cocoa", is this month or ahead; a date chosen, "set November 24 as
//     the date", "fixed March 3 for the hearing", lies ahead). A plan told in the past
//     ("planned to leave on Thursday", "had been scheduled to expire
//     Friday") or a deadline ("by Friday") gives the nearest such day,
//     unless it follows a deadline ahead in its sentence, as the steps of a
//     timetable do ("disarmament by the end of January and elections by
//     May 30" told in August is next May); "until"/"as soon as" look
//     ahead. In German the nearest cue on either
//     side counts (wird/soll; war/wurde/hat/ge…t, seit, the Präteritum of
//     strong and frequent weak verbs: stieg, sank, forderte, -ierte); "bis"
//     between the ends of a range ("von Juni bis August") is no future
//     cue. German news tells plans in the present: a weekday, month or
//     season with no cue in a clause whose finite verb is in the present
//     ("Am Montag entscheidet der Rat", "Der Rat berät am Freitag") lies
//     ahead, unless the sentence has a participle, a Präteritum closing a
//     clause, a Konjunktiv of reported speech or "so der Sprecher". A
//     Konjunktiv I present in the time's own clause ("die Wahl sei am
//     Sonntag", "die Entscheidung falle im Juni") retells the present or a
//     plan at the time of the report, whatever the tense of the reporting
//     verb outside the clause; its Perfekt (sei/habe with a participle,
//     worden) retells a past. A
//     month moves a year only when it lies more than two months on the
//     wrong side of the DCT; with no cue the nearest one is taken. A
//     weekday with a date and no year takes the neighbouring year when
//     only that one has the date on that weekday.
//   - An English line that begins with a month or day and has no tense
//     cue is an item of a schedule, fixture list or itinerary: it takes
//     the year of the line before (the next one when the month goes
//     back), the first line the year the text gave that day ("starting
//     on May 13 next year" … "May 13 Arrive in London").
//   - A clock time joined to a set ("täglich von 9 bis 17 Uhr", "montags
//     um 8 Uhr") is a time of the recurring day (XXXX-XX-XXT09:00,
//     XXXX-WXX-1T08:00); working days are XXXX-WXX-WD, after the weekend's
//     WE. A clock time alone is on the day being told; one in the small
//     hours (before 6 a.m.) told after that day's evening or night, or a
//     clock time from 6 p.m. on, is on the next day ("hijacked on Monday
//     evening … landed at 0330 GMT" is Tuesday).
//   - A document that is mostly about years far from its DCT, with few
//     expressions that only make sense from the time of writing (a history
//     such as a Wikipedia war article), is read as a narrative: underspecified
//     points and relative units take the reference time instead of the DCT,
//     section headings that are a bare year set the story's year, and dates
//     of other years inside such a section are asides that do not move it.
//   - A wire dateline that opens the text with a day up to a week before
//     the DCT ("WASHINGTON, August 13 (Xinhua) --" in a file dated the
//     14th) is the day the story was written: its "today" and weekdays
//     count from it, as TimeML annotators count them.
//   - Without a DCT, a full date in the first 400 bytes (a dateline) stands
//     in for it; otherwise expressions are resolved against dates in the text
//     and stay underspecified (XXXX-04, XXXX-WXX-6) where there is none. The
//     ingest date is never used.
//
// Every value carries its granularity (year, quarter, month, week, day,
// time, decade, century, or "" for vague values), the rule that produced it
// and, for relative values, the anchor it was resolved against ("dct
// 2025-07-31", "text 2024-02-27", "ref 1940-05-10").
//
// # Conventions
//
// Extents follow TimeML: determiners and modifiers are part of the
// expression ("the end of last week", "vergangenen Sonntag (27.7.)"),
// prepositions are not ("seit Juni" gives "Juni", value 2025-06, mod
// ON_OR_AFTER). "Mitte Juli" is 2025-07 with mod MID, "Ende Oktober" 2025-10
// with mod END. Decades are written as three digits (199), centuries as two
// (19), years before the common era with a BC prefix (BC0490). In business
// news, "the quarter" and "a year ago" refer to the last reporting quarter
// the text named — one that is over by the DCT or told in the past, not an
// outlook ("will cut fourth-quarter sales"). An unknown count before
// "later"/"earlier" ("a few days later") is a length without the signal,
// PXD; a known count keeps its date ("three days later"), which TimeBank
// writes as P3D but which dates the events of its sentence.
//
// Ranges of points are two expressions ("from 2010 to 2012", "vom 27. bis
// 29. Juli", "1930–34"); the second end takes the year of the first ("von
// Juni bis August", "Herbst 2023 und Winter", "December 2022 to February"),
// and the first takes the year the second names ("June to August last
// year"). A range of counts before one unit is one English expression at
// its lower bound ("two to three weeks", P2W, EQUAL_OR_MORE), as TimeBank
// mostly writes it, and two German ones ("zwei" P2D and "drei Tage" P3D),
// as WikiWarsDE does; after "nächsten", "kommenden" or "letzten" ("in den
// nächsten ein bis zwei Wochen") the German range is one span, as "die
// nächsten zwei Wochen" is. A day or month in apposition to years counted
// back ("Vor 50 Jahren, am 27. Juli", "fifty years ago, on July 27") takes
// that year. "From a year earlier" after a month told in its sentence is
// that month a year before ("sales in March rose 5% from a year earlier").
// A zone after a clock time is part of it ("10 a.m. EST", "6:40 p.m. (GMT
// +8)"); GMT and UTC are written Z, with an offset as ISO 8601 writes it
// (T18:40+08); other zone names are not written in the value, as TimeBank
// does. "The third day of the strike", "am dritten Tag des Streiks" (one
// expression with the event, as WikiWarsDE writes it) count from the day
// told before, the event's start; with no day told they get no value. "The turn of the century" and "die Jahrhundertwende"
// are the boundary year nearest the time being told (2000 in news of 2024),
// with mod APPROX; a named century gives its first year. Decades are
// written as words too ("in den Neunzigern", "die Achtzigerjahre"), "the
// 1800s" is a century, and German ordinals are read up to 31 ("am dritten
// März", "im neunzehnten Jahrhundert"). "Nach zwei Tagen" counts from the
// date told before it; with none, it is the length (P2D), as WikiWarsDE
// often writes it, not a day ahead of the time of writing.
//
// # News forms
//
// Judging DER STANDARD and Reuters copy by hand added: a date with its year
// in the genitive of a one-word relative ("21. September des Vorjahres" is
// one expression); Austrian "heuer" (this year) and "in Hinkunft"; "am
// morgigen Dienstag"; a part of the day after "am"/"gegen" ("am
// Nachmittag", "am frühen Morgen") on the day being told; weekday adverbs
// ("auch sonntags") as sets; German timetable verbs in the present
// ("beginnt", "gastiert", "startet") and "dürfte" as future cues; a
// participle used as an adjective right after the time ("die Anfang Juni
// gegründete Plattform") giving its tense; the unit abbreviations of
// business wires ("4TH QTR", "12 mths", "1986 qtr"), numeric quarter
// ordinals and "1985's fourth quarter"; "the same month last year"; a count
// word and its unit split by the hard wrap of wire copy. "From a year
// earlier", the base of a comparison, does not move the reference time.
//
// Sentences written by hand for each kind of value error (tables
// TestNewsSetENKinds and TestNewsSetENTense) added: a half alone in a
// sentence of business figures ("profit fell in the first half",
// "first-half sales"; a half told in the past is over) and quarters named
// by their last month ("the December quarter"); "the first/last day of" a
// month or year; "the year" told in the past in the first quarter is the
// year just ended; a quarter described with "a" ("after a weak second
// quarter") is not the one reported; the latest unit of a run ("for a
// second consecutive day", "the third straight month"); "the year before"
// closing a clause; "overnight" as the night before the day told; an
// English present copula, passive or arranged progressive governing a day
// ("the vote is on Sunday", "the committee is meeting Friday") and "for
// Friday" as a target look ahead; "N units later" counted from the time
// of writing because no date was told is the length; a bare month after a
// month with its year from an earlier year in the same sentence is the one
// nearest it ("elected in November 2020 and took office in January").
//
// Kinds found in both TempEval-3 and MEANTIME or in general world news
// read by hand (table TestTransferEN): "in recent years" is a length of
// unknown size (PXY) like "the past few years"; a month or day between a
// determiner and its noun ("the Nov. 5 election") dates the noun's event,
// which a past verb moves back only when it lies far ahead; a period that
// qualifies the subject of a reported clause ("said fourth-quarter
// earnings would fall") takes the clause's verb, not "said"; a headline's
// infinitive ("Talks to resume Monday") and "is to be held" look ahead;
// "the same period last year" with no quarter told repeats the month or
// half just told, else is last year; "the daily reported" is a newspaper;
// days of the month in words ("April Three", "June twenty-first").
// Reuters 1996 and 1987 stories read by hand (table TestTransfer19EN) added:
// irregular simple pasts ("drew", "fled", "underwent") as past cues in
// lower case only, and "cast", "broadcast", "burst" read like "cut"; timetable verbs after a plural subject ("ministers
// gather Wednesday") or with their object ("the chancellor visits Poland
// on Sunday", not "state visits on Sunday"), unless an adverb of custom
// ("generally announces a tender on Monday") makes them a habit; "has no
// estimate", a present main verb, hiding a perfect further back; "a high
// for the year" as the year so far; "the first in five years" as a length.
// Checks on CoNLL-2003 and Reuters-21578 wire copy (table TestTransfer21)
// added: clock times with the minutes after a dot ("4.30 a.m.", "6.45pm");
// days in lower-case words where they end their phrase ("payable April one
// to holders", not "in May two companies"); the dates of a dividend
// ("payable May 1", "of record April 10") near the report whatever the
// tense of declaring; a clock time on the day named after a short aside in
// brackets ("at noon (0800 GMT) on Friday"), and one told in the past
// while the day being told lies ahead on the day of writing ("the truce
// takes effect on Friday … the deal had been signed at 1500 GMT"); "the
// previous week" right after a week told counting from it ("last weekend
// … the previous week"); a wire time before "<City> time" ("by 1000
// London time") as a clock time.
// Kinds of direction and extent error looked for by hand on Reuters-21578
// read with each story's own date as DCT (tests TestTransfer23…, every
// change to its values read before it was kept) added: "the first/last
// week of" a month or year as the ISO-style week most of whose days lie in
// it; a month name that is also a word before a figure noun ("March
// sales") or between a determiner and its noun ("the March accession");
// a day after
// "on" under a future cue ("will hold its meeting on July 19") more than a
// week back, next year's; a month under a finite past verb with its
// object ("raised rates in November", not a report verb, a plan, a habit
// or a noun's complement) later in the year than the DCT, last year's;
// the weekdays of a list ("on Thursday and Wednesday") on one side
// of the DCT; a quarter with its dated end ("the fourth quarter ended
// Dec. 31, 2023") in that day's year; "a year earlier/before" after a
// figure after "from" ("down from 28,500 a year earlier") as the base of
// a comparison, and before "and" closing its clause; "last February"
// after February's figures, a year back; "due to" before a noun phrase,
// a cause; "the February bond issue" an event, "in January shipments"
// figures, not delivery positions; a participle after an -ly adverb ("a
// specially recorded message") an adjective; an infinitive of purpose
// ("a cash bid to open Thursday") the nearest day; a weekday put off
// to ("postponed to Monday") ahead; bare months after a month of a year
// ahead ("in April 2027 … in May and June") in that year; "the prior
// week" after a reference time coarser than a week ("since August
// 2019") counted from the week told last.
// A further round on Reuters-21578 (even NEWIDs 2002-4000 read to design,
// odd ones judged blind; tests TestTransfer24…) added: "the year" right
// after "the quarter" in a sentence of figures as the year of that quarter;
// "the year earlier month" without the hyphen as the year-ago adjective;
// days brought forward ("brought forward to Friday", "accelerated to noon
// on Friday", "extended to Friday") ahead, and a weekday after a clock time
// after "until"/"to" taking that direction; a month after "since" later in
// the year than the DCT as last year's, "since" before a verb in -s
// ("since Easter falls late") as "because"; a ", when" clause with a past
// verb placing the time before it; month ranges across the turn of a year
// beside their split year ("the April/February period of 1986/87") in those
// two years, and "1986/87 October" as no day; "February shipments were"
// as figures; "over" before a length as "more than" only after "for",
// "in", a verb of lasting or "just"/"little" (else the preposition of a
// period spread over, outside the expression, as TimeBank writes "over
// three years"); "the same period in 1985" as one expression of that
// year; a day ending a quarter or year named with its year ("last year's
// first quarter ended May Three") within six months of it; "in/during the
// morning" as the part of the day told (a TIME); a month right before
// years counted back ("in February a year ago") in that year; "in
// five-year transaction" as a length; "the end (middle) of the year" told
// in the past before that point of the year, or after a quarter of last
// year, as last year's; a wire line break after the apostrophe of a
// plural possessive ("shareholders'\nmeeting") as a wrap; "the past
// week" and "the last week" as the seven days up to the DCT (its own week
// from Thursday on, else the week before; "last week" stays the week
// before).
// Round 25 on Reuters-21578 (even NEWIDs 2002-4000 read to design, odd ones
// judged after; tests TestTransfer25…) added: four-digit wire clock times
// with their clock words ("1100 hrs EST", "2100 local Chicago time", "at
// 1415 hours") and the first end of a clock range ("from 1800 to 2100
// local time") as TIMEs, not years, the zone after "hrs" joining the day
// named after it; a span of weekdays after a clock time ("9 a.m. to 5 p.m.
// Monday to Friday") as recurring days (SET); a quarter measuring
// something ("a quarter ounce") or the subject of a plural verb ("one
// quarter were") as a share; "daily" after a paper's name before a
// reporting verb ("Le Matin daily said") as the paper; the articles wire
// notes drop ("versus 290,000 week ago", "400,000 dlrs in quarter and 2.1
// mln dlrs in year", of the year the note opens with, "1985 net includes",
// or a year back after "Year-ago"); count ranges in news style, a spelled
// count to one in digits ("the next seven to 10 years"), as one range at
// the lower bound; a run ended in a period named right after it ("rose for
// the ninth successive month in December") as that period; the past of a
// condition under "would" ("would close if sales did not improve over
// the summer") as a time ahead of the report; "the past year and a half"
// and the hyphenated "week-and-a-half" as lengths of one and a half units.
//
// # Limits
//
// There is no part-of-speech tagger: tense comes from word cues only
// (package tag could tell verbs from adjectives; it is left out to keep
// this stage fast and free of a model), and words that are also names
// ("August", "May") need a dating context. So a German weekday told in the
// present with no cue is still read as the past one: measured on DER
// STANDARD, reading it as the next one was right in only 14 of 38 cases,
// because most weak Präteritum forms are unknown. Vague adverbs that annotators
// mark inconsistently ("previously", "später", "nun") are left out; "soon"
// is kept where the text does not tell the past. A range is never one
// interval value. Fiscal quarters keep the company's
// numbering ("its fourth quarter ended Sept. 30" is Q4), as TimeBank does.
package timex
