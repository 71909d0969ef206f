package eval

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
)

// WikiWarsDE (and the ACE TERN layout it follows) annotates TIMEX2, not
// TIMEX3. Its values are mapped to TIMEX3 as follows (Timex2To3):
//
//   - type: SET when set="YES"; DURATION when the value is a period (P…);
//     TIME when the value has a clock time (T followed by a digit); DATE
//     otherwise, including parts of days (1940-06-22TEV), seasons (1940-SU),
//     halves (1863-H1) and the vague PRESENT_REF, PAST_REF, FUTURE_REF.
//   - value: kept as written; TIMEX2 and TIMEX3 share the ISO 8601 based
//     forms. Spelling differences are removed when comparing (CanonicalTimexValue):
//     decades and centuries as duration units (P1DE = P10Y), decades and
//     centuries as points with or without trailing X (198X = 198).
//   - mod: kept (START, MID, END, APPROX, BEFORE, AFTER, LESS_THAN,
//     MORE_THAN … are shared). anchor_val, anchor_dir and non_specific have no
//     TIMEX3 value counterpart and are dropped; an anchored FUTURE_REF stays
//     FUTURE_REF.

// Timex2To3 maps a TIMEX2 val, mod and set attribute to a TIMEX3 type, value
// and mod.
func Timex2To3(val, mod, set string) (typ, value, mod3 string) {
	value = strings.TrimSpace(val)
	switch {
	case strings.EqualFold(set, "YES"):
		typ = "SET"
	case strings.HasPrefix(value, "P") && !strings.HasSuffix(value, "_REF"):
		typ = "DURATION"
	case txHasClock(value):
		typ = "TIME"
	default:
		typ = "DATE"
	}
	return typ, value, strings.TrimSpace(mod)
}

func txHasClock(v string) bool {
	i := strings.IndexByte(v, 'T')
	return i >= 0 && i+1 < len(v) && v[i+1] >= '0' && v[i+1] <= '9'
}

// ParseTIMEX2Inline reads one document of the ACE TERN inline layout used by
// WikiWarsDE's keyinline files: <DOC><DOCID>…<DATETIME><TIMEX2 val=…>…
// <TEXT>… with inline <TIMEX2> elements. The text is the raw content of
// <TEXT> (SGML: no entity decoding, as the ACE offsets count raw characters);
// the DCT is the TIMEX2 inside <DATETIME>. The language is German.
func ParseTIMEX2Inline(data []byte) (*TimexDoc, error) {
	if !utf8.Valid(data) {
		return nil, errors.New("timex2: not UTF-8")
	}
	s := string(data)
	doc := &TimexDoc{Lang: "de"}
	var (
		text    strings.Builder
		inText  bool
		sawText bool
		inDate  bool
		inID    bool
		open    []GoldTimex
	)
	for i := 0; i < len(s); {
		if s[i] != '<' {
			j := strings.IndexByte(s[i:], '<')
			if j < 0 {
				j = len(s) - i
			}
			chunk := s[i : i+j]
			if inText {
				text.WriteString(chunk)
			} else if inID {
				doc.ID += strings.TrimSpace(chunk)
			}
			i += j
			continue
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			return nil, fmt.Errorf("timex2: unclosed tag at byte %d", i)
		}
		name, closing, as := txParseTag(s[i+1 : i+j])
		i += j + 1
		switch strings.ToUpper(name) {
		case "TEXT":
			inText = !closing
			sawText = true
		case "DATETIME":
			inDate = !closing
		case "DOCID":
			inID = !closing
		case "TIMEX2":
			if closing {
				if len(open) == 0 {
					continue
				}
				g := open[len(open)-1]
				open = open[:len(open)-1]
				if inText {
					g.End = text.Len()
					if g.End > g.Start {
						doc.Gold = append(doc.Gold, g)
					}
				}
				continue
			}
			typ, val, mod := Timex2To3(as["val"], as["mod"], as["set"])
			if inDate && doc.DCT == "" {
				doc.DCT = txDateOf(val)
			}
			open = append(open, GoldTimex{Span: dossier.Span{Start: text.Len()}, Type: typ, Value: val, Mod: mod})
		}
	}
	if !sawText {
		return nil, errors.New("timex2: no <TEXT> element")
	}
	doc.Text = text.String()
	for i := range doc.Gold {
		doc.Gold[i].Text = doc.Text[doc.Gold[i].Start:doc.Gold[i].End]
	}
	txSortGold(doc.Gold)
	return doc, nil
}

// parseTag splits the inside of <…> into its name, whether it closes, and its
// attributes (lower-cased names; values in double or single quotes).
func txParseTag(t string) (name string, closing bool, as map[string]string) {
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t), "/"))
	if strings.HasPrefix(t, "/") {
		closing = true
		t = t[1:]
	}
	k := strings.IndexAny(t, " \t\r\n")
	if k < 0 {
		return t, closing, nil
	}
	name, rest := t[:k], t[k:]
	as = map[string]string{}
	for {
		rest = strings.TrimLeft(rest, " \t\r\n")
		eq := strings.IndexByte(rest, '=')
		if eq <= 0 {
			return name, closing, as
		}
		key := strings.ToLower(strings.TrimSpace(rest[:eq]))
		rest = strings.TrimLeft(rest[eq+1:], " \t\r\n")
		if rest == "" {
			return name, closing, as
		}
		q := rest[0]
		var val string
		if q == '"' || q == '\'' {
			end := strings.IndexByte(rest[1:], q)
			if end < 0 {
				as[key] = rest[1:]
				return name, closing, as
			}
			val, rest = rest[1:1+end], rest[2+end:]
		} else {
			end := strings.IndexAny(rest, " \t\r\n")
			if end < 0 {
				end = len(rest)
			}
			val, rest = rest[:end], rest[end:]
		}
		as[key] = val
	}
}

// ParseAPF reads an ACE APF key (stand-off TIMEX2 annotation) together with
// its source SGML document. In WikiWarsDE the APF offsets count UTF-8 bytes
// of the source with its tags removed, and END is inclusive. The text
// returned is the content of <TEXT>; the mention before it (in <DATETIME>)
// gives the DCT.
func ParseAPF(apf, sgm []byte) (*TimexDoc, error) {
	if !utf8.Valid(sgm) {
		return nil, errors.New("apf: source is not UTF-8")
	}
	// Strip the tags, remembering where the TEXT element starts and ends.
	var plain []byte
	textStart, textEnd := -1, -1
	for i := 0; i < len(sgm); {
		if sgm[i] == '<' {
			j := bytes.IndexByte(sgm[i:], '>')
			if j < 0 {
				return nil, fmt.Errorf("apf: source has an unclosed tag at byte %d", i)
			}
			name, closing, _ := txParseTag(string(sgm[i+1 : i+j]))
			if strings.EqualFold(name, "TEXT") {
				if closing {
					textEnd = len(plain)
				} else {
					textStart = len(plain)
				}
			}
			i += j + 1
			continue
		}
		plain = append(plain, sgm[i])
		i++
	}
	if textStart < 0 {
		return nil, errors.New("apf: source has no <TEXT> element")
	}
	if textEnd < textStart {
		textEnd = len(plain)
	}
	text := string(plain[textStart:textEnd])

	dec := xml.NewDecoder(bytes.NewReader(apf))
	dec.Strict = false
	doc := &TimexDoc{Lang: "de", Text: text}
	var cur map[string]string
	inMention := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("apf: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			if ee, ok := tok.(xml.EndElement); ok && ee.Name.Local == "timex2_mention" {
				inMention = false
			}
			continue
		}
		a := txAttrs(se.Attr)
		switch se.Name.Local {
		case "document":
			doc.ID = a["DOCID"]
		case "timex2":
			cur = a
		case "timex2_mention":
			inMention = true
		case "charseq":
			if !inMention || cur == nil {
				continue
			}
			start, err1 := strconv.Atoi(a["START"])
			end, err2 := strconv.Atoi(a["END"])
			if err1 != nil || err2 != nil || start < 0 || end < start || end >= len(plain) {
				return nil, fmt.Errorf("apf: bad extent %q..%q", a["START"], a["END"])
			}
			typ, val, mod := Timex2To3(cur["VAL"], cur["MOD"], cur["SET"])
			if start < textStart {
				if doc.DCT == "" {
					doc.DCT = txDateOf(val)
				}
				continue
			}
			if end+1 > textEnd {
				return nil, fmt.Errorf("apf: extent %d..%d lies outside <TEXT>", start, end)
			}
			sp := dossier.Span{Start: start - textStart, End: end + 1 - textStart}
			if !utf8.RuneStart(text[sp.Start]) || sp.End < len(text) && !utf8.RuneStart(text[sp.End]) {
				return nil, fmt.Errorf("apf: extent %d..%d splits a character", start, end)
			}
			doc.Gold = append(doc.Gold, GoldTimex{Span: sp, Text: text[sp.Start:sp.End], Type: typ, Value: val, Mod: mod})
		}
	}
	txSortGold(doc.Gold)
	return doc, nil
}
