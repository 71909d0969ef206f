// Package webtest drives a real headless Chromium for the web UI's browser
// tests: it finds the browser (Debian's chromium; never a downloaded one),
// watches the page for script errors, dialogs and CSP violations, checks
// labels, and keeps screenshots as test artefacts.
//
// Without a browser the tests skip, unless DOSSIER_BROWSER_TESTS=require
// (which .ci/run sets): then they fail.
package webtest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Browser is one headless Chromium tab with a watch on what goes wrong.
type Browser struct {
	Ctx       context.Context
	t         testing.TB
	artifacts string
	mu        sync.Mutex
	problems  []string
	shot      int
}

// findChromium returns the browser to run: $DOSSIER_CHROMIUM, else the
// first of the usual names on PATH.
func findChromium() string {
	if p := os.Getenv("DOSSIER_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// Required reports whether browser tests must run (not skip).
func Required() bool { return os.Getenv("DOSSIER_BROWSER_TESTS") == "require" }

// New starts Chromium at 1280×800 (or skips, see the package comment).
func New(t testing.TB) *Browser {
	t.Helper()
	path := findChromium()
	if path == "" {
		if Required() {
			t.Fatal("DOSSIER_BROWSER_TESTS=require, but no chromium is installed (apt-get install chromium chromium-driver)")
		}
		t.Skip("no chromium on PATH: browser tests skipped (apt-get install chromium; DOSSIER_BROWSER_TESTS=require makes this a failure)")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("lang", "en-GB"),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 800),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 4*time.Minute)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	b := &Browser{Ctx: ctx, t: t, artifacts: Artifacts(t)}
	// subscribe before anything loads; each stream is read in its own
	// goroutine until the browser's context ends
	exceptions := chromedp.Events(ctx, runtime.ExceptionThrown)
	console := chromedp.Events(ctx, runtime.ConsoleAPICalled)
	logs := chromedp.Events(ctx, log.EntryAdded)
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range exceptions {
			if err != nil {
				return
			}
			d := ev.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			b.problem("uncaught exception: %s (%s:%d)", msg, d.URL, d.LineNumber+1)
		}
	}()
	go func() {
		for ev, err := range console {
			if err != nil {
				return
			}
			if ev.Type == runtime.ConsoleAPICalledTypeError {
				var args []string
				for _, a := range ev.Args {
					args = append(args, strings.TrimSpace(string(a.Value)+" "+a.Description))
				}
				b.problem("console.error: %s", strings.Join(args, " "))
			}
		}
	}()
	go func() {
		for ev, err := range logs {
			if err != nil {
				return
			}
			if ev.Entry.Level == log.EntryLevelError {
				b.problem("browser log (%s): %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL)
			}
		}
	}()
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			b.problem("a script opened a %s dialog: %q", ev.Type, ev.Message)
			_, _ = chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	if _, err := chromedp.Call(ctx, log.Enable, cdp.Empty{}); err != nil {
		t.Fatalf("start chromium (%s): %v", path, err)
	}
	return b
}

func (b *Browser) problem(format string, args ...any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.problems = append(b.problems, fmt.Sprintf(format, args...))
}

// Problems returns what went wrong in the page so far, and forgets it.
func (b *Browser) Problems() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	p := b.problems
	b.problems = nil
	return p
}

// CheckClean fails the test for every problem seen since the last check,
// ignoring those that contain one of the expected strings.
func (b *Browser) CheckClean(step string, expected ...string) {
	b.t.Helper()
	for _, p := range b.Problems() {
		ok := false
		for _, e := range expected {
			ok = ok || strings.Contains(p, e)
		}
		if !ok {
			b.t.Errorf("%s: %s", step, p)
		}
	}
}

// Do runs actions, failing the test with the step's name on error (and
// saving a screenshot of how the page looked).
func (b *Browser) Do(step string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.Ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.Screenshot("failed-" + step)
		b.t.Fatalf("%s: %v", step, err)
	}
}

// Get runs an action that returns a value, failing the test on error.
func Get[T any](b *Browser, step string, a chromedp.Action[T]) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.Ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		b.Screenshot("failed-" + step)
		b.t.Fatalf("%s: %v", step, err)
	}
	return v
}

// Text returns the visible text of the first element sel matches, once
// there is one. It reads the text in the page rather than through a DOM node
// id, because views re-render: a node looked up a moment earlier may be gone.
func (b *Browser) Text(step, sel string) string {
	b.t.Helper()
	q, _ := json.Marshal(sel)
	js := `(() => { const e = document.querySelector(` + string(q) + `); return e && e.offsetParent !== null ? e.innerText.trim() : null })()`
	deadline := time.Now().Add(20 * time.Second)
	for {
		if v := Eval[*string](b, step, js); v != nil {
			return *v
		}
		if time.Now().After(deadline) {
			b.t.Fatalf("%s: no visible %s", step, sel)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// WaitText waits until the first element sel matches shows want.
func (b *Browser) WaitText(step, sel, want string) string {
	b.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		got := b.Text(step, sel)
		if got == want || time.Now().After(deadline) {
			return got
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Eval evaluates JavaScript and decodes its result.
func Eval[T any](b *Browser, step, js string) T {
	b.t.Helper()
	return Get(b, step, chromedp.Evaluate[T](js))
}

// Screenshot saves the viewport as NAME-NN-step.png in the artefacts folder.
func (b *Browser) Screenshot(name string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.Ctx, 15*time.Second)
	defer cancel()
	buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		b.t.Logf("screenshot %s: %v", name, err)
		return
	}
	b.shot++
	p := filepath.Join(b.artifacts, fmt.Sprintf("%s-%02d-%s.png", sanitize(b.t.Name()), b.shot, sanitize(name)))
	if err := os.WriteFile(p, buf, 0o644); err != nil {
		b.t.Errorf("save screenshot: %v", err)
	}
}

func sanitize(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return '_'
	}, s)
}

// Viewport sets the page's size; mobile emulates a phone (touch, scale 2).
func Viewport(w, h int64, mobile bool) chromedp.Action[chromedp.Void] {
	if mobile {
		return chromedp.EmulateViewport(w, h, chromedp.EmulateScale(2), chromedp.EmulateMobile, chromedp.EmulateTouch)
	}
	return chromedp.EmulateViewport(w, h)
}

var (
	artOnce sync.Once
	artDir  string
)

// Artifacts returns the folder screenshots go to: $DOSSIER_ARTIFACTS, else
// a temporary folder (kept, and named in the test log).
func Artifacts(t testing.TB) string {
	artOnce.Do(func() {
		artDir = os.Getenv("DOSSIER_ARTIFACTS")
		if artDir == "" {
			artDir, _ = os.MkdirTemp("", "dossier-artifacts-")
		}
		_ = os.MkdirAll(artDir, 0o755)
	})
	t.Logf("screenshots in %s", artDir)
	return artDir
}

// LabelCheck is JavaScript that lists form controls without a label and
// buttons and links without an accessible name.
const LabelCheck = `(() => {
  const bad = [];
  for (const el of document.querySelectorAll('input, select, textarea')) {
    if (el.type === 'hidden' || el.closest('[hidden]')) continue;
    const named = (el.labels && el.labels.length) || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.title;
    if (!named) bad.push(el.outerHTML.slice(0, 80));
  }
  for (const el of document.querySelectorAll('button, a[href], [role=button]')) {
    const name = (el.getAttribute('aria-label') || el.textContent || el.title || '').trim();
    if (!name) bad.push(el.outerHTML.slice(0, 80));
  }
  return bad;
})()`

// NoOverflow is JavaScript that reports whether the page fits the
// viewport's width (no sideways scrolling).
const NoOverflow = `document.documentElement.scrollWidth <= window.innerWidth + 1`
