//go:build nonner

package entity

import "github.com/dossier-news/dossier/kb"

// Without the recogniser the tests that need it skip.
func testRecognizers(*kb.KB) (map[string]Recognizer, error) { return nil, nil }
