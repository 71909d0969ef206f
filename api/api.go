// Package api serves dossier's HTTP JSON API: documents, entities, events,
// stories, relations, timelines, the relation graph, search, ingest, health
// and Prometheus metrics. The OpenAPI 3 document of every route is served at
// /api/openapi.json and kept in step with the route table by a test.
//
// Every error has one shape, {"error":{"code","message"}}; lists are paged
// with limit and offset and say whether there is more. Records refer to
// entities by id, and each response carries an "entities" map with the names
// of the ids it uses.
package api

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/kb"
)

// Knowledge is what the API asks the knowledge base: names in any language
// for entity search, and profiles (aliases, roles, curated relations).
// *kb.KB implements it.
type Knowledge interface {
	Lookup(name, lang string) []kb.Candidate
	Info(id string) (*kb.Info, bool)
	RelatedFrom(id, rel string) []dossier.Entity
	Country(iso3 string) (dossier.Entity, bool)
}

// Options configures a Server.
type Options struct {
	Logger  *slog.Logger
	Version string

	// Knowledge, when set, resolves names such as "Lawrow" to entities and
	// adds aliases, roles and curated relations to entity profiles.
	Knowledge Knowledge

	// Ingester, when set, enables POST /api/ingest.
	Ingester Ingester

	// Token, when set, must be sent as "Authorization: Bearer TOKEN" with
	// every write request. Without a token, writes are allowed only when
	// OpenWrites is set (the server listens on loopback only) and the
	// request names a loopback host.
	Token      string
	OpenWrites bool

	// Timeout bounds a read request (default 30s); IngestTimeout an ingest
	// (default 2m). MaxBodyBytes bounds a request body (default 10 MiB).
	Timeout       time.Duration
	IngestTimeout time.Duration
	MaxBodyBytes  int64
}

// Server is the HTTP API over a Store. It is safe for concurrent use.
type Server struct {
	store   dossier.Store
	kb      Knowledge
	ingest  Ingester
	logger  *slog.Logger
	version string
	token   [32]byte // SHA-256 of the token; compared in constant time
	hasTok  bool
	open    bool
	timeout time.Duration
	ingestT time.Duration
	maxBody int64

	mux     *http.ServeMux
	routes  []route
	started time.Time
	metrics *metrics
	// gen counts ingests through this server; cached aggregates of an
	// older generation are recomputed.
	gen   atomic.Int64
	cache *aggCache
	// ingestSlots bounds concurrent ingests, which are CPU-bound.
	ingestSlots chan struct{}
}

// New returns the API handler for store.
func New(store dossier.Store, opt Options) *Server {
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	s := &Server{
		store: store, kb: opt.Knowledge, ingest: opt.Ingester, logger: opt.Logger, version: opt.Version,
		open: opt.OpenWrites, timeout: opt.Timeout, ingestT: opt.IngestTimeout, maxBody: opt.MaxBodyBytes,
		mux: http.NewServeMux(), started: time.Now(), metrics: newMetrics(), cache: newAggCache(64),
		ingestSlots: make(chan struct{}, 2),
	}
	if opt.Token != "" {
		s.token, s.hasTok = sha256.Sum256([]byte(opt.Token)), true
	}
	if s.timeout <= 0 {
		s.timeout = 30 * time.Second
	}
	if s.ingestT <= 0 {
		s.ingestT = 2 * time.Minute
	}
	if s.maxBody <= 0 {
		s.maxBody = 10 << 20
	}
	s.routes = s.table()
	s.register()
	return s
}

// route is one endpoint. The OpenAPI document lists exactly these.
type route struct {
	method string
	path   string // ServeMux pattern path, which is also the OpenAPI path
	write  bool   // needs the token (see Options.Token)
	h      http.HandlerFunc
}

func (s *Server) table() []route {
	return []route{
		{method: "GET", path: "/api/health", h: s.health},
		{method: "GET", path: "/api/metrics", h: s.serveMetrics},
		{method: "GET", path: "/api/openapi.json", h: serveOpenAPI},
		{method: "GET", path: "/api/documents", h: s.listDocuments},
		{method: "GET", path: "/api/documents/{id}", h: s.getDocument},
		{method: "GET", path: "/api/search", h: s.search},
		{method: "GET", path: "/api/entities", h: s.listEntities},
		{method: "GET", path: "/api/entities/{id}", h: s.getEntity},
		{method: "GET", path: "/api/mentions", h: s.listMentions},
		{method: "GET", path: "/api/events", h: s.listEvents},
		{method: "GET", path: "/api/stories", h: s.listStories},
		{method: "GET", path: "/api/stories/{id}", h: s.getStory},
		{method: "GET", path: "/api/relations", h: s.listRelations},
		{method: "GET", path: "/api/timeline", h: s.timeline},
		{method: "GET", path: "/api/graph", h: s.graph},
		{method: "POST", path: "/api/ingest", write: true, h: s.postIngest},
	}
}

func (s *Server) register() {
	methods := map[string][]string{}
	params, err := queryParams()
	if err != nil {
		panic("api: " + err.Error()) // cannot happen: the document is compiled in, and a test reads it
	}
	for _, rt := range s.routes {
		h := rt.h
		if names := params[rt.method+" "+rt.path]; names != nil {
			h = onlyParams(names, h)
		}
		if rt.write {
			h = s.guardWrite(h)
		}
		s.mux.HandleFunc(rt.method+" "+rt.path, h)
		methods[rt.path] = append(methods[rt.path], rt.method)
	}
	// Other methods on a known path get the one error shape, not the
	// mux's plain-text 405.
	for path, ms := range methods {
		allow := strings.Join(append(ms, "HEAD"), ", ")
		if !strings.Contains(allow, "GET") {
			allow = strings.Join(ms, ", ")
		}
		s.mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", allow)
			writeError(w, http.StatusMethodNotAllowed, "method_not_allowed", r.Method+" is not allowed on "+r.URL.Path+" (allowed: "+allow+")")
		})
	}
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "not_found", "no such endpoint: "+r.Method+" "+r.URL.Path)
	})
}

// apiCSP forbids everything to API responses: they are data, never pages.
const apiCSP = "default-src 'none'; frame-ancestors 'none'"

// ServeHTTP implements http.Handler: security headers, a deadline, metrics,
// and a JSON 500 for handlers that panic.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", apiCSP)
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
	timeout := s.timeout
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		timeout = s.ingestT
	}
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	r = r.WithContext(ctx)
	rec := &recorder{ResponseWriter: w, status: http.StatusOK}
	start := time.Now()
	s.metrics.inFlight.Add(1)
	defer func() {
		s.metrics.inFlight.Add(-1)
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.logger.Error("handler panicked", "method", r.Method, "path", r.URL.Path, "panic", v)
			if !rec.wrote {
				writeError(rec, http.StatusInternalServerError, "internal", "the server could not complete the request")
			}
		}
		pattern := r.Pattern
		if pattern == "" || !strings.Contains(pattern, " ") {
			pattern = "other" // unknown paths must not grow the label set
		}
		s.metrics.observe(pattern, rec.status, time.Since(start))
	}()
	s.mux.ServeHTTP(rec, r)
}

// recorder remembers the status a handler wrote.
type recorder struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (r *recorder) WriteHeader(code int) {
	if !r.wrote {
		r.status, r.wrote = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	r.wrote = true
	return r.ResponseWriter.Write(b)
}

// guardWrite lets a write request through when it carries the token, or,
// with no token configured, when writes are open (loopback only) and the
// request is not a cross-site one: a web page on another origin must not be
// able to post to a local server, nor reach it by DNS rebinding.
func (s *Server) guardWrite(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if origin := r.Header.Get("Origin"); origin != "" && !sameOrigin(origin, r.Host) {
			writeError(w, http.StatusForbidden, "forbidden", "cross-origin write requests are refused")
			return
		}
		if s.hasTok {
			got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
			sum := sha256.Sum256([]byte(strings.TrimSpace(got)))
			if !ok || subtle.ConstantTimeCompare(sum[:], s.token[:]) != 1 {
				w.Header().Set("WWW-Authenticate", `Bearer realm="dossier"`)
				writeError(w, http.StatusUnauthorized, "unauthorized", "this endpoint needs the server's token: Authorization: Bearer TOKEN")
				return
			}
			next(w, r)
			return
		}
		if !s.open {
			writeError(w, http.StatusForbidden, "forbidden", "write endpoints are disabled: the server listens beyond loopback and has no token (start it with --token or DOSSIER_TOKEN)")
			return
		}
		if !loopbackHost(r.Host) {
			writeError(w, http.StatusForbidden, "forbidden", "without a token, write requests must address the server as localhost or a loopback address")
			return
		}
		next(w, r)
	}
}

func sameOrigin(origin, host string) bool {
	_, rest, ok := strings.Cut(origin, "://")
	return ok && strings.EqualFold(rest, host)
}

// loopbackHost reports whether a Host header names this machine.
func loopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// IsLoopback reports whether a listen address binds to loopback only.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	if host == "" {
		return false // ":8080" listens on every interface
	}
	return loopbackHost(host)
}

// errorBody is the one shape every error response has.
type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, errorBody{errorDetail{code, msg}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	// < > & are written as \u003c …, so article text is inert even where a
	// client wrongly treats the body as HTML.
	enc.SetEscapeHTML(true)
	_ = enc.Encode(v)
}

func badRequest(w http.ResponseWriter, msg string) {
	writeError(w, http.StatusBadRequest, "bad_request", msg)
}

// fail answers for a store error: a timeout, a gone client, or a 500.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		writeError(w, http.StatusServiceUnavailable, "timeout", "the request took too long")
	case errors.Is(err, context.Canceled):
		writeError(w, 499, "canceled", "the client went away") // nobody reads it; the status shows in metrics
	default:
		s.logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		writeError(w, http.StatusInternalServerError, "internal", "the server could not complete the request")
	}
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	n, err := s.store.CountDocuments(r.Context())
	if err != nil {
		s.logger.Error("health", "err", err)
		writeError(w, http.StatusServiceUnavailable, "unavailable", "the store does not answer")
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"status": "ok", "documents": n, "version": s.version,
		"uptime_seconds": int(time.Since(s.started).Seconds()),
		"ingest":         s.ingest != nil,
		"write_auth":     s.writeAuth(),
	})
}

// writeAuth tells clients how writes are guarded: "token", "open" (loopback
// without a token) or "disabled".
func (s *Server) writeAuth() string {
	switch {
	case s.ingest == nil:
		return "disabled"
	case s.hasTok:
		return "token"
	case s.open:
		return "open"
	}
	return "disabled"
}
