package event

import (
	"bufio"
	"bytes"
	"strings"
	"sync"

	"github.com/dossier-news/dossier"
)

// Types are the PLOVER types of the contract, in the order of the PLOVER manual.
var Types = dossier.EventTypes

type ploverCode struct{ typ, mode string }

var (
	cameoOnce  sync.Once
	cameoTable map[string]ploverCode
)

func loadCameo() {
	cameoTable = map[string]ploverCode{}
	data, err := lexiconFS.ReadFile("lexicon/cameo2plover.tsv")
	if err != nil {
		return // the file is embedded; a missing one is caught by the tests
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' || strings.HasPrefix(line, "code\t") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			continue
		}
		cameoTable[f[0]] = ploverCode{typ: f[1], mode: f[2]}
	}
}

// CAMEOToPLOVER maps a CAMEO event code ("042", "1121") to a PLOVER type
// and mode through the CAMEO2PLOVER table (2021), falling back to the
// code's parents ("0861" → "086"). Codes 020–028 (appeals) map to REQUEST;
// 01x (public statements) and codes that are not CAMEO give ok false.
func CAMEOToPLOVER(code string) (typ, mode string, ok bool) {
	cameoOnce.Do(loadCameo)
	code = strings.TrimSpace(code)
	for c := code; len(c) >= 3; c = c[:len(c)-1] {
		if p, found := cameoTable[c]; found {
			return p.typ, p.mode, true
		}
	}
	return "", "", false
}

// PLOVERType maps the PLOVER category names of earlier PLOVER versions
// (used by the PLOVER gold-standard records) to the current ones: DEMAND →
// REQUEST, DISAPPROVE → ACCUSE, INVESTIGATE → ACCUSE, FIGHT → ASSAULT.
// Current names are returned unchanged; ok is false for names that are not
// PLOVER event types.
func PLOVERType(name string) (string, bool) {
	name = strings.ToUpper(strings.TrimSpace(name))
	switch name {
	case "DEMAND":
		return "REQUEST", true
	case "DISAPPROVE", "INVESTIGATE":
		return "ACCUSE", true
	case "FIGHT":
		return "ASSAULT", true
	}
	for _, t := range Types {
		if t == name {
			return name, true
		}
	}
	return "", false
}
