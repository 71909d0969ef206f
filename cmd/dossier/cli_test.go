package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSeedDocuments checks the document export on the four seed articles:
// language, date, author and title as a reader sees them, and no date where
// the article gives none.
func TestSeedDocuments(t *testing.T) {
	seeds := shared(t, "seeds")
	db := filepath.Join(t.TempDir(), "seeds.db")
	if out, errOut, code := runCLI(t, "", "--db", db, "ingest", seeds); code != 0 {
		t.Fatalf("ingest: exit %d: %s %s", code, out, errOut)
	}
	out, _, code := runCLI(t, "", "--db", db, "export", "documents")
	if code != 0 {
		t.Fatalf("export: exit %d", code)
	}
	docs := map[string]map[string]any{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var d map[string]any
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("export line %q: %v", line, err)
		}
		for _, k := range []string{"id", "source", "title", "lang", "published", "author", "chars"} {
			if _, ok := d[k]; !ok {
				t.Errorf("export record lacks %q: %s", k, line)
			}
		}
		docs[filepath.Base(d["source"].(string))[:3]] = d
	}
	want := map[string]struct {
		lang      string
		published any
		author    string
		title     string
	}{
		"000": {"en", nil, "", ""},
		"001": {"en", "2024-02-27", "Sven Hauberg", ""},
		"002": {"de", nil, "", ""},
		"003": {"de", "2025-07-31", "", "Neues Selbstbewusstsein: Kim spielt Trumpfkarte Russland"},
	}
	for k, w := range want {
		d, ok := docs[k]
		if !ok {
			t.Errorf("seed %s not exported", k)
			continue
		}
		if d["lang"] != w.lang || d["published"] != w.published {
			t.Errorf("seed %s: lang %v published %v; want %s %v", k, d["lang"], d["published"], w.lang, w.published)
		}
		if w.author != "" && d["author"] != w.author {
			t.Errorf("seed %s: author %v, want %s", k, d["author"], w.author)
		}
		if w.title != "" && d["title"] != w.title {
			t.Errorf("seed %s: title %v, want %s", k, d["title"], w.title)
		}
	}
}

func TestIngestExportSearch(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "in")
	os.MkdirAll(filepath.Join(corpus, "sub"), 0o755)
	files := map[string]string{
		"a.txt":       "Gipfel vertagt\n14. März 2019\nDie Delegationen trafen sich in Hanoi. Lawrow war nicht dabei.",
		"sub/b.txt":   "Talks in Geneva\nBy Jane Roe\nMarch 9, 2020\nNegotiators met again on Monday. They agreed to meet once more.",
		"bad.jsonl":   `{"url":"https://example.org/ok","text":"Ein gültiger Datensatz über Lawrows Reise."}` + "\n" + `{"url":` + "\n",
		"empty.txt":   "",
		"sub/x.unkno": "ignored: unknown extension in a folder",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(corpus, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "t.db")
	out, errOut, code := runCLI(t, "", "--db", db, "ingest", "--json", corpus)
	if code != 1 {
		t.Errorf("exit status %d with failed inputs, want 1", code)
	}
	var sum struct {
		Added, Failed int
		Present       int `json:"already_present"`
		Failures      []struct {
			Path, Reason string
			Line         int
		}
	}
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("--json summary %q: %v (%s)", out, err, errOut)
	}
	if sum.Added != 3 || sum.Failed != 2 || sum.Present != 0 {
		t.Errorf("summary = %+v, want 3 added, 2 failed", sum)
	}
	reasons := map[string]string{}
	for _, f := range sum.Failures {
		reasons[filepath.Base(f.Path)] = f.Reason
		if filepath.Base(f.Path) == "bad.jsonl" && f.Line != 2 {
			t.Errorf("bad.jsonl failure on line %d, want 2", f.Line)
		}
	}
	if reasons["empty.txt"] != "empty file" || !strings.HasPrefix(reasons["bad.jsonl"], "malformed JSON") {
		t.Errorf("failure reasons = %v", reasons)
	}

	out, _, code = runCLI(t, "", "--db", db, "ingest", corpus)
	if code != 1 || !strings.Contains(out, "added 0, already present 3, failed 2") {
		t.Errorf("second ingest: exit %d, %q", code, out)
	}

	out, _, _ = runCLI(t, "", "--db", db, "export", "documents", "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != "id,source,title,lang,published,author,chars,group_id,group_kind,group_size" || len(rows) != 4 {
		t.Errorf("csv = %q", out)
	}
	for _, r := range rows[1:] {
		if strings.HasSuffix(r[1], "b.txt") && (r[2] != "Talks in Geneva" || r[3] != "en" || r[4] != "2020-03-09" || r[5] != "Jane Roe") {
			t.Errorf("b.txt row = %q", r)
		}
	}

	out, _, code = runCLI(t, "", "--db", db, "search", "Lawrow")
	if code != 0 || !strings.Contains(out, "«Lawrow»") || !strings.Contains(out, "«Lawrows»") {
		t.Errorf("search Lawrow: exit %d\n%s", code, out)
	}

	out, _, code = runCLI(t, "Ein Text von der Standardeingabe, der gespeichert wird.", "--db", db, "ingest", "-")
	if code != 0 || !strings.Contains(out, "added 1") {
		t.Errorf("stdin ingest: exit %d, %q", code, out)
	}
}

func TestUsageErrors(t *testing.T) {
	cases := [][]string{
		{"ingest"},
		{"export", "nonsense"},
		{"export", "documents", "--format", "xml"},
		{"--langs", "fr", "ingest", "x"},
		{"no-such-command"},
	}
	for _, args := range cases {
		_, errOut, code := runCLI(t, "", append([]string{"--db", filepath.Join(t.TempDir(), "x.db")}, args...)...)
		if code == 0 || errOut == "" {
			t.Errorf("dossier %v: exit %d, stderr %q; want an error", args, code, errOut)
		}
	}
	out, _, code := runCLI(t, "", "--help")
	if code != 0 || !strings.Contains(out, "ingest") || !strings.Contains(out, "DOSSIER_DB") {
		t.Errorf("--help: exit %d\n%s", code, out)
	}
}

// TestExportShapes ingests the demo corpus and checks that every export
// kind writes records with the contract's fields, in JSON lines and CSV.
func TestExportShapes(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	dir := t.TempDir()
	if err := os.CopyFS(dir, examplesFS()); err != nil {
		t.Fatal(err)
	}
	if out, errOut, code := runCLI(t, "", "--db", db, "ingest", "-q", dir); code != 0 {
		t.Fatalf("ingest: exit %d: %s %s", code, out, errOut)
	}
	fields := map[string][]string{
		"documents": {"id", "source", "title", "lang", "published", "author", "chars"},
		"timexes":   {"doc", "text", "start", "end", "type", "value", "granularity"},
		"mentions":  {"doc", "entity", "text", "start", "end"},
		"entities":  {"id", "name", "kind", "country", "wikidata", "aliases"},
		"events":    {"id", "doc", "type", "mode", "actor", "target", "date", "location", "source", "modality", "quantities", "evidence", "confidence"},
	}
	for kind, want := range fields {
		out, errOut, code := runCLI(t, "", "--db", db, "export", kind)
		if code != 0 {
			t.Fatalf("export %s: exit %d: %s", kind, code, errOut)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		for _, line := range lines {
			if line == "" {
				continue
			}
			var rec map[string]any
			if err := json.Unmarshal([]byte(line), &rec); err != nil {
				t.Fatalf("export %s: %q: %v", kind, line, err)
			}
			for _, f := range want {
				if _, ok := rec[f]; !ok {
					t.Errorf("export %s: record lacks %q: %s", kind, f, line)
				}
			}
			if doc, ok := rec["doc"].(map[string]any); ok {
				for _, f := range []string{"id", "source", "published"} {
					if _, ok := doc[f]; !ok {
						t.Errorf("export %s: doc lacks %q: %s", kind, f, line)
					}
				}
			}
		}
		csvOut, _, code := runCLI(t, "", "--db", db, "export", kind, "--format", "csv")
		if code != 0 {
			t.Fatalf("export %s --format csv: exit %d", kind, code)
		}
		if rows, err := csv.NewReader(strings.NewReader(csvOut)).ReadAll(); err != nil || (len(rows) > 0 && len(rows) != len(lines)+1) {
			t.Errorf("export %s csv: %d rows for %d records, %v", kind, len(rows), len(lines), err)
		}
	}
	out, _, _ := runCLI(t, "", "--db", db, "export", "timexes")
	if !strings.Contains(out, `"value":"`) {
		t.Errorf("no time expressions exported from the demo corpus")
	}
}

// TestSeedRelation: on the seeds, North Korea–Russia spans 2023 to 2025 with
// cooperation from three documents, and the containers of 001 and 003 form
// one claim thread citing both.
func TestSeedRelation(t *testing.T) {
	seeds := shared(t, "seeds")
	db := filepath.Join(t.TempDir(), "seeds.db")
	if out, errOut, code := runCLI(t, "", "--db", db, "ingest", "-q", seeds); code != 0 {
		t.Fatalf("ingest: exit %d: %s %s", code, out, errOut)
	}
	out, errOut, code := runCLI(t, "", "--db", db, "timeline", "Nordkorea", "Russland", "--json")
	if code != 0 {
		t.Fatalf("timeline: exit %d: %s", code, errOut)
	}
	docs := map[string]bool{}
	first, last := "9999", "0000"
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var st struct {
			Type    string
			Date    *struct{ Value string }
			Reports []struct {
				Doc struct{ Source string }
			}
		}
		if err := json.Unmarshal([]byte(line), &st); err != nil {
			t.Fatalf("timeline line %q: %v", line, err)
		}
		if st.Type == "ACCUSE" || st.Type == "ASSAULT" || st.Type == "THREATEN" {
			continue
		}
		for _, r := range st.Reports {
			docs[filepath.Base(r.Doc.Source)[:3]] = true
		}
		if st.Date != nil {
			first, last = min(first, st.Date.Value), max(last, st.Date.Value)
		}
	}
	if !strings.HasPrefix(first, "2023") || !strings.HasPrefix(last, "2025") {
		t.Errorf("cooperation spans %s to %s, want 2023 to 2025", first, last)
	}
	for _, d := range []string{"001", "002", "003"} {
		if !docs[d] {
			t.Errorf("no cooperation from seed %s (have %v)", d, docs)
		}
	}
	brief, _, code := runCLI(t, "", "--db", db, "brief", "North Korea", "Russia")
	if code != 0 {
		t.Fatalf("brief: exit %d", code)
	}
	i := strings.Index(brief, "counted in container")
	if i < 0 {
		t.Fatalf("no container claim thread in the brief:\n%s", brief)
	}
	thread := brief[i:]
	if j := strings.Index(thread[1:], "\n- "); j >= 0 {
		thread = thread[:j+1]
	}
	if !strings.Contains(thread, "more than 10,000 containers") || !strings.Contains(thread, "Tausende Container") ||
		!strings.Contains(thread, "001_") || !strings.Contains(thread, "003_") {
		t.Errorf("container thread lacks a source:\n%s", thread)
	}
}
