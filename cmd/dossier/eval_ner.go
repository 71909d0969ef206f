package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dossier-news/dossier/entity/ner"
	"github.com/dossier-news/dossier/eval"
	"github.com/dossier-news/dossier/lang"
	"github.com/spf13/cobra"
)

func newEvalNERCmd(a *app) *cobra.Command {
	var (
		gold, lang, model string
		fourLast          bool
		oPenalty          float32
	)
	cmd := &cobra.Command{
		Use:   "ner --gold FILE --lang de|en",
		Short: "Score the named-entity recogniser against gold data",
		Long: `Score the named-entity recogniser against a gold file: GermEval 2014 TSV,
CoNLL-2003 (IOB1) or IOB2 (UNER), detected from the content. Scores are strict:
a span counts only with the same start, end and class.

For GermEval the official "outer chunks" metric is printed, with LOCderiv,
ORGpart … as classes of their own, and the 4-class figure (PER, ORG, LOC, MISC
with OTH as MISC; -deriv and -part spans, which are not names, left out of gold
and prediction alike). The last line is the official figure, or the 4-class one
with --four. For IOB2 gold without MISC, predicted MISC spans are left out.
A file may be followed by a selection of its sentences by index modulo n, as
in train ner: FILE[0/5] scores sentences 0, 5, 10 ….

Formats, one token a line and a blank line between sentences:
  GermEval 2014  index<TAB>token<TAB>outer tag<TAB>nested tag ('#' lines skipped)
  CoNLL-2003     token POS chunk tag, space-separated, -DOCSTART- between documents
  IOB2           index<TAB>token<TAB>tag[<TAB>…] ('#' lines skipped)

The last line reads
  ner LANG: P=… R=… F1=… (gold N, predicted M)
with N gold and M predicted spans.`,
		Example: `  dossier eval ner --gold ../shared/data/germeval2014/NER-de-dev.tsv --lang de
  dossier eval ner --gold '../shared/data/uner/en_ewt-ud-dev.iob2[0/5]' --lang en`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w := cmd.OutOrStdout()
			if err := oneOf(cmd, "lang", lang, "de", "en"); err != nil {
				return err
			}
			if err := checkGold(gold, false); err != nil {
				return err
			}
			sents, format, err := eval.ReadNERSpec(gold)
			if err != nil {
				return err
			}
			if len(sents) == 0 {
				return fmt.Errorf("--gold %s: no sentences found (want GermEval 2014 TSV, CoNLL-2003 or IOB2)", gold)
			}
			if other := goldLanguage(sents); other != "" && other != lang {
				// scored anyway (it may be meant), but figures from the
				// wrong model look like a broken recogniser
				fmt.Fprintf(a.stderr, "dossier: warning: the text of %s reads as %s, not %s: check --lang\n", filepath.Base(gold), languageName(other), languageName(lang))
			}
			var m *ner.Model
			if model != "" {
				m, err = ner.LoadFile(model)
			} else {
				m, err = ner.Load(lang)
			}
			if err != nil {
				return err
			}
			if cmd.Flags().Changed("o-penalty") {
				m.SetOPenalty(oPenalty)
			}
			if m.Lang() != lang {
				return fmt.Errorf("model is for %q, not %q", m.Lang(), lang)
			}
			hasMisc := false
			for _, s := range sents {
				for _, l := range s.Labels {
					if l != "O" && len(l) > 2 && (l[2:] == "MISC" || l[2:] == "OTH") {
						hasMisc = true
					}
				}
			}
			official := eval.NewNERScorer(eval.Identity)
			four := eval.NewNERScorer(eval.FourClass)
			if !hasMisc {
				four = eval.NewNERScorer(eval.Restrict(eval.FourClass, "PER", "ORG", "LOC"))
			}
			var pred []string
			tokens := 0
			prog := a.reporter("eval ner", "sentences", len(sents), false)
			start := time.Now()
			for _, s := range sents {
				prog.add()
				pred = m.PredictLabels(s.Tokens, pred)
				tokens += len(s.Tokens)
				g, p := eval.Chunks(s.Labels), eval.Chunks(pred)
				official.Add(g, p)
				four.Add(g, p)
			}
			secs := time.Since(start).Seconds()
			prog.finish()
			fmt.Fprintf(w, "gold %s (%s): %d sentences, %d tokens; model: %s\n", gold, format, len(sents), tokens, m.Info())
			fmt.Fprintf(w, "speed: %.0f tokens/s\n", float64(tokens)/secs)
			if trainedOn(m.Info(), gold) {
				fmt.Fprintf(a.stderr, "dossier: warning: the model was trained on %s, so these figures show its fit, not its accuracy on new text\n", filepath.Base(gold))
			}
			name := "ner " + lang
			if format == eval.FormatGermEval {
				if err := section(w, "official outer chunks (GermEval classes)", official); err != nil {
					return err
				}
				fmt.Fprintln(w, official.Summary(name+" official"))
				if err := section(w, "4 classes (OTH as MISC; -deriv/-part left out)", four); err != nil {
					return err
				}
				if fourLast {
					fmt.Fprintln(w, official.Summary(name+" official"))
					fmt.Fprintln(w, four.Summary(name))
				} else {
					fmt.Fprintln(w, four.Summary(name+" 4-class"))
					fmt.Fprintln(w, official.Summary(name))
				}
				return nil
			}
			if err := section(w, "per class", four); err != nil {
				return err
			}
			fmt.Fprintln(w, four.Summary(name))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&gold, "gold", "", "gold file: GermEval 2014 TSV, CoNLL-2003 or IOB2, optionally with a sentence selection FILE[k/n] (required)")
	f.StringVar(&lang, "lang", "", "language: de or en (required)")
	f.StringVar(&model, "model", "", "model file (default: the embedded model)")
	f.BoolVar(&fourLast, "four", false, "for GermEval, end with the 4-class figure instead of the official one")
	f.Float32Var(&oPenalty, "o-penalty", 0, "override the model's penalty on the O label (higher: more recall)")
	_ = cmd.MarkFlagRequired("gold")
	_ = cmd.MarkFlagRequired("lang")
	return cmd
}

// checkGold says plainly that a gold file is missing, before a loader
// reports it from deep inside ("stat …", "open …"); a sentence selection
// FILE[k/n] names FILE. A folder is refused unless the loader reads
// folders (dirOK: TimeML corpora are folders of documents).
func checkGold(spec string, dirOK bool) error {
	path := spec
	if i := strings.LastIndexByte(path, '['); i > 0 && strings.HasSuffix(path, "]") {
		path = path[:i]
	}
	fi, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("--gold %s: %w", path, cleanPathError(err))
	}
	if fi.IsDir() && !dirOK {
		return fmt.Errorf("--gold %s: is a folder; give one gold file", path)
	}
	return nil
}

func section(w io.Writer, title string, s *eval.NERScorer) error {
	if _, err := fmt.Fprintln(w, title+":"); err != nil {
		return err
	}
	return s.WriteClasses(w)
}

// trainedOn tells whether a model's description ("trained on
// germeval2014/NER-de-dev.tsv + …") names the gold file among its training
// files whole. A model trained on a selection of a file (FILE[^0/5]) may
// be scored on the rest, so a selection never counts.
func trainedOn(info, gold string) bool {
	rest, ok := strings.CutPrefix(info, "trained on ")
	if !ok {
		return false
	}
	gold, _, _ = strings.Cut(gold, "[")
	for _, f := range strings.Split(rest, " + ") {
		f = strings.TrimSpace(f)
		if f != "" && !strings.Contains(f, "[") && filepath.Base(f) == filepath.Base(gold) {
			return true
		}
	}
	return false
}

// goldLanguage is the language the first sentences of a gold file are in,
// or "" when the detector cannot tell: eval ner is told the language, and a
// wrong --lang gives figures that look like a broken model.
func goldLanguage(sents []eval.NERSentence) string {
	det, err := lang.New([]string{"en", "de"})
	if err != nil {
		return ""
	}
	var b strings.Builder
	for _, s := range sents {
		if b.Len() > 4000 {
			break
		}
		b.WriteString(strings.Join(s.Tokens, " "))
		b.WriteByte('\n')
	}
	if l, conf := det.Detect(b.String()); conf >= 0.99 {
		return l
	}
	return ""
}

// languageName names the languages eval reads, for messages.
func languageName(code string) string {
	switch code {
	case "en":
		return "English"
	case "de":
		return "German"
	}
	return code
}
