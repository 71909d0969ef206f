package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/sqlite"
)

// exporter writes one kind of record in one of the export formats.
type exporter func(ctx context.Context, s *sqlite.Store, w recordWriter) error

// recordWriter receives records as ordered key/value pairs, so that JSON lines
// and CSV come out with the columns of the export contract in its order.
type recordWriter interface {
	Write(fields []field) error
}

type field struct {
	key   string
	value any // string, int, float64, bool, nil, or anything JSON can encode
}

func newExportCmd(a *app) *cobra.Command {
	var format string
	kinds := map[string]exporter{
		"documents": exportDocuments,
	}
	cmd := &cobra.Command{
		Use:   "export KIND",
		Short: "Write stored records as JSON lines or CSV",
		Long: `Write stored records to standard output, one per line (JSON lines) or as CSV
with a header row. KIND is one of: documents.

documents: id, source, title, lang, published (YYYY-MM-DD or RFC 3339, or null
when the article gives no date), author, chars.`,
		Example: `  dossier export documents --format csv > documents.csv`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ex, ok := kinds[args[0]]
			if !ok {
				return fmt.Errorf("export: unknown kind %q (known: documents)", args[0])
			}
			store, err := a.openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			bw := bufio.NewWriter(a.stdout)
			var w recordWriter
			switch format {
			case "jsonl", "json":
				w = &jsonlWriter{w: bw}
			case "csv":
				w = &csvWriter{w: csv.NewWriter(bw)}
			default:
				return fmt.Errorf("export: unknown format %q (jsonl or csv)", format)
			}
			if err := ex(cmd.Context(), store, w); err != nil {
				return fmt.Errorf("export %s: %w", args[0], err)
			}
			if c, ok := w.(*csvWriter); ok {
				c.w.Flush()
				if err := c.w.Error(); err != nil {
					return err
				}
			}
			return bw.Flush()
		},
	}
	cmd.Flags().StringVar(&format, "format", "jsonl", "jsonl or csv")
	return cmd
}

func exportDocuments(ctx context.Context, s *sqlite.Store, w recordWriter) error {
	const page = 1000
	for off := 0; ; off += page {
		docs, err := s.Documents(ctx, dossier.DocumentFilter{Limit: page, Offset: off})
		if err != nil {
			return err
		}
		for _, d := range docs {
			if err := w.Write(documentFields(d)); err != nil {
				return err
			}
		}
		if len(docs) < page {
			return nil
		}
	}
}

func documentFields(d *dossier.Document) []field {
	return []field{
		{"id", d.ID}, {"source", d.Source}, {"title", d.Title}, {"lang", d.Lang},
		{"published", nullString(d.Published)}, {"author", d.Author}, {"chars", d.Chars},
	}
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

type jsonlWriter struct{ w io.Writer }

func (j *jsonlWriter) Write(fields []field) error {
	var b strings.Builder
	b.WriteByte('{')
	for i, f := range fields {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(f.key)
		v, err := json.Marshal(f.value)
		if err != nil {
			return fmt.Errorf("encode %s: %w", f.key, err)
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteString("}\n")
	_, err := io.WriteString(j.w, b.String())
	return err
}

type csvWriter struct {
	w      *csv.Writer
	header bool
}

func (c *csvWriter) Write(fields []field) error {
	if !c.header {
		keys := make([]string, len(fields))
		for i, f := range fields {
			keys[i] = f.key
		}
		if err := c.w.Write(keys); err != nil {
			return err
		}
		c.header = true
	}
	row := make([]string, len(fields))
	for i, f := range fields {
		switch v := f.value.(type) {
		case nil:
			row[i] = ""
		case string:
			row[i] = v
		case int:
			row[i] = strconv.Itoa(v)
		case float64:
			row[i] = strconv.FormatFloat(v, 'f', -1, 64)
		default:
			b, err := json.Marshal(v)
			if err != nil {
				return err
			}
			row[i] = string(b)
		}
	}
	return c.w.Write(row)
}
