package ner

import (
	"bytes"
	"context"
	"maps"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/eval"
	"github.com/dossier-news/dossier/kb"
	"github.com/dossier-news/dossier/tag"
)

// Sentences written for these tests (not taken from any data set), with the
// entities a reader would mark.
var floorSentences = map[string][]string{
	"en": {
		"[PER Angela Merkel] met [PER Emmanuel Macron] in [LOC Paris] on Tuesday .",
		"The [ORG United Nations] said the talks in [LOC Geneva] would resume next week .",
		"[LOC North Korea] fired two missiles into the sea , [LOC South Korea] 's military said .",
		"[PER Vladimir Putin] told reporters in [LOC Moscow] that sanctions had failed .",
		"Shares of [ORG Microsoft] rose 3 percent after the company reported higher profits .",
		"[PER John Smith] , a spokesman for the [ORG Pentagon] , declined to comment .",
		"The [ORG European Union] and [LOC China] agreed to expand trade .",
		"[PER Kim Jong Un] visited a factory in [LOC Pyongyang] , state media reported .",
		"Police in [LOC Chicago] arrested three men on Friday .",
		"The [ORG World Health Organization] warned of a new outbreak in [LOC Brazil] .",
		"[PER Antony Blinken] flew to [LOC Kyiv] to meet [PER Volodymyr Zelensky] .",
		"[ORG NATO] ministers will meet in [LOC Brussels] in June .",
		"The [MISC German] government rejected the proposal .",
		"[PER Maria Lopez] won the race in [LOC Madrid] .",
		"[ORG Reuters] reported that [ORG Toyota] would close two plants in [LOC Japan] .",
	},
	"de": {
		"[PER Angela Merkel] traf [PER Emmanuel Macron] in [LOC Paris] .",
		"Die [ORG Vereinten Nationen] forderten eine Waffenruhe in [LOC Syrien] .",
		"[LOC Nordkorea] hat erneut zwei Raketen abgefeuert , teilte das Militär in [LOC Seoul] mit .",
		"Der [LOCderiv russische] Präsident [PER Wladimir Putin] sprach in [LOC Moskau] .",
		"Die [ORG Deutsche Bahn] erhöht im Dezember die Preise .",
		"[PER Olaf Scholz] reiste am Montag nach [LOC Washington] .",
		"Die [ORG Europäische Union] verhängte neue Sanktionen gegen [LOC Russland] .",
		"In [LOC Hamburg] demonstrierten am Samstag tausende Menschen .",
		"Der Vorstand von [ORG Siemens] legte neue Zahlen vor .",
		"[PER Anna Schmidt] lebt seit zehn Jahren in [LOC München] .",
		"Die [ORG NATO] will ihre Präsenz in [LOC Polen] verstärken .",
		"Nach Angaben der [ORG Polizei Berlin] wurde niemand verletzt .",
		"Der [LOCderiv französische] Außenminister besuchte [LOC Kiew] .",
		"[PER Friedrich Merz] kritisierte die Regierung scharf .",
		"Das Treffen fand in [LOC Wien] statt .",
	},
}

// parseBracketed turns "[PER Angela Merkel] met …" into tokens and IOB2 labels.
func parseBracketed(s string) eval.NERSentence {
	var out eval.NERSentence
	class, first := "", false
	for _, f := range strings.Fields(s) {
		if strings.HasPrefix(f, "[") {
			class, first = f[1:], true
			continue
		}
		end := strings.HasSuffix(f, "]") && class != ""
		f = strings.TrimSuffix(f, "]")
		label := "O"
		if class != "" {
			label = "I-" + class
			if first {
				label = "B-" + class
			}
			first = false
		}
		out.Tokens = append(out.Tokens, f)
		out.Labels = append(out.Labels, label)
		if end {
			class = ""
		}
	}
	return out
}

// TestRegressionFloor holds the shipped models to a floor on sentences written
// for the test. It is a regression test, not a measure of accuracy: the
// figures on held-out data are in MODEL.md.
func TestRegressionFloor(t *testing.T) {
	for lang, sents := range floorSentences {
		m := testModel(t, lang)
		sc := eval.NewNERScorer(eval.Identity)
		for _, s := range sents {
			g := parseBracketed(s)
			pred := m.PredictLabels(g.Tokens, nil)
			sc.AddLabels(g.Labels, pred)
			if testing.Verbose() {
				t.Logf("%s: %v", lang, m.Predict(g.Tokens))
			}
		}
		t.Logf("%s: %s", lang, sc.Summary("floor"))
		if f := sc.Total.F1(); f < 0.8 {
			t.Errorf("%s: F1 %.3f on the floor sentences, want ≥ 0.8", lang, f)
		}
	}
}

func TestPredictChunks(t *testing.T) {
	m := testModel(t, "de")
	toks := strings.Fields("Der russische Präsident Wladimir Putin sprach in Moskau .")
	got := m.Predict(toks)
	want := []struct {
		start, end int
		class, sub string
	}{{1, 2, "LOC", "deriv"}, {3, 5, "PER", ""}, {7, 8, "LOC", ""}}
	if len(got) != len(want) {
		t.Fatalf("Predict = %+v", got)
	}
	for i, w := range want {
		g := got[i]
		if g.Start != w.start || g.End != w.end || g.Class != w.class || g.Sub != w.sub {
			t.Errorf("chunk %d = %+v, want %+v", i, g, w)
		}
		if g.Score <= 0 || g.Score >= 1 {
			t.Errorf("chunk %d score %v not in (0,1)", i, g.Score)
		}
	}
	if m.Predict(nil) != nil {
		t.Error("Predict(nil) is not nil")
	}
}

func TestPredictLabelsValidIOB2(t *testing.T) {
	m := testModel(t, "en")
	inputs := [][]string{
		{"I-", "-", "'s", "U.S.", "...", "X", "x"},
		{"", " ", "\x00", "ÄÖÜ", "1.000,5", "e-mail"},
		strings.Fields("the the the New York New York New York"),
	}
	for _, in := range inputs {
		labels := m.PredictLabels(in, nil)
		if len(labels) != len(in) {
			t.Fatalf("%d labels for %d tokens", len(labels), len(in))
		}
		prev := "O"
		for _, l := range labels {
			if strings.HasPrefix(l, "I-") && (prev == "O" || prev[2:] != l[2:]) {
				t.Errorf("%v: labels %v are not IOB2", in, labels)
			}
			prev = l
		}
	}
}

func TestConcurrentPredict(t *testing.T) {
	m := testModel(t, "en")
	var sents [][]string
	for _, s := range floorSentences["en"] {
		sents = append(sents, parseBracketed(s).Tokens)
	}
	want := make([][]Chunk, len(sents))
	for i, s := range sents {
		want[i] = m.Predict(s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 20; r++ {
				for i, s := range sents {
					if got := m.Predict(s); !reflect.DeepEqual(got, want[i]) {
						errs <- strings.Join(s, " ")
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent prediction differs on %q", e)
	}
}

// tinyTraining is a small training set written for the tests.
func tinyTraining() []eval.NERSentence {
	var out []eval.NERSentence
	for _, s := range []string{
		"[PER Anna Berg] lives in [LOC Oslo] .",
		"[PER Tom Hill] works for [ORG Acme Corp] in [LOC Lima] .",
		"The [ORG Acme Corp] board met in [LOC Oslo] .",
		"[PER Anna Berg] and [PER Tom Hill] flew to [LOC Lima] .",
		"He read the [MISC Lima Gazette] every day .",
		"Nobody came .",
	} {
		out = append(out, parseBracketed(s))
	}
	return out
}

func trainTiny(t *testing.T) *Model {
	t.Helper()
	lex := NewLexicon()
	lex.AddName("Oslo", GazCity)
	lex.AddName("Anna Berg", GazPerson)
	words, err := BuildWordTable(context.Background(), [][]string{
		strings.Fields("Anna lives in Oslo and Tom lives in Lima ."),
		strings.Fields("Tom works in Oslo ."),
	}, map[string]uint8{"Oslo": posPropn}, 1, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	words.addContextEvidence([][]string{strings.Fields("He met Anna Berg in Oslo .")}, lex)
	dict, foreign := &Dictionary{m: map[uint64]uint32{}}, &Dictionary{m: map[uint64]uint32{}}
	for _, l := range []string{"board/S", "day/MS", "read", "flew"} {
		dict.add(l)
	}
	foreign.add("Lima/M")
	dict.index()
	foreign.index()
	m, epochs, err := Train(context.Background(), tinyTraining(), tinyTraining(), TrainConfig{
		Lang: "en", Iters: 5, Lexicon: lex, Words: words, Bags: 2, Info: "tiny", Prune: 0.01,
		Features: FeatGazParts | FeatPrevWord | FeatContext | FeatDict | FeatDict2, Dict: dict, Dict2: foreign,
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(epochs) != 10 || epochs[len(epochs)-1].Dev.Total.F1() < 0.9 {
		t.Fatalf("tiny model does not learn its training data: %d epochs, last dev %+v", len(epochs), epochs[len(epochs)-1].Dev.Total)
	}
	return m
}

func TestSaveLoadRoundTrip(t *testing.T) {
	m := trainTiny(t)
	if !m.SetClassBias("LOC", 0.5) || m.SetClassBias("nope", 1) {
		t.Fatal("SetClassBias: wrong report of known classes")
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	first := append([]byte(nil), buf.Bytes()...)
	m2, err := Read(bytes.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	if m2.Lang() != "en" || m2.Info() != m.Info() || !reflect.DeepEqual(m2.Classes(), m.Classes()) ||
		m2.NumFeatures() != m.NumFeatures() || m2.OPenalty() != m.OPenalty() ||
		m2.ClassBias("LOC") != 0.5 || m2.feats != m.feats || !reflect.DeepEqual(maps.Collect(m2.words.all()), maps.Collect(m.words.all())) ||
		!reflect.DeepEqual(maps.Collect(m2.dict.all()), maps.Collect(m.dict.all())) ||
		!reflect.DeepEqual(maps.Collect(m2.dict2.all()), maps.Collect(m.dict2.all())) ||
		!reflect.DeepEqual(maps.Collect(m2.lex.all()), maps.Collect(m.lex.all())) {
		t.Errorf("round trip changed the model: %q %q %v %d", m2.Lang(), m2.Info(), m2.Classes(), m2.NumFeatures())
	}
	for _, s := range append(tinyTraining(), parseBracketed("Anna Berg met Tom Hill in Oslo .")) {
		if a, b := m.Predict(s.Tokens), m2.Predict(s.Tokens); !reflect.DeepEqual(a, b) {
			t.Errorf("%v: %v before, %v after", s.Tokens, a, b)
		}
	}
	buf.Reset()
	if err := m2.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, buf.Bytes()) {
		t.Error("writing a loaded model gives different bytes")
	}
	path := filepath.Join(t.TempDir(), "m.ner.gz")
	if err := m.Save(path); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadFile(path); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(strings.NewReader("not a model")); err == nil {
		t.Error("Read accepted garbage")
	}
}

func TestTrainErrors(t *testing.T) {
	if _, _, err := Train(context.Background(), nil, nil, TrainConfig{Lang: "en"}); err == nil {
		t.Error("no error without training data")
	}
	noEnt := []eval.NERSentence{{Tokens: []string{"a"}, Labels: []string{"O"}}}
	if _, _, err := Train(context.Background(), noEnt, nil, TrainConfig{Lang: "en"}); err == nil {
		t.Error("no error without entities")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Train(ctx, tinyTraining(), nil, TrainConfig{Lang: "en"}); err == nil {
		t.Error("no error with a cancelled context")
	}
}

func TestLexicon(t *testing.T) {
	l := NewLexicon()
	l.AddName("New York City", GazCity)
	l.AddName("New York", GazRegion)
	l.AddName("Müller", GazLast)
	got := l.Lookup(strings.Fields("in NEW YORK CITY , Muller said"))
	want := []GazMatch{{1, 3, GazRegion}, {1, 4, GazCity}, {5, 6, GazLast}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Lookup = %v, want %v", got, want)
	}
	if got := l.Lookup(strings.Fields("New Yorker")); len(got) != 0 {
		t.Errorf("partial match: %v", got)
	}
}

func TestSplitName(t *testing.T) {
	tests := map[string][]string{
		"Georgia (country)":   {"Georgia"},
		"HAMID_KARZAI_":       {"HAMID", "KARZAI"},
		"Bosnia, Herzegovina": {"Bosnia", "Herzegovina"},
		"  ":                  nil,
	}
	for in, want := range tests {
		if got := SplitName(in); !reflect.DeepEqual(got, want) {
			t.Errorf("SplitName(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestSplitClass(t *testing.T) {
	tests := []struct{ in, class, sub string }{
		{"PER", "PER", ""}, {"OTH", "MISC", ""}, {"LOCderiv", "LOC", "deriv"},
		{"OTHpart", "MISC", "part"}, {"MISC", "MISC", ""}, {"part", "part", ""},
	}
	for _, tt := range tests {
		if c, s := SplitClass(tt.in); c != tt.class || s != tt.sub {
			t.Errorf("SplitClass(%q) = %q, %q", tt.in, c, s)
		}
	}
}

func TestTokenizeText(t *testing.T) {
	tests := map[string][][]string{
		`He said: "No." Then he left.`:    {{"He", "said", ":", `"`, "No", ".", `"`}, {"Then", "he", "left", "."}},
		"Die U.S.-Armee (z.B. hier) kam.": {{"Die", "U.S.-Armee", "(", "z.B.", "hier", ")", "kam", "."}},
		"„Ja“, sagte sie\nNein":           {{"„", "Ja", "“", ",", "sagte", "sie"}, {"Nein"}},
	}
	for in, want := range tests {
		if got := TokenizeText(in); !reflect.DeepEqual(got, want) {
			t.Errorf("TokenizeText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestQuantise(t *testing.T) {
	cb := makeCodebook(0.2, 50)
	for _, w := range []float32{0.2, -0.2, 0.33, 1, -2.5, 7.77, 49, -50} {
		got := cb[quantise(&cb, w)]
		if math.Abs(float64(got-w)) > 0.03*math.Abs(float64(w)) {
			t.Errorf("quantise(%v) = %v", w, got)
		}
	}
	if quantise(&cb, 0) != 0 || cb[0] != 0 {
		t.Error("zero is not code 0")
	}
}

func TestKBGazetteer(t *testing.T) {
	m := testModel(t, "de")
	if len(m.extra) == 0 {
		t.Skip("model trained without the knowledge base")
	}
	got := m.extra[0].Lookup(strings.Fields("Wladimir Putin besuchte Nordkorea ."))
	classes := map[string]bool{}
	for _, g := range got {
		classes[g.Class] = true
	}
	if !classes[GazPerson] || !classes[GazCountry] {
		t.Errorf("KB gazetteer found %v", got)
	}
}

// TestHeldOutEnglish scores the English model on UNER English-EWT test, which
// no model was trained or tuned on (web text, PER/ORG/LOC only).
func TestHeldOutEnglish(t *testing.T) {
	dir := sharedData(t)
	sents, _, err := eval.ReadNERFile(filepath.Join(dir, "uner", "en_ewt-ud-test.iob2"))
	if err != nil {
		t.Skipf("UNER test data: %v", err)
	}
	m := testModel(t, "en")
	sc := eval.NewNERScorer(eval.Restrict(eval.FourClass, "PER", "ORG", "LOC"))
	for _, s := range sents {
		sc.AddLabels(s.Labels, m.PredictLabels(s.Tokens, nil))
	}
	t.Log(sc.Summary("uner en-ewt test"))
	if f := sc.Total.F1(); f < 0.5 {
		t.Errorf("F1 %.3f on UNER EWT test, want ≥ 0.5", f)
	}
}

func FuzzTokenizeText(f *testing.F) {
	f.Add(`He said: "No." Then (z.B.) left.`)
	f.Add("„Ja“\n\n...!?")
	f.Fuzz(func(t *testing.T, s string) {
		for _, sent := range TokenizeText(s) {
			if len(sent) == 0 {
				t.Fatal("empty sentence")
			}
			for _, tok := range sent {
				if tok == "" || strings.ContainsAny(tok, " \n\t") {
					t.Fatalf("bad token %q", tok)
				}
			}
		}
	})
}

func FuzzRead(f *testing.F) {
	data, err := os.ReadFile(filepath.Join("models", "en.ner.gz"))
	if err == nil {
		f.Add(data[:min(len(data), 4096)])
	}
	f.Add([]byte("DNER"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Read(bytes.NewReader(b))
		if err != nil {
			return
		}
		m.Predict([]string{"Anna", "Berg", "lives", "in", "Oslo", "."})
	})
}

func TestBiasGroup(t *testing.T) {
	for in, want := range map[string]string{"PER": "PER", "OTH": "OTH", "LOCderiv": "deriv",
		"ORGpart": "part", "part": "part", "deriv": "deriv"} {
		if got := BiasGroup(in); got != want {
			t.Errorf("BiasGroup(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClassBiasFindsMore(t *testing.T) {
	m := trainTiny(t)
	toks := strings.Fields("Berg flew to Lima .")
	count := func() int {
		n := 0
		for _, l := range m.PredictLabels(toks, nil) {
			if l != "O" {
				n++
			}
		}
		return n
	}
	for _, c := range m.Classes() {
		m.SetClassBias(c, -100)
	}
	if n := count(); n != 0 {
		t.Errorf("a bias of -100 on every class still labels %d tokens", n)
	}
	m.SetClassBias("PER", 100)
	if n := count(); n != len(toks) {
		t.Errorf("a bias of +100 on PER labels %d of %d tokens", n, len(toks))
	}
}

func TestDropFeatures(t *testing.T) {
	ts := &trainSent{feats: []int32{1, 2, 3, 4, 5}, off: []int32{0, 2, 5}, gold: []int{0, 1}}
	rng := rand.New(rand.NewPCG(1, 2))
	var dst trainSent
	tests := []struct {
		p    float32
		want int
	}{{0, 5}, {1, 0}}
	for _, tt := range tests {
		got := dropFeatures(ts, &dst, rng, tt.p)
		if len(got.feats) != tt.want || len(got.off) != 3 || got.off[2] != int32(tt.want) {
			t.Errorf("p=%v: kept %v (off %v), want %d features", tt.p, got.feats, got.off, tt.want)
		}
	}
	kept := 0
	for range 200 {
		kept += len(dropFeatures(ts, &dst, rng, 0.5).feats)
	}
	if kept < 300 || kept > 700 {
		t.Errorf("p=0.5 kept %d of 1000 features", kept)
	}
}

func TestContextEvidence(t *testing.T) {
	lex := NewLexicon()
	lex.AddName("Anna", GazFirst)
	lex.AddName("Berg", GazLast)
	corpus := [][]string{
		strings.Fields("Gestern sagte Anna Kolb , dass die Regierung tagt ."),
		strings.Fields("Dann kam Anna Kolb und die Regierung ging ."),
		strings.Fields("Es sprach Frau Lena Berg ."),
		strings.Fields("Es sprach Frau Lena Berg ."),
	}
	words, err := BuildWordTable(context.Background(), corpus, nil, 1, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	words.addContextEvidence(corpus, lex)
	sig := func(w string, k int) uint8 {
		wi, _ := words.lookup(HashString(w))
		return wi.ctx >> (2 * k) & 3
	}
	tests := []struct {
		word string
		k    int
		want uint8
	}{
		{"Kolb", ctxAfterFirst, 3}, {"Kolb", ctxArticle, 0},
		{"Regierung", ctxArticle, 3}, {"Regierung", ctxAfterFirst, 0},
		{"Lena", ctxBeforeLast, 3}, {"Lena", ctxAfterTitle, 3},
		{"Anna", ctxBeforeLast, 0},
	}
	for _, tt := range tests {
		if got := sig(tt.word, tt.k); got != tt.want {
			t.Errorf("%s signal %d = %d, want %d", tt.word, tt.k, got, tt.want)
		}
	}
	if wi, _ := words.lookup(HashString("Gestern")); wi.ctx != 0 {
		t.Error("a sentence-initial word got context evidence")
	}
}

func TestReadRawCorpusSGM(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"ace.sgm":     "<DOC>\n<DOCID>x</DOCID>\n<TEXT>\nErster Satz hier.\n\nZweiter Satz.\n</TEXT>\n</DOC>\n",
		"reuters.sgm": "<REUTERS><TEXT><TITLE>A TITLE</TITLE><BODY>Body text here.\nReuter</BODY></TEXT></REUTERS>",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := map[string][][]string{
		"ace.sgm":     {{"Erster", "Satz", "hier", "."}, {"Zweiter", "Satz", "."}},
		"reuters.sgm": {{"A", "TITLE"}, {"Body", "text", "here", "."}},
	}
	for name, want := range tests {
		got, err := ReadRawCorpus(context.Background(), dir, []string{name})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
}

func TestTrainWithTagger(t *testing.T) {
	tg, err := tag.Load("en")
	if err != nil {
		t.Fatal(err)
	}
	m, _, err := Train(context.Background(), tinyTraining(), nil, TrainConfig{
		Lang: "en", Iters: 3, Features: FeatTagger | FeatLemma, Tagger: tg, Prune: 0.01,
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := Train(context.Background(), tinyTraining(), nil, TrainConfig{Lang: "en", Features: FeatTagger}); err == nil {
		t.Error("tagger features without a tagger: no error")
	}
	path := filepath.Join(t.TempDir(), "m.ner.gz")
	if err := m.Save(path); err != nil {
		t.Fatal(err)
	}
	m2, err := LoadFile(path) // loads the embedded tagger itself
	if err != nil {
		t.Fatal(err)
	}
	if m2.tagger == nil {
		t.Fatal("a model with tagger features loaded without the tagger")
	}
	for _, s := range tinyTraining() {
		if a, b := m.PredictLabels(s.Tokens, nil), m2.PredictLabels(s.Tokens, nil); !reflect.DeepEqual(a, b) {
			t.Errorf("%v: %v before saving, %v after", s.Tokens, a, b)
		}
	}
}

func TestAddLexiconExtras(t *testing.T) {
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	l := NewLexicon()
	counts := map[string]int{}
	if err := AddLexiconExtras(context.Background(), l, counts, "", "de", k); err != nil {
		t.Fatal(err)
	}
	if counts[GazCountry] == 0 || counts[GazPerson] == 0 || counts[GazAdjective] == 0 {
		t.Errorf("counts %v: want countries, persons and adjectives", counts)
	}
	if bits := l.single(hashFold("Frankreich")); bits&classBit(GazCountry) == 0 {
		t.Errorf("Frankreich: classes %b, want country", bits)
	}
	if err := AddLexiconExtras(context.Background(), l, counts, "", "de", nil); err != nil {
		t.Error(err)
	}
}

// TestAppendPredictWith holds the appending forms to PredictWith and
// FromKBMatches: what they append is what those return, after whatever dst
// held, sentence after sentence in reused slices.
func TestAppendPredictWith(t *testing.T) {
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	m := testModel(t, "de")
	mt := k.Matcher()
	sents := [][]string{
		{"Der", "Außenminister", "Lawrow", "traf", "in", "Genf", "seinen", "Kollegen", "aus", "Frankreich", "."},
		{"Die", "Bahn", "fährt", "morgen", "nicht", "."},
		{"Nordkoreas", "Machthaber", "Kim", "Jong", "Un", "besuchte", "Moskau", "und", "Wladiwostok", "."},
		{"Laut", "der", "Nachrichtenagentur", "Yonhap", "feuerte", "Pjöngjang", "zwei", "Raketen", "ab", "."},
	}
	prev := []Chunk{{Start: -1, End: -1, Class: "sentinel"}}
	var gaz []GazMatch
	var cs []Chunk
	nchunks, ngaz := 0, 0
	for _, words := range sents {
		toks := make([]dossier.Token, len(words))
		off := 0
		for i, w := range words {
			toks[i] = dossier.Token{Span: dossier.Span{Start: off, End: off + len(w)}, Text: w}
			off += len(w) + 1
		}
		ms := mt.Match(toks, "de", nil)
		wantGaz := FromKBMatches(ms, toks)
		gaz = AppendKBMatches(gaz[:0], ms, toks)
		if !slices.Equal(gaz, wantGaz) {
			t.Errorf("%v: AppendKBMatches %v, FromKBMatches %v", words, gaz, wantGaz)
		}
		want := m.PredictWith(words, wantGaz)
		nchunks, ngaz = nchunks+len(want), ngaz+len(wantGaz)
		cs = m.AppendPredictWith(append(cs[:0], prev...), words, gaz)
		if !slices.Equal(cs[:len(prev)], prev) || !slices.Equal(cs[len(prev):], want) {
			t.Errorf("%v: AppendPredictWith %v, want %v after %v", words, cs, want, prev)
		}
	}
	if nchunks == 0 || ngaz == 0 {
		t.Errorf("%d chunks, %d gazetteer matches: the sentences test nothing", nchunks, ngaz)
	}
}
