package main

import (
	"math"
	"testing"
)

func TestParseMemoryLimit(t *testing.T) {
	tests := []struct {
		in      string
		want    int64
		wantErr bool
	}{
		{"400MiB", 400 << 20, false},
		{"2GiB", 2 << 30, false},
		{" 512KiB ", 512 << 10, false},
		{"1TiB", 1 << 40, false},
		{"1000B", 1000, false},
		{"123456", 123456, false},
		{"off", math.MaxInt64, false},
		{"", 0, true},
		{"0", 0, true},
		{"-5MiB", 0, true},
		{"400MB", 0, true}, // GOMEMLIMIT has no decimal units
		{"1.5GiB", 0, true},
		{"9000000TiB", 0, true},
	}
	for _, tt := range tests {
		got, err := parseMemoryLimit(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("parseMemoryLimit(%q) = %d, %v; want %d, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}
