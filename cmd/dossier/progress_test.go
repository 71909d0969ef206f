package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/dossier-news/dossier/pipeline"
)

// TestReporterLines checks the progress lines written off a terminal: none
// for a run shorter than the interval, then one per interval with done,
// total, share and (from a tenth on) the time left; none when quiet.
func TestReporterLines(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	type step struct {
		at   time.Duration // since the start
		done int
	}
	tests := []struct {
		name  string
		total int
		quiet bool
		steps []step
		want  []string
	}{
		{"short run", 100, false, []step{{time.Second, 10}, {9 * time.Second, 100}}, nil},
		{"one line per interval", 100, false,
			[]step{{5 * time.Second, 5}, {10 * time.Second, 20}, {12 * time.Second, 30}, {21 * time.Second, 40}, {25 * time.Second, 50}},
			[]string{
				"dossier: eval events: 20 of 100 records (20%), 10s, about 40s left",
				"dossier: eval events: 40 of 100 records (40%), 21s, about 32s left",
			}},
		{"too early to tell the time left", 1000, false, []step{{10 * time.Second, 50}},
			[]string{"dossier: eval events: 50 of 1000 records (5%), 10s"}},
		{"total not known", 0, false, []step{{11 * time.Second, 7}}, []string{"dossier: eval events: 7 records, 11s"}},
		{"quiet", 100, true, []step{{30 * time.Second, 50}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var errb bytes.Buffer
			now := t0
			a := &app{stderr: &errb}
			r := a.reporter("eval events", "records", tt.total, tt.quiet)
			// the clock is the test's: the reporter started at t0
			r.now = func() time.Time { return now }
			r.start, r.next = t0, t0.Add(r.every)
			for _, s := range tt.steps {
				now = t0.Add(s.at)
				r.set(s.done)
			}
			r.finish()
			var got []string
			if s := strings.TrimSpace(errb.String()); s != "" {
				got = strings.Split(s, "\n")
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestPrintSummary checks the line that ends an ingest, which tests and
// scripts match by its start: sizes for people, sentences and events only
// when documents were stored or found, the rate only when there is one.
func TestPrintSummary(t *testing.T) {
	tests := []struct {
		name string
		sum  pipeline.Summary
		want string
	}{
		{"stored", pipeline.Summary{Inputs: 4, Bytes: 14400, Added: 4, Sentences: 109, Events: 40, Elapsed: 2 * time.Second},
			"added 4, already present 0, failed 0 (4 inputs, 14.4 KB, 109 sentences, 40 new events in 2.00s, 7.2 KB/s)\n"},
		{"one of each", pipeline.Summary{Inputs: 1, Bytes: 800, Added: 1, Sentences: 1, Events: 1, Elapsed: time.Second},
			"added 1, already present 0, failed 0 (1 input, 800 bytes, 1 sentence, 1 new event in 1.00s, 800 bytes/s)\n"},
		{"interrupted before an input was read whole", pipeline.Summary{Inputs: 1, Added: 469, Sentences: 10055, Events: 363, Elapsed: 16 * time.Second},
			"added 469, already present 0, failed 0 (1 input, 10055 sentences, 363 new events in 16.00s)\n"},
		{"nothing read", pipeline.Summary{Inputs: 2, Failed: 2, Elapsed: time.Second / 100},
			"added 0, already present 0, failed 2 (2 inputs in 0.01s)\n"},
		{"large", pipeline.Summary{Inputs: 1, Bytes: 8_900_000, Present: 3084, Sentences: 60000, Elapsed: 4 * time.Second},
			"added 0, already present 3084, failed 0 (1 input, 8.9 MB, 60000 sentences, 0 new events in 4.00s, 2.2 MB/s)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			printSummary(&b, tt.sum)
			if b.String() != tt.want {
				t.Errorf("got  %q\nwant %q", b.String(), tt.want)
			}
		})
	}
}

// TestReporterBegin checks that the time before begin (models loading)
// counts neither towards the next line nor the time taken.
func TestReporterBegin(t *testing.T) {
	var errb bytes.Buffer
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	a := &app{stderr: &errb}
	r := a.reporter("ingest", "documents", 0, false)
	r.now = func() time.Time { return now }
	r.begin()
	now = now.Add(30 * time.Second) // loading
	r.begin()
	now = now.Add(5 * time.Second)
	r.set(10)
	if errb.Len() != 0 {
		t.Errorf("a line 5s after begin: %q", errb.String())
	}
	now = now.Add(5 * time.Second)
	r.set(20)
	if got, want := errb.String(), "dossier: ingest: 20 documents, 10s\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
