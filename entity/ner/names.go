package ner

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

// ReadNameList reads a list of person names, one a line: the name, a tab,
// and its kind, "first" or "last" (further tab-separated columns, such as the
// locale it came from, are ignored; lines starting with '#' are comments).
// fn is called per name with its class: GazListFirst, GazListLast, GazListName
// (a part of a person's name, either) or GazListOrg (a word of an
// organisation's name). Names of fewer than two
// letters, not capitalised or not in Latin script are skipped: the lexicon
// folds case, and a lower-case entry would match common words.
func ReadNameList(r io.Reader, fn func(name, class string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || text[0] == '#' {
			continue
		}
		name, rest, ok := strings.Cut(text, "\t")
		if !ok {
			return fmt.Errorf("name list line %d: no tab", line)
		}
		kind, _, _ := strings.Cut(rest, "\t")
		var class string
		switch kind {
		case "first":
			class = GazListFirst
		case "last":
			class = GazListLast
		case "name":
			class = GazListName
		case "org":
			class = GazListOrg
		default:
			return fmt.Errorf("name list line %d: kind %q, want first or last", line, kind)
		}
		name = strings.TrimSpace(name)
		if !utf8.ValidString(name) || utf8.RuneCountInString(name) < 2 || !startsUpperLatin(name) {
			continue
		}
		fn(name, class)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read name list: %w", err)
	}
	return nil
}

// AddNameList adds the names of a name list file (ReadNameList) to the
// lexicon, with classes of their own: a list's first names are not the
// knowledge base's (GazFirst), and the weights learn how far each is
// trusted. counts is updated per class.
func AddNameList(ctx context.Context, l *Lexicon, counts map[string]int, path string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read name list: %w", err)
	}
	defer f.Close()
	err = ReadNameList(f, func(name, class string) {
		toks := SplitName(name)
		if len(toks) == 0 {
			return
		}
		l.Add(toks, class)
		counts[class]++
	})
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
