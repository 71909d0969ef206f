package eval

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/dossier-news/dossier/event"
)

// ploverRecord is one record of the PLOVER gold-standard file.
type ploverRecord struct {
	ID       string          `json:"id"`
	Date     string          `json:"date"`
	Source   json.RawMessage `json:"source"`
	Target   json.RawMessage `json:"target"`
	Event    string          `json:"event"`
	Text     string          `json:"text"`
	Language string          `json:"language"`
	TextInfo json.RawMessage `json:"textInfo"` // an object with "markup", or (in some records) a string
}

// markup returns the record's marked-up sentence, or "".
func (r *ploverRecord) markup() string {
	var ti struct {
		Markup string `json:"markup"`
	}
	if len(r.TextInfo) > 0 && r.TextInfo[0] == '{' && json.Unmarshal(r.TextInfo, &ti) == nil {
		return ti.Markup
	}
	return ""
}

type ploverActor struct {
	ActorText string `json:"actorText"`
	Code      string `json:"code"`
	Sector    string `json:"sector"`
}

// ParsePLOVERGSR reads the PLOVER gold-standard records (a JSON array).
// Each record codes one event with lists of source and target actors; the
// expected events are every source with every target (with no target, each
// source alone), and for reciprocal codings ("SRC/TAR" in the markup, no
// target) every ordered pair of sources. Category names of PLOVER 0.5 are
// mapped to current ones (event.PLOVERType); DOCUMENT records are skipped.
func ParsePLOVERGSR(data []byte) ([]EventRecord, error) {
	var raw []ploverRecord
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("plover gsr: %w", err)
	}
	var out []EventRecord
	for i := range raw {
		r := &raw[i]
		if r.Event == "DOCUMENT" || r.Text == "" {
			continue
		}
		typ, ok := event.PLOVERType(r.Event)
		lang := r.Language
		if lang == "" {
			lang = "en"
		}
		rec := EventRecord{ID: r.ID, Lang: lang, Text: r.Text, IntentAsType: true, OneCoding: true}
		if len(r.Date) == 10 {
			rec.Date = r.Date
		}
		srcs := ploverActors(r.Source)
		tgts := ploverActors(r.Target)
		reciprocal := strings.Contains(r.markup(), "SRC/TAR") && len(tgts) == 0 && len(srcs) > 1
		var evs []GoldEvent
		switch {
		case reciprocal:
			for i, a := range srcs {
				for j, b := range srcs {
					if i != j && a.Code != b.Code {
						evs = append(evs, GoldEvent{Source: a.Code, Target: b.Code, Type: typ})
					}
				}
			}
		case len(tgts) == 0:
			for _, a := range srcs {
				evs = append(evs, GoldEvent{Source: a.Code, Type: typ})
			}
		default:
			for _, a := range srcs {
				for _, b := range tgts {
					evs = append(evs, GoldEvent{Source: a.Code, Target: b.Code, Type: typ})
				}
			}
		}
		for _, e := range evs {
			if !ok || unknownActor(e.Source) {
				rec.Neutral = append(rec.Neutral, e)
			} else {
				rec.Expected = append(rec.Expected, e)
			}
		}
		out = append(out, rec)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("plover gsr: no records")
	}
	// The GSR gives every record the same date (2000-01-01, its readme
	// says) although the sentences come from many years of news: one date
	// on all records is a placeholder, not a publication date, and dating
	// by it would make the linker read "President Bush" as whoever held the
	// office then. Such records are undated.
	if len(out) > 1 {
		same := true
		for _, r := range out[1:] {
			if r.Date != out[0].Date {
				same = false
				break
			}
		}
		if same {
			for i := range out {
				out[i].Date = ""
			}
		}
	}
	return out, nil
}

// ploverActors reads a source or target field: a list of actors, or a
// string (empty, or a stray context value) meaning none.
func ploverActors(raw json.RawMessage) []ploverActor {
	if len(raw) == 0 || raw[0] != '[' {
		return nil
	}
	var as []ploverActor
	if err := json.Unmarshal(raw, &as); err != nil {
		return nil
	}
	out := as[:0]
	for _, a := range as {
		if a.Code != "" {
			if c, ok := ploverCodeFix[strings.ToUpper(a.Code)]; ok {
				a.Code = c
			}
			out = append(out, a)
		}
	}
	return out
}

// ploverCodeFix maps actor codes the GSR coders wrote that are no ISO
// 3166-1 alpha-3 code (CAMEO's country codes are ISO's) to the code they
// stand for: old or mistyped country codes, and NGO, which the coders use
// interchangeably with IGO for non-governmental bodies (see KBCoder).
var ploverCodeFix = map[string]string{
	"JAP": "JPN", // Japan
	"ITL": "ITA", // Italy
	"VTN": "VNM", // Vietnam
	"NGO": "IGO",
}
