package ingest

import (
	"strings"
	"testing"
)

func TestParseHeader(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		title     string
		published string
		author    string
		bodyStart string // the kept text starts with this
		gone      []string
	}{
		{
			name:      "german headline then date",
			in:        "Gipfel in Hanoi: Beide Seiten bleiben hart\n14. März 2019\nDie Delegationen trafen sich am Vormittag. Ein Ergebnis gab es nicht.",
			title:     "Gipfel in Hanoi: Beide Seiten bleiben hart",
			published: "2019-03-14",
			bodyStart: "Gipfel in Hanoi: Beide Seiten bleiben hart\nDie Delegationen",
			gone:      []string{"14. März 2019"},
		},
		{
			name:      "iso date line with section words, then byline",
			in:        "  published 2023-11-05 World news\n\nMaria Lopez\n\nThe ministry announced new measures on Sunday. Critics were unconvinced.",
			published: "2023-11-05",
			author:    "Maria Lopez",
			bodyStart: "The ministry announced",
			gone:      []string{"Maria Lopez", "World news"},
		},
		{
			name:      "kicker, headline, caption and credit",
			in:        "Border tensions\nArmy closes the last crossing to the south\n\nSoldiers guard a gate near the border village\n© Jane Roe / AP / DPA\nThe army closed the crossing early on Friday. Traffic stopped at once.",
			title:     "Army closes the last crossing to the south",
			bodyStart: "Border tensions\nArmy closes the last crossing to the south\n\nThe army closed",
			gone:      []string{"© Jane Roe", "Soldiers guard a gate"},
		},
		{
			name:      "english byline with date",
			in:        "Talks resume in Geneva\nBy John Smith and Ana Ruiz, Reuters\nMarch 9, 2020\nNegotiators met again on Monday.",
			title:     "Talks resume in Geneva",
			published: "2020-03-09",
			author:    "John Smith and Ana Ruiz",
			bodyStart: "Talks resume in Geneva\nNegotiators",
		},
		{
			name:      "german byline with date in one line",
			in:        "Von Max Muster | 02.01.2024, 10:15 Uhr\nDer Rat tagte bis in die Nacht.",
			published: "2024-01-02",
			author:    "Max Muster",
			bodyStart: "Der Rat tagte",
		},
		{
			name:      "no header at all",
			in:        "Der Minister reiste am Montag ab. Er kehrte am 3. Mai 2024 zurück.\nZweiter Absatz.",
			bodyStart: "Der Minister reiste",
		},
		{
			name:      "a date inside a sentence is not a date line",
			in:        "On 9 March 2020 the embassy was closed by order of the ministry.\nMore text.",
			bodyStart: "On 9 March 2020",
		},
		{
			name:      "photo credit prefix",
			in:        "Foto: Erika Beispiel/dpa\nDie Regierung legte einen Entwurf vor.",
			bodyStart: "Die Regierung",
			gone:      []string{"Erika"},
		},
		{
			name:      "byline remnant left by the HTML extractor",
			in:        "Missile test condemned\n, Seoul ·\nThe launch drew protests.",
			title:     "Missile test condemned",
			bodyStart: "Missile test condemned\nThe launch",
		},
		{
			name:      "two-word kicker that is not a name",
			in:        "Growing concern\nMarch 3, 2024\nOfficials met on Friday.",
			title:     "Growing concern",
			published: "2024-03-03",
			bodyStart: "Growing concern\nOfficials",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, body := ParseHeader(tt.in)
			if h.Title != tt.title || h.Published != tt.published || h.Author != tt.author {
				t.Errorf("header = %+v, want title %q published %q author %q", h, tt.title, tt.published, tt.author)
			}
			if !strings.HasPrefix(body, tt.bodyStart) {
				t.Errorf("body = %q, want it to start with %q", body, tt.bodyStart)
			}
			for _, g := range tt.gone {
				if strings.Contains(body, g) {
					t.Errorf("body still has %q: %q", g, body)
				}
			}
		})
	}
}

func TestFindDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"31. Juli 2025", "2025-07-31"},
		{"am 9. März 2020", "2020-03-09"},
		{"Stand: 27.02.2024 14:03 Uhr", "2024-02-27"},
		{"March 9, 2020", "2020-03-09"},
		{"Feb. 27th, 2024", "2024-02-27"},
		{"27 February 2024", "2024-02-27"},
		{"2024-02-27T10:00:00Z", "2024-02-27"},
		{"12/31/2023", "2023-12-31"},
		{"31. Februar 2024", ""},
		{"in 2024", ""},
		{"March 2020", ""},
	}
	for _, tt := range tests {
		m, ok := findDate(tt.in)
		if (ok && m.date != tt.want) || (!ok && tt.want != "") {
			t.Errorf("findDate(%q) = %q, %v; want %q", tt.in, m.date, ok, tt.want)
		}
	}
}

func FuzzParseHeader(f *testing.F) {
	f.Add("Titel\n31. Juli 2025\nText.")
	f.Add("Kicker\nHeadline here\n\nCaption line\n© A / AP\nBody.")
	f.Add(" date 2024-02-27 x\n\nAnna Berg\n\nBody.")
	f.Fuzz(func(t *testing.T, s string) {
		h, body := ParseHeader(s)
		if len(body) > len(s) {
			t.Fatalf("body longer than input: %q", body)
		}
		if h.Published != "" && len(h.Published) != 10 {
			t.Fatalf("published %q is not a date", h.Published)
		}
		// every kept line is a line of the input
		for _, l := range strings.Split(body, "\n") {
			if l != "" && !strings.Contains(s, l) {
				t.Fatalf("body line %q is not in the input", l)
			}
		}
	})
}

func TestMoreWordsThan(t *testing.T) {
	for _, s := range []string{"", " ", "one", " one  two\tthree\n", "Sonntag,\u00a027. Juli 2025", "a b c d e f g h i j k l m", "\xff \xfe x"} {
		for n := 0; n <= 14; n++ {
			if got, want := moreWordsThan(s, n), wordCount(s) > n; got != want {
				t.Errorf("moreWordsThan(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// rebuildCopy is rebuild as it was before it avoided copying: the
// reference the fuzz test holds it to.
func rebuildCopy(s string, lines []line, drop []bool) string {
	var b strings.Builder
	sep := ""
	for i, l := range lines {
		if drop[i] {
			if l.blankAfter && sep == "\n" {
				sep = "\n\n"
			}
			continue
		}
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(strings.TrimSpace(s[l.start:l.end]))
		sep = "\n"
		if l.blankAfter {
			sep = "\n\n"
		}
	}
	return b.String()
}

func FuzzRebuild(f *testing.F) {
	f.Add("Title\n\nBy Someone\n  body line  \n\n\nmore\n", uint64(2))
	f.Add("plain text as it is", uint64(0))
	f.Fuzz(func(t *testing.T, s string, mask uint64) {
		lines := splitLines(s)
		drop := make([]bool, len(lines))
		for i := range drop {
			drop[i] = mask>>(i%64)&1 != 0
		}
		if got, want := rebuild(s, lines, drop), rebuildCopy(s, lines, drop); got != want {
			t.Errorf("rebuild(%q, drop %b) = %q, want %q", s, mask, got, want)
		}
	})
}

// TestCreditStart holds the filter before creditRE to the regexp: every
// line the regexp takes must pass it, whatever its case.
func TestCreditStart(t *testing.T) {
	heads := []string{"©", "(c)", "(C)", "copyright", "Foto:", "fotos :", "BILD:", "Photo:", "photos:", "Image :",
		"Picture:", "CREDIT:", "Quelle: Foto", "quelle : bild"}
	for _, h := range heads {
		for _, l := range []string{h, h + " Jane Roe / AP", strings.ToUpper(h) + " x", strings.ToLower(h) + " x"} {
			if !creditRE.MatchString(l) {
				t.Fatalf("creditRE does not take %q: the cases are out of date", l)
			}
			if !creditStart(l) {
				t.Errorf("creditStart(%q) = false; creditRE takes it", l)
			}
		}
	}
	for _, l := range []string{"", "The minister said on Monday", "Die Regierung in Seoul", "„Wir werden", "12 March 2024", "- Jane Roe"} {
		if creditStart(l) {
			t.Errorf("creditStart(%q) = true, want false", l)
		}
	}
}
