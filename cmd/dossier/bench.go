package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/dossier-news/dossier/ingest"
	"github.com/dossier-news/dossier/internal/corpus"
	"github.com/dossier-news/dossier/internal/cputime"
	"github.com/dossier-news/dossier/pipeline"
)

func newBenchCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure throughput on the benchmark corpora",
		Long: `Measure dossier's speed: "bench ingest" runs the whole ingest path over the
news corpora in ../shared/data, "bench aggregate" times grouping, stories,
timelines and briefs on generated documents.`,
		Example: `  dossier bench ingest --workers 1
  dossier bench aggregate --docs 20000`,
	}
	cmd.AddCommand(newBenchIngestCmd(a), newBenchAggregateCmd(a))
	return cmd
}

func newBenchIngestCmd(a *app) *cobra.Command {
	var sharedDir, cpuProfile, memProfile, keepDir string
	var workers, batch int
	var maxDelay time.Duration
	var applyLimit func() (func(), error)
	cmd := &cobra.Command{
		Use:   "ingest",
		Short: "Ingest the German and English news benchmark corpora into a fresh database",
		Long: `Ingest ../shared/data/news-de-10kgnad (German) and news-en-reuters21578
(English) through the whole ingest path (JSON lines file → extraction →
language, segmentation and analysis → SQLite) into a temporary database,
then ingest them again to show that nothing is added twice (the documents
are then read and segmented, found stored, and not analysed again).

Prints, per corpus: documents, MB of text, seconds, MB/s and MB/s per core
(throughput divided by the workers used), and the peak resident memory of the
process. --workers 1 measures one core directly.

The line "sentences/s per core" is the figure of issue #5: sentences through
the whole path into the store, divided once by the workers' wall time and once
by the CPU time the process used (user + system, all goroutines including the
store writer and the garbage collector). The CPU figure stays honest on a
machine shared with other work, where wall time is inflated by waiting.`,
		Example: `  dossier bench ingest --shared ../shared --workers 1
  dossier bench ingest --dir /tmp/bench --cpuprofile cpu.out`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if workers <= 0 {
				workers = runtime.GOMAXPROCS(0)
			}
			restore, err := applyLimit()
			if err != nil {
				return err
			}
			defer restore()
			dir := keepDir
			if dir == "" {
				tmp, err := os.MkdirTemp("", "dossier-bench-")
				if err != nil {
					return err
				}
				defer os.RemoveAll(tmp)
				dir = tmp
			} else if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			corpora := []struct {
				name, lang string
				load       func() ([]corpus.Record, error)
			}{
				{"news-de-10kgnad", "de", func() ([]corpus.Record, error) { return corpus.LoadGNAD(sharedDir) }},
				{"news-en-reuters21578", "en", func() ([]corpus.Record, error) { return corpus.LoadReuters(sharedDir) }},
			}
			p, err := a.newPipeline()
			if err != nil {
				return err
			}
			stop, err := startCPUProfile(cpuProfile)
			if err != nil {
				return err
			}
			defer stop()
			for _, c := range corpora {
				recs, err := c.load()
				if err != nil {
					return fmt.Errorf("bench %s: %w (set --shared to the shared folder)", c.name, err)
				}
				path := filepath.Join(dir, c.name+".jsonl")
				size, err := writeJSONL(path, recs)
				if err != nil {
					return err
				}
				a.dbPath = filepath.Join(dir, c.name+".db")
				if err := removeDB(a.dbPath); err != nil {
					return err
				}
				store, err := a.openStore(ctx)
				if err != nil {
					return err
				}
				in := []ingest.Input{{Path: path, Size: size}}
				r := &ingest.Reader{MaxBytes: 1 << 30}
				opt := pipeline.IngestOptions{Workers: workers, BatchSize: batch, MaxDelay: maxDelay, Logger: a.logger}
				cpu0 := cputime.Process().Seconds()
				first, err := p.Ingest(ctx, store, r, in, opt)
				cpu := cputime.Process().Seconds() - cpu0
				if err != nil {
					store.Close()
					return err
				}
				cpu1 := cputime.Process().Seconds()
				again, err := p.Ingest(ctx, store, r, in, opt)
				againCPU := cputime.Process().Seconds() - cpu1
				store.Close()
				if err != nil {
					return err
				}
				mbps := float64(size) / 1e6 / first.Elapsed.Seconds()
				fmt.Fprintf(a.stdout, "%-22s %5d docs  %6.2f MB  %6.2fs  %6.2f MB/s  %6.2f MB/s per core (%d workers)  failed %d; re-ingest added %d, present %d (%.2fs, CPU %.2fs)\n",
					c.name, first.Added, float64(size)/1e6, first.Elapsed.Seconds(), mbps, mbps/float64(workers), workers,
					first.Failed, again.Added, again.Present, again.Elapsed.Seconds(), againCPU)
				sents := float64(first.Sentences)
				fmt.Fprintf(a.stdout, "%-22s %5d sentences  %7.0f sentences/s per core (wall, %d workers)  %7.0f sentences/s per core (CPU %.2fs)\n",
					c.name, first.Sentences, sents/first.Elapsed.Seconds()/float64(workers), workers, sents/cpu, cpu)
			}
			fmt.Fprintf(a.stdout, "peak memory (max RSS): %.1f MB\n", maxRSSMB())
			return writeHeapProfile(memProfile)
		},
	}
	cmd.Flags().StringVar(&sharedDir, "shared", envOr("DOSSIER_SHARED", filepath.Join("..", "shared")), "the shared folder with data/ (env DOSSIER_SHARED)")
	cmd.Flags().IntVar(&workers, "workers", 0, "documents processed at once (default: number of CPUs)")
	cmd.Flags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the whole run to this file")
	cmd.Flags().StringVar(&memProfile, "memprofile", "", "write a heap profile (after the run, the pipeline's models still loaded) to this file")
	cmd.Flags().StringVar(&keepDir, "dir", "", "write the JSON lines inputs and the databases to this folder and keep them (to export and compare); default a temporary folder, removed")
	cmd.Flags().IntVar(&batch, "batch", pipeline.DefaultBatchSize, "documents stored per transaction")
	cmd.Flags().DurationVar(&maxDelay, "max-delay", 0, "longest a processed document waits for its batch (default: the ingest's, 1s)")
	applyLimit = addMemoryLimitFlag(cmd)
	return cmd
}

// writeJSONL writes records in dossier's JSON-lines input format and
// returns the number of text bytes written.
func writeJSONL(path string, recs []corpus.Record) (int64, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	enc := json.NewEncoder(f)
	var n int64
	for _, r := range recs {
		n += int64(len(r.Text))
		if err := enc.Encode(map[string]string{"url": r.ID, "title": r.Title, "published": r.Published, "lang": r.Lang, "text": r.Text}); err != nil {
			f.Close()
			return 0, err
		}
	}
	return n, f.Close()
}

func maxRSSMB() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024 // kilobytes on Linux
}

// startCPUProfile writes a CPU profile of the run to path until stop is
// called; with no path it does nothing.
func startCPUProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("bench: cpu profile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// removeDB removes an SQLite database and its log files, so that a kept
// benchmark folder is ingested into afresh.
func removeDB(path string) error {
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
			return err
		}
	}
	return nil
}

// writeHeapProfile writes the live heap to path after a collection, so
// that it shows what stays (models, caches), not garbage; with no path it
// does nothing.
func writeHeapProfile(path string) error {
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	runtime.GC()
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("bench: heap profile: %w", err)
	}
	return f.Close()
}
