package entity

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestLatestDateInPrefilter(t *testing.T) {
	tests := []struct {
		in   string
		four bool
		want string
	}{
		{"no year here, only 12 and 345", false, ""},
		{"am 3. Mai 201 und 1.2.99", false, ""},
		{"signed on 2019-05-03 and 4 June 2021", true, "2021-06-04"},
		{"am 28.02.2024 in Bonn", true, "2024-02-28"},
		{"a phone number 12345 but no date", true, ""},
		{"März ２０２４ in full-width digits", false, ""},
	}
	for _, tt := range tests {
		if got := len(dateWindows(tt.in, nil)) > 0; got != tt.four {
			t.Errorf("dateWindows(%q) found a window: %v, want %v", tt.in, got, tt.four)
		}
		if got := latestDateIn(tt.in); got != tt.want {
			t.Errorf("latestDateIn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// latestDateInWhole is latestDateIn scanning all of s, as it did before it
// scanned windows.
func latestDateInWhole(s string) string {
	best := ""
	datesIn(s, patAll, func(y, m, d string) { best = laterDate(best, y, m, d) })
	return best
}

// TestDateWindowsSameAsWhole checks on random texts, made of the pieces
// dates are written with and of what breaks them, that the windows find
// the date a scan of the whole text finds.
func TestDateWindowsSameAsWhole(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	pieces := []string{
		"2024", "1999", "2025", "12345", "07", "7", "31", "3", "13", "-", ".", ". ", " ", ", ",
		"Juli", "Mär", "März", "Dezember", "Okt", "July", "Sept", "May", "x", "ä", "Ü", "_", "é",
		"am", "on", "\n", "(", ")", "ab", "Jahresbilanz", "Ende", "\u00a0",
	}
	days := []string{"1", "07", "31", "3", "32", "00"}
	months := []string{"Juli", "März", "Mär", "Dezember", "Okt", "July", "Sept", "May", "Foo", "07", "12", "13"}
	years := []string{"2024", "1999", "2025", "12345", "899"}
	// dates as the patterns want them, and some they don't
	dates := []func() string{
		func() string { return pick(r, days) + ". " + pick(r, months) + " " + pick(r, years) },
		func() string { return pick(r, days) + " " + pick(r, months) + ". " + pick(r, years) },
		func() string { return pick(r, days) + "." + pick(r, months) + "." + pick(r, years) },
		func() string { return pick(r, years) + "-" + pick(r, months) + "-" + pick(r, days) },
		func() string { return pick(r, months) + " " + pick(r, days) + ", " + pick(r, years) },
		func() string { return pick(r, months) + ". " + pick(r, days) + ", " + pick(r, years) },
	}
	var b strings.Builder
	windows := 0
	for trial := 0; trial < 20000; trial++ {
		b.Reset()
		for n := r.IntN(40); n > 0; n-- {
			if r.IntN(4) == 0 {
				b.WriteString(dates[r.IntN(len(dates))]())
			} else {
				b.WriteString(pick(r, pieces))
			}
		}
		s := b.String()
		if w := dateWindows(s, nil); len(w) > 1 {
			windows++
		}
		if got, want := latestDateIn(s), latestDateInWhole(s); got != want {
			t.Fatalf("latestDateIn(%q) = %q, the whole text gives %q", s, got, want)
		}
	}
	if windows < 500 {
		t.Errorf("only %d texts had more than one window: the test misses the merging", windows)
	}
}

func TestDateWindows(t *testing.T) {
	long := strings.Repeat("Wort ", 20)
	tests := []struct {
		in   string
		want [][2]int
	}{
		{"", nil},
		{"123 x", nil},
		{"1234", [][2]int{{0, 4}}},
		// the margins end at spaces: 32 bytes before the year, 8 after
		{long + "am 31. Juli 2025 und " + long, [][2]int{{len(long) - 20, len(long) + 25}}},
		// a word across a margin is kept whole: the window begins after
		// the space before it, ends at the space after it
		{long + "Wortwortwortwortwortwortwortwort 2025Wort Wortwort ", [][2]int{{len(long), len(long) + 50}}},
		// two years near each other share a window
		{"2024 und 2025", [][2]int{{0, 13}}},
	}
	for _, tt := range tests {
		got := dateWindows(tt.in, nil)
		if len(got) != len(tt.want) {
			t.Errorf("dateWindows(%q) = %v, want %v", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("dateWindows(%q) = %v, want %v", tt.in, got, tt.want)
				break
			}
		}
	}
}

func pick(r *rand.Rand, xs []string) string { return xs[r.IntN(len(xs))] }

func TestDatePatterns(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"im Jahr 2019 hatte", 0},
		{"2019 hatte", 0},
		{"eine Nummer 12345-67", 0},
		{"am 2024-02-27", patISO},
		{"am 28.02.2024", patNumeric},
		{"am 31. Juli 2025", patDayMon},
		{"am 31. Jul. 2025", patDayMon},
		{"on July 31, 2025", patMonDay},
		{"2024-01-02, 5 May 2023", patISO | patDayMon},
		{"1234", 0},
	}
	for _, tt := range tests {
		if got := datePatterns(tt.in, [2]int{0, len(tt.in)}); got != tt.want {
			t.Errorf("datePatterns(%q) = %04b, want %04b", tt.in, got, tt.want)
		}
	}
}
