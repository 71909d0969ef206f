package timex

import "strings"

// The word lists below are package-level tables that are never written
// after initialisation. Keys are lower-case.

// monthWords maps month names and abbreviations (English and German, with
// German genitive forms) to 1..12.
var monthWords = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
	"januar": 1, "jänner": 1, "januars": 1, "februar": 2, "februars": 2, "feber": 2, "märz": 3, "maerz": 3,
	"mai": 5, "mais": 5, "juni": 6, "junis": 6, "juli": 7, "julis": 7, "augusts": 8,
	"oktober": 10, "oktobers": 10, "okt": 10, "dezember": 12, "dezembers": 12, "dez": 12,
	"aprils": 4, "septembers": 9, "novembers": 11,
}

// ambiguousMonths are month names that are also common words or names
// ("may" the modal, "march" the verb, "August" the first name): they are
// dates only in a dating context (a day, a year, a preposition or modifier
// before them).
var ambiguousMonths = map[string]bool{
	"may": true, "march": true, "mar": true, "jan": true, "sept": true, "sep": true, "dec": true, "august": true, "aug": true, "jun": true, "jul": true, "apr": true, "oct": true, "nov": true, "feb": true, "okt": true, "dez": true,
}

// weekdayWords maps weekday names to ISO weekday numbers (Monday = 1).
var weekdayWords = map[string]int{
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
	"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
	"montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5, "samstag": 6, "sonnabend": 6, "sonntag": 7,
	"montags": 1, "dienstags": 2, "mittwochs": 3, "donnerstags": 4, "freitags": 5, "samstags": 6, "sonnabends": 6, "sonntags": 7,
	"montagabend": 1, "dienstagabend": 2, "mittwochabend": 3, "donnerstagabend": 4, "freitagabend": 5, "samstagabend": 6, "sonntagabend": 7,
	"montagmorgen": 1, "dienstagmorgen": 2, "mittwochmorgen": 3, "donnerstagmorgen": 4, "freitagmorgen": 5, "samstagmorgen": 6, "sonntagmorgen": 7,
	"montagnachmittag": 1, "dienstagnachmittag": 2, "mittwochnachmittag": 3, "donnerstagnachmittag": 4, "freitagnachmittag": 5, "samstagnachmittag": 6, "sonntagnachmittag": 7,
	"montagnacht": 1, "dienstagnacht": 2, "mittwochnacht": 3, "donnerstagnacht": 4, "freitagnacht": 5, "samstagnacht": 6, "sonntagnacht": 7,
	"montagfrüh": 1, "dienstagfrüh": 2, "mittwochfrüh": 3, "donnerstagfrüh": 4, "freitagfrüh": 5, "samstagfrüh": 6, "sonntagfrüh": 7,
	"montagvormittag": 1, "dienstagvormittag": 2, "mittwochvormittag": 3, "donnerstagvormittag": 4, "freitagvormittag": 5, "samstagvormittag": 6, "sonntagvormittag": 7,
	"montagmittag": 1, "dienstagmittag": 2, "mittwochmittag": 3, "donnerstagmittag": 4, "freitagmittag": 5, "samstagmittag": 6, "sonntagmittag": 7,
}

// weekdaySuffixPOD gives the part of day of German compounds such as
// "Sonntagabend".
func weekdaySuffixPOD(w string) string {
	switch {
	case strings.HasSuffix(w, "abend"):
		return "EV"
	case strings.HasSuffix(w, "morgen"):
		return "MO"
	case strings.HasSuffix(w, "nachmittag"):
		return "AF"
	case strings.HasSuffix(w, "vormittag"), strings.HasSuffix(w, "früh"):
		return "MO"
	case strings.HasSuffix(w, "mittag"):
		return "MI"
	case strings.HasSuffix(w, "nacht"):
		return "NI"
	}
	return ""
}

// seasonWords maps season names to TIMEX seasons, with a mod for German
// compounds such as "Spätsommer".
var seasonWords = map[string]struct{ season, mod string }{
	"spring": {"SP", ""}, "summer": {"SU", ""}, "fall": {"FA", ""}, "autumn": {"FA", ""}, "winter": {"WI", ""},
	"springtime": {"SP", ""}, "summertime": {"SU", ""},
	"frühjahr": {"SP", ""}, "frühjahrs": {"SP", ""}, "frühling": {"SP", ""}, "frühlings": {"SP", ""},
	"sommer": {"SU", ""}, "sommers": {"SU", ""}, "herbst": {"FA", ""}, "herbstes": {"FA", ""}, "herbsts": {"FA", ""},
	"winters":    {"WI", ""},
	"spätsommer": {"SU", "END"}, "frühsommer": {"SU", "START"}, "hochsommer": {"SU", "MID"},
	"spätherbst": {"FA", "END"}, "frühherbst": {"FA", "START"}, "spätfrühling": {"SP", "END"},
	"spätwinter": {"WI", "END"}, "frühwinter": {"WI", "START"}, "spätsommers": {"SU", "END"}, "spätherbstes": {"FA", "END"},
}

// partOfDay maps words for parts of the day to TIMEX codes.
var partOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
	"vormittag": "MO", "vormittags": "MO", "nachmittag": "AF", "nachmittags": "AF", "abend": "EV", "abends": "EV",
	"nacht": "NI", "nachts": "NI", "morgens": "MO", "mittag": "MI", "mittags": "MI",
}

// numberWords maps cardinal number words (English and German, with German
// inflections of "ein") to their values. Larger German compounds
// ("fünfundsiebzig") are parsed by germanNumber.
var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1, "zwei": 2, "zweier": 2, "drei": 3, "dreier": 3, "vier": 4, "fünf": 5,
	"sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13,
	"vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
	"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
	"neunzig": 90, "hundert": 100, "einhundert": 100,
}

var germanUnits = []struct {
	w string
	n int
}{{"neunzehn", 19}, {"achtzehn", 18}, {"siebzehn", 17}, {"sechzehn", 16}, {"fünfzehn", 15}, {"vierzehn", 14}, {"dreizehn", 13},
	{"zwölf", 12}, {"elf", 11}, {"zehn", 10}, {"neun", 9}, {"acht", 8}, {"sieben", 7}, {"sechs", 6}, {"fünf", 5},
	{"vier", 4}, {"drei", 3}, {"zwei", 2}, {"ein", 1}}

var germanTens = map[string]int{"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90}

// germanNumber returns the value of a German number word up to 999,
// written as one word ("fünfundsiebzig", "zweihundert", "hundertzwanzig").
func germanNumber(w string) (int, bool) {
	n, ok := germanNumbers[w]
	return n, ok
}

// germanNumbers holds every spelling parseGermanNumber accepts, so that the
// tagger pays one map look-up per word.
var germanNumbers = func() map[string]int {
	var rests []string
	for _, u := range germanUnits {
		rests = append(rests, u.w)
		if u.n < 10 {
			for t := range germanTens {
				rests = append(rests, u.w+"und"+t)
			}
		}
	}
	for t := range germanTens {
		rests = append(rests, t)
	}
	heads := []string{""}
	for _, u := range germanUnits {
		if u.n < 10 {
			heads = append(heads, u.w+"hundert")
		}
	}
	heads = append(heads, "hundert")
	m := map[string]int{}
	for w, n := range numberWords {
		m[w] = n
	}
	for _, h := range heads {
		for _, r := range append([]string{""}, rests...) {
			for _, join := range []string{"", "und"} {
				if h == "" && (join != "" || r == "") {
					continue
				}
				w := h + join + r
				if n, ok := parseGermanNumber(w); ok {
					m[w] = n
				}
			}
		}
	}
	return m
}()

// parseGermanNumber parses German number words up to 999.
func parseGermanNumber(w string) (int, bool) {
	if n, ok := numberWords[w]; ok {
		return n, true
	}
	total := 0
	if i := strings.Index(w, "hundert"); i >= 0 {
		h := 1
		if i > 0 {
			var ok bool
			if h, ok = germanSmall(w[:i]); !ok || h > 9 {
				return 0, false
			}
		}
		total = h * 100
		w = strings.TrimPrefix(w[i+len("hundert"):], "und")
		if w == "" {
			return total, true
		}
	}
	if n, ok := germanSmall(w); ok {
		return total + n, true
	}
	if i := strings.Index(w, "und"); i > 0 {
		u, ok1 := germanSmall(w[:i])
		t, ok2 := germanTens[w[i+3:]]
		if ok1 && ok2 && u < 10 {
			return total + t + u, true
		}
	}
	return 0, false
}

func germanSmall(w string) (int, bool) {
	if n, ok := germanTens[w]; ok {
		return n, true
	}
	for _, u := range germanUnits {
		if w == u.w {
			return u.n, true
		}
	}
	return 0, false
}

// ordinalWords maps ordinal words to numbers (English; German ordinals are
// inflected and handled by germanOrdinal).
var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}

// germanOrdinalStems are the stems of German ordinal words up to 31, so that
// days ("am dritten März") and centuries ("im neunzehnten Jahrhundert") can
// be written out.
var germanOrdinalStems = func() map[string]int {
	m := map[string]int{
		"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7, "siebent": 7, "acht": 8,
		"neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12, "dreizehnt": 13, "vierzehnt": 14, "fünfzehnt": 15,
		"sechzehnt": 16, "siebzehnt": 17, "achtzehnt": 18, "neunzehnt": 19, "zwanzigst": 20, "dreißigst": 30,
	}
	// 21st to 29th and 31st: "einundzwanzigst", "einunddreißigst".
	for _, u := range germanUnits {
		if u.n > 9 {
			continue
		}
		m[u.w+"undzwanzigst"] = 20 + u.n
	}
	m["einunddreißigst"] = 31
	return m
}()

// germanOrdinal parses inflected German ordinal words ("ersten", "dritte").
func germanOrdinal(w string) (int, bool) {
	n, ok := germanOrdinals[w]
	return n, ok
}

// germanOrdinals holds every inflected ordinal, so that a word costs one
// look-up.
var germanOrdinals = func() map[string]int {
	m := map[string]int{}
	for s, n := range germanOrdinalStems {
		for _, suf := range []string{"en", "er", "es", "em", "e"} {
			m[s+suf] = n
		}
	}
	return m
}()

// unit is a calendar unit of durations and offsets.
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uWeekend
	uMonth
	uQuarter
	uHalf
	uYear
	uDecade
	uCentury
)

// unitWords maps unit nouns (singular and plural, German inflected forms) to
// units; plural tells whether the form is plural, for bare "years" (PXY).
var unitWords = map[string]struct {
	u      unit
	plural bool
}{
	"second": {uSecond, false}, "seconds": {uSecond, true}, "minute": {uMinute, false}, "minutes": {uMinute, true},
	"hour": {uHour, false}, "hours": {uHour, true}, "day": {uDay, false}, "days": {uDay, true},
	"week": {uWeek, false}, "weeks": {uWeek, true}, "weekend": {uWeekend, false}, "weekends": {uWeekend, true},
	"month": {uMonth, false}, "months": {uMonth, true}, "quarter": {uQuarter, false}, "quarters": {uQuarter, true},
	"year": {uYear, false}, "years": {uYear, true}, "decade": {uDecade, false}, "decades": {uDecade, true},
	"century": {uCentury, false}, "centuries": {uCentury, true}, "fortnight": {uWeek, false},
	"sekunde": {uSecond, false}, "sekunden": {uSecond, true}, "minuten": {uMinute, true},
	"stunde": {uHour, false}, "stunden": {uHour, true}, "tag": {uDay, false}, "tage": {uDay, true}, "tagen": {uDay, true},
	"tages": {uDay, false}, "tags": {uDay, false},
	"woche": {uWeek, false}, "wochen": {uWeek, true}, "wochenende": {uWeekend, false}, "wochenendes": {uWeekend, false}, "wochenenden": {uWeekend, true},
	"monat": {uMonth, false}, "monate": {uMonth, true}, "monaten": {uMonth, true}, "monats": {uMonth, false}, "monates": {uMonth, false},
	"quartal": {uQuarter, false}, "quartale": {uQuarter, true}, "quartalen": {uQuarter, true}, "quartals": {uQuarter, false},
	"halbjahr": {uHalf, false}, "halbjahres": {uHalf, false}, "halbjahrs": {uHalf, false},
	"jahr": {uYear, false}, "jahre": {uYear, true}, "jahren": {uYear, true}, "jahres": {uYear, false}, "jahrs": {uYear, false},
	"jahrzehnt": {uDecade, false}, "jahrzehnte": {uDecade, true}, "jahrzehnten": {uDecade, true}, "jahrzehnts": {uDecade, false},
	"jahrhundert": {uCentury, false}, "jahrhunderte": {uCentury, true}, "jahrhunderten": {uCentury, true}, "jahrhunderts": {uCentury, false},
}

// germanAdjUnits are the stems of German duration adjectives ("dreijährige",
// "neunmonatigen", "zweitägigen") and their units.
var germanAdjUnits = []struct {
	stem string
	u    unit
}{{"jährig", uYear}, {"monatig", uMonth}, {"wöchig", uWeek}, {"tägig", uDay}, {"stündig", uHour}, {"minütig", uMinute}}

// durationCode is the ISO 8601 designator and multiplier of a unit in
// TIMEX durations.
func durationCode(u unit) (code string, mult int, timePart bool) {
	switch u {
	case uSecond:
		return "S", 1, true
	case uMinute:
		return "M", 1, true
	case uHour:
		return "H", 1, true
	case uDay:
		return "D", 1, false
	case uWeek:
		return "W", 1, false
	case uWeekend:
		return "D", 2, false
	case uMonth:
		return "M", 1, false
	case uQuarter:
		return "Q", 1, false
	case uHalf:
		return "M", 6, false
	case uYear:
		return "Y", 1, false
	case uDecade:
		return "Y", 10, false
	case uCentury:
		return "Y", 100, false
	}
	return "", 0, false
}

func (u unit) granularity() string {
	switch u {
	case uSecond, uMinute, uHour:
		return "time"
	case uDay:
		return "day"
	case uWeek, uWeekend:
		return "week"
	case uMonth:
		return "month"
	case uQuarter, uHalf:
		return "quarter"
	case uYear:
		return "year"
	case uDecade:
		return "decade"
	case uCentury:
		return "century"
	}
	return ""
}

// need is the anchor granularity an offset in this unit needs: a day for
// days and weeks, a month for months, quarters and halves, a year for years
// and longer.
func (u unit) need() int {
	switch u {
	case uMonth, uQuarter, uHalf:
		return gMonth
	case uYear, uDecade, uCentury:
		return gYear
	}
	return gDay
}

// wordFilter answers "certainly not in the set" for most words without a
// map look-up: one bit per (length, first byte, last byte), set for every
// word of the set. mayStart asks at every word of a document whether a rule
// can begin there, and most words are in no table.
type wordFilter [128]uint64

func newWordFilter[V any](m map[string]V) *wordFilter {
	f := new(wordFilter)
	for w := range m {
		b := filterBit(w)
		f[b>>6] |= 1 << (b & 63)
	}
	return f
}

func filterBit(w string) uint {
	if w == "" {
		return 0
	}
	return (uint(len(w))*0x9E5 ^ uint(w[0])*0x1F3 ^ uint(w[len(w)-1])*0x2B) & (128*64 - 1)
}

// mayHave is false only for a word not in the set.
func (f *wordFilter) mayHave(w string) bool {
	b := filterBit(w)
	return f[b>>6]&(1<<(b&63)) != 0
}

var (
	startFilter        = newWordFilter(startWords)
	germanNumberFilter = newWordFilter(germanNumbers)
)
