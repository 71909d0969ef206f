package eval

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/dossier-news/dossier/event"
	"github.com/dossier-news/dossier/kb"
)

// PETRARCH validation files (PETR.UnitTest.records*.xml, PETR2_GSR_validation.xml)
// are read record by record: the GSR file is not well-formed XML (a comment
// banner outside comments, self-closed <Sentence .../> openers), so a
// lenient scanner splits on "<Sentence " and reads attributes and elements
// by hand.

// PETRARCHFile is a parsed validation file.
type PETRARCHFile struct {
	Actorfile string // the actor dictionary named in <Environment>, or ""
	Records   []EventRecord
}

// ParsePETRARCH reads a PETRARCH validation file. CAMEO codes are mapped to
// PLOVER with event.CAMEOToPLOVER; codings whose code PLOVER does not type
// (public statements, the WEIS-era codes of the old unit tests) or whose
// source is unknown ("---", "+++") are kept as neutral.
func ParsePETRARCH(data []byte) (*PETRARCHFile, error) {
	text := string(data)
	f := &PETRARCHFile{}
	if i := strings.Index(text, "<Actorfile>"); i >= 0 {
		if j := strings.Index(text[i:], "</Actorfile>"); j >= 0 {
			f.Actorfile = strings.TrimSpace(text[i+len("<Actorfile>") : i+j])
		}
	}
	parts := strings.Split(text, "<Sentence ")
	if len(parts) < 2 {
		return nil, errors.New("no <Sentence> records: not a PETRARCH validation file (XML) nor PLOVER GSR records (a JSON array)")
	}
	for n, part := range parts[1:] {
		end := strings.Index(part, "</Sentence>")
		if end >= 0 {
			part = part[:end]
		}
		tagEnd := strings.IndexByte(part, '>')
		if tagEnd < 0 {
			return nil, fmt.Errorf("record %d: unterminated <Sentence", n+1)
		}
		attrs := parseAttrs(part[:tagEnd])
		rec := EventRecord{ID: attrs["id"], Lang: "en", Date: petrarchDate(attrs["date"])}
		if rec.ID == "" {
			rec.ID = fmt.Sprintf("record-%d", n+1)
		}
		body := part[tagEnd+1:]
		ti := strings.Index(body, "<Text>")
		tj := strings.Index(body, "</Text>")
		if ti < 0 || tj < ti {
			return nil, fmt.Errorf("record %s: no <Text>", rec.ID)
		}
		rec.Text = strings.Join(strings.Fields(unescapeXML(body[ti+len("<Text>"):tj])), " ")
		rest := body
		for {
			k := strings.Index(rest, "<EventCoding")
			if k < 0 {
				break
			}
			rest = rest[k+len("<EventCoding"):]
			e := strings.IndexByte(rest, '>')
			if e < 0 {
				return nil, fmt.Errorf("record %s: unterminated <EventCoding", rec.ID)
			}
			a := parseAttrs(rest[:e])
			rest = rest[e+1:]
			if strings.EqualFold(a["noevents"], "true") {
				rec.NoEvents = true
				continue
			}
			switch a["error"] {
			case "bad_input_parse", "dateline":
				// PETRARCH's reaction to a broken parse tree or a dateline in
				// its input, not a coding of the sentence (discards are: the
				// story is not news about political events)
				rec.Unscored = true
				continue
			}
			g := GoldEvent{Source: a["sourcecode"], Target: a["targetcode"], Code: a["eventcode"]}
			typ, mode, ok := event.CAMEOToPLOVER(g.Code)
			g.Type, g.Mode = typ, mode
			if !ok || unknownActor(g.Source) {
				rec.Neutral = append(rec.Neutral, g)
				continue
			}
			rec.Expected = append(rec.Expected, g)
		}
		f.Records = append(f.Records, rec)
	}
	return f, nil
}

// unknownActor says whether a CAMEO actor code names no one in particular.
func unknownActor(code string) bool {
	return code == "" || strings.HasPrefix(code, "---") || strings.HasPrefix(code, "+++") || strings.HasPrefix(code, "\"")
}

// petrarchDate turns YYYYMMDD into YYYY-MM-DD ("" if it is not one).
func petrarchDate(s string) string {
	if len(s) != 8 {
		return ""
	}
	for i := 0; i < 8; i++ {
		if s[i] < '0' || s[i] > '9' {
			return ""
		}
	}
	return s[:4] + "-" + s[4:6] + "-" + s[6:]
}

// parseAttrs reads name="value" pairs (also with single quotes); names are
// lower-cased.
func parseAttrs(s string) map[string]string {
	out := map[string]string{}
	for {
		eq := strings.IndexByte(s, '=')
		if eq < 0 {
			return out
		}
		name := strings.ToLower(strings.TrimSpace(s[:eq]))
		if sp := strings.LastIndexAny(name, " \t\r\n"); sp >= 0 {
			name = name[sp+1:]
		}
		s = strings.TrimLeft(s[eq+1:], " \t\r\n")
		if s == "" {
			return out
		}
		q := s[0]
		if q != '"' && q != '\'' {
			end := strings.IndexAny(s, " \t\r\n/")
			if end < 0 {
				end = len(s)
			}
			out[name] = s[:end]
			s = s[end:]
			continue
		}
		end := strings.IndexByte(s[1:], q)
		if end < 0 {
			return out
		}
		out[name] = unescapeXML(s[1 : 1+end])
		s = s[end+2:]
	}
}

var xmlUnescaper = strings.NewReplacer("&quot;", "\"", "&apos;", "'", "&lt;", "<", "&gt;", ">", "&amp;", "&")

func unescapeXML(s string) string { return xmlUnescaper.Replace(s) }

// DictActor is one entry of a PETRARCH actor dictionary: its names and its
// codes, each valid over a span of dates.
type DictActor struct {
	Names []string // with spaces for underscores, as written (upper case)
	Codes []DatedCode
}

// DatedCode is an actor code valid from From to To (YYYYMMDD, "" open).
type DatedCode struct {
	Code, From, To string
}

// CodeAt returns the actor's code on date (YYYY-MM-DD or ""), the undated
// code when no dated one applies.
func (a *DictActor) CodeAt(date string) string {
	d := strings.ReplaceAll(date, "-", "")
	undated := ""
	for _, c := range a.Codes {
		if c.From == "" && c.To == "" {
			if undated == "" {
				undated = c.Code
			}
			continue
		}
		if d == "" {
			continue
		}
		if (c.From == "" || d >= c.From) && (c.To == "" || d <= c.To) {
			return c.Code
		}
	}
	if undated == "" && len(a.Codes) > 0 {
		return a.Codes[len(a.Codes)-1].Code
	}
	return undated
}

// ParseActorDict reads a PETRARCH/TABARI actor dictionary: "NAME [CODE]"
// lines, "+VARIANT" lines, and indented "[CODE <date]", "[CODE >date]",
// "[CODE from - to]" lines with six- or eight-digit dates.
func ParseActorDict(r io.Reader) ([]DictActor, error) {
	var out []DictActor
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	cur := -1
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.HasPrefix(strings.TrimSpace(line), "<!--") {
			continue
		}
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			continue
		}
		switch {
		case strings.HasPrefix(trimmed, "+"):
			if cur < 0 {
				continue
			}
			name, _, _ := strings.Cut(trimmed[1:], "[")
			if n := dictName(name); n != "" {
				out[cur].Names = append(out[cur].Names, n)
			}
		case strings.HasPrefix(trimmed, "["):
			if cur < 0 {
				continue
			}
			if c, ok := parseDatedCode(trimmed); ok {
				out[cur].Codes = append(out[cur].Codes, c)
			}
		default:
			name, code, hasCode := strings.Cut(trimmed, "[")
			n := dictName(name)
			if n == "" {
				continue
			}
			out = append(out, DictActor{Names: []string{n}})
			cur = len(out) - 1
			if hasCode {
				if c, ok := parseDatedCode("[" + code); ok {
					out[cur].Codes = append(out[cur].Codes, c)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

func dictName(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", " "))
	return strings.Join(strings.Fields(s), " ")
}

func parseDatedCode(s string) (DatedCode, bool) {
	end := strings.IndexByte(s, ']')
	if end < 0 {
		return DatedCode{}, false
	}
	f := strings.Fields(strings.TrimSpace(s[1:end]))
	if len(f) == 0 || strings.HasPrefix(f[0], "~") {
		return DatedCode{}, false
	}
	c := DatedCode{Code: f[0]}
	rest := strings.Join(f[1:], "")
	switch {
	case rest == "":
	case strings.HasPrefix(rest, "<"):
		c.To = dictDate(rest[1:])
	case strings.HasPrefix(rest, ">"):
		c.From = dictDate(rest[1:])
	case strings.Contains(rest, "-"):
		a, b, _ := strings.Cut(rest, "-")
		c.From, c.To = dictDate(a), dictDate(b)
	}
	return c, true
}

// dictDate widens a six-digit YYMMDD date to YYYYMMDD (years before 30 are
// 20xx).
func dictDate(s string) string {
	s = strings.TrimSpace(s)
	switch len(s) {
	case 8:
		return s
	case 6:
		if s[0] < '3' {
			return "20" + s
		}
		return "19" + s
	}
	return ""
}

// ActorKB builds a knowledge base from an actor dictionary, so that the
// entity linker finds the dictionary's (often fictional) actors; entity ids
// are "petr:N", N the entry's index. Each entity's country is the first
// three letters of its latest code; the full code on a date comes from
// CodeAt.
func ActorKB(actors []DictActor) (*kb.KB, error) {
	var b strings.Builder
	b.WriteString("V\t1\nS\tpetrarch\tMIT\tPETRARCH validation dictionaries (Open Event Data Alliance)\n")
	for i, a := range actors {
		if len(a.Codes) == 0 {
			continue
		}
		code := a.Codes[len(a.Codes)-1].Code
		kind := "organization"
		country := ""
		if len(code) >= 3 {
			country = code[:3]
		}
		if len(code) == 3 && code != "---" && code != "+++" {
			kind = "country"
		}
		sector := ""
		if len(code) >= 6 {
			sector = code[3:6]
		}
		fmt.Fprintf(&b, "E\tpetr:%d\t%s\t%s\t\t50\t%s\t\t%s\tpetrarch\n", i, kind, country, sector, titleName(a.Names[0]))
		for _, n := range a.Names {
			t := titleName(n)
			fmt.Fprintf(&b, "F\t\t\t%s\tpetrarch\n", t)
			// "THE_SHIRE" is written "the Shire" inside a sentence
			if rest, ok := strings.CutPrefix(t, "The "); ok && len(rest) > 3 {
				fmt.Fprintf(&b, "F\t\t\t%s\tpetrarch\n", rest)
			}
		}
	}
	return kb.Parse(strings.NewReader(b.String()))
}

// titleName writes an upper-case dictionary name as a name is written in
// text ("MINAS TIRITH" → "Minas Tirith"), keeping dotted acronyms and
// short all-letter acronyms ("U.N.", "IMF") as they are and function words
// inside a name in lower case ("PRINCE OF DOL AMROTH" → "Prince of Dol
// Amroth").
func titleName(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if strings.Contains(w, ".") || len(w) <= 3 && i == 0 && len(words) == 1 {
			continue
		}
		if i > 0 && nameFunctionWord[strings.ToLower(w)] {
			words[i] = strings.ToLower(w)
			continue
		}
		words[i] = strings.ToUpper(w[:1]) + strings.ToLower(w[1:])
	}
	return strings.Join(words, " ")
}

// nameFunctionWord are the words written in lower case inside an English
// name.
var nameFunctionWord = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "in": true}
