package main

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/dossier-news/dossier"
)

// writeGraphML writes the relations as a GraphML graph: one node per entity
// (label, kind, country), one undirected edge per pair with story and report
// counts and cooperation and conflict scores.
func writeGraphML(ctx context.Context, s dossier.Store, w io.Writer) error {
	rels, names, err := allRelations(ctx, s)
	if err != nil {
		return err
	}
	nodes := map[string]bool{}
	for _, r := range rels {
		nodes[r.A], nodes[r.B] = true, true
	}
	esc := func(v string) string {
		var b strings.Builder
		_ = xml.EscapeText(&b, []byte(v))
		return b.String()
	}
	fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="country" for="node" attr.name="country" attr.type="string"/>
  <key id="stories" for="edge" attr.name="stories" attr.type="int"/>
  <key id="reports" for="edge" attr.name="reports" attr.type="int"/>
  <key id="cooperation" for="edge" attr.name="cooperation" attr.type="double"/>
  <key id="conflict" for="edge" attr.name="conflict" attr.type="double"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="from" for="edge" attr.name="from" attr.type="string"/>
  <key id="to" for="edge" attr.name="to" attr.type="string"/>
  <graph id="dossier" edgedefault="undirected">
`)
	for _, id := range slices.Sorted(maps.Keys(nodes)) {
		e := names.get(id)
		fmt.Fprintf(w, "    <node id=\"%s\"><data key=\"label\">%s</data><data key=\"kind\">%s</data><data key=\"country\">%s</data></node>\n",
			esc(id), esc(e.Name), esc(string(e.Kind)), esc(e.Country))
	}
	for i, r := range rels {
		fmt.Fprintf(w, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\"><data key=\"stories\">%d</data><data key=\"reports\">%d</data>"+
			"<data key=\"cooperation\">%g</data><data key=\"conflict\">%g</data><data key=\"weight\">%d</data><data key=\"from\">%s</data><data key=\"to\">%s</data></edge>\n",
			i, esc(r.A), esc(r.B), r.Events, r.Reports, r.Cooperation, r.Conflict, r.Events, esc(r.From), esc(r.To))
	}
	_, err = fmt.Fprint(w, "  </graph>\n</graphml>\n")
	return err
}
