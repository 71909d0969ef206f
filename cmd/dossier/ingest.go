package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
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
	var applyLimit func() (func(), error)
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read articles from files, folders, feeds or stdin into the database",
		Long: `Read news articles into the database and extract what they say.

PATH may be a file, a folder (read recursively; hidden entries are skipped,
links to files are followed, links to folders only when given as PATH) or "-"
for standard input. Formats, by extension:
  .txt .md             plain text or Markdown; a leading headline, date line,
                       byline and picture credits are recognised
  .html .htm           a web page: main text, title, author and date
  .rss .atom .xml      a feed: one document per item, with its link and date
  .jsonl               one JSON object per line with url, title, published,
                       lang, author and text or html
Standard input is sniffed for its format.

Re-ingesting the same text changes nothing: documents are keyed by the SHA-256
of their normalised text. Inputs that cannot be read are reported one per line
with the file, line and reason; the others are still stored, and the exit
status is 1. Interrupted (Ctrl-C: exit status 130), an ingest keeps the whole
documents it stored; running the same command again adds the rest.

With --nats, the articles are not processed here but queued on NATS JetStream
for "dossier worker" processes (see README, Scaling out).`,
		Example: `  dossier ingest ../shared/seeds
  dossier ingest feed.rss articles/ --json
  curl -s https://example.org/page.html | dossier ingest -
  dossier ingest --nats nats://queue.example.org:4222 articles/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if batch < 1 {
				return usagef(cmd, "--batch %d: give 1 or more documents per transaction", batch)
			}
			if workers < 0 {
				return usagef(cmd, "--workers %d: give 1 or more, or 0 for one per CPU", workers)
			}
			ctx := cmd.Context()
			if f, ok := a.stdin.(*os.File); ok && slices.Contains(args, ingest.Stdin) && term.IsTerminal(int(f.Fd())) {
				// "-" typed at a prompt would otherwise wait in silence
				fmt.Fprintf(a.stderr, "dossier: reading an article from standard input; end it with Ctrl-D\n")
			}
			inputs, errs := ingest.Inputs(args)
			if natsURL != "" {
				return a.enqueue(ctx, natsURL, inputs, errs, asJSON, quiet)
			}
			restore, err := applyLimit()
			if err != nil {
				return err
			}
			defer restore()
			// counted in documents: the pipeline counts bytes per finished
			// input, so one large JSON-lines file or feed would sit at 0%
			// until the end. Off a terminal the count is not known (it
			// would read every file twice) and a line comes every
			// progressEvery instead of a bar. The bar is drawn before the
			// models load, which takes seconds on a busy machine.
			total := 0
			if !quiet && !asJSON && a.isTerminal() {
				total = int(countDocuments(inputs))
			}
			prog := a.reporter("ingest", "documents", total, quiet || asJSON)
			defer prog.finish()
			p, err := a.newPipeline()
			if err != nil {
				return err
			}
			store, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer store.Close()

			opt := pipeline.IngestOptions{Workers: workers, BatchSize: batch, Logger: a.logger}
			opt.Progress = func(p pipeline.Progress) { prog.set(p.Documents) }
			prog.begin()
			start := time.Now()
			sum, err := p.Ingest(ctx, store, &ingest.Reader{MaxBytes: a.maxBytes, Stdin: a.stdin}, inputs, opt)
			prog.finish()
			sum.Failures = append(failuresOf(errs), sum.Failures...)
			sum.Failed += len(errs)
			for i := range sum.Failures {
				if sum.Failures[i].Path == ingest.Stdin {
					sum.Failures[i].Path = "standard input"
				}
			}
			sortFailures(sum.Failures)
			if err != nil {
				if sum.Elapsed == 0 {
					sum.Elapsed = time.Since(start)
				}
				printSummary(a.stderr, sum)
				if ctx.Err() != nil {
					// what is stored is whole documents (see README): say so
					fmt.Fprintf(a.stderr, "dossier: ingest interrupted; the documents counted as added are stored, and running the same command again adds the rest\n")
					return exitError{code: exitInterrupted}
				}
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
	applyLimit = addMemoryLimitFlag(cmd)
	return cmd
}

func failuresOf(errs []error) []pipeline.Failure {
	out := make([]pipeline.Failure, 0, len(errs))
	for _, e := range errs {
		out = append(out, failureOf(e))
	}
	return out
}

// sortFailures lists failures by file and line: workers finish in any order,
// and a reader looking for a file in the list expects them sorted.
func sortFailures(fs []pipeline.Failure) {
	slices.SortStableFunc(fs, func(a, b pipeline.Failure) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line))
	})
}

// countDocuments estimates how many documents inputs hold, for a progress
// bar: a line per JSON-lines record, an item per feed entry, one per other
// file. Only JSON lines and feeds are read for it, and quickly.
func countDocuments(inputs []ingest.Input) int64 {
	var n int64
	for _, in := range inputs {
		format, _ := ingest.FormatOf(in.Path)
		if in.Path == ingest.Stdin || (format != ingest.FormatJSONL && format != ingest.FormatFeed) {
			n++
			continue
		}
		data, err := os.ReadFile(in.Path)
		if err != nil {
			n++
			continue
		}
		var k int
		if format == ingest.FormatJSONL {
			for line := range bytes.Lines(data) {
				if len(bytes.TrimSpace(line)) > 0 {
					k++
				}
			}
		} else {
			k = bytes.Count(data, []byte("<item")) + bytes.Count(data, []byte("<entry"))
		}
		n += int64(max(k, 1))
	}
	return n
}

// isTerminal reports whether standard error is a terminal.
func (a *app) isTerminal() bool {
	f, ok := a.stderr.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// progress returns a progress bar on standard error when it is a terminal
// (nil otherwise: logs and pipes get no bar).
func (a *app) progress(total int64, what string, bytes bool) *progressbar.ProgressBar {
	if total <= 0 || !a.isTerminal() {
		return nil
	}
	return progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(a.stderr),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowBytes(bytes),
		progressbar.OptionShowCount(),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
}

func failureOf(err error) pipeline.Failure {
	if ie, ok := err.(*ingest.Error); ok {
		return pipeline.Failure{Path: ie.Path, Line: ie.Line, Reason: ie.Err.Error()}
	}
	return pipeline.Failure{Reason: err.Error()}
}

// printSummary writes the line that ends an ingest: what became of the
// documents, then what was read and found (sentences of the documents
// stored or present, events of those added) and how long it took.
func printSummary(w io.Writer, s pipeline.Summary) {
	var b strings.Builder
	fmt.Fprintf(&b, "added %d, already present %d, failed %d (%d input%s", s.Added, s.Present, s.Failed, s.Inputs, plural(s.Inputs))
	if s.Bytes > 0 {
		fmt.Fprintf(&b, ", %s", size(s.Bytes))
	}
	if s.Added+s.Present > 0 {
		fmt.Fprintf(&b, ", %d sentence%s, %d new event%s", s.Sentences, plural(s.Sentences), s.Events, plural(s.Events))
	}
	fmt.Fprintf(&b, " in %.2fs", s.Elapsed.Seconds())
	if s.Elapsed > 0 && s.Bytes > 0 && s.Added+s.Present > 0 {
		fmt.Fprintf(&b, ", %s/s", size(int64(float64(s.Bytes)/s.Elapsed.Seconds())))
	}
	b.WriteString(")\n")
	io.WriteString(w, b.String())
}

// size writes a byte count for people: 812 bytes, 12.3 KB, 8.9 MB.
func size(n int64) string {
	switch {
	case n < 1e3:
		return fmt.Sprintf("%d bytes", n)
	case n < 1e6:
		return fmt.Sprintf("%.1f KB", float64(n)/1e3)
	case n < 1e9:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	}
	return fmt.Sprintf("%.2f GB", float64(n)/1e9)
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
