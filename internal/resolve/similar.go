package resolve

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/text"
)

// Similar lists stored entities one of whose names is a likely
// misspelling of name ("Lavorv", "Nordkroea"), closest first, as
// "Sergey Lavrov (Q58217)".
func Similar(ctx context.Context, s Store, name string, n int) []string {
	folded := text.Fold(name)
	if utf8.RuneCountInString(folded) < 3 {
		return nil
	}
	type hit struct {
		label string
		d     int
	}
	var hits []hit
	for e, err := range s.Entities(ctx, dossier.Filter{}) {
		if err != nil {
			return nil
		}
		best := -1
		for _, nm := range append([]string{e.Name}, e.Aliases...) {
			f := text.Fold(nm)
			d := EditDistance(folded, f)
			// a misspelt surname also counts: "Lavorv" for "Sergey Lavrov"
			if i := strings.LastIndexByte(f, ' '); i >= 0 {
				d = min(d, EditDistance(folded, f[i+1:]))
			}
			if d <= max(1, utf8.RuneCountInString(folded)/4) && (best < 0 || d < best) {
				best = d
			}
		}
		if best >= 0 {
			hits = append(hits, hit{fmt.Sprintf("%s (%s)", e.Name, e.ID), best})
		}
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return cmp.Or(cmp.Compare(a.d, b.d), cmp.Compare(a.label, b.label)) })
	var out []string
	for _, h := range hits[:min(n, len(hits))] {
		out = append(out, h.label)
	}
	return out
}

// EditDistance is the optimal-string-alignment distance between a and b, in
// runes: Levenshtein's, with a swap of two neighbours ("Lavorv") as one edit.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}
