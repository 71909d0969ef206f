package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/api"
	"github.com/dossier-news/dossier/examples"
	"github.com/dossier-news/dossier/ingest"
	"github.com/dossier-news/dossier/pipeline"
	"github.com/dossier-news/dossier/postgres"
	"github.com/dossier-news/dossier/web"
)

func newServeCmd(a *app) *cobra.Command {
	var addr, token string
	var demo bool
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the web app and the HTTP API (and with --demo, a bundled demo corpus)",
		Long: `Serve dossier's web app at / and its HTTP JSON API under /api/ on --addr.
The API is described by the OpenAPI 3 document at /api/openapi.json:

  GET  /api/health /api/metrics (Prometheus) /api/openapi.json
  GET  /api/documents /api/documents/{id}     documents, one with its analyses
  GET  /api/search?q=                         sentences, and entities by any name
  GET  /api/entities /api/entities/{id}       entity search and profiles
  GET  /api/mentions /api/events              filtered records
  GET  /api/stories /api/stories/{id}         events merged across reports
  GET  /api/relations /api/timeline /api/graph
  POST /api/ingest                            one article through the pipeline

Writes (POST /api/ingest) need the token given by --token or DOSSIER_TOKEN,
sent as "Authorization: Bearer TOKEN". Without a token they are allowed only
when --addr is a loopback address; on any other address they are refused.

With --demo, the articles bundled in examples/ (written for the project) are
ingested into a temporary database that is removed on exit; --db is ignored.`,
		Example: `  dossier serve --demo
  dossier --db news.db serve --addr 127.0.0.1:9000
  DOSSIER_TOKEN=$(openssl rand -hex 16) dossier serve --addr 0.0.0.0:8080`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			// Take the address first: a port in use should be said at once,
			// not after the database and the models are loaded.
			ln, err := listen(addr)
			if err != nil {
				return err
			}
			defer ln.Close()
			if demo {
				dir, err := os.MkdirTemp("", "dossier-demo-")
				if err != nil {
					return err
				}
				defer os.RemoveAll(dir)
				a.dbPath = filepath.Join(dir, "demo.db")
				if err := loadDemo(ctx, a, dir); err != nil {
					return err
				}
			}
			_, statErr := os.Stat(a.dbPath)
			fresh := !demo && !postgres.IsURL(a.dbPath) && errors.Is(statErr, fs.ErrNotExist)
			store, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer store.Close()
			if fresh { // said once the database could be made, not before it failed
				fmt.Fprintf(a.stderr, "dossier: %s did not exist: starting with an empty database (add articles with \"dossier ingest\" or POST /api/ingest)\n", a.dbPath)
			}
			k, err := a.knowledge()
			if err != nil {
				return err
			}
			p, err := a.newPipeline()
			if err != nil {
				return err
			}
			loopback := api.IsLoopback(addr)
			if !loopback && token == "" {
				fmt.Fprintf(a.stderr, "dossier: %s is not a loopback address and no token is set (--token or DOSSIER_TOKEN): write endpoints are disabled\n", addr)
			}
			const timeout, ingestTimeout = 30 * time.Second, 2 * time.Minute
			apiSrv := api.New(store, api.Options{
				Logger: a.logger, Version: version(), Knowledge: k,
				Ingester: &pipelineIngester{p: p, store: store, maxBytes: a.maxBytes},
				Token:    token, OpenWrites: loopback,
				Timeout: timeout, IngestTimeout: ingestTimeout, MaxBodyBytes: min(a.maxBytes, 20<<20),
			})
			mux := http.NewServeMux()
			mux.Handle("/api/", apiSrv)
			mux.Handle("/", web.Handler())
			srv := &http.Server{
				Handler:           mux,
				ReadHeaderTimeout: 10 * time.Second,
				ReadTimeout:       60 * time.Second,
				// a backstop behind the API's own deadlines, which answer
				// with a JSON error before this cuts the connection
				WriteTimeout:   ingestTimeout + 15*time.Second,
				IdleTimeout:    120 * time.Second,
				MaxHeaderBytes: 1 << 20,
			}
			fmt.Fprintf(a.stderr, "dossier: serving %s on http://%s/ (Ctrl-C to stop)\n", a.dbPath, ln.Addr())
			errc := make(chan error, 1)
			go func() { errc <- srv.Serve(ln) }()
			select {
			case err := <-errc:
				return fmt.Errorf("serve: %w", err)
			case <-ctx.Done():
			}
			shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return fmt.Errorf("shutdown: %w", err)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on")
	cmd.Flags().StringVar(&token, "token", os.Getenv("DOSSIER_TOKEN"), "bearer token that write requests must carry (env DOSSIER_TOKEN)")
	cmd.Flags().BoolVar(&demo, "demo", false, "serve the bundled demo corpus from a temporary database")
	return cmd
}

// listen opens the address to serve on, explaining the usual failures.
func listen(addr string) (net.Listener, error) {
	if _, _, err := net.SplitHostPort(addr); err != nil {
		return nil, fmt.Errorf("serve: --addr %q: give HOST:PORT, such as 127.0.0.1:8080 or 0.0.0.0:8080", addr)
	}
	ln, err := net.Listen("tcp", addr)
	switch {
	case errors.Is(err, syscall.EADDRINUSE):
		return nil, fmt.Errorf("serve: %s is in use by another program (is dossier already serving? choose another port with --addr)", addr)
	case errors.Is(err, syscall.EACCES):
		return nil, fmt.Errorf("serve: %s: permission denied (ports below 1024 need privileges; choose another with --addr)", addr)
	case err != nil:
		return nil, fmt.Errorf("serve: --addr %s: %w", addr, err)
	}
	return ln, nil
}

// version names the build, for the health endpoint.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return ""
}

// pipelineIngester runs articles posted to the API through the same
// pipeline as "dossier ingest" and stores them.
type pipelineIngester struct {
	p        *pipeline.Pipeline
	store    dossier.Store
	maxBytes int64
}

// Ingest implements api.Ingester.
func (in *pipelineIngester) Ingest(ctx context.Context, a api.Article) (api.IngestResult, error) {
	format := ingest.FormatText
	switch a.Format {
	case "html":
		format = ingest.FormatHTML
	case "markdown":
		format = ingest.FormatMarkdown
	}
	if int64(len(a.Body)) > in.maxBytes {
		return api.IngestResult{}, fmt.Errorf("%w: larger than %d bytes", api.ErrUnreadable, in.maxBytes)
	}
	art, err := ingest.Extract(ingest.Item{Source: a.Source, Path: a.Source, Format: format, Body: a.Body,
		Title: a.Title, Published: a.Published, Author: a.Author, Lang: a.Lang})
	if err != nil {
		return api.IngestResult{}, fmt.Errorf("%w: %v", api.ErrUnreadable, err)
	}
	if strings.TrimSpace(art.Text) == "" {
		return api.IngestResult{}, fmt.Errorf("%w: no text found", api.ErrUnreadable)
	}
	d, err := in.p.Process(ctx, art)
	var le *pipeline.LanguageError
	if errors.As(err, &le) {
		// the client's to fix (or to send elsewhere), not a server error
		return api.IngestResult{}, fmt.Errorf("%w: %v", api.ErrUnreadable, err)
	}
	if err != nil {
		return api.IngestResult{}, fmt.Errorf("ingest %s: %w", a.Source, err)
	}
	res, err := in.store.AddDocuments(ctx, []*dossier.Document{d})
	if err != nil {
		return api.IngestResult{}, fmt.Errorf("ingest %s: %w", a.Source, err)
	}
	if !res[0].Added {
		// the stored document, with its id (the same text's)
		if stored, err := in.store.Document(ctx, res[0].ID); err == nil {
			d = stored
		}
	}
	return api.IngestResult{Added: res[0].Added, Doc: d}, nil
}

// loadDemo copies the embedded demo articles to dir and ingests them.
func loadDemo(ctx context.Context, a *app, dir string) error {
	src := filepath.Join(dir, "examples")
	if err := os.CopyFS(src, examples.Files()); err != nil {
		return fmt.Errorf("demo: unpack examples: %w", err)
	}
	p, err := a.newPipeline()
	if err != nil {
		return err
	}
	store, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	inputs, errs := ingest.Inputs([]string{src})
	if len(errs) > 0 {
		return fmt.Errorf("demo: %w", errs[0])
	}
	for i, in := range inputs {
		// documents name the bundled file, not the temporary copy
		if rel, err := filepath.Rel(dir, in.Path); err == nil {
			inputs[i].Name = filepath.ToSlash(rel)
		}
	}
	sum, err := p.Ingest(ctx, store, &ingest.Reader{MaxBytes: a.maxBytes}, inputs, pipeline.IngestOptions{Logger: a.logger})
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	for _, f := range sum.Failures {
		fmt.Fprintf(a.stderr, "dossier: demo: %s\n", f)
	}
	fmt.Fprintf(a.stderr, "dossier: demo corpus: %d documents from %d files\n", sum.Added, len(inputs))
	return nil
}
