package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-news/dossier"
)

// entityDoc is one document's mentions of an entity.
type entityDoc struct {
	Doc      dossier.DocRef `json:"doc"`
	Mentions int            `json:"mentions"`
	Forms    []string       `json:"forms"` // the names it is called there, most frequent first
	counts   map[string]int
}

func newEntityCmd(a *app) *cobra.Command {
	var limit int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "entity NAME",
		Short: "Who or what a name stands for, and the documents that mention it",
		Long: `Show the entity a name stands for (in English, German or as a Wikidata id:
"Lawrow", "Nordkorea", "Q58217"): its canonical name, kind, country, Wikidata
id and other names, then the documents that mention it, most mentions first,
with the forms it takes there. A misspelt name gets the nearest stored names
suggested.`,
		Example: `  dossier entity Lawrow
  dossier entity Q423 --limit 50
  dossier entity "Kim Yo Jong" --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if limit < 1 {
				return usagef(cmd, "--limit %d: give 1 or more documents", limit)
			}
			ctx := cmd.Context()
			store, err := a.openExisting(ctx)
			if err != nil {
				return err
			}
			defer store.Close()
			e, err := a.resolveEntity(ctx, store, args[0])
			if err != nil {
				return err
			}
			byDoc := map[string]*entityDoc{}
			total := 0
			for m, err := range store.Mentions(ctx, dossier.Filter{Entity: e.ID}) {
				if err != nil {
					return err
				}
				d := byDoc[m.Doc.ID]
				if d == nil {
					d = &entityDoc{Doc: m.Doc, counts: map[string]int{}}
					byDoc[m.Doc.ID] = d
				}
				d.Mentions++
				d.counts[oneLine(m.Text)]++
				total++
			}
			docs := make([]*entityDoc, 0, len(byDoc))
			for _, d := range byDoc {
				d.Forms = sortedForms(d.counts)
				docs = append(docs, d)
			}
			slices.SortFunc(docs, func(x, y *entityDoc) int {
				return cmp.Or(cmp.Compare(y.Mentions, x.Mentions), cmp.Compare(y.Doc.Published, x.Doc.Published), cmp.Compare(x.Doc.Source, y.Doc.Source))
			})
			shown := docs[:min(limit, len(docs))]
			if asJSON {
				enc := json.NewEncoder(a.stdout)
				return enc.Encode(map[string]any{
					"entity": toEntityJSON(e), "mentions": total, "documents": len(docs), "top": shown,
				})
			}
			printEntity(a.stdout, e, total, len(docs), shown)
			return nil
		},
	}
	cmd.Flags().IntVarP(&limit, "limit", "n", 20, "documents to list at most")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the entity and its documents as one JSON object")
	return cmd
}

func sortedForms(counts map[string]int) []string {
	forms := make([]string, 0, len(counts))
	for f := range counts {
		forms = append(forms, f)
	}
	slices.SortFunc(forms, func(x, y string) int { return cmp.Or(cmp.Compare(counts[y], counts[x]), cmp.Compare(x, y)) })
	return forms
}

func printEntity(w io.Writer, e dossier.Entity, total, ndocs int, docs []*entityDoc) {
	facts := []string{string(cmp.Or(e.Kind, dossier.KindOther))}
	if e.Country != "" {
		facts = append(facts, e.Country)
	}
	if e.Wikidata != "" && e.Wikidata != e.ID {
		facts = append(facts, e.Wikidata)
	}
	fmt.Fprintf(w, "%s [%s]: %s\n", e.Name, e.ID, strings.Join(facts, ", "))
	if len(e.Aliases) > 0 {
		aliases := e.Aliases
		more := ""
		if len(aliases) > 8 {
			more = fmt.Sprintf(" and %d more", len(aliases)-8)
			aliases = aliases[:8]
		}
		fmt.Fprintf(w, "also: %s%s\n", strings.Join(aliases, "; "), more)
	}
	if total == 0 {
		fmt.Fprintf(w, "\nno stored document mentions it\n")
		return
	}
	fmt.Fprintf(w, "\n%d mention%s in %d document%s", total, plural(total), ndocs, plural(ndocs))
	if len(docs) < ndocs {
		fmt.Fprintf(w, " (the %d with most mentions; --limit for more)", len(docs))
	}
	fmt.Fprintln(w, ":")
	for _, d := range docs {
		date := cmp.Or(d.Doc.Published, "undated")
		forms := d.Forms
		if len(forms) > 4 {
			forms = forms[:4]
		}
		fmt.Fprintf(w, "  %-10s  %3d×  %s  (%s)\n", date, d.Mentions, d.Doc.Source, strings.Join(forms, ", "))
	}
}
