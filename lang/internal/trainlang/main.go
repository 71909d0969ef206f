// Command trainlang trains the language identification model embedded in
// package lang from the sentences of Universal Dependencies treebanks.
//
//	go run ./lang/internal/trainlang -shared ../shared -out lang/model.bin.gz
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
	flag.Parse()
	if err := run(*shared, *out, strings.Split(*langs, ","), *minCount); err != nil {
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
