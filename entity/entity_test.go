package entity

import (
	"context"
	"strings"
	"testing"

	"github.com/dossier-news/dossier"
)

// want is one expected mention: the n-th (from 1) occurrence of text in the
// document is linked to entity (an id, "iso3:XXX" for a country, "" for
// unlinked, "-" for no mention at all), with sector and via when given.
type want struct {
	text   string
	nth    int
	entity string
	sector string
	via    string
}

const (
	idLavrov    = "Q58217"
	idKimJongUn = "Q56226"
	idKimYoJong = "kb:kim-yo-jong"
	idYoon      = "Q16090635"
	idLee       = "Q12612463"
	idTrump     = "Q22686"
	idPyongyang = "Q18808"
	idMoscow    = "Q649"
	// leaders of the CountryInfo lists of the Phoenix dictionaries
	idMugabe     = "phoenix:zwe:robert-mugabe"
	idMitterrand = "phoenix:fra:francois-mitterrand"
)

var linkCases = []linkCase{
	{"capital acts or is a place", "en", "2024-03-01",
		"Pyongyang has stepped up its missile tests. Diplomats in Pyongyang were not surprised.",
		[]want{{"Pyongyang", 1, "iso3:PRK", "GOV", "metonym"}, {"Pyongyang", 2, idPyongyang, "", "kb"}}},
	{"capital after a subordinator and as object", "de", "2025-07-01",
		"Es ist unklar, ob Moskau zustimmt. Die Ministerin warnte Moskau vor einer Eskalation. Sie flog danach nach Moskau.",
		[]want{{"Moskau", 1, "iso3:RUS", "GOV", "metonym"}, {"Moskau", 2, "iso3:RUS", "GOV", "metonym"}, {"Moskau", 3, idMoscow, "", "kb"}}},
	{"relations between capitals", "en", "",
		"Relations between Pyongyang and Moscow have deepened, while flights between Pyongyang and Moscow resumed.",
		[]want{{"Pyongyang", 1, "iso3:PRK", "GOV", ""}, {"Moscow", 1, "iso3:RUS", "GOV", ""},
			{"Pyongyang", 2, idPyongyang, "", ""}, {"Moscow", 2, idMoscow, "", ""}}},
	{"kind of group before a name", "de", "2016-01-15",
		"Die Terrormiliz Islamischer Staat (IS) bekannte sich zu dem Überfall. Die Nachrichtenagentur Reuters meldete Tote.",
		[]want{{"Islamischer Staat", 1, "kb:isil", "", "kb"}, {"IS", 1, "kb:isil", "", ""}, {"Reuters", 1, "kb:reuters", "", "kb"}}},
	{"a word for an organisation before an ambiguous name", "de", "2016-01-15",
		"Die staatliche Nachrichtenagentur Sana meldete neue Angriffe. Die Rebellen kontrollieren die Hauptstadt Sana.",
		[]want{{"Sana", 1, "kb:sana", "", "kb"}, {"Sana", 2, "geonames:71137", "", "kb"}}},
	// the recogniser may keep a language as a name of its own (MISC), never as the country
	{"a language is no country", "de", "2025-07-31",
		"Die Ministerin sprach auf Französisch mit der Presse. Russisch lernen in Polen viele. Die französische Regierung schwieg.",
		[]want{{"Französisch", 1, "name:Französisch", "", ""}, {"Russisch", 1, "-", "", ""}, {"französische", 1, "iso3:FRA", "GOV", "adjective"}}},
	// a place or a country's adjective that begins a firm's or club's name
	// the document gives in full is that body; the place alone stays one
	{"an adjective beginning a firm's name", "en", "1987-03-10",
		"Norwegian Shipholding Ltd reported a loss for 1986. Norwegian Shipholding said freight rates fell. Norwegian exports rose.",
		[]want{{"Norwegian Shipholding", 2, "name:Norwegian Shipholding Ltd", "", "coref"}, {"Norwegian", 3, "iso3:NOR", "", "adjective"}}},
	{"two places making a firm's name", "en", "1987-03-10",
		"Detroit Edison Co said its plant was cleared. Detroit Edison also said costs rose. Edison is a town in New Jersey.",
		[]want{{"Detroit Edison", 2, "name:Detroit Edison Co", "", "coref"}, {"Edison", 3, "geonames:5097529", "", "kb"}}},
	{"a city beginning a German firm's name", "de", "2016-01-15",
		"Die Graz Energie AG erhöht die Preise. Graz Energie beliefert 100.000 Haushalte. In Graz ist Strom teuer.",
		[]want{{"Graz Energie", 2, "name:Graz Energie AG", "", "coref"}, {"Graz", 3, "geonames:2778067", "", "kb"}}},
	// a seat of government speaks for the state of the document's date
	{"Moscow in 1987 is the Soviet Union", "en", "1987-03-02",
		"Moscow has rejected the proposal, officials said.",
		[]want{{"Moscow", 1, "iso3:SUN", "GOV", "metonym"}}},
	{"Moskau nach 1991 ist Russland", "de", "1995-06-01",
		"Moskau hat den Vorschlag abgelehnt.",
		[]want{{"Moskau", 1, "iso3:RUS", "GOV", "metonym"}}},
	{"Belgrade in 1990 is Yugoslavia", "en", "1990-05-02",
		"Belgrade has protested against the decision.",
		[]want{{"Belgrade", 1, "kb:yugoslavia", "GOV", "metonym"}}},
	// a dateline says where the story was written
	{"places of a dateline", "de", "2016-01-15",
		"Ein neuer Fund überrascht. Washington/Moskau – Sie zählen zu den ältesten Tieren der Erde. Moskau – Sie hat zugestimmt. Moskau hat zugestimmt.",
		[]want{{"Moskau", 1, idMoscow, "", "kb"}, {"Moskau", 2, idMoscow, "", "kb"}, {"Moskau", 3, "iso3:RUS", "GOV", "metonym"}}},
	// a dateline's name is a place, the most populous of that name: not a
	// surname, nor a common word
	{"a surname that is a city in a dateline", "de", "2016-01-15",
		"Neue Klage eingereicht. Austin – Die Stadtverwaltung hat geklagt. Mendoza – Die Bauern protestieren.",
		[]want{{"Austin", 1, "geonames:4671654", "", "kb"}, {"Mendoza", 1, "geonames:3844421", "", "kb"}}},
	{"a common word that is a city in a dateline", "de", "2016-01-15",
		"Ein Werk schließt. Essen – Der Konzern baut Stellen ab. Wir gehen essen.",
		[]want{{"Essen", 1, "geonames:2928810", "", "kb"}, {"essen", 1, "-", "", ""}}},
	// "Allianz" is the German word for an alliance and an insurer's name
	{"Allianz in prose is no name", "de", "2016-01-15",
		"So war die Tagesordnung der Allianz lang. Eine neue Allianz gegen den Terror wurde gebildet. Die transatlantische Allianz hält.",
		[]want{{"Allianz", 1, "-", "", ""}, {"Allianz", 2, "-", "", ""}, {"Allianz", 3, "-", "", ""}}},
	{"Allianz the insurer", "de", "2016-01-15",
		"Der Versicherer Allianz erhöht die Prämien. Die Allianz SE mit Sitz in München beschäftigt viele Menschen. Die Allianz zahlt mehr Dividende.",
		[]want{{"Allianz", 1, "local:org:allianz", "", ""}, {"Allianz", 3, "local:org:allianz", "", ""}}},
	// an English imperative opening a headline is no person; a name there
	// is followed by its verb, or written capitalised elsewhere
	{"a verb opening a headline", "en", "2024-05-02",
		"Deepen ties with Japan, the minister urged on Monday. Sloane, 45, was arrested. Sloane confessed.",
		[]want{{"Deepen", 1, "-", "", ""}, {"Sloane", 1, "local:per:sloane", "", ""}}},
	// a demonym of two countries is linked where the document says which
	{"Congolese alone is a guess", "en", "2024-03-10",
		"Congolese troops crossed the border on Monday.",
		[]want{{"Congolese", 1, "iso3:COD", "MIL", "adjective"}}},
	{"Congolese in a story about Kinshasa", "en", "2024-03-10",
		"Congolese troops crossed the border. Kinshasa denied it.",
		[]want{{"Congolese", 1, "iso3:COD", "MIL", "adjective"}}},
	{"kongolesisch neben der Republik Kongo", "de", "2024-03-10",
		"Kongolesische Soldaten überquerten die Grenze. Die Republik Kongo protestierte.",
		[]want{{"Kongolesische", 1, "iso3:COG", "MIL", "adjective"}}},
	{"Chinese is China's", "en", "2024-03-10",
		"Buyers turned to South African and Chinese corn.",
		[]want{{"Chinese", 1, "iso3:CHN", "", "adjective"}}},
	// role phrases at the document's date
	{"the Fed chairman in 1987", "en", "1987-03-10",
		"The Fed chairman said rates would rise slowly.",
		[]want{{"Fed chairman", 1, "kb:paul-volcker", "", "role"}}},
	{"the Fed chairman in 2016", "en", "2016-05-01",
		"The Fed chairman said rates would rise slowly.",
		[]want{{"Fed chairman", 1, "Q263725", "", "role"}}},
	{"a firm's chairman is named in full before", "en", "2016-05-01",
		"Toyota chairman Takeshi Uchiyamada spoke on Monday. Later, chairman Uchiyamada said sales rose.",
		[]want{{"Uchiyamada", 2, "local:per:takeshi-uchiyamada", "", "coref"}}},
	{"der österreichische Bundeskanzler vor Faymanns Rücktritt", "de", "2016-03-01",
		"Der österreichische Bundeskanzler verteidigte die Obergrenze.",
		[]want{{"österreichische Bundeskanzler", 1, "phoenix:aut:werner-faymann", "", "role"}}},
	{"der österreichische Bundeskanzler nach Faymanns Rücktritt", "de", "2016-09-01",
		"Der österreichische Bundeskanzler verteidigte die Obergrenze.",
		[]want{{"österreichische Bundeskanzler", 1, "kb:christian-kern", "", "role"}}},
	// role phrases across the G20, each at two dates or in both languages
	{"the Brazilian president in 2019", "en", "2019-06-01",
		"The Brazilian president flew to Osaka for the summit.",
		[]want{{"Brazilian president", 1, "Q10304982", "", "role"}}},
	{"the Brazilian president in 2023", "en", "2023-06-01",
		"The Brazilian president arrived in Rome for talks.",
		[]want{{"Brazilian president", 1, "Q37181", "", "role"}}},
	{"der französische Premierminister 2017", "de", "2017-03-01",
		"Der französische Premierminister reiste nach Berlin.",
		[]want{{"französische Premierminister", 1, "Q560890", "", "role"}}},
	{"der französische Premierminister 2021", "de", "2021-03-01",
		"Der französische Premierminister besuchte Lyon.",
		[]want{{"französische Premierminister", 1, "Q3171170", "", "role"}}},
	{"the Fed chairman in 2020", "en", "2020-03-01",
		"The Fed chairman said rates would be cut.",
		[]want{{"Fed chairman", 1, "Q6182718", "", "role"}}},
	{"two heads of government in one sentence", "en", "2013-02-01",
		"The Canadian prime minister spoke to the Indonesian president.",
		[]want{{"Canadian prime minister", 1, "Q206", "", "role"}, {"Indonesian president", 1, "Q57405", "", "role"}}},
	{"der russische Präsident kurz vor Putins Rückkehr", "de", "2012-05-01",
		"Der russische Präsident empfing den Gast im Kreml.",
		[]want{{"russische Präsident", 1, "Q23530", "", "role"}}},
	{"der britische Premierminister 2019", "de", "2019-05-01",
		"Der britische Premierminister trat zurück.",
		[]want{{"britische Premierminister", 1, "Q264766", "", "role"}}},
	{"the Australian prime minister in 2018", "en", "2018-06-01",
		"The Australian prime minister called the election.",
		[]want{{"Australian prime minister", 1, "Q927550", "", "role"}}},
	{"der chinesische Staatschef", "de", "2016-06-01",
		"Der chinesische Staatschef reiste nach Europa.",
		[]want{{"chinesische Staatschef", 1, "Q15031", "", "role"}}},
	// the Soviet Union's leaders are its party leaders; the public tables
	// file them under Russia
	{"the Soviet leader in 1987", "en", "1987-03-10",
		"The Soviet leader met the visiting envoy on Monday.",
		[]want{{"Soviet leader", 1, "phoenix:rus:mikhail-gorbachev", "", "role"}}},
	{"the Soviet leader in 1983", "en", "1983-06-10",
		"The Soviet leader met the visiting envoy on Monday.",
		[]want{{"Soviet leader", 1, "phoenix:rus:yury-andropov", "", "role"}}},
	{"der sowjetische Regierungschef 1987", "de", "1987-03-10",
		"Der sowjetische Regierungschef reiste nach Prag.",
		[]want{{"sowjetische Regierungschef", 1, "phoenix:rus:nikolay-ryzhkov", "", "role"}}},
	// a chancellor without a country is that of the one chancellery
	// country the story names
	{"der Kanzler in a story about Austria", "de", "2016-09-01",
		"In Wien wurde gestritten. Der Kanzler verteidigte die Obergrenze.",
		[]want{{"Kanzler", 1, "kb:christian-kern", "", "role"}}},
	{"the chancellor in a story about Germany", "en", "2016-09-01",
		"Voters in Germany are unhappy. The chancellor defended her policy.",
		[]want{{"chancellor", 1, "Q567", "", "role"}}},
	{"der Kanzler with Germany and Austria named", "de", "2016-09-01",
		"Deutschland und Österreich streiten. Der Kanzler verteidigte die Obergrenze.",
		[]want{{"Kanzler", 1, "-", "", ""}}},
	// an adjective before a word for speech names a language
	{"the English word", "de", "2016-05-01",
		"Der Name setzt sich aus dem englischen Wort für Umarmung zusammen. Die englische Regierung schwieg.",
		[]want{{"englischen", 1, "-", "", ""}, {"englische", 2, "geonames:6269131", "GOV", "adjective"}}},
	{"the Russian term", "en", "2016-05-01",
		"The Russian term for it has no translation. The Russian army denied it.",
		[]want{{"Russian", 1, "name:Russian", "", "ner"}, {"Russian", 2, "iso3:RUS", "MIL", "adjective"}}},
	// a place's name before "river" is the river's
	{"a river named after a place", "en", "1987-03-01",
		"The ferry sank on the St Lawrence river. Barges on the Mississippi River stopped. Floods hit Mississippi.",
		[]want{{"St Lawrence", 1, "name:St Lawrence", "", "ner"}, {"Mississippi River", 1, "phoenix:usa:mississippi-river", "", "kb"}, {"Mississippi", 2, "geonames:4436296", "", "kb"}}},
	// the adjective made a noun names the language
	{"a language as a noun of the adjective", "de", "2016-05-01",
		"Der Roman wurde ins Deutsche übersetzt. Aus dem Russischen stammt das Wort. Im Deutschen Bundestag wurde gestritten.",
		[]want{{"Deutsche", 1, "-", "", ""}, {"Russischen", 1, "-", "", ""}}},
	// another country's body of the same name
	{"another country's Bundesrat", "de", "2016-05-01",
		"Möglich machte dies eine Entscheidung des Schweizer Bundesrats vom Februar. Der Bundesrat in Berlin stimmte zu.",
		[]want{{"Bundesrats", 1, "name:Bundesrats", "", "ner"}, {"Bundesrat", 2, "phoenix:deu:bundesrat", "", "kb"}}},
	{"a country's adjective before a compound with a firm", "de", "2016-05-01",
		"Das Video wurde von österreichischen Facebook-Nutzern geteilt.",
		[]want{{"Facebook", 1, "kb:facebook", "", ""}}},
	// a common word opening an English sentence is a name only with more
	// to go on than its capital
	{"a common word opens the sentence", "en", "2016-05-01",
		"Shell companies hide who owns them. Regulators want a register.",
		[]want{{"Shell", 1, "-", "", ""}}},
	{"a common word opens the sentence before a verb", "en", "2016-05-01",
		"Shell companies hide who owns them. Shell said its profit rose.",
		[]want{{"Shell", 1, "-", "", ""}, {"Shell", 2, "kb:shell", "", "kb"}}},
	{"a country's name that is a common word opens the sentence", "en", "2016-05-01",
		"Turkey shells Kurdish positions in northern Syria.",
		[]want{{"Turkey", 1, "iso3:TUR", "", "kb"}}},
	{"a common word opens the sentence, the firm named inside another", "en", "2016-05-01",
		"Shell profits rose. Analysts had expected less from Shell this year.",
		[]want{{"Shell", 1, "kb:shell", "", "kb"}, {"Shell", 2, "kb:shell", "", "kb"}}},
	// a firm the knowledge base knows, with legal forms after its name
	{"a firm's name with its legal form", "en", "1987-03-01",
		"The sale is managed by Goldman, Sachs and Co and by Morgan Stanley Group Inc of New York.",
		[]want{{"Goldman, Sachs and Co", 1, "kb:goldman-sachs", "", "kb"}, {"Morgan Stanley Group Inc", 1, "kb:morgan-stanley", "", "kb"}}},
	{"a firm's name with and in it keeps it", "en", "1987-03-01",
		"Shares of Smith and Wesson Co rose.",
		[]want{{"Smith and Wesson Co", 1, "name:Smith and Wesson Co", "", "ner"}}},
	// the news agencies' abbreviations of US states
	{"US states abbreviated", "en", "1987-03-01",
		"The firm is based in Danbury, Conn., and has a plant in San Jose, Calif.",
		[]want{{"Conn", 1, "geonames:4831725", "", "kb"}, {"Calif", 1, "geonames:5332921", "", "kb"}}},
	// ambiguous short names of firms: the full name or the country first
	{"Mercedes after Mercedes-Benz", "en", "2016-05-01",
		"Mercedes-Benz sold more cars. Mercedes said demand in China rose.",
		[]want{{"Mercedes", 2, "kb:mercedes-benz", "", "kb"}}},
	{"Mercedes as a given name", "en", "2016-05-01",
		"Mercedes Ruiz won the race in Madrid.",
		[]want{{"Mercedes Ruiz", 1, "name:Mercedes Ruiz", "", ""}}},
	{"die Bahn after Deutsche Bahn", "de", "2016-05-01",
		"Die Deutsche Bahn erhöht die Preise. Die Bahn begründete das mit höheren Kosten.",
		[]want{{"Bahn", 2, "kb:deutsche-bahn", "", "kb"}}},
	{"die Bahn in a story about Germany, Deutsche Bahn not named", "de", "2016-05-01",
		"In Deutschland fahren viele mit dem Auto, dem Fahrrad oder der Bahn zur Arbeit.",
		[]want{{"Bahn", 1, "-", "", ""}}},
	{"a public body opens an English sentence", "en", "1987-03-01",
		"The U.S. bill was introduced last week. Senate staff members said it would pass.",
		[]want{{"Senate", 1, "kb:us-congress", "", "kb"}}},
	{"die Bahn as a track", "de", "2016-05-01",
		"Der Zug blieb auf freier Strecke liegen, die Bahn war gesperrt.",
		[]want{{"Bahn", 1, "-", "", ""}}},
	{"Bayer after Bayer AG", "de", "2016-05-01",
		"Die Bayer AG kauft Monsanto. Bayer zahlt 66 Milliarden Dollar.",
		[]want{{"Bayer AG", 1, "kb:bayer", "", "kb"}, {"Bayer", 2, "kb:bayer", "", "kb"}}},
	{"der Bayer as a Bavarian", "de", "2016-05-01",
		"Der Bayer Thomas Müller schoss zwei Tore.",
		[]want{{"Bayer", 1, "-", "", ""}}},
	{"Continental inside an English sentence, the firm not named in full", "en", "1987-05-01",
		"The insurer expects losses. John Loynes, Continental chief financial officer, said so.",
		[]want{{"Continental", 1, "name:Continental", "", "ner"}}},
	{"Continental after another firm of the name", "en", "1987-05-01",
		"Continental Airlines cut fares. Continental said traffic rose.",
		[]want{{"Continental", 2, "name:Continental Airlines", "", "coref"}}},
	// two persons share a surname: a bare surname names neither
	{"two Clintons", "en", "2021-05-01",
		"Hillary Clinton met Bill Clinton's aides. Clinton later said the campaign was over.",
		[]want{{"Clinton", 3, "", "", ""}}},
	{"two Hofers", "de", "2016-05-01",
		"Der Ökonom Karl Hofer widersprach Norbert Hofer. Hofer sagte, er bleibe dabei.",
		[]want{{"Hofer", 3, "", "", ""}}},
	{"two Müllers", "de", "2020-05-01",
		"Der Sänger Peter Müller und die Ministerin Anna Müller sprachen. Müller lehnte ab.",
		[]want{{"Müller", 3, "", "", ""}}},
	{"one of two named far more often", "en", "2021-05-01",
		"Hillary Clinton spoke in Ohio. Hillary Clinton spoke in Iowa. Hillary Clinton thanked Bill Clinton. " +
			"Voters cheered. Later Clinton said the campaign was over.",
		[]want{{"Clinton", 5, "Q6294", "", "coref"}}},
	{"the other named in passing long before", "en", "2021-05-01",
		"Chelsea Clinton opened the fair. Hillary Clinton spoke next. Voters cheered. Clinton said the fair was a success.",
		[]want{{"Clinton", 3, "Q6294", "", "coref"}}},
	// a surname alone after the full name, in both languages
	{"surname after the full name", "en", "2023-05-01",
		"Angela Merkel spoke in Berlin. Merkel said the euro was safe.",
		[]want{{"Merkel", 2, "Q567", "", "coref"}}},
	{"German genitive surname after the full name", "de", "2015-05-01",
		"Angela Merkel sprach in Berlin. Merkels Rede wurde gelobt.",
		[]want{{"Merkels", 1, "Q567", "", "coref"}}},
	{"two surnames after two full names", "de", "2015-05-01",
		"Bundeskanzlerin Angela Merkel und Innenminister Thomas de Maizière trafen sich. Merkel lobte de Maizière.",
		[]want{{"Merkel", 2, "Q567", "", "coref"}, {"de Maizière", 2, "phoenix:deu:thomas-de-maiziere", "", "coref"}}},
	{"surname after a German genitive full name", "de", "2021-05-01",
		"Joe Bidens Sprecherin bestätigte das Treffen. Biden habe zugestimmt.",
		[]want{{"Joe Bidens", 1, "Q6279", "", "kb"}, {"Biden", 2, "Q6279", "", "coref"}}},
	{"an English name with an s of its own", "en", "2016-05-01",
		"Norman Matthews was elected president. Matthews joined the board in 1984.",
		[]want{{"Norman Matthews", 1, "name:Norman Matthews", "", ""}, {"Matthews", 2, "name:Norman Matthews", "", "coref"}}},
	// firms the news names often
	{"a German carmaker among firms", "de", "2016-05-01",
		"Amazon verhandelt mit Audi und BMW über einen Sprachassistenten.",
		[]want{{"Audi", 1, "kb:audi", "", ""}, {"BMW", 1, "kb:bmw", "", ""}}},
	{"Toyota the carmaker, not the city", "en", "1987-03-10",
		"Toyota Motor Corp said its car exports fell 4 pct in February.",
		[]want{{"Toyota Motor Corp", 1, "kb:toyota", "", ""}}},
	{"die Telekom", "de", "2016-05-01",
		"Die Telekom erhöht die Preise für Festnetzanschlüsse.",
		[]want{{"Telekom", 1, "kb:deutsche-telekom", "", ""}}},
	// the Pope is the Holy See's head of state: a bare title names the
	// one in office at the document's date, a title with his name him
	{"the Pope in 2016", "en", "2016-05-01",
		"The Pope called for peace in Syria.",
		[]want{{"Pope", 1, "Q450675", "", "role"}}},
	{"der Papst 2010", "de", "2010-05-01",
		"Der Papst rief zum Frieden auf.",
		[]want{{"Papst", 1, "Q2494", "", "role"}}},
	{"Papst Franziskus by name", "de", "2016-05-01",
		"Papst Franziskus besuchte die Insel Lesbos.",
		[]want{{"Papst Franziskus", 1, "Q450675", "", ""}}},
	{"Pope John Paul II by name", "en", "1987-05-01",
		"Pope John Paul II arrived in Chile on Wednesday.",
		[]want{{"Pope John Paul II", 1, "Q989", "", ""}}},
	{"Franziskus alone in German", "de", "2016-05-01",
		"Franziskus reiste am Samstag nach Lesbos.",
		[]want{{"Franziskus", 1, "Q450675", "", ""}}},
	{"der Papst after Benedikt's resignation", "de", "2013-03-20",
		"Der Papst empfing Argentiniens Präsidentin.",
		[]want{{"Papst", 1, "Q450675", "", "role"}}},
	{"a pope of a story is not the Vatican's", "en", "2016-05-01",
		"The Coptic pope met the visiting envoy.",
		[]want{{"pope", 1, "-", "", ""}}},
	// a German genitive name before its noun is the person's
	{"a genitive surname before a noun", "de", "2016-05-01",
		"Die USA und Kuba nähern sich an. Präsident Barack Obama reiste nach Havanna. Obamas Öffnungspolitik nutzt beiden Seiten.",
		[]want{{"Obamas", 1, "Q76", "", ""}, {"Öffnungspolitik", 1, "-", "", ""}}},
	{"a genitive surname before a noun, the surname alone before", "de", "2016-05-01",
		"Die USA und Kuba nähern sich an. Obama reiste nach Havanna. Noch sei unklar, wohin Obamas  Öffnungspolitik führe, sagt ein Dozent.",
		[]want{{"Obama", 1, "Q76", "", ""}, {"Obamas", 1, "Q76", "", ""}, {"Öffnungspolitik", 1, "-", "", ""}}},
	// a form of the document's language inside a sentence of another
	{"a Spanish sentence in a German story", "de", "2016-05-01",
		"Das neue Telefon hat zwei Lautsprecher. Este es el nuevo modelo y datos casi confirmados del nuevo teléfono. Der Este wohnt in Tallinn.",
		[]want{{"Este", 1, "-", "", ""}, {"Este", 2, "iso3:EST", "", ""}}},
	// organisations the news names often
	{"firms, sports bodies and agencies", "en", "1987-03-10",
		"Boeing Co said the U.S. Transportation Department and the Nuclear Regulatory Commission asked for data. GE shares rose. The IOC and FIFA met.",
		[]want{{"Boeing Co", 1, "Q66", "", ""}, {"U.S. Transportation Department", 1, "kb:us-dot", "", ""}, {"Nuclear Regulatory Commission", 1, "kb:us-nrc", "", ""},
			{"GE", 1, "Q54173", "", ""}, {"IOC", 1, "Q40970", "", ""}, {"FIFA", 1, "Q253414", "", ""}}},
	{"GE after the firm's full name", "en", "1987-03-10",
		"General Electric Co said its unit grew. He sold it to GE in 1979.",
		[]want{{"General Electric Co", 1, "Q54173", "", ""}, {"GE", 1, "Q54173", "", ""}}},
	{"GE needs a US story", "en", "2016-05-01",
		"GE shares rose in Tbilisi trading.",
		[]want{{"GE", 1, "local:org:ge", "", ""}}},
	{"German papers and bodies", "de", "2016-05-01",
		"Die Kronen Zeitung berichtete, der DFB und die WADA prüften den Fall vor dem EuGH.",
		[]want{{"Kronen Zeitung", 1, "kb:kronen-zeitung", "", ""}, {"DFB", 1, "kb:dfb", "", ""}, {"WADA", 1, "kb:wada", "", ""}, {"EuGH", 1, "kb:cjeu", "", ""}}},
	// a province that shares its name with a city
	{"provinces named as such or among provinces", "en", "1987-03-10",
		"Rains fell in Buenos Aires province and in Cordoba and Santa Fe provinces. Totals were 31 mm in San Luis, 20 mm in Entre Rios and 10 mm in Misiones.",
		[]want{{"Buenos Aires", 1, "geonames:3435907", "", "kb"}, {"Santa Fe", 1, "geonames:3836276", "", "kb"}, {"San Luis", 1, "geonames:3837029", "", "kb"}}},
	{"a province's capital stays the city", "en", "1987-03-10",
		"Officials in Buenos Aires said the peso fell. The plant in Santa Fe closed.",
		[]want{{"Buenos Aires", 1, "geonames:3435910", "", "kb"}, {"Santa Fe", 1, "geonames:3836277", "", "kb"}}},
	{"New York, city and state", "en", "1987-03-10",
		"One New York trader said prices rose. Officials in New York state and in the state of New York disagreed.",
		[]want{{"New York", 1, "geonames:5128581", "", "kb"}, {"New York", 2, "geonames:5128638", "", "kb"}, {"New York", 3, "geonames:5128638", "", "kb"}}},
	{"New York, Stadt und Bundesstaat", "de", "2016-01-15",
		"Der Gouverneur des Bundesstaats New York sprach in New York.",
		[]want{{"New York", 1, "geonames:5128638", "", "kb"}, {"New York", 2, "geonames:5128581", "", "kb"}}},
	{"Quebec in a list of provinces", "en", "1987-03-10",
		"Payments go to Nova Scotia, New Brunswick, Quebec, Manitoba and Saskatchewan.",
		[]want{{"Quebec", 1, "geonames:6115047", "", "kb"}}},
	// German names its country Österreich: "Austria" alone is a club or firm
	{"die Austria is a club of its own", "de", "2016-01-15",
		"Zum Jahresabschluss spielt die Austria noch gegen den WAC. Austria steht an der Spitze. Die Bank Austria meldete Gewinne.",
		[]want{{"Austria", 1, "local:org:austria", "", "ner"}, {"Austria", 2, "local:org:austria", "", "ner"}, {"Bank Austria", 1, "kb:bank-austria", "", "kb"}}},
	// a sitting head of state or government by surname alone, in a story
	// that names the country
	{"a sitting president's surname", "de", "2015-08-14",
		"Die US-Botschaft in Havanna öffnet wieder. Obama sprach von einem historischen Tag.",
		[]want{{"Obama", 1, "Q76", "", "kb"}}},
	{"West German is Germany", "en", "1987-03-02",
		"West German exports rose in January, the statistics office said.",
		[]want{{"West German", 1, "iso3:DEU", "", "adjective"}}},
	{"a foreign word for town is no part of a name", "en", "1990-08-03",
		"The invasion of Kuwait by Iraq drew condemnation from the Security Council.",
		[]want{{"Kuwait", 1, "iso3:KWT", "", ""}, {"Iraq", 1, "iso3:IRQ", "", ""}}},
	{"possessive capital", "en", "",
		"Beijing's foreign ministry rejected the report.",
		[]want{{"Beijing", 1, "iso3:CHN", "GOV", "metonym"}}},
	{"title, full name and surname", "en", "2024-05-02",
		"Russian Foreign Minister Sergei Lavrov met his counterpart in Beijing. Lavrov later told reporters the talks were useful.",
		[]want{{"Russian", 1, "iso3:RUS", "GOV", "adjective"}, {"Sergei Lavrov", 1, idLavrov, "", "kb"}, {"Lavrov", 2, idLavrov, "", "coref"}}},
	{"role phrase at the publication date", "en", "2024-02-27",
		"The South Korean president visited the border on Monday.",
		[]want{{"South Korean president", 1, idYoon, "", "role"}}},
	{"the same role a year later", "en", "2025-08-01",
		"The South Korean president visited the border on Monday.",
		[]want{{"South Korean president", 1, idLee, "", "role"}}},
	{"role phrase dated by the text", "de", "",
		"Berlin, 31. Juli 2025. Russlands Außenminister sprach von einem Bündnis.",
		[]want{{"Russlands Außenminister", 1, idLavrov, "", "role"}}},
	{"undated role phrase names the government", "de", "",
		"Der russische Außenminister sprach von einem Bündnis.",
		[]want{{"russische", 1, "iso3:RUS", "GOV", "adjective"}, {"russische Außenminister", 1, "-", "", ""}}},
	{"former holder is no role", "en", "2025-08-01",
		"The former South Korean president was questioned again.",
		[]want{{"South Korean", 1, "iso3:KOR", "GOV", "adjective"}}},
	{"compound title", "de", "2025-03-01",
		"Der US-Präsident kündigte neue Zölle an. US-Präsident Donald Trump sprach später, und Trump drohte erneut.",
		[]want{{"US-Präsident", 1, idTrump, "", "role"}, {"Donald Trump", 1, idTrump, "", "kb"}, {"Trump", 2, idTrump, "", "coref"}}},
	{"the most recent Kim", "en", "2025-07-29",
		"Kim Yo Jong criticised Seoul on Monday. Kim Jong Un inspected a munitions factory on Tuesday. Kim praised the workers.",
		[]want{{"Kim", 3, idKimJongUn, "", "coref"}, {"Seoul", 1, "iso3:KOR", "GOV", "metonym"}}},
	{"a Kim named in passing", "en", "2025-09-05",
		"Kim Jong Un arrived in Beijing on Tuesday. Kim was greeted at the station. He was accompanied by his daughter Kim Ju Ae, state media said. The visit will last two days. On Wednesday Kim held talks with Xi Jinping.",
		[]want{{"Kim", 2, idKimJongUn, "", "coref"}, {"Kim Ju Ae", 1, "kb:kim-ju-ae", "", "kb"}, {"Kim", 4, idKimJongUn, "", "coref"}}},
	{"kinship and title", "de", "2025-07-29",
		"Kim Jong Un empfing den Gast. Später meldete sich Kim Yo Jong zu Wort. Kims Schwester nannte die Gespräche nutzlos. Machthaber Kim will dennoch verhandeln.",
		[]want{{"Kims Schwester", 1, idKimYoJong, "", "relation"}, {"Kim", 4, idKimJongUn, "", "coref"}}},
	{"kinship in English", "en", "2025-07-29",
		"Kim Jong Un's sister said talks were pointless. Kim's sister also warned Washington.",
		[]want{{"Kim Jong Un's sister", 1, idKimYoJong, "", "relation"}, {"Kim's sister", 1, idKimYoJong, "", "relation"},
			{"Washington", 1, "iso3:USA", "GOV", "metonym"}}},
	{"adjectives with sectors", "de", "",
		"Nordkoreanische Truppen kämpfen in der Region Kursk. Die russische Regierung schweigt, der ukrainische Geheimdienst nicht.",
		[]want{{"Nordkoreanische", 1, "iso3:PRK", "MIL", "adjective"}, {"russische", 1, "iso3:RUS", "GOV", "adjective"},
			{"ukrainische", 1, "iso3:UKR", "SPY", "adjective"}}},
	{"a capitalised adjective at a sentence start", "de", "",
		"Nordkoreanische Soldaten unterliegen einer Wehrpflicht von zehn Jahren.",
		[]want{{"Nordkoreanische", 1, "iso3:PRK", "MIL", "adjective"}}},
	{"a town's name as a word after an article", "de", "",
		"Die Mannschaft verlor die Partie in der Halle. Der Mann mit dem dunklen Haar stieg in den Zug nach Wels.",
		[]want{{"Halle", 1, "-", "", ""}, {"Haar", 1, "-", "", ""}, {"Zug", 1, "-", "", ""}, {"Wels", 1, "geonames:2761524", "", "kb"}}},
	{"the bigger of two towns of a bare name", "de", "",
		"In Halle demonstrierten am Montag mehrere tausend Menschen.",
		[]want{{"Halle", 1, "geonames:2911522", "", "kb"}}},
	{"adjectives with sectors in English", "en", "",
		"North Korean soldiers were seen near the front, South Korean intelligence said. The German embassy stayed shut.",
		[]want{{"North Korean", 1, "iso3:PRK", "MIL", "adjective"}, {"South Korean", 1, "iso3:KOR", "SPY", "adjective"},
			{"German", 1, "iso3:DEU", "GOV", "adjective"}}},
	{"names the knowledge base lacks", "de", "",
		"Die Analystin Friederike Wendlandt hält das für unwahrscheinlich. Wendlandt verweist auf frühere Treffen.",
		[]want{{"Friederike Wendlandt", 1, "local:per:friederike-wendlandt", "", "ner"}, {"Wendlandt", 2, "local:per:friederike-wendlandt", "", "coref"}}},
	{"ambiguous name follows the document's country", "en", "",
		"German diplomats returned to the embassy. The Foreign Office said the visit was technical.",
		[]want{{"Foreign Office", 1, "kb:auswaertiges-amt", "", "kb"}}},
	{"elliptic coordination", "en", "",
		"Trade between North and South Korea has stopped.",
		[]want{{"North", 1, "iso3:PRK", "", "kb"}, {"South Korea", 1, "iso3:KOR", "", "kb"}}},
	{"a people of a country", "en", "",
		"Iraqi Kurds gathered in the square on Friday.",
		[]want{{"Iraqi", 1, "iso3:IRQ", "", "adjective"}}},
	{"an ethnic group is no country", "en", "",
		"Bosnian Croats and ethnic Hungarians met the envoy.",
		[]want{{"Bosnian", 1, "iso3:BIH", "", "adjective"}, {"Croats", 1, "", "", "adjective"}, {"Hungarians", 1, "", "", "adjective"}}},
	{"short demonym with a sector", "en", "",
		"Croat troops shelled the town overnight.",
		[]want{{"Croat", 1, "iso3:HRV", "MIL", "adjective"}}},
	{"title and surname of a leader of the CountryInfo lists", "en", "1998-05-01",
		"President Mugabe opened the new session of parliament.",
		[]want{{"Mugabe", 1, idMugabe, "", ""}}},
	{"title and surname of a past holder", "en", "1999-03-01",
		"Crowds in Lyon still remember President Mitterrand.",
		[]want{{"Mitterrand", 1, idMitterrand, "", ""}}},
	{"role of a leader of the CountryInfo lists", "en", "1998-05-01",
		"The Zimbabwean president flew to Lusaka.",
		[]want{{"Zimbabwean president", 1, idMugabe, "", "role"}}},
	{"acting president", "en", "2025-05-20",
		"The South Korean president called an emergency meeting.",
		[]want{{"South Korean president", 1, "kb:lee-ju-ho", "", "role"}}},
	{"capital as an English subject", "en", "",
		"Washington, along with its partners, rejected the plan. Moscow residents queued for bread.",
		[]want{{"Washington", 1, "iso3:USA", "GOV", "metonym"}, {"Moscow", 1, idMoscow, "", "kb"}}},
	{"a seat with its article", "en", "",
		"The Kremlin said the talks were over. Tourists walked through the Kremlin.",
		[]want{{"Kremlin", 1, "iso3:RUS", "GOV", "metonym"}, {"Kremlin", 2, "kb:kremlin", "", "kb"}}},
	{"a party's common name where the document names its country", "de", "2016-03-01",
		"Die Republikaner im US-Senat blockierten den Haushalt, hieß es in Washington.",
		[]want{{"Republikaner", 1, "kb:us-republican-party", "", "kb"}}},
	{"the same name where the document does not: the recogniser's, if anyone's", "de", "2016-03-01",
		"In Wien warben die Republikaner für eine neue Verfassung.",
		[]want{{"Republikaner", 1, "local:org:republikaner", "", "ner"}}},
	{"the Treasury of the document's country", "en", "1987-03-02",
		"The Treasury said British borrowing rose in February, the Bank of England said.",
		[]want{{"Treasury", 1, "kb:hm-treasury", "", ""}}},
	{"the other Treasury", "en", "1987-03-02",
		"The Treasury said it would sell more U.S. bills next week.",
		[]want{{"Treasury", 1, "kb:us-treasury", "", ""}}},
	{"no country, no Treasury of the knowledge base", "en", "1987-03-02",
		"The Treasury said borrowing rose in February.",
		[]want{{"Treasury", 1, "local:org:treasury", "", "ner"}}},
	{"a news agency's byline does not make the story British", "en", "1987-03-02",
		"The Treasury said borrowing rose in February.\n Reuter",
		[]want{{"Treasury", 1, "local:org:treasury", "", "ner"}, {"Reuter", 1, "kb:reuters", "", ""}}},
	{"an inflected agency name and a paper's own capitals", "de", "2016-03-01",
		"Das sagte ein Sprecher der Deutschen Presse-Agentur. Wie der STANDARD erfuhr, ist Landeshauptmann Hans Niessl dagegen. Niessl will verhandeln.",
		[]want{{"Deutschen Presse-Agentur", 1, "kb:dpa", "", "kb"}, {"STANDARD", 1, "kb:der-standard", "", "kb"},
			{"Hans Niessl", 1, "kb:hans-niessl", "", "kb"}, {"Niessl", 2, "kb:hans-niessl", "", "coref"}}},
	{"a surname that is also a small town's name", "de", "2025-03-03",
		"Die Grünen-Politikerin Roth kritisierte am Montag die Regierung.",
		[]want{{"Roth", 1, "local:per:roth", "", "ner"}}},
	{"the small town itself", "de", "2025-03-03",
		"In Roth bei Nürnberg wurde am Sonntag gewählt.",
		[]want{{"Roth", 1, "geonames:2844265", "", "kb"}}},
	{"truncated German compound", "de", "",
		"Der Konflikt zwischen Nord- und Südkorea verschärft sich.",
		[]want{{"Nord-", 1, "iso3:PRK", "", "kb"}, {"Südkorea", 1, "iso3:KOR", "", "kb"}}},
}

// resolveID turns "iso3:XXX" into the country's id.
func (f *fixture) resolveID(t *testing.T, id string) string {
	if c, ok := strings.CutPrefix(id, "iso3:"); ok {
		e, found := f.kb.Country(c)
		if !found {
			t.Fatalf("no country %s", c)
		}
		return e.ID
	}
	return id
}

// nthSpan finds the n-th occurrence of s in text.
func nthSpan(text, s string, n int) (dossier.Span, bool) {
	off := 0
	for i := 1; ; i++ {
		j := strings.Index(text[off:], s)
		if j < 0 {
			return dossier.Span{}, false
		}
		if i == n {
			return dossier.Span{Start: off + j, End: off + j + len(s)}, true
		}
		off += j + len(s)
	}
}

// checkWants checks the expectations against the mentions of doc.
func (f *fixture) checkWants(t *testing.T, doc *dossier.Document, ws []want) {
	t.Helper()
	for _, w := range ws {
		n := max(w.nth, 1)
		sp, ok := nthSpan(doc.Text, w.text, n)
		if !ok {
			t.Fatalf("%q #%d not in the text", w.text, n)
		}
		var got *dossier.Mention
		for i := range doc.Mentions {
			if doc.Mentions[i].Span == sp {
				got = &doc.Mentions[i]
			}
		}
		if w.entity == "-" {
			if got != nil {
				t.Errorf("%q #%d: unexpected mention → %s\n%s", w.text, n, got.Entity, dump(doc.Mentions))
			}
			continue
		}
		if got == nil {
			t.Errorf("%q #%d: no mention\n%s", w.text, n, dump(doc.Mentions))
			continue
		}
		if name, ok := cutName(w.entity); ok {
			if e, _ := f.linker.Entity(got.Entity); e.Name != name {
				t.Errorf("%q #%d → %q (%q), want an entity named %q", w.text, n, got.Entity, e.Name, name)
			}
		} else if id := f.resolveID(t, w.entity); got.Entity != id {
			t.Errorf("%q #%d → %q, want %q\n%s", w.text, n, got.Entity, id, dump(doc.Mentions))
		}
		if w.sector != got.Sector && (w.sector != "" || got.Via == "metonym" || got.Via == "adjective") {
			t.Errorf("%q #%d sector %q, want %q", w.text, n, got.Sector, w.sector)
		}
		if w.via != "" && got.Via != w.via {
			t.Errorf("%q #%d via %q, want %q", w.text, n, got.Via, w.via)
		}
	}
}

// linkCase is a text, its language and date, and the mentions the linker
// must give it.
type linkCase struct {
	name, lang, published, text string
	want                        []want
}

// runLinkCases links each case's text with the tagger and the recogniser
// and checks its mentions.
func runLinkCases(t *testing.T, cases []linkCase) {
	t.Helper()
	f := testFixture(t)
	f.needNER(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := f.makeDoc(c.text, c.lang, c.published, true)
			if err := f.linker.Analyze(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, doc)
			f.checkWants(t, doc, c.want)
		})
	}
}

func TestLink(t *testing.T) {
	runLinkCases(t, linkCases)
}

// TestLinkUntagged: without the tagger the names are still found and the
// context rules fall back on word lists.
func TestLinkUntagged(t *testing.T) {
	f := testFixture(t)
	doc := f.makeDoc("Pyongyang said the tests would go on. Sergei Lavrov arrived in Pyongyang, and Lavrov praised the alliance.", "en", "", false)
	if err := f.linker.Analyze(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	f.checkWants(t, doc, []want{
		{"Pyongyang", 1, "iso3:PRK", "GOV", "metonym"},
		{"Pyongyang", 2, idPyongyang, "", "kb"},
		{"Lavrov", 2, idLavrov, "", "coref"},
	})
}

// TestKnowledgeBaseOnly: a linker without recognisers links what the
// knowledge base knows, and drops surnames and common words nothing
// supports.
func TestKnowledgeBaseOnly(t *testing.T) {
	f := testFixture(t)
	doc := f.makeDoc("Kim Jong Un met Vladimir Putin in Vostochny. Kim thanked Putin. Nordwind flights resumed.", "en", "", true)
	if err := f.bare.Analyze(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	f.checkWants(t, doc, []want{
		{"Kim Jong Un", 1, idKimJongUn, "", "kb"},
		{"Kim", 2, idKimJongUn, "", "coref"},
		{"Putin", 2, "Q7747", "", "coref"},
		{"Nordwind", 1, "-", "", ""},
	})
}

func TestLocalIDs(t *testing.T) {
	for _, c := range []struct{ class, name, want string }{
		{"PER", "Sven Hauberg", "local:per:sven-hauberg"},
		{"PER", "Jürgen Weiß", "local:per:jurgen-weiss"},
		{"ORG", "Korea JoongAng", "local:org:korea-joongang"},
		{"LOC", "Nasser's", "local:loc:nasser"},
		{"MISC", "Corona-Pandemie", "local:misc:corona-pandemie"},
		{"PER", "…", ""},
	} {
		got := LocalID(c.class, c.name)
		if got != c.want {
			t.Errorf("LocalID(%q, %q) = %q, want %q", c.class, c.name, got, c.want)
		}
		if got == "" {
			continue
		}
		kind, slug, ok := ParseLocalID(got)
		if !ok || slug == "" || kind == "" {
			t.Errorf("ParseLocalID(%q) = %q, %q, %v", got, kind, slug, ok)
		}
	}
	if _, _, ok := ParseLocalID("Q423"); ok {
		t.Error("a KB id parsed as local")
	}
}

func TestEntityAndLocalEntities(t *testing.T) {
	f := testFixture(t)
	f.needNER(t)
	doc := f.makeDoc("Die Analystin Friederike Wendlandt widerspricht. Wendlandt verweist auf Nordkorea.", "de", "", true)
	if err := f.linker.Analyze(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	locals := LocalEntities(doc)
	if len(locals) != 1 || locals[0].ID != "local:per:friederike-wendlandt" || locals[0].Kind != dossier.KindPerson ||
		locals[0].Name != "Friederike Wendlandt" {
		t.Fatalf("LocalEntities = %+v\n%s", locals, dump(doc.Mentions))
	}
	if len(locals[0].Aliases) != 1 || locals[0].Aliases[0] != "Wendlandt" {
		t.Errorf("aliases %v", locals[0].Aliases)
	}
	e, ok := f.linker.Entity("local:per:friederike-wendlandt")
	if !ok || e.Name != "Friederike Wendlandt" || e.Kind != dossier.KindPerson {
		t.Errorf("Entity(local) = %+v, %v", e, ok)
	}
	if e, ok := New(f.kb, nil).Entity("local:org:korea-joongang"); !ok || e.Name != "Korea Joongang" {
		t.Errorf("Entity of an unseen local id = %+v, %v", e, ok)
	}
	if e, ok := f.linker.Entity("Q423"); !ok || e.Country != "PRK" {
		t.Errorf("Entity(Q423) = %+v, %v", e, ok)
	}
	if _, ok := f.linker.Entity("nonsense"); ok {
		t.Error("Entity(nonsense) found")
	}
}

func TestDocumentDate(t *testing.T) {
	for _, c := range []struct {
		doc  dossier.Document
		want string
	}{
		{dossier.Document{Published: "2024-02-27T10:00:00+01:00"}, "2024-02-27"},
		{dossier.Document{Published: "2024-02"}, "2024-02"},
		{dossier.Document{Text: "Stand: 28.02.2024. Am 9. März 2020 wurde die Botschaft geschlossen."}, "2024-02-28"},
		{dossier.Document{Text: "Updated July 31, 2025; first published 2 June 2025."}, "2025-07-31"},
		{dossier.Document{Text: "Im Jahr 2018 und 2019 trafen sie sich."}, ""},
		{dossier.Document{Text: "x", Timexes: []dossier.TimeValue{
			{Type: "DATE", Value: "2023-10-19"}, {Type: "DATE", Value: "2025-01-01", Anchor: "text 2023-10-19"}}}, "2023-10-19"},
	} {
		if got := documentDate(&c.doc); got != c.want {
			t.Errorf("documentDate(%q, %q) = %q, want %q", c.doc.Published, c.doc.Text, got, c.want)
		}
	}
}

// checkInvariants: mentions lie in the text, are sorted and do not overlap,
// and their Text is the text they cover.
func checkInvariants(t testing.TB, doc *dossier.Document) {
	t.Helper()
	prevEnd := 0
	for i, m := range doc.Mentions {
		if m.Start < 0 || m.End > len(doc.Text) || m.Start >= m.End {
			t.Fatalf("mention %d %+v outside the text (%d bytes)", i, m.Span, len(doc.Text))
		}
		if m.Start < prevEnd {
			t.Fatalf("mention %d %+v overlaps or is out of order (previous end %d)", i, m.Span, prevEnd)
		}
		prevEnd = m.End
		if m.Text != doc.Text[m.Start:m.End] {
			t.Fatalf("mention %d text %q, text at span %q", i, m.Text, doc.Text[m.Start:m.End])
		}
		switch m.Class {
		case "PER", "ORG", "LOC", "MISC":
		default:
			t.Fatalf("mention %d class %q", i, m.Class)
		}
		if m.Confidence <= 0 || m.Confidence > 1 {
			t.Fatalf("mention %d %q confidence %v", i, m.Text, m.Confidence)
		}
	}
}

// TestLocalEntityNameWrapped: a name broken over a line end is named with
// one space, and the same name on one line is no second alias.
func TestLocalEntityNameWrapped(t *testing.T) {
	doc := &dossier.Document{Mentions: []dossier.Mention{
		{Text: "Harriet\nOkonjo", Entity: "local:per:harriet-okonjo"},
		{Text: "Harriet Okonjo", Entity: "local:per:harriet-okonjo"},
		{Text: "Okonjo", Entity: "local:per:harriet-okonjo"},
	}}
	got := LocalEntities(doc)
	if len(got) != 1 || got[0].Name != "Harriet Okonjo" || len(got[0].Aliases) != 1 || got[0].Aliases[0] != "Okonjo" {
		t.Errorf("LocalEntities = %+v", got)
	}
}

// TestSharedAdjectiveConfidence: an adjective two countries share is the
// larger one's with the confidence of a guess, unless the document says
// which.
func TestSharedAdjectiveConfidence(t *testing.T) {
	f := testFixture(t)
	f.needNER(t)
	for _, c := range []struct {
		text, adj, entity string
		guess             bool
	}{
		{"Congolese troops crossed the border on Monday.", "Congolese", "iso3:COD", true},
		{"Dominican officials said the ship sank.", "Dominican", "iso3:DOM", true},
		{"Congolese troops crossed the border. Kinshasa denied it.", "Congolese", "iso3:COD", false},
		{"Congolese troops crossed the border. Brazzaville denied it.", "Congolese", "iso3:COG", false},
		{"Chinese troops crossed the border.", "Chinese", "iso3:CHN", false},
	} {
		doc := f.makeDoc(c.text, "en", "2024-03-10", true)
		if err := f.linker.Analyze(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		var got *dossier.Mention
		for i := range doc.Mentions {
			if doc.Mentions[i].Text == c.adj {
				got = &doc.Mentions[i]
				break
			}
		}
		if got == nil {
			t.Errorf("%q: no mention of %q\n%s", c.text, c.adj, dump(doc.Mentions))
			continue
		}
		if id := f.resolveID(t, c.entity); got.Entity != id {
			t.Errorf("%q: %q → %s, want %s", c.text, c.adj, got.Entity, id)
		}
		if guess := got.Confidence == confGuess; guess != c.guess {
			t.Errorf("%q: %q confidence %v, want a guess: %v", c.text, c.adj, got.Confidence, c.guess)
		}
	}
}

// TestLeaderBySurname: a surname alone is the sitting head of state or
// government of a country the document names, on its date.
func TestLeaderBySurname(t *testing.T) {
	f := testFixture(t)
	for _, c := range []struct {
		date, country, key, want string
	}{
		{"2015-08-14", "USA", "obama", "Q76"},
		{"2019-08-14", "USA", "obama", ""}, // no longer in office
		{"2015-08-14", "", "obama", ""},    // the story names no US place
		{"2015-08-14", "USA", "putin", ""}, // Russia not named
		{"2015-08-14", "RUS", "putin", "Q7747"},
		{"", "USA", "obama", ""}, // no date
	} {
		d := f.linker.newDoc(&dossier.Document{Published: c.date})
		if c.country != "" {
			d.countries[c.country] = 1
		}
		if got := d.leaderBySurname(c.key); got != c.want {
			t.Errorf("leaderBySurname(%q) on %s with %q named = %q, want %q", c.key, c.date, c.country, got, c.want)
		}
	}
}
