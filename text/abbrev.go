package text

// Abbreviations that keep their dot, lower-cased and without it. They are
// general English and German usage, collected for the project.
var englishAbbrev = setOf(
	"mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "col", "lt", "capt", "maj", "sgt",
	"adm", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "cmdr", "insp", "amb", "messrs",
	"inc", "ltd", "co", "corp", "bros", "plc", "vs", "etc", "approx", "dept",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"tues", "thur", "thurs",
	"ca", "cf", "eds", "oz", "lbs",
	"ave", "blvd", "rd", "univ", "assn", "intl", "natl",
)

var germanAbbrev = setOf(
	"bzw", "usw", "etc", "ggf", "evtl", "ca", "bspw", "inkl", "exkl", "vgl", "dr", "prof", "nr", "str",
	"hr", "fr", "mio", "mrd", "tsd", "jh", "jhd", "dt", "engl", "franz", "ital", "russ",
	"sog", "vs", "gegr", "geb", "gest", "jan", "feb", "febr", "mär", "apr", "jun", "jul", "aug",
	"sep", "sept", "okt", "nov", "dez", "st", "std",
	"hrsg", "verf", "zzgl", "allg", "bzgl", "gem", "lt", "mind",
	"zb", "usf", "ff", "stv", "präs", "oberstlt", "kath", "ehem", "jr", "sen", "co",
	"inc", "ltd", "corp",
)

// Abbreviations that keep their dot only before a number ("No. 5", "Art. 3",
// "Nr. 7"): elsewhere they are ordinary words that may end a sentence.
var numberAbbrevs = setOf("no", "nos", "nr", "art", "abs", "vol", "pp", "fig", "kap", "bd", "tel", "ziff", "s")

// Abbreviations after which a sentence may end ("… and so on, etc. The next").
var finalAbbrevs = setOf("etc", "usw", "inc", "ltd", "co", "corp", "plc", "bros", "usf", "ff", "al")

// Capitalised words that begin a sentence and never continue a name: after
// a dotted abbreviation ("U.S.") they start a new sentence.
var sentenceOpeners = map[string]map[string]bool{
	"en": setOf("The", "He", "She", "It", "They", "We", "I", "You", "But", "And", "This", "That", "These",
		"Those", "There", "His", "Her", "Its", "Their", "Our", "In", "On", "At", "After", "When", "While", "If",
		"A", "An", "Some", "Many", "Most"),
	// German articles begin names ("u.a. Die Linke"): pronouns and adverbs only
	"de": setOf("Er", "Sie", "Es", "Wir", "Ich", "Aber", "Dies", "Damit", "Dabei", "Doch", "Deshalb", "Daher"),
}

func opensSentence(lang, w string) bool {
	if m, ok := sentenceOpeners[lang]; ok {
		return m[w]
	}
	return sentenceOpeners["en"][w]
}

var months = setOf(
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "febr", "mär", "okt", "dez",
)

// Words after which a German number with a dot is an ordinal.
var germanOrdinalCue = setOf(
	"am", "im", "vom", "zum", "beim", "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem",
	"einen", "einer", "seit", "ab", "bis", "nach", "vor", "zur", "dieses", "diesem", "dieser", "jedes",
	"jeden", "ihr", "ihrem", "ihren", "sein", "seinem", "seinen", "seiner", "für", "zu", "um", "ihres", "seines",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func isAbbrev(lang, lower string) bool {
	switch lang {
	case "de":
		return germanAbbrev[lower]
	case "en":
		return englishAbbrev[lower]
	}
	return englishAbbrev[lower] || germanAbbrev[lower]
}

func finalAbbrev(_ string, lower string) bool { return finalAbbrevs[lower] }

func isMonth(lower string) bool { return months[lower] }
