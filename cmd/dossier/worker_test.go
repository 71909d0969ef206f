package main

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	_ "modernc.org/sqlite"

	"github.com/dossier-news/dossier/internal/corpus"
	"github.com/dossier-news/dossier/postgres"
	"github.com/dossier-news/dossier/postgres/pgtest"
	"github.com/dossier-news/dossier/queue"
	"github.com/dossier-news/dossier/queue/queuetest"
)

// The tests here run the distributed ingest as it runs in production: a
// NATS server with JetStream (embedded in the test process), "dossier
// ingest --nats" to queue a folder, and "dossier worker" processes (this
// test binary, re-executed) writing to PostgreSQL (DOSSIER_TEST_POSTGRES)
// or, where no PostgreSQL is at hand, to one SQLite file.

// target is a database the workers write to, seen from the test.
type target struct {
	name  string
	db    string           // the --db value
	count func() int       // documents stored
	check func(*testing.T) // every stored document is whole
}

func postgresTarget(t *testing.T) target {
	t.Helper()
	url := pgtest.URL(t)
	s, err := postgres.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return target{
		name: "postgres", db: url,
		count: func() int {
			n, _ := s.CountDocuments(context.Background())
			return n
		},
		check: func(t *testing.T) {
			var broken int
			err := s.Pool().QueryRow(context.Background(), `SELECT count(*) FROM documents d
				WHERE n_sentences <> (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id)`).Scan(&broken)
			if err != nil || broken != 0 {
				t.Errorf("%d documents are missing sentences (%v)", broken, err)
			}
		},
	}
}

func sqliteTarget(t *testing.T) target {
	path := filepath.Join(t.TempDir(), "workers.db")
	counter := func() int {
		if _, err := os.Stat(path); err != nil {
			return 0
		}
		db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(5000)")
		if err != nil {
			return 0
		}
		defer db.Close()
		var n int
		if db.QueryRow("SELECT count(*) FROM documents").Scan(&n) != nil {
			return 0
		}
		return n
	}
	return target{
		name: "sqlite", db: path, count: counter,
		check: func(t *testing.T) {
			db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(5000)")
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var broken int
			if err := db.QueryRow(`SELECT count(*) FROM documents d WHERE n_sentences !=
				(SELECT count(*) FROM sentences s WHERE s.doc_id = d.id)`).Scan(&broken); err != nil || broken != 0 {
				t.Errorf("%d documents are missing sentences (%v)", broken, err)
			}
		},
	}
}

// targets are the databases to run a test against: PostgreSQL where
// DOSSIER_TEST_POSTGRES names one, and SQLite, which the workers of one
// machine can share. (Subtests are named: an unnamed one gets a "#" in its
// temporary folder, which a SQLite file URI would cut off.)
var targets = []struct {
	name string
	open func(*testing.T) target
}{{"sqlite", sqliteTarget}, {"postgres", postgresTarget}}

var queueWords = strings.Fields(`Delegation Regierung Ministerium Gespräche Hauptstadt Montag Dienstag Abend Sprecher Länder
	Zusammenarbeit Treffen Vertrag Grenze Truppen Munition Lieferung Sanktionen Botschaft Hafen Zug Flughafen Besuch
	Außenminister Präsident Parlament Erklärung Bericht Quelle Zeitung Agentur Streit Frieden Hilfe Angriff Raketen
	Soldaten Gefangene Austausch Wirtschaft Handel Energie Öl Getreide Preise Konferenz Gipfel Abkommen Verhandlungen
	embassy talks minister weapons shipment border troops sanctions summit agreement harbour train airport visit`)

// queueArticle writes article i: a headline, a date line and a few
// sentences of words drawn at random, distinct for each i.
func queueArticle(i int) string {
	rng := rand.New(rand.NewPCG(uint64(i), 42))
	var b strings.Builder
	fmt.Fprintf(&b, "Meldung %d: %s und %s\n%d. März 2024\n\n", i, queueWords[rng.IntN(len(queueWords))], queueWords[rng.IntN(len(queueWords))], 1+i%28)
	for range 3 + i%5 {
		for range 12 + rng.IntN(8) {
			b.WriteString(queueWords[rng.IntN(len(queueWords))] + " ")
		}
		fmt.Fprintf(&b, "am %d. Mai.\n", 1+rng.IntN(28))
	}
	return b.String()
}

// writeCorpus writes n articles into a new folder, plus extra files.
func writeCorpus(t *testing.T, n int, extra map[string]string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "corpus")
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("part%d", i%5))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("a%04d.txt", i)), []byte(queueArticle(i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, body := range extra {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// natsURL starts a NATS server with JetStream in the test process.
func natsURL(t *testing.T) string {
	return queuetest.Server(t).ClientURL()
}

// queueStatus reports the queue as the workers left it.
func queueStatus(t *testing.T, url string) queue.Status {
	t.Helper()
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	st, err := queue.Inspect(context.Background(), js, queue.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// process is a started worker with its output.
type process struct {
	cmd    *exec.Cmd
	out    bytes.Buffer
	errOut bytes.Buffer
	done   chan struct{}
	err    error
}

func startWorker(t *testing.T, db, url string, args ...string) *process {
	t.Helper()
	p := &process{done: make(chan struct{})}
	p.cmd = command(t, append([]string{"--db", db, "worker", "--nats", url}, args...)...)
	p.cmd.Stdout, p.cmd.Stderr = &p.out, &p.errOut
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.err = p.cmd.Wait(); close(p.done) }()
	t.Cleanup(func() {
		select {
		case <-p.done:
		default:
			p.cmd.Process.Kill()
			<-p.done
		}
	})
	return p
}

// wait waits for the worker to exit by itself and checks it succeeded.
func (p *process) wait(t *testing.T, limit time.Duration) {
	t.Helper()
	select {
	case <-p.done:
	case <-time.After(limit):
		p.cmd.Process.Kill()
		<-p.done
		t.Fatalf("worker still running after %v:\n%s%s", limit, p.out.String(), p.errOut.String())
	}
	if p.err != nil {
		t.Fatalf("worker: %v\n%s%s", p.err, p.out.String(), p.errOut.String())
	}
}

var summaryRE = regexp.MustCompile(`added (\d+), already present (\d+), dead (\d+), retried (\d+), handed back (\d+)`)

// stats reads the worker's summary line.
func (p *process) stats(t *testing.T) queue.Stats {
	t.Helper()
	m := summaryRE.FindStringSubmatch(p.out.String())
	if m == nil {
		t.Fatalf("no summary in the worker's output: %q %q", p.out.String(), p.errOut.String())
	}
	n := func(i int) int { v, _ := strconv.Atoi(m[i]); return v }
	return queue.Stats{Added: n(1), Present: n(2), Dead: n(3), Retried: n(4), Returned: n(5)}
}

// enqueue runs ingest --nats on the folder.
func enqueueFolder(t *testing.T, url, dir string, want int) {
	t.Helper()
	out, errOut, code := runCLI(t, "", "ingest", "--nats", url, dir)
	if code != 0 || !strings.Contains(out, fmt.Sprintf("queued %d,", want)) {
		t.Fatalf("ingest --nats: exit %d: %s %s", code, out, errOut)
	}
}

// reference ingests the folder in one process into SQLite and returns its
// exports, the result the workers must reproduce.
func reference(t *testing.T, dir string) (string, map[string]string) {
	t.Helper()
	db := filepath.Join(t.TempDir(), "reference.db")
	out, errOut, _ := runCLI(t, "", "--db", db, "ingest", dir)
	return out + errOut, exports(t, db)
}

func exports(t *testing.T, db string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, kind := range []string{"documents", "timexes", "mentions", "entities", "events", "stories"} {
		o, e, code := runCLI(t, "", "--db", db, "export", kind)
		if code != 0 {
			t.Fatalf("export %s: exit %d: %s", kind, code, e)
		}
		out[kind] = o
	}
	return out
}

// TestQueueTwoWorkers queues a folder, runs two workers at once, and
// compares the result with a single-process ingest of the same folder into
// SQLite: the same documents (ids, metadata, groups) and the same records.
func TestQueueTwoWorkers(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: starts worker processes")
	}
	for _, tt := range targets {
		t.Run(tt.name, func(t *testing.T) {
			tg := tt.open(t)
			n := 120
			if raceEnabled {
				n = 40
			}
			dir := writeCorpus(t, n, map[string]string{
				"copy.txt":   queueArticle(7), // the same text as part2/a0007.txt: one document
				"binary.txt": "PK\x03\x04\x00\x00\x00 not text",
			})
			refOut, want := reference(t, dir)
			if !strings.Contains(refOut, fmt.Sprintf("added %d, already present 1, failed 1", n)) {
				t.Fatalf("reference ingest: %s", refOut)
			}
			url := natsURL(t)
			enqueueFolder(t, url, dir, n+2)
			w1 := startWorker(t, tg.db, url, "--until-empty", "--batch", "8", "--workers", "2")
			w2 := startWorker(t, tg.db, url, "--until-empty", "--batch", "8", "--workers", "2")
			w1.wait(t, 3*time.Minute)
			w2.wait(t, 3*time.Minute)
			s1, s2 := w1.stats(t), w2.stats(t)
			t.Logf("worker 1: %+v; worker 2: %+v", s1, s2)
			if s1.Added+s2.Added != n || s1.Present+s2.Present != 1 || s1.Dead+s2.Dead != 1 {
				t.Errorf("the workers added %d, found %d present, dead-lettered %d; want %d, 1, 1",
					s1.Added+s2.Added, s1.Present+s2.Present, s1.Dead+s2.Dead, n)
			}
			if st := queueStatus(t, url); st.Queued != 0 || st.Dead != 1 {
				t.Errorf("queue after the run: %+v, want empty and 1 dead letter", st)
			}
			tg.check(t)
			got := exports(t, tg.db)
			// copy.txt and part2/a0007.txt hold one text: the store keeps
			// whichever is committed first, and with two workers either may be
			sameText := strings.NewReplacer(filepath.Join(dir, "part2", "a0007.txt"), filepath.Join(dir, "copy.txt"))
			for kind, w := range want {
				g, w := sameText.Replace(got[kind]), sameText.Replace(w)
				if kind == "documents" {
					// Documents of one date are listed by source, so the
					// place of the shared text depends on which path won.
					g, w = sortedLines(g), sortedLines(w)
				}
				if g != w {
					t.Errorf("export %s differs from the single-process ingest:\n%s", kind, firstDiff(g, w))
				}
			}
			if strings.Count(got["documents"], "\n") != n {
				t.Errorf("%d documents exported, want %d", strings.Count(got["documents"], "\n"), n)
			}
		})
	}
}

// sortedLines returns s with its lines in byte order.
func sortedLines(s string) string {
	lines := strings.Split(s, "\n")
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(g), len(w)) {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return fmt.Sprintf("line %d (of %d, want %d):\n%s\nwant\n%s", i+1, len(g), len(w), a, b)
		}
	}
	return "no line differs"
}

// TestQueueWorkerKilled kills workers with SIGKILL at random points while
// they store documents, then lets one more worker finish: no document is
// lost, none is stored twice, every one is whole, and the messages the dead
// workers held were delivered again.
func TestQueueWorkerKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: starts and kills worker processes")
	}
	for _, tt := range targets {
		t.Run(tt.name, func(t *testing.T) {
			tg := tt.open(t)
			n, rounds := 240, 4
			if raceEnabled {
				// Fewer rounds under the race detector, but not fewer
				// documents: with 80 a worker could store them all between
				// two polls, and no kill caught it holding messages.
				rounds = 2
			}
			dir := writeCorpus(t, n, nil)
			url := natsURL(t)
			enqueueFolder(t, url, dir, n)
			// Killed workers' messages come back after the ack wait; keep it
			// short, and allow enough deliveries that none goes dead.
			args := []string{"--batch", "8", "--workers", "2", "--ack-wait", "4s", "--max-deliver", "50"}
			rng := rand.New(rand.NewPCG(3, 4))
			inFlight := 0
			for round := range rounds {
				before := tg.count()
				w := startWorker(t, tg.db, url, args...)
				target := before + 1 + rng.IntN(30)
				for deadline := time.Now().Add(2 * time.Minute); tg.count() < target && time.Now().Before(deadline); {
					select {
					case <-w.done:
						t.Fatalf("worker exited early: %v\n%s%s", w.err, w.out.String(), w.errOut.String())
					case <-time.After(5 * time.Millisecond):
					}
				}
				time.Sleep(time.Duration(rng.IntN(30)) * time.Millisecond)
				if err := w.cmd.Process.Signal(syscall.SIGKILL); err != nil {
					t.Fatal(err)
				}
				<-w.done
				st := queueStatus(t, url)
				t.Logf("round %d: killed with %d documents stored, %d messages unacknowledged", round, tg.count(), st.Pending)
				if st.Pending > 0 {
					inFlight++
				}
				tg.check(t)
			}
			if inFlight == 0 {
				t.Error("no kill caught a worker holding messages: the test proves nothing")
			}
			last := startWorker(t, tg.db, url, append(args, "--until-empty")...)
			last.wait(t, 3*time.Minute)
			st := last.stats(t)
			t.Logf("last worker: %+v", st)
			if got := tg.count(); got != n {
				t.Errorf("%d documents stored, want %d", got, n)
			}
			tg.check(t)
			if q := queueStatus(t, url); q.Queued != 0 || q.Dead != 0 {
				t.Errorf("queue after the run: %+v, want empty, no dead letters", q)
			}
			// every file once: the documents export lists each source once
			docs := exports(t, tg.db)["documents"]
			seen := map[string]bool{}
			for _, m := range regexp.MustCompile(`"source":"([^"]+)"`).FindAllStringSubmatch(docs, -1) {
				if seen[m[1]] {
					t.Errorf("%s stored twice", m[1])
				}
				seen[m[1]] = true
			}
			if len(seen) != n {
				t.Errorf("%d sources stored, want %d", len(seen), n)
			}
		})
	}
}

// TestQueueWorkerSIGTERM stops a worker with SIGTERM while it works: it
// stores or hands back everything it holds and exits cleanly, so that the
// next worker finishes the queue without waiting for any ack time.
func TestQueueWorkerSIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: starts worker processes")
	}
	tg := sqliteTarget(t)
	// enough documents that the signal lands mid-run however fast the
	// analysis gets: 150 were once all stored before it arrived
	n := 500
	if raceEnabled {
		n = 120
	}
	dir := writeCorpus(t, n, nil)
	url := natsURL(t)
	enqueueFolder(t, url, dir, n)
	// a minute of ack wait: an item left dangling would hold up the last worker
	args := []string{"--batch", "8", "--workers", "2", "--ack-wait", "1m"}
	w := startWorker(t, tg.db, url, args...)
	for deadline := time.Now().Add(2 * time.Minute); tg.count() < 10 && time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
	}
	if err := w.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	w.wait(t, time.Minute)
	first := w.stats(t)
	if first.Added == 0 || first.Added == n {
		t.Fatalf("SIGTERM did not come mid-run: %+v", first)
	}
	start := time.Now()
	last := startWorker(t, tg.db, url, append(args, "--until-empty")...)
	last.wait(t, 50*time.Second)
	second := last.stats(t)
	t.Logf("stopped worker: %+v; next worker: %+v in %v", first, second, time.Since(start))
	if first.Added+second.Added != n || second.Present != 0 || tg.count() != n {
		t.Errorf("stored %d, workers added %d + %d; want %d, each once", tg.count(), first.Added, second.Added, n)
	}
}

// TestQueueThroughput measures documents per second of the distributed
// ingest with 1, 2 and 4 worker processes (one analysis goroutine each)
// against one PostgreSQL, beside a single-process ingest into SQLite of the
// same documents, and the CPU time each document costs the workers and the
// database, which is what bounds the scaling on a given machine. It runs
// only when asked: DOSSIER_BENCH_QUEUE=N takes N documents, half from
// 10kGNAD (German), half from Reuters-21578 (English), from ../shared/data;
// DOSSIER_TEST_POSTGRES names the server, and DOSSIER_BENCH_PGDATA, where
// given, its data folder (to read the server's CPU time).
//
//	DOSSIER_BENCH_QUEUE=2000 go test -run TestQueueThroughput -v ./cmd/dossier
func TestQueueThroughput(t *testing.T) {
	spec := os.Getenv("DOSSIER_BENCH_QUEUE")
	if spec == "" {
		t.Skip("a benchmark: set DOSSIER_BENCH_QUEUE=N (documents) and DOSSIER_TEST_POSTGRES to run it")
	}
	n, err := strconv.Atoi(spec)
	if err != nil || n < 2 {
		t.Fatalf("DOSSIER_BENCH_QUEUE=%q: want a number of documents", spec)
	}
	pgtest.BaseURL(t)
	sharedDir, err := corpus.SharedDir()
	if err != nil {
		t.Skip(err)
	}
	de, err := corpus.LoadGNAD(sharedDir)
	if err != nil {
		t.Skip(err)
	}
	en, err := corpus.LoadReuters(sharedDir)
	if err != nil {
		t.Skip(err)
	}
	var recs []corpus.Record
	for i := 0; len(recs) < n && (i < len(de) || i < len(en)); i++ {
		if i < len(de) {
			recs = append(recs, de[i])
		}
		if i < len(en) && len(recs) < n {
			recs = append(recs, en[i])
		}
	}
	file := filepath.Join(t.TempDir(), "bench.jsonl")
	size, err := writeJSONL(file, recs)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d documents, %.2f MB of text; load average %s", len(recs), float64(size)/1e6, loadAverage())
	report := func(what string, docs int, d, cpu, dbCPU time.Duration) {
		db := ""
		if dbCPU > 0 {
			db = fmt.Sprintf("  database CPU %5.2f ms/doc", dbCPU.Seconds()*1000/float64(docs))
		}
		t.Logf("%-40s %5d docs %6.2fs %7.1f docs/s %5.2f MB/s   CPU %5.2f ms/doc%s", what, docs, d.Seconds(),
			float64(docs)/d.Seconds(), float64(size)/1e6/d.Seconds(), cpu.Seconds()*1000/float64(docs), db)
	}
	for _, w := range []string{"1", "2"} {
		db := filepath.Join(t.TempDir(), "bench.db")
		start := time.Now()
		cmd := command(t, "--db", db, "ingest", "--workers", w, "-q", "--json", file)
		var out bytes.Buffer
		cmd.Stdout = &out
		if err := cmd.Run(); err != nil {
			t.Fatalf("sqlite ingest: %v %s", err, out.String())
		}
		elapsed := time.Since(start)
		m := regexp.MustCompile(`"added": (\d+)`).FindStringSubmatch(out.String())
		if m == nil {
			t.Fatalf("sqlite ingest: no summary: %s", out.String())
		}
		added, _ := strconv.Atoi(m[1])
		report("SQLite, one process, "+w+" goroutine(s)", added, elapsed, cpuTime(cmd), 0)
	}
	for _, procs := range []int{1, 2, 4} {
		db := pgtest.URL(t)
		url := natsURL(t)
		start := time.Now()
		out, errOut, code := runCLI(t, "", "ingest", "--nats", url, "-q", file)
		if code != 0 {
			t.Fatalf("ingest --nats: %s %s", out, errOut)
		}
		if procs == 1 {
			report("queueing (ingest --nats, in the test)", len(recs), time.Since(start), 0, 0)
		}
		dbBefore := serverCPU(t)
		start = time.Now()
		var ws []*process
		for range procs {
			ws = append(ws, startWorker(t, db, url, "--until-empty", "--workers", "1"))
		}
		added := 0
		var cpu time.Duration
		for _, w := range ws {
			w.wait(t, 30*time.Minute)
			added += w.stats(t).Added
			cpu += cpuTime(w.cmd)
		}
		elapsed := time.Since(start)
		time.Sleep(200 * time.Millisecond) // the workers' server processes end and are counted
		report(fmt.Sprintf("PostgreSQL, %d worker process(es) x 1", procs), added, elapsed, cpu, serverCPU(t)-dbBefore)
	}
}

func cpuTime(cmd *exec.Cmd) time.Duration {
	if cmd.ProcessState == nil {
		return 0
	}
	return cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
}

// serverCPU returns the CPU time PostgreSQL's ended server processes have
// used, from the postmaster named in DOSSIER_BENCH_PGDATA, or 0.
func serverCPU(t *testing.T) time.Duration {
	dir := os.Getenv("DOSSIER_BENCH_PGDATA")
	if dir == "" {
		return 0
	}
	pidFile, err := os.ReadFile(filepath.Join(dir, "postmaster.pid"))
	if err != nil {
		t.Fatal(err)
	}
	pid := strings.TrimSpace(strings.SplitN(string(pidFile), "\n", 2)[0])
	stat, err := os.ReadFile("/proc/" + pid + "/stat")
	if err != nil {
		t.Fatal(err)
	}
	// fields after the command name: cutime and cstime are the 16th and 17th
	f := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+2:]))
	cu, _ := strconv.Atoi(f[13])
	cs, _ := strconv.Atoi(f[14])
	return time.Duration(cu+cs) * time.Second / 100 // clock ticks
}

func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Join(strings.Fields(string(b))[:3], " ")
}
