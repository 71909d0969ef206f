package timex

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/dossier-news/dossier"
)

func newTagger(t testing.TB) *Tagger {
	t.Helper()
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// find returns the first value whose text contains sub.
func find(vs []dossier.TimeValue, sub string) (dossier.TimeValue, bool) {
	for _, v := range vs {
		if strings.Contains(v.Text, sub) {
			return v, true
		}
	}
	return dossier.TimeValue{}, false
}

// The sentences below are written for these tests.
func TestAnnotate(t *testing.T) {
	tests := []struct {
		name, lang, dct, text string
		sub                   string // part of the expected expression's text
		typ, value, mod       string
	}{
		// English, DCT Wednesday 15 May 2024.
		{"en absolute", "en", "2024-05-15", "The talks ended on March 9, 2021, without a deal.", "March 9, 2021", "DATE", "2021-03-09", ""},
		{"en day month year", "en", "2024-05-15", "Voting closed on 9 March 2021 in most districts.", "9 March 2021", "DATE", "2021-03-09", ""},
		{"en last month name", "en", "2024-05-15", "He resigned last April after a long dispute.", "last April", "DATE", "2024-04", ""},
		{"en last month name same month", "en", "2024-04-20", "He resigned last April after a long dispute.", "last April", "DATE", "2023-04", ""},
		{"en past weekday", "en", "2024-05-15", "The ministers met on Saturday in the capital.", "Saturday", "DATE", "2024-05-11", ""},
		{"en future weekday", "en", "2024-05-15", "The summit will take place on Friday.", "Friday", "DATE", "2024-05-17", ""},
		{"en quarter past", "en", "2024-05-15", "Prices rose sharply in the third quarter, the firm said.", "third quarter", "DATE", "2023-Q3", ""},
		{"en ago", "en", "2024-05-15", "They visited the border two years ago.", "two years ago", "DATE", "2022", ""},
		{"en duration", "en", "2024-05-15", "The embassy had been closed for three years.", "three years", "DURATION", "P3Y", ""},
		{"en decade", "en", "2024-05-15", "The treaty was signed in the 1990s.", "1990s", "DATE", "199", ""},
		{"en recent months", "en", "2024-05-15", "Exports have fallen in recent months.", "recent months", "DURATION", "PXM", ""},
		{"en set", "en", "2024-05-15", "The ferry runs daily between the islands.", "daily", "SET", "P1D", ""},
		{"en end of last week", "en", "2024-05-15", "The offer expired at the end of last week.", "end of last week", "DATE", "2024-W19", "END"},
		{"en end of month name", "en", "2024-05-15", "Troops left at the end of January.", "end of January", "DATE", "2024-01", "END"},
		{"en clock and day", "en", "2024-05-15", "The vote is scheduled for 10:30 a.m. Thursday.", "10:30 a.m. Thursday", "TIME", "2024-05-16T10:30", ""},
		{"en yesterday", "en", "2024-05-15", "Officials confirmed the figures yesterday.", "yesterday", "DATE", "2024-05-14", ""},
		{"en next year", "en", "2024-05-15", "Elections are due next year.", "next year", "DATE", "2025", ""},
		{"en early month", "en", "2024-05-15", "The law took effect in early February.", "early February", "DATE", "2024-02", "START"},
		{"en half a year", "en", "2024-05-15", "The ceasefire held for two and a half years.", "two and a half years", "DURATION", "P2Y6M", ""},
		{"en now", "en", "2024-05-15", "The border is now closed to traffic.", "now", "DATE", "PRESENT_REF", ""},
		{"en season with year", "en", "2024-05-15", "Construction began in the summer of 2019.", "summer of 2019", "DATE", "2019-SU", ""},
		{"en holiday", "en", "2024-05-15", "Shops closed early on Christmas Eve 2022.", "Christmas Eve 2022", "DATE", "2022-12-24", ""},

		// German, DCT Wednesday 12 March 2025.
		{"de last sunday", "de", "2025-03-12", "Am vergangenen Sonntag kam es zu Protesten.", "vergangenen Sonntag", "DATE", "2025-03-09", ""},
		{"de weekday with date", "de", "2025-03-12", "Die Delegation reiste am Sonntag (9.3.) ab.", "Sonntag (9.3.)", "DATE", "2025-03-09", ""},
		{"de month year", "de", "2025-03-12", "Der Vertrag vom Juni 2023 gilt weiter.", "Juni 2023", "DATE", "2023-06", ""},
		{"de end of month future", "de", "2025-03-12", "Die Gespräche sollen Ende April beginnen.", "Ende April", "DATE", "2025-04", "END"},
		{"de mid month", "de", "2025-08-20", "Die Minister trafen sich Mitte Juli in Genf.", "Mitte Juli", "DATE", "2025-07", "MID"},
		{"de years ago", "de", "2025-03-12", "Vor 75 Jahren endete die Blockade der Stadt.", "75 Jahren", "DATE", "1950", ""},
		{"de since month", "de", "2025-03-12", "Seit Januar verkehren wieder Busse.", "Januar", "DATE", "2025-01", "ON_OR_AFTER"},
		{"de last year", "de", "2025-03-12", "Im vergangenen Jahr stiegen die Preise.", "vergangenen Jahr", "DATE", "2024", ""},
		{"de numeric past", "de", "2025-03-12", "Am 27.7. wurde das Abkommen unterzeichnet.", "27.7.", "DATE", "2024-07-27", ""},
		{"de full date", "de", "2025-03-12", "Die Grenze wurde am 3. Oktober 1990 geöffnet.", "3. Oktober 1990", "DATE", "1990-10-03", ""},
		{"de vague", "de", "2025-03-12", "Die Soldaten wurden zuletzt nicht mehr gesehen.", "zuletzt", "DATE", "PAST_REF", ""},
		{"de number word duration", "de", "2025-03-12", "Die Haft dauerte fünfundzwanzig Jahre.", "fünfundzwanzig Jahre", "DURATION", "P25Y", ""},
		{"de season year", "de", "2025-03-12", "Im Frühjahr 2024 begann der Bau.", "Frühjahr 2024", "DATE", "2024-SP", ""},
		{"de start of year", "de", "2025-03-12", "Anfang des Jahres wurde verhandelt.", "Anfang des Jahres", "DATE", "2025", "START"},
		{"de set", "de", "2025-03-12", "Der Zug fährt einmal im Monat.", "einmal im Monat", "SET", "P1M", ""},
		{"de decade", "de", "2025-03-12", "In den 1980er Jahren wuchs die Stadt.", "1980er Jahren", "DATE", "198", ""},
		{"de century", "de", "2025-03-12", "Die Burg stammt aus dem 12. Jahrhundert.", "12. Jahrhundert", "DATE", "11", ""},
		{"de anaphoric days later", "de", "2025-03-12", "Am 3. März 2025 begannen die Gespräche. Drei Tage später endeten sie.", "Drei Tage später", "DATE", "2025-03-06", ""},
		{"de coordinated month", "de", "2025-03-12", "Im Mai und Juni 1999 wurde gekämpft.", "Mai", "DATE", "1999-05", ""},
		{"de bc year", "de", "2025-03-12", "Die Schlacht fand 490 v. Chr. statt.", "490 v. Chr.", "DATE", "BC0490", ""},
		{"de after n days of", "de", "2025-03-12", "Am 3. März 2025 begann die Belagerung. Nach 77 Tagen Belagerung gab die Stadt auf.", "77 Tagen", "DURATION", "P77D", ""},
		{"de after n days", "de", "2025-03-12", "Am 3. März 2025 begann die Belagerung. Nach zwei Tagen gab die Stadt auf.", "zwei Tagen", "DATE", "2025-03-05", ""},

		// Without DCT: a dateline anchors; without one, values stay open.
		{"no dct dateline", "de", "", "Berlin, 4. Mai 2025\nAm Freitag trafen sich die Parteien.", "Freitag", "DATE", "2025-05-02", ""},
		{"no dct no anchor", "en", "", "The election was held in April.", "April", "DATE", "XXXX-04", ""},
		{"no dct relative", "en", "", "Prices fell last year.", "last year", "DATE", "XXXX", ""},
		{"no dct text anchor", "en", "", "On June 2, 2019, the plant closed. Two days later the workers protested.", "Two days later", "DATE", "2019-06-04", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			vs := tg.Annotate(tt.text, tt.lang, tt.dct)
			v, ok := find(vs, tt.sub)
			if !ok {
				t.Fatalf("no expression with %q in %q; got %+v", tt.sub, tt.text, vs)
			}
			if v.Type != tt.typ || v.Value != tt.value || v.Mod != tt.mod {
				t.Errorf("%q: got %s %s mod %q (rule %s, anchor %q), want %s %s mod %q", v.Text, v.Type, v.Value, v.Mod, v.Rule, v.Anchor, tt.typ, tt.value, tt.mod)
			}
			if v.Rule == "" {
				t.Errorf("%q: no rule recorded", v.Text)
			}
		})
	}
}

// TestNotTimes checks that quantities and words that look like dates are
// left alone.
func TestNotTimes(t *testing.T) {
	tests := []struct{ lang, text, sub string }{
		{"en", "More than 1500 soldiers crossed the river.", "1500"},
		{"en", "The company may raise prices.", "may"},
		{"en", "Protesters march through the city.", "march"},
		{"en", "A 6-year-old boy was rescued.", "6-year-old"},
		{"de", "Über 10.000 Soldaten wurden verlegt.", "10.000"},
		{"de", "Die Preise stiegen um 2020 Prozent.", "2020"},
		{"de", "Er traf August Bebel in Leipzig.", "August"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		vs := tg.Annotate(tt.text, tt.lang, "2024-01-10")
		if v, ok := find(vs, tt.sub); ok {
			t.Errorf("%q: unexpected expression %q = %s (%s)", tt.text, v.Text, v.Value, v.Rule)
		}
	}
}

func TestGranularityAndAnchor(t *testing.T) {
	tg := newTagger(t)
	text := "The minister arrived on Monday and left last week's summit early in 2023."
	vs := tg.Annotate(text, "en", "2024-05-15")
	for _, v := range vs {
		if text[v.Start:v.End] != v.Text {
			t.Errorf("span %d..%d is %q, text says %q", v.Start, v.End, text[v.Start:v.End], v.Text)
		}
		if v.Granularity == "" && !strings.HasSuffix(v.Value, "_REF") {
			t.Errorf("%q (%s): no granularity", v.Text, v.Value)
		}
	}
	mon, ok := find(vs, "Monday")
	if !ok || mon.Anchor != "dct 2024-05-15" || mon.Granularity != "day" {
		t.Errorf("Monday: got %+v, want anchor %q, granularity day", mon, "dct 2024-05-15")
	}
}

func TestConcurrent(t *testing.T) {
	tg := newTagger(t)
	texts := []struct{ lang, text string }{
		{"en", "On Tuesday the council voted, three weeks after the March 3, 2024 hearing."},
		{"de", "Am Dienstag (5.3.) stimmte der Rat ab, drei Wochen nach der Anhörung vom 3. März 2024."},
	}
	want := make([][]dossier.TimeValue, len(texts))
	for i, x := range texts {
		want[i] = tg.Annotate(x.text, x.lang, "2024-03-07")
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; n < 50; n++ {
				i := n % len(texts)
				got := tg.Annotate(texts[i].text, texts[i].lang, "2024-03-07")
				if len(got) != len(want[i]) {
					errs <- "different number of values"
					return
				}
				for k := range got {
					if got[k] != want[i][k] {
						errs <- got[k].Text + " differs"
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// sharedDir locates ../shared (or $DOSSIER_SHARED).
func sharedDir(t testing.TB) string {
	if d := os.Getenv("DOSSIER_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "shared")
}

// TestSeeds checks what a reader resolves in the seed articles.
func TestSeeds(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "seeds")
	read := func(prefix string) string {
		m, _ := filepath.Glob(filepath.Join(dir, prefix+"_*.txt"))
		if len(m) == 0 {
			t.Skipf("seed %s not found in %s", prefix, dir)
		}
		b, err := os.ReadFile(m[0])
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	tg := newTagger(t)
	check := func(vs []dossier.TimeValue, sub, value, mod string) {
		t.Helper()
		for _, v := range vs {
			if strings.Contains(v.Text, sub) && v.Value == value {
				if mod != "" && v.Mod != mod {
					t.Errorf("%q = %s: mod %q, want %q", v.Text, v.Value, v.Mod, mod)
				}
				return
			}
		}
		var got []string
		for _, v := range vs {
			if strings.Contains(v.Text, sub) {
				got = append(got, v.Text+"="+v.Value)
			}
		}
		t.Errorf("no %q with value %s; expressions with it: %v", sub, value, got)
	}
	for _, dct := range []string{"2024-02-27", ""} { // the dateline anchors when the DCT is missing
		vs := tg.Annotate(read("001"), "en", dct)
		check(vs, "last April", "2023-04", "")
		check(vs, "Last March", "2023-03", "")
		check(vs, "the end of January", "2024-01", "END")
		check(vs, "Saturday", "2024-02-24", "")
	}
	for _, dct := range []string{"2025-07-31", ""} {
		vs := tg.Annotate(read("003"), "de", dct)
		check(vs, "vergangenen Sonntag", "2025-07-27", "")
		check(vs, "Dienstag (29.7.)", "2025-07-29", "")
		check(vs, "Mitte Juli", "2025-07", "MID")
		check(vs, "Juni", "2025-06", "")
		check(vs, "Ende Oktober", "2025-10", "END")
		check(vs, "Juni 2024", "2024-06", "")
	}
}

func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{
		"On March 9, 2020 and last April.", "Am vergangenen Sonntag (27.7.) und Mitte Juli.", "27.7.", "1.9.39 um 4 Uhr 45",
		"the end of last week", "vor 75 Jahren", "2 1/2 years", "Q3 1990", "478/477 v. Chr.", "\xff\xfe27.",
		"two to three weeks", "zwei bis drei Tage", "1930–34", "in '99.", "the turn of the century", "Nacht zu Sonntag",
		"Juni bis August", "Nach zwei Tagen", "Dienstag vergangener Woche", "drei Jahre und vier Monate", "im Laufe des Jahres 1966",
		"Friday through Sunday", "Monday or Tuesday next week", "5. Juni vergangenen Jahres", "Achtziger- und Neunzigerjahre",
		"Mai des Vorjahres", "am frühen Morgen auf dem", "am morgigen Dienstag", "4TH QTR", "1985's 4th qtr", "for seven\nweeks",
		"the same month last year", "heuer sonntags", "ein Vierteljahrhundert", "in 1986 qtr and 12 mths",
	} {
		f.Add(s, "en", "2024-02-27")
		f.Add(s, "de", "")
	}
	tg := newTagger(f)
	f.Fuzz(func(t *testing.T, text, lang, dct string) {
		vs := tg.Annotate(text, lang, dct)
		prev := 0
		for _, v := range vs {
			if v.Start < prev || v.End <= v.Start || v.End > len(text) {
				t.Fatalf("bad span %d..%d (previous end %d, text %d bytes)", v.Start, v.End, prev, len(text))
			}
			if text[v.Start:v.End] != v.Text {
				t.Fatalf("text %q does not match span %q", v.Text, text[v.Start:v.End])
			}
			if v.Value == "" || v.Type == "" || v.Rule == "" {
				t.Fatalf("incomplete value %+v", v)
			}
			prev = v.End
		}
	})
}
