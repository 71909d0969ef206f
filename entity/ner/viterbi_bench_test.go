package ner

import (
	"slices"
	"testing"
)

func BenchmarkViterbiDE(b *testing.B) { benchmarkViterbi(b, "de") }
func BenchmarkViterbiEN(b *testing.B) { benchmarkViterbi(b, "en") }

// benchmarkViterbi decodes the emission scores the model gives the
// benchmark sentences, Viterbi alone: its branches depend on the scores, so
// random ones would time it wrongly.
func benchmarkViterbi(b *testing.B, lang string) {
	m, err := loadBench(b, lang)
	if err != nil {
		b.Fatal(err)
	}
	sents, _, ntok := benchSentences(b, lang)
	L := m.nlab
	var scores [][]float32
	s := m.getScratch()
	maxN := 0
	for _, toks := range sents {
		m.decodeFast(s, toks, nil, false)
		scores = append(scores, slices.Clone(s.score[:len(toks)*L]))
		maxN = max(maxN, len(toks))
	}
	s.reset(maxN, L)
	all := s.score
	b.ResetTimer()
	for range b.N {
		for _, sc := range scores {
			s.score = all[:copy(all, sc)]
			viterbi(s, len(sc)/L, L, m.transT, m.start, &m.vit)
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
