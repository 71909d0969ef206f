package main

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/aggregate"
)

func newBriefCmd(a *app) *cobra.Command {
	var p period
	var maxStories int
	cmd := &cobra.Command{
		Use:   "brief ACTOR [OTHER]",
		Short: "A Markdown briefing: key events with citations, the trend, open contradictions",
		Long: `Write a Markdown briefing on one actor or a pair: the key stories in date order,
each with its citations (document, date, sentence), the relation's trend by
month, and the figures sources disagree on. Extractive only: every sentence
is either quoted from a source or part of a fixed template.`,
		Example: `  dossier brief "North Korea" Russia --from 2023 > brief.md`,
		Args:    cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := p.check(cmd); err != nil {
				return err
			}
			if maxStories < 1 {
				return usagef(cmd, "--max %d: give 1 or more key stories", maxStories)
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
			rollup, err := roll(ctx, store, names)
			if err != nil {
				return err
			}
			writeBrief(a.stdout, sub, stories, names, rollup, maxStories)
			if len(stories) == 0 {
				a.hintEmpty(ctx, store)
			}
			return nil
		},
	}
	p.flags(cmd)
	cmd.Flags().IntVar(&maxStories, "max", 15, "key stories to list at most")
	return cmd
}

// keyStories picks the stories a briefing lists: the most reported and the
// weightiest, shown in date order.
func keyStories(stories []dossier.Story, n int) []dossier.Story {
	ranked := slices.Clone(stories)
	slices.SortStableFunc(ranked, func(a, b dossier.Story) int {
		wa, wb := aggregate.Weight(a.Type), aggregate.Weight(b.Type)
		return cmp.Or(cmp.Compare(len(b.Reports), len(a.Reports)), cmp.Compare(abs(wb), abs(wa)))
	})
	if len(ranked) > n {
		ranked = ranked[:n]
	}
	slices.SortStableFunc(ranked, func(a, b dossier.Story) int {
		return cmp.Compare(dateKey(a.Date), dateKey(b.Date))
	})
	return ranked
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

// dateKey sorts undated last.
func dateKey(d *dossier.EventDate) string {
	if d == nil {
		return "~"
	}
	return d.Value
}

func writeBrief(w io.Writer, sub subject, stories []dossier.Story, names *entityNames, rollup aggregate.Roll, maxStories int) {
	docs := map[string]bool{}
	for _, st := range stories {
		for _, r := range st.Reports {
			docs[r.Doc.ID] = true
		}
	}
	fmt.Fprintf(w, "# Briefing: %s\n\n", sub.title())
	if len(stories) == 0 {
		fmt.Fprintf(w, "No stories found.\n")
		return
	}
	first, last := "", ""
	for _, st := range stories {
		if st.Date != nil {
			if first == "" || st.Date.Value < first {
				first = st.Date.Value
			}
			if st.Date.Value > last {
				last = st.Date.Value
			}
		}
	}
	fmt.Fprintf(w, "%d stories from %d documents", len(stories), len(docs))
	if first != "" {
		fmt.Fprintf(w, ", dated %s to %s", first, last)
	}
	fmt.Fprintf(w, ".\n\n## Key events\n\n")
	for i, st := range keyStories(stories, maxStories) {
		date := "undated"
		if st.Date != nil {
			date = st.Date.Value
		}
		kind := st.Type
		if st.Mode != "" {
			kind += " (" + st.Mode + ")"
		}
		fmt.Fprintf(w, "%d. **%s** — %s → %s: %s, %d report%s.\n", i+1, date, names.name(st.Actor), names.name(st.Target),
			kind, len(st.Reports), plural(len(st.Reports)))
		for _, r := range st.Reports {
			published := r.Doc.Published
			if published == "" {
				published = "undated"
			}
			attribution := ""
			if r.Source != "" {
				attribution = ", according to " + names.name(r.Source)
			}
			fmt.Fprintf(w, "   > %s\n   > — %s, %s%s\n", oneLine(r.Evidence), r.Doc.Source, published, attribution)
		}
	}
	rels := aggregate.Relations(stories, rollup)
	var rel *dossier.Relation
	for i := range rels {
		r := &rels[i]
		if sub.b.ID == "" || (r.A == min(sub.a.ID, sub.b.ID) && r.B == max(sub.a.ID, sub.b.ID)) {
			rel = r
			break
		}
	}
	fmt.Fprintf(w, "\n## Trend\n\n")
	if rel == nil || len(rel.Months) == 0 {
		fmt.Fprintf(w, "Too few dated stories to show a trend.\n")
	} else {
		fmt.Fprintf(w, "%s – %s: %d stories (%d reports), cooperation %.1f, conflict %.1f.\n\n",
			names.name(rel.A), names.name(rel.B), rel.Events, rel.Reports, rel.Cooperation, rel.Conflict)
		fmt.Fprintf(w, "| period | stories | reports | cooperation | conflict | types |\n|---|---|---|---|---|---|\n")
		for _, m := range rel.Months {
			var types []string
			for _, t := range slices.Sorted(maps.Keys(m.Types)) {
				types = append(types, fmt.Sprintf("%s %d", t, m.Types[t]))
			}
			fmt.Fprintf(w, "| %s | %d | %d | %.1f | %.1f | %s |\n", m.Month, m.Events, m.Reports, m.Cooperation, m.Conflict, strings.Join(types, ", "))
		}
	}
	fmt.Fprintf(w, "\n## Figures and contradictions\n\n")
	threads := aggregate.Claims(stories)
	if len(threads) == 0 {
		fmt.Fprintf(w, "No figure is given by more than one source.\n")
	}
	for _, t := range threads {
		verdict := "sources agree"
		if t.Disagree {
			verdict = "**sources disagree**"
		}
		fmt.Fprintf(w, "- %s → %s, %s, counted in %s: %s.\n", names.name(t.Actor), names.name(t.Target), t.Type, t.Unit, verdict)
		for _, c := range t.Claims {
			published := c.Report.Doc.Published
			if published == "" {
				published = "undated"
			}
			attribution := ""
			if c.Report.Source != "" {
				attribution = ", according to " + names.name(c.Report.Source)
			}
			fmt.Fprintf(w, "  - “%s” — %s, %s%s\n", c.Quantity.Text, c.Report.Doc.Source, published, attribution)
		}
	}
}
