package ner

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestReadNameList(t *testing.T) {
	type nc struct{ name, class string }
	tests := []struct {
		name    string
		in      string
		want    []nc
		wantErr bool
	}{
		{"kinds and extra columns", "# comment\nHildegard\tfirst\tde\nOzturk\tlast\nBalthasar\tname\nSiemens\torg\n\n",
			[]nc{{"Hildegard", GazListFirst}, {"Ozturk", GazListLast}, {"Balthasar", GazListName}, {"Siemens", GazListOrg}}, false},
		{"skipped names", "X\tfirst\nvon\tlast\nИван\tfirst\nÖzdemir\tlast\n",
			[]nc{{"Özdemir", GazListLast}}, false},
		{"no tab", "Hildegard first\n", nil, true},
		{"unknown kind", "Hildegard\tgiven\n", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []nc
			err := ReadNameList(strings.NewReader(tt.in), func(name, class string) { got = append(got, nc{name, class}) })
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if !tt.wantErr && !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestAddNameList(t *testing.T) {
	path := filepath.Join(t.TempDir(), "names.tsv")
	if err := os.WriteFile(path, []byte("Hildegard\tfirst\nMaria Luisa\tfirst\nOzturk\tlast\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	l := NewLexicon()
	counts := map[string]int{}
	if err := AddNameList(context.Background(), l, counts, path); err != nil {
		t.Fatal(err)
	}
	if want := map[string]int{GazListFirst: 2, GazListLast: 1}; !reflect.DeepEqual(counts, want) {
		t.Errorf("counts = %v, want %v", counts, want)
	}
	got := l.Lookup([]string{"Maria", "Luisa", "und", "HILDEGARD", "Öztürk", "Ozturk"})
	want := []GazMatch{{0, 2, GazListFirst}, {3, 4, GazListFirst}, {4, 5, GazListLast}, {5, 6, GazListLast}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("matches %v, want %v", got, want)
	}
	if err := AddNameList(context.Background(), l, counts, filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("missing file: no error")
	}
}

func FuzzReadNameList(f *testing.F) {
	f.Add("Hildegard\tfirst\tde\nOzturk\tlast\n")
	f.Add("# x\n\nBalthasar\tname\n")
	f.Add("a\tb")
	f.Fuzz(func(t *testing.T, in string) {
		_ = ReadNameList(strings.NewReader(in), func(name, class string) {
			if name == "" || classBit(class) == classBit(GazOther) {
				t.Errorf("name %q class %q", name, class)
			}
		})
	})
}
