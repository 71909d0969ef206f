package eval

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestChunks(t *testing.T) {
	tests := []struct {
		labels []string
		want   []Chunk
	}{
		{nil, nil},
		{[]string{"O", "O"}, nil},
		{[]string{"B-PER", "I-PER", "O", "B-LOC"}, []Chunk{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{[]string{"B-PER", "B-PER"}, []Chunk{{0, 1, "PER"}, {1, 2, "PER"}}},
		// an I- that does not continue its class starts a span (conlleval)
		{[]string{"I-ORG", "I-ORG", "I-LOC"}, []Chunk{{0, 2, "ORG"}, {2, 3, "LOC"}}},
		{[]string{"B-LOCderiv", "X", "B-"}, []Chunk{{0, 1, "LOCderiv"}}},
	}
	for _, tt := range tests {
		if got := Chunks(tt.labels); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Chunks(%v) = %v, want %v", tt.labels, got, tt.want)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestNERScorer(t *testing.T) {
	s := NewNERScorer(nil)
	// sentence 1: gold PER[0,2) LOC[3,4); predicted PER[0,2) (right), LOC[3,5) (wrong end)
	s.AddLabels([]string{"B-PER", "I-PER", "O", "B-LOC", "O"}, []string{"B-PER", "I-PER", "O", "B-LOC", "I-LOC"})
	// sentence 2: gold ORG[0,1); predicted LOC[0,1) (wrong class), PER[2,3) (spurious)
	s.AddLabels([]string{"B-ORG", "O", "O"}, []string{"B-LOC", "O", "B-PER"})
	// sentence 3: nothing gold, nothing predicted
	s.AddLabels([]string{"O"}, []string{"O"})
	if s.Total != (Counts{Gold: 3, Pred: 4, Correct: 1}) {
		t.Fatalf("total %+v", s.Total)
	}
	if p, r := s.Total.P(), s.Total.R(); !near(p, 0.25) || !near(r, 1.0/3) {
		t.Errorf("P=%v R=%v", p, r)
	}
	if f := s.Total.F1(); !near(f, 2*0.25*(1.0/3)/(0.25+1.0/3)) {
		t.Errorf("F1=%v", f)
	}
	if c := s.ByClass["PER"]; *c != (Counts{Gold: 1, Pred: 2, Correct: 1}) {
		t.Errorf("PER %+v", *c)
	}
	if c := s.ByClass["ORG"]; *c != (Counts{Gold: 1}) || c.F1() != 0 {
		t.Errorf("ORG %+v", *c)
	}
	want := "ner de: P=0.250 R=0.333 F1=0.286 (gold 3, predicted 4)"
	if got := s.Summary("ner de"); got != want {
		t.Errorf("Summary = %q, want %q", got, want)
	}
	var b strings.Builder
	if err := s.WriteClasses(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "LOC       P=0.000 R=0.000 F1=0.000 (gold 1, predicted 2, correct 0)") {
		t.Errorf("WriteClasses:\n%s", b.String())
	}
}

func TestNERScorerPerfect(t *testing.T) {
	s := NewNERScorer(nil)
	l := []string{"B-PER", "I-PER", "O", "B-MISC"}
	s.AddLabels(l, l)
	if s.Total.P() != 1 || s.Total.R() != 1 || s.Total.F1() != 1 {
		t.Errorf("perfect prediction scored %+v", s.Total)
	}
	// a gold span is matched once even if predicted twice
	s = NewNERScorer(nil)
	s.Add([]Chunk{{0, 1, "PER"}}, []Chunk{{0, 1, "PER"}, {0, 1, "PER"}})
	if s.Total.Correct != 1 {
		t.Errorf("duplicate prediction counted %d times", s.Total.Correct)
	}
}

func TestClassMaps(t *testing.T) {
	gold := []string{"B-PER", "B-OTH", "B-LOCderiv", "B-ORGpart", "B-LOC"}
	pred := []string{"B-PER", "B-OTH", "B-LOCderiv", "O", "B-ORG"}
	official := NewNERScorer(Identity)
	official.AddLabels(gold, pred)
	if official.Total != (Counts{Gold: 5, Pred: 4, Correct: 3}) {
		t.Errorf("official %+v", official.Total)
	}
	four := NewNERScorer(FourClass)
	four.AddLabels(gold, pred)
	if four.Total != (Counts{Gold: 3, Pred: 3, Correct: 2}) {
		t.Errorf("4-class %+v", four.Total)
	}
	if four.ByClass["MISC"].Correct != 1 {
		t.Errorf("OTH not scored as MISC: %+v", four.ByClass)
	}
	r := NewNERScorer(Restrict(FourClass, "PER", "ORG", "LOC"))
	r.AddLabels([]string{"B-PER", "O"}, []string{"B-PER", "B-MISC"})
	if r.Total != (Counts{Gold: 1, Pred: 1, Correct: 1}) {
		t.Errorf("restricted %+v", r.Total)
	}
}
