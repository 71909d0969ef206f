package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/aggregate"
)

// exporter writes one kind of record in one of the export formats.
type exporter func(ctx context.Context, s dossier.Store, w recordWriter) error

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
	var format, output string
	var force bool
	kinds := map[string]exporter{
		"documents": exportDocuments,
		"timexes":   exportTimexes,
		"mentions":  exportMentions,
		"entities":  exportEntities,
		"events":    exportEvents,
		"stories":   exportStories,
		"relations": exportRelations,
		"graph":     exportGraph,
	}
	cmd := &cobra.Command{
		Use:   "export KIND",
		Short: "Write stored records as JSON lines or CSV",
		Long: `Write stored records to standard output, or with -o to a file (written whole
or not at all; an existing file is replaced only with --force), one per line
(JSON lines) or as CSV with a header row. In CSV an object is spread over
columns named after it and its keys (doc_id, doc_source, doc_published;
actor_id, actor_name, actor_kind, actor_country, actor_wikidata; date_value,
date_granularity, date_text; evidence_text, evidence_start, evidence_end;
group_id, group_kind, group_size), entities in events leave their aliases to
"export entities", and lists (quantities, aliases, reports, months) are JSON
in one cell. KIND is one of:

documents  id, source, title, lang, published (YYYY-MM-DD or RFC 3339, or null
           when the article gives no date), author, chars, group (the
           near-duplicate group, or null)
timexes    doc, text, start, end, type, value, mod, granularity, rule, anchor
mentions   doc, entity, text, start, end, class, sector, via
entities   id, name, kind, country (ISO 3166-1 alpha-3 or null), wikidata,
           aliases
events     id, doc, type, mode, actor, target, date, location, source,
           modality, quantities, evidence, confidence, actor_sector,
           target_sector
stories    id, type, mode, actor, target, location, date, reports (each
           with event, doc, lang, source, modality, date, evidence)
relations  a, b, from, to, events (stories), reports, cooperation,
           conflict, months; for entity pairs and, rolled up, their countries
graph      relations as GraphML (also "relations --format graphml"; opens in
           Gephi): nodes are entities, edges carry story counts and scores

Records that belong to a document carry doc = {id, source, published}; offsets
are UTF-8 byte offsets into the stored document text.`,
		Example: `  dossier export documents --format csv > documents.csv
  dossier export events -o events.jsonl
  dossier export graph -o relations.graphml      # for Gephi
  dossier --db news.db export mentions --format csv --force -o mentions.csv`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			kind := strings.ToLower(args[0])
			ex, ok := kinds[kind]
			if !ok {
				names := slices.Sorted(maps.Keys(kinds))
				msg := fmt.Sprintf("export: unknown kind %q (kinds: %s)", args[0], strings.Join(names, ", "))
				if s := nearest(kind, names); s != "" {
					msg += fmt.Sprintf("; did you mean %q?", s)
				}
				return usagef(cmd, "%s", msg)
			}
			format = strings.ToLower(format)
			if format == "graphml" && kind == "relations" {
				kind = "graph" // the relations as a graph, as the contract lists it
			}
			switch {
			case kind == "graph" && format != "graphml" && cmd.Flags().Changed("format"):
				return usagef(cmd, "export graph: --format %q: the graph is written as graphml", format)
			case kind != "graph" && format != "jsonl" && format != "json" && format != "csv":
				return usagef(cmd, "export: --format %q: give jsonl or csv (or graphml for relations)", format)
			}
			out, err := a.createOutput(output, force)
			if err != nil {
				return err
			}
			if err := a.export(cmd.Context(), kind, ex, format, out.w); err != nil {
				out.abort()
				return err
			}
			return out.commit()
		},
	}
	cmd.Flags().StringVar(&format, "format", "jsonl", "jsonl or csv (graphml for graph and relations)")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file instead of standard output (whole or not at all)")
	cmd.Flags().BoolVar(&force, "force", false, "with --output: replace the file if it exists")
	return cmd
}

func (a *app) export(ctx context.Context, kind string, ex exporter, format string, out io.Writer) error {
	store, err := a.openExisting(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	bw := bufio.NewWriter(out)
	if kind == "graph" {
		if err := writeGraphML(ctx, store, bw); err != nil {
			return fmt.Errorf("export graph: %w", err)
		}
		return bw.Flush()
	}
	var w recordWriter
	switch format {
	case "jsonl", "json":
		w = &jsonlWriter{w: bw}
	case "csv":
		w = &csvWriter{w: csv.NewWriter(bw), cols: csvColumns[kind]}
	}
	if err := ex(ctx, store, w); err != nil {
		return fmt.Errorf("export %s: %w", kind, err)
	}
	if c, ok := w.(*csvWriter); ok {
		if !c.header {
			// no records: the header still tells a reader (and a
			// spreadsheet) what the columns would be
			if err := c.w.Write(csvColumns[kind]); err != nil {
				return err
			}
		}
		c.w.Flush()
		if err := c.w.Error(); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// output is where an export goes: standard output, or a file written under
// a temporary name and renamed when complete, so that a failed or
// interrupted export never leaves half a file under the name asked for.
type output struct {
	w      io.Writer
	f      *os.File
	path   string
	force  bool
	stdout bool
}

func (a *app) createOutput(path string, force bool) (*output, error) {
	if path == "" || path == "-" {
		return &output{w: a.stdout, stdout: true}, nil
	}
	if info, err := os.Stat(path); err == nil {
		if info.IsDir() {
			return nil, fmt.Errorf("export: %s is a folder (give a file name)", path)
		}
		if !force {
			return nil, fmt.Errorf("export: %s exists (use --force to replace it)", path)
		}
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("export: create %s: %w", path, cleanPathError(err))
	}
	_ = f.Chmod(0o644) // CreateTemp makes it private; an export is an ordinary file
	return &output{w: f, f: f, path: path, force: force}, nil
}

func (o *output) abort() {
	if o.f != nil {
		o.f.Close()
		os.Remove(o.f.Name())
	}
}

func (o *output) commit() error {
	if o.stdout {
		return nil
	}
	if err := o.f.Close(); err != nil {
		os.Remove(o.f.Name())
		return fmt.Errorf("export: write %s: %w", o.path, err)
	}
	if !o.force {
		// a file made meanwhile is not replaced either: link fails if the
		// name exists, where rename would overwrite it
		if err := os.Link(o.f.Name(), o.path); err == nil {
			return os.Remove(o.f.Name())
		} else if errors.Is(err, fs.ErrExist) {
			os.Remove(o.f.Name())
			return fmt.Errorf("export: %s exists (use --force to replace it)", o.path)
		}
	}
	if err := os.Rename(o.f.Name(), o.path); err != nil {
		os.Remove(o.f.Name())
		return fmt.Errorf("export: write %s: %w", o.path, err)
	}
	return nil
}

func exportDocuments(ctx context.Context, s dossier.Store, w recordWriter) error {
	const page = 1000
	for off := 0; ; off += page {
		docs, err := s.Documents(ctx, dossier.DocumentFilter{Limit: page, Offset: off})
		if err != nil {
			return err
		}
		for _, d := range docs {
			fields := documentFields(d)
			var group any
			if g, err := s.Group(ctx, d.ID); err == nil {
				group = map[string]any{"id": g.ID, "kind": g.Kind, "size": len(g.Docs)}
			} else if !errors.Is(err, dossier.ErrNotFound) {
				return err
			}
			if err := w.Write(append(fields, field{"group", group})); err != nil {
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

// csvColumns are the columns of each kind in CSV, written as the header of
// every export (TestCSVColumns holds them to the records'). A spreadsheet
// cannot open a JSON object in a cell, so a record's objects are spread
// over columns named FIELD_KEY (doc_id, actor_name, date_value); lists
// (quantities, aliases, reports, months) stay JSON in one cell.
var csvColumns = map[string][]string{
	"documents": {"id", "source", "title", "lang", "published", "author", "chars", "group_id", "group_kind", "group_size"},
	"timexes":   {"doc_id", "doc_source", "doc_published", "text", "start", "end", "type", "value", "mod", "granularity", "rule", "anchor"},
	"mentions":  {"doc_id", "doc_source", "doc_published", "entity", "text", "start", "end", "class", "sector", "via"},
	"entities":  {"id", "name", "kind", "country", "wikidata", "aliases"},
	"events": {"id", "doc_id", "doc_source", "doc_published", "type", "mode",
		"actor_id", "actor_name", "actor_kind", "actor_country", "actor_wikidata",
		"target_id", "target_name", "target_kind", "target_country", "target_wikidata",
		"date_value", "date_granularity", "date_text",
		"location_id", "location_name", "location_kind", "location_country", "location_wikidata",
		"source_id", "source_name", "source_kind", "source_country", "source_wikidata",
		"modality", "quantities", "evidence_text", "evidence_start", "evidence_end", "confidence", "actor_sector", "target_sector"},
	"stories":   {"id", "type", "mode", "actor", "target", "location", "date_value", "date_granularity", "date_text", "reports"},
	"relations": {"a", "b", "from", "to", "events", "cooperation", "conflict", "reports", "months"},
}

// csvLeftOut are the keys of a record's objects that CSV leaves out: an
// entity's aliases in every actor cell would bury the table; export
// entities has them.
var csvLeftOut = map[string]bool{"aliases": true}

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
	cols   []string
	header bool
}

func (c *csvWriter) Write(fields []field) error {
	if !c.header {
		if err := c.w.Write(c.cols); err != nil {
			return err
		}
		c.header = true
	}
	cells := make(map[string]string, len(c.cols))
	for _, col := range c.cols {
		cells[col] = ""
	}
	for _, f := range fields {
		if _, ok := cells[f.key]; ok {
			s, err := csvCell(f.value)
			if err != nil {
				return fmt.Errorf("%s: %w", f.key, err)
			}
			cells[f.key] = s
			continue
		}
		if err := c.spread(cells, f); err != nil {
			return err
		}
	}
	row := make([]string, len(c.cols))
	for i, col := range c.cols {
		row[i] = cells[col]
	}
	return c.w.Write(row)
}

// spread puts the keys of an object field into its FIELD_KEY columns; a
// null object leaves them empty. A field or key with no column is an
// error, so that a new field cannot go missing from CSV unnoticed.
func (c *csvWriter) spread(cells map[string]string, f field) error {
	prefix := f.key + "_"
	if !slices.ContainsFunc(c.cols, func(col string) bool { return strings.HasPrefix(col, prefix) }) {
		return fmt.Errorf("csv: no column for %q", f.key)
	}
	b, err := json.Marshal(f.value)
	if err != nil {
		return fmt.Errorf("encode %s: %w", f.key, err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber() // offsets and sizes stay integers
	var obj map[string]any
	if err := dec.Decode(&obj); err != nil {
		return fmt.Errorf("csv: %s is not an object: %w", f.key, err)
	}
	for k, v := range obj {
		col := prefix + k
		if _, ok := cells[col]; !ok {
			if csvLeftOut[k] {
				continue
			}
			return fmt.Errorf("csv: no column for %q", col)
		}
		s, err := csvCell(v)
		if err != nil {
			return fmt.Errorf("%s: %w", col, err)
		}
		cells[col] = s
	}
	return nil
}

// csvCell writes one value as a cell: scalars as text, null as nothing,
// anything else as JSON.
func csvCell(v any) (string, error) {
	switch v := v.(type) {
	case nil:
		return "", nil
	case *string:
		if v != nil {
			return *v, nil
		}
		return "", nil
	case string:
		return v, nil
	case json.Number:
		return v.String(), nil
	case bool:
		return strconv.FormatBool(v), nil
	case int:
		return strconv.Itoa(v), nil
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64), nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	if string(b) == "null" {
		return "", nil
	}
	return string(b), nil
}

func exportTimexes(ctx context.Context, s dossier.Store, w recordWriter) error {
	for t, err := range s.Timexes(ctx, dossier.Filter{}) {
		if err != nil {
			return err
		}
		if err := w.Write([]field{
			{"doc", t.Doc}, {"text", t.Text}, {"start", t.Start}, {"end", t.End}, {"type", t.Type}, {"value", t.Value},
			{"mod", t.Mod}, {"granularity", t.Granularity}, {"rule", t.Rule}, {"anchor", t.Anchor},
		}); err != nil {
			return err
		}
	}
	return nil
}

func exportMentions(ctx context.Context, s dossier.Store, w recordWriter) error {
	for m, err := range s.Mentions(ctx, dossier.Filter{}) {
		if err != nil {
			return err
		}
		if err := w.Write([]field{
			{"doc", m.Doc}, {"entity", nullString(m.Entity)}, {"text", m.Text}, {"start", m.Start}, {"end", m.End},
			{"class", m.Class}, {"sector", m.Sector}, {"via", m.Via},
		}); err != nil {
			return err
		}
	}
	return nil
}

// entityJSON is an entity as the export contract shows it.
type entityJSON struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Country  *string  `json:"country"`
	Wikidata *string  `json:"wikidata"`
	Aliases  []string `json:"aliases"`
}

func toEntityJSON(e dossier.Entity) entityJSON {
	j := entityJSON{ID: e.ID, Name: e.Name, Kind: string(e.Kind), Aliases: e.Aliases}
	if e.Country != "" {
		j.Country = &e.Country
	}
	if e.Wikidata != "" {
		j.Wikidata = &e.Wikidata
	}
	if j.Aliases == nil {
		j.Aliases = []string{}
	}
	return j
}

func exportEntities(ctx context.Context, s dossier.Store, w recordWriter) error {
	for e, err := range s.Entities(ctx, dossier.Filter{}) {
		if err != nil {
			return err
		}
		j := toEntityJSON(e)
		if err := w.Write([]field{
			{"id", j.ID}, {"name", j.Name}, {"kind", j.Kind}, {"country", j.Country}, {"wikidata", j.Wikidata}, {"aliases", j.Aliases},
		}); err != nil {
			return err
		}
	}
	return nil
}

func exportEvents(ctx context.Context, s dossier.Store, w recordWriter) error {
	cache := map[string]any{}
	entity := func(id string) (any, error) {
		if id == "" {
			return nil, nil
		}
		if v, ok := cache[id]; ok {
			return v, nil
		}
		e, err := s.Entity(ctx, id)
		if errors.Is(err, dossier.ErrNotFound) {
			e = dossier.Entity{ID: id, Name: id, Kind: dossier.KindOther} // an id no record describes: keep it visible
		} else if err != nil {
			return nil, err
		}
		cache[id] = toEntityJSON(e)
		return cache[id], nil
	}
	for e, err := range s.Events(ctx, dossier.Filter{}) {
		if err != nil {
			return err
		}
		var ents [4]any
		for i, id := range []string{e.Actor, e.Target, e.Location, e.Source} {
			if ents[i], err = entity(id); err != nil {
				return err
			}
		}
		var date any
		if e.Date != nil {
			date = e.Date
		}
		quantities := e.Quantities
		if quantities == nil {
			quantities = []dossier.Quantity{}
		}
		if err := w.Write([]field{
			{"id", e.ID}, {"doc", e.Doc}, {"type", e.Type}, {"mode", nullString(e.Mode)},
			{"actor", ents[0]}, {"target", ents[1]}, {"date", date}, {"location", ents[2]}, {"source", ents[3]},
			{"modality", e.Modality}, {"quantities", quantities},
			{"evidence", map[string]any{"text": e.EvidenceText, "start": e.Evidence.Start, "end": e.Evidence.End}},
			{"confidence", e.Confidence}, {"actor_sector", nullString(e.ActorSector)}, {"target_sector", nullString(e.TargetSector)},
		}); err != nil {
			return err
		}
	}
	return nil
}

func exportStories(ctx context.Context, s dossier.Store, w recordWriter) error {
	for st, err := range s.Stories(ctx, dossier.Filter{}) {
		if err != nil {
			return err
		}
		var date any
		if st.Date != nil {
			date = st.Date
		}
		if err := w.Write([]field{
			{"id", st.ID}, {"type", st.Type}, {"mode", nullString(st.Mode)}, {"actor", nullString(st.Actor)},
			{"target", nullString(st.Target)}, {"location", nullString(st.Location)}, {"date", date}, {"reports", st.Reports},
		}); err != nil {
			return err
		}
	}
	return nil
}

func allRelations(ctx context.Context, s dossier.Store) ([]dossier.Relation, *entityNames, error) {
	stories, err := collectStories(ctx, s, dossier.Filter{})
	if err != nil {
		return nil, nil, err
	}
	names := newEntityNames(ctx, s)
	rollup, err := roll(ctx, s, names)
	if err != nil {
		return nil, nil, err
	}
	return aggregate.Relations(stories, rollup), names, nil
}

func exportRelations(ctx context.Context, s dossier.Store, w recordWriter) error {
	rels, _, err := allRelations(ctx, s)
	if err != nil {
		return err
	}
	for _, r := range rels {
		if err := w.Write([]field{
			{"a", r.A}, {"b", r.B}, {"from", nullString(r.From)}, {"to", nullString(r.To)}, {"events", r.Events},
			{"cooperation", r.Cooperation}, {"conflict", r.Conflict}, {"reports", r.Reports}, {"months", r.Months},
		}); err != nil {
			return err
		}
	}
	return nil
}

// exportGraph is reached only through writeGraphML; it is listed so that
// "graph" is a known kind.
func exportGraph(context.Context, dossier.Store, recordWriter) error { return nil }
