package queue

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dossier-news/dossier/ingest"
)

// Publisher puts items on the work queue. It publishes asynchronously, a
// window of messages at a time, and waits for the stream to acknowledge
// each window: an item counts as queued once JetStream has stored it. While
// the stream is full (it refuses new messages beyond its limits) the
// publisher waits and tries again, so a fast reader cannot bury slow
// workers. It is not safe for concurrent use.
type Publisher struct {
	js      jetstream.JetStream
	cfg     Config
	window  int
	pending []inflight
	stats   PublishStats
	// MaxWait is the longest pause between two tries while the stream is
	// full; the pause doubles from 50 ms up to it. Default 2 s.
	MaxWait time.Duration
}

type inflight struct {
	msg    *nats.Msg
	future jetstream.PubAckFuture
}

// PublishStats counts what a publisher did.
type PublishStats struct {
	Queued     int `json:"queued"`
	Duplicates int `json:"already_queued"` // dropped by JetStream as published before
	Waits      int `json:"waits"`          // pauses because the stream was full
}

// NewPublisher returns a publisher that keeps up to window messages
// unacknowledged (default 256).
func NewPublisher(js jetstream.JetStream, cfg Config, window int) *Publisher {
	if window <= 0 {
		window = 256
	}
	return &Publisher{js: js, cfg: cfg.WithDefaults(), window: window, MaxWait: 2 * time.Second}
}

// Stats returns what the publisher did so far.
func (p *Publisher) Stats() PublishStats { return p.stats }

// ErrTooLarge is returned for an item whose message exceeds what the NATS
// server accepts.
var ErrTooLarge = errors.New("too large for the queue")

// ItemError is a failure to queue one item, which leaves the publisher
// usable for the others.
type ItemError struct {
	Source string
	Err    error
}

func (e *ItemError) Error() string { return e.Source + ": " + e.Err.Error() }
func (e *ItemError) Unwrap() error { return e.Err }

// Publish queues an item. An *ItemError concerns the item alone (it is too
// large, or its format cannot be queued) and leaves the publisher usable;
// any other error comes from the stream and ends publishing.
func (p *Publisher) Publish(ctx context.Context, it ingest.Item) error {
	data, id, err := Encode(it)
	if err != nil {
		return &ItemError{it.Source, err}
	}
	if max := p.js.Conn().MaxPayload(); max > 0 && int64(len(data)) > max-1024 {
		return &ItemError{it.Source, fmt.Errorf("%w (%d bytes compressed; the NATS server's max_payload is %d)", ErrTooLarge, len(data), max)}
	}
	msg := nats.NewMsg(p.cfg.Subject)
	msg.Data = data
	msg.Header.Set(jetstream.MsgIDHeader, id)
	if err := p.send(ctx, msg); err != nil {
		return err
	}
	if len(p.pending) >= p.window {
		return p.settle(ctx)
	}
	return nil
}

// Flush waits until every published item is stored by the stream.
func (p *Publisher) Flush(ctx context.Context) error { return p.settle(ctx) }

func (p *Publisher) send(ctx context.Context, msg *nats.Msg) error {
	f, err := p.js.PublishMsgAsync(msg)
	if err != nil {
		// too many stalled messages: settle what is out, then try once more
		if serr := p.settle(ctx); serr != nil {
			return serr
		}
		if f, err = p.js.PublishMsgAsync(msg); err != nil {
			return fmt.Errorf("publish: %w", err)
		}
	}
	p.pending = append(p.pending, inflight{msg, f})
	return nil
}

// settle waits for the acknowledgements of the pending window; messages
// the stream refused for being full, or whose acknowledgement did not
// come, are published again after a pause (an id JetStream saw before is
// dropped as a duplicate, so a lost acknowledgement doubles nothing).
func (p *Publisher) settle(ctx context.Context) error {
	wait := 50 * time.Millisecond
	for len(p.pending) > 0 {
		var again []*nats.Msg
		var full bool
		for _, in := range p.pending {
			select {
			case ack := <-in.future.Ok():
				if ack.Duplicate {
					p.stats.Duplicates++
				} else {
					p.stats.Queued++
				}
			case err := <-in.future.Err():
				switch {
				case isFull(err):
					full = true
					again = append(again, in.msg)
				case transient(err):
					again = append(again, in.msg)
				default:
					p.pending = nil
					return fmt.Errorf("publish to %s: %w", p.cfg.Subject, err)
				}
			case <-ctx.Done():
				p.pending = nil
				return ctx.Err()
			}
		}
		p.pending = p.pending[:0]
		if len(again) == 0 {
			return nil
		}
		if full {
			p.stats.Waits++
		}
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return ctx.Err()
		}
		wait = min(2*wait, p.MaxWait)
		for _, m := range again {
			if err := p.send(ctx, m); err != nil {
				return err
			}
		}
	}
	return nil
}

// streamStoreFailed is JetStream's error code for a message the stream
// could not store; with the discard-new policy, because a limit is reached.
const streamStoreFailed = 10077

// isFull reports the refusal of a stream at its limits.
func isFull(err error) bool {
	var apiErr *jetstream.APIError
	return errors.As(err, &apiErr) && apiErr.ErrorCode == streamStoreFailed
}

// transient reports errors that another try may not have: no
// acknowledgement in time, no stream listening yet (a server restarting).
func transient(err error) bool {
	return errors.Is(err, nats.ErrTimeout) || errors.Is(err, context.DeadlineExceeded) ||
		errors.Is(err, nats.ErrNoResponders) || errors.Is(err, jetstream.ErrNoStreamResponse) ||
		errors.Is(err, jetstream.ErrAsyncPublishTimeout)
}
