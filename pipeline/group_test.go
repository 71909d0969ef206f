package pipeline

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/ingest"
)

// logStage records which document it analysed, under its name, and panics
// on a document that mentions a trap.
type logStage struct {
	name string
	log  *[]string
}

func (s logStage) Analyze(_ context.Context, d *dossier.Document) error {
	if strings.Contains(d.Text, "trap") {
		panic("fell into the trap")
	}
	*s.log = append(*s.log, s.name+" "+d.Source)
	d.Mentions = append(d.Mentions, dossier.Mention{Text: s.name})
	return nil
}

// TestProcessGroupStageMajor checks that a group runs each stage over all
// its documents before the next stage, that a stage's panic fails only its
// document (named by file and line), and that the documents come out as
// Process makes them one at a time.
func TestProcessGroupStageMajor(t *testing.T) {
	var log []string
	clock := func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }
	p := New([]string{"en"}, nil, WithClock(clock), WithAnalyzers(logStage{"A", &log}, logStage{"B", &log}))
	texts := []string{
		"The talks went on for a third day. Both sides said little.",
		"Someone walked into a trap near the border.",
		"A new round was announced for Monday.",
	}
	var group []groupItem
	for i, s := range texts {
		group = append(group, groupItem{item: ingest.Item{Source: fmt.Sprint("doc", i), Path: "in.jsonl", Line: i + 1, Body: []byte(s)}})
	}
	group = append(group, groupItem{item: ingest.Item{Path: "in.jsonl", Line: 4}, err: fmt.Errorf("unreadable")})
	res := p.processGroup(context.Background(), group, nil, nil)
	if len(res) != len(group) {
		t.Fatalf("%d results for %d items", len(res), len(group))
	}
	if want := []string{"A doc0", "A doc2", "B doc0", "B doc2"}; !reflect.DeepEqual(log, want) {
		t.Errorf("stages ran as %q, want %q", log, want)
	}
	for i, want := range []string{"", "in.jsonl:2: analyse doc1: internal error", "", "in.jsonl:4: unreadable"} {
		got := ""
		if f := res[i].failure; f != nil {
			got = f.String()
		}
		if !strings.HasPrefix(got, want) || (want == "") != (got == "") {
			t.Errorf("item %d: failure %q, want %q", i, got, want)
		}
	}
	for _, i := range []int{0, 2} {
		a, err := ingest.Extract(group[i].item)
		if err != nil {
			t.Fatal(err)
		}
		one, err := p.Process(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(res[i].doc, one) {
			t.Errorf("item %d: grouped document differs from Process's", i)
		}
	}
}
