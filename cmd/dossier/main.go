// Command dossier turns news articles into a sourced record of who did what to
// whom, when, where and according to whom. See README.md.
package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/dossier-news/dossier/kb"
)

func main() {
	ctx, stop := interruptible(context.Background(), os.Stderr)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// interruptible returns a context that the first Ctrl-C (or SIGTERM)
// cancels, so that a command stops cleanly: ingest stores the documents
// it holds, serve finishes its requests. It says so on w, and the signals
// get their default action back: a second Ctrl-C ends the process at once,
// as a user who sees nothing happen (models still loading, a slow disk)
// expects. What a kill interrupts is safe: a transaction commits whole or
// not at all.
func interruptible(parent context.Context, w io.Writer) (context.Context, func()) {
	ctx, stop := signal.NotifyContext(parent, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
			select {
			case <-done:
				// the command ended; the cleanup's stop cancelled ctx
				// (done is closed before it)
				return
			default:
			}
			if parent.Err() == nil {
				stop()
				fmt.Fprintln(w, "dossier: stopping; interrupt again (Ctrl-C) to quit at once")
			}
		case <-done:
		}
	}()
	var once sync.Once
	return ctx, func() {
		once.Do(func() { close(done) })
		stop()
	}
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

	// models, when set, keeps loaded models for the next command run in the
	// same process (the tests run hundreds); nil loads them per command.
	models *modelCache
}

// exitError carries a specific exit status out of a command whose failure has
// already been reported to the user.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	return a.run(ctx, args)
}

// run executes one command line and returns its exit status.
func (a *app) run(ctx context.Context, args []string) int {
	stdin, stdout, stderr := a.stdin, a.stdout, a.stderr
	root := newRootCmd(a)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	if cmd, err := root.ExecuteContextC(ctx); err != nil {
		var ee exitError
		if errors.As(err, &ee) {
			return ee.code
		}
		if strings.HasPrefix(err.Error(), "required flag") {
			// cobra's own check of MarkFlagRequired flags; the command that
			// ran names the help to read even after global flags
			// ("--db x.db train ner").
			err = usageError{cmd: cmd.CommandPath(), msg: err.Error()}
		}
		if ue, ok := isUsage(err); ok {
			msg := ue.msg
			if !strings.HasPrefix(msg, "dossier") {
				msg = "dossier: " + msg
			}
			fmt.Fprintf(stderr, "%s\nRun '%s --help' for usage.\n", msg, ue.cmd)
			return exitUsage
		}
		if ctx.Err() != nil && errors.Is(err, context.Canceled) {
			// "context canceled" says nothing to someone who pressed Ctrl-C
			fmt.Fprintf(stderr, "dossier: interrupted\n")
			return exitInterrupted
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
	maxBytes := byteSize(50 << 20)
	envErr := maxBytes.setEnv("DOSSIER_MAX_BYTES")
	root := &cobra.Command{
		Use:   "dossier",
		Short: "Turn multilingual news into a sourced record of who did what to whom",
		Long: `dossier reads news articles in English and German (text, HTML, RSS/Atom feeds,
JSON lines), stores them in an embedded SQLite database and extracts a sourced
record of who did what to whom, when, where and according to whom.

Environment:
  DOSSIER_DB         database: a SQLite file (default dossier.db in the working
                     directory) or a postgres:// URL
  DOSSIER_LANGS      languages to recognise, comma-separated (default en,de)
  DOSSIER_MAX_BYTES  largest input file accepted (default 50MiB; units as in 10MB)

Exit status: 0 on success, 1 when something failed (for ingest: any input),
2 for a command or flag given the wrong way, 130 when interrupted (Ctrl-C).`,
		Example: `  dossier ingest ~/news/                    # files, folders, feeds, JSON lines
  dossier search "Kim Yo Jong"
  dossier timeline Nordkorea Russland --from 2024
  dossier brief "North Korea" Russia > brief.md
  dossier export events --format csv -o events.csv
  dossier serve                             # web app and API on http://127.0.0.1:8080/`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			level := slog.LevelWarn
			if a.verbose {
				level = slog.LevelDebug
			}
			a.logger = slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: level}))
			if envErr != nil && !cmd.Flags().Changed("max-bytes") {
				return usagef(cmd, "%v", envErr)
			}
			a.langs = nil
			for _, l := range strings.Split(langs, ",") {
				if l = strings.TrimSpace(strings.ToLower(l)); l != "" {
					a.langs = append(a.langs, l)
				}
			}
			if len(a.langs) == 0 {
				return usagef(cmd, "--langs: no language given (supported: en, de)")
			}
			for _, l := range a.langs {
				if l != "en" && l != "de" {
					return usagef(cmd, "--langs: %q is not supported (supported: en, de)", l)
				}
			}
			a.maxBytes = int64(maxBytes)
			if a.maxBytes <= 0 {
				return usagef(cmd, "--max-bytes must be positive")
			}
			return nil
		},
	}
	// dossier --version is the first thing many try
	root.Version = versionLine()
	root.SetVersionTemplate("dossier {{.Version}}\n")
	pf := root.PersistentFlags()
	pf.StringVar(&a.dbPath, "db", envOr("DOSSIER_DB", "dossier.db"), "SQLite database file, or a postgres:// URL (env DOSSIER_DB)")
	pf.StringVar(&langs, "langs", envOr("DOSSIER_LANGS", "en,de"), "languages to recognise, comma-separated (env DOSSIER_LANGS)")
	pf.BoolVarP(&a.verbose, "verbose", "v", false, "log what happens, to standard error")
	pf.Var(&maxBytes, "max-bytes", "largest input file accepted: bytes, or with a unit as in 50MB, 2GiB (env DOSSIER_MAX_BYTES)")

	root.AddCommand(
		newIngestCmd(a),
		newWorkerCmd(a),
		newExportCmd(a),
		newSearchCmd(a),
		newServeCmd(a),
		newTimelineCmd(a),
		newBriefCmd(a),
		newEntityCmd(a),
		newReindexCmd(a),
		newBenchCmd(a),
		newEvalCmd(a),
		newTrainCmd(a),
	)
	polish(root)
	return root
}

// byteSize is a number of bytes given as digits with an optional unit:
// 50MB (decimal), 50MiB (binary), 50M and 50m (taken as MB).
type byteSize int64

var sizeUnits = map[string]float64{
	"": 1, "b": 1,
	"k": 1e3, "kb": 1e3, "kib": 1 << 10,
	"m": 1e6, "mb": 1e6, "mib": 1 << 20,
	"g": 1e9, "gb": 1e9, "gib": 1 << 30,
}

func parseByteSize(s string) (byteSize, error) {
	t := strings.TrimSpace(s)
	i := strings.IndexFunc(t, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
	if i < 0 {
		i = len(t)
	}
	num, unit := t[:i], strings.ToLower(strings.TrimSpace(t[i:]))
	f, err := strconv.ParseFloat(num, 64)
	mul, ok := sizeUnits[unit]
	if err != nil || !ok || f < 0 {
		return 0, fmt.Errorf("%q is not a size (give bytes, or a number with kB, MB, GB, KiB, MiB or GiB)", s)
	}
	if f*mul >= math.MaxInt64 {
		return 0, fmt.Errorf("%q is too large", s)
	}
	return byteSize(f * mul), nil
}

func (b *byteSize) String() string {
	n := int64(*b)
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", n>>20)
	case n >= 1e6 && n%1e6 == 0:
		return fmt.Sprintf("%dMB", n/1e6)
	}
	return strconv.FormatInt(n, 10)
}

func (b *byteSize) Set(s string) error {
	v, err := parseByteSize(s)
	if err != nil {
		return err
	}
	*b = v
	return nil
}

func (b *byteSize) Type() string { return "size" }

// setEnv takes the value of an environment variable, if set; a value that is
// not a size is an error naming the variable.
func (b *byteSize) setEnv(name string) error {
	v := os.Getenv(name)
	if v == "" {
		return nil
	}
	if err := b.Set(v); err != nil {
		return fmt.Errorf("$%s: %v", name, err)
	}
	return nil
}

// versionLine is what --version prints: the module version when dossier
// was installed at one (go install …@v1.2.0), else "development build",
// with the revision when the build recorded it and the Go version.
func versionLine() string {
	v := cmp.Or(version(), "development build")
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				v += " " + s.Value[:12]
			}
		}
		v += " (" + bi.GoVersion + ")"
	}
	return v
}
