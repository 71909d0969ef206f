package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func sharedData(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("DOSSIER_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "..", "shared")
	}
	dir = filepath.Join(dir, "data")
	if _, err := os.Stat(filepath.Join(dir, "kb-countries")); err != nil {
		t.Skipf("shared data not found at %s (set DOSSIER_SHARED): %v", dir, err)
	}
	return dir
}

func generate(t *testing.T, shared string) []byte {
	t.Helper()
	b := newBuilder()
	if err := b.build(shared, filepath.Join("..", "..", "curated")); err != nil {
		t.Fatal(err)
	}
	data, err := b.encode()
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestDeterministic: two runs give the same bytes, and the committed data
// file is what the generator makes from the current inputs.
func TestDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("generator run skipped in -short mode")
	}
	shared := sharedData(t)
	a := generate(t, shared)
	b := generate(t, shared)
	if !bytes.Equal(a, b) {
		t.Fatal("two generator runs differ")
	}
	committed, err := os.ReadFile(filepath.Join("..", "..", "data", "kb.tsv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, committed) {
		t.Error("kb/data/kb.tsv.gz is stale: run go generate ./kb")
	}
}

func TestTranslit(t *testing.T) {
	for in, want := range map[string]string{
		"Sergey Lavrov":       "Sergej Lawrow",
		"Volodymyr Zelenskyy": "Wolodymyr Selenskyj",
		"Sergey Shoygu":       "Sergej Schoigu",
		"Dmitry Peskov":       "Dmitri Peskow",
		"Mikhail Mishustin":   "Michail Mischustin",
		"Valery Gerasimov":    "Waleri Gerassimow",
		"Yevgeny Prigozhin":   "Jewgeni Prigoschin",
	} {
		got := translitDE(in)
		if len(got) != 1 || got[0] != want {
			t.Errorf("translitDE(%q) = %v, want %q", in, got, want)
		}
	}
	if got := translitEN("Sergey Lavrov"); len(got) != 1 || got[0] != "Sergei Lavrov" {
		t.Errorf("translitEN = %v", got)
	}
}

func TestOffice(t *testing.T) {
	for _, tc := range []struct{ cc, pos, want string }{
		{"RU", "Minister of Foreign Affairs", ForeignMinister},
		{"GB", "Secretary of State for Foreign and Commonwealth Affairs", ForeignMinister},
		{"GB", "Minister of State for Foreign Affairs", "other"},
		{"US", "Secretary of State", ForeignMinister},
		{"US", "Secretary of Defence", DefenceMinister},
		{"US", "Deputy Secretary of Defence", "other"},
		{"IN", "Minister of External Affairs", ForeignMinister},
		{"FR", "Minister of the Armed Forces", DefenceMinister},
		{"IR", "Minister of Defence and Armed Forces Logistics", DefenceMinister},
		{"IR", "President", HeadOfGovernment},
		{"KP", "Supreme Leader", HeadOfState},
		{"CN", "Premier of the State Council", HeadOfGovernment},
		{"KR", "Prime Minister", "prime_minister"},
		{"AU", "Minister for Defence Materiel", "other"},
	} {
		if got := office(tc.cc, tc.pos)[0]; got != tc.want {
			t.Errorf("office(%s, %q) = %s, want %s", tc.cc, tc.pos, got, tc.want)
		}
	}
}

func FuzzParsePhoenix(f *testing.F) {
	f.Add("NATO_\n+NORTH_ATLANTIC_TREATY_ORGANIZATION_\n\t[IGOWSTNAT]# x\nSERGEY_LAVROV_  # CountryInfo.txt\n+LAVROV\n\t[RUSGOV >20040309]\n")
	f.Add("UN_ [IGOUNO]\nU.N._\n\t[IGOUNO 950701-951231][IGOWSTNAT 951205-991006]\n")
	f.Fuzz(func(t *testing.T, in string) {
		path := filepath.Join(t.TempDir(), "actors.txt")
		if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
			t.Fatal(err)
		}
		blocks, err := parsePhoenix(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, bl := range blocks {
			for _, c := range bl.codes {
				if !validDate(c.start) || !validDate(c.end) {
					t.Errorf("bad date in %+v", c)
				}
			}
			_ = titleCase(bl.name)
		}
	})
}
