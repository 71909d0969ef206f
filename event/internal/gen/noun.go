package main

import (
	"bufio"
	"io"
	"sort"
	"strings"

	"github.com/dossier-news/dossier/event/internal/cameo"
)

// Words counts the lemmas of a treebank by part of speech.
type Words struct {
	Noun, Verb map[string]int
	Pattern    map[string]bool // words of the verb dictionary's object patterns and synsets
}

// ParseTreebank reads the NOUN and VERB lemmas of a CoNLL-U file.
func ParseTreebank(r io.Reader) (Words, error) {
	w := Words{Noun: map[string]int{}, Verb: map[string]int{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.SplitN(line, "\t", 5)
		if len(f) < 5 {
			continue
		}
		lemma := strings.ToLower(f[2])
		switch f[3] {
		case "NOUN":
			w.Noun[lemma]++
		case "VERB":
			w.Verb[lemma]++
		}
	}
	return w, sc.Err()
}

// PatternWords collects the words of the dictionary's synsets and of the
// object and prepositional patterns after its verbs: nouns of the domain
// ("deportation", "blockade") a general treebank rarely has.
func PatternWords(d *Dictionary) map[string]bool {
	out := map[string]bool{}
	addPhrase := func(p string) {
		for _, w := range strings.Fields(p) {
			if cameo.IsWord(w) {
				out[cameo.Singular(w)] = true
			}
		}
	}
	for _, members := range d.Synsets {
		for _, m := range members {
			addPhrase(m)
		}
	}
	for _, b := range d.Blocks {
		for _, p := range b.Patterns {
			for _, tok := range p.Post {
				addPhrase(cameo.Phrase(strings.Trim(tok, "{}()")))
			}
		}
	}
	return out
}

// ParseAgentCues reads the agent and source nouns of cues_en.tsv: nouns
// that name who acts ("forces", "spokesman"), never what is done.
func ParseAgentCues(r io.Reader) (map[string]bool, error) {
	out := map[string]bool{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) >= 2 && (f[0] == "agent" || f[0] == "source") {
			out[strings.ToLower(strings.TrimSpace(f[1]))] = true
		}
	}
	return out, sc.Err()
}

// Noun is a generated noun trigger: a nominalisation of a dictionary verb.
type Noun struct {
	Lemma, Verb, Type, Mode, Code, Flags string
}

// minNoun and minVerb are how often a noun (the verb's own form) and its
// verb must occur in the treebank to be evidence of the pair.
const (
	minNoun = 2
	minVerb = 2
)

// Nominalisations derives noun triggers from the verbs' default rows: its
// -ion, -ation, -ment, -al, -ance, -ure and -ing nouns ("invasion",
// "accusation", "deployment", "refusal", "assistance", "seizure",
// "shelling"), each kept only when the treebank uses it as a noun and the
// verb as a verb. Not derived: verbs whose default is a guess (tgt) or
// reversed, generic material cooperation (COOPERATE: "issue", "head",
// "fund" name things more often than acts), and nouns that name an agent
// ("force", "spokesman"). A generated noun (flag tgt) needs an actor and a
// target to make an event, even as the object of a light verb ("made a
// signal" is no event without whom it is aimed at).
func Nominalisations(rows []Row, w Words, agents map[string]bool) []Noun {
	seen := map[string]bool{}
	var out []Noun
	for _, r := range rows {
		if r.Cond != "" || r.Type == "-" || r.Type == "COOPERATE" || r.Type == "SUPPORT" || r.Flags != "" || strings.Contains(r.Lemma, " ") {
			continue
		}
		if w.Verb[r.Lemma] < minVerb {
			continue
		}
		for i, n := range derive(r.Lemma) {
			// the verb's own form as a noun names a thing as often as an
			// act ("a target", "the back"): left to the curated rows
			if i == 0 {
				continue
			}
			// an -ing form is a noun only where the treebank says so; a
			// suffixed form is one wherever it is a word (the treebank's
			// nouns, or the nouns of the dictionary's patterns)
			ing := strings.HasSuffix(n, "ing")
			if seen[n] || agents[n] || agents[cameo.Singular(n)] ||
				ing && w.Noun[n] < minNoun || !ing && w.Noun[n] == 0 && !w.Pattern[n] {
				continue
			}
			seen[n] = true
			out = append(out, Noun{Lemma: n, Verb: r.Lemma, Type: r.Type, Mode: r.Mode, Code: r.Code, Flags: "light,tgt"})
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Lemma < out[b].Lemma })
	return out
}

// derive lists the nouns English morphology may make of a verb; the
// treebank decides which exist.
func derive(v string) []string {
	out := []string{v}
	n := len(v)
	last := v[n-1]
	stem := v // the verb without a final e
	if last == 'e' {
		stem = v[:n-1]
	}
	if len(stem) < 3 {
		return out
	}
	switch {
	case strings.HasSuffix(v, "ate"):
		out = append(out, stem+"ion") // negotiate → negotiation
	case strings.HasSuffix(v, "de"):
		out = append(out, v[:n-2]+"sion") // invade → invasion
	case last == 't':
		out = append(out, v+"ion", v+"ation") // protect → protection, deport → deportation
	case strings.HasSuffix(v, "ify"):
		out = append(out, v[:n-1]+"ication")
	default:
		out = append(out, stem+"ation") // accuse → accusation, condemn → condemnation
	}
	out = append(out, v+"ment") // deploy → deployment
	switch {
	case last == 'e' && n >= 5:
		out = append(out, stem+"al", stem+"ure") // refuse → refusal, seize → seizure
	case last == 'y':
		out = append(out, v[:n-1]+"ial") // deny → denial
	case last == 'w':
		out = append(out, v+"al") // withdraw → withdrawal
	}
	if last != 'e' && last != 'y' {
		out = append(out, v+"ance") // assist → assistance
	}
	// -ing nouns: shelling, fighting, bombing; doubled consonants: shopping
	ing := stem + "ing"
	if last == 'e' && strings.HasSuffix(v, "ee") {
		ing = v + "ing"
	}
	out = append(out, ing)
	if c := v[n-1]; n >= 3 && !isVowel(c) && isVowel(v[n-2]) && !isVowel(v[n-3]) && c != 'w' && c != 'x' && c != 'y' {
		out = append(out, v+string(c)+"ing")
	}
	return out
}

func isVowel(c byte) bool {
	return strings.IndexByte("aeiou", c) >= 0
}
