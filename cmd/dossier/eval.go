package main

import "github.com/spf13/cobra"

func newEvalCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score the extractors against gold data",
		Long: `Score dossier's extractors against gold-standard data. Each subcommand prints
per-class figures and ends with one summary line.`,
	}
	cmd.AddCommand(newEvalTimexCmd(a), newEvalNERCmd(a), newEvalEventsCmd(a))
	return cmd
}

func newTrainCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Train the statistical models shipped with dossier",
	}
	cmd.AddCommand(newTrainTaggerCmd(a), newTrainNERCmd(a))
	return cmd
}
