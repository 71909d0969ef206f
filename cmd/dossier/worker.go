package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/spf13/cobra"

	"github.com/dossier-news/dossier/ingest"
	"github.com/dossier-news/dossier/pipeline"
	"github.com/dossier-news/dossier/queue"
)

func newWorkerCmd(a *app) *cobra.Command {
	var natsURL string
	var workers, batch, maxDeliver int
	var ackWait, grace time.Duration
	var untilEmpty, asJSON bool
	var applyLimit func() (func(), error)
	cmd := &cobra.Command{
		Use:   "worker",
		Short: "Take queued articles from NATS JetStream, analyse them and store them",
		Long: `Run a worker of a distributed ingest: take the items that "dossier ingest
--nats" queued on the NATS JetStream stream DOSSIER, extract and analyse them
here, and store the documents in the database named by --db (for several
workers on several machines, a PostgreSQL URL).

Any number of workers can run at once; they share one durable consumer, so
each item goes to one of them. An item is acknowledged once its document is
committed, so a worker that is killed loses nothing: its items come again
after --ack-wait. An item that cannot be read or extracted, or whose
document the database refuses --max-deliver times, is put on the subject
dossier.dead with the reason (kept in the stream DOSSIER_DEAD). While the
database is unreachable the worker waits and keeps its items.

On SIGTERM or SIGINT the worker stops taking items, stores what it holds
(within --grace) and hands back the rest, then prints what it did.`,
		Example: `  dossier worker --nats nats://queue.example.org:4222 --db postgres://dossier@db.example.org/dossier
  DOSSIER_NATS=nats://queue.internal:4222 DOSSIER_DB=postgres://dossier@db.internal/dossier dossier worker --workers 8`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			// The worker shuts down gracefully however it was started.
			ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGTERM, os.Interrupt)
			defer stop()
			if natsURL == "" {
				return usagef(cmd, "dossier worker: --nats (or DOSSIER_NATS) is required: the URL of the NATS server, such as nats://127.0.0.1:4222")
			}
			restore, err := applyLimit()
			if err != nil {
				return err
			}
			defer restore()
			p, err := a.newPipeline()
			if err != nil {
				return err
			}
			store, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer store.Close()
			nc, js, err := connectQueue(natsURL, "dossier worker")
			if err != nil {
				return err
			}
			defer nc.Close()
			w := &queue.Worker{
				JS: js, Pipeline: p, Store: store,
				Config:      queue.Config{AckWait: ackWait, MaxDeliver: maxDeliver},
				Concurrency: workers, BatchSize: batch, Grace: grace, UntilEmpty: untilEmpty,
				Logger: a.logger,
			}
			start := time.Now()
			st, err := w.Run(ctx)
			if err != nil {
				return fmt.Errorf("worker: %w", err)
			}
			if err := nc.Drain(); err != nil {
				a.logger.Warn("drain", "err", err)
			}
			elapsed := time.Since(start)
			if asJSON {
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(struct {
					queue.Stats
					Seconds float64 `json:"seconds"`
				}{st, elapsed.Seconds()})
			}
			fmt.Fprintf(a.stdout, "added %d, already present %d, dead %d, retried %d, handed back %d (%.2fs, %.1f documents/s)\n",
				st.Added, st.Present, st.Dead, st.Retried, st.Returned, elapsed.Seconds(), float64(st.Added+st.Present)/elapsed.Seconds())
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&natsURL, "nats", os.Getenv("DOSSIER_NATS"), "NATS server URL, e.g. nats://host:4222 (env DOSSIER_NATS)")
	f.IntVar(&workers, "workers", 0, "items processed at once (default: number of CPUs)")
	f.IntVar(&batch, "batch", 64, "documents stored per transaction")
	f.DurationVar(&ackWait, "ack-wait", 2*time.Minute, "how long an item may stay with a worker before it is given to another")
	f.IntVar(&maxDeliver, "max-deliver", 5, "deliveries of an item before it goes to the dead letters")
	f.DurationVar(&grace, "grace", 30*time.Second, "on shutdown, time to store the items held")
	f.BoolVar(&untilEmpty, "until-empty", false, "exit once the queue is empty (start after queueing)")
	f.BoolVar(&asJSON, "json", false, "print the summary as JSON")
	applyLimit = addMemoryLimitFlag(cmd)
	return cmd
}

// connectQueue connects to a NATS server with JetStream. The connection
// reconnects for as long as it takes: a restarting server must not end a
// long-running worker or ingest.
func connectQueue(url, name string) (*nats.Conn, jetstream.JetStream, error) {
	nc, err := nats.Connect(url, nats.Name(name), nats.MaxReconnects(-1), nats.ReconnectWait(time.Second))
	if err != nil {
		return nil, nil, fmt.Errorf("connect to NATS at %s: %w", url, err)
	}
	js, err := jetstream.New(nc, jetstream.WithPublishAsyncTimeout(time.Minute))
	if err != nil {
		nc.Close()
		return nil, nil, fmt.Errorf("JetStream at %s: %w", url, err)
	}
	return nc, js, nil
}

// enqueueSummary says what an ingest --nats did.
type enqueueSummary struct {
	Inputs int `json:"inputs"`
	queue.PublishStats
	Failed   int                `json:"failed"`
	Failures []pipeline.Failure `json:"failures"`
	Bytes    int64              `json:"bytes"`
	Seconds  float64            `json:"seconds"`
}

// enqueue is ingest --nats: it reads the inputs and queues their items for
// workers instead of processing them here. Inputs and records that cannot be
// read are reported as an ingest reports them.
func (a *app) enqueue(ctx context.Context, url string, inputs []ingest.Input, errs []error, asJSON, quiet bool) error {
	start := time.Now()
	nc, js, err := connectQueue(url, "dossier ingest")
	if err != nil {
		return err
	}
	defer nc.Close()
	cfg := queue.Config{}
	if err := queue.SetupStreams(ctx, js, cfg); err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	pub := queue.NewPublisher(js, cfg, 0)
	sum := enqueueSummary{Inputs: len(inputs), Failures: []pipeline.Failure{}}
	for _, e := range errs {
		sum.Failures = append(sum.Failures, failureOf(e))
	}
	r := &ingest.Reader{MaxBytes: a.maxBytes, Stdin: a.stdin}
	for _, in := range inputs {
		for it, err := range r.Items(ctx, in) {
			if err != nil {
				sum.Failures = append(sum.Failures, failureOf(err))
				continue
			}
			if err := pub.Publish(ctx, it); err != nil {
				var ie *queue.ItemError
				if !errors.As(err, &ie) {
					return fmt.Errorf("ingest: queue %s: %w", it.Source, err)
				}
				sum.Failures = append(sum.Failures, pipeline.Failure{Path: it.Path, Line: it.Line, Reason: ie.Err.Error()})
				continue
			}
			a.logger.Debug("queued", "source", it.Source)
		}
		if in.Size > 0 {
			sum.Bytes += in.Size
		}
	}
	if err := pub.Flush(ctx); err != nil {
		return fmt.Errorf("ingest: queue: %w", err)
	}
	sum.PublishStats = pub.Stats()
	sum.Failed = len(sum.Failures)
	sum.Seconds = time.Since(start).Seconds()
	return a.finish(sum, sum.Failures, asJSON, quiet, func(w io.Writer) { printEnqueued(w, sum) })
}

func printEnqueued(w io.Writer, s enqueueSummary) {
	fmt.Fprintf(w, "queued %d, already queued %d, failed %d (%d inputs, %.1f MB in %.2fs; the stream was full %d times)\n",
		s.Queued, s.Duplicates, s.Failed, s.Inputs, float64(s.Bytes)/1e6, s.Seconds, s.Waits)
}
