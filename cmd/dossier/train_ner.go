package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the command is written; it says so instead of pretending.
func newTrainNERCmd(_ *app) *cobra.Command {
	return &cobra.Command{
		Use:   "ner",
		Short: "(not yet available)",
		RunE: func(*cobra.Command, []string) error {
			return errors.New("dossier train ner: not yet available")
		},
	}
}
