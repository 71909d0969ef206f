package lang

import (
	"slices"
	"strings"
	"testing"
)

// The paragraphs are written for this test: news in the style of each
// language's press, long enough for the screen to judge.
var screenCases = []struct {
	lang, text string
}{
	{"fr", "Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les agriculteurs touchés par la sécheresse. Selon le ministre, les aides seront versées avant la fin du mois et concerneront plus de dix mille exploitations dans le sud du pays, où les pluies ont manqué depuis le printemps. Les syndicats estiment pourtant que ces montants ne suffiront pas."},
	{"es", "El presidente del gobierno se reunió el lunes con los representantes de los sindicatos para discutir la reforma de las pensiones. Según fuentes cercanas a la negociación, las partes no lograron un acuerdo y volverán a verse la próxima semana, mientras los trabajadores del transporte mantienen la huelga convocada para el jueves en todo el país."},
	{"it", "Il ministro degli esteri ha incontrato ieri il suo omologo tedesco per parlare della crisi nel Mediterraneo. Secondo quanto riferito dalla stampa, i due governi hanno deciso di rafforzare la collaborazione sui controlli alle frontiere e di chiedere all'Unione europea nuovi fondi per i paesi di transito, mentre le organizzazioni umanitarie criticano la scelta."},
	{"nl", "De regering heeft dinsdag bekendgemaakt dat de belastingen op energie volgend jaar worden verlaagd. Volgens de minister van financiën moeten huishoudens met een laag inkomen daardoor ongeveer tweehonderd euro per jaar besparen, maar de oppositie noemt het plan onvoldoende en wil dat het kabinet ook de huren bevriest zolang de prijzen zo hoog blijven."},
	{"pt", "O governo anunciou nesta quarta-feira que vai aumentar o salário mínimo a partir do próximo ano. De acordo com o ministro da economia, a medida deve beneficiar milhões de trabalhadores, mas os empresários afirmam que os custos vão subir e que muitas pequenas empresas não terão condições de manter os seus funcionários sem apoio do estado."},
	{"pl", "Rząd przyjął we wtorek projekt ustawy o podwyżkach dla nauczycieli, które mają wejść w życie od września. Według ministra edukacji pensje wzrosną średnio o dziesięć procent, jednak związkowcy twierdzą, że to za mało i zapowiadają protesty w szkołach w całym kraju, jeśli rząd nie zmieni swojej decyzji przed końcem miesiąca."},
	{"en", "The government said on Tuesday that it would cut taxes on energy next year. According to the finance minister, households with low incomes should save about two hundred dollars a year, but the opposition called the plan too small and asked the cabinet to freeze rents as long as prices stay this high."},
	{"de", "Die Regierung hat am Dienstag angekündigt, die Steuern auf Energie im kommenden Jahr zu senken. Nach Angaben des Finanzministers sollen Haushalte mit geringem Einkommen dadurch etwa zweihundert Euro im Jahr sparen, doch die Opposition nennt den Plan unzureichend und fordert, dass das Kabinett auch die Mieten einfriert, solange die Preise so hoch bleiben."},
}

func TestScreenLanguage(t *testing.T) {
	s, err := NewScreen()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range screenCases {
		got, conf := s.Language(c.text)
		if got != c.lang || conf < 0.99 {
			t.Errorf("%s text: got %q (%.3f)", c.lang, got, conf)
		}
	}
}

// TestScreenAbstains: names, figures and tables say too little of a
// language, and a short text too; the screen leaves them to the detector.
func TestScreenAbstains(t *testing.T) {
	s, err := NewScreen()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"",
		"Le ministre a parlé.",
		"Shr 12 cts vs 9 cts\nNet 1,200,000 vs 950,000\nSales 14.3 mln vs 12.1 mln\nNine mths\nShr 40 cts vs 31 cts\nNet 4,100,000 vs 3,200,000\nSales 44.9 mln vs 38.6 mln",
		strings.Repeat("Jean-Pierre Dupont, Marie-Claire Lefèvre, Saint-Étienne, Aix-en-Provence. ", 20),
		strings.Repeat("le la les le la les ", 10), // many words, too few different ones
	} {
		if got, conf := s.Language(text); got != "" {
			t.Errorf("judged %.60q as %s (%.3f)", text, got, conf)
		}
	}
}

func BenchmarkScreen(b *testing.B) {
	s, err := NewScreen()
	if err != nil {
		b.Fatal(err)
	}
	text := screenCases[0].text + " " + screenCases[6].text + " " + screenCases[7].text
	b.SetBytes(int64(min(len(text), screenBytes)))
	b.ReportAllocs()
	for b.Loop() {
		s.Language(text)
	}
}

// FuzzScreen: any text gets an answer among the screen's languages or "",
// with a confidence between 0 and 1, and never a panic.
func FuzzScreen(f *testing.F) {
	s, err := NewScreen()
	if err != nil {
		f.Fatal(err)
	}
	for _, c := range screenCases {
		f.Add(c.text)
	}
	f.Add("l'l'l' ’’ a\xffb " + strings.Repeat("é ", 40))
	f.Fuzz(func(t *testing.T, text string) {
		got, conf := s.Language(text)
		if got == "" {
			return
		}
		if !slices.Contains(s.Langs(), got) || conf < 0 || conf > 1 {
			t.Fatalf("Language = %q, %v", got, conf)
		}
	})
}
