package entity

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/dossier-news/dossier"
)

// docDate returns the date role phrases are resolved at: the publication
// date, else the latest absolute date in the text, else "".
func (d *docState) docDate() string {
	if !d.dateDone {
		d.date, d.dateDone = documentDate(d.doc), true
	}
	return d.date
}

func documentDate(doc *dossier.Document) string {
	if p := doc.Published; len(p) >= 10 && validDate(p[:10]) {
		return p[:10]
	} else if (len(p) == 7 || len(p) == 4) && validDate(p) {
		return p
	}
	best := ""
	for _, t := range doc.Timexes {
		// only absolute dates: a relative one was resolved against a
		// date, which is what is missing
		if t.Type == "DATE" && t.Anchor == "" && (len(t.Value) == 10 || len(t.Value) == 7) && validDate(t.Value) && t.Value > best {
			best = t.Value
		}
	}
	if best != "" {
		return best
	}
	return latestDateIn(doc.Text)
}

// validDate accepts YYYY, YYYY-MM and YYYY-MM-DD with plausible values.
func validDate(s string) bool {
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return false
	}
	y, err := strconv.Atoi(s[:4])
	if err != nil || y < 1900 || y > 2199 {
		return false
	}
	if len(s) >= 7 {
		m, err := strconv.Atoi(s[5:7])
		if s[4] != '-' || err != nil || m < 1 || m > 12 {
			return false
		}
	}
	if len(s) == 10 {
		day, err := strconv.Atoi(s[8:10])
		if s[7] != '-' || err != nil || day < 1 || day > 31 {
			return false
		}
	}
	return true
}

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7,
	"oktober": 10, "dezember": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "okt": 10,
	"nov": 11, "dec": 12, "dez": 12,
}

// Full dates as news text writes them: 2024-02-27, 28.02.2024,
// 31. Juli 2025, 31 July 2025, July 31, 2025.
var (
	reISO     = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	reNumeric = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`)
	reDayMon  = regexp.MustCompile(`\b(\d{1,2})\.? ([A-Za-zÄäöü]{3,9})\.? (\d{4})\b`)
	reMonDay  = regexp.MustCompile(`\b([A-Za-z]{3,9})\.? (\d{1,2}), (\d{4})\b`)
)

// Every date pattern ends in a four-digit year (reISO begins with one), and
// a match is at most dateBefore bytes long before its year's digits and
// dateAfter bytes after them. So all matches lie in windows around the runs
// of four or more ASCII digits, and the patterns need only scan those: a
// German article is a few kB with a handful of years, and four regexp scans
// of all of it cost as much as the rest of linking together.
const (
	dateBefore = 32 // reDayMon: "31. " and a month of up to 9 two-byte letters, ". "
	dateAfter  = 8  // reISO: "-07-31" after the year
)

// dateWindows appends to dst the byte ranges of s that can hold a match of
// the date patterns: disjoint, in order, each cut where the byte outside is
// an ASCII non-word byte (or at an end of s). There \b, and the rune the
// patterns see next to the window, are the same in the window as in all of
// s, so a pattern finds in the windows exactly the matches it finds in s.
func dateWindows(s string, dst [][2]int) [][2]int {
	for i := 0; i < len(s); {
		if !isDigitByte(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isDigitByte(s[j]) {
			j++
		}
		if j-i < 4 {
			i = j
			continue
		}
		lo, hi := max(0, i-dateBefore), min(len(s), j+dateAfter)
		for lo > 0 && !isCutByte(s[lo-1]) {
			lo--
		}
		for hi < len(s) && !isCutByte(s[hi]) {
			hi++
		}
		if n := len(dst); n > 0 && lo <= dst[n-1][1] {
			dst[n-1][1] = max(dst[n-1][1], hi)
		} else {
			dst = append(dst, [2]int{lo, hi})
		}
		i = j
	}
	return dst
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// isCutByte reports whether a window may end before, or begin after, c: an
// ASCII byte that is no word character of \b.
func isCutByte(c byte) bool {
	return c < 0x80 && !isDigitByte(c) && c != '_' && !('a' <= c|0x20 && c|0x20 <= 'z')
}

// latestDateIn returns the latest full date written in the text, or "".
func latestDateIn(s string) string {
	var buf [8][2]int
	wins := dateWindows(s, buf[:0])
	if len(wins) == 0 {
		return ""
	}
	best := ""
	add := func(y, m, d string) { best = laterDate(best, y, m, d) }
	for _, w := range wins {
		if pats := datePatterns(s, w); pats != 0 {
			datesIn(s[w[0]:w[1]], pats, add)
		}
	}
	return best
}

// The date patterns, as bits of a set.
const (
	patISO     = 1 << iota // reISO
	patNumeric             // reNumeric
	patDayMon              // reDayMon
	patMonDay              // reMonDay
	patAll     = patISO | patNumeric | patDayMon | patMonDay
)

// datePatterns returns the patterns that may match in window w of s, by
// the bytes before and after its years. In every pattern the year is a run
// of exactly four digits, and what is next to it is fixed: "-" and a digit
// after the year of reISO; a digit and "." before that of reNumeric; a day
// (digits, maybe a dot), a space, a word and a space before that of
// reDayMon; digits, ", " before that of reMonDay. Most years of news text
// ("im Jahr 2019", "2019 hatte") fit none, and their windows need no
// regexp scan.
func datePatterns(s string, w [2]int) int {
	pats := 0
	for i := w[0]; i < w[1]; {
		if !isDigitByte(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < w[1] && isDigitByte(s[j]) {
			j++
		}
		if j-i == 4 {
			pats |= yearPatterns(s, i, j)
		}
		i = j
	}
	return pats
}

// yearPatterns returns the patterns whose year s[i:j] may be.
func yearPatterns(s string, i, j int) int {
	digitAt := func(k int) bool { return k >= 0 && k < len(s) && isDigitByte(s[k]) }
	pats := 0
	if j < len(s) && s[j] == '-' && digitAt(j+1) {
		pats |= patISO
	}
	if i > 0 && s[i-1] == '.' && digitAt(i-2) {
		pats |= patNumeric
	}
	if i > 1 && s[i-1] == ' ' {
		if s[i-2] == ',' {
			if digitAt(i - 3) {
				pats |= patMonDay
			}
		} else if dayBeforeWord(s, i-1) {
			pats |= patDayMon
		}
	}
	return pats
}

// dayBeforeWord reports whether a word ending before s[k] (a space), maybe
// with a dot, follows a space after a digit or a digit and a dot: the day
// and month before the year of reDayMon. The word is taken as the bytes
// that are ASCII letters or not ASCII, more than the month's letters, but
// the space before a month stops both alike.
func dayBeforeWord(s string, k int) bool {
	if k > 0 && s[k-1] == '.' {
		k--
	}
	for k > 0 && (s[k-1] >= 0x80 || 'a' <= s[k-1]|0x20 && s[k-1]|0x20 <= 'z') {
		k--
	}
	if k < 2 || s[k-1] != ' ' {
		return false
	}
	k--
	if s[k-1] == '.' {
		k--
	}
	return k > 0 && isDigitByte(s[k-1])
}

// laterDate returns the date of year y, month m and day d as YYYY-MM-DD if
// it is valid and later than best, else best.
func laterDate(best, y, m, d string) string {
	if len(m) == 1 {
		m = "0" + m
	}
	if len(d) == 1 {
		d = "0" + d
	}
	if v := y + "-" + m + "-" + d; validDate(v) && v > best {
		return v
	}
	return best
}

// datesIn calls add with the year, month and day of every date the
// patterns of the set pats find in s.
func datesIn(s string, pats int, add func(y, m, d string)) {
	if pats&patISO != 0 {
		for _, g := range reISO.FindAllStringSubmatch(s, -1) {
			add(g[1], g[2], g[3])
		}
	}
	if pats&patNumeric != 0 {
		for _, g := range reNumeric.FindAllStringSubmatch(s, -1) {
			add(g[3], g[2], g[1])
		}
	}
	if pats&patDayMon != 0 {
		for _, g := range reDayMon.FindAllStringSubmatch(s, -1) {
			if m, ok := months[strings.ToLower(g[2])]; ok {
				add(g[3], strconv.Itoa(m), g[1])
			}
		}
	}
	if pats&patMonDay != 0 {
		for _, g := range reMonDay.FindAllStringSubmatch(s, -1) {
			if m, ok := months[strings.ToLower(g[1])]; ok {
				add(g[3], strconv.Itoa(m), g[2])
			}
		}
	}
}
