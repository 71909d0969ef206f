package main

import (
	"context"
	"fmt"

	"github.com/dossier-news/dossier/lang"
	"github.com/dossier-news/dossier/pipeline"
	"github.com/dossier-news/dossier/sqlite"
)

// openStore opens the database named by --db.
func (a *app) openStore(ctx context.Context) (*sqlite.Store, error) {
	s, err := sqlite.Open(ctx, a.dbPath)
	if err != nil {
		return nil, err
	}
	a.logger.Debug("opened store", "db", a.dbPath)
	return s, nil
}

// newPipeline wires the stages for the configured languages.
func (a *app) newPipeline() (*pipeline.Pipeline, error) {
	if len(a.langs) == 0 {
		return nil, fmt.Errorf("no languages configured")
	}
	det, err := lang.New(a.langs)
	if err != nil {
		return nil, fmt.Errorf("language detector: %w", err)
	}
	return pipeline.New(a.langs, det), nil
}
