package queue

import (
	"bytes"
	"compress/gzip"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/dossier-news/dossier/ingest"
)

func TestEncodeDecode(t *testing.T) {
	big := "<html><body>" + strings.Repeat("<p>Die Delegation reiste am Montag nach Pjöngjang.</p>\n", 2000) + "</body></html>"
	cases := []struct {
		name string
		it   ingest.Item
		gzip bool
	}{
		{"text", ingest.Item{Source: "a.txt", Path: "in/a.txt", Format: ingest.FormatText, Body: []byte("Kim empfing Lawrow.")}, false},
		{"record", ingest.Item{Source: "https://example.org/x", Path: "in/b.jsonl", Line: 7, Format: ingest.FormatHTML,
			Body: []byte("<p>Über Wonsan</p>"), Title: "Über „Wonsan“", Published: "2025-07-13", Author: "Ä. Muster", Lang: "de"}, false},
		{"big page", ingest.Item{Source: "big.html", Format: ingest.FormatHTML, Body: []byte(big)}, true},
		{"windows-1252 body", ingest.Item{Source: "c.txt", Format: ingest.FormatText, Body: []byte("Stra\xdfe")}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data, id, err := Encode(c.it)
			if err != nil {
				t.Fatal(err)
			}
			if len(id) != 64 {
				t.Errorf("id %q is not a SHA-256", id)
			}
			if c.gzip && len(data) > len(c.it.Body)/3 {
				t.Errorf("message of %d bytes for a body of %d: not compressed", len(data), len(c.it.Body))
			}
			got, err := Decode(data)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, c.it) {
				t.Errorf("Decode(Encode(x)) = %+v\nwant %+v", got, c.it)
			}
			_, again, _ := Encode(c.it)
			if again != id {
				t.Error("the same item got two ids")
			}
			other := c.it
			other.Source += "#2"
			if _, id2, _ := Encode(other); id2 == id {
				t.Error("items from different sources share an id")
			}
		})
	}
	if _, _, err := Encode(ingest.Item{Source: "x.jsonl", Format: ingest.FormatJSONL, Body: []byte("{}")}); err == nil {
		t.Error("a JSON-lines container was encoded as one item")
	}
}

func TestDecodeRejects(t *testing.T) {
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	zw.Write(make([]byte, MaxBody+1))
	zw.Close()
	cases := map[string]string{
		"empty":        "",
		"no magic":     `{"source":"a","format":"text"}` + "\nbody",
		"no metadata":  magic + `{"source":"a","format":"text"}`,
		"bad json":     magic + "{\nbody",
		"bad format":   magic + `{"source":"a","format":"feed"}` + "\nbody",
		"bad line":     magic + `{"source":"a","format":"text","line":-1}` + "\nbody",
		"bad gzip":     magic + `{"source":"a","format":"text","gzip":true}` + "\nnot gzip",
		"gzip bomb":    magic + `{"source":"a","format":"text","gzip":true}` + "\n" + bomb.String(),
		"invalid utf8": magic + `{"source":"a\xff","format":"text"}` + "\nbody",
	}
	for name, data := range cases {
		if _, err := Decode([]byte(data)); !errors.Is(err, ErrBadMessage) {
			t.Errorf("%s: Decode error = %v, want ErrBadMessage", name, err)
		}
	}
}

func FuzzDecode(f *testing.F) {
	for _, it := range []ingest.Item{
		{Source: "a.txt", Format: ingest.FormatText, Body: []byte("Kim empfing Lawrow.")},
		{Source: "b", Format: ingest.FormatHTML, Line: 3, Title: "T", Body: []byte(strings.Repeat("<p>x y z</p>", 2000))},
	} {
		data, _, _ := Encode(it)
		f.Add(data)
	}
	f.Add([]byte(magic + "{}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		it, err := Decode(data)
		if err != nil {
			if !errors.Is(err, ErrBadMessage) {
				t.Fatalf("error %v is not ErrBadMessage", err)
			}
			return
		}
		again, _, err := Encode(it)
		if err != nil {
			t.Fatalf("decoded item does not encode: %v", err)
		}
		it2, err := Decode(again)
		if err != nil || !reflect.DeepEqual(it, it2) {
			t.Fatalf("round trip changed the item: %+v / %+v, %v", it, it2, err)
		}
	})
}
