package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/aggregate"
	"github.com/dossier-news/dossier/event"
)

// period flags shared by timeline and brief
type period struct{ from, to, typ string }

func (p *period) flags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&p.from, "from", "", "from this date on (YYYY, YYYY-MM or YYYY-MM-DD)")
	cmd.Flags().StringVar(&p.to, "to", "", "up to this date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)")
	cmd.Flags().StringVar(&p.typ, "type", "", "only this PLOVER event type: "+strings.Join(event.Types, ", "))
}

// check refuses dates that are not calendar dates ("2024-13-01",
// "yesterday") and types PLOVER does not have, which would otherwise select
// nothing without a word; it upper-cases the type.
func (p *period) check(cmd *cobra.Command) error {
	for _, f := range []struct{ name, value string }{{"from", p.from}, {"to", p.to}} {
		if err := dossier.CheckDate(f.value); err != nil {
			return usagef(cmd, "--%s %q: %v", f.name, f.value, err)
		}
	}
	if p.from != "" && p.to != "" && p.to < p.from[:min(len(p.from), len(p.to))] {
		return usagef(cmd, "--to %s is before --from %s", p.to, p.from)
	}
	if p.typ != "" {
		t := strings.ToUpper(strings.TrimSpace(p.typ))
		if !slices.Contains(event.Types, t) {
			msg := fmt.Sprintf("--type %q is not a PLOVER event type (types: %s)", p.typ, strings.Join(event.Types, ", "))
			if s := nearest(t, event.Types); s != "" {
				msg += fmt.Sprintf("; did you mean %s?", s)
			}
			return usagef(cmd, "%s", msg)
		}
		p.typ = t
	}
	return nil
}

// subject is what a timeline or brief is about: one actor, or a pair.
type subject struct {
	a, b   dossier.Entity
	filter dossier.Filter
}

func (a *app) subject(ctx context.Context, s dossier.Store, args []string, p period) (subject, error) {
	var sub subject
	var err error
	if sub.a, err = a.resolveEntity(ctx, s, args[0]); err != nil {
		return sub, err
	}
	sub.filter = dossier.Filter{Entity: sub.a.ID, From: p.from, To: p.to, Type: p.typ}
	if len(args) > 1 {
		if sub.b, err = a.resolveEntity(ctx, s, args[1]); err != nil {
			return sub, err
		}
		sub.filter.With = sub.b.ID
	}
	return sub, nil
}

func (sub subject) title() string {
	if sub.b.ID != "" {
		return sub.a.Name + " – " + sub.b.Name
	}
	return sub.a.Name
}

func collectStories(ctx context.Context, s dossier.Store, f dossier.Filter) ([]dossier.Story, error) {
	var out []dossier.Story
	for st, err := range s.Stories(ctx, f) {
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, nil
}

// roll counts an entity for itself and for the country it belongs to.
func roll(ctx context.Context, s dossier.Store, names *entityNames) (aggregate.Roll, error) {
	countries := map[string]string{} // ISO3 → entity id of the country
	for e, err := range s.Entities(ctx, dossier.Filter{}) {
		if err != nil {
			return nil, err
		}
		names.cache[e.ID] = e
		if e.Kind == dossier.KindCountry && e.Country != "" {
			countries[e.Country] = e.ID
		}
	}
	return func(id string) []string {
		e := names.get(id)
		if c := countries[e.Country]; c != "" && c != id {
			return []string{id, c}
		}
		return []string{id}
	}, nil
}

func newTimelineCmd(a *app) *cobra.Command {
	var p period
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "timeline ACTOR [OTHER]",
		Short: "What an actor did, or what two actors did to each other, in order",
		Long: `List the stories (events merged across reports) of one actor, or between two,
oldest first, with the evidence sentence of each report. Actors are named in
English, German or by Wikidata id ("North Korea", "Nordkorea", "Q423"); a
country includes its people and bodies (Lavrov counts for Russia).`,
		Example: `  dossier timeline "North Korea" Russia
  dossier timeline Lawrow --from 2025 --type CONSULT`,
		Args: cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := p.check(cmd); err != nil {
				return err
			}
			ctx := cmd.Context()
			store, err := a.openExisting(ctx)
			if err != nil {
				return err
			}
			defer store.Close()
			sub, err := a.subject(ctx, store, args, p)
			if err != nil {
				return err
			}
			stories, err := collectStories(ctx, store, sub.filter)
			if err != nil {
				return err
			}
			names := newEntityNames(ctx, store)
			if asJSON {
				enc := json.NewEncoder(a.stdout)
				for _, st := range stories {
					if err := enc.Encode(st); err != nil {
						return err
					}
				}
				return nil
			}
			printTimeline(a.stdout, sub, stories, names)
			if len(stories) == 0 {
				a.hintEmpty(ctx, store)
			}
			return nil
		},
	}
	p.flags(cmd)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print stories as JSON lines")
	return cmd
}

// hintEmpty explains an empty answer from a store that has documents but no
// events at all: it was filled by an older dossier, whose analysis did not
// yet extract events, and "dossier reindex" brings it up to date.
func (a *app) hintEmpty(ctx context.Context, s dossier.Store) {
	for _, err := range s.Events(ctx, dossier.Filter{Limit: 1}) {
		if err == nil {
			return // there are events, just none for this question
		}
	}
	if n, err := s.CountDocuments(ctx); err == nil && n > 0 {
		fmt.Fprintf(a.stderr, "dossier: the database holds %d documents but no events; if an older dossier made it, run \"dossier reindex\" to analyse them anew\n", n)
	}
}

func printTimeline(w io.Writer, sub subject, stories []dossier.Story, names *entityNames) {
	reports := 0
	for _, st := range stories {
		reports += len(st.Reports)
	}
	fmt.Fprintf(w, "%s: %d stories, %d reports\n", sub.title(), len(stories), reports)
	for _, st := range stories {
		date := "undated"
		if st.Date != nil {
			date = st.Date.Value
		}
		kind := st.Type
		if st.Mode != "" {
			kind += "/" + st.Mode
		}
		fmt.Fprintf(w, "\n%-10s  %-22s  %s → %s  (%d report%s)\n", date, kind, names.name(st.Actor), names.name(st.Target),
			len(st.Reports), plural(len(st.Reports)))
		for _, r := range st.Reports {
			published := r.Doc.Published
			if published == "" {
				published = "undated"
			}
			src := ""
			if r.Source != "" {
				src = ", according to " + names.name(r.Source)
			}
			fmt.Fprintf(w, "    “%s” (%s, %s%s, %s)\n", oneLine(r.Evidence), r.Doc.Source, published, src, r.Modality)
		}
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
