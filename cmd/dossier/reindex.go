package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/ingest"
	"github.com/dossier-news/dossier/pipeline"
)

func newReindexCmd(a *app) *cobra.Command {
	var batch, workers int
	cmd := &cobra.Command{
		Use:   "reindex",
		Short: "Re-run the analysis on every stored document and rebuild groups and stories",
		Long: `Re-run language detection, segmentation, tagging, time expressions, entities
and events on the stored text of every document (after an upgrade of dossier,
its models or its knowledge base), then rebuild document groups and stories
from scratch. Documents keep their ids, sources and metadata. The result is
the same as ingesting the same documents anew.`,
		Example: `  dossier reindex
  dossier --db news.db reindex --batch 500`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if batch < 1 {
				return usagef(cmd, "--batch %d: give 1 or more documents per transaction", batch)
			}
			if workers < 0 {
				return usagef(cmd, "--workers %d: give 1 or more, or 0 for one per CPU", workers)
			}
			if workers == 0 {
				workers = runtime.NumCPU()
			}
			ctx := cmd.Context()
			start := time.Now()
			store, err := a.openExisting(ctx)
			if err != nil {
				return err
			}
			defer store.Close()
			p, err := a.newPipeline()
			if err != nil {
				return err
			}
			total, err := store.CountDocuments(ctx)
			if err != nil {
				return err
			}
			var ids []string
			for off := 0; ; off += 1000 {
				docs, err := store.Documents(ctx, dossier.DocumentFilter{Limit: 1000, Offset: off})
				if err != nil {
					return err
				}
				for _, d := range docs {
					ids = append(ids, d.ID)
				}
				if len(docs) < 1000 {
					break
				}
			}
			bar := a.progress(int64(len(ids)), "reindex", false)
			done, kept := 0, 0
			for lo := 0; lo < len(ids); lo += batch {
				redone, k, err := reanalyseBatch(ctx, store, p, ids[lo:min(lo+batch, len(ids))], workers)
				if err != nil {
					return err
				}
				kept += k
				if err := store.Reanalyse(ctx, redone); err != nil {
					return fmt.Errorf("reindex: %w", err)
				}
				done += len(redone)
				a.logger.Info("reanalysed", "documents", done, "of", total)
				if bar != nil {
					_ = bar.Set(done)
				}
			}
			if bar != nil {
				_ = bar.Finish()
			}
			if bar != nil {
				fmt.Fprintf(a.stderr, "rebuilding groups and stories…\n")
			}
			if err := store.Rebuild(ctx); err != nil {
				return fmt.Errorf("reindex: rebuild: %w", err)
			}
			fmt.Fprintf(a.stdout, "reindexed %d document%s in %.1fs\n", done, plural(done), time.Since(start).Seconds())
			if kept > 0 {
				fmt.Fprintf(a.stderr, "dossier: reindex: %d document%s in languages --langs %s leaves out kept their analysis\n", kept, plural(kept), strings.Join(a.langs, ","))
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&batch, "batch", 100, "documents per transaction")
	cmd.Flags().IntVar(&workers, "workers", 0, "documents analysed at once (default: number of CPUs)")
	return cmd
}

// reanalyseBatch reads the documents of ids and analyses them anew, workers
// at a time, returning them in the order of ids; a document in a language
// the pipeline does not read is left out and counted as kept.
func reanalyseBatch(ctx context.Context, store dossier.Store, p *pipeline.Pipeline, ids []string, workers int) ([]*dossier.Document, int, error) {
	redone := make([]*dossier.Document, len(ids))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(workers)
	for i, id := range ids {
		d, err := store.Document(ctx, id)
		if err != nil {
			return nil, 0, fmt.Errorf("reindex %s: %w", id, err)
		}
		g.Go(func() error {
			nd, err := p.Process(gctx, ingest.Article{Source: d.Source, Title: d.Title, Published: d.Published, Author: d.Author, Lang: d.Lang, Text: d.Text})
			var le *pipeline.LanguageError
			if errors.As(err, &le) {
				// stored by a run with other --langs: its analysis stays
				// as it was rather than redone in a language it is not
				// written in
				return nil
			}
			if err != nil {
				return fmt.Errorf("reindex %s: %w", id, err)
			}
			redone[i] = nd
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, 0, err
	}
	out := slices.DeleteFunc(redone, func(d *dossier.Document) bool { return d == nil })
	return out, len(ids) - len(out), nil
}
