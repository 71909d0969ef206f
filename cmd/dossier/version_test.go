package main

import (
	"strings"
	"testing"
)

// TestVersion: dossier --version answers on standard output, and -v is
// still --verbose.
func TestVersion(t *testing.T) {
	out, errOut, code := runCLI(t, "", "--version")
	if code != 0 || !strings.HasPrefix(out, "dossier ") || !strings.Contains(out, "(go1.") {
		t.Errorf("--version: exit %d, %q, %q", code, out, errOut)
	}
	if f := newRootCmd(&app{}).PersistentFlags().ShorthandLookup("v"); f == nil || f.Name != "verbose" {
		t.Errorf("-v is %v, want --verbose", f)
	}
}
