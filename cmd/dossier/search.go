package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-news/dossier"
)

func newSearchCmd(a *app) *cobra.Command {
	var limit int
	var lang string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "search QUERY...",
		Short: "Find sentences, ranked, with source, date and a snippet",
		Long: `Search the stored sentences. Every word must occur, in any inflected form in
English or German ("Besuch" also finds "Besuchs", "visit" finds "visited"; words
of four letters or more also match as prefixes). Results are ranked by BM25;
matches are marked «like this».`,
		Example: `  dossier search Lawrow
  dossier search "Kim Yo Jong" --lang de --limit 5`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			query := strings.TrimSpace(strings.Join(args, " "))
			if query == "" {
				return usagef(cmd, "dossier search: the query is empty")
			}
			if limit < 1 {
				return usagef(cmd, "--limit %d: give 1 or more results", limit)
			}
			if lang != "" {
				if err := oneOf(cmd, "lang", lang, "en", "de"); err != nil {
					return err
				}
			}
			store, err := a.openExisting(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			hits, err := store.Search(cmd.Context(), query, dossier.SearchOptions{Lang: lang, Limit: limit})
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(a.stdout)
				for _, h := range hits {
					if err := enc.Encode(searchHitJSON(h)); err != nil {
						return err
					}
				}
				return nil
			}
			if len(hits) == 0 {
				fmt.Fprintf(a.stdout, "no sentence matches %q\n", query)
				return nil
			}
			for i, h := range hits {
				date := h.Doc.Published
				if date == "" {
					date = "undated"
				}
				// snippets of hard-wrapped text (wire copy) keep their line
				// breaks: one line per hit reads better
				title := ""
				if t := oneLine(h.Title); t != "" {
					title = "“" + t + "”  "
				}
				fmt.Fprintf(a.stdout, "%d. %s%s  %s  [%s]\n   %s\n", i+1, title, h.Doc.Source, date, h.Doc.ID, oneLine(h.Snippet))
			}
			return nil
		},
	}
	cmd.Flags().IntVarP(&limit, "limit", "n", 10, "number of results")
	cmd.Flags().StringVar(&lang, "lang", "", "only sentences in this language (en, de)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print results as JSON lines")
	return cmd
}

// searchHitJSON is the shape of a search hit in JSON output and the API.
func searchHitJSON(h dossier.SearchHit) map[string]any {
	return map[string]any{
		"doc":      h.Doc,
		"title":    h.Title,
		"sentence": h.SentIndex,
		"start":    h.Sentence.Start,
		"end":      h.Sentence.End,
		"text":     h.Text,
		"snippet":  h.Snippet,
		"score":    h.Score,
	}
}
