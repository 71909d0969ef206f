package entity

import (
	"testing"

	"github.com/dossier-news/dossier/kb"
)

// bearerCases are surnames several persons of the knowledge base share,
// decided by who held office on the document's date, and aliases of minor
// actors that need the document to name their country.
var bearerCases = []linkCase{
	{"the president of 1990, not his son", "en", "1990-11-02",
		"Bush told the reporters that no decision had been taken.",
		[]want{{"Bush", 1, "phoenix:usa:george-bush", "", "kb"}}},
	{"the son as president in 2005", "en", "2005-11-02",
		"Bush told the reporters that no decision had been taken.",
		[]want{{"Bush", 1, "Q207", "", "kb"}}},
	{"a titled Bush in 1991", "en", "1991-02-20",
		"President Bush spoke to the nation on Tuesday evening.",
		[]want{{"Bush", 1, "phoenix:usa:george-bush", "", ""}}},
	{"the president Clinton in 1996", "en", "1996-05-03",
		"Clinton said on Friday that the talks would go on.",
		[]want{{"Clinton", 1, "Q1124", "", "kb"}}},
	{"the Castro in office in 1998", "en", "1998-01-20",
		"Castro received the visitors in Havana on Wednesday.",
		[]want{{"Castro", 1, "phoenix:cub:fidel-castro", "", "kb"}}},
	{"the Kim in office before July 1994", "en", "1994-05-10",
		"Kim received the American envoy in Pyongyang on Monday.",
		[]want{{"Kim", 1, "kb:kim-il-sung", "", "kb"}}},
	{"a given name shared with a town names the person", "de", "2007-01-10",
		"Der Regierungschef Jaroslaw Kaczynski traf den Gast. Jaroslaw sprach danach mit Journalisten.",
		[]want{{"Jaroslaw", 2, "phoenix:pol:jaroslaw-kaczynski", "", "coref"}}},
	{"the town without a person of that name", "de", "2007-01-10",
		"Der Regierungschef reiste nach Jaroslaw und sprach dort mit Journalisten.",
		[]want{{"Jaroslaw", 1, "geonames:770380", "", "kb"}}},
	{"a King of one country is none of another's", "en", "1990-09-01",
		"King Hussein of Jordan met the envoys before Saddam Hussein spoke on the radio.",
		[]want{{"Hussein", 1, "local:per:hussein", "", ""}, {"Saddam Hussein", 1, "phoenix:irq:saddam-hussein", "", "kb"}}},
	{"a shortened name of a minor actor needs its country", "en", "2020-04-01",
		"John Smith, who runs a bakery in Leeds, won the prize.",
		[]want{{"John Smith", 1, "local:per:john-smith", "", ""}}},
	{"an alias that is a common word needs its country", "en", "2020-04-01",
		"Falcon said its new rocket would fly next month.",
		[]want{{"Falcon", 1, "local:org:falcon", "", ""}}},
	{"the shortened name with its country named", "en", "2020-04-01",
		"John Smith spoke to the parliament of Kiribati on Monday.",
		[]want{{"John Smith", 1, "phoenix:kir:john-hilary-smith", "", "kb"}}},
	{"premier before a plural is the adjective", "en", "1989-10-30",
		"The company used to be one of Japan's premier makers of cameras.",
		[]want{{"Japan's premier", 1, "-", "", ""}}},
	{"premier as the title", "en", "1989-10-30",
		"Japan's premier told parliament on Monday that the tax would stay.",
		[]want{{"Japan's premier", 1, "phoenix:jpn:toshiki-kaifu", "", "role"}}},
	{"a title before a verb the tagger may read as a plural", "en", "2020-10-30",
		"Britain's prime minister talks to reporters every week.",
		[]want{{"Britain's prime minister", 1, "Q180589", "", "role"}}},
}

func TestBearerOnDate(t *testing.T) {
	runLinkCases(t, bearerCases)
}

func TestShortened(t *testing.T) {
	for _, c := range []struct {
		form, name string
		want       bool
	}{
		{"john smith", "john hilary smith", true},
		{"john smith", "john smith", false},
		{"smith", "john hilary smith", false}, // a surname: decided elsewhere
		{"george h w bush", "george bush", false},
		{"hilary john", "john hilary smith", false},
	} {
		if got := shortened(c.form, c.name); got != c.want {
			t.Errorf("shortened(%q, %q) = %v, want %v", c.form, c.name, got, c.want)
		}
	}
}

func TestOtherWord(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"Falcon", "shahin", true},
		{"Hamas", "hamas", false},
		{"PLO", "palestine liberation organization", false},
		{"Saddam", "saddam hussein", false},
		{"Red Army", "red army faction", false},
	} {
		if got := otherWord(c.text, kb.Fold(c.text), kb.Fold(c.name)); got != c.want {
			t.Errorf("otherWord(%q, %q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}
