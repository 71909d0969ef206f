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

// hasFourDigits reports whether s has four ASCII digits in a row (what \d{4}
// matches).
func hasFourDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; '0' <= c && c <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// latestDateIn returns the latest full date written in the text, or "".
func latestDateIn(s string) string {
	if !hasFourDigits(s) {
		// Every pattern ends in a four-digit year; most texts have none,
		// and four regexp scans of a whole document cost more than this.
		return ""
	}
	best := ""
	add := func(y, m, d string) {
		if len(m) == 1 {
			m = "0" + m
		}
		if len(d) == 1 {
			d = "0" + d
		}
		if v := y + "-" + m + "-" + d; validDate(v) && v > best {
			best = v
		}
	}
	for _, g := range reISO.FindAllStringSubmatch(s, -1) {
		add(g[1], g[2], g[3])
	}
	for _, g := range reNumeric.FindAllStringSubmatch(s, -1) {
		add(g[3], g[2], g[1])
	}
	for _, g := range reDayMon.FindAllStringSubmatch(s, -1) {
		if m, ok := months[strings.ToLower(g[2])]; ok {
			add(g[3], strconv.Itoa(m), g[1])
		}
	}
	for _, g := range reMonDay.FindAllStringSubmatch(s, -1) {
		if m, ok := months[strings.ToLower(g[1])]; ok {
			add(g[3], strconv.Itoa(m), g[2])
		}
	}
	return best
}
