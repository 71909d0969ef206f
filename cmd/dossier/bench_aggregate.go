package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/internal/synth"
)

func newBenchAggregateCmd(a *app) *cobra.Command {
	var docs, batch, queries int
	var cpuProfile string
	cmd := &cobra.Command{
		Use:   "aggregate",
		Short: "Time aggregation per 10,000 documents and timeline/brief latency on generated documents",
		Long: `Store --docs generated, already analysed documents (events between 200 actors,
each happening reported by several documents) into a fresh SQLite database,
timing each 10,000 (storing, grouping and story merging, which run in the same
transactions); then time --queries timelines and briefings of random actor
pairs, and print p50 and p99 latencies.`,
		Example: `  dossier bench aggregate
  dossier bench aggregate --docs 20000 --queries 50`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			stop, err := startCPUProfile(cpuProfile)
			if err != nil {
				return err
			}
			defer stop()
			dir, err := os.MkdirTemp("", "dossier-bench-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(dir)
			a.dbPath = filepath.Join(dir, "aggregate.db")
			store, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer store.Close()
			g := synth.New(1, docs/3)
			start, lap := time.Now(), time.Now()
			var pending []*dossier.Document
			for i := 1; i <= docs; i++ {
				pending = append(pending, g.Next())
				if len(pending) == batch || i == docs {
					if _, err := store.AddDocuments(ctx, pending); err != nil {
						return err
					}
					pending = pending[:0]
				}
				if i%10000 == 0 || i == docs {
					n := i % 10000
					if n == 0 {
						n = 10000
					}
					fmt.Fprintf(a.stdout, "documents %7d: %6.2fs for the last %d (%.2fs per 10,000)\n", i, time.Since(lap).Seconds(), n,
						time.Since(lap).Seconds()*10000/float64(n))
					lap = time.Now()
				}
			}
			fmt.Fprintf(a.stdout, "stored and aggregated %d documents in %.1fs\n", docs, time.Since(start).Seconds())
			rng := rand.New(rand.NewPCG(7, 7))
			var timeline, brief []time.Duration
			names := newEntityNames(ctx, store)
			rollup, err := roll(ctx, store, names)
			if err != nil {
				return err
			}
			for range queries {
				x := synth.Actors[rng.IntN(len(synth.Actors)/4)]
				y := synth.Actors[rng.IntN(len(synth.Actors)/4)]
				sub := subject{a: x, b: y, filter: dossier.Filter{Entity: x.ID, With: y.ID}}
				t0 := time.Now()
				stories, err := collectStories(ctx, store, sub.filter)
				if err != nil {
					return err
				}
				printTimeline(io.Discard, sub, stories, names)
				timeline = append(timeline, time.Since(t0))
				t0 = time.Now()
				stories, err = collectStories(ctx, store, sub.filter)
				if err != nil {
					return err
				}
				writeBrief(io.Discard, sub, stories, names, rollup, 15)
				brief = append(brief, time.Since(t0))
			}
			fmt.Fprintf(a.stdout, "timeline: p50 %s  p99 %s  (%d queries)\n", pct(timeline, 50), pct(timeline, 99), queries)
			fmt.Fprintf(a.stdout, "brief:    p50 %s  p99 %s  (%d queries)\n", pct(brief, 50), pct(brief, 99), queries)
			return nil
		},
	}
	cmd.Flags().IntVar(&docs, "docs", 100000, "generated documents to store")
	cmd.Flags().IntVar(&batch, "batch", 500, "documents per transaction")
	cmd.Flags().IntVar(&queries, "queries", 200, "timelines and briefs to time")
	cmd.Flags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the whole run to this file")
	return cmd
}

func pct(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := (len(s)*p + 99) / 100
	return s[min(max(i-1, 0), len(s)-1)].Round(10 * time.Microsecond)
}
