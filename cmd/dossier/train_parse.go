package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/parse"
	"github.com/dossier-news/dossier/tag"
)

// defaultParseData is where the UD treebanks sit under the shared data
// folder: training files and the dev file. German GSD comes without its
// training split, so the parser trains on test and is scored on dev (the
// tagger trains on both: see parse/MODEL.md for how the German dev tags are
// kept honest).
var defaultParseData = map[string]struct {
	train []string
	dev   string
}{
	"en": {train: []string{"ud-english-ewt/en_ewt-ud-train.conllu"}, dev: "ud-english-ewt/en_ewt-ud-dev.conllu"},
	"de": {train: []string{"ud-german-gsd/de_gsd-ud-test.conllu"}, dev: "ud-german-gsd/de_gsd-ud-dev.conllu"},
}

func newTrainParseCmd(a *app) *cobra.Command {
	var (
		lang      string
		train     []string
		dev       string
		out       string
		iters     int
		seed      uint64
		explore   float64
		minWeight float64
		folds     int
		goldTags  bool
		noRaw     bool
		bags      int
	)
	cmd := &cobra.Command{
		Use:   "parse",
		Short: "Train the dependency parser from CoNLL-U treebanks",
		Long: `Train the greedy arc-hybrid dependency parser (averaged perceptron, dynamic
oracle) from CoNLL-U files and write the model file that package parse embeds
(parse/models/LANG.model.gz).

The parser learns on the tags the tagger predicts, not on the treebank's:
with --folds K (default 4) the training trees are cut into K parts and each
part is tagged by a tagger trained on the other parts (jackknifing), so that
the tags have the errors of unseen text. --folds 0 tags them with the shipped
tagger instead; --gold-tags trains on the treebank's own tags.

Without --train, the UD treebanks under $DOSSIER_SHARED/data (default
../shared/data) are used: English EWT train (dev: EWT dev), German GSD test
(dev: GSD dev). Dev is scored on tags from a tagger that never saw it.`,
		Example: `  dossier train parse --lang en --out parse/models/en.model.gz
  dossier train parse --lang de --out parse/models/de.model.gz`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if lang != "en" && lang != "de" {
				return usagef(cmd, "--lang: %q is not supported (en, de)", lang)
			}
			if folds < 0 || folds == 1 {
				return usagef(cmd, "--folds %d: give 0 or at least 2", folds)
			}
			shared := envOr("DOSSIER_SHARED", filepath.Join("..", "shared"))
			if len(train) == 0 {
				d := defaultParseData[lang]
				for _, f := range d.train {
					train = append(train, filepath.Join(shared, "data", f))
				}
				if dev == "" {
					dev = filepath.Join(shared, "data", d.dev)
				}
			}
			if out == "" {
				out = lang + ".model.gz"
			}
			trainTrees, err := parse.ReadTreebank(train...)
			if err != nil {
				return err
			}
			var devTrees []*parse.Tree
			if dev != "" {
				if devTrees, err = parse.ReadTreebank(dev); err != nil {
					return err
				}
			}
			nonProj := 0
			for _, t := range trainTrees {
				if !t.Projective() {
					nonProj++
				}
			}
			fmt.Fprintf(a.stdout, "training %s parser on %d trees (%d non-projective) from %v, dev %d trees\n", lang, len(trainTrees), nonProj, train, len(devTrees))
			start := time.Now()
			// With --gold-tags, the parser trains and reports each pass on
			// the treebank's tags, and is scored on predicted dev tags at
			// the end too.
			var trainTags, devTags, predDevTags [][]dossier.Token
			{
				var raw [][]string
				if !noRaw {
					if raw, err = readTaggerRaw(cmd, filepath.Join(shared, "data"), defaultTaggerRaw[lang]); err != nil {
						return err
					}
				}
				k := folds
				if goldTags {
					k = 0 // the training tags are not used: tag them the cheap way
				}
				if trainTags, devTags, err = parseTags(cmd, lang, trainTrees, devTrees, k, seed, raw); err != nil {
					return err
				}
				fmt.Fprintf(a.stdout, "tagged in %.1fs: UPOS of the training tags %.4f, of the dev tags %.4f\n",
					time.Since(start).Seconds(), uposAcc(trainTrees, trainTags), uposAcc(devTrees, devTags))
				if goldTags {
					trainTags, devTags, predDevTags = nil, nil, devTags
				}
			}
			p, err := parse.Train(cmd.Context(), parse.TrainConfig{
				Lang:      lang,
				Train:     trainTrees,
				Tags:      trainTags,
				Dev:       devTrees,
				DevTags:   devTags,
				Iters:     iters,
				Seed:      seed,
				Explore:   explore,
				MinWeight: float32(minWeight),
				Bags:      bags,
				Progress: func(s parse.IterStats) {
					line := fmt.Sprintf("bag %d iter %2d  moves %.4f", s.Bag, s.Iter, s.MoveAcc)
					if s.Dev.Words > 0 {
						line += fmt.Sprintf("  dev UAS %.4f LAS %.4f", s.Dev.UAS(), s.Dev.LAS())
					}
					fmt.Fprintf(a.stdout, "%s  features %d  %.1fs\n", line, s.Features, s.Elapsed.Seconds())
				},
			})
			if err != nil {
				return fmt.Errorf("train parser: %w", err)
			}
			fmt.Fprintf(a.stdout, "trained in %.1fs\n", time.Since(start).Seconds())
			if len(devTrees) > 0 {
				s := p.Evaluate(devTrees, devTags)
				fmt.Fprintf(a.stdout, "dev: words %d  UAS %.4f  LAS %.4f\n", s.Words, s.UAS(), s.LAS())
				if predDevTags != nil {
					ps := p.Evaluate(devTrees, predDevTags)
					fmt.Fprintf(a.stdout, "dev with the tags the tagger predicts: UAS %.4f  LAS %.4f\n", ps.UAS(), ps.LAS())
				}
				for _, l := range []parse.Label{parse.Nsubj, parse.NsubjPass, parse.Obj, parse.Iobj, parse.Obl, parse.OblAgent, parse.Conj, parse.AclRelcl, parse.Acl, parse.Ccomp, parse.Xcomp} {
					pr, rc, f := s.F1(l)
					fmt.Fprintf(a.stdout, "  %-10s gold %5d  P %.3f R %.3f F1 %.3f\n", l, s.Gold[l], pr, rc, f)
				}
			}
			if err := p.WriteFile(out); err != nil {
				return err
			}
			st, err := os.Stat(out)
			if err != nil {
				return err
			}
			m, r := p.Features()
			fmt.Fprintf(a.stdout, "wrote %s (%d move features, %d relation features, %.1f MB)\n", out, m, r, float64(st.Size())/1e6)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&lang, "lang", "", "language of the treebank: en or de (required)")
	f.StringArrayVar(&train, "train", nil, "CoNLL-U training file (repeatable; default: the UD treebank in shared data)")
	f.StringVar(&dev, "dev", "", "CoNLL-U file to report accuracy on after each pass")
	f.StringVar(&out, "out", "", "model file to write (default LANG.model.gz)")
	f.IntVar(&iters, "iters", 15, "passes over the training data")
	f.Uint64Var(&seed, "seed", 1, "random seed for shuffling and exploration")
	f.Float64Var(&explore, "explore", 0.9, "probability of following the parser's own move from the second pass on (negative: never)")
	f.Float64Var(&minWeight, "min-weight", 0.5, "drop features whose averaged weights are all smaller")
	f.IntVar(&folds, "folds", 4, "jackknife folds for the training tags (0: tag with the shipped tagger)")
	f.BoolVar(&goldTags, "gold-tags", false, "train on the treebank's tags instead of predicted ones (dev is scored on both)")
	f.IntVar(&bags, "bags", 1, "parsers trained on different shufflings, their weights averaged")
	f.BoolVar(&noRaw, "no-raw", false, "train the jackknife and dev taggers without unlabelled text (no ambiguity lexicon)")
	_ = cmd.MarkFlagRequired("lang")
	return cmd
}

// parseTags tags the training trees by jackknifing (or with the shipped
// tagger when folds is 0) and the dev trees with a tagger that has not seen
// them: the shipped English tagger (trained on EWT train), or for German,
// whose shipped tagger trained on GSD dev, one trained on the parser's
// training trees alone.
//
// The taggers trained here learn their ambiguity lexicon from raw, the
// unlabelled text the shipped tagger learns it from, so that their tags are
// as good as the shipped tagger's on unseen text.
func parseTags(cmd *cobra.Command, lang string, trainTrees, devTrees []*parse.Tree, folds int, seed uint64, raw [][]string) (trainTags, devTags [][]dossier.Token, err error) {
	shipped, err := tag.Load(lang)
	if err != nil {
		return nil, nil, err
	}
	if folds == 0 {
		trainTags = parse.PredictTags(trainTrees, shipped)
	} else {
		trainTags = make([][]dossier.Token, len(trainTrees))
		for k := range folds {
			var in []*tag.Sentence
			var outIdx []int
			for i, t := range trainTrees {
				if i%folds == k {
					outIdx = append(outIdx, i)
				} else {
					in = append(in, taggerSentence(t))
				}
			}
			tg, err := tag.Train(cmd.Context(), tag.TrainConfig{Lang: lang, Train: in, Seed: seed, Bags: 1, Raw: raw})
			if err != nil {
				return nil, nil, fmt.Errorf("jackknife fold %d: %w", k, err)
			}
			part := make([]*parse.Tree, len(outIdx))
			for j, i := range outIdx {
				part[j] = trainTrees[i]
			}
			for j, toks := range parse.PredictTags(part, tg) {
				trainTags[outIdx[j]] = toks
			}
		}
	}
	if len(devTrees) == 0 {
		return trainTags, nil, nil
	}
	if lang == "de" {
		in := make([]*tag.Sentence, len(trainTrees))
		for i, t := range trainTrees {
			in[i] = taggerSentence(t)
		}
		tg, err := tag.Train(cmd.Context(), tag.TrainConfig{Lang: lang, Train: in, Seed: seed, Raw: raw})
		if err != nil {
			return nil, nil, fmt.Errorf("dev tagger: %w", err)
		}
		return trainTags, parse.PredictTags(devTrees, tg), nil
	}
	return trainTags, parse.PredictTags(devTrees, shipped), nil
}

// taggerSentence turns a tree back into the tagger's training sentence.
func taggerSentence(t *parse.Tree) *tag.Sentence {
	s := &tag.Sentence{ID: t.ID, Words: make([]tag.Word, len(t.Nodes))}
	for i, n := range t.Nodes {
		s.Words[i] = tag.Word{Form: n.Form, Lemma: n.Lemma, UPOS: n.UPOS}
	}
	return s
}

// uposAcc is the share of words whose predicted tag is the treebank's.
func uposAcc(trees []*parse.Tree, tags [][]dossier.Token) float64 {
	right, all := 0, 0
	for i, t := range trees {
		for j, n := range t.Nodes {
			all++
			if tags[i][j].POS == n.UPOS {
				right++
			}
		}
	}
	return float64(right) / float64(max(all, 1))
}
