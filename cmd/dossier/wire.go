package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

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
// (postgres://…, postgresql://…) or a SQLite file path, created if missing.
func (a *app) openStore(ctx context.Context) (dossier.Store, error) {
	if !postgres.IsURL(a.dbPath) {
		if err := checkDBPath(a.dbPath, false); err != nil {
			return nil, err
		}
	}
	return a.open(ctx)
}

// openExisting opens the database for commands that read it: a SQLite file
// that does not exist is an error (a mistyped --db would otherwise be
// created empty and answer every question with nothing).
func (a *app) openExisting(ctx context.Context) (dossier.Store, error) {
	if !postgres.IsURL(a.dbPath) {
		if err := checkDBPath(a.dbPath, true); err != nil {
			return nil, err
		}
	}
	return a.open(ctx)
}

// checkDBPath explains, before SQLite does with "unable to open database
// file", why a database file cannot be opened or created.
func checkDBPath(path string, mustExist bool) error {
	if path == ":memory:" {
		return nil
	}
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return fmt.Errorf("database %s is a folder, not a file (give a file name, such as %s)", path, filepath.Join(path, "dossier.db"))
	case err == nil:
		if err := checkWritable(path); err != nil {
			return err
		}
		return checkOwnDatabase(path)
	case !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("database %s: %w", path, cleanPathError(err))
	case mustExist:
		return fmt.Errorf("database %s does not exist (ingest articles first with \"dossier --db %s ingest PATH\", or give --db or $DOSSIER_DB)", path, path)
	}
	dir := filepath.Dir(path)
	di, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("database %s: the folder %s does not exist (create it first)", path, dir)
	case err != nil:
		return fmt.Errorf("database %s: %w", path, cleanPathError(err))
	case !di.IsDir():
		return fmt.Errorf("database %s: %s is not a folder", path, dir)
	}
	// SQLite needs to create the file and, next to it, its -wal and -shm files
	probe, err := os.CreateTemp(dir, ".dossier-probe-*")
	if err != nil {
		return fmt.Errorf("database %s: cannot create it in %s: %w", path, dir, cleanPathError(err))
	}
	probe.Close()
	return os.Remove(probe.Name())
}

// checkWritable explains "attempt to write a readonly database": SQLite in
// WAL mode writes the file and the -wal and -shm files beside it even to
// read, so a file or folder that is read-only for the user cannot be opened.
func checkWritable(path string) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return fmt.Errorf("database %s is read-only for you: dossier writes it even to read it (copy it somewhere writable)", path)
		}
		return nil // sqlite.Open will say what is wrong
	}
	f.Close()
	dir := filepath.Dir(path)
	if _, err := os.Stat(path + "-shm"); err == nil {
		return nil
	}
	probe, err := os.CreateTemp(dir, ".dossier-probe-*")
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return fmt.Errorf("database %s: the folder %s is read-only for you, and dossier keeps its -wal and -shm files beside the database (copy it somewhere writable)", path, dir)
		}
		return nil
	}
	probe.Close()
	return os.Remove(probe.Name())
}

// checkOwnDatabase refuses a SQLite file that another program made: opening
// it would add dossier's tables to someone else's database. A dossier
// database has a schema version; an empty file or one without tables is new.
func checkOwnDatabase(path string) error {
	db, err := sql.Open("sqlite", "file:"+strings.NewReplacer("%", "%25", "?", "%3F", "#", "%23").Replace(path)+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		return nil // sqlite.Open will say what is wrong
	}
	defer db.Close()
	var version int
	if err := db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		if strings.Contains(err.Error(), "not a database") {
			return fmt.Errorf("database %s is not a SQLite database (give dossier a file of its own, or a new name)", path)
		}
		return nil
	}
	if version > 0 {
		return nil
	}
	rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name LIMIT 4`)
	if err != nil {
		return nil
	}
	defer rows.Close()
	var tables []string
	for rows.Next() {
		var name string
		if rows.Scan(&name) == nil {
			tables = append(tables, name)
		}
	}
	if len(tables) > 0 {
		return fmt.Errorf("database %s belongs to another program (it has tables %s and no dossier schema); give dossier a file of its own", path, strings.Join(tables, ", "))
	}
	return nil
}

func cleanPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (a *app) open(ctx context.Context) (dossier.Store, error) {
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
	if a.models != nil {
		// the switch is read when the stages are built, so it is part of the key
		key := strings.Join(a.langs, ",") + "|" + os.Getenv("DOSSIER_EVENT_PARSE")
		return a.models.pipeline(key, a.buildPipeline)
	}
	return a.buildPipeline()
}

func (a *app) buildPipeline() (*pipeline.Pipeline, error) {
	if len(a.langs) == 0 {
		return nil, fmt.Errorf("no languages configured")
	}
	det, err := lang.New(a.langs)
	if err != nil {
		return nil, fmt.Errorf("language detector: %w", err)
	}
	screen, err := lang.NewScreen()
	if err != nil {
		return nil, fmt.Errorf("language screen: %w", err)
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
	withParser, err := eventParser(a.langs)
	if err != nil {
		return nil, err
	}
	events, err := event.New(k, event.WithLanguages(a.langs...), withParser)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return pipeline.New(a.langs, det, pipeline.WithScreen(screen), pipeline.WithAnalyzers(
		taggers,
		pipeline.TimexStage{Annotator: tx},
		linker,
		events,
		pipeline.EntityIndex{Resolve: linker.Entity, Local: entity.LocalEntities},
	)), nil
}
