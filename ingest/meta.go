package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Header is what the first lines of a plain-text article say about it.
type Header struct {
	Title     string
	Published string
	Author    string
}

// line is one line of text with its place in the original.
type line struct {
	text       string // trimmed
	start, end int    // the untrimmed line, without its newline
	blankAfter bool
}

const (
	maxHeaderLines     = 8
	maxHeaderLineRunes = 200
)

var (
	bylinePrefixRE = regexp.MustCompile(`(?i)^(?:by|von|text(?:e)?|autor(?:in)?|author|written by|geschrieben von)\s*:?\s+(.+)$`)
	creditRE       = regexp.MustCompile(`(?i)^(?:©|\(c\)|copyright\b|foto\s*:|fotos\s*:|bild\s*:|photo\s*:|photos\s*:|image\s*:|picture\s*:|credit\s*:|quelle\s*:\s*(?:foto|bild))`)
	agencyTailRE   = regexp.MustCompile(`(?i)(?:^|[/|,]\s*)(?:ap|dpa|afp|reuters|epa|getty images|imago(?: images)?|picture alliance|keystone|xinhua|yonhap|kcna|sputnik|ria novosti|tass|anadolu|ddp|action press)\s*$`)
	nameWordRE     = regexp.MustCompile(`^(?:\p{Lu}[\p{L}'’.-]*|von|van|der|den|de|da|del|di|du|la|le|al|el|bin|ibn|zu|y)$`)
)

// ParseHeader reads the leading lines of a plain-text article: a kicker and
// headline, a date line, a byline, and picture credits with their captions.
// It returns the header and the text with the date line, byline, credits and
// captions taken out (headline and kicker stay: they are part of the story).
// Only what is recognised with confidence is taken; the rest stays body.
func ParseHeader(s string) (Header, string) {
	lines := splitLines(s)
	drop := make([]bool, len(lines))
	var h Header
	var titles []int
	dateLine := -1

	i := 0
	for ; i < len(lines) && i < maxHeaderLines; i++ {
		l := lines[i].text
		if utf8.RuneCountInString(l) > maxHeaderLineRunes {
			break // a paragraph of prose: the body has begun
		}
		switch {
		case remnant(l):
			// what is left of a byline whose name and date the HTML
			// extractor took out as metadata: ", Seoul ·"
			drop[i] = true
			continue
		case isCredit(l):
			drop[i] = true
			if n := len(titles); n > 0 && titles[n-1] == i-1 && captionLike(lines[i-1].text) {
				// the line above a credit is the picture's caption
				drop[i-1] = true
				titles = titles[:n-1]
			}
			continue
		case h.Published == "" && isDateLine(l):
			m, _ := findDate(l)
			h.Published = m.date
			if a := bylineIn(l[:m.start] + " " + l[m.end:]); a != "" && h.Author == "" {
				h.Author = a
			}
			drop[i] = true
			dateLine = i
			continue
		case h.Author == "" && bylinePrefixRE.MatchString(l):
			if a := bylineIn(l); a != "" {
				h.Author = a
				drop[i] = true
				if m, ok := findDate(l); ok && h.Published == "" {
					h.Published = m.date
				}
				continue
			}
		case h.Author == "" && dateLine >= 0 && (dateLine == i-1 || dateLine == i+1 || nextIsDate(lines, i)) && nameShaped(l):
			h.Author = l
			drop[i] = true
			continue
		case h.Author == "" && dateLine < 0 && nameShaped(l) && nextIsDate(lines, i):
			h.Author = l
			drop[i] = true
			continue
		}
		if endsSentence(l) {
			break // the body has begun
		}
		titles = append(titles, i)
	}
	// Credits can stand anywhere a picture does.
	for ; i < len(lines); i++ {
		if isCredit(lines[i].text) {
			drop[i] = true
			if i > 0 && !drop[i-1] && captionLike(lines[i-1].text) {
				drop[i-1] = true
			}
		}
	}
	h.Title = pickTitle(lines, titles)
	return h, rebuild(s, lines, drop)
}

// pickTitle chooses the headline among the title-like header lines: a short
// kicker ("Growing tensions") followed by a longer line yields the longer one.
func pickTitle(lines []line, titles []int) string {
	switch len(titles) {
	case 0:
		return ""
	case 1:
		return lines[titles[0]].text
	}
	first, second := lines[titles[0]].text, lines[titles[1]].text
	if wordCount(first) <= 4 && wordCount(second) > wordCount(first) {
		return second
	}
	return first
}

func splitLines(s string) []line {
	var out []line
	start := 0
	for start <= len(s) {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		if t := strings.TrimSpace(s[start:end]); t != "" {
			out = append(out, line{text: t, start: start, end: end})
		} else if n := len(out); n > 0 {
			out[n-1].blankAfter = true
		}
		start = end + 1
	}
	return out
}

// rebuild returns s without the dropped lines, keeping the blank-line
// structure of what is left.
func rebuild(s string, lines []line, drop []bool) string {
	// Most texts come out as they went in (or as a prefix of it): the
	// output is only copied from where it first differs from s.
	b := prefixBuilder{s: s}
	sep := ""
	for i, l := range lines {
		if drop[i] {
			if l.blankAfter && sep == "\n" {
				sep = "\n\n"
			}
			continue
		}
		if b.len() > 0 {
			b.write(sep)
		}
		b.write(strings.TrimSpace(s[l.start:l.end]))
		sep = "\n"
		if l.blankAfter {
			sep = "\n\n"
		}
	}
	return b.string()
}

// prefixBuilder builds a string that starts as a prefix of s, copying
// nothing until a write departs from s.
type prefixBuilder struct {
	s      string
	same   int // the output is s[:same] while copied is false
	copied bool
	b      strings.Builder
}

func (p *prefixBuilder) write(x string) {
	if !p.copied {
		if len(x) <= len(p.s)-p.same && p.s[p.same:p.same+len(x)] == x {
			p.same += len(x)
			return
		}
		p.copied = true
		p.b.Grow(len(p.s))
		p.b.WriteString(p.s[:p.same])
	}
	p.b.WriteString(x)
}

func (p *prefixBuilder) len() int {
	if p.copied {
		return p.b.Len()
	}
	return p.same
}

func (p *prefixBuilder) string() string {
	if p.copied {
		return p.b.String()
	}
	return p.s[:p.same]
}

func nextIsDate(lines []line, i int) bool {
	return i+1 < len(lines) && isDateLine(lines[i+1].text)
}

// isDateLine: a short line with a full date and no sentence in it.
func isDateLine(l string) bool {
	// A date spans at most four words ("27th of July, 2025"), so a line of
	// more than 8+4 words cannot be a date line: skip the date regexps on
	// prose, where they cost most.
	if moreWordsThan(l, 8+4) {
		return false
	}
	m, ok := findDate(l)
	if !ok {
		return false
	}
	rest := strings.TrimSpace(l[:m.start] + " " + l[m.end:])
	return wordCount(rest) <= 8 && !endsSentence(rest)
}

func remnant(l string) bool {
	r, _ := utf8.DecodeRuneInString(l)
	return strings.ContainsRune(",;·•|–—-/:", r) && wordCount(l) <= 6
}

func isCredit(l string) bool {
	if len(l) > 2*maxHeaderLineRunes {
		return false // credits are short; skip the regexps on prose
	}
	if creditStart(l) && creditRE.MatchString(l) {
		return true
	}
	// "Name / AP / DPA": a short line made of slash-separated credits
	return strings.Contains(l, "/") && wordCount(l) <= 10 && agencyTailRE.MatchString(l) && !endsSentence(l)
}

// creditStart tells whether l begins as a match of creditRE may: with ©,
// "(" or the first letter, in either case, of one of its words. Credits are
// looked for on every line of a text, and news lines mostly begin
// otherwise: the test spares the regexp most of them.
func creditStart(l string) bool {
	if l == "" {
		return false
	}
	switch c := l[0]; c {
	case '(', 0xC2: // 0xC2 begins ©
		return true
	default:
		switch c | 0x20 { // lower case, for ASCII letters
		case 'b', 'c', 'f', 'i', 'p', 'q':
			return true
		}
	}
	return false
}

// captionLike: a line that describes a picture rather than starts a story.
func captionLike(l string) bool {
	return wordCount(l) >= 3 && wordCount(l) <= 60
}

// bylineIn extracts an author from a byline such as "By Jane Doe and John
// Roe, Reuters" or "Von Sven Hauberg | 27.02.2024".
func bylineIn(l string) string {
	l = strings.TrimSpace(l)
	if m := bylinePrefixRE.FindStringSubmatch(l); m != nil {
		l = m[1]
	}
	for _, sep := range []string{"|", "·", "•", " - ", " – ", ","} {
		if i := strings.Index(l, sep); i > 0 {
			l = l[:i]
		}
	}
	l = strings.TrimSpace(strings.Trim(strings.TrimSpace(l), ",;:-–"))
	if !nameShaped(strings.NewReplacer(" and ", " ", " und ", " ", " & ", " ").Replace(l)) {
		return ""
	}
	return l
}

// nameShaped: two to eight capitalised words (with name particles) and
// nothing else, such as a byline "Sven Hauberg" or "Anna Maria von Berg".
func nameShaped(l string) bool {
	words := strings.Fields(l)
	if len(words) < 2 || len(words) > 8 || utf8.RuneCountInString(l) > 60 {
		return false
	}
	upper := 0
	for _, w := range words {
		if !nameWordRE.MatchString(w) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2
}

func endsSentence(l string) bool {
	l = strings.TrimRight(l, "\"'”“»«’) ")
	r, _ := utf8.DecodeLastRuneInString(l)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// moreWordsThan tells whether s has more than n space-separated words, as
// strings.Fields counts them, reading no further than the (n+1)-th word.
func moreWordsThan(s string, n int) bool {
	words, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			in = true
			if words++; words > n {
				return true
			}
		}
	}
	return false
}
