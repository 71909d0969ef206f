// Package cameo reads the CAMEO verb-pattern dictionary (the TABARI and
// PETRARCH format of phoenix-dictionaries/CAMEO.2.0.txt) and the CAMEO →
// PLOVER table: the generator of the English lexicon and the round-trip
// test of the English extractor read the same parse.
package cameo

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// Plover is the PLOVER coding of one CAMEO code.
type Plover struct {
	Type, Mode string
}

// ParseTable reads the CAMEO2PLOVER table: lines "CODE: TYPE, MODE, CONTEXT
// # description"; two-digit header lines ("04: CONSULT") are skipped. Codes
// 020–028 are added as REQUEST/appeal since the table starts at 03.
func ParseTable(r io.Reader) (map[string]Plover, error) {
	t := map[string]Plover{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		code, rest, ok := strings.Cut(line, ":")
		if !ok || len(code) < 3 || !digits(code) {
			continue
		}
		parts := strings.Split(rest, ",")
		typ := strings.TrimSpace(parts[0])
		if typ == "" {
			return nil, fmt.Errorf("code %s without a type", code)
		}
		mode := ""
		if len(parts) > 1 {
			mode = strings.TrimSpace(parts[1])
		}
		if strings.ContainsFunc(typ+mode, unicode.IsSpace) {
			return nil, fmt.Errorf("code %s: type and mode must be single words, got %q", code, rest)
		}
		if _, dup := t[code]; !dup {
			t[code] = Plover{Type: typ, Mode: mode}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for _, c := range []string{"020", "021", "0211", "0212", "0213", "0214", "022", "023", "0231", "0232", "0233", "0234",
		"024", "0241", "0242", "0243", "0244", "025", "0251", "0252", "0253", "0254", "0255", "0256", "026", "027", "028"} {
		t[c] = Plover{Type: "REQUEST", Mode: "appeal"}
	}
	return t, nil
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Lookup codes a CAMEO code, falling back to its parent codes ("0861" →
// "086"). ok is false for codes PLOVER does not code (01x, unknown).
func Lookup(t map[string]Plover, code string) (Plover, bool) {
	for c := code; len(c) >= 3; c = c[:len(c)-1] {
		if p, ok := t[c]; ok {
			return p, true
		}
	}
	return Plover{}, false
}

// Dictionary is the parsed CAMEO verb dictionary.
type Dictionary struct {
	Synsets map[string][]string // "&MILITARY" → phrases, lower case, words joined by spaces
	Blocks  []Block
}

// Block is one "--- NAME [CODE] ---" verb block.
type Block struct {
	Name     string
	Code     string // default code, "---" for none
	Verbs    []Verb
	Patterns []Pattern
}

// Verb is one verb of a block: a lemma ("meet", "call for") and its own code.
type Verb struct {
	Lemma string
	Obj   string // for verb+noun entries such as SEND_WORD: the noun
	Code  string // "" when it takes the block's
	// Forms are the inflected forms the dictionary lists for an
	// irregular verb ("grow" {grows growing grew grown}), lower case with
	// a multi-word verb's words joined by spaces; nil for regular verbs.
	Forms []string
}

// Pattern is one "- PRE * POST [CODE] # VERBS" line.
type Pattern struct {
	Pre, Post []string
	Code      string
	For       []string // verbs named in the comment, lower case
}

// Names says whether the pattern is written for verb v: its comment names
// no verb, or names v by its first word or by one of its listed forms
// ("- * GRENADE [193] # THREW" is a pattern of THROW {… THREW THROWN}).
func (p Pattern) Names(v Verb) bool {
	if len(p.For) == 0 {
		return true
	}
	base, _, _ := strings.Cut(v.Lemma, " ")
	for _, w := range p.For {
		if w == base {
			return true
		}
		for _, f := range v.Forms {
			if first, _, _ := strings.Cut(f, " "); first == w {
				return true
			}
		}
	}
	return false
}

// ReversedSlips finds the block's slips of direction: a code written
// forward only ("- * &WEAPON [072] # RECEIVE") where the block's patterns
// write it reversed only ("- * TANKS [:072] # RECEIVE") at least twice as
// often. The receiver of weapons is their target, whichever way one of its
// lines is written; a code written both ways in one pattern ([190:190])
// says both and is no slip.
func (b Block) ReversedSlips() map[string]bool {
	fwd, rev := map[string]int{}, map[string]int{}
	for _, p := range b.Patterns {
		if len(p.Pre) > 0 {
			continue
		}
		switch code, back, _ := strings.Cut(p.Code, ":"); {
		case code != "" && back == "":
			fwd[code]++
		case code == "" && back != "":
			rev[back]++
		}
	}
	var out map[string]bool
	for code, n := range fwd {
		if rev[code] >= 2*n {
			if out == nil {
				out = map[string]bool{}
			}
			out[code] = true
		}
	}
	return out
}

// ParseDictionary reads the TABARI/PETRARCH verb dictionary format.
func ParseDictionary(r io.Reader) (*Dictionary, error) {
	d := &Dictionary{Synsets: map[string][]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	var syn string
	var blk *Block
	for sc.Scan() {
		raw := sc.Text()
		line, comment, _ := strings.Cut(raw, "#")
		line = strings.TrimSpace(line)
		if line == "" {
			if strings.TrimSpace(raw) == "" {
				syn = "" // a blank line ends a synset; a comment line does not
			}
			continue
		}
		switch {
		case strings.HasPrefix(line, "---"):
			f := strings.Fields(strings.Trim(line, "- "))
			if len(f) < 2 {
				return nil, fmt.Errorf("bad block header %q", raw)
			}
			d.Blocks = append(d.Blocks, Block{Name: f[0], Code: strings.Trim(f[1], "[]")})
			blk = &d.Blocks[len(d.Blocks)-1]
			syn = ""
		case strings.HasPrefix(line, "&"):
			syn = strings.Fields(line)[0]
			syn = strings.TrimRight(syn, "_")
			blk = nil
		case syn != "" && strings.HasPrefix(line, "+"):
			w := strings.Fields(line[1:])
			if len(w) > 0 {
				d.Synsets[syn] = append(d.Synsets[syn], Phrase(w[0]))
			}
		case blk != nil && strings.HasPrefix(line, "-"):
			p, ok := parsePattern(line[1:], comment)
			if ok {
				blk.Patterns = append(blk.Patterns, p)
			}
		case blk != nil:
			// a verb line: VERB {forms} [code] or +MULTI_WORD {forms}
			code := ""
			if i := strings.IndexByte(line, '['); i >= 0 {
				if j := strings.IndexByte(line[i:], ']'); j > 0 {
					code = line[i+1 : i+j]
				}
				line = line[:i]
			}
			var forms []string
			if i := strings.IndexByte(line, '{'); i >= 0 {
				for _, f := range strings.Fields(strings.Trim(line[i:], "{} ")) {
					forms = append(forms, Phrase(strings.TrimPrefix(f, "+")))
				}
				line = line[:i]
			}
			f := strings.Fields(line)
			if len(f) == 0 {
				continue
			}
			v, ok := parseVerb(strings.TrimPrefix(f[0], "+"))
			if !ok {
				continue
			}
			v.Code, v.Forms = code, forms
			blk.Verbs = append(blk.Verbs, v)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return d, nil
}

// IsParticle says whether w (lower case) makes a two-word verb with the
// verb before it ("call for", "set off").
func IsParticle(w string) bool { return particles[w] }

// particles are the words that make a two-word verb ("call for") rather than
// a verb with an object noun ("send word").
var particles = map[string]bool{
	"with": true, "for": true, "to": true, "up": true, "off": true, "out": true, "down": true, "back": true,
	"over": true, "on": true, "in": true, "into": true, "against": true, "away": true, "about": true, "at": true,
	"from": true, "by": true, "upon": true, "through": true, "apart": true, "aside": true, "forward": true,
}

func parseVerb(s string) (Verb, bool) {
	w := strings.Split(strings.ToLower(strings.Trim(s, "_")), "_")
	if len(w) == 0 || w[0] == "" || !IsWord(w[0]) {
		return Verb{}, false
	}
	switch {
	case len(w) == 1:
		return Verb{Lemma: w[0]}, true
	case len(w) == 2 && particles[w[1]]:
		return Verb{Lemma: w[0] + " " + w[1]}, true
	case len(w) == 2 && IsWord(w[1]):
		return Verb{Lemma: w[0], Obj: Singular(w[1])}, true
	}
	return Verb{}, false
}

func IsWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r == '-') {
			return false
		}
	}
	return true
}

// Phrase turns a dictionary phrase (WORDS_JOINED_BY_UNDERSCORES_) into
// lower-case words joined by spaces.
func Phrase(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(s, "_", " "))), " ")
}

func parsePattern(s, comment string) (Pattern, bool) {
	i := strings.IndexByte(s, '[')
	j := strings.IndexByte(s, ']')
	if i < 0 || j < i {
		return Pattern{}, false
	}
	p := Pattern{Code: strings.TrimSpace(s[i+1 : j])}
	body := s[:i]
	star := strings.IndexByte(body, '*')
	if star < 0 {
		return Pattern{}, false
	}
	p.Pre = strings.Fields(body[:star])
	p.Post = Tokens(body[star+1:])
	for _, v := range strings.Split(comment, ",") {
		v = strings.ToLower(strings.TrimSpace(v))
		if f := strings.Fields(v); len(f) == 1 && IsWord(f[0]) {
			p.For = append(p.For, f[0])
		}
	}
	return p, true
}

// Tokens splits a pattern body into words, keeping "{...}" and "(...)"
// groups as single tokens.
func Tokens(s string) []string {
	var out []string
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		switch s[0] {
		case '{', '(':
			close := byte('}')
			if s[0] == '(' {
				close = ')'
			}
			k := strings.IndexByte(s, close)
			if k < 0 {
				k = len(s) - 1
			}
			out = append(out, s[:k+1])
			s = s[k+1:]
		default:
			k := strings.IndexAny(s, " \t{(")
			if k < 0 {
				k = len(s)
			}
			out = append(out, s[:k])
			s = s[k:]
		}
	}
	return out
}

// Singular is a rough English singular for pattern nouns; the extractor
// applies the same function to the words it compares them with.
func Singular(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "xes")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}
