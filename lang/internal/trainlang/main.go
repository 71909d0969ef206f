// Command trainlang trains the language identification models embedded in
// package lang: the detector's, from the sentences of Universal Dependencies
// treebanks, and the screening model's, from ranked word lists (one word a
// line, most frequent first, in files named LANG.txt).
//
//	go run ./lang/internal/trainlang -shared ../shared -out lang/model.bin.gz
//	go run ./lang/internal/trainlang -wordlists DIR -out lang/screen.bin.gz
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dossier-news/dossier/lang"
)

// sources lists, per language, the CoNLL-U files whose "# text" lines train
// the model. Adding a language is adding its treebank here.
var sources = map[string][]string{
	"en": {"ud-english-ewt/en_ewt-ud-train.conllu"},
	"de": {"ud-german-gsd/de_gsd-ud-dev.conllu", "ud-german-gsd/de_gsd-ud-test.conllu"},
}

func main() {
	shared := flag.String("shared", filepath.Join("..", "shared"), "shared folder with data/")
	out := flag.String("out", filepath.Join("lang", "model.bin.gz"), "model file to write")
	langs := flag.String("langs", "en,de", "languages, comma-separated")
	minCount := flag.Int("min-count", 2, "drop n-grams seen fewer times in every language")
	wordlists := flag.String("wordlists", "", "train the screening model from the ranked word lists DIR/LANG.txt instead")
	flag.Parse()
	var err error
	if *wordlists != "" {
		err = runWordLists(*wordlists, *out, *minCount)
	} else {
		err = run(*shared, *out, strings.Split(*langs, ","), *minCount)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "trainlang:", err)
		os.Exit(1)
	}
}

func run(shared, out string, langs []string, minCount int) error {
	texts := map[string][]string{}
	for _, l := range langs {
		for _, f := range sources[l] {
			ss, err := readTexts(filepath.Join(shared, "data", f))
			if err != nil {
				return err
			}
			texts[l] = append(texts[l], ss...)
		}
		fmt.Printf("%s: %d sentences\n", l, len(texts[l]))
	}
	m, err := lang.Train(texts, langs, lang.TrainConfig{MinCount: minCount})
	if err != nil {
		return err
	}
	return write(m, out)
}

func write(m *lang.Model, out string) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	n, err := m.WriteTo(f)
	if err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", out, err)
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d n-grams, %d bytes\n", out, len(m.Grams), n)
	return nil
}

func readTexts(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	for sc.Scan() {
		if t, ok := strings.CutPrefix(sc.Text(), "# text = "); ok {
			out = append(out, t)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

// markup is what the word lists' source (Wikipedia dumps) left among its
// most frequent words in every language; it says nothing of a language.
var markup = map[string]bool{"doc": true, "id": true, "title": true, "url": true, "curid": true,
	"https": true, "http": true, "org": true, "wiki": true, "wikipedia": true, "www": true}

// runWordLists trains a model from ranked word lists. A word of rank r
// counts as if seen about zipfScale/(r+10) times, Zipf's law standing in
// for the running text the lists were counted from; every word counts at
// least once.
func runWordLists(dir, out string, minCount int) error {
	const zipfScale = 5000
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no word lists (LANG.txt) in %s", dir)
	}
	texts := map[string][]string{}
	var langs []string
	for _, f := range files {
		l := strings.TrimSuffix(filepath.Base(f), ".txt")
		words, err := readLines(f)
		if err != nil {
			return err
		}
		rank := 0
		for _, w := range words {
			if w == "" || markup[w] {
				continue
			}
			rank++
			for range max(1, zipfScale/(rank+10)) {
				texts[l] = append(texts[l], w)
			}
		}
		langs = append(langs, l)
		fmt.Printf("%s: %d words, %d tokens\n", l, rank, len(texts[l]))
	}
	m, err := lang.Train(texts, langs, lang.TrainConfig{MinCount: minCount})
	if err != nil {
		return err
	}
	return write(m, out)
}

func readLines(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return strings.Split(strings.TrimSpace(string(b)), "\n"), nil
}
