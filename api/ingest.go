package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
)

// Article is an article submitted for ingest.
type Article struct {
	Source    string // the URL or name it came from; "api" when the client gave none
	Title     string
	Published string // YYYY-MM-DD or RFC 3339, or ""
	Lang      string // a language the client declared, or ""
	Author    string
	Format    string // "text", "markdown" or "html": how Body is to be read
	Body      []byte
}

// IngestResult says what became of an article.
type IngestResult struct {
	Added bool              // false when the same text was already stored
	Doc   *dossier.Document // the analysed document
}

// Ingester runs an article through the pipeline into the store, as
// `dossier ingest` does for a file. The serve command implements it.
type Ingester interface {
	Ingest(ctx context.Context, a Article) (IngestResult, error)
}

// ErrUnreadable is what an Ingester wraps when an article cannot be read
// (no text, undecodable markup): the client's fault, answered with 422.
var ErrUnreadable = errors.New("unreadable article")

// ingestJSON is the JSON body of POST /api/ingest: one article, as a line of
// a JSON-lines file has it.
type ingestJSON struct {
	URL       string `json:"url"`
	Source    string `json:"source"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Lang      string `json:"lang"`
	Author    string `json:"author"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
}

func (s *Server) postIngest(w http.ResponseWriter, r *http.Request) {
	if s.ingest == nil {
		writeError(w, http.StatusNotImplemented, "not_implemented", "this server does not ingest")
		return
	}
	ct, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		writeError(w, http.StatusUnsupportedMediaType, "unsupported_media_type", "send application/json, text/plain, text/markdown or text/html")
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.maxBody))
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		writeError(w, http.StatusRequestEntityTooLarge, "too_large", fmt.Sprintf("the body is larger than %d bytes", s.maxBody))
		return
	}
	if err != nil {
		badRequest(w, "could not read the body")
		return
	}
	var a Article
	q := r.URL.Query()
	switch ct {
	case "application/json":
		// encoding/json would quietly turn bytes that are not UTF-8 into
		// U+FFFD, storing "Pj�ngjang"; a raw text body with them is
		// refused, and so is this
		if !utf8.Valid(body) {
			badRequest(w, "the body is not UTF-8 (JSON must be)")
			return
		}
		var in ingestJSON
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&in); err != nil {
			badRequest(w, "the body is not an article as JSON: "+err.Error())
			return
		}
		if dec.More() {
			badRequest(w, "send one article per request")
			return
		}
		a = Article{Source: in.URL, Title: in.Title, Published: in.Published, Lang: in.Lang, Author: in.Author}
		if a.Source == "" {
			a.Source = in.Source
		}
		switch {
		case in.Text != "" && in.HTML != "":
			badRequest(w, "give text or html, not both")
			return
		case in.HTML != "":
			a.Format, a.Body = "html", []byte(in.HTML)
		default:
			a.Format, a.Body = "text", []byte(in.Text)
		}
	case "text/plain", "text/markdown", "text/html":
		a = Article{Source: q.Get("url"), Title: q.Get("title"), Published: q.Get("published"), Lang: q.Get("lang"), Author: q.Get("author"), Body: body}
		a.Format = map[string]string{"text/plain": "text", "text/markdown": "markdown", "text/html": "html"}[ct]
		if a.Source == "" {
			a.Source = q.Get("source")
		}
	default:
		writeError(w, http.StatusUnsupportedMediaType, "unsupported_media_type", "send application/json, text/plain, text/markdown or text/html")
		return
	}
	if err := checkArticle(&a); err != nil {
		badRequest(w, err.Error())
		return
	}
	select {
	case s.ingestSlots <- struct{}{}:
		defer func() { <-s.ingestSlots }()
	case <-r.Context().Done():
		writeError(w, http.StatusServiceUnavailable, "busy", "the server is busy ingesting; try again")
		return
	}
	res, err := s.ingest.Ingest(r.Context(), a)
	if errors.Is(err, ErrUnreadable) {
		writeError(w, http.StatusUnprocessableEntity, "unprocessable", err.Error())
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	status := http.StatusOK
	if res.Added {
		status = http.StatusCreated
		s.gen.Add(1)
		s.metrics.ingested.Add(1)
	}
	d := res.Doc
	writeJSON(w, status, map[string]any{
		"added": res.Added, "document": documentJSON(d),
		"sentences": len(d.Sentences), "mentions": len(d.Mentions), "events": len(d.Events), "entities": len(d.Entities),
	})
}

// checkArticle validates what the client said about an article.
func checkArticle(a *Article) error {
	if len(bytes.TrimSpace(a.Body)) == 0 {
		return errors.New("the article has no text")
	}
	if a.Format != "html" && !utf8.Valid(a.Body) {
		return errors.New("the text is not UTF-8")
	}
	if a.Published != "" {
		if _, err := time.Parse(time.DateOnly, a.Published); err != nil {
			if _, err := time.Parse(time.RFC3339, a.Published); err != nil {
				return errors.New("published must be YYYY-MM-DD or RFC 3339")
			}
		}
	}
	if a.Lang != "" && !langRE.MatchString(a.Lang) {
		return errors.New("lang must be an ISO 639-1 code such as en or de")
	}
	for _, f := range []struct{ name, v string }{{"url", a.Source}, {"title", a.Title}, {"author", a.Author}} {
		if len(f.v) > 2048 {
			return fmt.Errorf("%s is longer than 2048 bytes", f.name)
		}
		if strings.ContainsAny(f.v, "\x00\n\r") {
			return fmt.Errorf("%s contains control characters", f.name)
		}
	}
	if a.Source == "" {
		a.Source = "api"
	}
	return nil
}
