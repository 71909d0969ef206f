package entity

import "testing"

func TestLatestDateInPrefilter(t *testing.T) {
	tests := []struct {
		in   string
		four bool
		want string
	}{
		{"no year here, only 12 and 345", false, ""},
		{"am 3. Mai 201 und 1.2.99", false, ""},
		{"signed on 2019-05-03 and 4 June 2021", true, "2021-06-04"},
		{"am 28.02.2024 in Bonn", true, "2024-02-28"},
		{"a phone number 12345 but no date", true, ""},
		{"März ２０２４ in full-width digits", false, ""},
	}
	for _, tt := range tests {
		if got := hasFourDigits(tt.in); got != tt.four {
			t.Errorf("hasFourDigits(%q) = %v, want %v", tt.in, got, tt.four)
		}
		if got := latestDateIn(tt.in); got != tt.want {
			t.Errorf("latestDateIn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
