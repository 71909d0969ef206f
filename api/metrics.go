package api

import (
	"fmt"
	"io"
	"maps"
	"net/http"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// buckets are the upper bounds of the latency histogram, in seconds.
var buckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30}

// metrics counts requests per route and status and times them, for the
// Prometheus text exposition at /api/metrics. Routes are mux patterns, so
// the label set is bounded by the route table.
type metrics struct {
	mu       sync.Mutex
	requests map[[2]string]uint64 // route, code → count
	latency  map[string]*histogram
	inFlight atomic.Int64
	ingested atomic.Int64 // documents added through POST /api/ingest
}

type histogram struct {
	counts []uint64 // per bucket, not cumulative; the last is +Inf
	sum    float64
	count  uint64
}

func newMetrics() *metrics {
	return &metrics{requests: map[[2]string]uint64{}, latency: map[string]*histogram{}}
}

func (m *metrics) observe(route string, code int, d time.Duration) {
	sec := d.Seconds()
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[[2]string{route, strconv.Itoa(code)}]++
	h := m.latency[route]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(buckets)+1)}
		m.latency[route] = h
	}
	i, _ := slices.BinarySearch(buckets, sec)
	h.counts[i]++
	h.sum += sec
	h.count++
}

// labelValue escapes a Prometheus label value.
func labelValue(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s)
}

func (m *metrics) write(w io.Writer) {
	m.mu.Lock()
	defer m.mu.Unlock()
	fmt.Fprintln(w, "# HELP dossier_http_requests_total HTTP requests served, by route and status code.")
	fmt.Fprintln(w, "# TYPE dossier_http_requests_total counter")
	keys := slices.SortedFunc(maps.Keys(m.requests), func(a, b [2]string) int {
		if c := strings.Compare(a[0], b[0]); c != 0 {
			return c
		}
		return strings.Compare(a[1], b[1])
	})
	for _, k := range keys {
		fmt.Fprintf(w, "dossier_http_requests_total{route=\"%s\",code=\"%s\"} %d\n", labelValue(k[0]), k[1], m.requests[k])
	}
	fmt.Fprintln(w, "# HELP dossier_http_request_duration_seconds Time to serve a request, by route.")
	fmt.Fprintln(w, "# TYPE dossier_http_request_duration_seconds histogram")
	for _, route := range slices.Sorted(maps.Keys(m.latency)) {
		h := m.latency[route]
		l := labelValue(route)
		var cum uint64
		for i, b := range buckets {
			cum += h.counts[i]
			fmt.Fprintf(w, "dossier_http_request_duration_seconds_bucket{route=\"%s\",le=\"%s\"} %d\n", l, strconv.FormatFloat(b, 'g', -1, 64), cum)
		}
		fmt.Fprintf(w, "dossier_http_request_duration_seconds_bucket{route=\"%s\",le=\"+Inf\"} %d\n", l, h.count)
		fmt.Fprintf(w, "dossier_http_request_duration_seconds_sum{route=\"%s\"} %s\n", l, strconv.FormatFloat(h.sum, 'g', -1, 64))
		fmt.Fprintf(w, "dossier_http_request_duration_seconds_count{route=\"%s\"} %d\n", l, h.count)
	}
}

func (s *Server) serveMetrics(w http.ResponseWriter, r *http.Request) {
	docs, err := s.store.CountDocuments(r.Context())
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	s.metrics.write(w)
	fmt.Fprintln(w, "# HELP dossier_http_requests_in_flight Requests being served.")
	fmt.Fprintln(w, "# TYPE dossier_http_requests_in_flight gauge")
	fmt.Fprintf(w, "dossier_http_requests_in_flight %d\n", s.metrics.inFlight.Load())
	fmt.Fprintln(w, "# HELP dossier_ingested_documents_total Documents added through the ingest endpoint.")
	fmt.Fprintln(w, "# TYPE dossier_ingested_documents_total counter")
	fmt.Fprintf(w, "dossier_ingested_documents_total %d\n", s.metrics.ingested.Load())
	if err == nil {
		fmt.Fprintln(w, "# HELP dossier_documents Documents in the store.")
		fmt.Fprintln(w, "# TYPE dossier_documents gauge")
		fmt.Fprintf(w, "dossier_documents %d\n", docs)
	}
	fmt.Fprintln(w, "# HELP dossier_up Whether the store answers (1) or not (0).")
	fmt.Fprintln(w, "# TYPE dossier_up gauge")
	up := 1
	if err != nil {
		up = 0
	}
	fmt.Fprintf(w, "dossier_up %d\n", up)
	fmt.Fprintln(w, "# HELP process_start_time_seconds Start time of the server since the Unix epoch.")
	fmt.Fprintln(w, "# TYPE process_start_time_seconds gauge")
	fmt.Fprintf(w, "process_start_time_seconds %d\n", s.started.Unix())
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Fprintln(w, "# HELP go_goroutines Goroutines that currently exist.")
	fmt.Fprintln(w, "# TYPE go_goroutines gauge")
	fmt.Fprintf(w, "go_goroutines %d\n", runtime.NumGoroutine())
	fmt.Fprintln(w, "# HELP go_memstats_heap_alloc_bytes Heap bytes allocated and in use.")
	fmt.Fprintln(w, "# TYPE go_memstats_heap_alloc_bytes gauge")
	fmt.Fprintf(w, "go_memstats_heap_alloc_bytes %d\n", ms.HeapAlloc)
}
