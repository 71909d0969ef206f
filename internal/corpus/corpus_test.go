package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadGNAD(t *testing.T) {
	in := "Sport;'Ein Text mit ''Zitat''.'\nWeb;'Zweiter; mit Semikolon.'\n\n"
	recs, err := ReadGNAD(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || recs[0].Text != "Ein Text mit 'Zitat'." || recs[1].Text != "Zweiter; mit Semikolon." || recs[0].Lang != "de" {
		t.Errorf("records = %+v", recs)
	}
	for _, bad := range []string{"no separator", "X;'open"} {
		if _, err := ReadGNAD(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadGNAD(%q) succeeded", bad)
		}
	}
}

func TestReadReuters(t *testing.T) {
	in := `<REUTERS TOPICS="YES" NEWID="7">
<DATE>26-FEB-1987 15:01:01.79</DATE><TEXT>&#2;
<TITLE>GRAIN &amp; OIL</TITLE><BODY>Prices rose on
Monday.
 Reuter
&#3;</BODY></TEXT></REUTERS>
<REUTERS NEWID="8"><TEXT TYPE="BRIEF"><TITLE>NO BODY</TITLE></TEXT></REUTERS>`
	recs, err := ReadReuters(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 {
		t.Fatalf("got %d records, want 1", len(recs))
	}
	r := recs[0]
	if r.ID != "reuters-7" || r.Title != "GRAIN & OIL" || r.Published != "1987-02-26" || r.Text != "Prices rose on\nMonday." {
		t.Errorf("record = %+v", r)
	}
}

func TestSharedCorpora(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data")
	f, err := os.Open(filepath.Join(dir, "news-de-10kgnad", "test.csv"))
	if err != nil {
		t.Skip("../shared/data not here")
	}
	defer f.Close()
	recs, err := ReadGNAD(f)
	if err != nil || len(recs) != 1028 {
		t.Errorf("10kGNAD: %d records, %v; want 1028", len(recs), err)
	}
	g, err := os.Open(filepath.Join(dir, "news-en-reuters21578", "reut2-000.sgm"))
	if err != nil {
		t.Skip(err)
	}
	defer g.Close()
	recs, err = ReadReuters(g)
	if err != nil || len(recs) < 900 {
		t.Errorf("Reuters: %d records, %v", len(recs), err)
	}
}

func FuzzReadGNAD(f *testing.F) {
	f.Add("Sport;'Ein ''Text''.'\nWeb;x")
	f.Fuzz(func(t *testing.T, s string) { _, _ = ReadGNAD(strings.NewReader(s)) })
}

func FuzzReadReuters(f *testing.F) {
	f.Add(`<REUTERS NEWID="1"><DATE>26-FEB-1987 15:01:01.79</DATE><BODY>x &#3;</BODY></REUTERS>`)
	f.Fuzz(func(t *testing.T, s string) { _, _ = ReadReuters(strings.NewReader(s)) })
}
