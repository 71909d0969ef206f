package event

import "testing"

func TestParticipleVerbDE(t *testing.T) {
	lx, err := loadLexicon("de", false)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ part, want string }{
		{"annektiert", "annektieren"},
		{"getötet", "töten"},
		{"angegriffen", "angreifen"},
		{"festgenommen", "festnehmen"},
		{"erschossen", "erschießen"},
		{"unterstützt", "unterstützen"},
		{"verhaftet", "verhaften"},
		{"entsandt", "entsenden"},
		{"geplant", ""},
		{"bekannt", "bekennen"},
		{"anerkannt", "anerkennen"},
		{"gut", ""},
	} {
		got, ok := lx.participleVerbDE(tc.part)
		if tc.want == "" {
			if ok {
				t.Errorf("%s: got %s, want none", tc.part, got)
			}
			continue
		}
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.part, got, tc.want)
		}
	}
}
