// Command dossier turns news articles into a sourced record of who did what to
// whom, when, where and according to whom. See README.md.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/dossier-news/dossier/kb"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// app carries what every command shares: configuration from flags and the
// environment, the standard streams and the logger.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	logger         *slog.Logger

	dbPath   string
	langs    []string
	verbose  bool
	maxBytes int64

	kb *kb.KB // loaded on first use
}

// exitError carries a specific exit status out of a command whose failure has
// already been reported to the user.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := newRootCmd(a)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	if err := root.ExecuteContext(ctx); err != nil {
		var ee exitError
		if errors.As(err, &ee) {
			return ee.code
		}
		fmt.Fprintf(stderr, "dossier: %v\n", err)
		return 1
	}
	return 0
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func newRootCmd(a *app) *cobra.Command {
	var langs string
	root := &cobra.Command{
		Use:   "dossier",
		Short: "Turn multilingual news into a sourced record of who did what to whom",
		Long: `dossier reads news articles in English and German (text, HTML, RSS/Atom feeds,
JSON lines), stores them in an embedded SQLite database and extracts a sourced
record of who did what to whom, when, where and according to whom.

Environment:
  DOSSIER_DB      database: a SQLite file (default dossier.db in the working
                  directory) or a postgres:// URL
  DOSSIER_LANGS   languages to recognise, comma-separated (default en,de)
  DOSSIER_MAX_BYTES  largest input file accepted, in bytes (default 50 MB)`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			level := slog.LevelWarn
			if a.verbose {
				level = slog.LevelDebug
			}
			a.logger = slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: level}))
			a.langs = nil
			for _, l := range strings.Split(langs, ",") {
				if l = strings.TrimSpace(strings.ToLower(l)); l != "" {
					a.langs = append(a.langs, l)
				}
			}
			if len(a.langs) == 0 {
				return fmt.Errorf("--langs: no language given")
			}
			for _, l := range a.langs {
				if l != "en" && l != "de" {
					return fmt.Errorf("--langs: %q is not supported (supported: en, de)", l)
				}
			}
			if a.maxBytes <= 0 {
				return fmt.Errorf("--max-bytes must be positive")
			}
			return nil
		},
	}
	pf := root.PersistentFlags()
	pf.StringVar(&a.dbPath, "db", envOr("DOSSIER_DB", "dossier.db"), "SQLite database file, or a postgres:// URL (env DOSSIER_DB)")
	pf.StringVar(&langs, "langs", envOr("DOSSIER_LANGS", "en,de"), "languages to recognise, comma-separated (env DOSSIER_LANGS)")
	pf.BoolVarP(&a.verbose, "verbose", "v", false, "log what happens, to standard error")
	pf.Int64Var(&a.maxBytes, "max-bytes", envInt64("DOSSIER_MAX_BYTES", 50<<20), "largest input file accepted, in bytes (env DOSSIER_MAX_BYTES)")

	root.AddCommand(
		newIngestCmd(a),
		newWorkerCmd(a),
		newExportCmd(a),
		newSearchCmd(a),
		newServeCmd(a),
		newTimelineCmd(a),
		newBriefCmd(a),
		newReindexCmd(a),
		newBenchCmd(a),
		newEvalCmd(a),
		newTrainCmd(a),
	)
	return root
}

func envInt64(name string, def int64) int64 {
	var n int64
	if v := os.Getenv(name); v != "" {
		if _, err := fmt.Sscan(v, &n); err == nil {
			return n
		}
	}
	return def
}
