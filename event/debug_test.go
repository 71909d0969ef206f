package event_test

import (
	"os"
	"testing"

	"github.com/dossier-news/dossier/event"
)

// TestDebugDump prints the analysis of $EVENT_DEBUG_TEXT (language
// $EVENT_DEBUG_LANG, default en; document date $EVENT_DEBUG_DATE); it is
// skipped otherwise.
func TestDebugDump(t *testing.T) {
	body := os.Getenv("EVENT_DEBUG_TEXT")
	if body == "" {
		t.Skip("EVENT_DEBUG_TEXT not set")
	}
	lang := os.Getenv("EVENT_DEBUG_LANG")
	if lang == "" {
		lang = "en"
	}
	st := loadStages(t)
	d := st.doc(t, lang, os.Getenv("EVENT_DEBUG_DATE"), body)
	t.Log("\n" + event.DebugAnalyze(st.ex, d))
}
