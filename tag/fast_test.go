package tag

import (
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"github.com/dossier-news/dossier"
)

// referenceTag is the tagger feature by feature, the way training scores a
// sentence: the fast path must give exactly its tags and lemmas.
func referenceTag(t *Tagger, tokens []dossier.Token) {
	ws := make([]wordInfo, len(tokens))
	for i := range tokens {
		analyse(tokens[i].Text, i == 0, &ws[i])
		t.amb.fill(tokens[i].Text, &ws[i])
	}
	var feats [maxFeatures]uint64
	var scores [maxTags]int32
	p1, p2 := -1, -2
	for i := range tokens {
		n := features(ws, i, p1, p2, &feats)
		best := t.w.best(feats[:n], &scores)
		tokens[i].POS = t.tags[best]
		tokens[i].Lemma = t.lem.lemma(tokens[i].Text, t.tags[best])
		p2, p1 = p1, best
	}
}

// devSentences returns the UD dev sentences of lang as tokens.
func devSentences(tb testing.TB, lang string) [][]dossier.Token {
	tb.Helper()
	data := sharedData(tb)
	files := map[string]string{
		"en": filepath.Join(data, "ud-english-ewt", "en_ewt-ud-dev.conllu"),
		"de": filepath.Join(data, "ud-german-gsd", "de_gsd-ud-dev.conllu"),
	}
	ss, err := ReadCoNLLUFiles(files[lang])
	if err != nil {
		tb.Skipf("no %s dev data: %v", lang, err)
	}
	var out [][]dossier.Token
	for _, s := range ss {
		var ts []dossier.Token
		for _, w := range s.Surface(lang == "en") {
			ts = append(ts, dossier.Token{Text: w.Form})
		}
		out = append(out, ts)
	}
	return out
}

func clone(ss [][]dossier.Token) [][]dossier.Token {
	out := make([][]dossier.Token, len(ss))
	for i, s := range ss {
		out[i] = append([]dossier.Token(nil), s...)
	}
	return out
}

// compare tags want with the reference and got with Tag, and reports the
// first differences.
func compare(t *testing.T, name string, tg *Tagger, sents [][]dossier.Token) {
	t.Helper()
	want, got := clone(sents), clone(sents)
	for _, s := range want {
		referenceTag(tg, s)
	}
	for _, s := range got {
		tg.Tag(s)
	}
	diffs, n := 0, 0
	for i := range want {
		for j := range want[i] {
			n++
			if want[i][j] != got[i][j] {
				if diffs < 5 {
					t.Errorf("%s: sentence %d token %d %q: fast %s/%q, reference %s/%q", name, i, j,
						want[i][j].Text, got[i][j].POS, got[i][j].Lemma, want[i][j].POS, want[i][j].Lemma)
				}
				diffs++
			}
		}
	}
	if diffs > 0 {
		t.Errorf("%s: %d of %d tokens differ", name, diffs, n)
	}
	t.Logf("%s: %d sentences, %d tokens compared", name, len(sents), n)
}

// TestFastMatchesReference tags the UD dev sets with the memoised fast path
// and with the feature-by-feature reference; every tag and lemma must agree.
// It tags them twice, so the second pass reads the memo the first filled,
// and once more with a tiny memo that restarts every few sentences.
func TestFastMatchesReference(t *testing.T) {
	for _, lang := range []string{"en", "de"} {
		t.Run(lang, func(t *testing.T) {
			tg, err := Load(lang)
			if err != nil {
				t.Fatal(err)
			}
			sents := devSentences(t, lang)
			compare(t, "cold", tg, sents)
			compare(t, "warm", tg, sents)
			small, err := Load(lang)
			if err != nil {
				t.Fatal(err)
			}
			small.c.memoCap = 300
			compare(t, "memo 300", small, sents)
		})
	}
}

// TestFastConcurrent tags from several goroutines at once (run with -race):
// each must get its own memo.
func TestFastConcurrent(t *testing.T) {
	tg, err := Load("en")
	if err != nil {
		t.Fatal(err)
	}
	var sents [][]dossier.Token
	for i := range 200 {
		sents = append(sents, tokens(fmt.Sprintf("The %d ministers of Country%d met in Town%d on Monday .", i, i%7, i%13)))
	}
	want := clone(sents)
	for _, s := range want {
		referenceTag(tg, s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got := clone(sents)
			for k := range got {
				i := (k + g*50) % len(got)
				tg.Tag(got[i])
				for j := range got[i] {
					if got[i][j] != want[i][j] {
						errs <- fmt.Sprintf("goroutine %d sentence %d token %d: %v, want %v", g, i, j, got[i][j], want[i][j])
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
