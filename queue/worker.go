package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/ingest"
)

// Processor turns an extracted article into an analysed document;
// *pipeline.Pipeline is one. It must be safe for concurrent use.
type Processor interface {
	Process(ctx context.Context, a ingest.Article) (*dossier.Document, error)
}

// Store is the part of dossier.Store a worker writes to.
type Store interface {
	AddDocuments(ctx context.Context, docs []*dossier.Document) ([]dossier.AddResult, error)
	// CountDocuments tells a store that is down (it fails) from a document
	// the store refuses (it answers).
	CountDocuments(ctx context.Context) (int, error)
}

// Worker takes items from the queue, extracts and analyses them, and
// stores the documents in batches, one transaction each. A message is
// acknowledged only once its document is committed (or was already
// stored); it is
//   - terminated, after its item is put on the dead-letter subject with the
//     reason, when the item cannot be read or extracted: that will not change;
//   - negatively acknowledged with a growing delay when storing its document
//     failed, and put on the dead-letter subject at the last delivery;
//   - kept (marked in progress) while the store is down: that is no fault of
//     the item, and the worker waits for the store rather than burning
//     deliveries.
//
// On shutdown (the context of Run ends) the worker stops taking messages,
// finishes and stores what it holds within Grace, and hands back the rest
// with a negative acknowledgement, so that another worker takes them at
// once.
type Worker struct {
	JS       jetstream.JetStream
	Config   Config
	Pipeline Processor
	Store    Store

	Concurrency int           // items processed at once; default the number of CPUs
	BatchSize   int           // documents per transaction; default 64
	MaxDelay    time.Duration // longest a processed document waits for its batch; default 1 s
	Grace       time.Duration // time to finish held items on shutdown; default 30 s
	// UntilEmpty makes Run return once the stream holds no items: for batch
	// jobs, tests and benchmarks that start workers after queueing.
	UntilEmpty bool
	// Retry is the delay before an item whose document could not be stored
	// is delivered again, given how often it was delivered; default 2^n s,
	// at most a minute.
	Retry  func(deliveries uint64) time.Duration
	Logger *slog.Logger
}

// Stats counts what a worker did with the items it took.
type Stats struct {
	Added    int `json:"added"`
	Present  int `json:"already_present"`
	Dead     int `json:"dead"`        // put on the dead-letter subject
	Retried  int `json:"retried"`     // handed back to be tried again later
	Returned int `json:"handed_back"` // handed back unprocessed on shutdown
}

// job is one message on its way through the worker.
type job struct {
	msg      jetstream.Msg
	doc      *dossier.Document
	err      error
	dead     bool   // the item itself is at fault: dead-letter it now
	source   string // for messages; the item's source where known
	attempts uint64
}

func (w *Worker) defaults() {
	w.Config = w.Config.WithDefaults()
	if w.Concurrency <= 0 {
		w.Concurrency = runtime.GOMAXPROCS(0)
	}
	if w.BatchSize <= 0 {
		w.BatchSize = 64
	}
	if w.MaxDelay <= 0 {
		w.MaxDelay = time.Second
	}
	if w.Grace <= 0 {
		w.Grace = 30 * time.Second
	}
	if w.Retry == nil {
		w.Retry = func(n uint64) time.Duration { return min(time.Second<<min(n, 6), time.Minute) }
	}
	if w.Logger == nil {
		w.Logger = slog.New(slog.DiscardHandler)
	}
}

// Run processes items until ctx ends (or, with UntilEmpty, the stream is
// empty). It returns an error only when the queue cannot be used.
func (w *Worker) Run(ctx context.Context) (Stats, error) {
	w.defaults()
	var stats Stats
	cons, err := Setup(ctx, w.JS, w.Config)
	if err != nil {
		return stats, err
	}
	stream, err := w.JS.Stream(ctx, w.Config.Stream)
	if err != nil {
		return stats, fmt.Errorf("stream %s: %w", w.Config.Stream, err)
	}
	// work outlives ctx by the grace period, so held items can be finished.
	work, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	stopGrace := context.AfterFunc(ctx, func() {
		t := time.AfterFunc(w.Grace, cancelWork)
		context.AfterFunc(work, func() { t.Stop() })
	})
	defer stopGrace()

	sub, err := w.watchMaxDeliveries(work, stream)
	if err != nil {
		return stats, err
	}
	defer sub.Unsubscribe()

	jobs := make(chan *job, w.Concurrency)
	done := make(chan *job, w.Concurrency)
	var idle idleState
	go w.read(ctx, cons, stream, jobs, &idle)
	var wg sync.WaitGroup
	for range w.Concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				w.process(work, j)
				done <- j
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()
	w.store(work, done, &stats, &idle)
	// Acks and naks are sent without waiting for an answer: make sure the
	// server has them before the caller closes the connection.
	if err := w.JS.Conn().FlushTimeout(5 * time.Second); err != nil {
		w.Logger.Warn("flush acknowledgements", "err", err)
	}
	return stats, nil
}

// idleState lets the reader see whether the rest of the worker holds items.
type idleState struct {
	mu   sync.Mutex
	held int
}

func (s *idleState) add(n int) {
	s.mu.Lock()
	s.held += n
	s.mu.Unlock()
}

func (s *idleState) empty() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.held == 0
}

// fetchWait is how long one pull request waits for messages (messages are
// taken on as they arrive; this only bounds the request). With UntilEmpty,
// an answer short of a batch makes the reader look whether the stream is
// empty, so it waits less.
const (
	fetchWait      = 500 * time.Millisecond
	fetchWaitEmpty = 100 * time.Millisecond
)

// read pulls messages one batch at a time, when the processors have room
// for more. Explicit pulls that expire (rather than a standing
// subscription) mean that once read returns, no pull request of this
// worker is left on the server: every message delivered to it has been
// received, and will be settled, so none waits out AckWait in a closed
// inbox.
func (w *Worker) read(ctx context.Context, cons jetstream.Consumer, stream jetstream.Stream, jobs chan<- *job, idle *idleState) {
	defer close(jobs)
	wait := fetchWait
	if w.UntilEmpty {
		wait = fetchWaitEmpty
	}
	for ctx.Err() == nil {
		batch, err := cons.Fetch(w.BatchSize, jetstream.FetchMaxWait(wait))
		if err != nil {
			w.Logger.Warn("fetch", "err", err)
			select {
			case <-time.After(fetchWait):
			case <-ctx.Done():
			}
			continue
		}
		n := 0
		for msg := range batch.Messages() {
			n++
			idle.add(1)
			jobs <- &job{msg: msg}
		}
		if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && ctx.Err() == nil {
			w.Logger.Warn("fetch", "err", err)
		}
		if n < w.BatchSize && w.UntilEmpty && idle.empty() && w.streamEmpty(ctx, stream) {
			w.Logger.Debug("the queue is empty")
			return
		}
	}
}

func (w *Worker) streamEmpty(ctx context.Context, stream jetstream.Stream) bool {
	info, err := stream.Info(ctx)
	if err != nil {
		w.Logger.Warn("stream info", "err", err)
		return false
	}
	return info.State.Msgs == 0
}

// process decodes, extracts and analyses one item.
func (w *Worker) process(ctx context.Context, j *job) {
	if md, err := j.msg.Metadata(); err == nil {
		j.attempts = md.NumDelivered
	}
	defer func() {
		// A bug on one input must not take the worker, and every item it
		// holds, down with it: the item goes to the dead letters.
		if r := recover(); r != nil {
			j.doc, j.dead = nil, true
			j.err = fmt.Errorf("panic: %v\n%s", r, debug.Stack())
		}
	}()
	it, err := Decode(j.msg.Data())
	if err != nil {
		j.err, j.dead = err, true
		return
	}
	j.source = it.Source
	a, err := ingest.Extract(it)
	if err != nil {
		j.err, j.dead = fmt.Errorf("extract: %w", err), true
		return
	}
	d, err := w.Pipeline.Process(ctx, a)
	if err != nil {
		// interrupted by shutdown: another worker will do it; otherwise the
		// analysers fail on this text and will fail again
		j.err, j.dead = err, ctx.Err() == nil
		return
	}
	j.doc = d
}

// store collects processed items into batches and settles their messages.
func (w *Worker) store(ctx context.Context, done <-chan *job, stats *Stats, idle *idleState) {
	var batch []*job
	flush := func() {
		if len(batch) > 0 {
			w.flush(ctx, batch, stats)
			idle.add(-len(batch))
			batch = batch[:0]
		}
	}
	timer := time.NewTimer(w.MaxDelay)
	defer timer.Stop()
	for {
		select {
		case j, ok := <-done:
			if !ok {
				flush()
				return
			}
			switch {
			case j.doc != nil:
				batch = append(batch, j)
				if len(batch) >= w.BatchSize {
					flush()
				}
			case j.dead:
				w.deadLetter(ctx, j.msg, j.source, j.err.Error(), stats)
				idle.add(-1)
			default: // interrupted
				w.handBack(j.msg, stats)
				idle.add(-1)
			}
		case <-timer.C:
			flush()
			timer.Reset(w.MaxDelay)
		}
	}
}

// flush stores a batch and settles its messages.
func (w *Worker) flush(ctx context.Context, batch []*job, stats *Stats) {
	docs := make([]*dossier.Document, len(batch))
	for i, j := range batch {
		docs[i] = j.doc
	}
	for wait := time.Second; ; wait = min(2*wait, time.Minute) {
		res, err := w.Store.AddDocuments(ctx, docs)
		if err == nil {
			w.acked(batch, res, stats)
			return
		}
		if ctx.Err() != nil {
			for _, j := range batch {
				w.handBack(j.msg, stats)
			}
			return
		}
		if _, perr := w.Store.CountDocuments(ctx); perr == nil {
			// The store works: some document of the batch is at fault.
			// Store them one by one to find it.
			w.Logger.Warn("store batch", "documents", len(batch), "err", err)
			w.singly(ctx, batch, stats)
			return
		}
		// The store is down. Keep the messages (extend their ack wait) and
		// try again: the items are not to blame.
		w.Logger.Error("store unavailable; retrying", "err", err, "in", wait)
		for _, j := range batch {
			_ = j.msg.InProgress()
		}
		select {
		case <-time.After(wait):
		case <-ctx.Done():
		}
	}
}

func (w *Worker) singly(ctx context.Context, batch []*job, stats *Stats) {
	for _, j := range batch {
		res, err := w.Store.AddDocuments(ctx, []*dossier.Document{j.doc})
		switch {
		case err == nil:
			w.acked([]*job{j}, res, stats)
		case ctx.Err() != nil:
			w.handBack(j.msg, stats)
		case j.attempts >= uint64(w.Config.MaxDeliver):
			w.deadLetter(ctx, j.msg, j.doc.Source, "store: "+err.Error(), stats)
		default:
			delay := w.Retry(j.attempts)
			w.Logger.Warn("store document; will retry", "source", j.doc.Source, "attempt", j.attempts, "in", delay, "err", err)
			if err := j.msg.NakWithDelay(delay); err != nil {
				w.Logger.Warn("nak", "err", err)
			}
			stats.Retried++
		}
	}
}

// acked acknowledges stored documents.
func (w *Worker) acked(batch []*job, res []dossier.AddResult, stats *Stats) {
	for i, j := range batch {
		if i < len(res) && res[i].Added {
			stats.Added++
			w.Logger.Debug("added", "id", j.doc.ID, "source", j.doc.Source)
		} else {
			stats.Present++
			w.Logger.Debug("already present", "id", j.doc.ID, "source", j.doc.Source)
		}
		// Were this ack lost, the item would come again and be found present.
		if err := j.msg.Ack(); err != nil {
			w.Logger.Warn("ack", "source", j.doc.Source, "err", err)
		}
	}
}

// handBack returns an unfinished message for another worker to take now.
func (w *Worker) handBack(msg jetstream.Msg, stats *Stats) {
	if err := msg.Nak(); err != nil {
		w.Logger.Warn("nak", "err", err)
	}
	stats.Returned++
}

// Headers of a dead letter.
const (
	HeaderReason     = "Dossier-Reason"
	HeaderDeliveries = "Dossier-Deliveries"
	HeaderSource     = "Dossier-Source"
	HeaderStreamSeq  = "Dossier-Stream-Seq"
)

// deadLetter publishes the message's item to the dead-letter subject with
// the reason, then terminates the message. Should the dead letter fail to
// publish, the message is handed back instead: nothing is dropped.
func (w *Worker) deadLetter(ctx context.Context, msg jetstream.Msg, source, reason string, stats *Stats) {
	var seq, deliveries uint64
	if md, err := msg.Metadata(); err == nil {
		seq, deliveries = md.Sequence.Stream, md.NumDelivered
	}
	if err := w.publishDead(ctx, msg.Data(), msg.Headers().Get(jetstream.MsgIDHeader), source, reason, seq, deliveries); err != nil {
		w.Logger.Error("dead letter", "source", source, "err", err)
		w.handBack(msg, stats)
		return
	}
	w.Logger.Warn("dead letter", "source", source, "reason", firstLine(reason))
	if err := msg.TermWithReason(firstLine(reason)); err != nil {
		w.Logger.Warn("term", "err", err)
	}
	stats.Dead++
}

func (w *Worker) publishDead(ctx context.Context, data []byte, id, source, reason string, seq, deliveries uint64) error {
	dead := nats.NewMsg(w.Config.DeadSubject)
	dead.Data = data
	dead.Header.Set(HeaderReason, headerValue(reason))
	dead.Header.Set(HeaderDeliveries, strconv.FormatUint(deliveries, 10))
	dead.Header.Set(HeaderStreamSeq, strconv.FormatUint(seq, 10))
	if source != "" {
		dead.Header.Set(HeaderSource, headerValue(source))
	}
	if id != "" {
		// the same item dead-lettered twice (by two workers, or around a
		// crash) is kept once
		dead.Header.Set(jetstream.MsgIDHeader, "dead-"+id)
	}
	_, err := w.JS.PublishMsg(ctx, dead)
	return err
}

// headerValue makes text fit one header line.
func headerValue(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 2000 {
		s = s[:2000]
	}
	return s
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// maxDeliveries is the advisory JetStream sends when a message was
// delivered MaxDeliver times without being acknowledged.
type maxDeliveries struct {
	StreamSeq  uint64 `json:"stream_seq"`
	Deliveries uint64 `json:"deliveries"`
}

// watchMaxDeliveries moves items that reached MaxDeliver without any
// worker settling them (each worker that took one died or stalled) to the
// dead letters: in a work-queue stream they would otherwise stay forever,
// undelivered. The workers share the job through a queue group.
func (w *Worker) watchMaxDeliveries(ctx context.Context, stream jetstream.Stream) (*nats.Subscription, error) {
	subject := "$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES." + w.Config.Stream + "." + w.Config.Consumer
	sub, err := w.JS.Conn().QueueSubscribe(subject, "dossier-dead-letters", func(m *nats.Msg) {
		var adv maxDeliveries
		if err := json.Unmarshal(m.Data, &adv); err != nil || adv.StreamSeq == 0 {
			return
		}
		raw, err := stream.GetMsg(ctx, adv.StreamSeq)
		if err != nil {
			return // settled meanwhile
		}
		source := ""
		if it, err := Decode(raw.Data); err == nil {
			source = it.Source
		}
		reason := fmt.Sprintf("delivered %d times and never acknowledged: every worker that took it stopped or ran out of time (AckWait %v)",
			adv.Deliveries, w.Config.AckWait)
		if err := w.publishDead(ctx, raw.Data, raw.Header.Get(jetstream.MsgIDHeader), source, reason, adv.StreamSeq, adv.Deliveries); err != nil {
			w.Logger.Error("dead letter", "seq", adv.StreamSeq, "err", err)
			return
		}
		w.Logger.Warn("dead letter", "source", source, "reason", reason)
		if err := stream.DeleteMsg(ctx, adv.StreamSeq); err != nil {
			w.Logger.Warn("delete dead item", "seq", adv.StreamSeq, "err", err)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("watch max deliveries: %w", err)
	}
	return sub, nil
}
