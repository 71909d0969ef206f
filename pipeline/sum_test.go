package pipeline

import (
	"crypto/sha256"
	"strings"
	"testing"
)

func TestSumText(t *testing.T) {
	tests := []string{"", "a", strings.Repeat("x", 4095), strings.Repeat("äb", 2048), strings.Repeat("Nordkorea ", 1000)}
	for _, text := range tests {
		if got, want := sumText(text), sha256.Sum256([]byte(text)); got != want {
			t.Errorf("sumText of %d bytes = %x, want %x", len(text), got, want)
		}
	}
}

func BenchmarkSumText(b *testing.B) {
	text := strings.Repeat("Die Regierung in Kiew meldete am Dienstag neue Angriffe. ", 40)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		sumText(text)
	}
}
