package parse

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/dossier-news/dossier/internal/countw"
)

// The model file, gzip-compressed: the magic, the language, the relation
// names (checked against this package's), then the move and relation tables.
// A table is its class count, row count and scale, then its rows in key
// order: the key as the difference from the previous one, and each 16-bit
// weight (see table) as a zig-zag varint; the deltas of sorted keys are
// small. Version 1 held the same with a 64-bit scale.
//
// The weights are only meaningful with the feature templates of state.go
// that made them: change the version whenever a template changes, so that a
// stale model fails to load instead of parsing badly.
const magic = "dossier-parser\x00v2"

// WriteTo writes the model, gzip-compressed, in the format Read reads.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	cw := &countw.Writer{W: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	var b []byte
	b = append(b, magic...)
	b = appendString(b, p.lang)
	b = binary.AppendUvarint(b, uint64(numLabels))
	for _, n := range labelNames {
		b = appendString(b, n)
	}
	if _, err := bw.Write(b); err != nil {
		return cw.N, err
	}
	for _, t := range []*table{p.moves, p.rels} {
		if err := writeTable(bw, t); err != nil {
			return cw.N, err
		}
	}
	if err := bw.Flush(); err != nil {
		return cw.N, err
	}
	if err := zw.Close(); err != nil {
		return cw.N, err
	}
	return cw.N, nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func writeTable(w *bufio.Writer, t *table) error {
	type entry struct {
		key uint32
		row []int16
	}
	var es []entry
	t.each(func(k uint32, row []int16) { es = append(es, entry{k, row}) })
	slices.SortFunc(es, func(a, b entry) int { return int(int64(a.key) - int64(b.key)) })
	var b []byte
	b = binary.AppendUvarint(b, uint64(t.nc))
	b = binary.AppendUvarint(b, uint64(len(es)))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(t.scale))
	prev := uint32(0)
	for _, e := range es {
		b = binary.AppendUvarint(b, uint64(e.key-prev))
		prev = e.key
		for _, v := range e.row {
			b = binary.AppendVarint(b, int64(v))
		}
		if len(b) > 1<<16 {
			if _, err := w.Write(b); err != nil {
				return err
			}
			b = b[:0]
		}
	}
	_, err := w.Write(b)
	return err
}

var errCorrupt = errors.New("corrupt model")

// Read reads a model written by WriteTo.
func Read(r io.Reader) (*Parser, error) {
	zr, err := gzipReader(r)
	if err != nil {
		return nil, err
	}
	return readModel(bufio.NewReader(zr))
}

func readModel(br *bufio.Reader) (*Parser, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("not a parser model")
	}
	lang, err := readString(br)
	if err != nil {
		return nil, err
	}
	nl, err := binary.ReadUvarint(br)
	if err != nil || nl != uint64(numLabels) {
		return nil, fmt.Errorf("%w: %d relations, want %d", errCorrupt, nl, numLabels)
	}
	for _, want := range labelNames {
		got, err := readString(br)
		if err != nil || got != want {
			return nil, fmt.Errorf("%w: relation %q, want %q", errCorrupt, got, want)
		}
	}
	moves, err := readTable(br, numMoves)
	if err != nil {
		return nil, fmt.Errorf("move table: %w", err)
	}
	rels, err := readTable(br, int(numLabels))
	if err != nil {
		return nil, fmt.Errorf("relation table: %w", err)
	}
	return newParser(lang, moves, rels), nil
}

func readString(br *bufio.Reader) (string, error) {
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 64 {
		return "", errCorrupt
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(br, b); err != nil {
		return "", errCorrupt
	}
	return string(b), nil
}

// maxRows bounds a table's size, so a corrupt count is an error and not a
// huge allocation.
const maxRows = 1 << 24

func readTable(br *bufio.Reader, wantClasses int) (*table, error) {
	nc, err := binary.ReadUvarint(br)
	if err != nil || nc != uint64(wantClasses) {
		return nil, errCorrupt
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > maxRows {
		return nil, errCorrupt
	}
	var sb [4]byte
	if _, err := io.ReadFull(br, sb[:]); err != nil {
		return nil, errCorrupt
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(sb[:]))
	if !(scale > 0) || math.IsInf(float64(scale), 0) {
		return nil, errCorrupt
	}
	// The rows are read before the table is made, so that memory follows
	// the data present, not the count a corrupt header claims.
	keys := make([]uint32, 0, min(n, 1<<16))
	ws := make([]int16, 0, int(min(n, 1<<16))*int(nc))
	key := uint32(0)
	for i := uint64(0); i < n; i++ {
		d, err := binary.ReadUvarint(br)
		if err != nil || d == 0 || d > math.MaxUint32 || uint64(key)+d > math.MaxUint32 {
			return nil, errCorrupt
		}
		key += uint32(d)
		keys = append(keys, key)
		for range nc {
			v, err := binary.ReadVarint(br)
			if err != nil || v > 32767 || v < -32767 {
				return nil, errCorrupt
			}
			ws = append(ws, int16(v))
		}
	}
	t := newTable(int(nc), len(keys), scale)
	for i, k := range keys {
		t.insert(k, ws[i*int(nc):(i+1)*int(nc)])
	}
	return t, nil
}

func sortedKeys(m map[uint32]int32) []uint32 {
	ks := make([]uint32, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
