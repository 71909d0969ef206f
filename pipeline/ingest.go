package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/ingest"
)

// DocumentAdder is the part of dossier.Store that ingest writes to.
type DocumentAdder interface {
	AddDocuments(ctx context.Context, docs []*dossier.Document) ([]dossier.AddResult, error)
}

// HashChecker is implemented by stores that can tell cheaply whether they
// hold a document, by the SHA-256 of its text (Document.Hash). Ingest then
// analyses only the documents the store lacks: re-reading a folder or feed
// costs the reading and segmentation of what is already stored, not its
// tagging, entities and events, which the store would discard.
type HashChecker interface {
	HasHash(ctx context.Context, hash string) (bool, error)
}

// counter is the part of dossier.Store that says whether a store is empty.
type counter interface {
	CountDocuments(ctx context.Context) (int, error)
}

// IngestOptions tunes a batch ingest.
type IngestOptions struct {
	Workers   int           // documents processed at once; default the number of CPUs
	BatchSize int           // documents per transaction; default 1024 (DefaultBatchSize)
	MaxDelay  time.Duration // longest a processed document waits for its batch; default 1s
	// Progress, when set, is called from one goroutine as inputs are read
	// (bytes read so far) and documents finished.
	Progress func(Progress)
	Logger   *slog.Logger
}

// DefaultBatchSize is the documents a transaction stores when
// IngestOptions says nothing. Every transaction pays for its commit, its
// search-index segment (merged later) and the aggregate's look-ups of what
// changed, so larger batches store faster: against 64, 256 raised the
// sentences per CPU-second of BenchmarkIngest/segment by 14% (de) and 19%
// (en), and 1024 against 256 cut the CPU time of bench ingest by a tenth
// (en; de, slower, mostly fills a batch in MaxDelay first): every index
// page a batch changes is written to the log once per commit, and half the
// page writes went. A crash loses at most one batch, which a re-run adds;
// MaxDelay still bounds how long a processed document waits.
const DefaultBatchSize = 1024

// Progress is a snapshot of a running ingest.
type Progress struct {
	BytesRead  int64
	Documents  int
	InputsRead int
}

// Summary says what an ingest did.
type Summary struct {
	Inputs int   `json:"inputs"`
	Bytes  int64 `json:"bytes"`
	Added  int   `json:"added"`
	// Sentences counts the sentences of the documents handed to the store
	// (added or already present): the unit of the throughput figures.
	Sentences int `json:"sentences"`
	// Events counts the events of the documents added (those already
	// present are not analysed again).
	Events   int           `json:"events"`
	Present  int           `json:"already_present"`
	Failed   int           `json:"failed"`
	Failures []Failure     `json:"failures"`
	Elapsed  time.Duration `json:"-"`
	Seconds  float64       `json:"seconds"`
}

// Failure is one input, or one record of an input, that could not be ingested.
type Failure struct {
	Path   string `json:"path"`
	Line   int    `json:"line,omitempty"`
	Reason string `json:"reason"`
}

func (f Failure) String() string {
	if f.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", f.Path, f.Line, f.Reason)
	}
	return fmt.Sprintf("%s: %s", f.Path, f.Reason)
}

func failureOf(err error) Failure {
	var ie *ingest.Error
	if errors.As(err, &ie) {
		return Failure{Path: ie.Path, Line: ie.Line, Reason: ie.Err.Error()}
	}
	return Failure{Reason: err.Error()}
}

type result struct {
	seq     int // the item's place in the input, so results are stored in input order
	doc     *dossier.Document
	present bool // doc is stored already; it was segmented, not analysed
	failure *Failure
}

// storedCheck returns the function that tells whether the store holds a
// document already, or nil when it cannot say or holds none: an empty
// store holds none of them, and documents are never deleted, so the look-up
// would only cost time.
func storedCheck(ctx context.Context, store DocumentAdder, log *slog.Logger) func(context.Context, string) bool {
	hc, ok := store.(HashChecker)
	if !ok {
		return nil
	}
	if c, ok := store.(counter); ok {
		if n, err := c.CountDocuments(ctx); err == nil && n == 0 {
			return nil
		}
	}
	return func(ctx context.Context, hash string) bool {
		has, err := hc.HasHash(ctx, hash)
		if err != nil {
			// analysed and offered to the store as it would be without
			// the check: the store decides
			log.Debug("stored-document check failed", "hash", hash, "err", err)
			return false
		}
		return has
	}
}

// Ingest reads the inputs, processes their articles concurrently and stores
// them in batches, one transaction each: a crash loses at most the batch in
// flight, never part of a document, and a re-run adds what is missing. Bad
// inputs are recorded in the summary and do not stop the others; an error is
// returned only when the store fails or ctx ends.
func (p *Pipeline) Ingest(ctx context.Context, store DocumentAdder, r *ingest.Reader, inputs []ingest.Input, opt IngestOptions) (Summary, error) {
	start := time.Now()
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = DefaultBatchSize
	}
	if opt.MaxDelay <= 0 {
		opt.MaxDelay = time.Second
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type work struct {
		seq  int
		item ingest.Item
		err  error
	}
	items := make(chan work, opt.Workers*stageGroup)
	results := make(chan result, opt.Workers*4)
	// Results are stored in input order, whatever the workers' timing, so
	// that the same input gives the same database (the first description
	// of an entity, search-index row ids). window bounds the items between
	// reading and storing, and so the results held back behind a slow one.
	window := make(chan struct{}, opt.Workers*64)
	var bytesRead atomic.Int64
	var inputsRead atomic.Int64

	go func() {
		defer close(items)
		seq := 0
		for _, in := range inputs {
			for it, err := range r.Items(ctx, in) {
				select {
				case window <- struct{}{}:
				case <-ctx.Done():
					return
				}
				select {
				case items <- work{seq, it, err}:
					seq++
				case <-ctx.Done():
					return
				}
			}
			if in.Size > 0 {
				bytesRead.Add(in.Size)
			}
			inputsRead.Add(1)
		}
	}()

	stored := storedCheck(ctx, store, opt.Logger)
	var wg sync.WaitGroup
	for range opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			group := make([]groupItem, 0, stageGroup)
			res := make([]result, 0, stageGroup)
			for w := range items {
				// The items already waiting join the first, up to a fair
				// share of them, so that a short input still keeps every
				// worker busy.
				group = append(group[:0], groupItem{w.item, w.err})
				seqs := [stageGroup]int{w.seq}
				want := min(stageGroup, 1+len(items)/opt.Workers)
			drain:
				for len(group) < want {
					select {
					case w, ok := <-items:
						if !ok {
							break drain
						}
						seqs[len(group)] = w.seq
						group = append(group, groupItem{w.item, w.err})
					default:
						break drain
					}
				}
				res = p.processGroup(ctx, group, stored, res[:0])
				for i := range res {
					res[i].seq = seqs[i]
					select {
					case results <- res[i]:
					case <-ctx.Done():
						return
					}
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	sum := Summary{Inputs: len(inputs), Failures: []Failure{}}
	// An interrupted ingest reports what it read and how long it took
	// too: its summary is what the user is told was kept.
	end := func(err error) (Summary, error) {
		sum.Bytes = bytesRead.Load()
		sum.Elapsed = time.Since(start)
		sum.Seconds = sum.Elapsed.Seconds()
		return sum, err
	}
	var batch []*dossier.Document
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		res, err := store.AddDocuments(ctx, batch)
		if err != nil {
			return fmt.Errorf("store %d documents: %w", len(batch), err)
		}
		for _, d := range batch {
			sum.Sentences += len(d.Sentences)
		}
		for i, r := range res {
			if r.Added {
				sum.Added++
				sum.Events += len(batch[i].Events)
				opt.Logger.Debug("added", "id", r.ID, "source", batch[i].Source)
			} else {
				sum.Present++
				opt.Logger.Debug("already present", "id", r.ID, "source", batch[i].Source)
			}
		}
		batch = batch[:0]
		return nil
	}
	timer := time.NewTimer(opt.MaxDelay)
	defer timer.Stop()
	docs := 0
	report := func() {
		if opt.Progress != nil {
			opt.Progress(Progress{BytesRead: bytesRead.Load(), Documents: docs, InputsRead: int(inputsRead.Load())})
		}
	}
	handle := func(res result) error {
		docs++
		if res.failure != nil {
			sum.Failed++
			sum.Failures = append(sum.Failures, *res.failure)
			opt.Logger.Debug("failed", "input", res.failure.String())
		} else if res.present {
			sum.Present++
			sum.Sentences += len(res.doc.Sentences)
			opt.Logger.Debug("already present", "id", res.doc.ID, "source", res.doc.Source)
		} else {
			batch = append(batch, res.doc)
			if len(batch) >= opt.BatchSize {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		report()
		return nil
	}
	pending := map[int]result{}
	next := 0
loop:
	for {
		select {
		case res, ok := <-results:
			if !ok {
				break loop
			}
			pending[res.seq] = res
			for {
				r, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				<-window
				if err := handle(r); err != nil {
					return end(err)
				}
			}
		case <-timer.C:
			if err := flush(); err != nil {
				return end(err)
			}
			timer.Reset(opt.MaxDelay)
		case <-ctx.Done():
			return end(ctx.Err())
		}
	}
	if err := ctx.Err(); err != nil {
		return end(err)
	}
	if err := flush(); err != nil {
		return end(err)
	}
	report()
	return end(nil)
}

// stageGroup is the most documents a worker analyses together, stage by
// stage: each stage runs over all of them before the next begins, so that
// its tables (the tagger's weights and memo, the recogniser's, the event
// lexicons) are still in the cache from the document before, instead of
// evicted by the other stages in between. Every stage works on one document
// at a time and keeps nothing from one to the next that changes its
// output (it cannot: the workers already interleave documents in any
// order), so the documents come out as one by one. The group's documents
// are held at once; news articles are small.
const stageGroup = 16

// groupItem is an item read for processGroup, or the error reading it.
type groupItem struct {
	item ingest.Item
	err  error
}

// processGroup extracts and processes a group of items, each analyser
// over all of them before the next, and appends their results, in the
// order of the items, to out. stored, when not nil, tells which documents
// need no analysis.
func (p *Pipeline) processGroup(ctx context.Context, group []groupItem, stored func(context.Context, string) bool, out []result) []result {
	first := len(out)
	for _, g := range group {
		out = append(out, p.prepareItem(ctx, g.item, g.err, stored))
	}
	res := out[first:]
	for _, an := range p.analyzers {
		for i := range res {
			r := &res[i]
			if r.failure != nil || r.present {
				continue
			}
			if err := ctx.Err(); err != nil {
				*r = group[i].fail(err)
			} else if err := analyzeGuarded(ctx, an, r.doc); err != nil {
				*r = group[i].fail(fmt.Errorf("analyse %s: %w", r.doc.Source, err))
			}
		}
	}
	return out
}

// fail is the result of an item that failed with err.
func (g groupItem) fail(err error) result {
	f := failureOf(err)
	if f.Path == "" {
		f.Path, f.Line = g.item.Path, g.item.Line
	}
	return result{failure: &f}
}

// prepareItem extracts and segments one item: its result is final when
// it failed or is stored already, else its document awaits the analysers.
func (p *Pipeline) prepareItem(ctx context.Context, it ingest.Item, err error, stored func(context.Context, string) bool) result {
	g := groupItem{it, err}
	if err != nil {
		return g.fail(err)
	}
	a, err := ingest.Extract(it)
	if err != nil {
		return g.fail(err)
	}
	if err := p.checkLanguage(a); err != nil {
		return g.fail(err)
	}
	d := p.segment(a)
	if stored != nil && stored(ctx, d.Hash) {
		return result{doc: d, present: true}
	}
	return result{doc: d}
}
