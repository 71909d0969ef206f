package dossier

import "testing"

func TestCheckDate(t *testing.T) {
	for in, ok := range map[string]bool{
		"": true, "2024": true, "2024-02": true, "2024-02-29": true,
		"2023-02-29": false, "2024-13-01": false, "2024-00": false, "24-01-01": false,
		"yesterday": false, "2024/01/01": false, "2024-1-1": false,
	} {
		if err := CheckDate(in); (err == nil) != ok {
			t.Errorf("CheckDate(%q) = %v, want ok %v", in, err, ok)
		}
	}
}

func TestJoinMarks(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"sagte «Kim» «Yo» «Jong».", "sagte «Kim Yo Jong»."},
		{"«Kim» and «Jong»", "«Kim» and «Jong»"},
		{"der «Kim»-«Jong»-Clan", "der «Kim-Jong»-Clan"},
		{"no marks", "no marks"},
	} {
		if got := JoinMarks(c.in); got != c.want {
			t.Errorf("JoinMarks(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
