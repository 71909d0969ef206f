package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/eval"
	"github.com/dossier-news/dossier/timex"
)

func newEvalTimexCmd(a *app) *cobra.Command {
	var (
		gold, lang, split, errorsPath string
		every                         int
		noDCT                         bool
	)
	cmd := &cobra.Command{
		Use:   "timex --gold PATH",
		Short: "Score temporal expressions against TimeML, WikiWarsDE or MEANTIME gold",
		Long: `Score dossier's temporal tagger against gold data, as TempEval-3 does: strict
and relaxed (overlap) extent P/R/F1, type accuracy over relaxed matches, and
value F1 (correct values over predicted and over gold expressions).

--gold takes a file or a folder of TimeML (.tml, TempEval-3 layout; the DCT is
the TIMEX3 with functionInDocument=CREATION_TIME), WikiWarsDE (keyinline
*.key.xml, or APF *.apf.xml with the source .sgm in ../in; TIMEX2 values are
mapped to TIMEX3) or MEANTIME (.xml) documents.

--split dev|heldout picks a part: the held-out part is every N-th document in
ID order (--every N), the development part the rest.

The last line reads
  timex LANG: strict F1=… relaxed F1=… type=… value F1=…`,
		Example: `  dossier eval timex --gold ../shared/data/tempeval3/TBAQ-cleaned/TimeBank --split dev
  dossier eval timex --gold ../shared/data/wikiwarsde/keyinline --errors timex-errors.tsv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if gold == "" {
				return usagef(cmd, "dossier eval timex: --gold is required (a TimeML, WikiWarsDE or MEANTIME file or folder)")
			}
			if lang != "" {
				if err := oneOf(cmd, "lang", lang, "en", "de"); err != nil {
					return err
				}
			}
			if every < 2 {
				return usagef(cmd, "--every %d: give 2 or more (every N-th document is held out)", every)
			}
			if err := checkGold(gold, true); err != nil {
				return err
			}
			ctx := cmd.Context()
			docs, err := eval.LoadTimexGold(ctx, gold)
			if err != nil {
				return err
			}
			docs, err = eval.TimexSplit(docs, split, every)
			if err != nil {
				return err
			}
			if len(docs) == 0 {
				return fmt.Errorf("no documents in split %q", split)
			}
			if lang != "" {
				for _, d := range docs {
					d.Lang = lang
				}
			}
			if noDCT {
				for _, d := range docs {
					d.DCT = ""
				}
			}
			tagger, err := timex.New()
			if err != nil {
				return fmt.Errorf("timex tagger: %w", err)
			}
			prog := a.reporter("eval timex", "documents", len(docs), false)
			counts, err := eval.EvaluateTimex(ctx, countingAnnotator{tagger, prog}, docs, errorsPath != "")
			prog.finish()
			if err != nil {
				return err
			}
			if errorsPath != "" {
				if err := writeTimexErrors(errorsPath, counts.Errors); err != nil {
					return err
				}
			}
			l := lang
			if l == "" {
				l = docs[0].Lang
			}
			return counts.Report(a.stdout, l)
		},
	}
	f := cmd.Flags()
	f.StringVar(&gold, "gold", "", "gold file or folder (TimeML, WikiWarsDE, MEANTIME)")
	f.StringVar(&lang, "lang", "", "language of the documents (en or de; default: from the format)")
	f.StringVar(&split, "split", "all", "part to score: all, dev or heldout")
	f.IntVar(&every, "every", 5, "with --split: every N-th document is held out")
	f.StringVar(&errorsPath, "errors", "", "write misses, spurious and wrong values to this TSV file")
	f.BoolVar(&noDCT, "no-dct", false, "score as if the documents had no creation time")
	return cmd
}

func writeTimexErrors(path string, errs []eval.TimexError) error {
	var b strings.Builder
	b.WriteString("doc\tkind\tgold\tpred\tgold_value\tpred_value\tgold_type\tpred_type\trule\tcontext\n")
	for _, e := range errs {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.Doc, e.Kind, e.Gold, e.Pred, e.GoldVal, e.PredVal, e.GoldType, e.PredTyp, e.Rule, e.Context)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write errors %s: %w", path, err)
	}
	return nil
}

// countingAnnotator reports each document it annotates.
type countingAnnotator struct {
	eval.TimexAnnotator
	prog *reporter
}

func (c countingAnnotator) Annotate(text, lang, dct string) []dossier.TimeValue {
	defer c.prog.add()
	return c.TimexAnnotator.Annotate(text, lang, dct)
}
