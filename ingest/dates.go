package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Full calendar dates as news pages print them in English and German.
// Only complete dates (day, month and year) count as a publication date.
var (
	isoDateRE     = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?\b`)
	dottedDateRE  = regexp.MustCompile(`\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b`)
	germanDateRE  = regexp.MustCompile(`(?i)\b(\d{1,2})\.\s*(januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|febr|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez)\.?\s+(\d{4})\b`)
	englishMDYRE  = regexp.MustCompile(`(?i)\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	englishDMYRE  = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?,?\s+(\d{4})\b`)
	slashedDateRE = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
)

var monthNumbers = map[string]int{
	"january": 1, "jan": 1, "januar": 1, "jänner": 1,
	"february": 2, "feb": 2, "februar": 2, "febr": 2,
	"march": 3, "mar": 3, "märz": 3, "maerz": 3, "mär": 3,
	"april": 4, "apr": 4,
	"may": 5, "mai": 5,
	"june": 6, "jun": 6, "juni": 6,
	"july": 7, "jul": 7, "juli": 7,
	"august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "oktober": 10, "okt": 10,
	"november": 11, "nov": 11,
	"december": 12, "dec": 12, "dezember": 12, "dez": 12,
}

// dateMatch is a calendar date found in a line, with where it was.
type dateMatch struct {
	date       string // YYYY-MM-DD
	start, end int
}

// findDate returns the first complete calendar date in s.
func findDate(s string) (dateMatch, bool) {
	best := dateMatch{start: -1}
	// Every pattern below needs a year of four ASCII digits (\d is ASCII
	// in Go's regexp), and most lines have none: skip the regexps there.
	if !hasFourDigits(s) {
		return best, false
	}
	consider := func(start, end, y, m, d int) {
		if !validDate(y, m, d) {
			return
		}
		if best.start < 0 || start < best.start {
			best = dateMatch{date: formatDate(y, m, d), start: start, end: end}
		}
	}
	// The patterns' own punctuation rules some out without running them.
	hasDash, hasDot := strings.IndexByte(s, '-') >= 0, strings.IndexByte(s, '.') >= 0
	if hasDash {
		for _, m := range isoDateRE.FindAllStringSubmatchIndex(s, -1) {
			consider(m[0], m[1], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
		}
	}
	if hasDot {
		for _, m := range dottedDateRE.FindAllStringSubmatchIndex(s, -1) {
			consider(m[0], m[1], atoi(s[m[6]:m[7]]), atoi(s[m[4]:m[5]]), atoi(s[m[2]:m[3]]))
		}
		for _, m := range germanDateRE.FindAllStringSubmatchIndex(s, -1) {
			consider(m[0], m[1], atoi(s[m[6]:m[7]]), monthNumbers[strings.ToLower(s[m[4]:m[5]])], atoi(s[m[2]:m[3]]))
		}
	}
	for _, m := range englishMDYRE.FindAllStringSubmatchIndex(s, -1) {
		consider(m[0], m[1], atoi(s[m[6]:m[7]]), monthNumbers[strings.ToLower(s[m[2]:m[3]])], atoi(s[m[4]:m[5]]))
	}
	for _, m := range englishDMYRE.FindAllStringSubmatchIndex(s, -1) {
		consider(m[0], m[1], atoi(s[m[6]:m[7]]), monthNumbers[strings.ToLower(s[m[4]:m[5]])], atoi(s[m[2]:m[3]]))
	}
	if strings.IndexByte(s, '/') >= 0 {
		for _, m := range slashedDateRE.FindAllStringSubmatchIndex(s, -1) {
			// American month/day/year; a first number above 12 can only be a day.
			a, b := atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]])
			if a > 12 {
				a, b = b, a
			}
			consider(m[0], m[1], atoi(s[m[6]:m[7]]), a, b)
		}
	}
	return best, best.start >= 0
}

// hasFourDigits tells whether s has four ASCII digits in a row.
func hasFourDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

func validDate(y, m, d int) bool {
	if y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func formatDate(y, m, d int) string {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
}

// normalizeDate turns a date string from structured input (a feed, a JSON
// line) into "YYYY-MM-DD" or RFC 3339; it returns "" when s holds no date.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	// A bare day, the usual form in JSON lines, first: none of the layouts
	// below fits ten characters, and each that fails allocates its error.
	if len(s) == 10 {
		if t, err := time.Parse("2006-01-02", s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	for _, layout := range []string{time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, "Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 -0700"} {
		if t, err := time.Parse(layout, s); err == nil {
			return formatTime(t)
		}
	}
	if m, ok := findDate(s); ok {
		return m.date
	}
	return ""
}

// formatTime keeps the time of day only when there is one.
func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}
