package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/entity"
	"github.com/dossier-news/dossier/eval"
	"github.com/dossier-news/dossier/event"
	"github.com/dossier-news/dossier/kb"
)

func newEvalEventsCmd(a *app) *cobra.Command {
	var (
		gold, split, errorsPath string
		every                   int
	)
	cmd := &cobra.Command{
		Use:   "events --gold PATH",
		Short: "Score event extraction against PETRARCH validation records or PLOVER GSR",
		Long: `Score dossier's event extraction against gold event codings.

--gold takes a PETRARCH validation file (XML: PETR.UnitTest.records*.xml or
PETR2_GSR_validation.xml; the actor dictionary it names is read from the same
folder and the records' actors are linked with it) or the PLOVER gold-standard
records (a JSON array; actors are linked with dossier's knowledge base). CAMEO
event codes are mapped to PLOVER types with the CAMEO2PLOVER table.

An expected event is recovered when an event of its sentence has the same actor
and target codes (the country part of a CAMEO actor code, IGO/NGO for
organisations without a country; no target only matches no target). The summary
line gives recall (recovered/expected), extra (produced events matching no
coding / produced) and type accuracy (recovered with the right PLOVER type /
recovered). Codings PLOVER cannot type (public statements, old WEIS codes) and
codings with unknown actors are neutral. The petrarch2 suite codes its
sentences with its own test verb dictionary (PETR.Validate.verbs.txt), not
CAMEO's, so its type accuracy means nothing; the universal-petrarch file is
coded in CAMEO.

--split dev|heldout picks a part: every N-th record (--every N) is held out.
PLOVER records of the same sentence (one per coded event) are scored as one
record with all their codings.

The last line reads
  events: recall=… extra=… type accuracy=… (expected N, produced M)`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if gold == "" {
				return fmt.Errorf("--gold is required")
			}
			if err := checkGold(gold, false); err != nil {
				return err
			}
			if every < 2 {
				return usagef(cmd, "--every %d: give 2 or more (every N-th record is held out)", every)
			}
			ctx := cmd.Context()
			recs, actors, err := eval.LoadEventGold(gold)
			if err != nil {
				return err
			}
			recs, err = eval.EventSplit(recs, split, every)
			if err != nil {
				return err
			}
			if len(recs) == 0 {
				return fmt.Errorf("no records in split %q", split)
			}
			// shown from here: on a loaded machine the models take a
			// while to load, and a blank bar says the command is working
			prog := a.reporter("eval events", "records", len(recs), false)
			defer prog.finish()
			var (
				k     *kb.KB
				coder eval.EntityCoder
			)
			var linker *entity.Linker
			if actors != nil {
				k, err = eval.ActorKB(actors)
				if err != nil {
					return fmt.Errorf("actor dictionary: %w", err)
				}
				coder = eval.DictCoder(actors)
				linker = entity.New(k, nil)
			} else {
				k, err = kb.Load()
				if err != nil {
					return err
				}
				coder = eval.KBCoder(k)
				recs, err := entity.LoadRecognizers(k, a.langs...)
				if err != nil {
					return err
				}
				linker = entity.New(k, recs)
			}
			withParser, err := eventParser(a.langs)
			if err != nil {
				return err
			}
			ex, err := event.New(k, withParser)
			if err != nil {
				return err
			}
			run, err := eval.NewEventRunner(a.langs, linker, ex)
			if err != nil {
				return err
			}
			prog.begin()
			counted := func(ctx context.Context, d *dossier.Document) error {
				defer prog.add()
				return run(ctx, d)
			}
			counts, err := eval.EvaluateEvents(ctx, recs, counted, coder, errorsPath != "")
			prog.finish()
			if err != nil {
				return err
			}
			if errorsPath != "" {
				if err := writeEventErrors(errorsPath, counts.Errors); err != nil {
					return err
				}
			}
			return counts.Report(a.stdout)
		},
	}
	f := cmd.Flags()
	f.StringVar(&gold, "gold", "", "gold file: PETRARCH validation XML or PLOVER GSR JSON")
	f.StringVar(&split, "split", "all", "part to score: all, dev or heldout")
	f.IntVar(&every, "every", 5, "with --split: every N-th record is held out")
	f.StringVar(&errorsPath, "errors", "", "write missed, extra and mistyped events to this TSV file")
	return cmd
}

func writeEventErrors(path string, errs []eval.EventError) error {
	var b strings.Builder
	b.WriteString("record\tkind\tevent\ttext\n")
	for _, e := range errs {
		for _, m := range e.Missed {
			fmt.Fprintf(&b, "%s\tmissed\t%s %s -> %s (%s)\t%s\n", e.ID, m.Type, m.Source, m.Target, m.Code, e.Text)
		}
		for _, x := range e.Extra {
			fmt.Fprintf(&b, "%s\textra\t%s\t%s\n", e.ID, x, e.Text)
		}
		for _, x := range e.Mistyped {
			fmt.Fprintf(&b, "%s\tmistyped\t%s\t%s\n", e.ID, x, e.Text)
		}
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write errors %s: %w", path, err)
	}
	return nil
}
