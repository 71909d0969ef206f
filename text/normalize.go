// Package text normalises raw article text and splits it into paragraphs,
// sentences and tokens with UTF-8 byte offsets, for English and German.
package text

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
	"golang.org/x/text/unicode/norm"
)

// Errors Normalize reports; callers match them with errors.Is.
var (
	ErrEmpty  = errors.New("no text")
	ErrBinary = errors.New("binary data, not text")
)

// Encoding names the character encoding Normalize found.
type Encoding string

// The encodings Normalize recognises.
const (
	UTF8        Encoding = "utf-8"
	UTF16       Encoding = "utf-16"
	UTF32       Encoding = "utf-32"
	Windows1252 Encoding = "windows-1252"
)

// Normalize turns raw bytes into NFC-normalised UTF-8 with "\n" line ends.
// UTF-8 (with or without BOM) and UTF-16/32 with a BOM are decoded as such;
// bytes that are not valid UTF-8 are read as Windows-1252 (a superset of the
// printable Latin-1 range), which is what old German and English pages use.
// Control characters other than tab and newline are dropped; NUL bytes or a
// high share of control characters mark the input as binary.
func Normalize(raw []byte) (string, Encoding, error) {
	s, enc, err := decode(raw)
	if err != nil {
		return "", enc, err
	}
	s = cleanControls(s)
	s = norm.NFC.String(s)
	if strings.TrimSpace(s) == "" {
		return "", enc, ErrEmpty
	}
	return s, enc, nil
}

func decode(raw []byte) (string, Encoding, error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE, 0, 0}), bytes.HasPrefix(raw, []byte{0, 0, 0xFE, 0xFF}):
		b, err := utf32.UTF32(utf32.BigEndian, utf32.UseBOM).NewDecoder().Bytes(raw)
		if err != nil {
			return "", UTF32, fmt.Errorf("decode UTF-32: %w", err)
		}
		return string(b), UTF32, nil
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		b, err := xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM).NewDecoder().Bytes(raw)
		if err != nil {
			return "", UTF16, fmt.Errorf("decode UTF-16: %w", err)
		}
		return string(b), UTF16, nil
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return "", UTF8, ErrEmpty
	}
	if looksBinary(raw) {
		return "", UTF8, ErrBinary
	}
	if utf8.Valid(raw) {
		return string(raw), UTF8, nil
	}
	b, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	if err != nil {
		return "", Windows1252, fmt.Errorf("decode Windows-1252: %w", err)
	}
	return string(b), Windows1252, nil
}

// looksBinary reports NUL bytes or more than 10% control bytes in the first
// 8 KiB: text in any encoding we accept has neither.
func looksBinary(raw []byte) bool {
	head := raw
	if len(head) > 8192 {
		head = head[:8192]
	}
	controls := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f':
			controls++
		}
	}
	return controls*10 > len(head)
}

// cleanControls maps CR LF and lone CR to LF, form feeds and line/paragraph
// separators to LF, and drops other control and zero-width format characters
// that would only confuse tokenisation. Soft hyphens are dropped too: they
// split words invisibly.
func cleanControls(s string) string {
	clean := true
	for _, r := range s {
		if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || r == 0xad || r == '\u2028' || r == '\u2029' ||
			r == '\ufeff' || r == '\u200b' || r == utf8.RuneError || (r >= 0x80 && r < 0xa0) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\r':
			b.WriteByte('\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		case r == '\f', r == '\u2028', r == '\u2029', r == '\v':
			b.WriteByte('\n')
		case r == '\t', r == '\n':
			b.WriteRune(r)
		case r == utf8.RuneError && size == 1:
			// invalid byte that survived decoding: drop it
		case r == 0xad, r == '\ufeff', r == '\u200b', r == 0x7f, r < 0x20, r >= 0x80 && r < 0xa0:
		case unicode.Is(unicode.Cc, r):
		default:
			b.WriteRune(r)
		}
		i += size
	}
	return b.String()
}
