package aggregate

import (
	"fmt"
	"strconv"
	"time"

	"github.com/dossier-news/dossier"
)

// interval is the stretch of days a date value covers, and how precise it is.
type interval struct {
	from, to time.Time // inclusive days
	rank     int       // 0 day, 1 week, 2 month, 3 quarter, 4 year; 9 undated
}

const undatedRank = 9

// intervalOf reads a TIMEX3-style date: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www,
// YYYY-Qn, or the date part of a timestamp.
func intervalOf(d *dossier.EventDate) interval {
	if d == nil {
		return interval{rank: undatedRank}
	}
	v := d.Value
	day := func(y, m, dd int) time.Time { return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
	if len(v) >= 4 {
		y, err := strconv.Atoi(v[:4])
		if err != nil {
			return interval{rank: undatedRank}
		}
		switch {
		case len(v) == 4:
			return interval{day(y, 1, 1), day(y, 12, 31), 4}
		case len(v) >= 10 && v[4] == '-' && v[7] == '-':
			m, err1 := strconv.Atoi(v[5:7])
			dd, err2 := strconv.Atoi(v[8:10])
			if err1 == nil && err2 == nil && m >= 1 && m <= 12 && dd >= 1 && dd <= 31 {
				t := day(y, m, dd)
				return interval{t, t, 0}
			}
		case len(v) == 7 && v[4] == '-' && v[5] == 'Q':
			q, err := strconv.Atoi(v[6:])
			if err == nil && q >= 1 && q <= 4 {
				from := day(y, 3*(q-1)+1, 1)
				return interval{from, from.AddDate(0, 3, -1), 3}
			}
		case len(v) == 7 && v[4] == '-':
			m, err := strconv.Atoi(v[5:])
			if err == nil && m >= 1 && m <= 12 {
				from := day(y, m, 1)
				return interval{from, from.AddDate(0, 1, -1), 2}
			}
		case len(v) == 8 && v[4:6] == "-W":
			w, err := strconv.Atoi(v[6:])
			if err == nil && w >= 1 && w <= 53 {
				// ISO week: the week with the year's first Thursday is week 1
				jan4 := day(y, 1, 4)
				monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
				from := monday.AddDate(0, 0, 7*(w-1))
				return interval{from, from.AddDate(0, 0, 6), 1}
			}
		}
	}
	return interval{rank: undatedRank}
}

func (iv interval) dated() bool { return iv.rank != undatedRank }

func (iv interval) overlaps(o interval) bool {
	return iv.dated() && o.dated() && !iv.to.Before(o.from) && !o.to.Before(iv.from)
}

// dayTolerance: reports of one happening at day precision may differ by this
// much ("on Saturday" in one, "at the weekend" read as Sunday in another).
const dayTolerance = 2 * 24 * time.Hour

// compatible says whether an event at iv can be a report of a story dated
// anchor.
func compatible(anchor, iv interval) bool {
	if anchor.rank == 0 && iv.rank == 0 {
		d := anchor.from.Sub(iv.from)
		return d <= dayTolerance && d >= -dayTolerance
	}
	return anchor.overlaps(iv)
}

func (iv interval) month() string {
	if !iv.dated() {
		return ""
	}
	if iv.rank >= 4 {
		return fmt.Sprintf("%04d", iv.from.Year())
	}
	return iv.from.Format("2006-01")
}

// Bounds returns the first and last day (YYYY-MM-DD) a date value covers,
// or ok false when it is not a date Stories can place.
func Bounds(d *dossier.EventDate) (from, to string, ok bool) {
	iv := intervalOf(d)
	if !iv.dated() {
		return "", "", false
	}
	return iv.from.Format("2006-01-02"), iv.to.Format("2006-01-02"), true
}

// Window is a stretch of days, inclusive.
type Window struct{ From, To string }

// grow widens w by the day tolerance on both sides, so that events that
// can merge with an event inside w overlap the widened window.
func (w Window) grow() Window { return w.widen(dayTolerance) }

// widen widens w by d on both sides.
func (w Window) widen(d time.Duration) Window {
	f, _ := time.Parse("2006-01-02", w.From)
	t, _ := time.Parse("2006-01-02", w.To)
	return Window{f.Add(-d).Format("2006-01-02"), t.Add(d).Format("2006-01-02")}
}
