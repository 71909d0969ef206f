package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the command is written; it says so instead of pretending.
func newTrainTaggerCmd(_ *app) *cobra.Command {
	return &cobra.Command{
		Use:   "tagger",
		Short: "(not yet available)",
		RunE: func(*cobra.Command, []string) error {
			return errors.New("dossier train tagger: not yet available")
		},
	}
}
