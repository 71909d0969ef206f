package main

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dossier-news/dossier/ingest"
)

// TestInterruptedIngest presses Ctrl-C in the middle of an ingest: the
// command says what it kept and exits 130; the same command run again adds
// the rest, and nothing is doubled.
func TestInterruptedIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: starts a process and interrupts it")
	}
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	if err := os.MkdirAll(corpus, 0o755); err != nil {
		t.Fatal(err)
	}
	const files = 800
	for i := range files {
		if err := os.WriteFile(filepath.Join(corpus, fmt.Sprintf("a%04d.txt", i)), []byte(article(i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "int.db")
	poll := &docCounter{path: db}
	defer poll.close()
	cmd := command(t, "--db", db, "ingest", "--batch", "8", corpus)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	done := make(chan struct{})
	go func() { exited <- cmd.Wait(); close(done) }()
	waitFor(done, func() bool { return poll.count() >= 16 })
	_ = cmd.Process.Signal(os.Interrupt)
	err := <-exited
	var ee *exec.ExitError
	if err == nil {
		t.Skip("the ingest finished before the interrupt: nothing to check")
	}
	if !errors.As(err, &ee) || ee.ExitCode() != exitInterrupted {
		t.Fatalf("interrupted ingest: %v, want exit status %d\n%s", err, exitInterrupted, stderr.String())
	}
	if !strings.Contains(stderr.String(), "interrupted") || !strings.Contains(stderr.String(), "running the same command again adds the rest") {
		t.Errorf("interrupted ingest says:\n%s", stderr.String())
	}
	kept := checkWhole(t, db)
	out, errOut, code := runCLI(t, "", "--db", db, "ingest", corpus)
	if code != 0 {
		t.Fatalf("re-run: exit %d: %s", code, errOut)
	}
	if want := fmt.Sprintf("added %d, already present %d", files-kept, kept); !strings.Contains(out, want) {
		t.Errorf("re-run after keeping %d: %q, want %q", kept, out, want)
	}
	if n := count(t, db, "SELECT count(*) FROM documents"); n != files {
		t.Errorf("%d documents after the re-run, want %d", n, files)
	}
}

// TestExportOutput: -o writes the file whole, will not replace an existing
// file without --force, and leaves no temporary file behind.
func TestExportOutput(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	if _, errOut, code := runCLI(t, "Lawrow reiste am Montag nach Pjöngjang.", "--db", db, "ingest", "-"); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	out := filepath.Join(dir, "docs.csv")
	cases := []struct {
		name  string
		args  []string
		code  int
		want  string // in the file afterwards
		inErr string
	}{
		{"new file", []string{"export", "documents", "--format", "csv", "-o", out}, 0, "id,source,title", ""},
		{"exists", []string{"export", "documents", "-o", out}, 1, "id,source,title", "exists (use --force"},
		{"force", []string{"export", "documents", "-o", out, "--force"}, 0, `{"id":`, ""},
		{"folder", []string{"export", "documents", "-o", dir}, 1, `{"id":`, "is a folder"},
		{"graph", []string{"export", "relations", "--format", "graphml", "-o", out, "--force"}, 0, "<graphml", ""},
		{"bad format", []string{"export", "documents", "--format", "xml", "-o", out, "--force"}, 2, "<graphml", `--format "xml"`},
	}
	for _, c := range cases {
		_, errOut, code := runCLI(t, "", append([]string{"--db", db}, c.args...)...)
		if code != c.code || !strings.Contains(errOut, c.inErr) {
			t.Errorf("%s: exit %d, %q; want %d and %q", c.name, code, errOut, c.code, c.inErr)
		}
		b, err := os.ReadFile(out)
		if err != nil || !strings.Contains(string(b), c.want) {
			t.Errorf("%s: file %q (%v), want it to contain %q", c.name, b, err, c.want)
		}
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestServeAddressErrors: a bad address or a port in use is reported at
// once, with the reason, before any model is loaded.
func TestServeAddressErrors(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	db := filepath.Join(t.TempDir(), "s.db")
	for _, c := range []struct{ addr, want string }{
		{ln.Addr().String(), "in use by another program"},
		{"nonsense", "give HOST:PORT"},
	} {
		start := time.Now()
		_, errOut, code := runCLI(t, "", "--db", db, "serve", "--addr", c.addr)
		if code != 1 || !strings.Contains(errOut, c.want) {
			t.Errorf("serve --addr %s: exit %d, %q; want 1 and %q", c.addr, code, errOut, c.want)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("serve --addr %s took %v to fail", c.addr, d)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("a failed serve created %s", db)
	}
}

// TestOldDatabaseHint: a database with documents but no events (as an older
// dossier left it) makes an empty timeline point to reindex.
func TestOldDatabaseHint(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	if _, errOut, code := runCLI(t, "Das Wetter war am Montag schön.", "--db", db, "ingest", "-"); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	_, errOut, code := runCLI(t, "", "--db", db, "timeline", "Russland")
	if code != 0 || !strings.Contains(errOut, "dossier reindex") {
		t.Errorf("timeline on a store with no events: exit %d, %q; want a pointer to reindex", code, errOut)
	}
}

// TestEntityCommand: a German name finds the entity, its documents and the
// forms it takes there; JSON carries the same.
func TestEntityCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	text := "Der russische Außenminister Sergej Lawrow reiste am Montag nach Pjöngjang. Dort sprach Lawrow lange mit Gastgebern."
	if _, errOut, code := runCLI(t, text, "--db", db, "ingest", "-"); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	out, errOut, code := runCLI(t, "", "--db", db, "entity", "Lawrow")
	if code != 0 || !strings.Contains(out, "Sergey Lavrov [Q58217]") || !strings.Contains(out, "in 1 document:") || !strings.Contains(out, "Lawrow") {
		t.Errorf("entity Lawrow: exit %d, %s%s", code, out, errOut)
	}
	out, _, code = runCLI(t, "", "--db", db, "entity", "Q58217", "--json")
	var got struct {
		Entity    struct{ Name string }
		Mentions  int
		Documents int
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || code != 0 || got.Entity.Name != "Sergey Lavrov" || got.Mentions < 1 || got.Documents != 1 {
		t.Errorf("entity --json: exit %d, %+v, %v: %s", code, got, err, out)
	}
}

// TestForeignDatabase: dossier will not add its tables to another program's
// SQLite file, nor read a file that is no database, and says which it is.
func TestForeignDatabase(t *testing.T) {
	dir := t.TempDir()
	foreign := filepath.Join(dir, "photos.db")
	db, err := sql.Open("sqlite", "file:"+foreign)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte("not a database at all, just some notes"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "new.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		db, want string
		code     int
	}{
		{foreign, "belongs to another program (it has tables photos", 1},
		{text, "is not a SQLite database", 1},
		{empty, "", 0}, // an empty file is a new database
	}
	for _, c := range cases {
		_, errOut, code := runCLI(t, "Ein kurzer Text über Lawrow.", "--db", c.db, "ingest", "-")
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("--db %s: exit %d, %q; want %d and %q", filepath.Base(c.db), code, errOut, c.code, c.want)
		}
	}
	if n := count(t, foreign, "SELECT count(*) FROM sqlite_master WHERE name = 'documents'"); n != 0 {
		t.Errorf("dossier added its tables to another program's database")
	}
	_, errOut, _ := runCLI(t, "", "--db", empty, "ingest", "-")
	if !strings.Contains(errOut, "standard input: empty file") {
		t.Errorf("empty standard input: %q", errOut)
	}
}

func TestCountDocuments(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.jsonl":  "{\"text\":\"a\"}\n\n{\"text\":\"b\"}\n  \n{\"text\":\"c\"}",
		"f.rss":    "<rss><channel><item><title>x</title></item><item><title>y</title></item></channel></rss>",
		"e.atom":   "<feed><entry><title>x</title></entry></feed>",
		"t.txt":    "one article",
		"no.jsonl": "",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		paths []string
		want  int64
	}{
		{[]string{"a.jsonl"}, 3},
		{[]string{"f.rss"}, 2},
		{[]string{"e.atom", "t.txt"}, 2},
		{[]string{"no.jsonl", "missing.jsonl"}, 2}, // unknown counts one each
		{[]string{"-"}, 1},
	}
	for _, c := range cases {
		var inputs []ingest.Input
		for _, p := range c.paths {
			if p != "-" {
				p = filepath.Join(dir, p)
			}
			inputs = append(inputs, ingest.Input{Path: p})
		}
		if got := countDocuments(inputs); got != c.want {
			t.Errorf("countDocuments(%v) = %d, want %d", c.paths, got, c.want)
		}
	}
}

// TestReadOnlyDatabase: a database file the user may not write is named as
// such (SQLite would say "attempt to write a readonly database"). Root may
// write anything, so the test needs another user.
func TestReadOnlyDatabase(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: file permissions do not apply")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	if _, errOut, code := runCLI(t, "Ein kurzer Text.", "--db", db, "ingest", "-"); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	if err := os.Chmod(db, 0o444); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := runCLI(t, "", "--db", db, "search", "Text")
	if code != 1 || !strings.Contains(errOut, "is read-only for you") {
		t.Errorf("search on a read-only database: exit %d, %q", code, errOut)
	}
}

// TestCSVColumns: an export with no records still has its header, and the
// header table agrees with the columns records are written with.
func TestCSVColumns(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	if _, errOut, code := runCLI(t, "", "--db", empty, "ingest", "--json", "-"); code != 1 {
		t.Fatalf("ingest of nothing: exit %d, %s", code, errOut) // creates the database, stores nothing
	}
	full := filepath.Join(dir, "demo.db")
	corpus := t.TempDir()
	if err := os.CopyFS(corpus, examplesFS()); err != nil {
		t.Fatal(err)
	}
	if _, errOut, code := runCLI(t, "", "--db", full, "ingest", "-q", corpus); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	for kind, cols := range csvColumns {
		want := strings.Join(cols, ",")
		out, errOut, code := runCLI(t, "", "--db", empty, "export", kind, "--format", "csv")
		if code != 0 || strings.TrimSpace(out) != want {
			t.Errorf("export %s from an empty database: exit %d, %q (%s); want the header %q", kind, code, out, errOut, want)
		}
		out, _, _ = runCLI(t, "", "--db", full, "export", kind, "--format", "csv")
		if header, _, _ := strings.Cut(out, "\n"); out != "" && header != want {
			t.Errorf("export %s: header %q, table says %q", kind, header, want)
		}
	}
}
