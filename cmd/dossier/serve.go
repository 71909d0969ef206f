package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/dossier-news/dossier/api"
	"github.com/dossier-news/dossier/examples"
	"github.com/dossier-news/dossier/ingest"
	"github.com/dossier-news/dossier/pipeline"
)

func newServeCmd(a *app) *cobra.Command {
	var addr string
	var demo bool
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the HTTP API (and with --demo, a bundled demo corpus)",
		Long: `Serve dossier's HTTP JSON API on --addr.

Endpoints:
  GET /api/health              status and document count
  GET /api/documents           list (lang, from, to, source, limit, offset)
  GET /api/documents/{id}      one document with its text and sentences
  GET /api/search?q=…          ranked sentences (lang, limit)

With --demo, the articles bundled in examples/ (written for the project) are
ingested into a temporary database that is removed on exit; --db is ignored.`,
		Example: `  dossier serve --demo
  dossier --db news.db serve --addr 127.0.0.1:9000`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
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
			store, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer store.Close()
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("serve: %w", err)
			}
			srv := &http.Server{
				Handler:           http.TimeoutHandler(api.New(store, api.Options{Logger: a.logger}), 30*time.Second, `{"error":{"code":"timeout","message":"the request took too long"}}`),
				ReadHeaderTimeout: 10 * time.Second,
				ReadTimeout:       60 * time.Second,
				IdleTimeout:       120 * time.Second,
				MaxHeaderBytes:    1 << 20,
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
	cmd.Flags().BoolVar(&demo, "demo", false, "serve the bundled demo corpus from a temporary database")
	return cmd
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
