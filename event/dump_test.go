package event_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/gob"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"testing"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/event"
	"github.com/dossier-news/dossier/internal/corpus"
	"github.com/dossier-news/dossier/kb"
	"github.com/dossier-news/dossier/text"
)

// TestEventDump writes the events and mentions of the first
// $EVENT_DUMP_N articles (default 1000) of the English and German news
// corpora to $EVENT_DUMP_OUT as JSON lines, one per document. A change
// meant to make the extractor faster without changing its output is
// checked by diffing the dumps of the old and the new code. It is skipped
// when $EVENT_DUMP_OUT is not set.
func TestEventDump(t *testing.T) {
	out := os.Getenv("EVENT_DUMP_OUT")
	if out == "" {
		t.Skip("EVENT_DUMP_OUT not set")
	}
	n, err := strconv.Atoi(os.Getenv("EVENT_DUMP_N"))
	if err != nil || n <= 0 {
		n = 1000
	}
	shared, err := corpus.SharedDir()
	if err != nil {
		t.Skip(err)
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	bw := bufio.NewWriter(f)
	enc := json.NewEncoder(bw)
	st := loadStages(t)
	for _, l := range []string{"en", "de"} {
		load := corpus.LoadReuters
		if l == "de" {
			load = corpus.LoadGNAD
		}
		recs, err := load(shared)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs[:min(n, len(recs))] {
			d := st.doc(t, l, r.Published, r.Text)
			if err := enc.Encode(map[string]any{"id": r.ID, "events": d.Events, "mentions": d.Mentions}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
}

// TestEventReplay runs the extractor alone $EVENT_REPLAY_PASSES times
// (default 1) over the first 400 articles of $EVENT_REPLAY_LANG's news
// corpus (en or de, as BenchmarkAnalyze), read from the gob file
// $EVENT_REPLAY_DOCS, which it writes first from the earlier stages when it
// does not exist. Without the tagger and entity models to load it is quick
// enough to run under valgrind --tool=cachegrind: the difference of the
// instruction counts of two runs with different passes is the extractor's
// cost per pass. It is skipped when $EVENT_REPLAY_DOCS is not set.
func TestEventReplay(t *testing.T) {
	path := os.Getenv("EVENT_REPLAY_DOCS")
	if path == "" {
		t.Skip("EVENT_REPLAY_DOCS not set")
	}
	passes, err := strconv.Atoi(os.Getenv("EVENT_REPLAY_PASSES"))
	if err != nil || passes <= 0 {
		passes = 1
	}
	docs, err := readReplayDocs(path)
	if errors.Is(err, fs.ErrNotExist) {
		docs, err = writeReplayDocs(t, path, os.Getenv("EVENT_REPLAY_LANG"))
	}
	if err != nil {
		t.Fatal(err)
	}
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	ex, err := event.New(k)
	if err != nil {
		t.Fatal(err)
	}
	var sents, events int
	for range passes {
		sents, events = 0, 0
		for _, d := range docs {
			if err := ex.Analyze(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			sents += len(d.Sentences)
			events += len(d.Events)
		}
	}
	t.Logf("%d passes over %d documents, %d sentences, %d events", passes, len(docs), sents, events)
}

// readReplayDocs reads the documents TestEventReplay replays.
func readReplayDocs(path string) ([]*dossier.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []*dossier.Document
	if err := gob.NewDecoder(bufio.NewReader(f)).Decode(&docs); err != nil {
		return nil, fmt.Errorf("decoding %s: %w", path, err)
	}
	return docs, nil
}

// writeReplayDocs runs the stages before the extractor over the articles
// BenchmarkAnalyze takes for lang and writes the documents to path.
func writeReplayDocs(t *testing.T, path, lang string) ([]*dossier.Document, error) {
	if lang == "" {
		lang = "en"
	}
	st := loadStages(t)
	before := st.analyzers()
	before = before[:len(before)-1] // the extractor is last
	var docs []*dossier.Document
	for _, r := range benchCorpus(t, lang, 400) {
		d := &dossier.Document{ID: "t", Lang: lang, Published: r.Published, Text: r.Text}
		for _, p := range text.Paragraphs(r.Text) {
			d.Paragraphs = append(d.Paragraphs, dossier.Paragraph{Span: p, Lang: lang})
		}
		d.Sentences = text.Segment(r.Text, d.Paragraphs)
		for _, a := range before {
			if err := a.Analyze(context.Background(), d); err != nil {
				return nil, err
			}
		}
		docs = append(docs, d)
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(docs); err != nil {
		return nil, fmt.Errorf("encoding %s: %w", path, err)
	}
	return docs, os.WriteFile(path, buf.Bytes(), 0o644)
}
