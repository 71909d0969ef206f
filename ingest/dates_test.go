package ingest

import "testing"

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-02-29", "2024-02-29"},
		{" 2024-02-29 ", "2024-02-29"},
		{"2023-02-29", ""}, // no such day, and no other date in it
		{"2024-13-01", ""},
		{"2024-03-05T00:00:00Z", "2024-03-05"},
		{"2024-03-05T14:30:00Z", "2024-03-05T14:30:00Z"},
		{"2024-03-05 14:30:00", "2024-03-05T14:30:00Z"},
		{"Tue, 05 Mar 2024 14:30:00 +0100", "2024-03-05T14:30:00+01:00"},
		{"5 Mar 2024 14:30:00 +0000", "2024-03-05T14:30:00Z"},
		{"", ""},
		{"yesterday", ""},
	}
	for _, tt := range tests {
		if got := normalizeDate(tt.in); got != tt.want {
			t.Errorf("normalizeDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// BenchmarkNormalizeDate is the date of every JSON line: allocations here
// are per document.
func BenchmarkNormalizeDate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if normalizeDate("2019-06-30") == "" {
			b.Fatal("no date")
		}
	}
}
