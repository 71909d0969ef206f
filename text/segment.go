package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
)

// Paragraphs splits text into paragraphs. Blank lines always separate
// paragraphs. Inside a block, a single line break separates paragraphs too
// (news text puts headlines, captions and paragraphs on lines of their own),
// unless the block is hard-wrapped prose, which reads as one paragraph.
func Paragraphs(s string) []dossier.Span {
	var out []dossier.Span
	for _, block := range blocks(s) {
		lines := lineSpans(s, block)
		if wrapped(s, lines) {
			// Typed paragraphs inside a wrapped block start indented.
			start := lines[0].Start
			for i := 1; i < len(lines); i++ {
				if indented(s[lines[i].Start:lines[i].End]) && endsWithStop(s[lines[i-1].Start:lines[i-1].End]) {
					out = append(out, trimSpan(s, dossier.Span{Start: start, End: lines[i-1].End}))
					start = lines[i].Start
				}
			}
			out = append(out, trimSpan(s, dossier.Span{Start: start, End: lines[len(lines)-1].End}))
			continue
		}
		for _, l := range lines {
			if l = trimSpan(s, l); l.Len() > 0 {
				out = append(out, l)
			}
		}
	}
	return out
}

// blocks returns the spans of text between blank lines.
func blocks(s string) []dossier.Span {
	var out []dossier.Span
	start := -1
	lineStart := 0
	for lineStart <= len(s) {
		end := strings.IndexByte(s[lineStart:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += lineStart
		}
		blank := strings.TrimSpace(s[lineStart:end]) == ""
		switch {
		case blank && start >= 0:
			out = append(out, dossier.Span{Start: start, End: lineStart})
			start = -1
		case !blank && start < 0:
			start = lineStart
		}
		lineStart = end + 1
	}
	if start >= 0 {
		out = append(out, dossier.Span{Start: start, End: len(s)})
	}
	return out
}

func lineSpans(s string, block dossier.Span) []dossier.Span {
	var out []dossier.Span
	i := block.Start
	for i < block.End {
		j := strings.IndexByte(s[i:block.End], '\n')
		if j < 0 {
			j = block.End
		} else {
			j += i
		}
		if strings.TrimSpace(s[i:j]) != "" {
			out = append(out, dossier.Span{Start: i, End: j})
		}
		i = j + 1
	}
	return out
}

// wrapped reports whether a block of several lines is hard-wrapped prose:
// most lines are long and of similar length, and lines that end without a
// sentence end run on into a line that continues the sentence.
func wrapped(s string, lines []dossier.Span) bool {
	if len(lines) < 2 {
		return false
	}
	longest := 0
	for _, l := range lines {
		if n := utf8.RuneCountInString(strings.TrimSpace(s[l.Start:l.End])); n > longest {
			longest = n
		}
	}
	if longest > 100 {
		return false // a line that long was not wrapped by a typewriter
	}
	long, runOn := 0, 0
	for i, l := range lines {
		line := strings.TrimSpace(s[l.Start:l.End])
		if utf8.RuneCountInString(line)*10 >= longest*6 {
			long++
		}
		if i+1 < len(lines) {
			last, _ := utf8.DecodeLastRuneInString(line)
			next, _ := utf8.DecodeRuneInString(strings.TrimSpace(s[lines[i+1].Start:lines[i+1].End]))
			if !strings.ContainsRune(".!?:\"”“»«", last) && (unicode.IsLower(next) || unicode.IsDigit(next)) {
				runOn++
			}
		}
	}
	// short lines end typed paragraphs of wire copy ("days.", "26."), so
	// sentences that run on over several line ends are evidence enough
	// when half the lines are long
	return long*4 >= len(lines)*3 && (runOn > 0 || len(lines) > 3) || runOn >= 2 && long*2 >= len(lines)
}

func indented(line string) bool {
	return strings.HasPrefix(line, "\t") || strings.HasPrefix(line, "  ")
}

func endsWithStop(line string) bool {
	line = strings.TrimRight(line, " \t\"'”’»«")
	return strings.HasSuffix(line, ".") || strings.HasSuffix(line, "!") || strings.HasSuffix(line, "?") || strings.HasSuffix(line, ":")
}

func trimSpan(s string, sp dossier.Span) dossier.Span {
	for sp.Start < sp.End {
		r, n := utf8.DecodeRuneInString(s[sp.Start:])
		if !unicode.IsSpace(r) {
			break
		}
		sp.Start += n
	}
	for sp.End > sp.Start {
		r, n := utf8.DecodeLastRuneInString(s[:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.End -= n
	}
	return sp
}

// Segment splits every paragraph into sentences with tokens. Paragraph
// boundaries are always sentence boundaries.
//
// The tokens of all paragraphs share one array, sized from the length of
// the whole text: one allocation a document instead of one a paragraph
// (news wires have many short ones), and one estimate's slack instead of
// each paragraph's. Every sentence's Tokens has its own capacity, so an
// append to one cannot overwrite the next.
func Segment(s string, paras []dossier.Paragraph) []dossier.Sentence {
	size := 0
	for _, p := range paras {
		size += p.Len()
	}
	toks := make([]dossier.Token, 0, size/5+1)
	var stack [64]int
	ends := stack[:0] // where each paragraph's tokens end
	for _, p := range paras {
		toks = appendTokens(toks, len(toks), s, p.Span, p.Lang)
		ends = append(ends, len(toks))
	}
	// The sentences' token ranges (over toks) are found first, so that the
	// sentences, whose tokens and language are pointers, are allocated
	// once at their number: growing them by appends copied each with
	// write barriers while the collector ran.
	var rangeStack [256][2]int
	ranges := rangeStack[:0]
	start := 0
	for pi, p := range paras {
		n := len(ranges)
		ranges = sentenceRanges(ranges, toks[start:ends[pi]], p.Lang)
		for i := n; i < len(ranges); i++ {
			ranges[i][0] += start
			ranges[i][1] += start
		}
		start = ends[pi]
	}
	if len(ranges) == 0 {
		return nil
	}
	out := make([]dossier.Sentence, len(ranges))
	pi := 0
	for i, r := range ranges {
		for r[0] >= ends[pi] {
			pi++ // sentences never cross a paragraph
		}
		ts := toks[r[0]:r[1]:r[1]]
		out[i] = dossier.Sentence{
			Span:   dossier.Span{Start: ts[0].Start, End: ts[len(ts)-1].End},
			Lang:   paras[pi].Lang,
			Tokens: ts,
		}
	}
	return out
}

// sentenceRanges appends to out the [start, end) token index ranges of the
// sentences.
func sentenceRanges(out [][2]int, toks []dossier.Token, lang string) [][2]int {
	start := 0
	for i := 0; i < len(toks); i++ {
		if !endsSentence(toks, i, lang) {
			continue
		}
		end := i + 1
		for end < len(toks) && closes(toks, end) {
			end++
		}
		if end < len(toks) && !startsSentence(toks[end].Text) {
			continue
		}
		out = append(out, [2]int{start, end})
		start = end
		i = end - 1
	}
	if start < len(toks) {
		out = append(out, [2]int{start, len(toks)})
	}
	return out
}

func endsSentence(toks []dossier.Token, i int, lang string) bool {
	t := toks[i].Text
	switch t {
	case ".", "!", "?", "…", "...", "?!", "!?", "!!", "??":
		return true
	}
	if strings.HasSuffix(t, ".") && len(t) > 1 {
		// An abbreviation that may also end a sentence ("etc.", "Inc.")
		// does so when a capitalised word follows that is not a name
		// continuing the phrase; a plain title ("Dr.") never does.
		if i+1 >= len(toks) {
			return false
		}
		if strings.Contains(t[:len(t)-1], ".") && opensSentence(lang, toks[i+1].Text) {
			// a dotted abbreviation ("U.S.") ends a sentence when the
			// next word is one that only starts one ("in the U.S. He said")
			return true
		}
		return finalAbbrev(lang, strings.ToLower(t[:len(t)-1])) && startsSentence(toks[i+1].Text)
	}
	return false
}

// closes reports whether toks[i] is a closing quote or bracket that belongs to
// the sentence before it.
func closes(toks []dossier.Token, i int) bool {
	t := toks[i].Text
	switch t {
	case ")", "]", "»", "«", "”", "’", "›":
		return true
	case "\"", "'", "“":
		// closing when glued to what precedes it
		return toks[i-1].End == toks[i].Start
	}
	return false
}

func startsSentence(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.IsTitle(r) ||
		strings.ContainsRune("\"'„“”«»‚‘(–—-[", r)
}

// Tokenize splits the span sp of s into tokens: words (with inner hyphens,
// apostrophes and dotted abbreviations), numbers (with inner separators:
// "10.000", "3,5", "27.7."), URLs, and single punctuation marks.
func Tokenize(s string, sp dossier.Span, lang string) []dossier.Token {
	return appendTokens(make([]dossier.Token, 0, sp.Len()/5+1), 0, s, sp, lang)
}

// appendTokens appends the tokens of span sp to toks, whose tokens from
// index first on are those of the same paragraph (attachDot looks back at
// them).
func appendTokens(toks []dossier.Token, first int, s string, sp dossier.Span, lang string) []dossier.Token {
	i := sp.Start
	for i < sp.End {
		r, n := utf8.DecodeRuneInString(s[i:sp.End])
		switch {
		case unicode.IsSpace(r):
			i += n
			continue
		case isWordRune(r):
			end := scanWord(s, i, sp.End)
			if isURLStart(s[i:sp.End]) {
				end = scanURL(s, i, sp.End)
				toks = appendToken(toks, s, i, end)
				i = end
				continue
			}
			end = attachDot(s, i, end, sp.End, lang, toks[first:])
			toks = appendWord(toks, s, i, end, lang)
			i = end
		default:
			end := i + n
			if r == '.' || r == '!' || r == '?' {
				// runs such as "...", "?!" are one token
				for end < sp.End && strings.IndexByte(".!?", s[end]) >= 0 {
					end++
				}
			}
			toks = appendToken(toks, s, i, end)
			i = end
		}
	}
	return toks
}

func appendToken(toks []dossier.Token, s string, start, end int) []dossier.Token {
	return append(toks, dossier.Token{Span: dossier.Span{Start: start, End: end}, Text: s[start:end]})
}

// appendWord adds a word, splitting English clitics ("Korea's" → "Korea"
// "'s", "don't" → "do" "n't") the way the English treebanks do.
func appendWord(toks []dossier.Token, s string, start, end int, lang string) []dossier.Token {
	if lang != "de" {
		if n := clitic(s[start:end]); n > 0 {
			toks = appendToken(toks, s, start, end-n)
			return appendToken(toks, s, end-n, end)
		}
	}
	return appendToken(toks, s, start, end)
}

// clitic returns the length in bytes of the clitic that ends w ('s, ’s,
// n't, n’t, either case of s, n and t), or 0. A clitic is split off only
// what is left is a word: a letter before 's, two before n't. Every clitic
// ends in an apostrophe and s or t, so most words are answered by their
// last two bytes.
func clitic(w string) int {
	n := len(w)
	if n < 3 {
		return 0
	}
	switch w[n-1] | 0x20 {
	case 's':
		if w[n-2] == '\'' {
			return 2
		}
		if n > 4 && w[n-4:n-1] == "’" {
			return 4
		}
	case 't':
		if n > 4 && w[n-2] == '\'' && w[n-3]|0x20 == 'n' {
			return 3
		}
		if n > 6 && w[n-4:n-1] == "’" && w[n-5]|0x20 == 'n' {
			return 5
		}
	}
	return 0
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiWord answers isWordRune for ASCII, where a letter or digit is one of
// A-Z, a-z, 0-9 and no character is a mark: most characters of the news
// take this path, without the Unicode tables' range searches.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// scanWord returns the end of the word that starts at i: a run of letters,
// digits and marks joined by inner hyphens, apostrophes, "&", and by dots,
// commas or slashes between digits.
func scanWord(s string, i, limit int) int {
	end := i
	for end < limit {
		if c := s[end]; c < utf8.RuneSelf && asciiWord[c] {
			end++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[end:limit])
		if isWordRune(r) {
			end += n
			continue
		}
		next, nn := rune(0), 0
		if end+n < limit {
			next, nn = utf8.DecodeRuneInString(s[end+n : limit])
		}
		_ = nn
		prev, _ := utf8.DecodeLastRuneInString(s[i:end])
		switch {
		case (r == '-' || r == '‑') && isWordRune(next):
			end += n
		case (r == '-' || r == '‑') && trailingHyphen(s[end+n:limit]):
			// "Nord- und Südkorea": the hyphen belongs to the word
			return end + n
		case (r == '\'' || r == '’') && unicode.IsLetter(prev) && unicode.IsLetter(next):
			end += n
		case r == '&' && unicode.IsUpper(prev) && unicode.IsUpper(next):
			end += n
		case (r == '.' || r == ',' || r == '/' || r == ':') && unicode.IsDigit(prev) && unicode.IsDigit(next):
			end += n
		case r == '.' && unicode.IsLetter(prev) && unicode.IsLetter(next) && dottedAbbrev(s[i:end]) && followedByDot(s[end+n:limit]):
			// "U.S.", "z.B.", "e.g."
			end += n
		default:
			return end
		}
	}
	return end
}

// dottedAbbrev reports whether w (the part scanned so far) is made of
// one- or two-letter pieces joined by dots.
func dottedAbbrev(w string) bool {
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) > 2 || part == "" {
			return false
		}
	}
	return true
}

// followedByDot reports whether s starts with a short letter run and a dot,
// completing a dotted abbreviation.
func followedByDot(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) && n < 2:
			n++
		case r == '.' && n > 0:
			return true
		default:
			return false
		}
	}
	return false
}

func trailingHyphen(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, conj := range []string{"und ", "oder ", "bis ", "sowie ", "and ", "or ", "to ", ", "} {
		if strings.HasPrefix(rest, conj) {
			return true
		}
	}
	return false
}

func isURLStart(s string) bool {
	if s[0] != 'h' && s[0] != 'w' {
		return false // most words: no prefix to compare
	}
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")
}

func scanURL(s string, i, limit int) int {
	end := i
	for end < limit {
		r, n := utf8.DecodeRuneInString(s[end:limit])
		if unicode.IsSpace(r) || strings.ContainsRune("\"<>„“”«»", r) {
			break
		}
		end += n
	}
	for end > i && strings.IndexByte(".,;:!?)]'", s[end-1]) >= 0 {
		end--
	}
	return end
}

// attachDot decides whether a dot right after the word [start,end) is part
// of it: abbreviations, initials, ordinals ("31. Juli") and day-month dates
// ("27.7.") keep their dot; a dot that ends a sentence does not.
func attachDot(s string, start, end, limit int, lang string, prev []dossier.Token) int {
	if end >= limit || s[end] != '.' || (end+1 < limit && s[end+1] == '.') {
		return end
	}
	w := s[start:end]
	after := strings.TrimLeft(s[end+1:limit], " \t\n")
	nextWord := leadingWord(after)
	lower := strings.ToLower(w)
	first, _ := utf8.DecodeRuneInString(w)
	switch {
	case strings.Contains(w, ".") && !isDigits(strings.ReplaceAll(w, ".", "")):
		return end + 1 // dotted abbreviation: U.S., z.B.
	case isAbbrev(lang, lower):
		return end + 1
	case numberAbbrevs[lower] && nextWord != "" && isDigits(nextWord[:1]):
		return end + 1
	case utf8.RuneCountInString(w) == 1 && unicode.IsUpper(first) && nextWord != "" && isCapitalised(nextWord):
		return end + 1 // initial: "John F. Kennedy"
	case isDigits(w):
		if ordinalDot(w, nextWord, lang, prev) {
			return end + 1
		}
	case isDayMonth(w):
		return end + 1 // "27.7."
	}
	return end
}

// ordinalDot reports whether the dot after the number w makes it an ordinal:
// before a month name or a lower-case word, and in German after an article
// or preposition ("am 3. Oktober", "im 19. Jahrhundert", "der 2. Weltkrieg").
func ordinalDot(w, next, lang string, prev []dossier.Token) bool {
	if next == "" || len(w) > 3 {
		return false
	}
	if isMonth(strings.ToLower(next)) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) {
		return true
	}
	if lang == "de" && len(prev) > 0 && germanOrdinalCue[strings.ToLower(prev[len(prev)-1].Text)] {
		return true
	}
	return false
}

func leadingWord(s string) string {
	end := 0
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if !isWordRune(r) {
			break
		}
		end += n
	}
	return s[:end]
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// isDayMonth matches "27.7" and "1.12" (the final dot is checked by the caller).
func isDayMonth(w string) bool {
	d, m, ok := strings.Cut(w, ".")
	return ok && isDigits(d) && isDigits(m) && len(d) <= 2 && len(m) <= 2
}
