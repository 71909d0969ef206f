package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestEvalHelp holds each eval command to documenting its summary line, the
// line scripts read.
func TestEvalHelp(t *testing.T) {
	for _, c := range []struct{ kind, last string }{
		{"timex", "timex LANG: strict F1=… relaxed F1=… type=… value F1=…"},
		{"ner", "ner LANG: P=… R=… F1=… (gold N, predicted M)"},
		{"events", "events: recall=… extra=… type accuracy=… (expected N, produced M)"},
	} {
		out, errOut, code := runCLI(t, "", "eval", c.kind, "--help")
		if code != 0 || !strings.Contains(out, "The last line reads\n  "+c.last) {
			t.Errorf("eval %s --help: exit %d, output lacks %q:\n%s%s", c.kind, code, c.last, out, errOut)
		}
	}
}

// TestEveryCommandHasExample holds the README's promise that every command's
// --help shows how to call it.
func TestEveryCommandHasExample(t *testing.T) {
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			if sub.Hidden || sub.Name() == "help" || sub.Name() == "completion" {
				continue
			}
			if strings.TrimSpace(sub.Example) == "" {
				t.Errorf("%s has no example in its --help", sub.CommandPath())
			}
			walk(sub)
		}
	}
	walk(newRootCmd(&app{models: &testModels}))
}

// TestBadInputKeepsStore feeds ingest the bad inputs users give it after a
// good one: each is refused with the file (and line) and the reason, exit 1,
// and what was stored before is all still there.
func TestBadInputKeepsStore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	good := `{"title":"One","text":"Paris protested to Rome on Monday.","lang":"en","published":"2024-03-04"}` + "\n" +
		`{"title":"Two","text":"Wien lobte am Dienstag Prag.","lang":"de","published":"2024-03-05"}` + "\n"
	if _, errOut, code := runCLI(t, "", "--db", db, "ingest", write(t, dir, "good.jsonl", good)); code != 0 {
		t.Fatalf("ingest good.jsonl: exit %d: %s", code, errOut)
	}
	if err := os.Mkdir(filepath.Join(dir, "folder"), 0o755); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		path, want string
	}{
		{filepath.Join(dir, "missing.txt"), "missing.txt: no such file or directory"},
		{filepath.Join(dir, "folder"), "folder: no articles in this folder"},
		{write(t, dir, "empty.txt", ""), "empty.txt: empty file"},
		{write(t, dir, "noise.bin", "\x1f\x8b\xc3\xa4\x00\x07\xff\xfe"), "noise.bin: binary data, not text"},
		{write(t, dir, "mixed.jsonl", `{"title":"Three","text":"Oslo thanked Bern."}`+"\n"+`{"text": oops`+"\n"), "mixed.jsonl:2: malformed JSON"},
		{write(t, dir, "table.csv", "title;text\nA;Oslo thanked Bern.\n"), "table.csv: a CSV table is not read as articles"},
	}
	for _, c := range cases {
		_, errOut, code := runCLI(t, "", "--db", db, "ingest", c.path)
		if code != 1 || !strings.Contains(errOut, c.want) {
			t.Errorf("ingest %s: exit %d, stderr %q, want exit 1 and %q", filepath.Base(c.path), code, errOut, c.want)
		}
	}
	out, errOut, code := runCLI(t, "", "--db", db, "export", "documents", "--format", "csv")
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errOut)
	}
	for _, title := range []string{",One,", ",Two,", ",Three,"} {
		if !strings.Contains(out, title) {
			t.Errorf("export lacks %s after the bad inputs:\n%s", title, out)
		}
	}
	if n := strings.Count(out, "\n"); n != 4 {
		t.Errorf("export has %d lines, want header and 3 documents:\n%s", n, out)
	}
}

// TestEvalTimexReadsFolder keeps `eval timex` reading a folder of TimeML
// documents (the TempEval-3 layout), which the gold check of eval ner and
// eval events refuses.
func TestEvalTimexReadsFolder(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "talks.tml", `<?xml version="1.0" ?>
<TimeML>
<DOCID>talks</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-02-27" temporalFunction="false" functionInDocument="CREATION_TIME">February 27, 2024</TIMEX3></DCT>
<TEXT>
The ministers met on <TIMEX3 tid="t1" type="DATE" value="2024-02-24">Saturday</TIMEX3> and will meet again in <TIMEX3 tid="t2" type="DATE" value="2024-04">April</TIMEX3>.
</TEXT>
</TimeML>
`)
	out, errOut, code := runCLI(t, "", "eval", "timex", "--gold", dir, "--lang", "en")
	if code != 0 || !strings.Contains(out, "timex en: strict F1=") {
		t.Fatalf("eval timex --gold FOLDER: exit %d\n%s%s", code, out, errOut)
	}
	out, errOut, code = runCLI(t, "", "eval", "ner", "--gold", dir, "--lang", "en")
	if code == 0 || !strings.Contains(errOut, "is a folder") {
		t.Errorf("eval ner --gold FOLDER: exit %d, want a folder error\n%s%s", code, out, errOut)
	}
}
