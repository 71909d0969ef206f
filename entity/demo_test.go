package entity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDemoCorpus runs the pipeline over the demo corpus (examples/) and the
// seed articles, checking the mention invariants of every document. With
// ENTITY_DUMP=1 and -v it lists every mention with its link, for review.
func TestDemoCorpus(t *testing.T) {
	f := testFixture(t)
	p := f.pipeline(t)
	files, _ := filepath.Glob(filepath.Join("..", "examples", "*-*"))
	if dir := filepath.Join(sharedDir(t), "seeds"); os.Getenv("ENTITY_DUMP") != "" {
		seeds, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		files = append(files, seeds...)
	}
	if len(files) == 0 {
		t.Skip("no demo corpus")
	}
	linked, local, total := 0, 0, 0
	for _, fn := range files {
		for _, d := range f.processFile(t, p, fn) {
			checkInvariants(t, d)
			if os.Getenv("ENTITY_DUMP") != "" {
				t.Logf("== %s lang=%s published=%q", fn, d.Lang, d.Published)
			}
			for _, m := range d.Mentions {
				total++
				switch {
				case strings.HasPrefix(m.Entity, localPrefix):
					local++
				case m.Entity != "":
					linked++
				}
				if os.Getenv("ENTITY_DUMP") == "" {
					continue
				}
				name := ""
				if e, ok := f.linker.Entity(m.Entity); ok {
					name = e.Name
				}
				nth := strings.Count(d.Text[:m.Start], m.Text) + 1
				ctx := d.Text[max(0, m.Start-25):m.Start]
				if i := strings.LastIndexByte(ctx, '\n'); i >= 0 {
					ctx = ctx[i+1:]
				}
				t.Logf("%-30q #%d → %-28s %-22q %-4s %-4s %-9s %.2f   …%s", m.Text, nth, m.Entity, name, m.Class, m.Sector, m.Via, m.Confidence, ctx)
			}
		}
	}
	t.Logf("%d mentions: %d linked to the knowledge base, %d local, %d unlinked", total, linked, local, total-linked-local)
	if total == 0 || float64(linked) < 0.7*float64(total) {
		t.Errorf("only %d of %d mentions linked to the knowledge base", linked, total)
	}
}
