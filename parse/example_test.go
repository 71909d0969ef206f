package parse_test

import (
	"fmt"
	"log"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/parse"
	"github.com/dossier-news/dossier/tag"
)

// Parse a tagged sentence and ask for the arguments of its verbs. (No
// Output line: the answer depends on the trained model.)
func Example() {
	tg, err := tag.Load("en")
	if err != nil {
		log.Fatal(err)
	}
	p, err := parse.Load("en")
	if err != nil {
		log.Fatal(err)
	}
	var toks []dossier.Token
	for _, w := range []string{"The", "convoy", "was", "attacked", "by", "rebels", "near", "Goma", "."} {
		toks = append(toks, dossier.Token{Text: w})
	}
	tg.Tag(toks)
	g := parse.Graph{Tokens: toks, Arcs: p.Parse(toks)}
	for i, t := range toks {
		if t.POS != "VERB" {
			continue
		}
		fmt.Println(t.Text, "passive:", g.Passive(i))
		for _, s := range g.Subjects(i) {
			fmt.Println("  subject", toks[s].Text, g.Arcs[s].Label)
		}
		for _, o := range g.Obliques(i) {
			fmt.Println("  oblique", o.Case, toks[o.Token].Text)
		}
	}
}
