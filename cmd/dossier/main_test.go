package main

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/dossier-news/dossier/examples"
)

// The test binary doubles as the dossier command: with DOSSIER_TEST_MAIN set
// it runs the CLI, so tests can start it as a real process (and kill it).
func TestMain(m *testing.M) {
	if os.Getenv("DOSSIER_TEST_MAIN") == "1" {
		// as main does: Ctrl-C and SIGTERM cancel the command's context
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
		stop()
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// command returns the dossier CLI as a subprocess.
func command(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "DOSSIER_TEST_MAIN=1")
	return cmd
}

// testModels are the models every in-process run of the tests shares.
var testModels modelCache

// runCLI runs the CLI in-process and returns its output and exit status.
func runCLI(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	a := &app{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, models: &testModels}
	code = a.run(context.Background(), args)
	return out.String(), errb.String(), code
}

// shared returns the path of ../shared, or skips the test.
func shared(t *testing.T, sub string) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", sub)
	if dir := os.Getenv("DOSSIER_SHARED"); dir != "" {
		p = filepath.Join(dir, sub)
	}
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not found: the shared data is not here", p)
	}
	return p
}

func examplesFS() fs.FS { return examples.Files() }
