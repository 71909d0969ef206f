package eval

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dossier-news/dossier"
)

// TimexDoc is one gold document for temporal expressions: its text, its
// creation time and the gold expressions, whose spans are UTF-8 byte offsets
// into Text.
type TimexDoc struct {
	ID   string
	Lang string // "en" or "de"
	DCT  string // YYYY-MM-DD, or "" when the document has none
	Text string
	Gold []GoldTimex
}

// GoldTimex is one annotated temporal expression, in TIMEX3 terms.
type GoldTimex struct {
	dossier.Span
	Text  string
	Type  string // DATE, TIME, DURATION or SET
	Value string
	Mod   string
}

// TimexAnnotator is what the scorer needs from a tagger; *timex.Tagger has it.
type TimexAnnotator interface {
	Annotate(text, lang, dct string) []dossier.TimeValue
}

// TimexCounts accumulates the TempEval-3 counts over documents.
//
// Extent: a strict match has the same span; a relaxed match overlaps. Pairs are
// one to one: each gold expression is matched to at most one prediction, the
// one with the largest overlap. Attributes (type, value) are compared over the
// relaxed matches, and their F1 follows the TempEval-3 scorer: precision is
// correct attributes over predictions, recall correct attributes over gold.
type TimexCounts struct {
	Gold, Pred          int
	Strict, Relaxed     int
	TypeOK, ValueOK     int
	ByType              map[string]*TypeCounts // keyed by gold type
	Errors              []TimexError           // value errors and misses, for inspection
	KeepErrors          bool
	goldValueless, docs int
}

// TypeCounts are the counts of one gold type.
type TypeCounts struct {
	Gold, Relaxed, ValueOK int
}

// TimexError records a miss, a spurious prediction or a wrong value.
type TimexError struct {
	Doc, Kind         string // Kind: "miss", "spurious", "value", "type"
	Gold, Pred        string // texts
	GoldVal, PredVal  string
	GoldType, PredTyp string
	Rule, Context     string
}

// Add scores the predictions for one document.
func (c *TimexCounts) Add(doc *TimexDoc, pred []dossier.TimeValue) {
	if c.ByType == nil {
		c.ByType = map[string]*TypeCounts{}
	}
	c.docs++
	c.Gold += len(doc.Gold)
	c.Pred += len(pred)
	usedPred := make([]bool, len(pred))
	for _, g := range doc.Gold {
		tc := c.ByType[g.Type]
		if tc == nil {
			tc = &TypeCounts{}
			c.ByType[g.Type] = tc
		}
		tc.Gold++
		if g.Value == "" {
			c.goldValueless++
		}
		best, bestOv := -1, 0
		for j, p := range pred {
			if usedPred[j] {
				continue
			}
			if ov := txOverlap(g.Span, p.Span); ov > bestOv {
				best, bestOv = j, ov
			}
		}
		if best < 0 {
			if c.KeepErrors {
				c.Errors = append(c.Errors, TimexError{Doc: doc.ID, Kind: "miss", Gold: g.Text, GoldVal: g.Value, GoldType: g.Type, Context: txSnippet(doc.Text, g.Span)})
			}
			continue
		}
		usedPred[best] = true
		p := pred[best]
		c.Relaxed++
		tc.Relaxed++
		if p.Span == g.Span {
			c.Strict++
		}
		if p.Type == g.Type {
			c.TypeOK++
		}
		if g.Value != "" && CanonicalTimexValue(p.Value) == CanonicalTimexValue(g.Value) {
			c.ValueOK++
			tc.ValueOK++
		} else if c.KeepErrors {
			c.Errors = append(c.Errors, TimexError{Doc: doc.ID, Kind: "value", Gold: g.Text, Pred: p.Text, GoldVal: g.Value, PredVal: p.Value, GoldType: g.Type, PredTyp: p.Type, Rule: p.Rule + " " + p.Anchor, Context: txSnippet(doc.Text, g.Span)})
		}
	}
	if c.KeepErrors {
		for j, p := range pred {
			if !usedPred[j] {
				c.Errors = append(c.Errors, TimexError{Doc: doc.ID, Kind: "spurious", Pred: p.Text, PredVal: p.Value, PredTyp: p.Type, Rule: p.Rule, Context: txSnippet(doc.Text, p.Span)})
			}
		}
	}
}

func txOverlap(a, b dossier.Span) int {
	lo, hi := max(a.Start, b.Start), min(a.End, b.End)
	if hi <= lo {
		return 0
	}
	return hi - lo
}

func txSnippet(text string, s dossier.Span) string {
	lo, hi := max(0, s.Start-60), min(len(text), s.End+40)
	for lo > 0 && lo < len(text) && text[lo]&0xC0 == 0x80 {
		lo--
	}
	for hi < len(text) && text[hi]&0xC0 == 0x80 {
		hi++
	}
	return strings.ReplaceAll(text[lo:s.Start]+"[["+text[s.Start:s.End]+"]]"+text[s.End:hi], "\n", " ")
}

// txPRF returns precision, recall and F1 from correct, predicted and gold counts.
func txPRF(correct, pred, gold int) (p, r, f float64) {
	if pred > 0 {
		p = float64(correct) / float64(pred)
	}
	if gold > 0 {
		r = float64(correct) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// StrictPRF returns the strict extent P, R, F1.
func (c *TimexCounts) StrictPRF() (p, r, f float64) { return txPRF(c.Strict, c.Pred, c.Gold) }

// RelaxedPRF returns the relaxed (overlap) extent P, R, F1.
func (c *TimexCounts) RelaxedPRF() (p, r, f float64) { return txPRF(c.Relaxed, c.Pred, c.Gold) }

// ValuePRF returns the value attribute P, R, F1 as TempEval-3 defines them.
func (c *TimexCounts) ValuePRF() (p, r, f float64) { return txPRF(c.ValueOK, c.Pred, c.Gold) }

// TypePRF returns the type attribute P, R, F1 as TempEval-3 defines them.
func (c *TimexCounts) TypePRF() (p, r, f float64) { return txPRF(c.TypeOK, c.Pred, c.Gold) }

// TypeAccuracy is the share of relaxed matches whose type is right.
func (c *TimexCounts) TypeAccuracy() float64 {
	if c.Relaxed == 0 {
		return 0
	}
	return float64(c.TypeOK) / float64(c.Relaxed)
}

// ValueAccuracy is the share of relaxed matches whose value is right.
func (c *TimexCounts) ValueAccuracy() float64 {
	if c.Relaxed == 0 {
		return 0
	}
	return float64(c.ValueOK) / float64(c.Relaxed)
}

// Report writes per-type figures and ends with the summary line
// "timex LANG: strict F1=… relaxed F1=… type=… value F1=…".
func (c *TimexCounts) Report(w io.Writer, lang string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "documents %d, gold %d, predicted %d\n", c.docs, c.Gold, c.Pred)
	types := make([]string, 0, len(c.ByType))
	for t := range c.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		tc := c.ByType[t]
		fmt.Fprintf(&b, "  %-9s gold %5d  found %5d (recall %.3f)  value right %5d (%.3f of found)\n",
			t, tc.Gold, tc.Relaxed, txRatio(tc.Relaxed, tc.Gold), tc.ValueOK, txRatio(tc.ValueOK, tc.Relaxed))
	}
	sp, sr, sf := c.StrictPRF()
	rp, rr, rf := c.RelaxedPRF()
	vp, vr, vf := c.ValuePRF()
	_, _, tf := c.TypePRF()
	fmt.Fprintf(&b, "strict  extent P=%.3f R=%.3f F1=%.3f\n", sp, sr, sf)
	fmt.Fprintf(&b, "relaxed extent P=%.3f R=%.3f F1=%.3f\n", rp, rr, rf)
	fmt.Fprintf(&b, "type    accuracy=%.3f F1=%.3f\n", c.TypeAccuracy(), tf)
	fmt.Fprintf(&b, "value   accuracy=%.3f P=%.3f R=%.3f F1=%.3f\n", c.ValueAccuracy(), vp, vr, vf)
	if c.KeepErrors && len(c.Errors) > 0 {
		// Where the errors are: by kind, and by the rule that made the
		// wrong or spurious value, most frequent first.
		classes := c.ErrorClasses()
		b.WriteString("errors  ")
		for i, k := range txErrorKinds {
			if i > 0 {
				b.WriteString(", ")
			}
			n := 0
			for _, cl := range classes {
				if cl.Kind == k {
					n += cl.Count
				}
			}
			fmt.Fprintf(&b, "%s %d", k, n)
		}
		b.WriteString("\n")
		shown := 0
		for _, cl := range classes {
			if cl.Rule == "" {
				continue
			}
			if shown == txRulesShown {
				break
			}
			fmt.Fprintf(&b, "  %-9s %-32s %4d\n", cl.Kind, cl.Rule, cl.Count)
			shown++
		}
	}
	fmt.Fprintf(&b, "timex %s: strict F1=%.3f relaxed F1=%.3f type=%.3f value F1=%.3f\n", lang, sf, rf, c.TypeAccuracy(), vf)
	_, err := io.WriteString(w, b.String())
	return err
}

// txErrorKinds are the kinds of TimexError, in report order.
var txErrorKinds = []string{"miss", "spurious", "value"}

// txRulesShown is how many rule classes Report lists.
const txRulesShown = 15

// TimexErrorClass counts the errors of one kind made by one rule ("" for
// misses, which no rule made).
type TimexErrorClass struct {
	Kind, Rule string
	Count      int
}

// ErrorClasses counts the kept errors by kind and rule, most frequent
// first (ties by kind, then rule). It is empty unless KeepErrors was set.
func (c *TimexCounts) ErrorClasses() []TimexErrorClass {
	idx := map[[2]string]int{}
	var out []TimexErrorClass
	for _, e := range c.Errors {
		rule, _, _ := strings.Cut(e.Rule, " ") // "weekday dct 2025-07-31": the rule, not its anchor
		key := [2]string{e.Kind, rule}
		i, ok := idx[key]
		if !ok {
			i = len(out)
			idx[key] = i
			out = append(out, TimexErrorClass{Kind: e.Kind, Rule: rule})
		}
		out[i].Count++
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		return out[i].Rule < out[j].Rule
	})
	return out
}

func txRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// CanonicalTimexValue maps equivalent spellings of a TIMEX value to one form so
// that TIMEX2 gold and TIMEX3 predictions compare fairly: decades and
// centuries written as duration units (P1DE, P2CE) become years, and "T24:00"
// style variants are left alone. Letters are upper-cased.
func CanonicalTimexValue(v string) string {
	v = strings.ToUpper(strings.TrimSpace(v))
	if strings.HasPrefix(v, "P") && !strings.HasPrefix(v, "PAST") && !strings.HasPrefix(v, "PRESENT") {
		for _, u := range []struct {
			suf string
			mul int
		}{{"DE", 10}, {"CE", 100}, {"ML", 1000}} {
			if strings.HasSuffix(v, u.suf) {
				num := v[1 : len(v)-len(u.suf)]
				n := 0
				ok := num != ""
				for _, r := range num {
					if r < '0' || r > '9' {
						ok = false
						break
					}
					n = n*10 + int(r-'0')
				}
				if ok {
					return fmt.Sprintf("P%dY", n*u.mul)
				}
				if num == "X" {
					return "PXY"
				}
			}
		}
	}
	// ISO weeks with one digit: 2000-W7 is 2000-W07.
	if i := strings.Index(v, "-W"); i >= 0 && i+3 <= len(v) && v[i+2] >= '0' && v[i+2] <= '9' && (i+3 == len(v) || v[i+3] < '0' || v[i+3] > '9') {
		v = v[:i+2] + "0" + v[i+2:]
	}
	// Decades and centuries as points: 198X and 198 are the same decade.
	if t := strings.TrimRight(v, "X"); len(t) >= 2 && len(t) < 4 && len(v) == 4 && txAllDigits(t) {
		return t
	}
	return v
}

func txAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// TimexSplit selects part of a corpus: "dev", "heldout" or "all". With every = n,
// the held-out part is every n-th document in ID order (the n-th, 2n-th, …);
// the rest is the development part.
func TimexSplit(docs []*TimexDoc, part string, every int) ([]*TimexDoc, error) {
	if part == "" || part == "all" {
		return docs, nil
	}
	if every < 2 {
		return nil, fmt.Errorf("split %s: every must be at least 2, got %d", part, every)
	}
	sorted := append([]*TimexDoc(nil), docs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].ID < sorted[j].ID })
	var out []*TimexDoc
	for i, d := range sorted {
		held := i%every == every-1
		switch part {
		case "dev":
			if !held {
				out = append(out, d)
			}
		case "heldout", "held-out":
			if held {
				out = append(out, d)
			}
		default:
			return nil, fmt.Errorf("split: unknown part %q (want dev, heldout or all)", part)
		}
	}
	return out, nil
}

// LoadTimexGold reads gold documents from path: a TimeML file (.tml), a
// WikiWarsDE inline key (.key.xml), an ACE APF key (.apf.xml, with its source
// .sgm in ../in), a MEANTIME file (.xml with <Document>), or a folder holding
// any of these (searched recursively; a WikiWarsDE folder with both keyinline
// and key is read once, from keyinline).
func LoadTimexGold(ctx context.Context, path string) ([]*TimexDoc, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("load timex gold: %w", err)
	}
	var files []string
	if !st.IsDir() {
		files = []string{path}
	} else {
		hasInline := false
		err := filepath.WalkDir(path, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if d.Name() == "keyinline" {
					hasInline = true
				}
				return nil
			}
			files = append(files, p)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("load timex gold %s: %w", path, err)
		}
		if hasInline {
			kept := files[:0]
			for _, f := range files {
				if !strings.HasSuffix(f, ".apf.xml") {
					kept = append(kept, f)
				}
			}
			files = kept
		}
	}
	sort.Strings(files)
	var docs []*TimexDoc
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var doc *TimexDoc
		var err error
		switch {
		case strings.HasSuffix(f, ".tml"):
			doc, err = txReadWith(f, ParseTimeML)
		case strings.HasSuffix(f, ".apf.xml"):
			doc, err = txLoadAPF(f)
		case strings.HasSuffix(f, ".key.xml"):
			doc, err = txReadWith(f, ParseTIMEX2Inline)
		case strings.HasSuffix(f, ".xml"):
			doc, err = txReadWith(f, ParseMEANTIME)
			if err == errNotMEANTIME {
				continue
			}
		default:
			continue
		}
		if err != nil {
			return nil, err
		}
		if doc.ID == "" {
			doc.ID = filepath.Base(f)
		}
		docs = append(docs, doc)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("load timex gold %s: no TimeML, WikiWarsDE or MEANTIME documents found", path)
	}
	return docs, nil
}

func txReadWith(path string, parse func([]byte) (*TimexDoc, error)) (*TimexDoc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	d, err := parse(b)
	if err != nil {
		if err == errNotMEANTIME {
			return nil, err
		}
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	return d, nil
}

func txLoadAPF(path string) (*TimexDoc, error) {
	apf, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	name := strings.TrimSuffix(filepath.Base(path), ".key.apf.xml")
	name = strings.TrimSuffix(name, ".apf.xml")
	src := filepath.Join(filepath.Dir(path), "..", "in", name+".sgm")
	sgm, err := os.ReadFile(src)
	if err != nil {
		return nil, fmt.Errorf("APF %s needs its source text: %w", path, err)
	}
	d, err := ParseAPF(apf, sgm)
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	return d, nil
}

// EvaluateTimex annotates every document with a and returns the counts.
func EvaluateTimex(ctx context.Context, a TimexAnnotator, docs []*TimexDoc, keepErrors bool) (*TimexCounts, error) {
	c := &TimexCounts{KeepErrors: keepErrors}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		c.Add(d, a.Annotate(d.Text, d.Lang, d.DCT))
	}
	return c, nil
}
