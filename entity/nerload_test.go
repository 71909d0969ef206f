//go:build !nonner

package entity

import "github.com/dossier-news/dossier/kb"

func testRecognizers(k *kb.KB) (map[string]Recognizer, error) {
	return LoadRecognizers(k, "en", "de")
}
