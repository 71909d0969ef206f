package sqlite

import (
	"encoding/json"
	"testing"
)

// TestJSONListAsMarshal holds appendJSONList and appendJSONInts to
// json.Marshal's bytes: the fingerprints are stored as they write them.
func TestJSONListAsMarshal(t *testing.T) {
	lists := [][]string{nil, {}, {""}, {"e:Q7184", "t:2024-05", "w:kim jong un"}, {"a<b", "x"}, {"x", "a&b"}, {"q\"uote"}, {"back\\slash"},
		{"tab\there"}, {"Grüße", "plain"}, {"Пхеньян", "평양"}, {"line\u2028sep"}, {"para\u2029sep"}, {"ünd", "a>b"}, {"bad\xffutf8"}, {"del\x7f"}, {"ctl\x01"}}
	for _, ss := range lists {
		want, err := json.Marshal(ss)
		if err != nil {
			t.Fatal(err)
		}
		got, err := appendJSONList([]byte("prefix"), ss)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != "prefix"+string(want) {
			t.Errorf("%q: got %s, want %s", ss, got, want)
		}
	}
	for _, vs := range [][]int64{nil, {}, {0}, {-1, 42, 9223372036854775807, -9223372036854775808}} {
		want, _ := json.Marshal(vs)
		if got := appendJSONInts(nil, vs); string(got) != string(want) {
			t.Errorf("%v: got %s, want %s", vs, got, want)
		}
	}
}

func FuzzJSONList(f *testing.F) {
	f.Add("e:Q1", "x<y")
	f.Fuzz(func(t *testing.T, a, b string) {
		ss := []string{a, b}
		want, _ := json.Marshal(ss)
		got, _ := appendJSONList(nil, ss)
		if string(got) != string(want) {
			t.Errorf("%q: got %s, want %s", ss, got, want)
		}
	})
}
