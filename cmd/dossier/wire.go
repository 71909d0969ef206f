package main

import (
	"context"
	"fmt"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/entity"
	"github.com/dossier-news/dossier/event"
	"github.com/dossier-news/dossier/lang"
	"github.com/dossier-news/dossier/pipeline"
	"github.com/dossier-news/dossier/postgres"
	"github.com/dossier-news/dossier/sqlite"
	"github.com/dossier-news/dossier/tag"
	"github.com/dossier-news/dossier/timex"
)

// openStore opens the database named by --db: a PostgreSQL URL
// (postgres://…, postgresql://…) or a SQLite file path.
func (a *app) openStore(ctx context.Context) (dossier.Store, error) {
	if postgres.IsURL(a.dbPath) {
		s, err := postgres.Open(ctx, a.dbPath)
		if err != nil {
			return nil, err
		}
		a.logger.Debug("opened store", "db", postgres.Redact(a.dbPath))
		return s, nil
	}
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
	taggers := pipeline.TagStage{}
	for _, l := range a.langs {
		t, err := tag.Load(l)
		if err != nil {
			return nil, fmt.Errorf("tagger %s: %w", l, err)
		}
		taggers[l] = t
	}
	tx, err := timex.New()
	if err != nil {
		return nil, fmt.Errorf("time expressions: %w", err)
	}
	k, err := a.knowledge()
	if err != nil {
		return nil, err
	}
	recognisers, err := entity.LoadRecognizers(k, a.langs...)
	if err != nil {
		return nil, err
	}
	linker := entity.New(k, recognisers)
	events, err := event.New(k, event.WithLanguages(a.langs...))
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return pipeline.New(a.langs, det, pipeline.WithAnalyzers(
		taggers,
		pipeline.TimexStage{Annotator: tx},
		linker,
		events,
		pipeline.EntityIndex{Resolve: linker.Entity, Local: entity.LocalEntities},
	)), nil
}
