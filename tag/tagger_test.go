package tag

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/internal/cputime"
)

func tokens(sentence string) []dossier.Token {
	var ts []dossier.Token
	for _, w := range strings.Fields(sentence) {
		ts = append(ts, dossier.Token{Text: w})
	}
	return ts
}

// Sentences written for these tests, tagged by hand. They are a floor the
// shipped models must not fall below, not something they were fitted to.
var handTagged = []struct {
	lang, text, tags, lemmas string
}{
	{"en", "The minister visited Seoul on Monday .",
		"DET NOUN VERB PROPN ADP PROPN PUNCT", "the minister visit Seoul on Monday ."},
	{"en", "North Korea sent troops to Russia , officials said .",
		"PROPN PROPN VERB NOUN ADP PROPN PUNCT NOUN VERB PUNCT", "North Korea send troop to Russia , official say ."},
	{"en", "She has been talking with the leaders of both countries .",
		"PRON AUX AUX VERB ADP DET NOUN ADP DET NOUN PUNCT", "she have be talk with the leader of both country ."},
	{"en", "They will not accept new sanctions .",
		"PRON AUX PART VERB ADJ NOUN PUNCT", "they will not accept new sanction ."},
	{"de", "Der Minister schickt einen Brief nach Berlin .",
		"DET NOUN VERB DET NOUN ADP PROPN PUNCT", "der Minister schicken ein Brief nach Berlin ."},
	{"de", "Die Regierung erklärte am Montag , sie werde nicht verhandeln .",
		"DET NOUN VERB ADP PROPN PUNCT PRON AUX PART VERB PUNCT", "der Regierung erklären an Montag , sie werden nicht verhandeln ."},
	{"de", "Er empfing die Delegation in seinem Amtssitz .",
		"PRON VERB DET NOUN ADP DET NOUN PUNCT", "er empfangen der Delegation in sein Amtssitz ."},
}

func TestHandTagged(t *testing.T) {
	for _, lang := range []string{"en", "de"} {
		tg, err := Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		posRight, lemRight, n := 0, 0, 0
		for _, c := range handTagged {
			if c.lang != lang {
				continue
			}
			ts := tokens(c.text)
			tg.Tag(ts)
			tags, lemmas := strings.Fields(c.tags), strings.Fields(c.lemmas)
			for i := range ts {
				n++
				if ts[i].POS == tags[i] {
					posRight++
				} else {
					t.Logf("%s %q: POS %s, want %s", lang, ts[i].Text, ts[i].POS, tags[i])
				}
				if ts[i].Lemma == lemmas[i] {
					lemRight++
				} else {
					t.Logf("%s %q: lemma %q, want %q", lang, ts[i].Text, ts[i].Lemma, lemmas[i])
				}
			}
		}
		// One slip in twenty is the floor.
		if float64(posRight) < 0.95*float64(n) || float64(lemRight) < 0.95*float64(n) {
			t.Errorf("%s: %d/%d tags and %d/%d lemmas right", lang, posRight, n, lemRight, n)
		}
	}
}

// Verb lemmas the event extractor relies on, each in a sentence written for
// the test.
func TestVerbLemmas(t *testing.T) {
	tests := []struct {
		lang, text, word, lemma string
	}{
		{"de", "Pjöngjang schickt Soldaten an die Front .", "schickt", "schicken"},
		{"de", "Der Präsident stellte den Plan vor .", "stellte", "stellen"},
		{"de", "Der Kanzler empfing den Gast im Kanzleramt .", "empfing", "empfangen"},
		{"de", "Das Ministerium erklärte , es gebe keine Gespräche .", "erklärte", "erklären"},
		{"de", "Die Polizei hat zwei Männer festgenommen .", "festgenommen", "festnehmen"},
		{"de", "Die Armee zog ihre Truppen ab .", "zog", "ziehen"},
		{"en", "The delegation visited Pyongyang last week .", "visited", "visit"},
		{"en", "Moscow sent a letter to Seoul .", "sent", "send"},
		{"en", "The spokesman said the talks had failed .", "said", "say"},
		{"en", "The army withdrew its forces .", "withdrew", "withdraw"},
	}
	for _, tc := range tests {
		tg, err := Load(tc.lang)
		if err != nil {
			t.Fatal(err)
		}
		ts := tokens(tc.text)
		tg.Tag(ts)
		for _, tok := range ts {
			if tok.Text == tc.word && tok.Lemma != tc.lemma {
				t.Errorf("%s %q in %q: lemma %q (%s), want %q", tc.lang, tc.word, tc.text, tok.Lemma, tok.POS, tc.lemma)
			}
		}
	}
}

func TestIrregularLemma(t *testing.T) {
	tests := []struct{ lang, form, want string }{
		{"de", "empfing", "empfangen"},
		{"de", "vorgeschlagen", "vorschlagen"},
		{"de", "anzuerkennen", "anerkennen"},
		{"de", "einzuhalten", "einhalten"},
		{"de", "beschlossen", "beschließen"},
		{"de", "gekauft", "kaufen"},
		{"de", "angekündigt", "ankündigen"},
		{"de", "gemeldet", "melden"},
		{"de", "gehandelt", "handeln"},
		{"de", "gibt", "geben"},
		{"de", "hältst", "halten"},
		// an inflected weak participle is its verb's, not a ge-verb's past
		{"de", "gelobte", "loben"},
		{"de", "festgelegte", "festlegen"},
		{"de", "gestaltete", "gestalten"},
		{"en", "withdrew", "withdraw"},
		{"en", "sought", "seek"},
	}
	for _, tc := range tests {
		if got, ok := irregularLemma(tc.lang, tc.form); !ok || got != tc.want {
			t.Errorf("irregularLemma(%s, %q) = %q, %v; want %q", tc.lang, tc.form, got, ok, tc.want)
		}
	}
}

// TestIrregularLemmaLeavesGeVerbs: the past of a verb with ge- of its own
// is left to the suffix rules, not read as another verb's participle.
func TestIrregularLemmaLeavesGeVerbs(t *testing.T) {
	for _, form := range []string{"gehörte", "gehörten"} {
		if got, ok := irregularLemma("de", form); ok {
			t.Errorf("irregularLemma(de, %q) = %q; want no lemma from the tables", form, got)
		}
	}
}

func TestDeriveScript(t *testing.T) {
	tests := []struct{ form, lemma string }{
		{"visited", "visit"}, {"Häuser", "Haus"}, {"The", "the"}, {"gemacht", "machen"},
		{"went", "go"}, {"a", "a"}, {"Straßen", "Straße"}, {"", ""},
	}
	for _, tc := range tests {
		s := deriveScript(tc.form, tc.lemma)
		got, ok := s.apply(tc.form)
		if tc.form == "" {
			continue
		}
		if !ok || got != tc.lemma {
			t.Errorf("deriveScript(%q, %q) = %+v applies as %q, %v", tc.form, tc.lemma, s, got, ok)
		}
	}
}

// A small model trained on hand-written sentences survives writing and
// reading unchanged.
func TestModelRoundTrip(t *testing.T) {
	ss, err := ReadCoNLLU(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	tg, err := Train(context.Background(), TrainConfig{Lang: "de", Train: ss, Iters: 3})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := tg.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got.Features() != tg.Features() || strings.Join(got.tags, " ") != strings.Join(tg.tags, " ") {
		t.Fatalf("read %d features %v, wrote %d %v", got.Features(), got.tags, tg.Features(), tg.tags)
	}
	for _, s := range []string{"Sie war im Haus .", "We do n't know .", "unbekannte Wörter hier"} {
		a, b := tokens(s), tokens(s)
		tg.Tag(a)
		got.Tag(b)
		for i := range a {
			if a[i] != b[i] {
				t.Errorf("%q: token %d is %+v before and %+v after the round trip", s, i, a[i], b[i])
			}
		}
	}
	// Writing again gives the same bytes.
	var buf2 bytes.Buffer
	if _, err := got.WriteTo(&buf2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Error("model bytes differ after a round trip")
	}
	// A cut-off file is an error, not a panic.
	if _, err := Read(bytes.NewReader(buf.Bytes()[:buf.Len()/2])); err == nil {
		t.Error("no error for a truncated model")
	}
}

func TestTagEmptyAndConcurrent(t *testing.T) {
	tg, err := Load("en")
	if err != nil {
		t.Fatal(err)
	}
	tg.Tag(nil)
	done := make(chan []dossier.Token)
	for i := 0; i < 4; i++ {
		go func() {
			var last []dossier.Token
			for j := 0; j < 200; j++ {
				last = tokens("The minister visited Seoul on Monday .")
				tg.Tag(last)
			}
			done <- last
		}()
	}
	want := tokens("The minister visited Seoul on Monday .")
	tg.Tag(want)
	for i := 0; i < 4; i++ {
		got := <-done
		for k := range got {
			if got[k] != want[k] {
				t.Errorf("concurrent Tag: %+v, want %+v", got[k], want[k])
			}
		}
	}
	if _, err := Load("xx"); err == nil {
		t.Error("Load(xx): no error")
	}
}

func sharedData(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("DOSSIER_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	data := filepath.Join(dir, "data")
	if _, err := os.Stat(data); err != nil {
		t.Skipf("shared data not found at %s (set DOSSIER_SHARED): %v", dir, err)
	}
	return data
}

// TestDevAccuracy scores the shipped English model on EWT dev, which it was
// not trained on, and retrains German on GSD minus a held-out part to score
// it there (the shipped German model has seen all of GSD).
func TestDevAccuracy(t *testing.T) {
	data := sharedData(t)
	en, err := Load("en")
	if err != nil {
		t.Fatal(err)
	}
	dev, err := ReadCoNLLUFiles(filepath.Join(data, "ud-english-ewt", "en_ewt-ud-dev.conllu"))
	if err != nil {
		t.Skip(err)
	}
	e := en.Evaluate(dev)
	t.Logf("en EWT dev: %d tokens, UPOS %.4f, lemma %.4f, VERB lemma %.4f", e.Tokens, e.POSAcc(), e.LemmaAcc(), e.VerbLemmaAcc())
	if e.POSAcc() < 0.94 || e.LemmaAcc() < 0.95 {
		t.Errorf("en: UPOS %.4f, lemma %.4f below 0.94/0.95", e.POSAcc(), e.LemmaAcc())
	}
	if testing.Short() {
		return
	}
	all, err := ReadCoNLLUFiles(filepath.Join(data, "ud-german-gsd", "de_gsd-ud-dev.conllu"),
		filepath.Join(data, "ud-german-gsd", "de_gsd-ud-test.conllu"))
	if err != nil {
		t.Skip(err)
	}
	cut := len(all) - len(all)*27/100
	de, err := Train(context.Background(), TrainConfig{Lang: "de", Train: all[:cut], Iters: 10, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	e = de.Evaluate(all[cut:])
	t.Logf("de GSD held out (last %d sentences of dev+test): %d tokens, UPOS %.4f, lemma %.4f, VERB lemma %.4f",
		len(all)-cut, e.Tokens, e.POSAcc(), e.LemmaAcc(), e.VerbLemmaAcc())
	if e.POSAcc() < 0.92 || e.LemmaAcc() < 0.90 {
		t.Errorf("de: UPOS %.4f, lemma %.4f below 0.92/0.90", e.POSAcc(), e.LemmaAcc())
	}
}

func BenchmarkTag(b *testing.B) {
	for _, lang := range []string{"en", "de"} {
		b.Run(lang, func(b *testing.B) {
			tg, err := Load(lang)
			if err != nil {
				b.Fatal(err)
			}
			var sents [][]dossier.Token
			bytes, toks := 0, 0
			for _, c := range handTagged {
				if c.lang == lang {
					ts := tokens(c.text)
					sents = append(sents, ts)
					bytes += len(c.text)
					toks += len(ts)
				}
			}
			b.SetBytes(int64(bytes))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				for _, s := range sents {
					tg.Tag(s)
				}
			}
			b.ReportMetric(float64(toks)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}

func BenchmarkLoad(b *testing.B) {
	for _, lang := range []string{"en", "de"} {
		b.Run(lang, func(b *testing.B) {
			b.ReportAllocs()
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			var tg *Tagger
			for b.Loop() {
				var err error
				if tg, err = Load(lang); err != nil {
					b.Fatal(err)
				}
			}
			runtime.GC()
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/1e6, "heapMB")
			runtime.KeepAlive(tg)
		})
	}
}

// BenchmarkTagDev tags held-out treebank sentences: many distinct words, so
// the weight table is read the way real text reads it.
func BenchmarkTagDev(b *testing.B) {
	data := sharedData(b)
	files := map[string]string{
		"en": filepath.Join(data, "ud-english-ewt", "en_ewt-ud-dev.conllu"),
		"de": filepath.Join(data, "ud-german-gsd", "de_gsd-ud-dev.conllu"),
	}
	for _, lang := range []string{"en", "de"} {
		b.Run(lang, func(b *testing.B) {
			tg, err := Load(lang)
			if err != nil {
				b.Fatal(err)
			}
			ss, err := ReadCoNLLUFiles(files[lang])
			if err != nil {
				b.Skip(err)
			}
			var sents [][]dossier.Token
			size, toks := 0, 0
			for _, s := range ss {
				var ts []dossier.Token
				for _, w := range s.Surface(lang == "en") {
					ts = append(ts, dossier.Token{Text: w.Form})
					size += len(w.Form) + 1
				}
				toks += len(ts)
				sents = append(sents, ts)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			b.ResetTimer()
			cpu0 := cputime.Thread()
			for b.Loop() {
				for _, s := range sents {
					tg.Tag(s)
				}
			}
			cpu := cputime.Thread() - cpu0
			b.ReportMetric(float64(toks)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
			if cpu > 0 {
				b.ReportMetric(float64(toks)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
			}
			b.ReportMetric(float64(testing.AllocsPerRun(1, func() {
				for _, s := range sents {
					tg.Tag(s)
				}
			}))/float64(toks), "allocs/token")
		})
	}
}
