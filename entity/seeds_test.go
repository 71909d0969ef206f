package entity

import (
	"path/filepath"
	"testing"
)

// seedWant is one expected link in a seed article: the n-th occurrence of
// a name in the document text. Only names (facts) are written here; the
// articles are read from ../shared/seeds.
type seedWant struct {
	seed   string // file name prefix
	text   string
	nth    int
	entity string // id, "iso3:XXX" or "name:<canonical name>"
	sector string
}

var seedWants = []seedWant{
	// 000 (English, undated)
	{"000", "North Korea", 1, "iso3:PRK", ""},
	{"000", "South Korea", 1, "iso3:KOR", ""},
	{"000", "Pyongyang", 1, idPyongyang, ""}, // the government in Pyongyang: the place
	{"000", "Pyongyang", 2, "iso3:PRK", "GOV"},
	{"000", "Pyongyang", 3, "iso3:PRK", "GOV"},
	{"000", "US", 1, "iso3:USA", ""},
	{"000", "South Korean", 2, "iso3:KOR", "MIL"},
	{"000", "North", 5, "iso3:PRK", ""}, // North and South Korea
	{"000", "Kaesong", 1, "name:Kaesong", ""},
	{"000", "Diamond Mountains", 1, "kb:mount-kumgang", ""},
	{"000", "Kim Jong Un", 1, idKimJongUn, ""},
	{"000", "Workers’ Party", 1, "kb:wpk", ""},
	// 001 (English, 2024-02-27)
	{"001", "German", 1, "iso3:DEU", "GOV"},
	{"001", "German", 2, "iso3:DEU", "GOV"}, // German delegation
	{"001", "Germany", 1, "iso3:DEU", ""},
	{"001", "Pyongyang", 1, idPyongyang, ""},
	{"001", "Kim Jong-un", 1, idKimJongUn, ""},
	{"001", "Kim Jong Un", 1, idKimJongUn, ""},
	{"001", "Foreign Office", 1, "kb:auswaertiges-amt", ""},
	{"001", "Foreign Office", 2, "kb:auswaertiges-amt", ""},
	{"001", "Foreign Office", 3, "kb:auswaertiges-amt", ""},
	{"001", "Berlin", 1, "Q64", ""},
	{"001", "NK News", 1, "kb:nk-news", ""},
	{"001", "Annalena Baerbock", 1, "kb:annalena-baerbock", ""},
	{"001", "China", 1, "iso3:CHN", ""},
	{"001", "Chinese", 1, "iso3:CHN", "GOV"},
	{"001", "Beijing", 1, "iso3:CHN", "GOV"},
	{"001", "Moscow", 1, "iso3:RUS", "GOV"}, // relations between Pyongyang and Moscow
	{"001", "Russian", 1, "iso3:RUS", "GOV"},
	{"001", "Sergei Lavrov", 1, idLavrov, ""},
	{"001", "Wladimir Putin", 1, "Q7747", ""},
	{"001", "Russia", 1, "iso3:RUS", ""},
	{"001", "Ukraine", 1, "iso3:UKR", ""},
	{"001", "South Korean", 1, "iso3:KOR", "SPY"},
	{"001", "US State Department", 1, "kb:us-state-department", ""},
	{"001", "UN Security Council", 1, "Q37470", ""},
	{"001", "G7", 1, "kb:g7", ""},
	// 002 (German, undated)
	{"002", "nordkoreanische", 1, "iso3:PRK", "GOV"}, // der nordkoreanische Führer
	{"002", "nordkoreanische", 2, "iso3:PRK", "MIL"}, // nordkoreanische Truppen
	{"002", "Kim Jong-un", 1, idKimJongUn, ""},
	{"002", "Kim Jong-uns", 1, idKimJongUn, ""},
	{"002", "Region Kursk", 1, "name:Kursk Oblast", ""},
	{"002", "Seth Jones", 1, "kb:seth-jones", ""},
	{"002", "Wolodymyr Selenskyj", 1, "Q3874799", ""},
	{"002", "ukrainischen", 1, "iso3:UKR", "MIL"},
	{"002", "Nordkorea", 1, "iso3:PRK", ""},
	{"002", "Russland", 1, "iso3:RUS", ""},
	{"002", "Nord-", 1, "iso3:PRK", ""},
	{"002", "Südkorea", 1, "iso3:KOR", ""},
	{"002", "China", 1, "iso3:CHN", ""},
	{"002", "KCNA", 1, "kb:kcna", ""},
	{"002", "Nordkoreas", 1, "iso3:PRK", ""},
	{"002", "Yoon Suk-yeol", 1, idYoon, ""},
	{"002", "USA", 1, "iso3:USA", ""},
	{"002", "Donald Trump", 1, idTrump, ""},
	// 003 (German, 2025-07-31)
	{"003", "Kim", 1, idKimJongUn, ""}, // the headline names him before the text does
	{"003", "Moskau", 1, idMoscow, ""}, // a flight between the cities
	{"003", "Pjöngjang", 1, idPyongyang, ""},
	{"003", "Nordwind", 1, "kb:nordwind-airlines", ""},
	{"003", "Moskau", 2, idMoscow, ""},
	{"003", "Wonsan Kalma", 1, "kb:wonsan-kalma", ""},
	{"003", "Moskau", 3, "iso3:RUS", "GOV"},
	{"003", "UN-Sicherheitsrat", 1, "Q37470", ""},
	{"003", "Kim Jong Un", 1, idKimJongUn, ""},
	{"003", "Russlands", 1, "iso3:RUS", "GOV"},
	{"003", "Sergej Lawrow", 1, idLavrov, ""},
	{"003", "Lawrow", 2, idLavrov, ""},
	{"003", "russische Außenminister", 1, idLavrov, ""},
	{"003", "Moskau", 4, idMoscow, ""},
	{"003", "Republik Belarus", 1, "iso3:BLR", ""},
	{"003", "Demokratische Volksrepublik Korea", 1, "iso3:PRK", ""},
	{"003", "Kims Schwester", 1, idKimYoJong, ""},
	{"003", "Kim Yo Jong", 1, idKimYoJong, ""},
	{"003", "KCNA", 1, "kb:kcna", ""},
	{"003", "US", 2, "iso3:USA", "GOV"}, // US-Präsident Donald Trump
	{"003", "Donald Trump", 1, idTrump, ""},
	{"003", "Kim Jong Un", 2, idKimJongUn, ""},
	{"003", "Trump", 3, idTrump, ""},
	{"003", "APEC", 1, "kb:apec", ""},
	{"003", "Kim", 9, idKimJongUn, ""}, // Kim und Trump, after Kim Jong Un
	{"003", "Singapur", 1, "iso3:SGP", ""},
	{"003", "Vietnam", 1, "iso3:VNM", ""},
	{"003", "Kim Yo Jong", 2, idKimYoJong, ""},
	{"003", "südkoreanische", 1, "iso3:KOR", "SPY"},
	{"003", "NIS", 1, "kb:nis", ""},
	{"003", "Kims Schwester", 2, idKimYoJong, ""}, // after Kim Yo Jong was named: never her own sister
	{"003", "Lee Jae-myung", 1, idLee, ""},
	{"003", "Lee", 2, idLee, ""},
	{"003", "Kims Schwester", 3, idKimYoJong, ""},
	{"003", "Seoul", 1, "iso3:KOR", "GOV"},
	{"003", "Seoul", 2, "Q8684", ""},
	{"003", "Moskau", 5, "iso3:RUS", "GOV"},
	{"003", "Washington", 2, "iso3:USA", "GOV"},
	{"003", "Kim", 14, idKimJongUn, ""}, // Machthaber Kim
	{"003", "Pjöngjang", 3, "iso3:PRK", "GOV"},
	{"003", "Hong Min", 1, "kb:hong-min", ""},
	{"003", "Lawrow", 6, idLavrov, ""},
}

// TestSeeds runs the pipeline (ingest, language, segmentation, tagging,
// entities) over the seed articles and checks the links a reader would make.
func TestSeeds(t *testing.T) {
	f := testFixture(t)
	f.needNER(t)
	files, _ := filepath.Glob(filepath.Join(sharedDir(t), "seeds", "*.txt"))
	if len(files) == 0 {
		t.Skip("no seed articles in ../shared/seeds")
	}
	p := f.pipeline(t)
	for _, fn := range files {
		prefix := filepath.Base(fn)[:3]
		var ws []want
		for _, w := range seedWants {
			if w.seed != prefix {
				continue
			}
			ws = append(ws, want{text: w.text, nth: w.nth, entity: w.entity, sector: w.sector})
		}
		if len(ws) == 0 {
			continue
		}
		t.Run(prefix, func(t *testing.T) {
			docs := f.processFile(t, p, fn)
			if len(docs) != 1 {
				t.Fatalf("%d documents", len(docs))
			}
			checkInvariants(t, docs[0])
			f.checkWants(t, docs[0], ws)
		})
	}
}

func cutName(s string) (string, bool) {
	if len(s) > 5 && s[:5] == "name:" {
		return s[5:], true
	}
	return "", false
}
