package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestDeclaredLanguage runs the CLI over JSON lines declared in
// languages dossier reads and does not: the others are failures naming
// file, line and language, with exit status 1; the rest is stored with the
// language it is written in. A reindex with fewer --langs keeps the
// documents it would misread as they are, and says so.
func TestIngestDeclaredLanguage(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "mixed.jsonl")
	lines := []string{
		`{"url":"u1","lang":"en-GB","text":"The two delegations met in Geneva on Monday and agreed to meet again next week."}`,
		`{"url":"u2","lang":"fr","text":"Les deux délégations se sont rencontrées lundi à Genève et ont convenu de se revoir."}`,
		`{"url":"u3","lang":"de","text":"Die beiden Delegationen trafen sich am Montag in Genf und wollen sich nächste Woche wiedersehen."}`,
		`{"url":"u4","lang":"es","text":"Las dos delegaciones se reunieron el lunes en Ginebra y acordaron volver a verse."}`,
	}
	if err := os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "l.db")
	out, errOut, code := runCLI(t, "", "--db", db, "ingest", in)
	if code != 1 || !strings.Contains(out, "added 2, already present 0, failed 2") {
		t.Fatalf("exit %d, %q; want exit 1 and 2 added, 2 failed\n%s", code, out, errOut)
	}
	for _, want := range []string{`mixed.jsonl:2: declared language "fr"`, `mixed.jsonl:4: declared language "es"`, "not stored"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr does not say %q:\n%s", want, errOut)
		}
	}
	docs, _, _ := runCLI(t, "", "--db", db, "export", "documents", "--format", "csv")
	for _, want := range []string{"u1,,en,", "u3,,de,"} {
		if !strings.Contains(docs, want) {
			t.Errorf("documents do not hold %q:\n%s", want, docs)
		}
	}
	out, errOut, code = runCLI(t, "", "--db", db, "--langs", "en", "reindex")
	if code != 0 || !strings.Contains(out, "reindexed 1 document in") || !strings.Contains(errOut, "1 document in languages --langs en leaves out") {
		t.Errorf("reindex --langs en: exit %d, %q, %q", code, out, errOut)
	}
	docs, _, _ = runCLI(t, "", "--db", db, "export", "documents", "--format", "csv")
	if !strings.Contains(docs, "u3,,de,") {
		t.Errorf("after reindex --langs en, the German document is not German:\n%s", docs)
	}
}

// TestIngestScreensUndeclared: a text file in French, which declares no
// language, is a failure naming the file and the language it reads as, and
// the English file beside it is stored.
func TestIngestScreensUndeclared(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"greve.txt": "Grève dans les transports\n\nLes syndicats ont appelé lundi à une grève de trois jours contre la réforme présentée par le gouvernement. " +
			"Selon la direction, un train sur deux circulera mardi dans la plupart des régions, et les lignes vers l'étranger seront perturbées. " +
			"Le ministre a dit regretter une décision qui pénalise les voyageurs.\n",
		"strike.txt": "Rail strike called\n\nRail unions called on Monday for a three-day strike against the reform the government presented. " +
			"One train in two will run on Tuesday in most regions, and lines abroad will be disrupted. " +
			"The minister said he regretted a decision that hurts travellers.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errOut, code := runCLI(t, "", "--db", filepath.Join(dir, "s.db"), "ingest", dir)
	if code != 1 || !strings.Contains(out, "added 1, already present 0, failed 1") {
		t.Fatalf("exit %d, %q; want exit 1, 1 added and 1 failed\n%s", code, out, errOut)
	}
	if !strings.Contains(errOut, "greve.txt: the text reads as French (fr)") {
		t.Errorf("stderr does not name the file and French:\n%s", errOut)
	}
}
