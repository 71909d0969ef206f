package lang

import (
	"errors"
	"math"
)

// TrainConfig sets the smoothing and pruning of Train.
type TrainConfig struct {
	// MinCount drops n-grams seen fewer times in every language; 0 means 2.
	MinCount int
	// Alpha is the additive smoothing; 0 means 0.5.
	Alpha float64
}

// Train estimates a model from sample texts per language. Each language's
// n-gram probabilities are estimated per order: P(g) = (count(g)+α) /
// (total+α·(V+1)), where V is the number of distinct n-grams of that order
// kept in the model and counts are first scaled to the same total in every
// language.
func Train(texts map[string][]string, langs []string, cfg TrainConfig) (*Model, error) {
	if len(langs) == 0 {
		return nil, errors.New("train: no languages")
	}
	if cfg.MinCount == 0 {
		cfg.MinCount = 2
	}
	if cfg.Alpha == 0 {
		cfg.Alpha = 0.5
	}
	nl := len(langs)
	counts := map[uint32][]float64{}
	orderOf := map[uint32]int{}
	totals := make([][maxOrder]float64, nl)
	for li, l := range langs {
		if len(texts[l]) == 0 {
			return nil, errors.New("train: no text for " + l)
		}
		for _, t := range texts[l] {
			grams(t, func(k uint32, o int) {
				c := counts[k]
				if c == nil {
					c = make([]float64, nl)
					counts[k] = c
					orderOf[k] = o
				}
				c[li]++
				totals[li][o-1]++
			})
		}
	}
	var vocab [maxOrder]float64
	for k, c := range counts {
		keep := false
		for _, v := range c {
			if v >= float64(cfg.MinCount) {
				keep = true
			}
		}
		if !keep {
			delete(counts, k)
			continue
		}
		vocab[orderOf[k]-1]++
	}
	// Counts are scaled to a common total per order before smoothing, so
	// that a language with less training text does not give unseen n-grams
	// a higher probability: otherwise every text full of names and
	// abbreviations would lean towards the smaller language.
	var common [maxOrder]float64
	for li := range langs {
		for o := range common {
			common[o] = max(common[o], totals[li][o])
		}
	}
	logp := func(c float64, li, o int) float32 {
		c *= common[o] / max(totals[li][o], 1)
		return float32(math.Log((c + cfg.Alpha) / (common[o] + cfg.Alpha*(vocab[o]+1))))
	}
	m := &Model{Langs: append([]string(nil), langs...), Grams: make(map[uint32][]float32, len(counts))}
	for li := range langs {
		var u [maxOrder]float32
		for o := range u {
			u[o] = logp(0, li, o)
		}
		m.Unseen = append(m.Unseen, u)
	}
	for k, c := range counts {
		o := orderOf[k] - 1
		row := make([]float32, nl)
		for li, v := range c {
			row[li] = logp(v, li, o)
		}
		m.Grams[k] = row
	}
	return m, nil
}
