package main

import (
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progressEvery is how often a long command writes a progress line when
// standard error is not a terminal: a log of a run that takes minutes
// shows it is alive and how far it is, without a line per document.
const progressEvery = 10 * time.Second

// reporter tells on standard error how far a long command has come: a bar
// on a terminal, else a line every progressEvery (none for a run shorter
// than that). Standard output gets nothing: scripts parse its last line.
// A reporter is used from one goroutine.
type reporter struct {
	w     io.Writer
	what  string // "eval events", "ingest"
	unit  string // "records", "documents"
	total int    // 0 when not known
	bar   *progressbar.ProgressBar
	every time.Duration
	now   func() time.Time
	start time.Time
	next  time.Time // when the next line is due
	done  int
}

// reporter returns a reporter for a command over total units (0: not
// known), or one that says nothing when quiet.
func (a *app) reporter(what, unit string, total int, quiet bool) *reporter {
	r := &reporter{w: a.stderr, what: what, unit: unit, total: total, every: progressEvery, now: time.Now}
	if quiet {
		r.w = nil
	} else if a.isTerminal() {
		n := -1 // a spinner: how many there are is not known
		if total > 0 {
			n = total
		}
		r.bar = progressbar.NewOptions(n,
			progressbar.OptionSetWriter(a.stderr),
			progressbar.OptionSetDescription(what),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString(unit),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionSetRenderBlankState(true),
		)
	}
	r.start = r.now()
	r.next = r.start.Add(r.every)
	return r
}

// begin starts the clock again when the work proper begins: the bar is
// drawn while models load, but their seconds would make the rate and the
// time left wrong.
func (r *reporter) begin() {
	r.start = r.now()
	r.next = r.start.Add(r.every)
	if r.bar != nil {
		r.bar.Reset()
	}
}

// set records that n units are done.
func (r *reporter) set(n int) {
	r.done = n
	switch {
	case r.w == nil:
	case r.bar != nil:
		if r.total > 0 && n > r.total {
			r.total = n
			r.bar.ChangeMax(n)
		}
		_ = r.bar.Set(n)
	default:
		if now := r.now(); !now.Before(r.next) {
			r.next = now.Add(r.every)
			fmt.Fprintf(r.w, "dossier: %s: %s\n", r.what, r.status(now))
		}
	}
}

// add records that one more unit is done.
func (r *reporter) add() { r.set(r.done + 1) }

// status is the progress line without its prefix: done of total, the
// share, the time taken and, once a tenth is done, the time left.
func (r *reporter) status(now time.Time) string {
	took := now.Sub(r.start)
	if r.total <= 0 {
		return fmt.Sprintf("%d %s, %s", r.done, r.unit, took.Round(time.Second))
	}
	s := fmt.Sprintf("%d of %d %s (%d%%), %s", r.done, r.total, r.unit, 100*r.done/r.total, took.Round(time.Second))
	if r.done*10 >= r.total && r.done < r.total {
		left := time.Duration(float64(took) * float64(r.total-r.done) / float64(r.done))
		s += fmt.Sprintf(", about %s left", left.Round(time.Second))
	}
	return s
}

// finish clears the bar, so that what follows starts on a clean line. It
// may be called more than once: the bar is cleared once.
func (r *reporter) finish() {
	if r.bar != nil {
		_ = r.bar.Finish()
		r.bar, r.w = nil, nil
	}
}
