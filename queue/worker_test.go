package queue_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/ingest"
	"github.com/dossier-news/dossier/pipeline"
	"github.com/dossier-news/dossier/queue"
	"github.com/dossier-news/dossier/queue/queuetest"
)

// connect starts a server and returns a JetStream client of it.
func connect(t *testing.T) jetstream.JetStream {
	t.Helper()
	srv := queuetest.Server(t)
	nc, err := nats.Connect(srv.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	js, err := jetstream.New(nc, jetstream.WithPublishAsyncTimeout(10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	return js
}

// memStore is a store in memory, unique by hash, with faults to order.
type memStore struct {
	mu     sync.Mutex
	docs   map[string]*dossier.Document
	adds   int
	reject func(*dossier.Document) error // refuses a document (the store works)
	down   atomic.Bool                   // every call fails
}

func newMemStore() *memStore { return &memStore{docs: map[string]*dossier.Document{}} }

var errDown = errors.New("connection refused")

func (s *memStore) AddDocuments(ctx context.Context, docs []*dossier.Document) ([]dossier.AddResult, error) {
	if s.down.Load() {
		return nil, errDown
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, d := range docs {
		if s.reject != nil {
			if err := s.reject(d); err != nil {
				return nil, err // the whole batch, as in a transaction
			}
		}
	}
	res := make([]dossier.AddResult, len(docs))
	for i, d := range docs {
		res[i].ID = d.ID
		if _, ok := s.docs[d.Hash]; !ok {
			s.docs[d.Hash] = d
			res[i].Added = true
		}
	}
	s.adds++
	return res, nil
}

func (s *memStore) CountDocuments(context.Context) (int, error) {
	if s.down.Load() {
		return 0, errDown
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.docs), nil
}

func item(i int) ingest.Item {
	return ingest.Item{Source: fmt.Sprintf("doc%03d.txt", i), Path: fmt.Sprintf("in/doc%03d.txt", i), Format: ingest.FormatText,
		Body: []byte(fmt.Sprintf("Bericht %d\nDie Delegation %d reiste am Montag nach Pjöngjang. Dort traf sie Vertreter der Regierung.", i, i))}
}

func publish(t *testing.T, js jetstream.JetStream, cfg queue.Config, items ...ingest.Item) queue.PublishStats {
	t.Helper()
	ctx := context.Background()
	if err := queue.SetupStreams(ctx, js, cfg); err != nil {
		t.Fatal(err)
	}
	p := queue.NewPublisher(js, cfg, 16)
	for _, it := range items {
		if err := p.Publish(ctx, it); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	return p.Stats()
}

func worker(js jetstream.JetStream, cfg queue.Config, store queue.Store, proc queue.Processor) *queue.Worker {
	if proc == nil {
		proc = pipeline.New([]string{"de", "en"}, nil)
	}
	return &queue.Worker{JS: js, Config: cfg, Pipeline: proc, Store: store, Concurrency: 2, BatchSize: 8,
		MaxDelay: 50 * time.Millisecond, UntilEmpty: true, Retry: func(uint64) time.Duration { return 20 * time.Millisecond }}
}

func runWorker(t *testing.T, w *queue.Worker, timeout time.Duration) queue.Stats {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	st, err := w.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if ctx.Err() != nil {
		t.Fatalf("the worker did not finish within %v: %+v", timeout, st)
	}
	return st
}

func status(t *testing.T, js jetstream.JetStream, cfg queue.Config) queue.Status {
	t.Helper()
	st, err := queue.Inspect(context.Background(), js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func deadLetters(t *testing.T, js jetstream.JetStream, cfg queue.Config) []jetstream.Msg {
	t.Helper()
	ctx := context.Background()
	cfg = cfg.WithDefaults()
	cons, err := js.CreateOrUpdateConsumer(ctx, cfg.DeadStream, jetstream.ConsumerConfig{AckPolicy: jetstream.AckNonePolicy})
	if err != nil {
		t.Fatal(err)
	}
	batch, err := cons.FetchNoWait(100)
	if err != nil {
		t.Fatal(err)
	}
	var out []jetstream.Msg
	for m := range batch.Messages() {
		out = append(out, m)
	}
	return out
}

func TestTwoWorkersStoreEachItemOnce(t *testing.T) {
	js := connect(t)
	cfg := queue.Config{}
	var items []ingest.Item
	for i := range 60 {
		items = append(items, item(i))
	}
	// the same text from another file: a second message, one document
	copyOf := item(3)
	copyOf.Source, copyOf.Path = "copy.txt", "in/copy.txt"
	items = append(items, copyOf, item(5)) // and item 5 published twice: dropped by JetStream
	ps := publish(t, js, cfg, items...)
	if ps.Queued != 61 || ps.Duplicates != 1 {
		t.Errorf("publish stats = %+v, want 61 queued, 1 duplicate", ps)
	}
	store := newMemStore()
	var wg sync.WaitGroup
	stats := make([]queue.Stats, 2)
	for i := range stats {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stats[i] = runWorker(t, worker(js, cfg, store, nil), 30*time.Second)
		}()
	}
	wg.Wait()
	if n, _ := store.CountDocuments(context.Background()); n != 60 {
		t.Errorf("%d documents stored, want 60", n)
	}
	added := stats[0].Added + stats[1].Added
	present := stats[0].Present + stats[1].Present
	if added != 60 || present != 1 || stats[0].Dead+stats[1].Dead != 0 {
		t.Errorf("stats = %+v and %+v: want 60 added, 1 present (the copy), none dead", stats[0], stats[1])
	}
	if stats[0].Added == 0 || stats[1].Added == 0 {
		t.Logf("one worker did all the work: %+v, %+v", stats[0], stats[1])
	}
	if st := status(t, js, cfg); st.Queued != 0 || st.Pending != 0 || st.Dead != 0 {
		t.Errorf("queue after the run: %+v, want empty", st)
	}
}

func TestBadInputsGoToDeadLetters(t *testing.T) {
	js := connect(t)
	cfg := queue.Config{}
	binary := ingest.Item{Source: "binary.txt", Format: ingest.FormatText, Body: []byte("PK\x03\x04\x00\x00\x00binary")}
	publish(t, js, cfg, item(1), binary, item(2))
	// a message that is not an item at all
	if _, err := js.Publish(context.Background(), queue.DefaultSubject, []byte("hello")); err != nil {
		t.Fatal(err)
	}
	store := newMemStore()
	st := runWorker(t, worker(js, cfg, store, nil), 30*time.Second)
	if st.Added != 2 || st.Dead != 2 || st.Retried != 0 {
		t.Errorf("stats = %+v, want 2 added, 2 dead, no retries (bad input does not improve)", st)
	}
	dead := deadLetters(t, js, cfg)
	if len(dead) != 2 {
		t.Fatalf("%d dead letters, want 2", len(dead))
	}
	reasons := map[string]string{}
	for _, m := range dead {
		reasons[m.Headers().Get(queue.HeaderSource)] = m.Headers().Get(queue.HeaderReason)
		if m.Headers().Get(queue.HeaderDeliveries) != "1" {
			t.Errorf("dead letter after %s deliveries, want 1", m.Headers().Get(queue.HeaderDeliveries))
		}
	}
	if r := reasons["binary.txt"]; !strings.Contains(r, "binary") {
		t.Errorf("reason for binary.txt = %q", r)
	}
	if r := reasons[""]; !strings.Contains(r, "not a dossier item") {
		t.Errorf("reason for the stray message = %q", r)
	}
	if st := status(t, js, cfg); st.Queued != 0 || st.Dead != 2 {
		t.Errorf("queue: %+v", st)
	}
}

func TestRefusedDocumentIsRetriedThenDeadLettered(t *testing.T) {
	js := connect(t)
	cfg := queue.Config{MaxDeliver: 3}
	poison := item(7)
	store := newMemStore()
	store.reject = func(d *dossier.Document) error {
		if d.Source == poison.Source {
			return errors.New("value too long for column")
		}
		return nil
	}
	var items []ingest.Item
	for i := range 20 {
		items = append(items, item(i))
	}
	publish(t, js, cfg, items...)
	st := runWorker(t, worker(js, cfg, store, nil), 30*time.Second)
	if st.Added != 19 || st.Dead != 1 || st.Retried != 2 {
		t.Errorf("stats = %+v, want 19 added, 2 retries and then 1 dead", st)
	}
	dead := deadLetters(t, js, cfg)
	if len(dead) != 1 {
		t.Fatalf("%d dead letters, want 1", len(dead))
	}
	h := dead[0].Headers()
	if h.Get(queue.HeaderSource) != poison.Source || h.Get(queue.HeaderDeliveries) != "3" || !strings.Contains(h.Get(queue.HeaderReason), "value too long") {
		t.Errorf("dead letter headers = %v", h)
	}
	it, err := queue.Decode(dead[0].Data())
	if err != nil || string(it.Body) != string(poison.Body) {
		t.Errorf("the dead letter does not carry the item: %v", err)
	}
}

func TestStoreDownWaitsInsteadOfRetrying(t *testing.T) {
	js := connect(t)
	cfg := queue.Config{MaxDeliver: 2}
	var items []ingest.Item
	for i := range 12 {
		items = append(items, item(i))
	}
	publish(t, js, cfg, items...)
	store := newMemStore()
	store.down.Store(true)
	time.AfterFunc(1500*time.Millisecond, func() { store.down.Store(false) })
	st := runWorker(t, worker(js, cfg, store, nil), 30*time.Second)
	if st.Added != 12 || st.Dead != 0 || st.Retried != 0 {
		t.Errorf("stats = %+v: an outage of the store must cost no deliveries", st)
	}
}

func TestPublisherWaitsWhileTheStreamIsFull(t *testing.T) {
	js := connect(t)
	cfg := queue.Config{MaxQueued: 5}
	ctx := context.Background()
	if err := queue.SetupStreams(ctx, js, cfg); err != nil {
		t.Fatal(err)
	}
	store := newMemStore()
	w := worker(js, cfg, store, nil)
	w.UntilEmpty = false
	wctx, stop := context.WithCancel(ctx)
	done := make(chan queue.Stats)
	go func() {
		st, err := w.Run(wctx)
		if err != nil {
			t.Error(err)
		}
		done <- st
	}()
	p := queue.NewPublisher(js, cfg, 4)
	p.MaxWait = 100 * time.Millisecond
	for i := range 40 {
		if err := p.Publish(ctx, item(i)); err != nil {
			t.Fatal(err)
		}
		if n := status(t, js, cfg).Queued; n > 5 {
			t.Fatalf("the stream holds %d items, over its limit of 5", n)
		}
	}
	if err := p.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if n, _ := store.CountDocuments(ctx); n == 40 {
			break
		}
	}
	stop()
	<-done
	if n, _ := store.CountDocuments(ctx); n != 40 {
		t.Errorf("%d documents stored, want 40", n)
	}
	if ps := p.Stats(); ps.Queued != 40 || ps.Waits == 0 {
		t.Errorf("publish stats = %+v: want 40 queued after waiting for room", ps)
	}
}

// slowProcessor takes its time, so that a shutdown finds items in flight.
type slowProcessor struct {
	pipeline.Pipeline
	delay time.Duration
}

func (p *slowProcessor) Process(ctx context.Context, a ingest.Article) (*dossier.Document, error) {
	select {
	case <-time.After(p.delay):
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return p.Pipeline.Process(ctx, a)
}

func TestShutdownFinishesOrHandsBack(t *testing.T) {
	for _, grace := range []time.Duration{5 * time.Second, time.Millisecond} {
		t.Run(fmt.Sprint("grace ", grace), func(t *testing.T) {
			js := connect(t)
			cfg := queue.Config{AckWait: time.Minute} // a message left dangling would hold up the second worker
			var items []ingest.Item
			for i := range 40 {
				items = append(items, item(i))
			}
			publish(t, js, cfg, items...)
			store := newMemStore()
			w := worker(js, cfg, store, &slowProcessor{*pipeline.New([]string{"de"}, nil), 30 * time.Millisecond})
			w.UntilEmpty, w.Grace = false, grace
			ctx, stop := context.WithCancel(context.Background())
			time.AfterFunc(300*time.Millisecond, stop)
			start := time.Now()
			st, err := w.Run(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if el := time.Since(start); el > 300*time.Millisecond+grace+2*time.Second {
				t.Errorf("shutdown took %v", el)
			}
			stored, _ := store.CountDocuments(context.Background())
			// acknowledgements take effect on the server shortly after
			q := status(t, js, cfg)
			for deadline := time.Now().Add(3 * time.Second); time.Now().Before(deadline) && stored+int(q.Queued) != 40; time.Sleep(20 * time.Millisecond) {
				q = status(t, js, cfg)
			}
			if stored+int(q.Queued) != 40 || stored != st.Added {
				t.Errorf("stored %d + queued %d != 40 (stats %+v)", stored, q.Queued, st)
			}
			if stored == 0 || stored == 40 {
				t.Errorf("stored %d: the shutdown did not come mid-run", stored)
			}
			if grace < time.Second && st.Returned == 0 {
				t.Errorf("with no grace, nothing was handed back: %+v", st)
			}
			// Another worker finishes the rest, well within AckWait: nothing
			// the first one held is waiting out its ack time.
			st2 := runWorker(t, worker(js, cfg, store, nil), 30*time.Second)
			if n, _ := store.CountDocuments(context.Background()); n != 40 || st2.Added != 40-stored {
				t.Errorf("after the second worker: %d stored, stats %+v", n, st2)
			}
		})
	}
}

// TestUnsettledItemsReachDeadLetters: an item whose every delivery ends
// with the worker gone (here: fetched and never settled) is moved to the
// dead letters once JetStream gives up on it.
func TestUnsettledItemsReachDeadLetters(t *testing.T) {
	js := connect(t)
	cfg := queue.Config{MaxDeliver: 2, AckWait: 300 * time.Millisecond}
	publish(t, js, cfg, item(1))
	ctx := context.Background()
	cons, err := queue.Setup(ctx, js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		b, err := cons.Fetch(1, jetstream.FetchMaxWait(2*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for range b.Messages() {
			n++ // and "crash": no ack
		}
		if n != 1 {
			t.Fatalf("fetched %d messages, want 1", n)
		}
	}
	store := newMemStore()
	st := runWorker(t, worker(js, cfg, store, nil), 20*time.Second)
	if st.Added != 0 {
		t.Errorf("stats = %+v: the item was delivered a third time", st)
	}
	dead := deadLetters(t, js, cfg)
	if len(dead) != 1 || !strings.Contains(dead[0].Headers().Get(queue.HeaderReason), "never acknowledged") ||
		dead[0].Headers().Get(queue.HeaderSource) != "doc001.txt" {
		t.Fatalf("dead letters = %d %v", len(dead), dead)
	}
}

// BenchmarkQueue measures the queue's own cost per item: encode, publish,
// fetch, decode, extract, segment, store in memory and acknowledge, with
// no analysers, through an embedded server on loopback.
func BenchmarkQueue(b *testing.B) {
	srv := queuetest.Server(b)
	nc, err := nats.Connect(srv.ClientURL())
	if err != nil {
		b.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	cfg := queue.Config{}
	if err := queue.SetupStreams(ctx, js, cfg); err != nil {
		b.Fatal(err)
	}
	const perRound = 2000
	b.ReportAllocs()
	round := 0
	for b.Loop() {
		p := queue.NewPublisher(js, cfg, 0)
		var size int64
		for i := range perRound {
			it := item(round*perRound + i)
			size += int64(len(it.Body))
			if err := p.Publish(ctx, it); err != nil {
				b.Fatal(err)
			}
		}
		if err := p.Flush(ctx); err != nil {
			b.Fatal(err)
		}
		round++
		b.SetBytes(size)
		store := newMemStore()
		w := worker(js, cfg, store, nil)
		w.BatchSize, w.MaxDelay = 64, 10*time.Millisecond
		if st, err := w.Run(ctx); err != nil || st.Added != perRound {
			b.Fatalf("stats %+v, %v", st, err)
		}
	}
	b.ReportMetric(float64(b.N*perRound)/b.Elapsed().Seconds(), "items/s")
}
