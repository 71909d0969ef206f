package text

import (
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
)

func sentences(s, lang string) []string {
	var paras []dossier.Paragraph
	for _, p := range Paragraphs(s) {
		paras = append(paras, dossier.Paragraph{Span: p, Lang: lang})
	}
	var out []string
	for _, se := range Segment(s, paras) {
		out = append(out, s[se.Start:se.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, lang, in string
		want           []string
	}{
		{"german ordinal date", "de", "Am 31. Juli 2025 reiste der Minister ab. Er kam am 3. August zurück.",
			[]string{"Am 31. Juli 2025 reiste der Minister ab.", "Er kam am 3. August zurück."}},
		{"day-month date in brackets", "de", "Am Sonntag (27.7.) landete die Maschine. Am Montag (28.7.) flog sie zurück.",
			[]string{"Am Sonntag (27.7.) landete die Maschine.", "Am Montag (28.7.) flog sie zurück."}},
		{"german ordinal before noun", "de", "Im 19. Jahrhundert wuchs die Stadt. Dann kam der Krieg.",
			[]string{"Im 19. Jahrhundert wuchs die Stadt.", "Dann kam der Krieg."}},
		{"year ends sentence", "de", "Das geschah im Jahr 2018. Danach wurde es ruhig.",
			[]string{"Das geschah im Jahr 2018.", "Danach wurde es ruhig."}},
		{"german abbreviations", "de", "Er traf u.a. Vertreter der EU, z.B. aus Frankreich. Dr. Meier war auch dabei.",
			[]string{"Er traf u.a. Vertreter der EU, z.B. aus Frankreich.", "Dr. Meier war auch dabei."}},
		{"english titles and initials", "en", "Mr. Smith met Gen. Park in Seoul. John F. Kennedy was not there.",
			[]string{"Mr. Smith met Gen. Park in Seoul.", "John F. Kennedy was not there."}},
		{"dotted abbreviation mid sentence", "en", "The U.S. envoy arrived at 9 a.m. on Monday. Talks began.",
			[]string{"The U.S. envoy arrived at 9 a.m. on Monday.", "Talks began."}},
		{"closing quote stays", "en", "“We will not give in,” he said. “Never.” Then he left.",
			[]string{"“We will not give in,” he said.", "“Never.”", "Then he left."}},
		{"german quotes", "de", "Er sagte: „Das ist vorbei.“ Danach schwieg er.",
			[]string{"Er sagte: „Das ist vorbei.“", "Danach schwieg er."}},
		{"dash does not split", "de", "Die Gespräche – so hieß es – sollen weitergehen. Mehr nicht.",
			[]string{"Die Gespräche – so hieß es – sollen weitergehen.", "Mehr nicht."}},
		{"lowercase after question mark", "en", "Who is next? asked the reporter. Nobody knew.",
			[]string{"Who is next? asked the reporter.", "Nobody knew."}},
		{"dotted abbreviation at the end", "en", "He lives in the U.S. He said so. The U.S. Treasury agreed.",
			[]string{"He lives in the U.S.", "He said so.", "The U.S. Treasury agreed."}},
		{"german dotted abbreviation before a name", "de", "Vertreter u.a. Die Linke kamen. Sie zogen in die U.S.A. Er blieb.",
			[]string{"Vertreter u.a. Die Linke kamen.", "Sie zogen in die U.S.A.", "Er blieb."}},
		{"number abbreviation", "en", "Resolution No. 2397 was adopted. It was a surprise.",
			[]string{"Resolution No. 2397 was adopted.", "It was a surprise."}},
		{"no is a word", "en", "The answer was no. The talks ended.",
			[]string{"The answer was no.", "The talks ended."}},
		{"headline lines", "en", "Talks collapse\nThe two sides met on Monday. They parted without a deal.",
			[]string{"Talks collapse", "The two sides met on Monday.", "They parted without a deal."}},
		{"ellipsis", "en", "He waited... Nothing happened.", []string{"He waited...", "Nothing happened."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentences(tt.in, tt.lang)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func tokens(s, lang string) []string {
	var out []string
	for _, t := range Tokenize(s, dossier.Span{Start: 0, End: len(s)}, lang) {
		out = append(out, t.Text)
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		lang, in string
		want     string
	}{
		{"de", "Kim Jong-uns Schwester", "Kim|Jong-uns|Schwester"},
		{"de", "über 10.000 Soldaten, bis zu 50%", "über|10.000|Soldaten|,|bis|zu|50|%"},
		{"de", "Nord- und Südkorea", "Nord-|und|Südkorea"},
		{"de", "am 27.7. in Moskau", "am|27.7.|in|Moskau"},
		{"en", "North Korea's army didn't move.", "North|Korea|'s|army|did|n't|move|."},
		{"en", "more than 10,000 containers", "more|than|10,000|containers"},
		{"en", "See https://example.org/a?b=1.", "See|https://example.org/a?b=1|."},
		{"en", "AT&T and O'Brien", "AT&T|and|O'Brien"},
		{"de", "Er sagte: „Nein“.", "Er|sagte|:|„|Nein|“|."},
		{"en", "Wait?!", "Wait|?!"},
	}
	for _, tt := range tests {
		if got := strings.Join(tokens(tt.in, tt.lang), "|"); got != tt.want {
			t.Errorf("Tokenize(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	wrappedText := "The central bank said on Monday that it would raise\n" +
		"interest rates by half a point, citing inflation that\n" +
		"has run above its target for most of the past year.\n" +
		"\n" +
		"Second paragraph.\n"
	got := Paragraphs(wrappedText)
	if len(got) != 2 {
		t.Fatalf("wrapped text: %d paragraphs, want 2: %v", len(got), got)
	}
	if !strings.HasSuffix(wrappedText[got[0].Start:got[0].End], "past year.") {
		t.Errorf("first paragraph = %q", wrappedText[got[0].Start:got[0].End])
	}
	typed := "The ministry said on Monday that exports rose by four\n" +
		"percent in the third quarter, the fastest pace in years.\n" +
		"    Imports fell by two percent over the same period, the\n" +
		"ministry said, leaving a record surplus for the quarter.\n"
	if got := Paragraphs(typed); len(got) != 2 {
		t.Errorf("indented paragraphs in wrapped text: %d paragraphs, want 2: %v", len(got), got)
	}
	// wire copy: short first and paragraph-final lines, names broken
	// over a line end ("the Federal\nReserve")
	wire := "Reserves at the central bank of the Federal\n" +
		"Republic rose on March 3 to 12.4 billion marks from 11.9\n" +
		"billion marks the previous week, the bank said in its weekly\n" +
		"report.\n" +
		"    Holdings in foreign currencies fell to 3.1 billion marks\n" +
		"from 3.4 billion marks in the same\n" +
		"week.\n"
	if got := Paragraphs(wire); len(got) != 2 || !strings.Contains(wire[got[0].Start:got[0].End], "Federal\nRepublic") {
		t.Errorf("wrapped wire copy: %d paragraphs, want 2 with the name whole: %v", len(got), got)
	}
	lines := "Headline without a full stop\nFirst paragraph of the story, which is long enough to be prose.\nSecond paragraph.\n"
	if got := Paragraphs(lines); len(got) != 3 {
		t.Errorf("line-per-paragraph text: %d paragraphs, want 3", len(got))
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
		enc  Encoding
		err  error
	}{
		{"utf-8 nfc", []byte("Pjo\u0308ngjang"), "Pjöngjang", UTF8, nil},
		{"bom and crlf", []byte("\xef\xbb\xbfZeile 1\r\nZeile 2\r"), "Zeile 1\nZeile 2\n", UTF8, nil},
		{"windows-1252", []byte("Stra\xdfe \x93zitiert\x94 \x80"), "Straße “zitiert” €", Windows1252, nil},
		{"utf-16le", []byte("\xff\xfeA\x00\xe4\x00"), "Aä", UTF16, nil},
		{"soft hyphen dropped", []byte("Bundes\u00adkanzler"), "Bundeskanzler", UTF8, nil},
		{"empty", []byte(" \n\t "), "", UTF8, ErrEmpty},
		{"binary", []byte("PK\x03\x04\x00\x00binary"), "", UTF8, ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := Normalize(tt.in)
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if err == nil && (got != tt.want || enc != tt.enc) {
				t.Errorf("Normalize = %q (%s), want %q (%s)", got, enc, tt.want, tt.enc)
			}
		})
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ a, b, lang string }{
		{"Besuch", "Besuchs", "de"},
		{"Außenminister", "aussenministers", "de"},
		{"visited", "visits", "en"},
		{"Pjöngjang", "pjongjang", "de"},
	}
	for _, tt := range tests {
		if Stem(tt.a, tt.lang) != Stem(tt.b, tt.lang) {
			t.Errorf("Stem(%q) = %q, Stem(%q) = %q: want equal", tt.a, Stem(tt.a, tt.lang), tt.b, Stem(tt.b, tt.lang))
		}
	}
}

// checkSegmentation holds for any input: tokens and sentences lie inside the
// text, in order, without overlap, on rune boundaries, and every
// non-space byte is covered by a token.
func checkSegmentation(t *testing.T, s, lang string) {
	var paras []dossier.Paragraph
	for _, p := range Paragraphs(s) {
		paras = append(paras, dossier.Paragraph{Span: p, Lang: lang})
	}
	covered := make([]bool, len(s))
	last := 0
	for _, se := range Segment(s, paras) {
		if se.Start < last || se.End > len(s) || se.Start >= se.End {
			t.Fatalf("sentence %v out of order or empty in %q", se.Span, s)
		}
		last = se.End
		for _, tk := range se.Tokens {
			if tk.Start < se.Start || tk.End > se.End || tk.Start >= tk.End || s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("token %+v outside its sentence %v in %q", tk, se.Span, s)
			}
			if !utf8.ValidString(tk.Text) && utf8.ValidString(s) {
				t.Fatalf("token %q splits a character", tk.Text)
			}
			for i := tk.Start; i < tk.End; i++ {
				covered[i] = true
			}
		}
	}
	for i, r := range s {
		if !covered[i] && !isSpace(r) && r != utf8.RuneError {
			t.Fatalf("byte %d (%q) of %q is in no token", i, r, s)
		}
	}
}

func isSpace(r rune) bool { return unicode.IsSpace(r) }

func TestSegmentationInvariants(t *testing.T) {
	for _, s := range []string{
		"", "...", "a.b.c.", "1. 2. 3.", "U.S.", "„“", "- und", "x-", "http://", "Nr. ", "A. B. C.",
		"Er kam am 1.\nDann ging er.", "((((", "3.5.2020.", "Kim Jong-un's", "e.g. ", "’s",
	} {
		checkSegmentation(t, s, "de")
		checkSegmentation(t, s, "en")
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"Am 31. Juli 2025 reiste er ab. Dr. Meier (27.7.) sagte: „Nein.“",
		"The U.S. envoy, Mr. Smith, didn't come. “Never,” he said...",
		"Zeile\n\nAbsatz\r\nmit 10.000 Soldaten – bis zu 50%.",
	} {
		f.Add(s, "de")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		checkSegmentation(t, s, lang)
	})
}

func FuzzNormalize(f *testing.F) {
	f.Add([]byte("Stra\xdfe"))
	f.Add([]byte("\xff\xfeA\x00"))
	f.Add([]byte("plain text"))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, _, err := Normalize(b)
		if err != nil {
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("Normalize(%q) = %q: not UTF-8", b, s)
		}
		if strings.ContainsRune(s, '\r') || strings.ContainsRune(s, 0) {
			t.Fatalf("Normalize(%q) = %q: control characters left", b, s)
		}
		again, _, err := Normalize([]byte(s))
		if err != nil || again != s {
			t.Fatalf("Normalize is not idempotent on %q: %q, %v", s, again, err)
		}
	})
}
