package timex

import (
	"strconv"
	"time"
)

// isoWeekday is the ISO day of the week (1 Monday … 7 Sunday) of a date.
func isoWeekday(y, m, d int) int {
	wd := int(time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC).Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

func daysIn(y, m int) int {
	switch m {
	case 4, 6, 9, 11:
		return 30
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 31
}

// point granularities of anchors, coarse to fine.
const (
	gNone = iota
	gYear
	gMonth
	gDay
)

// anchor is a point in time that relative expressions are counted from: the
// document creation time or the time the text last talked about.
type anchor struct {
	y, m, d int
	q       int // a quarter the text talked about, or 0
	g       int // gYear, gMonth, gDay; gNone when unset
	src     string
}

func (a anchor) ok() bool { return a.g != gNone }

func (a anchor) date() time.Time {
	m, d := a.m, a.d
	if m == 0 {
		m = 1
	}
	if d == 0 {
		d = 1
	}
	return time.Date(a.y, time.Month(m), d, 12, 0, 0, 0, time.UTC)
}

func (a anchor) String() string {
	switch a.g {
	case gYear:
		return fmtYear(a.y)
	case gMonth:
		return fmtYear(a.y) + "-" + pad2(a.m)
	case gDay:
		return fmtYear(a.y) + "-" + pad2(a.m) + "-" + pad2(a.d)
	}
	return ""
}

// parseDCT reads "YYYY-MM-DD" (with an optional time after it).
func parseDCT(s string) (anchor, bool) {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return anchor{}, false
	}
	y, err1 := strconv.Atoi(s[:4])
	m, err2 := strconv.Atoi(s[5:7])
	d, err3 := strconv.Atoi(s[8:10])
	if err1 != nil || err2 != nil || err3 != nil || !validDate(y, m, d) {
		return anchor{}, false
	}
	return anchor{y: y, m: m, d: d, g: gDay}, true
}

// parseMonth reads the month (and day) of a value such as "1997-05" or
// "1997-05-13T10:00".
func parseMonth(s string) (anchor, bool) {
	if a, ok := parseDCT(s); ok {
		return a, true
	}
	if len(s) != 7 || s[4] != '-' {
		return anchor{}, false
	}
	y, err1 := strconv.Atoi(s[:4])
	m, err2 := strconv.Atoi(s[5:7])
	if err1 != nil || err2 != nil || m < 1 || m > 12 {
		return anchor{}, false
	}
	return anchor{y: y, m: m, g: gMonth}, true
}

func fmtYear(y int) string {
	if y < 0 {
		return "BC" + pad4(-y)
	}
	return pad4(y)
}

func pad4(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

func fmtDate(t time.Time) string {
	return fmtYear(t.Year()) + "-" + pad2(int(t.Month())) + "-" + pad2(t.Day())
}

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmtYear(y) + "-W" + pad2(w)
}

// weekThursday reads a week value ("1987-W09", or a weekend
// "1987-W09-WE") back as the Thursday of that ISO week, the day that
// carries the week's year.
func weekThursday(v string) (time.Time, bool) {
	if len(v) < 8 || v[4] != '-' || v[5] != 'W' {
		return time.Time{}, false
	}
	y, err1 := strconv.Atoi(v[:4])
	w, err2 := strconv.Atoi(v[6:8])
	if err1 != nil || err2 != nil || w < 1 || w > 53 {
		return time.Time{}, false
	}
	jan4 := time.Date(y, time.January, 4, 12, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, 1-isoWeekday(y, 1, 4))
	return monday.AddDate(0, 0, 7*(w-1)+3), true
}

func seasonIndex(s string) int {
	switch s {
	case "WI":
		return 0
	case "SP":
		return 1
	case "SU":
		return 2
	case "FA":
		return 3
	}
	return 0
}

// seasonOf returns the season index of a month (winter 0 … fall 3).
func seasonOf(m int) int {
	switch {
	case m >= 3 && m <= 5:
		return 1
	case m >= 6 && m <= 8:
		return 2
	case m >= 9 && m <= 11:
		return 3
	}
	return 0
}
