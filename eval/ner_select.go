package eval

import (
	"fmt"
	"strconv"
	"strings"
)

// ReadNERSpec reads a gold NER file named by a spec: a path, optionally
// followed by a selection of sentences by index modulo n, so that one file can
// be split into parts for training, tuning and held-out scoring:
//
//	PATH            every sentence
//	PATH[k,j/n]     sentences whose 0-based index i has i%n == k or j
//	PATH[^k,j/n]    the other sentences
//
// It returns the sentences and the file's format.
func ReadNERSpec(spec string) ([]NERSentence, string, error) {
	path, sel, err := parseSpec(spec)
	if err != nil {
		return nil, "", err
	}
	sents, format, err := ReadNERFile(path)
	if err != nil {
		return nil, format, err
	}
	if sel == nil {
		return sents, format, nil
	}
	out := sents[:0:0]
	for i, s := range sents {
		if sel(i) {
			out = append(out, s)
		}
	}
	return out, format, nil
}

func parseSpec(spec string) (string, func(int) bool, error) {
	if !strings.HasSuffix(spec, "]") {
		return spec, nil, nil
	}
	open := strings.LastIndexByte(spec, '[')
	if open < 0 {
		return spec, nil, nil
	}
	path, sel := spec[:open], spec[open+1:len(spec)-1]
	neg := strings.HasPrefix(sel, "^")
	sel = strings.TrimPrefix(sel, "^")
	ks, ns, ok := strings.Cut(sel, "/")
	if !ok {
		return "", nil, fmt.Errorf("sentence selection %q: want [k/n] or [^k/n]", spec)
	}
	n, err := strconv.Atoi(ns)
	if err != nil || n <= 0 {
		return "", nil, fmt.Errorf("sentence selection %q: bad modulus", spec)
	}
	want := map[int]bool{}
	for _, k := range strings.Split(ks, ",") {
		v, err := strconv.Atoi(k)
		if err != nil || v < 0 || v >= n {
			return "", nil, fmt.Errorf("sentence selection %q: bad residue %q", spec, k)
		}
		want[v] = true
	}
	return path, func(i int) bool { return want[i%n] != neg }, nil
}
