package pipeline_test

import (
	"encoding/json"
	"os"

	"github.com/dossier-news/dossier/internal/corpus"
)

func writeJSONL(path string, recs []corpus.Record) (int64, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	enc := json.NewEncoder(f)
	var n int64
	for _, r := range recs {
		n += int64(len(r.Text))
		if err := enc.Encode(map[string]string{"url": r.ID, "published": r.Published, "text": r.Text}); err != nil {
			f.Close()
			return 0, err
		}
	}
	return n, f.Close()
}
