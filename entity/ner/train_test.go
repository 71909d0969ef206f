package ner

import (
	"context"
	"math"
	"testing"

	"github.com/dossier-news/dossier/eval"
)

// TestTrainOptions checks that each training variant still learns the tiny
// training set, and that silver sentences change the model only when they
// carry weight.
func TestTrainOptions(t *testing.T) {
	silver := []eval.NERSentence{
		parseBracketed("[PER Ole Dahl] moved to [LOC Lima] ."),
		parseBracketed("[PER Ole Dahl] met [PER Anna Berg] ."),
	}
	tests := []struct {
		name string
		cfg  TrainConfig
	}{
		{"perceptron", TrainConfig{}},
		{"margin", TrainConfig{Margin: 1}},
		{"passive-aggressive", TrainConfig{Margin: 50, PA: 5}},
		{"silver", TrainConfig{Silver: silver, SilverWeight: 0.5}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := tc.cfg
			cfg.Lang, cfg.Iters, cfg.Prune = "en", 6, 0.01
			_, epochs, err := Train(context.Background(), tinyTraining(), tinyTraining(), cfg)
			if err != nil {
				t.Fatal(err)
			}
			if f := epochs[len(epochs)-1].Dev.Total.F1(); f < 0.9 {
				t.Errorf("F1 on the training data %.3f, want ≥ 0.9", f)
			}
		})
	}
	// "Ole Dahl" is only in the silver data: with weight it is learnt as a
	// person (without them the tiny model reads "Ole" as a place)
	tokens := []string{"Ole", "Dahl", "lives", "in", "Lima", "."}
	m, _, err := Train(context.Background(), tinyTraining(), nil, TrainConfig{Lang: "en", Iters: 6, Prune: 0.01, Silver: silver, SilverWeight: 1})
	if err != nil {
		t.Fatal(err)
	}
	withSilver := m.PredictLabels(tokens, nil)
	if withSilver[0] != "B-PER" || withSilver[1] != "I-PER" {
		t.Errorf("with silver sentences %v, want Ole Dahl as a person", withSilver)
	}
}

func TestPAStep(t *testing.T) {
	// two labels (O and B-X, no I-), two tokens with 3 and 1 features
	ts := &trainSent{feats: []int32{0, 1, 2, 3}, off: []int32{0, 3, 4}, gold: []int{1, 0}}
	const L = 3
	score := []float32{
		2, 1, 0, // token 0: O scores 2, gold B-X 1 (already lowered by the margin)
		0, 0, 0,
	}
	trans := make([]float32, L*L)
	start := make([]float32, L)
	tests := []struct {
		name   string
		pred   []int
		margin float32
		limit  float32
		want   float32
	}{
		// gap 2-1 and loss 1 over the norm: 2·3 features, 2 for the
		// start and 2 for the transition into token 1
		{"no margin", []int{0, 0}, 0, 10, 0.2},
		// gold's own score is 1+4: gap 2-5, cost 1·4, over 10
		{"margin", []int{0, 0}, 4, 10, 0.1},
		{"capped", []int{0, 0}, 4, 0.05, 0.05},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := paStep(ts, tc.pred, score, trans, start, L, tc.margin, 1, tc.limit)
			if math.Abs(float64(got-tc.want)) > 1e-6 {
				t.Errorf("paStep = %v, want %v", got, tc.want)
			}
		})
	}
}
