package pipeline_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/dossier-news/dossier/ingest"
	"github.com/dossier-news/dossier/lang"
	"github.com/dossier-news/dossier/pipeline"
)

// TestProcessDeclaredLanguage checks that an article declared in a
// language the pipeline does not read is refused, naming the language,
// instead of being stored under the language the detector guesses.
func TestProcessDeclaredLanguage(t *testing.T) {
	const english = "The two delegations met in Geneva on Monday and agreed to meet again next week."
	const french = "Les deux délégations se sont rencontrées lundi à Genève et ont convenu de se revoir."
	tests := []struct {
		name     string
		langs    []string
		declared string
		text     string
		wantLang string // "" when the article is refused
	}{
		{"undeclared", []string{"en", "de"}, "", english, "en"},
		{"declared en", []string{"en", "de"}, "en", english, "en"},
		{"region tag passed through", []string{"en", "de"}, "en-GB", english, "en"},
		{"upper case", []string{"en", "de"}, "EN", english, "en"},
		{"undetermined", []string{"en", "de"}, "und", english, "en"},
		{"declared fr", []string{"en", "de"}, "fr", french, ""},
		{"declared es-ES", []string{"en", "de"}, "es-ES", french, ""},
		{"declared de, reading en only", []string{"en"}, "de", "Die Delegationen trafen sich am Montag in Genf.", ""},
		// a declaration is refused even when the text reads otherwise:
		// the input said what it is, and a wrong label is its to fix
		{"declared fr over English text", []string{"en", "de"}, "fr", english, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			det, err := lang.New(tt.langs)
			if err != nil {
				t.Fatal(err)
			}
			p := pipeline.New(tt.langs, det)
			checkProcess(t, p, ingest.Article{Source: "a.jsonl:1", Lang: tt.declared, Text: tt.text},
				tt.wantLang, append([]string{tt.declared, "not stored"}, tt.langs...))
		})
	}
}

// TestIngestRefusesUnreadLanguage checks the batch ingest: a JSON line
// declared French is a failure naming its file and line, and the lines
// around it are stored.
func TestIngestRefusesUnreadLanguage(t *testing.T) {
	dir := t.TempDir()
	lines := []string{
		`{"url":"a","lang":"en","text":"The talks in Geneva went on for a third day. Both sides said little."}`,
		`{"url":"b","lang":"fr","text":"Les pourparlers de Genève ont duré trois jours. Les deux camps ont peu parlé."}`,
		`{"url":"c","lang":"de","text":"Die Gespräche in Genf dauerten den dritten Tag an. Beide Seiten sagten wenig."}`,
	}
	sum := ingestOneFailing(t, dir, lines)
	msg := sum.Failures[0].String()
	for _, want := range []string{"in.jsonl", ":2", `"fr"`, "not stored"} {
		if !strings.Contains(msg, want) {
			t.Errorf("failure %q does not say %q", msg, want)
		}
	}
}

// TestProcessScreensUndeclared checks that an article declaring no
// language is refused when its text reads as a language the pipeline does
// not read, and that a declaration, or too little running text, leaves it
// to the detector.
func TestProcessScreensUndeclared(t *testing.T) {
	const french = "Les syndicats ont appelé lundi à une grève de trois jours contre la réforme présentée par le gouvernement. " +
		"Selon la direction, un train sur deux circulera mardi dans la plupart des régions, et les lignes vers l'étranger seront perturbées. " +
		"Le ministre a dit regretter une décision qui pénalise les voyageurs."
	const german = "Die Gewerkschaften haben am Montag zu einem dreitägigen Streik gegen die Reform aufgerufen, die die Regierung vorgelegt hat. " +
		"Nach Angaben der Bahn soll am Dienstag in den meisten Regionen nur jeder zweite Zug fahren, und die Verbindungen ins Ausland werden gestört sein. " +
		"Der Minister sagte, er bedauere eine Entscheidung, die vor allem die Reisenden treffe, während die Vertreter der Beschäftigten noch in dieser Woche neue Gespräche verlangen."
	screen, err := lang.NewScreen()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		langs    []string
		declared string
		text     string
		wantLang string // "" when the article is refused
		wantRead string // the language the refusal names
	}{
		{"undeclared French", []string{"en", "de"}, "", french, "", "French"},
		{"undeclared German, reading en only", []string{"en"}, "", german, "", "German"},
		{"undeclared German", []string{"en", "de"}, "", german, "de", ""},
		{"declared en is trusted", []string{"en", "de"}, "en", french, "en", ""},
		{"too short to screen", []string{"en", "de"}, "", "Le ministre a démissionné.", "en", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			det, err := lang.New(tt.langs)
			if err != nil {
				t.Fatal(err)
			}
			p := pipeline.New(tt.langs, det, pipeline.WithScreen(screen))
			checkProcess(t, p, ingest.Article{Source: "a.txt", Lang: tt.declared, Text: tt.text},
				tt.wantLang, []string{tt.wantRead, "not stored", `"lang"`})
		})
	}
}

// checkProcess processes a and checks that it is stored in wantLang or,
// when wantLang is "", refused with a LanguageError that says each of says.
func checkProcess(t *testing.T, p *pipeline.Pipeline, a ingest.Article, wantLang string, says []string) {
	t.Helper()
	d, err := p.Process(context.Background(), a)
	if wantLang != "" {
		if err != nil {
			t.Fatalf("refused: %v", err)
		}
		if d.Lang != wantLang {
			t.Errorf("language %q, want %q", d.Lang, wantLang)
		}
		return
	}
	var le *pipeline.LanguageError
	if !errors.As(err, &le) {
		t.Fatalf("got document %v, err %v; want a LanguageError", d != nil, err)
	}
	for _, want := range says {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
}
