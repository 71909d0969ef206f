// Package queue spreads ingestion over machines with a NATS JetStream work
// queue: `dossier ingest --nats` publishes each input item (the raw file or
// record with its metadata) to a stream, and any number of `dossier worker`
// processes take items from one shared durable consumer, run the extraction
// pipeline and write the documents to the store.
//
// Delivery is at least once: a message is acknowledged only after the
// transaction that stores its document has committed, so a worker that dies
// loses nothing (JetStream delivers the message again once AckWait has
// passed), and a document delivered twice is stored once, because stores are
// idempotent by the hash of the text. Inputs that fail every time end on a
// dead-letter subject with the reason; the publisher waits while the stream
// holds as many items as it may (back-pressure).
package queue

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Config names the JetStream objects the queue uses and sets their limits.
// Zero values take the defaults; publishers and workers of one deployment
// must agree on the names.
type Config struct {
	Stream      string // work-queue stream; default "DOSSIER"
	Subject     string // subject items are published on; default "dossier.docs"
	DeadStream  string // stream that keeps dead letters; default "DOSSIER_DEAD"
	DeadSubject string // subject of dead letters; default "dossier.dead"
	Consumer    string // durable pull consumer the workers share; default "workers"

	// MaxQueued and MaxQueuedBytes bound what the stream holds: publishers
	// wait (and retry) while it is full. Defaults 10000 items, 1 GiB.
	MaxQueued      int64
	MaxQueuedBytes int64
	// AckWait is how long a worker may hold an item before it is given to
	// another (a worker that is still busy extends it). Default 2 minutes.
	AckWait time.Duration
	// MaxDeliver is how often an item is tried before it goes to the dead
	// letters. Default 5.
	MaxDeliver int
	// MaxAckPending bounds the items out with all workers together.
	// Default 1000.
	MaxAckPending int
	// Duplicates is the window in which a published item with the same
	// content is dropped as a duplicate. Default 10 minutes.
	Duplicates time.Duration
}

// Defaults of Config.
const (
	DefaultStream      = "DOSSIER"
	DefaultSubject     = "dossier.docs"
	DefaultDeadStream  = "DOSSIER_DEAD"
	DefaultDeadSubject = "dossier.dead"
	DefaultConsumer    = "workers"
)

// WithDefaults returns c with every zero value replaced by its default.
func (c Config) WithDefaults() Config {
	set := func(s *string, def string) {
		if *s == "" {
			*s = def
		}
	}
	set(&c.Stream, DefaultStream)
	set(&c.Subject, DefaultSubject)
	set(&c.DeadStream, DefaultDeadStream)
	set(&c.DeadSubject, DefaultDeadSubject)
	set(&c.Consumer, DefaultConsumer)
	if c.MaxQueued <= 0 {
		c.MaxQueued = 10000
	}
	if c.MaxQueuedBytes <= 0 {
		c.MaxQueuedBytes = 1 << 30
	}
	if c.AckWait <= 0 {
		c.AckWait = 2 * time.Minute
	}
	if c.MaxDeliver <= 0 {
		c.MaxDeliver = 5
	}
	if c.MaxAckPending <= 0 {
		c.MaxAckPending = 1000
	}
	if c.Duplicates <= 0 {
		c.Duplicates = 10 * time.Minute
	}
	return c
}

// SetupStreams creates the work-queue stream and the dead-letter stream,
// or brings their limits up to date.
func SetupStreams(ctx context.Context, js jetstream.JetStream, c Config) error {
	c = c.WithDefaults()
	_, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        c.Stream,
		Description: "dossier: input items waiting for a worker",
		Subjects:    []string{c.Subject},
		Retention:   jetstream.WorkQueuePolicy, // an item is gone once a worker acknowledged it
		Storage:     jetstream.FileStorage,
		MaxMsgs:     c.MaxQueued,
		MaxBytes:    c.MaxQueuedBytes,
		Discard:     jetstream.DiscardNew, // a full stream refuses, so the publisher waits
		Duplicates:  c.Duplicates,
	})
	if err != nil {
		return fmt.Errorf("stream %s: %w", c.Stream, err)
	}
	_, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        c.DeadStream,
		Description: "dossier: input items that failed every time, with the reason",
		Subjects:    []string{c.DeadSubject},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
		MaxBytes:    c.MaxQueuedBytes,
		Discard:     jetstream.DiscardOld,
		Duplicates:  c.Duplicates,
	})
	if err != nil {
		return fmt.Errorf("stream %s: %w", c.DeadStream, err)
	}
	return nil
}

// Setup creates the streams and the workers' durable consumer, or brings
// them up to date, and returns the consumer.
func Setup(ctx context.Context, js jetstream.JetStream, c Config) (jetstream.Consumer, error) {
	c = c.WithDefaults()
	if err := SetupStreams(ctx, js, c); err != nil {
		return nil, err
	}
	cons, err := js.CreateOrUpdateConsumer(ctx, c.Stream, jetstream.ConsumerConfig{
		Durable:       c.Consumer,
		Description:   "dossier workers",
		FilterSubject: c.Subject,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       c.AckWait,
		MaxDeliver:    c.MaxDeliver,
		MaxAckPending: c.MaxAckPending,
		DeliverPolicy: jetstream.DeliverAllPolicy,
	})
	if err != nil {
		return nil, fmt.Errorf("consumer %s: %w", c.Consumer, err)
	}
	return cons, nil
}

// Status is what the queue holds.
type Status struct {
	Queued  uint64 // items in the stream: waiting, or out with a worker
	Pending int    // items out with a worker, not yet acknowledged
	Dead    uint64 // dead letters kept
}

// Inspect reports how many items are queued, out with workers, and dead.
func Inspect(ctx context.Context, js jetstream.JetStream, c Config) (Status, error) {
	c = c.WithDefaults()
	var st Status
	s, err := js.Stream(ctx, c.Stream)
	if err != nil {
		return st, fmt.Errorf("stream %s: %w", c.Stream, err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		return st, fmt.Errorf("stream %s: %w", c.Stream, err)
	}
	st.Queued = info.State.Msgs
	cons, err := s.Consumer(ctx, c.Consumer)
	switch {
	case errors.Is(err, jetstream.ErrConsumerNotFound):
	case err != nil:
		return st, fmt.Errorf("consumer %s: %w", c.Consumer, err)
	default:
		ci, err := cons.Info(ctx)
		if err != nil {
			return st, fmt.Errorf("consumer %s: %w", c.Consumer, err)
		}
		st.Pending = ci.NumAckPending
	}
	dead, err := js.Stream(ctx, c.DeadStream)
	if err != nil {
		return st, fmt.Errorf("stream %s: %w", c.DeadStream, err)
	}
	dinfo, err := dead.Info(ctx)
	if err != nil {
		return st, fmt.Errorf("stream %s: %w", c.DeadStream, err)
	}
	st.Dead = dinfo.State.Msgs
	return st, nil
}
