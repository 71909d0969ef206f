// Package api serves dossier's HTTP JSON API.
package api

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-news/dossier"
)

// Options configures a Server.
type Options struct {
	Logger  *slog.Logger
	Version string
}

// Server is the HTTP API over a Store.
type Server struct {
	store   dossier.Store
	logger  *slog.Logger
	version string
	mux     *http.ServeMux
	started time.Time
}

// New returns the API handler for store.
func New(store dossier.Store, opt Options) *Server {
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	s := &Server{store: store, logger: opt.Logger, version: opt.Version, mux: http.NewServeMux(), started: time.Now()}
	s.routes()
	return s
}

func (s *Server) routes() {
	s.mux.HandleFunc("GET /api/health", s.health)
	s.mux.HandleFunc("GET /api/documents", s.listDocuments)
	s.mux.HandleFunc("GET /api/documents/{id}", s.getDocument)
	s.mux.HandleFunc("GET /api/search", s.search)
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "not_found", "no such endpoint: "+r.Method+" "+r.URL.Path)
	})
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	s.mux.ServeHTTP(w, r)
}

// errorBody is the one shape every error response has.
type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	var b errorBody
	b.Error.Code, b.Error.Message = code, msg
	writeJSON(w, status, b)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(v)
}

func (s *Server) internal(w http.ResponseWriter, r *http.Request, err error) {
	s.logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	writeError(w, http.StatusInternalServerError, "internal", "the server could not complete the request")
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	n, err := s.store.CountDocuments(r.Context())
	if err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "unavailable", "error": err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"status": "ok", "documents": n, "version": s.version,
		"uptime_seconds": int(time.Since(s.started).Seconds()),
	})
}

// DocumentJSON is a document as the API and exports show it.
type DocumentJSON struct {
	ID        string  `json:"id"`
	Source    string  `json:"source"`
	Title     string  `json:"title"`
	Lang      string  `json:"lang"`
	Published *string `json:"published"`
	Author    string  `json:"author"`
	Chars     int     `json:"chars"`
}

func documentJSON(d *dossier.Document) DocumentJSON {
	j := DocumentJSON{ID: d.ID, Source: d.Source, Title: d.Title, Lang: d.Lang, Author: d.Author, Chars: d.Chars}
	if d.Published != "" {
		p := d.Published
		j.Published = &p
	}
	return j
}

const maxPage = 500

// page reads limit and offset, with defaults and bounds.
func page(r *http.Request) (limit, offset int, err error) {
	limit, offset = 50, 0
	if v := r.URL.Query().Get("limit"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit < 1 || limit > maxPage {
			return 0, 0, errors.New("limit must be a number from 1 to 500")
		}
	}
	if v := r.URL.Query().Get("offset"); v != "" {
		if offset, err = strconv.Atoi(v); err != nil || offset < 0 {
			return 0, 0, errors.New("offset must be a number of 0 or more")
		}
	}
	return limit, offset, nil
}

func validDate(s string) bool {
	if s == "" {
		return true
	}
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

func (s *Server) listDocuments(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := page(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, "bad_request", err.Error())
		return
	}
	q := r.URL.Query()
	f := dossier.DocumentFilter{Lang: q.Get("lang"), From: q.Get("from"), To: q.Get("to"), Source: q.Get("source"), Limit: limit + 1, Offset: offset}
	if !validDate(f.From) || !validDate(f.To) {
		writeError(w, http.StatusBadRequest, "bad_request", "from and to must be dates as YYYY-MM-DD")
		return
	}
	docs, err := s.store.Documents(r.Context(), f)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	more := len(docs) > limit
	if more {
		docs = docs[:limit]
	}
	items := make([]DocumentJSON, len(docs))
	for i, d := range docs {
		items[i] = documentJSON(d)
	}
	writeJSON(w, http.StatusOK, map[string]any{"items": items, "limit": limit, "offset": offset, "more": more})
}

type sentenceJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Lang  string `json:"lang"`
	Text  string `json:"text"`
}

func (s *Server) getDocument(w http.ResponseWriter, r *http.Request) {
	d, err := s.store.Document(r.Context(), r.PathValue("id"))
	switch {
	case errors.Is(err, dossier.ErrNotFound):
		writeError(w, http.StatusNotFound, "not_found", "no document with id "+strconv.Quote(r.PathValue("id")))
		return
	case err != nil && strings.Contains(err.Error(), "ambiguous"):
		writeError(w, http.StatusBadRequest, "ambiguous", err.Error())
		return
	case err != nil:
		s.internal(w, r, err)
		return
	}
	sents := make([]sentenceJSON, len(d.Sentences))
	for i, se := range d.Sentences {
		sents[i] = sentenceJSON{Start: se.Start, End: se.End, Lang: se.Lang, Text: d.Text[se.Start:se.End]}
	}
	writeJSON(w, http.StatusOK, map[string]any{"document": documentJSON(d), "text": d.Text, "sentences": sents})
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		writeError(w, http.StatusBadRequest, "bad_request", "q (the query) is required")
		return
	}
	if len(q) > 500 {
		writeError(w, http.StatusBadRequest, "bad_request", "q is longer than 500 bytes")
		return
	}
	limit, _, err := page(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, "bad_request", err.Error())
		return
	}
	hits, err := s.store.Search(r.Context(), q, dossier.SearchOptions{Lang: r.URL.Query().Get("lang"), Limit: limit})
	if err != nil {
		s.internal(w, r, err)
		return
	}
	type hitJSON struct {
		Doc      dossier.DocRef `json:"doc"`
		Title    string         `json:"title"`
		Sentence int            `json:"sentence"`
		Start    int            `json:"start"`
		End      int            `json:"end"`
		Text     string         `json:"text"`
		Snippet  string         `json:"snippet"`
		Score    float64        `json:"score"`
	}
	out := make([]hitJSON, len(hits))
	for i, h := range hits {
		out[i] = hitJSON{h.Doc, h.Title, h.SentIndex, h.Sentence.Start, h.Sentence.End, h.Text, h.Snippet, h.Score}
	}
	writeJSON(w, http.StatusOK, map[string]any{"query": q, "hits": out})
}
