package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUsageMistakes holds what a user sees for the mistakes users make: the
// exit status (2 for a command called the wrong way, 1 for a failure) and a
// message that names the culprit and, where one is near, the right name.
func TestUsageMistakes(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	if _, errOut, code := runCLI(t, "Lawrow reiste am Montag nach Pjöngjang.", "--db", db, "ingest", "-"); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	notFile := filepath.Join(dir, "folder.db")
	if err := os.Mkdir(notFile, 0o755); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		code int
		want []string // substrings of standard error
	}{
		{[]string{"exprot", "documents"}, 2, []string{`unknown command "exprot"`, `did you mean "export"`, "dossier --help"}},
		{[]string{"export", "documents", "--fromat", "csv"}, 2, []string{"unknown flag --fromat", "did you mean --format", "dossier export --help"}},
		{[]string{"search", "-Z", "x"}, 2, []string{"unknown flag -Z"}},
		{[]string{"eval", "nerr"}, 2, []string{`unknown command "nerr"`, `did you mean "ner"`}},
		{[]string{"timeline"}, 2, []string{"missing ACTOR"}},
		{[]string{"timeline", "North", "Korea", "Russia"}, 2, []string{"too many arguments", `"North Korea"`}},
		{[]string{"export"}, 2, []string{"missing KIND"}},
		{[]string{"serve", "now"}, 2, []string{"takes no arguments", `"now"`}},
		{[]string{"timeline", "Lawrow", "--from", "2024-13-01"}, 2, []string{`--from "2024-13-01"`, "month out of range"}},
		{[]string{"timeline", "Lawrow", "--from", "yesterday"}, 2, []string{`--from "yesterday"`, "YYYY-MM-DD"}},
		{[]string{"brief", "Lawrow", "--to", "2023-02-30"}, 2, []string{"day out of range"}},
		{[]string{"timeline", "Lawrow", "--from", "2025", "--to", "2024"}, 2, []string{"before --from"}},
		{[]string{"timeline", "Lawrow", "--type", "CONSLUT"}, 2, []string{"not a PLOVER event type", "did you mean CONSULT"}},
		{[]string{"brief", "Lawrow", "--max", "-1"}, 2, []string{"--max -1"}},
		{[]string{"search", " "}, 2, []string{"query is empty"}},
		{[]string{"search", "x", "--limit", "0"}, 2, []string{"--limit 0"}},
		{[]string{"search", "x", "--lang", "fr"}, 2, []string{`--lang "fr"`, "en, de"}},
		{[]string{"reindex", "--batch", "0"}, 2, []string{"--batch 0"}},
		{[]string{"ingest", "--batch", "-1", "x"}, 2, []string{"--batch -1"}},
		{[]string{"--max-bytes", "10XB", "search", "x"}, 2, []string{`"10XB" is not a size`}},
		{[]string{"--langs", "fr", "search", "x"}, 2, []string{`"fr" is not supported`}},
		{[]string{"export", "document"}, 2, []string{`unknown kind "document"`, `did you mean "documents"`}},
		{[]string{"timeline", "Lavorv"}, 1, []string{`"Lavorv"`, "Sergey Lavrov"}},
		{[]string{"--db", filepath.Join(dir, "missing.db"), "search", "x"}, 1, []string{"missing.db does not exist"}},
		{[]string{"--db", filepath.Join(dir, "no", "such", "x.db"), "ingest", "-"}, 1, []string{"the folder", "does not exist"}},
		{[]string{"--db", notFile, "export", "documents"}, 1, []string{"is a folder, not a file"}},
		{[]string{"ingest", filepath.Join(dir, "nothing.txt")}, 1, []string{"nothing.txt: no such file or directory"}},
		{[]string{"eval", "ner", "--lang", "de", "--gold", dir}, 1, []string{"--gold " + dir + ": is a folder"}},
		{[]string{"eval", "events", "--gold", dir}, 1, []string{"--gold " + dir + ": is a folder"}},
		{[]string{"train", "ner"}, 2, []string{`required flag(s) "lang" not set`, "Run 'dossier train ner --help' for usage."}},
		{[]string{"eval", "ner", "--lang", "de", "--gold", write(t, dir, "ner.csv", "1,Bonn,B-LOC\n")}, 1, []string{"ner.csv", "line 1", "separated by commas"}},
		{[]string{"eval", "events", "--gold", write(t, dir, "gold.jsonl", `{"text":"Paris protested."}`+"\n")}, 1, []string{"gold.jsonl: no <Sentence> records", "PLOVER GSR"}},
	}
	for _, c := range cases {
		args := c.args
		if args[0] != "--db" {
			args = append([]string{"--db", db}, args...)
		}
		_, errOut, code := runCLI(t, "", args...)
		if code != c.code {
			t.Errorf("dossier %s: exit %d, want %d (%s)", strings.Join(c.args, " "), code, c.code, errOut)
		}
		for _, w := range c.want {
			if !strings.Contains(errOut, w) {
				t.Errorf("dossier %s: stderr %q lacks %q", strings.Join(c.args, " "), errOut, w)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "missing.db")); err == nil {
		t.Errorf("search created the database it was pointed to by mistake")
	}
}

func TestByteSize(t *testing.T) {
	cases := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"52428800", 52428800, true},
		{"50MB", 50_000_000, true},
		{"50 MiB", 50 << 20, true},
		{"1.5GB", 1_500_000_000, true},
		{"500k", 500_000, true},
		{"10XB", 0, false},
		{"abc", 0, false},
		{"-5MB", 0, false},
		{"", 0, false},
	}
	for _, c := range cases {
		got, err := parseByteSize(c.in)
		if (err == nil) != c.ok || (c.ok && int64(got) != c.want) {
			t.Errorf("parseByteSize(%q) = %d, %v; want %d (ok %v)", c.in, got, err, c.want, c.ok)
		}
	}
	t.Setenv("DOSSIER_MAX_BYTES", "lots")
	_, errOut, code := runCLI(t, "", "--db", filepath.Join(t.TempDir(), "x.db"), "search", "x")
	if code != 2 || !strings.Contains(errOut, "$DOSSIER_MAX_BYTES") {
		t.Errorf("a bad $DOSSIER_MAX_BYTES: exit %d, %q; want 2 naming the variable", code, errOut)
	}
}

func TestNearest(t *testing.T) {
	names := []string{"documents", "timexes", "mentions", "entities", "events", "stories", "relations", "graph"}
	for in, want := range map[string]string{
		"document": "documents", "event": "events", "Mentions": "mentions", "grpah": "graph", "xyz": "", "relatoins": "relations",
	} {
		if got := nearest(in, names); got != want {
			t.Errorf("nearest(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzByteSize(f *testing.F) {
	for _, s := range []string{"50MB", "1.5 GiB", "12", "k", ".", "9999999999999999999GB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if n, err := parseByteSize(s); err == nil && n < 0 {
			t.Errorf("parseByteSize(%q) = %d", s, n)
		}
	})
}

func TestTrainedOn(t *testing.T) {
	const info = "trained on germeval2014/NER-de-dev.tsv + germeval2014/NER-de-test-half-a.tsv[^0/5]"
	for _, c := range []struct {
		gold string
		want bool
	}{
		{"../shared/data/germeval2014/NER-de-dev.tsv", true},
		{"NER-de-dev.tsv[1/4]", true},                       // part of a file trained on whole
		{"germeval2014/NER-de-test-half-a.tsv[0/5]", false}, // the part left out of training
		{"conll2003-en/eng.testa", false},
	} {
		if got := trainedOn(info, c.gold); got != c.want {
			t.Errorf("trainedOn(%q) = %v, want %v", c.gold, got, c.want)
		}
	}
	if trainedOn("an older model", "NER-de-dev.tsv") {
		t.Error("a description without training files named one")
	}
}
