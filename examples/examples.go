// Package examples holds the demo corpus that `dossier serve --demo` loads:
// short English and German news articles written for the project. They are
// illustrative, not real reporting; README.md lists them.
package examples

import (
	"embed"
	"io/fs"
)

// FS holds the article files (text, Markdown, HTML, RSS and JSON lines) at its
// root; README.md and the Go sources are not in it.
//
//go:embed en-* de-* mul-*
var FS embed.FS

// Files returns the article files.
func Files() fs.FS { return FS }
