// Package sqlstore holds what the two SQL stores (sqlite and postgres)
// share above their drivers: the conditions a dossier.Filter stands for,
// and reading a stored document's analyses back. Keeping them in one place
// is what makes both stores answer the same filter with the same records,
// which the storetest contract suite checks.
package sqlstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
)

// Where collects the conditions of a WHERE clause, each written with ?
// for its arguments.
type Where struct {
	conds []string
	args  []any
}

// Add appends a condition and the arguments of its placeholders.
func (w *Where) Add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

// Args returns the arguments in placeholder order.
func (w *Where) Args() []any { return w.args }

// String renders " WHERE c1 AND c2 …" with ? placeholders (SQLite), or
// nothing when there is no condition.
func (w *Where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// Numbered renders the clause with PostgreSQL's numbered placeholders
// $1, $2 … in the order of the arguments. The conditions hold no ? of
// their own (no literals, no jsonb operators), so every ? is a placeholder.
func (w *Where) Numbered() string {
	s := w.String()
	if !strings.Contains(s, "?") {
		return s
	}
	var b strings.Builder
	n := 0
	for _, part := range strings.SplitAfter(s, "?") {
		if p, ok := strings.CutSuffix(part, "?"); ok {
			n++
			b.WriteString(p + "$" + strconv.Itoa(n))
		} else {
			b.WriteString(part)
		}
	}
	return b.String()
}

// DateUpper turns an inclusive upper bound of any granularity into an
// exclusive string bound: "2024" covers "2024-12-31", "2024-02" covers
// "2024-02-29T…". Dates compare bytewise, and U+FFFF sorts after every
// character a date holds.
func DateUpper(to string) string { return to + "\uffff" }

// Records adds the conditions every per-document record list shares: the
// document (on the record table's alias) and its language (on documents d).
func Records(w *Where, f dossier.Filter, alias string) {
	if f.Doc != "" {
		w.Add(alias+".doc_id = ?", f.Doc)
	}
	if f.Lang != "" {
		w.Add("d.lang = ?", f.Lang)
	}
}

// Events adds the conditions of an event list over events e joined with
// documents d.
func Events(w *Where, f dossier.Filter) {
	Records(w, f, "e")
	if f.Entity != "" {
		w.Add("(e.actor = ? OR e.target = ? OR e.location = ? OR e.source = ?)", f.Entity, f.Entity, f.Entity, f.Entity)
	}
	if f.Actor != "" {
		w.Add("e.actor = ?", f.Actor)
	}
	if f.Target != "" {
		w.Add("e.target = ?", f.Target)
	}
	if f.Source != "" {
		w.Add("e.source = ?", f.Source)
	}
	dated(w, f, "e")
}

// KindOf tells an entity's kind and country code; an unknown entity is
// neither kind nor country, without an error.
type KindOf func(ctx context.Context, id string) (kind, country string, err error)

// Stories adds the conditions of a story list over stories s. A country
// named as Entity or With also stands for the actors that belong to it
// (its government, its military), whose country the story row keeps.
func Stories(ctx context.Context, w *Where, f dossier.Filter, kindOf KindOf) error {
	if f.Entity != "" {
		a1, t1, args1, err := sides(ctx, kindOf, f.Entity)
		if err != nil {
			return err
		}
		if f.With == "" {
			w.Add("("+a1+" OR "+t1+")", append(args1, args1...)...)
		} else {
			a2, t2, args2, err := sides(ctx, kindOf, f.With)
			if err != nil {
				return err
			}
			args := slices.Concat(args1, args2, args2, args1)
			w.Add("(("+a1+" AND "+t2+") OR ("+a2+" AND "+t1+"))", args...)
		}
	}
	if f.Actor != "" {
		w.Add("s.actor = ?", f.Actor)
	}
	if f.Target != "" {
		w.Add("s.target = ?", f.Target)
	}
	dated(w, f, "s")
	return nil
}

// sides returns the conditions that a story's actor, and its target, is
// the entity or belongs to it, and the arguments of either one.
func sides(ctx context.Context, kindOf KindOf, id string) (actor, target string, args []any, err error) {
	kind, country, err := kindOf(ctx, id)
	if err != nil {
		return "", "", nil, fmt.Errorf("entity %s: %w", id, err)
	}
	if kind == string(dossier.KindCountry) && country != "" {
		return "(s.actor = ? OR s.actor_country = ?)", "(s.target = ? OR s.target_country = ?)", []any{id, country}, nil
	}
	return "s.actor = ?", "s.target = ?", []any{id}, nil
}

// dated adds the type and date range conditions on the alias's type and
// date_value columns.
func dated(w *Where, f dossier.Filter, alias string) {
	if f.Type != "" {
		w.Add(alias+".type = ?", strings.ToUpper(f.Type))
	}
	if f.From != "" {
		w.Add(alias+".date_value >= ?", f.From)
	}
	if f.To != "" {
		w.Add(alias+".date_value < ?", DateUpper(f.To))
	}
}

// Documents adds the conditions of a document listing over documents.
// contains is the dialect's test that the source holds a string, with one
// placeholder (SQLite "instr(source, ?) > 0", PostgreSQL "strpos(source, ?) > 0").
func Documents(w *Where, f dossier.DocumentFilter, contains string) {
	if f.Lang != "" {
		w.Add("lang = ?", f.Lang)
	}
	if f.From != "" {
		w.Add("published >= ?", f.From)
	}
	if f.To != "" {
		// a timestamp on the last day sorts after the bare date
		w.Add("published < ?", DateUpper(f.To))
	}
	if f.Source != "" {
		w.Add(contains, f.Source)
	}
}

// Analyses is what LoadAnalyses reads a document's records through.
type Analyses interface {
	Timexes(ctx context.Context, f dossier.Filter) iter.Seq2[dossier.TimexRecord, error]
	Mentions(ctx context.Context, f dossier.Filter) iter.Seq2[dossier.MentionRecord, error]
	Events(ctx context.Context, f dossier.Filter) iter.Seq2[dossier.EventRecord, error]
}

// EntitiesOf reads the entities with the given ids (sorted, distinct), in
// that order, leaving out ids that are not stored.
type EntitiesOf func(ctx context.Context, ids []string) ([]dossier.Entity, error)

// LoadAnalyses reads a stored document's time expressions, mentions and
// events, and the entities they name (in id order), into d.
func LoadAnalyses(ctx context.Context, s Analyses, entities EntitiesOf, d *dossier.Document) error {
	f := dossier.Filter{Doc: d.ID}
	for t, err := range s.Timexes(ctx, f) {
		if err != nil {
			return fmt.Errorf("time expressions of %s: %w", d.ID, err)
		}
		d.Timexes = append(d.Timexes, t.TimeValue)
	}
	ids := map[string]bool{}
	for m, err := range s.Mentions(ctx, f) {
		if err != nil {
			return fmt.Errorf("mentions of %s: %w", d.ID, err)
		}
		d.Mentions = append(d.Mentions, m.Mention)
		ids[m.Entity] = true
	}
	for e, err := range s.Events(ctx, f) {
		if err != nil {
			return fmt.Errorf("events of %s: %w", d.ID, err)
		}
		d.Events = append(d.Events, e.Event)
		for _, id := range []string{e.Actor, e.Target, e.Location, e.Source} {
			ids[id] = true
		}
	}
	delete(ids, "")
	if len(ids) == 0 {
		return nil
	}
	ents, err := entities(ctx, slices.Sorted(maps.Keys(ids)))
	if err != nil {
		return fmt.Errorf("entities of %s: %w", d.ID, err)
	}
	d.Entities = ents
	return nil
}

// Validate refuses a document no store should keep: without id or hash,
// with text that is not UTF-8, or with a span outside its text.
func Validate(d *dossier.Document) error {
	switch {
	case d.ID == "" || d.Hash == "":
		return errors.New("no id or hash")
	case !strings.HasPrefix(d.Hash, d.ID):
		return errors.New("id is not a prefix of the hash")
	case !utf8.ValidString(d.Text):
		return errors.New("text is not valid UTF-8")
	}
	inText := func(what string, sp dossier.Span) error {
		if sp.Start < 0 || sp.End > len(d.Text) || sp.Start > sp.End {
			return fmt.Errorf("%s span [%d,%d) outside the text", what, sp.Start, sp.End)
		}
		return nil
	}
	for _, s := range d.Sentences {
		if err := inText("sentence", s.Span); err != nil {
			return err
		}
	}
	for _, t := range d.Timexes {
		if err := inText("time expression", t.Span); err != nil {
			return err
		}
	}
	for _, m := range d.Mentions {
		if err := inText("mention", m.Span); err != nil {
			return err
		}
	}
	for _, e := range d.Events {
		if err := inText("event evidence", e.Evidence); err != nil {
			return err
		}
		if e.ID == "" || e.Type == "" {
			return errors.New("event without id or type")
		}
	}
	for _, e := range d.Entities {
		if e.ID == "" {
			return errors.New("entity without id")
		}
	}
	return nil
}

// AddReport adds a stored event to a story as one of its reports.
func AddReport(st *dossier.Story, e dossier.EventRecord) {
	st.Reports = append(st.Reports, dossier.Report{
		Event: e.ID, Doc: e.Doc, Lang: e.Lang, Source: e.Source, Modality: e.Modality, Date: e.Date,
		Evidence: e.EvidenceText, Start: e.Evidence.Start, End: e.Evidence.End, Quantities: e.Quantities,
	})
}

// SortReports orders each story's reports by publication, then event id.
func SortReports(stories []dossier.Story) {
	for i := range stories {
		slices.SortFunc(stories[i].Reports, func(x, y dossier.Report) int {
			if c := strings.Compare(x.Doc.Published, y.Doc.Published); c != 0 {
				return c
			}
			return strings.Compare(x.Event, y.Event)
		})
	}
}

// EncodeParagraphs stores paragraphs compactly, as JSON rows [start, end, lang].
func EncodeParagraphs(ps []dossier.Paragraph) ([]byte, error) {
	rows := make([][3]any, len(ps))
	for i, p := range ps {
		rows[i] = [3]any{p.Start, p.End, p.Lang}
	}
	return json.Marshal(rows)
}

// DecodeParagraphs reads what EncodeParagraphs stored.
func DecodeParagraphs(b []byte) ([]dossier.Paragraph, error) {
	var rows [][3]json.RawMessage
	if err := json.Unmarshal(b, &rows); err != nil {
		return nil, err
	}
	ps := make([]dossier.Paragraph, len(rows))
	for i, r := range rows {
		for j, dst := range []any{&ps[i].Start, &ps[i].End, &ps[i].Lang} {
			if err := json.Unmarshal(r[j], dst); err != nil {
				return nil, err
			}
		}
	}
	return ps, nil
}

// YieldPaged yields stories a page at a time, after load has added the
// reports of the page, so that a long list needs no query per story.
func YieldPaged(stories []dossier.Story, load func(page []dossier.Story) error, yield func(dossier.Story, error) bool) {
	const pageSize = 200
	for lo := 0; lo < len(stories); lo += pageSize {
		page := stories[lo:min(lo+pageSize, len(stories))]
		if err := load(page); err != nil {
			yield(dossier.Story{}, err)
			return
		}
		for _, st := range page {
			if !yield(st, nil) {
				return
			}
		}
	}
}

// IDRange returns the half-open range [lo, hi) of the ids a look-up by id
// finds: the id itself, and when it has four characters or more, every id
// it begins. Both stores compare ids byte by byte (SQLite's text, and
// PostgreSQL's COLLATE "C"), so the range is a range of the primary key's
// index, where "id LIKE ? || '%'" read every id. Document ids are ASCII
// hexadecimal; for a non-ASCII or all-0x7f prefix, which begins none, the
// range holds the id alone. hi never holds a NUL byte, which PostgreSQL
// text cannot, nor a broken UTF-8 sequence.
func IDRange(id string) (lo, hi string) {
	exact := id + "\x01" // no stored id holds a control character
	if utf8.RuneCountInString(id) < 4 {
		return id, exact
	}
	for i := len(id) - 1; i >= 0; i-- {
		switch c := id[i]; {
		case c >= utf8.RuneSelf:
			return id, exact
		case c < 0x7f:
			return id, id[:i] + string(rune(c+1))
		}
	}
	return id, exact
}
