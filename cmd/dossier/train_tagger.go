package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-news/dossier/entity/ner"
	"github.com/dossier-news/dossier/tag"
)

// defaultTaggerRaw is the unlabelled text, per language (paths under the
// shared data folder), whose first-pass tags give the tagger its ambiguity
// lexicon. None of it is in a treebank split the tagger is scored on.
var defaultTaggerRaw = map[string][]string{
	"en": {
		"news-en-reuters21578/reut2-000.sgm",
		"news-en-reuters21578/reut2-001.sgm",
		"news-en-reuters21578/reut2-002.sgm",
		"news-en-reuters21578/reut2-003.sgm",
	},
	"de": {
		"news-de-10kgnad/test.csv",
		"wikiwarsde/in/01_WW2.sgm",
		"wikiwarsde/in/03_AmCivWar.sgm",
		"wikiwarsde/in/05_VietnamWar.sgm",
		"wikiwarsde/in/07_IraqWar.sgm",
		"wikiwarsde/in/09_GrecoPersian.sgm",
		"wikiwarsde/in/11_ChineseCivWar.sgm",
		"wikiwarsde/in/13_RussianCivWar.sgm",
		"wikiwarsde/in/15_MexicanRev.sgm",
		"wikiwarsde/in/17_AlgerianWar.sgm",
		"wikiwarsde/in/19_RussoJap.sgm",
		"wikiwarsde/in/21_NigerianCivilWar.sgm",
	},
}

// defaultTaggerData is where the Universal Dependencies treebanks sit under
// the shared data folder, per language: training files, then the dev file.
var defaultTaggerData = map[string]struct {
	train []string
	dev   string
}{
	"en": {train: []string{"ud-english-ewt/en_ewt-ud-train.conllu"}, dev: "ud-english-ewt/en_ewt-ud-dev.conllu"},
	// German GSD comes without its training split: dev and test are all
	// there is, so both train the shipped model (see tag/MODEL.md).
	"de": {train: []string{"ud-german-gsd/de_gsd-ud-dev.conllu", "ud-german-gsd/de_gsd-ud-test.conllu"}},
}

func newTrainTaggerCmd(a *app) *cobra.Command {
	var (
		lang      string
		train     []string
		dev       string
		out       string
		iters     int
		holdout   float64
		seed      uint64
		raw       []string
		noRaw     bool
		rawRounds int
		bags      int
		dropout   float64
		from      string
		keep      int
	)
	cmd := &cobra.Command{
		Use:   "tagger",
		Short: "Train the part-of-speech tagger and lemmatiser from CoNLL-U treebanks",
		Long: `Train the averaged-perceptron UPOS tagger and the lemmatiser from CoNLL-U
files (Universal Dependencies treebanks) and write the model file that package
tag embeds (tag/models/LANG.model.gz).

Without --train, the UD treebanks under $DOSSIER_SHARED/data (default
../shared/data) are used: English EWT train (with EWT dev as --dev), German
GSD dev+test. --holdout F keeps the last fraction F of the training sentences
out of training and reports accuracy on them instead.`,
		Example: `  dossier train tagger --lang de --out tag/models/de.model.gz
  dossier train tagger --lang en --holdout 0.1`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if lang != "en" && lang != "de" {
				return usagef(cmd, "--lang: %q is not supported (en, de)", lang)
			}
			if keep < 0 {
				return usagef(cmd, "--keep %d: give a positive number of features", keep)
			}
			if from != "" {
				return pruneTagger(a, from, out, keep)
			}
			if holdout < 0 || holdout >= 1 {
				return usagef(cmd, "--holdout %g: give a fraction in [0, 1)", holdout)
			}
			var err error
			if len(train) == 0 {
				shared := envOr("DOSSIER_SHARED", filepath.Join("..", "shared"))
				d := defaultTaggerData[lang]
				for _, f := range d.train {
					train = append(train, filepath.Join(shared, "data", f))
				}
				if dev == "" && d.dev != "" && holdout == 0 {
					dev = filepath.Join(shared, "data", d.dev)
				}
			}
			shared := envOr("DOSSIER_SHARED", filepath.Join("..", "shared"))
			if len(raw) == 0 && !noRaw {
				raw = defaultTaggerRaw[lang]
			}
			var rawSents [][]string
			if len(raw) > 0 && !noRaw {
				if rawSents, err = readTaggerRaw(cmd, filepath.Join(shared, "data"), raw); err != nil {
					return err
				}
				fmt.Fprintf(a.stdout, "raw text: %d sentences from %v\n", len(rawSents), raw)
			}
			if out == "" {
				out = lang + ".model.gz"
			}
			trainSents, err := tag.ReadCoNLLUFiles(train...)
			if err != nil {
				return err
			}
			var devSents []*tag.Sentence
			if dev != "" {
				if devSents, err = tag.ReadCoNLLUFiles(dev); err != nil {
					return err
				}
			}
			if holdout > 0 {
				cut := len(trainSents) - int(holdout*float64(len(trainSents)))
				trainSents, devSents = trainSents[:cut:cut], trainSents[cut:]
				fmt.Fprintf(a.stdout, "holding out the last %d of %d sentences\n", len(devSents), len(trainSents)+len(devSents))
			}
			fmt.Fprintf(a.stdout, "training %s tagger on %d sentences (%v), dev %d sentences\n", lang, len(trainSents), train, len(devSents))
			t, err := tag.Train(cmd.Context(), tag.TrainConfig{
				Lang:      lang,
				Train:     trainSents,
				Dev:       devSents,
				Iters:     iters,
				Seed:      seed,
				Raw:       rawSents,
				RawRounds: rawRounds,
				Bags:      bags,
				Dropout:   dropout,
				Progress: func(s tag.IterStats) {
					line := fmt.Sprintf("iter %2d  train %.4f", s.Iter, s.TrainAcc)
					if s.DevAcc >= 0 {
						line += fmt.Sprintf("  dev %.4f", s.DevAcc)
					}
					fmt.Fprintf(a.stdout, "%s  features %d  %.1fs\n", line, s.Features, s.Elapsed.Seconds())
				},
			})
			if err != nil {
				return fmt.Errorf("train tagger: %w", err)
			}
			if len(devSents) > 0 {
				e := t.Evaluate(devSents)
				fmt.Fprintf(a.stdout, "dev: tokens %d  UPOS %.4f  lemma %.4f  VERB lemma %.4f (%d)  unknown words %d: UPOS %.4f lemma %.4f\n",
					e.Tokens, e.POSAcc(), e.LemmaAcc(), e.VerbLemmaAcc(), e.Verbs, e.Unknown,
					float64(e.UnknownPOSCorrect)/float64(max(e.Unknown, 1)), float64(e.UnknownLemmaCorrect)/float64(max(e.Unknown, 1)))
			}
			if keep > 0 {
				if _, err := t.Prune(keep); err != nil {
					return err
				}
				if len(devSents) > 0 {
					e := t.Evaluate(devSents)
					fmt.Fprintf(a.stdout, "dev, %d features kept: UPOS %.4f  lemma %.4f\n", t.Features(), e.POSAcc(), e.LemmaAcc())
				}
			}
			return writeTagger(a, t, out)
		},
	}
	f := cmd.Flags()
	f.StringVar(&lang, "lang", "", "language of the treebank: en or de (required)")
	f.StringArrayVar(&train, "train", nil, "CoNLL-U training file (repeatable; default: the UD treebank in shared data)")
	f.StringVar(&dev, "dev", "", "CoNLL-U file to report accuracy on after each pass")
	f.StringVar(&out, "out", "", "model file to write (default LANG.model.gz)")
	f.IntVar(&iters, "iters", 10, "passes over the training data")
	f.Float64Var(&holdout, "holdout", 0, "fraction of training sentences (the last ones) kept out for evaluation")
	f.Uint64Var(&seed, "seed", 1, "random seed for shuffling")
	f.StringArrayVar(&raw, "raw", nil, "unlabelled text file under $DOSSIER_SHARED/data for the ambiguity lexicon (repeatable; default per language)")
	f.Float64Var(&dropout, "dropout", 0.1, "probability that a word seen once in training hides its identity in a pass (negative: never)")
	f.IntVar(&bags, "bags", 8, "models trained on different shufflings, their weights averaged")
	f.IntVar(&rawRounds, "raw-rounds", 1, "rounds of tagging the raw text for the ambiguity lexicon")
	f.BoolVar(&noRaw, "no-raw", false, "train without unlabelled text (no ambiguity lexicon)")
	f.IntVar(&keep, "keep", 0, "keep only this many features, those with the largest weights (0: all)")
	f.StringVar(&from, "from", "", "do not train: read this model file, keep --keep features of it and write --out")
	_ = cmd.MarkFlagRequired("lang")
	return cmd
}

// readTaggerRaw reads unlabelled sentences: the token column of GermEval
// .tsv files (their labels are not used), anything else as
// ner.ReadRawCorpus reads it.
func readTaggerRaw(cmd *cobra.Command, dataDir string, files []string) ([][]string, error) {
	var out [][]string
	for _, f := range files {
		if !strings.HasSuffix(f, ".tsv") {
			ss, err := ner.ReadRawCorpus(cmd.Context(), dataDir, []string{f})
			if err != nil {
				return nil, err
			}
			out = append(out, ss...)
			continue
		}
		b, err := os.ReadFile(filepath.Join(dataDir, f))
		if err != nil {
			return nil, fmt.Errorf("read raw text: %w", err)
		}
		var cur []string
		for _, line := range strings.Split(string(b), "\n") {
			cols := strings.Split(line, "\t")
			switch {
			case strings.TrimSpace(line) == "":
				if len(cur) > 0 {
					out = append(out, cur)
					cur = nil
				}
			case strings.HasPrefix(line, "#"):
			case len(cols) >= 2:
				cur = append(cur, cols[1])
			}
		}
		if len(cur) > 0 {
			out = append(out, cur)
		}
	}
	return out, nil
}

// pruneTagger reads a model, keeps its keep strongest features and writes
// it to out: a model trained by an earlier trainer can be made smaller
// without retraining (and so without changing what it learned).
func pruneTagger(a *app, from, out string, keep int) error {
	if keep == 0 || out == "" {
		return fmt.Errorf("train tagger --from %s: give --keep and --out", from)
	}
	t, err := tag.LoadFile(from)
	if err != nil {
		return err
	}
	n := t.Features()
	if _, err := t.Prune(keep); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "%s: kept %d of %d features\n", from, t.Features(), n)
	return writeTagger(a, t, out)
}

func writeTagger(a *app, t *tag.Tagger, out string) error {
	if err := t.WriteFile(out); err != nil {
		return err
	}
	st, err := os.Stat(out)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "wrote %s (%d features, %.1f MB)\n", out, t.Features(), float64(st.Size())/1e6)
	return nil
}
