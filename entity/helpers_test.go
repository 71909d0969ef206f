package entity

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/ingest"
	"github.com/dossier-news/dossier/kb"
	"github.com/dossier-news/dossier/lang"
	"github.com/dossier-news/dossier/pipeline"
	"github.com/dossier-news/dossier/tag"
	"github.com/dossier-news/dossier/text"
)

// fixture holds what the tests share: loading the knowledge base, the
// taggers and the recognisers takes seconds.
type fixture struct {
	kb      *kb.KB
	recs    map[string]Recognizer
	taggers map[string]*tag.Tagger
	linker  *Linker
	bare    *Linker // knowledge base only, no recogniser
}

var (
	fixOnce sync.Once
	fix     fixture
	fixErr  error
)

func testFixture(tb testing.TB) *fixture {
	tb.Helper()
	fixOnce.Do(func() {
		k, err := kb.Load()
		if err != nil {
			fixErr = err
			return
		}
		recs, err := testRecognizers(k)
		if err != nil {
			fixErr = err
			return
		}
		tg := map[string]*tag.Tagger{}
		for _, l := range []string{"en", "de"} {
			t, err := tag.Load(l)
			if err != nil {
				fixErr = err
				return
			}
			tg[l] = t
		}
		fix = fixture{kb: k, recs: recs, taggers: tg, linker: New(k, recs), bare: New(k, nil)}
	})
	if fixErr != nil {
		tb.Fatal(fixErr)
	}
	return &fix
}

// needNER skips tests whose expectations need the recogniser (a build with
// -tags nonner has none).
func (f *fixture) needNER(tb testing.TB) {
	if len(f.recs) == 0 {
		tb.Skip("built without the recogniser (-tags nonner)")
	}
}

// makeDoc segments and tags text in one language, as the pipeline does.
func (f *fixture) makeDoc(s, lang, published string, tagged bool) *dossier.Document {
	doc := &dossier.Document{ID: "test", Text: s, Lang: lang, Published: published}
	for _, sp := range text.Paragraphs(s) {
		doc.Paragraphs = append(doc.Paragraphs, dossier.Paragraph{Span: sp, Lang: lang})
	}
	doc.Sentences = text.Segment(s, doc.Paragraphs)
	if tagged {
		for i := range doc.Sentences {
			f.taggers[lang].Tag(doc.Sentences[i].Tokens)
		}
	}
	return doc
}

// pipelineFor runs the real pipeline (language, segmentation, tagging,
// entities) over files, as `dossier ingest` does.
func (f *fixture) pipeline(tb testing.TB) *pipeline.Pipeline {
	det, err := lang.New([]string{"en", "de"})
	if err != nil {
		tb.Fatal(err)
	}
	ts := pipeline.TagStage{}
	for l, t := range f.taggers {
		ts[l] = t
	}
	return pipeline.New([]string{"en", "de"}, det, pipeline.WithAnalyzers(ts, f.linker),
		pipeline.WithClock(func() time.Time { return time.Unix(0, 0) }))
}

// processFile reads one file through ingest and the pipeline.
func (f *fixture) processFile(tb testing.TB, p *pipeline.Pipeline, path string) []*dossier.Document {
	tb.Helper()
	var r ingest.Reader
	ins, errs := ingest.Inputs([]string{path})
	if len(errs) > 0 {
		tb.Fatal(errs[0])
	}
	var out []*dossier.Document
	for _, in := range ins {
		for it, err := range r.Items(context.Background(), in) {
			if err != nil {
				tb.Fatal(err)
			}
			a, err := ingest.Extract(it)
			if err != nil {
				tb.Fatal(err)
			}
			d, err := p.Process(context.Background(), a)
			if err != nil {
				tb.Fatal(err)
			}
			out = append(out, d)
		}
	}
	return out
}

// sharedDir returns ../shared (or $DOSSIER_SHARED), skipping when absent.
func sharedDir(tb testing.TB) string {
	tb.Helper()
	dir := os.Getenv("DOSSIER_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("shared folder not found at %s (set DOSSIER_SHARED): %v", dir, err)
	}
	return dir
}

// dump formats mentions for failure messages.
func dump(ms []dossier.Mention) string {
	var b strings.Builder
	for _, m := range ms {
		b.WriteString("  ")
		b.WriteString(m.Text)
		b.WriteString(" → ")
		b.WriteString(m.Entity)
		if m.Sector != "" {
			b.WriteString(" [" + m.Sector + "]")
		}
		b.WriteString(" (" + m.Class + ", " + m.Via + ")\n")
	}
	return b.String()
}
