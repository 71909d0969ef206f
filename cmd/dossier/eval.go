package main

import "github.com/spf13/cobra"

func newEvalCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score the extractors against gold data",
		Long: `Score dossier's extractors against gold-standard data. Each subcommand prints
per-class figures and ends with one summary line.`,
	}
	events := newEvalEventsCmd(a)
	if events.Example == "" {
		events.Example = `  dossier eval events --gold ../shared/data/plover-gsr/PLOVER_GSR_CAMEO-half-a.json --split dev
  dossier eval events --gold ../shared/data/petrarch-validation/petrarch2/PETR.UnitTest.records.xml`
	}
	cmd.AddCommand(newEvalTimexCmd(a), newEvalNERCmd(a), events)
	return cmd
}

func newTrainCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Train the statistical models shipped with dossier",
	}
	cmd.AddCommand(newTrainTaggerCmd(a), newTrainNERCmd(a), newTrainParseCmd(a))
	return cmd
}
