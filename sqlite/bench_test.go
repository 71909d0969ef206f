package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/internal/cputime"
	"github.com/dossier-news/dossier/storetest"
	"github.com/dossier-news/dossier/text"
)

// benchDocs generates analysed documents shaped like the pipeline's on
// news (sentences with tokens, a few dozen mentions of a pool of entities,
// time expressions, events between those entities), so that the store is
// measured on its own, without the analysers' time and noise.
func benchDocs(n int) []*dossier.Document {
	rng := rand.New(rand.NewPCG(7, 11))
	syll := []string{"ka", "lo", "mi", "ne", "ru", "ta", "vo", "pe", "si", "du", "ga", "fe", "bo", "za"}
	word := func() string {
		var b strings.Builder
		for range 1 + rng.IntN(4) {
			b.WriteString(syll[rng.IntN(len(syll))])
		}
		return b.String()
	}
	types := []string{"CONSULT", "ACCUSE", "THREATEN", "AID", "ASSAULT", "AGREE"}
	docs := make([]*dossier.Document, n)
	for k := range docs {
		var body strings.Builder
		for s := range 20 {
			if s > 0 {
				body.WriteByte('\n')
			}
			for w := range 18 {
				if w > 0 {
					body.WriteByte(' ')
				}
				body.WriteString(word())
			}
			body.WriteByte('.')
		}
		published := fmt.Sprintf("2024-%02d-%02d", 1+rng.IntN(12), 1+rng.IntN(28))
		lang := []string{"en", "de"}[k%2]
		d := storetest.Doc(fmt.Sprintf("doc%d.txt", k), lang, published, body.String())
		for i := range d.Sentences {
			s := &d.Sentences[i]
			start := s.Start
			for _, w := range strings.Fields(d.Text[s.Start:s.End]) {
				s.Tokens = append(s.Tokens, dossier.Token{Span: dossier.Span{Start: start, End: start + len(w)}, Text: w, POS: "NOUN", Lemma: w})
				start += len(w) + 1
			}
		}
		seen := map[string]bool{}
		entity := func(pool int) string {
			id := fmt.Sprintf("Q%d", 1+rng.IntN(pool))
			if !seen[id] {
				seen[id] = true
				d.Entities = append(d.Entities, dossier.Entity{ID: id, Name: "Entity " + id, Kind: dossier.KindPerson, Country: "RUS"})
			}
			return id
		}
		for i := range 40 {
			tok := d.Sentences[i%len(d.Sentences)].Tokens[i%5]
			d.Mentions = append(d.Mentions, dossier.Mention{Span: tok.Span, Text: tok.Text, Entity: entity(400), Class: "PER", Confidence: 0.9})
		}
		for i := range 8 {
			tok := d.Sentences[i].Tokens[7]
			d.Timexes = append(d.Timexes, dossier.TimeValue{Span: tok.Span, Text: tok.Text, Type: "DATE", Value: published, Granularity: "day", Rule: "bench"})
		}
		for i := range 8 {
			s := d.Sentences[2*i]
			// the actors of news are few: keys repeat, and reports merge
			ev := dossier.Event{ID: fmt.Sprintf("%s-%d", d.ID, i), Type: types[rng.IntN(len(types))], Actor: entity(12), Target: entity(12),
				Modality: dossier.ModalityAsserted, Trigger: s.Tokens[3].Span, Evidence: s.Span, Confidence: 0.8}
			switch i % 3 {
			case 1:
				ev.Date = &dossier.EventDate{Value: published, Granularity: "day"}
			case 2:
				ev.Date = &dossier.EventDate{Value: published[:7], Granularity: "month"}
			}
			d.Events = append(d.Events, ev)
		}
		docs[k] = d
	}
	return docs
}

// storedDocs reads back every document of a dossier database with its
// analyses, in the order they were added, and gives each sentence its
// tokens as the pipeline would. It reads a copy in dir, which Open may
// migrate, rather than the database itself.
func storedDocs(ctx context.Context, path, dir string) ([]*dossier.Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	cp := filepath.Join(dir, "copy-"+filepath.Base(path))
	if err := os.WriteFile(cp, data, 0o644); err != nil {
		return nil, err
	}
	s, err := Open(ctx, cp)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM documents ORDER BY rowid`)
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", path, err)
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	docs := make([]*dossier.Document, 0, len(ids))
	for _, id := range ids {
		d, err := s.Document(ctx, id)
		if err != nil {
			return nil, err
		}
		for i := range d.Sentences {
			sent := &d.Sentences[i]
			sent.Tokens = text.Tokenize(d.Text, sent.Span, sent.Lang)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// BenchmarkAddStored stores again, in batches of 256 into a new database,
// the documents of the databases listed in $DOSSIER_BENCH_DBS (separated
// by the OS's list separator; made by "dossier bench ingest --dir"): the
// store's part of ingest on real analyses, without the analysers.
func BenchmarkAddStored(b *testing.B) {
	paths := filepath.SplitList(os.Getenv("DOSSIER_BENCH_DBS"))
	if len(paths) == 0 {
		b.Skip("set DOSSIER_BENCH_DBS to databases of dossier bench ingest --dir")
	}
	ctx := context.Background()
	dir := b.TempDir()
	var corpora [][]*dossier.Document
	size, sents := 0, 0
	for _, p := range paths {
		docs, err := storedDocs(ctx, p, dir)
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range docs {
			size += len(d.Text)
			sents += len(d.Sentences)
		}
		corpora = append(corpora, docs)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	i := 0
	var cpu float64
	for b.Loop() {
		for _, docs := range corpora {
			i++
			cpu += storeBatches(ctx, b, filepath.Join(dir, fmt.Sprintf("bench%d.db", i)), docs)
		}
	}
	if cpu > 0 {
		b.ReportMetric(float64(sents*b.N)/cpu, "sentences/cpu-s")
	}
}

// BenchmarkAddDocuments stores generated documents in batches of 256 into
// a new database, as dossier ingest does: rows, search index, duplicate
// detection and stories. sentences/cpu-s divides by the process's CPU time.
func BenchmarkAddDocuments(b *testing.B) {
	ctx := context.Background()
	docs := benchDocs(1024)
	size, sents := 0, 0
	for _, d := range docs {
		size += len(d.Text)
		sents += len(d.Sentences)
	}
	dir := b.TempDir()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	i := 0
	var cpu float64
	for b.Loop() {
		i++
		cpu += storeBatches(ctx, b, filepath.Join(dir, fmt.Sprintf("bench%d.db", i)), docs)
	}
	b.ReportMetric(float64(sents*b.N)/b.Elapsed().Seconds(), "sentences/s")
	if cpu > 0 {
		b.ReportMetric(float64(sents*b.N)/cpu, "sentences/cpu-s")
	}
}

// storeBatches stores docs in batches of 256 into a new database at path,
// as dossier ingest does, and returns the process CPU seconds it took.
func storeBatches(ctx context.Context, b *testing.B, path string, docs []*dossier.Document) float64 {
	s, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	cpu0 := cputime.Process().Seconds()
	for lo := 0; lo < len(docs); lo += 256 {
		if _, err := s.AddDocuments(ctx, docs[lo:min(lo+256, len(docs))]); err != nil {
			b.Fatal(err)
		}
	}
	return cputime.Process().Seconds() - cpu0
}
