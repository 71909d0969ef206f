package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/dossier-news/dossier/ingest"
	"github.com/dossier-news/dossier/pipeline"
)

func newIngestCmd(a *app) *cobra.Command {
	var asJSON, quiet bool
	var workers, batch int
	var natsURL string
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read articles from files, folders, feeds or stdin into the database",
		Long: `Read news articles into the database and extract what they say.

PATH may be a file, a folder (read recursively; hidden entries are skipped) or
"-" for standard input. Formats, by extension:
  .txt .md             plain text or Markdown; a leading headline, date line,
                       byline and picture credits are recognised
  .html .htm           a web page: main text, title, author and date
  .rss .atom .xml      a feed: one document per item, with its link and date
  .jsonl               one JSON object per line with url, title, published,
                       lang, author and text or html
Standard input is sniffed for its format.

Re-ingesting the same text changes nothing: documents are keyed by the SHA-256
of their normalised text. Inputs that cannot be read are reported one per line
with the reason; the others are still stored, and the exit status is 1.

With --nats, the articles are not processed here but queued on NATS JetStream
for "dossier worker" processes (see README, Scaling out).`,
		Example: `  dossier ingest ../shared/seeds
  dossier ingest feed.rss articles/ --json
  curl -s https://example.org/page.html | dossier ingest -
  dossier ingest --nats nats://queue.example.org:4222 articles/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			inputs, errs := ingest.Inputs(args)
			if natsURL != "" {
				return a.enqueue(ctx, natsURL, inputs, errs, asJSON, quiet)
			}
			p, err := a.newPipeline()
			if err != nil {
				return err
			}
			store, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer store.Close()

			var total int64
			for _, in := range inputs {
				if in.Size > 0 {
					total += in.Size
				}
			}
			opt := pipeline.IngestOptions{Workers: workers, BatchSize: batch, Logger: a.logger}
			var bar *progressbar.ProgressBar
			if f, ok := a.stderr.(*os.File); ok && !quiet && !asJSON && term.IsTerminal(int(f.Fd())) && total > 0 {
				bar = progressbar.NewOptions64(total,
					progressbar.OptionSetWriter(a.stderr),
					progressbar.OptionSetDescription("ingest"),
					progressbar.OptionShowBytes(true),
					progressbar.OptionShowCount(),
					progressbar.OptionThrottle(100*time.Millisecond),
					progressbar.OptionClearOnFinish(),
				)
				opt.Progress = func(p pipeline.Progress) { _ = bar.Set64(p.BytesRead) }
			}
			sum, err := p.Ingest(ctx, store, &ingest.Reader{MaxBytes: a.maxBytes, Stdin: a.stdin}, inputs, opt)
			if bar != nil {
				_ = bar.Finish()
			}
			for _, e := range errs {
				sum.Failed++
				sum.Failures = append([]pipeline.Failure{failureOf(e)}, sum.Failures...)
			}
			if err != nil {
				printSummary(a.stderr, sum)
				return fmt.Errorf("ingest: %w", err)
			}
			return a.finish(sum, sum.Failures, asJSON, quiet, func(w io.Writer) { printSummary(w, sum) })
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the summary as JSON")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "print only failures")
	cmd.Flags().IntVar(&workers, "workers", 0, "documents processed at once (default: number of CPUs)")
	cmd.Flags().IntVar(&batch, "batch", pipeline.DefaultBatchSize, "documents stored per transaction (a crash loses at most one batch; a re-run adds it)")
	cmd.Flags().StringVar(&natsURL, "nats", "", "queue the articles on this NATS server for workers instead of processing them")
	return cmd
}

func failureOf(err error) pipeline.Failure {
	if ie, ok := err.(*ingest.Error); ok {
		return pipeline.Failure{Path: ie.Path, Line: ie.Line, Reason: ie.Err.Error()}
	}
	return pipeline.Failure{Reason: err.Error()}
}

func printSummary(w io.Writer, s pipeline.Summary) {
	rate := ""
	if s.Elapsed > 0 && s.Bytes > 0 {
		rate = fmt.Sprintf(", %.1f MB/s", float64(s.Bytes)/1e6/s.Elapsed.Seconds())
	}
	fmt.Fprintf(w, "added %d, already present %d, failed %d (%d inputs, %.1f MB in %.2fs%s)\n",
		s.Added, s.Present, s.Failed, s.Inputs, float64(s.Bytes)/1e6, s.Elapsed.Seconds(), rate)
}

// finish ends a command that reads inputs: the summary as indented JSON, or
// each failure on standard error and the summary line (unless quiet); the
// exit status is 1 when anything failed.
func (a *app) finish(sum any, failures []pipeline.Failure, asJSON, quiet bool, line func(io.Writer)) error {
	if asJSON {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(sum); err != nil {
			return err
		}
	} else {
		for _, f := range failures {
			fmt.Fprintf(a.stderr, "dossier: %s\n", f)
		}
		if !quiet {
			line(a.stdout)
		}
	}
	if len(failures) > 0 {
		return exitError{code: 1}
	}
	return nil
}
