package main

import (
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "modernc.org/sqlite"
)

// TestCrashSafety kills an ingesting process at random points, many times
// over. After every kill the database opens cleanly and holds only whole
// documents; a final run adds the rest, and nothing is doubled.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: starts and kills many processes")
	}
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	const files = 400
	for i := range files {
		sub := filepath.Join(corpus, fmt.Sprintf("part%d", i%7))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("a%04d.txt", i)), []byte(article(i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "crash.db")
	poll := &docCounter{path: db}
	defer poll.close()
	rng := rand.New(rand.NewPCG(1, 2))
	kills, partial := 0, 0
	rounds := 25
	if raceEnabled {
		rounds = 8
	}
	for round := 0; round < rounds; round++ {
		before := checkWhole(t, db)
		cmd := command(t, "--db", db, "ingest", "--batch", "8", "-q", corpus)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill once the run has stored a random number of documents, plus a
		// random moment more: wherever it then is, in a transaction or
		// between two, whatever the speed of this machine.
		exited := make(chan struct{})
		go func() { _ = cmd.Wait(); close(exited) }()
		target := before + 1 + rng.IntN(30)
		waitFor(exited, func() bool { return poll.count() >= target })
		time.Sleep(time.Duration(rng.IntN(20)) * time.Millisecond)
		if err := cmd.Process.Signal(syscall.SIGKILL); err == nil {
			kills++
		}
		<-exited
		if n := checkWhole(t, db); n > 0 && n < files {
			partial++
		}
	}
	if partial == 0 {
		t.Error("no kill landed in the middle of an ingest: the test proves nothing")
	}
	out, errOut, code := runCLI(t, "", "--db", db, "ingest", corpus)
	if code != 0 {
		t.Fatalf("final run: exit %d: %s %s", code, out, errOut)
	}
	checkWhole(t, db)
	if n := count(t, db, "SELECT count(*) FROM documents"); n != files {
		t.Errorf("%d documents after the final run, want %d", n, files)
	}
	out, _, _ = runCLI(t, "", "--db", db, "ingest", corpus)
	if !strings.Contains(out, "added 0, already present 400") {
		t.Errorf("re-ingest: %s", out)
	}
	t.Logf("%d kills, %d of them mid-ingest; re-run: %s", kills, partial, strings.TrimSpace(out))
}

func article(i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Bericht Nummer %d\n%d. März 2024\n\n", i, i%28+1)
	for j := range 3 + i%9 {
		fmt.Fprintf(&b, "Dies ist Satz %d des Berichts %d über die Lage. Die Regierung sagte am Montag, sie prüfe %d Vorschläge.\n", j, i, i*j)
	}
	return b.String()
}

// checkWhole opens the database as a fresh process would and checks that
// every stored document has all its sentences and search entries. It
// returns the number of documents.
func checkWhole(t *testing.T, path string) int {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		return 0 // killed before the database was created
	}
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var ok string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("integrity_check = %q, %v", ok, err)
	}
	var version int
	if err := db.QueryRow("PRAGMA user_version").Scan(&version); err != nil || version == 0 {
		return 0 // killed before the schema was complete: nothing stored yet
	}
	var broken int
	err = db.QueryRow(`SELECT count(*) FROM documents d WHERE n_sentences !=
		(SELECT count(*) FROM sentences s WHERE s.doc_id = d.id)`).Scan(&broken)
	if err != nil {
		t.Fatal(err)
	}
	if broken > 0 {
		t.Fatalf("%d documents are missing sentences", broken)
	}
	var sentences, indexed int
	db.QueryRow("SELECT count(*) FROM sentences").Scan(&sentences)
	db.QueryRow("SELECT count(*) FROM sentence_fts").Scan(&indexed)
	if sentences != indexed {
		t.Fatalf("%d sentences but %d search entries", sentences, indexed)
	}
	var docs int
	db.QueryRow("SELECT count(*) FROM documents").Scan(&docs)
	return docs
}

// waitFor polls cond until it holds or done is closed.
func waitFor(done <-chan struct{}, cond func() bool) {
	for {
		select {
		case <-done:
			return
		case <-time.After(5 * time.Millisecond):
			if cond() {
				return
			}
		}
	}
}

// docCounter counts stored documents over one read-only connection, opened
// once the database exists; it counts 0 until the schema is there.
type docCounter struct {
	path string
	db   *sql.DB
}

func (c *docCounter) count() int {
	if c.db == nil {
		if _, err := os.Stat(c.path); err != nil {
			return 0
		}
		db, err := sql.Open("sqlite", "file:"+c.path+"?mode=ro&_pragma=busy_timeout(1000)")
		if err != nil {
			return 0
		}
		c.db = db
	}
	var n int
	if c.db.QueryRow("SELECT count(*) FROM documents").Scan(&n) != nil {
		return 0
	}
	return n
}

func (c *docCounter) close() {
	if c.db != nil {
		c.db.Close()
	}
}

func count(t *testing.T, path, q string) int {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(q).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
