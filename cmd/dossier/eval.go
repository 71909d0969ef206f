package main

import "github.com/spf13/cobra"

func newEvalCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score the extractors against gold data",
		Long: `Score dossier's extractors against gold-standard data. Each subcommand prints
per-class figures and ends with one summary line; "dossier eval KIND --help"
names the formats it reads and the form of that line. How far a run has come
goes to standard error (a bar on a terminal, else a line every 10 seconds),
never to standard output.`,
		Example: `  dossier eval timex --gold ../shared/data/tempeval3/TBAQ-cleaned/TimeBank --split dev
  dossier eval ner --gold ../shared/data/germeval2014/NER-de-dev.tsv --lang de
  dossier eval events --gold ../shared/data/plover-gsr/PLOVER_GSR_CAMEO-half-a.json --split dev`,
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
		Long: `Train the statistical models shipped with dossier from the gold data in
../shared/data and write them as model files; "dossier train KIND --help" names
the data, the defaults and where the file goes.`,
		Example: `  dossier train tagger --lang de
  dossier train ner --lang en
  dossier train parse --lang en`,
	}
	cmd.AddCommand(newTrainTaggerCmd(a), newTrainNERCmd(a), newTrainParseCmd(a))
	return cmd
}
