package main

import (
	"fmt"
	"os"
	"slices"

	"github.com/dossier-news/dossier/event"
	"github.com/dossier-news/dossier/parse"
)

// eventParseLangs are the languages whose events use the dependency parse.
// German is left out: on 100 10kGNAD articles the German parse changed no
// event as a fallback and as first choice made as many wrong events as it
// removed (see event/PARSE.md).
var eventParseLangs = []string{"en"}

// eventParser returns the option that gives the event extractor the
// dependency parsers of those of langs that use one, unless the
// development switch DOSSIER_EVENT_PARSE=off turns the parse off (see
// event/PARSE.md).
func eventParser(langs []string) (event.Option, error) {
	var ps []event.Parser
	if !event.ParseWanted(os.Getenv("DOSSIER_EVENT_PARSE")) {
		return event.WithParser(), nil
	}
	for _, l := range eventParseLangs {
		if len(langs) > 0 && !slices.Contains(langs, l) {
			continue
		}
		p, err := parse.Load(l)
		if err != nil {
			return nil, fmt.Errorf("event parser %s: %w", l, err)
		}
		ps = append(ps, p)
	}
	return event.WithParser(ps...), nil
}
