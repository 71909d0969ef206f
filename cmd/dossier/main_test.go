package main

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/dossier-news/dossier/examples"
)

// The test binary doubles as the dossier command: with DOSSIER_TEST_MAIN set
// it runs the CLI, so tests can start it as a real process (and kill it).
func TestMain(m *testing.M) {
	if os.Getenv("DOSSIER_TEST_MAIN") == "1" {
		// as main does: Ctrl-C and SIGTERM cancel the command's context
		ctx, stop := interruptible(context.Background(), os.Stderr)
		code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
		stop()
		os.Exit(code)
	}
	code := m.Run()
	children.remove()
	os.Exit(code)
}

// command returns the dossier CLI as a subprocess.
func command(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(children.binary(t), args...)
	cmd.Env = append(os.Environ(), "DOSSIER_TEST_MAIN=1")
	return cmd
}

// children is the program the subprocess tests start.
var children childBinary

// childBinary is the test binary itself, except under the race detector:
// there every process start (models and knowledge base loaded under
// instrumentation) takes ten times as long, and the crash, queue and browser
// tests start dozens of processes, which made this package alone take twelve
// minutes of CI. Those tests are about what survives a kill, not about data
// races, and the same code runs in-process under the detector in the other
// tests; so under it the children are a plain build of this package.
type childBinary struct {
	once sync.Once
	dir  string
	path string
	err  error
}

func (c *childBinary) binary(t *testing.T) string {
	t.Helper()
	if !raceEnabled {
		return os.Args[0]
	}
	c.once.Do(func() {
		c.dir, c.err = os.MkdirTemp("", "dossier-child-")
		if c.err != nil {
			return
		}
		c.path = filepath.Join(c.dir, "dossier")
		out, err := exec.Command("go", "build", "-o", c.path, ".").CombinedOutput()
		if err != nil {
			c.err = fmt.Errorf("build the child binary without the race detector: %v: %s", err, out)
		}
	})
	if c.err != nil {
		t.Fatal(c.err)
	}
	return c.path
}

func (c *childBinary) remove() {
	if c.dir != "" {
		os.RemoveAll(c.dir)
	}
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
