package pipeline

import (
	"math"
	"testing"

	"github.com/dossier-news/dossier/internal/corpus"
	"github.com/dossier-news/dossier/lang"
	"github.com/dossier-news/dossier/text"
)

// TestSharedParagraphPrefix checks that a paragraph's language, judged
// from its first maxDetectBytes, is what the whole paragraph gives, on every
// paragraph of the German and English benchmark corpora (none of which the
// language model was trained on).
func TestSharedParagraphPrefix(t *testing.T) {
	shared, err := corpus.SharedDir()
	if err != nil {
		t.Skip(err)
	}
	gnad, err := corpus.LoadGNAD(shared)
	if err != nil {
		t.Skip(err)
	}
	reuters, err := corpus.LoadReuters(shared)
	if err != nil {
		t.Skip(err)
	}
	det, err := lang.New([]string{"en", "de"})
	if err != nil {
		t.Fatal(err)
	}
	p := New([]string{"en", "de"}, det)
	judged, read, total := 0, 0, 0
	for _, rec := range append(gnad, reuters...) {
		for _, sp := range text.Paragraphs(rec.Text) {
			para := rec.Text[sp.Start:sp.End]
			whole, n := p.paragraphLanguage(para, math.MaxInt)
			got, _ := p.paragraphLanguage(para, maxDetectBytes)
			if got != whole {
				t.Errorf("%s: paragraph at %d: %q from its first %d bytes, %q from all of it", rec.ID, sp.Start, got, maxDetectBytes, whole)
			}
			if n >= minDetectLetters {
				judged++
				read += min(len(para), maxDetectBytes)
				total += len(para)
			}
		}
	}
	if judged < 10000 {
		t.Errorf("only %d paragraphs judged: corpora incomplete?", judged)
	}
	t.Logf("%d paragraphs judged; %d of their %d bytes read", judged, read, total)
}
