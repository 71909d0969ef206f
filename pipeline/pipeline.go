// Package pipeline runs the per-document stages (language, segmentation and
// the analysers that follow) and the batch ingest that feeds a Store.
package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/ingest"
	"github.com/dossier-news/dossier/lang"
	"github.com/dossier-news/dossier/text"
)

// LanguageDetector names the language of a text among the configured ones,
// or "" when it cannot tell.
type LanguageDetector interface {
	Detect(text string) (lang string, confidence float64)
}

// LanguageScreen names the language a document's running words are
// written in among many, or "" when the text says too little to tell. It
// catches what the detector, choosing among the configured languages only,
// cannot: an undeclared French article.
type LanguageScreen interface {
	Language(text string) (lang string, confidence float64)
}

// Analyzer is a stage that adds to a segmented document: tags, time
// expressions, mentions, events. Analyzers run in the order given and must be
// safe for concurrent use.
type Analyzer interface {
	Analyze(ctx context.Context, doc *dossier.Document) error
}

// Pipeline turns extracted articles into analysed documents.
type Pipeline struct {
	langs     []string
	detector  LanguageDetector
	screen    LanguageScreen
	analyzers []Analyzer
	now       func() time.Time
}

// Option configures a Pipeline.
type Option func(*Pipeline)

// WithAnalyzers appends stages that run after segmentation.
func WithAnalyzers(a ...Analyzer) Option {
	return func(p *Pipeline) { p.analyzers = append(p.analyzers, a...) }
}

// WithScreen refuses undeclared articles that the screen reads as written
// in a language the pipeline does not read.
func WithScreen(s LanguageScreen) Option { return func(p *Pipeline) { p.screen = s } }

// WithClock sets the clock that stamps IngestedAt (tests fix it).
func WithClock(now func() time.Time) Option { return func(p *Pipeline) { p.now = now } }

// New returns a pipeline for the given languages; the first is the default
// for text too short to tell.
func New(langs []string, detector LanguageDetector, opts ...Option) *Pipeline {
	p := &Pipeline{langs: langs, detector: detector, now: time.Now}
	for _, o := range opts {
		o(p)
	}
	return p
}

// minDetectLetters is how many letters a paragraph needs before its own
// language is trusted over the document's.
const minDetectLetters = 40

// maxDetectBytes is how much of a paragraph language detection reads: the
// first 200 bytes decide it as the whole paragraph would. On every
// paragraph of 10kGNAD and Reuters-21578 (20,089 with 40 letters or more)
// the decision from 120 bytes on is that of the whole paragraph (100 bytes
// changed 3); TestSharedParagraphPrefix holds 200 to it. 600 bytes read a
// fifth more text for the same answers.
const maxDetectBytes = 200

// minParagraphConfidence is the posterior a paragraph's own language needs
// to be trusted over the document's.
const minParagraphConfidence = 0.9

// Process builds the document for an article: identity, language of the
// document and of each paragraph, sentences and tokens, then the analysers.
func (p *Pipeline) Process(ctx context.Context, a ingest.Article) (*dossier.Document, error) {
	if err := p.checkLanguage(a); err != nil {
		return nil, err
	}
	d := p.segment(a)
	if err := p.analyse(ctx, d); err != nil {
		return nil, err
	}
	return d, nil
}

// LanguageError is the error for an article declared, or read by the
// screen, to be in a language the pipeline does not read. Analysed anyway, a
// French article would be stored as English (the detector knows only the
// configured languages) and its tags, names and events would be noise under
// a wrong language code.
type LanguageError struct {
	Declared string   // the language the input declared
	Read     string   // else the language the screen read, a code
	Langs    []string // the languages the pipeline reads
}

func (e *LanguageError) Error() string {
	if e.Declared == "" && e.Read != "" {
		return fmt.Sprintf("the text reads as %s (%s), which dossier does not read (it reads %s; see --langs): not stored; "+
			`if that is wrong, declare the language ("lang" of a JSON line or of an API request)`, lang.Name(e.Read), e.Read, strings.Join(e.Langs, ", "))
	}
	return fmt.Sprintf("declared language %q is not one dossier reads (%s; see --langs): not stored",
		e.Declared, strings.Join(e.Langs, ", "))
}

// minScreenConfidence is the screen's posterior that refuses an
// undeclared article: on 4,000 English and German news documents the
// screen never named another language at all, so only the sure verdicts of
// real foreign text are acted on.
const minScreenConfidence = 0.99

// checkLanguage refuses an article whose declared language the pipeline
// does not read, or, declaring none, whose text the screen reads as such a
// language. The declaration is compared by its base language, so that a
// caller that passes "en-US" or "DE" through unnormalised is not refused;
// a declared language the pipeline reads is trusted over the screen.
func (p *Pipeline) checkLanguage(a ingest.Article) error {
	base := declaredBase(a.Lang)
	if base != "" && !slices.Contains(p.langs, base) {
		return &LanguageError{Declared: a.Lang, Langs: p.langs}
	}
	if base == "" && p.screen != nil {
		if l, conf := p.screen.Language(a.Text); l != "" && conf >= minScreenConfidence && !slices.Contains(p.langs, l) {
			return &LanguageError{Read: l, Langs: p.langs}
		}
	}
	return nil
}

// declaredBase is the base language of a declared language tag, lower
// case ("en" for "en-US" and "EN"), or "" for none or undetermined.
func declaredBase(lang string) string {
	base, _, _ := strings.Cut(lang, "-")
	base, _, _ = strings.Cut(base, "_")
	if base = strings.ToLower(strings.TrimSpace(base)); base == "und" {
		return ""
	}
	return base
}

// segment builds the document for an article up to its sentences and
// tokens: identity, language of the document and of each paragraph.
func (p *Pipeline) segment(a ingest.Article) *dossier.Document {
	sum := sumText(a.Text)
	hash := hex.EncodeToString(sum[:])
	d := &dossier.Document{
		ID:         hash[:16],
		Hash:       hash,
		Source:     a.Source,
		Title:      a.Title,
		Published:  a.Published,
		Author:     a.Author,
		Text:       a.Text,
		Chars:      utf8.RuneCountInString(a.Text),
		IngestedAt: p.now().UTC(),
	}
	// Each paragraph long enough to tell gets its own language; the
	// document's is the one most of its letters are written in.
	spans := text.Paragraphs(d.Text)
	langs := make([]string, len(spans))
	weight := map[string]int{}
	for i, sp := range spans {
		if l, n := p.paragraphLanguage(d.Text[sp.Start:sp.End], maxDetectBytes); l != "" {
			langs[i] = l
			weight[l] += n
		}
	}
	d.Lang = p.documentLanguage(a, weight)
	for i, sp := range spans {
		l := langs[i]
		if l == "" {
			l = d.Lang
		}
		d.Paragraphs = append(d.Paragraphs, dossier.Paragraph{Span: sp, Lang: l})
	}
	d.Sentences = text.Segment(d.Text, d.Paragraphs)
	return d
}

// sumText is sha256.Sum256([]byte(text)) without the copy of the whole
// text that the conversion allocates (the largest allocation of segment
// after the tokens): the text goes to the hash through a buffer on the
// stack.
func sumText(text string) [sha256.Size]byte {
	h := sha256.New()
	var buf [4096]byte
	for len(text) > 0 {
		n := copy(buf[:], text)
		h.Write(buf[:n])
		text = text[n:]
	}
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum
}

// analyse runs the analysers over a segmented document.
func (p *Pipeline) analyse(ctx context.Context, d *dossier.Document) error {
	for _, an := range p.analyzers {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := analyzeGuarded(ctx, an, d); err != nil {
			return fmt.Errorf("analyse %s: %w", d.Source, err)
		}
	}
	return nil
}

// analyzeGuarded runs one stage and turns a panic in it into an error: a
// bug that one document's text trips fails that document, named, instead of
// ending an ingest and the other documents' work with it.
func analyzeGuarded(ctx context.Context, an Analyzer, d *dossier.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error in the %T stage: %v (a bug in dossier: please report it with this document)", an, r)
		}
	}()
	return an.Analyze(ctx, d)
}

// paragraphLanguage is the language of a paragraph, judged from its first
// maxBytes, and its letters; "" when the paragraph is too short to tell or
// no language is sure enough.
func (p *Pipeline) paragraphLanguage(para string, maxBytes int) (string, int) {
	n := letters(para)
	if p.detector == nil || n < minDetectLetters {
		return "", n
	}
	if len(para) > maxBytes {
		para = para[:maxBytes]
	}
	if l, conf := p.detector.Detect(para); l != "" && conf >= minParagraphConfidence {
		return l, n
	}
	return "", n
}

// documentLanguage takes the language most paragraphs' letters are in,
// then a declared language among the configured ones, then the default.
func (p *Pipeline) documentLanguage(a ingest.Article, weight map[string]int) string {
	best, most := "", 0
	for _, l := range p.langs { // configured order breaks ties
		if weight[l] > most {
			best, most = l, weight[l]
		}
	}
	if best != "" {
		return best
	}
	if l := declaredBase(a.Lang); slices.Contains(p.langs, l) {
		return l
	}
	if p.detector != nil {
		if l, _ := p.detector.Detect(a.Text); l != "" {
			return l
		}
	}
	return p.langs[0]
}

// letters counts the letters of s. ASCII, most of the news, is tested a
// byte at a time without decoding runes: an ASCII letter is one whose
// lower case (c|0x20) is a-z.
func letters(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if l := c | 0x20; 'a' <= l && l <= 'z' {
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			n++
		}
		i += size
	}
	return n
}
