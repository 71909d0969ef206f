package lang

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDetect(t *testing.T) {
	d, err := New([]string{"en", "de"})
	if err != nil {
		t.Fatal(err)
	}
	// Written for this test: short titles and one-liners, where character
	// statistics have the least to go on.
	tests := []struct{ text, want string }{
		{"Nordkorea schickt Soldaten nach Russland", "de"},
		{"Kanzler empfängt Präsidenten", "de"},
		{"Streit um neue Sanktionen", "de"},
		{"Die Regierung in Seoul widerspricht.", "de"},
		{"Was wir über den Gipfel wissen", "de"},
		{"Außenminister reist nach Peking", "de"},
		{"Minister visits Seoul for talks", "en"},
		{"What we know about the summit", "en"},
		{"North Korea sends troops to Russia", "en"},
		{"The government in Seoul disagrees.", "en"},
		{"Talks collapse after ceasefire ends", "en"},
		{"", ""},
		{"1234 5678 !!!", ""},
		{"Ja", ""},
		{"— 12.03.2024 —", ""},
	}
	for _, tc := range tests {
		got, conf := d.Detect(tc.text)
		if got != tc.want {
			s, _ := d.Scores(tc.text)
			t.Errorf("Detect(%q) = %q (%.2f, scores %v), want %q", tc.text, got, conf, s, tc.want)
		}
		if got == "" && conf >= minConfidence {
			t.Errorf("Detect(%q): no answer with confidence %.2f", tc.text, conf)
		}
		if got != "" && (conf < minConfidence || conf > 1) {
			t.Errorf("Detect(%q): confidence %.2f out of range", tc.text, conf)
		}
	}
}

func TestNewErrors(t *testing.T) {
	if _, err := New(nil); err == nil {
		t.Error("New(nil): no error")
	}
	if _, err := New([]string{"en", "xx"}); err == nil {
		t.Error("New(en, xx): no error")
	}
	d, err := New([]string{"de"})
	if err != nil {
		t.Fatal(err)
	}
	// With one language every text with letters is that language.
	if got, _ := d.Detect("The government in Seoul disagrees."); got != "de" {
		t.Errorf("single-language detector said %q", got)
	}
}

func TestModelRoundTrip(t *testing.T) {
	texts := map[string][]string{
		"aa": {"abab abba baba", "abba abab"},
		"bb": {"cdcd dccd cdc", "dcdc cddc"},
	}
	m, err := Train(texts, []string{"aa", "bb"}, TrainConfig{MinCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if len(m2.Grams) != len(m.Grams) || strings.Join(m2.Langs, ",") != "aa,bb" {
		t.Fatalf("read %d n-grams %v, wrote %d", len(m2.Grams), m2.Langs, len(m.Grams))
	}
	d, err := m2.Detector([]string{"bb", "aa"})
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{"abba baba": "aa", "dccd cdcd": "bb"} {
		if got, _ := d.Detect(text); got != want {
			t.Errorf("Detect(%q) = %q, want %q", text, got, want)
		}
	}
	if _, err := ReadModel(bytes.NewReader(buf.Bytes()[:buf.Len()/2])); err == nil {
		t.Error("no error for a truncated model")
	}
}

func FuzzDetect(f *testing.F) {
	d, err := New([]string{"en", "de"})
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Die Regierung in Seoul widerspricht.")
	f.Add("The government disagrees.")
	f.Add("\xff\xfe ÄÖÜ ß \u0301 日本語")
	f.Add("")
	f.Fuzz(func(t *testing.T, text string) {
		code, conf := d.Detect(text)
		if conf < 0 || conf > 1 || conf != conf {
			t.Fatalf("confidence %v", conf)
		}
		if code != "" && code != "en" && code != "de" {
			t.Fatalf("code %q", code)
		}
		letters := 0
		for _, r := range text {
			if r != utf8.RuneError && isLetterRune(r) {
				letters++
			}
		}
		if code != "" && letters < MinLetters {
			t.Fatalf("answered %q with %d letters", code, letters)
		}
	})
}

func BenchmarkDetect(b *testing.B) {
	d, err := New([]string{"en", "de"})
	if err != nil {
		b.Fatal(err)
	}
	texts := []string{
		"Nordkorea schickt Soldaten nach Russland, teilte das Verteidigungsministerium in Seoul am Montag mit.",
		"North Korea has sent troops to Russia, the defence ministry in Seoul said on Monday.",
	}
	size := 0
	for _, s := range texts {
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			d.Detect(s)
		}
	}
}

func BenchmarkDetectDocuments(b *testing.B) {
	data := sharedDir(b)
	docs := gnadDocs(b, data)
	bodies, _ := reuters(b, data)
	docs = append(docs[:min(len(docs), 300)], bodies[:min(len(bodies), 600)]...)
	d, err := New([]string{"en", "de"})
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, s := range docs {
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range docs {
			d.Detect(s)
		}
	}
}

// TestCompactSameAsFloat checks that the compact table (embedded model, two
// languages) gives the float table's sums bit for bit.
func TestCompactSameAsFloat(t *testing.T) {
	d, err := New([]string{"en", "de"})
	if err != nil {
		t.Fatal(err)
	}
	if d.compact == nil {
		t.Fatal("the embedded model did not compact: its values are not steps of 1/1024")
	}
	float := *d
	float.compact = nil
	check := func(t *testing.T, texts []string) {
		t.Helper()
		for i, text := range texts {
			got, gn := d.Scores(text)
			want, wn := float.Scores(text)
			if gn != wn || !slices.Equal(got, want) {
				t.Fatalf("text %d: compact %v (%d letters), float %v (%d)", i, got, gn, want, wn)
			}
		}
	}
	check(t, []string{
		"",
		"a",
		"Die Regierung in Kiew meldete am Dienstag neue Angriffe auf Häfen am Schwarzen Meer.",
		"The ministry said on Tuesday that talks would resume next week in Geneva.",
		strings.Repeat("Überschwemmungen im Süden, ", 40),
		"Ça va très bien, ÆØÅ, ελληνικά, 1234 -- !! \xff\xfe end",
	})
	t.Run("shared", func(t *testing.T) {
		dir := sharedDir(t)
		docs := gnadDocs(t, dir)
		bodies, _ := reuters(t, dir)
		check(t, append(docs[:min(len(docs), 500)], bodies[:min(len(bodies), 500)]...))
	})
}

// A model whose values are not steps of 1/1024 keeps the float table.
func TestCompactOnlyQuantised(t *testing.T) {
	m := &Model{
		Langs:  []string{"en", "de"},
		Unseen: [][maxOrder]float32{{-9, -9, -9, -9, -9}, {-9, -9, -9, -9, -9}},
		Grams:  map[uint32][]float32{7: {-0.5, -1.0 / 3}},
	}
	d, err := m.Detector([]string{"en", "de"})
	if err != nil {
		t.Fatal(err)
	}
	if d.compact != nil {
		t.Error("compacted a value that is not a step of 1/1024")
	}
	m.Grams[7][1] = -3.0 / 1024
	if d, _ = m.Detector([]string{"de", "en"}); d.compact == nil {
		t.Error("did not compact steps of 1/1024")
	}
}

func FuzzCompactSameAsFloat(f *testing.F) {
	d, err := New([]string{"en", "de"})
	if err != nil {
		f.Fatal(err)
	}
	float := *d
	float.compact = nil
	f.Add("Die Regierung in Kiew meldete neue Angriffe.")
	f.Add("ÆØÅ \xff x")
	f.Fuzz(func(t *testing.T, text string) {
		got, gn := d.Scores(text)
		want, wn := float.Scores(text)
		if gn != wn || !slices.Equal(got, want) {
			t.Fatalf("compact %v (%d letters), float %v (%d)", got, gn, want, wn)
		}
	})
}
