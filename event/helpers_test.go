package event_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/entity"
	"github.com/dossier-news/dossier/event"
	"github.com/dossier-news/dossier/kb"
	"github.com/dossier-news/dossier/pipeline"
	"github.com/dossier-news/dossier/tag"
	"github.com/dossier-news/dossier/text"
	"github.com/dossier-news/dossier/timex"
)

// stages are the analysers that run before the extractor in the pipeline:
// tagging, time expressions and entity linking. They are loaded once for
// all tests.
type stages struct {
	kb     *kb.KB
	tag    map[string]*tag.Tagger
	timex  *timex.Tagger
	linker *entity.Linker
	ex     *event.Extractor
}

var (
	stagesOnce sync.Once
	stagesVal  *stages
	stagesErr  error
)

func loadStages(t testing.TB) *stages {
	t.Helper()
	stagesOnce.Do(func() {
		st := &stages{tag: map[string]*tag.Tagger{}}
		k, err := kb.Load()
		if err != nil {
			stagesErr = err
			return
		}
		st.kb = k
		for _, l := range []string{"en", "de"} {
			tg, err := tag.Load(l)
			if err != nil {
				stagesErr = err
				return
			}
			st.tag[l] = tg
		}
		st.timex, err = timex.New()
		if err != nil {
			stagesErr = err
			return
		}
		recs, err := entity.LoadRecognizers(k, "en", "de")
		if err != nil {
			stagesErr = err
			return
		}
		st.linker = entity.New(k, recs)
		st.ex, err = event.New(k)
		if err != nil {
			stagesErr = err
			return
		}
		stagesVal = st
	})
	if stagesErr != nil {
		t.Fatal(stagesErr)
	}
	return stagesVal
}

// analyzers returns the stages in pipeline order, the extractor last.
func (st *stages) analyzers() []pipeline.Analyzer {
	tags := pipeline.TagStage{}
	for l, t := range st.tag {
		tags[l] = t
	}
	return []pipeline.Analyzer{tags, pipeline.TimexStage{Annotator: st.timex}, st.linker, st.ex}
}

// doc segments and analyses text written in lang, published on date ("" for none).
func (st *stages) doc(t testing.TB, lang, date, body string) *dossier.Document {
	t.Helper()
	d := &dossier.Document{ID: "t", Lang: lang, Published: date, Text: body}
	paras := text.Paragraphs(body)
	for _, p := range paras {
		d.Paragraphs = append(d.Paragraphs, dossier.Paragraph{Span: p, Lang: lang})
	}
	d.Sentences = text.Segment(body, d.Paragraphs)
	for _, a := range st.analyzers() {
		if err := a.Analyze(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// sharedDir locates ../shared (or $DOSSIER_SHARED) from the package folder.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("DOSSIER_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared data not found (%v); set DOSSIER_SHARED", err)
	}
	return dir
}
