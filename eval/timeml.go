package eval

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dossier-news/dossier"
)

// ParseTimeML reads one TimeML document in the TempEval-3 layout: the text is
// the character data of <TEXT> (tags removed, entities decoded), the gold
// expressions are the TIMEX3 elements inside it, and the document creation
// time is the TIMEX3 with functionInDocument="CREATION_TIME" (usually in
// <DCT>), cut to its date. The language is English.
func ParseTimeML(data []byte) (*TimexDoc, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	doc := &TimexDoc{Lang: "en"}
	var (
		text   strings.Builder
		inText int // depth of <TEXT> nesting
		inID   bool
		open   []GoldTimex // TIMEX3 elements open inside TEXT
		dctVal string
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("timeml: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText++
			case "DOCID":
				inID = true
			case "TIMEX3":
				a := txAttrs(t.Attr)
				if a["functionInDocument"] == "CREATION_TIME" && dctVal == "" {
					dctVal = a["value"]
				}
				if inText > 0 {
					open = append(open, GoldTimex{Span: dossier.Span{Start: text.Len()}, Type: a["type"], Value: a["value"], Mod: a["mod"]})
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				if inText > 0 {
					inText--
				}
			case "DOCID":
				inID = false
			case "TIMEX3":
				if inText > 0 && len(open) > 0 {
					g := open[len(open)-1]
					open = open[:len(open)-1]
					g.End = text.Len()
					if g.End > g.Start {
						doc.Gold = append(doc.Gold, g)
					}
				}
			}
		case xml.CharData:
			if inText > 0 {
				text.Write(t)
			} else if inID {
				doc.ID += strings.TrimSpace(string(t))
			}
		}
	}
	if inText > 0 || text.Len() == 0 && len(doc.Gold) == 0 && dctVal == "" {
		return nil, errors.New("timeml: no complete <TEXT> element")
	}
	doc.Text = text.String()
	for i := range doc.Gold {
		doc.Gold[i].Text = doc.Text[doc.Gold[i].Start:doc.Gold[i].End]
	}
	doc.DCT = txDateOf(dctVal)
	txSortGold(doc.Gold)
	return doc, nil
}

// dateOf returns the YYYY-MM-DD prefix of a TIMEX value, or "" when it does
// not start with a full date.
func txDateOf(v string) string {
	v = strings.TrimSpace(v)
	if len(v) < 10 {
		return ""
	}
	d := v[:10]
	for i, r := range d {
		if i == 4 || i == 7 {
			if r != '-' {
				return ""
			}
		} else if r < '0' || r > '9' {
			return ""
		}
	}
	return d
}

func txAttrs(as []xml.Attr) map[string]string {
	m := make(map[string]string, len(as))
	for _, a := range as {
		m[a.Name.Local] = a.Value
	}
	return m
}

func txSortGold(g []GoldTimex) {
	// Insertion sort: the lists are short and nearly sorted already.
	for i := 1; i < len(g); i++ {
		for j := i; j > 0 && (g[j].Start < g[j-1].Start || g[j].Start == g[j-1].Start && g[j].End < g[j-1].End); j-- {
			g[j], g[j-1] = g[j-1], g[j]
		}
	}
}

var errNotMEANTIME = errors.New("not a MEANTIME document")

// ParseMEANTIME reads one NewsReader MEANTIME (CAT XML) document. Its text is
// rebuilt from the tokens (one line per sentence, spaces between tokens except
// before closing punctuation), restricted to the annotated part of the
// article: the sentences up to the last one holding any markable (MEANTIME
// annotates only the first sentences of each article). Gold expressions are
// the TIMEX3 markables anchored to tokens, including the creation time when
// it is written in the text (the dateline); the DCT is its value.
func ParseMEANTIME(data []byte) (*TimexDoc, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	type token struct {
		id   string
		sent int
		text string
	}
	var (
		toks     []token
		cur      *token
		timexes  []meantimeTimex
		inTimex  *meantimeTimex
		anchored = map[string]bool{}
		sawRoot  bool
		docID    string
		inMark   bool
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("meantime: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			a := txAttrs(t.Attr)
			switch t.Name.Local {
			case "Document":
				sawRoot = true
				docID = a["doc_id"]
			case "token":
				s, err := strconv.Atoi(a["sentence"])
				if err != nil {
					return nil, fmt.Errorf("meantime: token %q: bad sentence %q", a["t_id"], a["sentence"])
				}
				toks = append(toks, token{id: a["t_id"], sent: s})
				cur = &toks[len(toks)-1]
			case "Markables":
				inMark = true
			case "TIMEX3":
				if inMark {
					inTimex = &meantimeTimex{typ: a["type"], value: a["value"], mod: a["mod"], creation: a["functionInDocument"] == "CREATION_TIME"}
				}
			case "token_anchor":
				if inMark {
					anchored[a["t_id"]] = true
					if inTimex != nil {
						inTimex.anchors = append(inTimex.anchors, a["t_id"])
					}
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "token":
				cur = nil
			case "Markables":
				inMark = false
			case "TIMEX3":
				if inTimex != nil {
					timexes = append(timexes, *inTimex)
					inTimex = nil
				}
			}
		case xml.CharData:
			if cur != nil {
				cur.text += string(t)
			}
		}
	}
	if !sawRoot {
		return nil, errNotMEANTIME
	}
	lastSent := -1
	for _, tk := range toks {
		if anchored[tk.id] && tk.sent > lastSent {
			lastSent = tk.sent
		}
	}
	doc := &TimexDoc{ID: docID, Lang: "en"}
	var b strings.Builder
	spans := make(map[string]dossier.Span, len(toks))
	prevSent := -1
	prevText := ""
	for _, tk := range toks {
		if tk.sent > lastSent {
			continue
		}
		w := strings.TrimSpace(tk.text)
		if w == "" {
			continue
		}
		if b.Len() > 0 {
			switch {
			case tk.sent != prevSent:
				b.WriteByte('\n')
			case txNoSpaceBefore(w) || prevText == "(" || prevText == "$":
			default:
				b.WriteByte(' ')
			}
		}
		start := b.Len()
		b.WriteString(w)
		spans[tk.id] = dossier.Span{Start: start, End: b.Len()}
		prevSent, prevText = tk.sent, w
	}
	doc.Text = b.String()
	for _, tx := range timexes {
		if tx.creation && doc.DCT == "" {
			doc.DCT = txDateOf(tx.value)
		}
		sp, ok := dossier.Span{Start: -1}, false
		for _, id := range tx.anchors {
			s, in := spans[id]
			if !in {
				continue
			}
			if !ok {
				sp, ok = s, true
				continue
			}
			sp.Start, sp.End = min(sp.Start, s.Start), max(sp.End, s.End)
		}
		if !ok {
			continue
		}
		doc.Gold = append(doc.Gold, GoldTimex{Span: sp, Text: doc.Text[sp.Start:sp.End], Type: tx.typ, Value: tx.value, Mod: tx.mod})
	}
	txSortGold(doc.Gold)
	return doc, nil
}

type meantimeTimex struct {
	typ, value, mod string
	creation        bool
	anchors         []string
}

func txNoSpaceBefore(w string) bool {
	switch w {
	case ",", ".", ";", ":", ")", "?", "!", "%", "'s", "n't", "'", "'re", "'ll", "'ve", "'d", "'m":
		return true
	}
	return false
}
