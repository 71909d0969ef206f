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
