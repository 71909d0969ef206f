package queue

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/dossier-news/dossier/ingest"
)

// A message carries one input item as it was read, before extraction, so
// that the costly part runs on the workers: a first line naming the format
// version, a line of JSON with the metadata, then the body's bytes (HTML or
// text in whatever encoding the file had). Bodies of more than
// compressAbove bytes are gzipped: news pages shrink five- to tenfold, and
// NATS refuses messages above its max_payload (1 MB by default).
const (
	magic         = "dossier-item/1\n"
	compressAbove = 8 << 10
	// MaxBody is the largest body a message may unpack to.
	MaxBody = 64 << 20
)

// header is the metadata line of a message.
type header struct {
	Source    string `json:"source"`
	Path      string `json:"path,omitempty"`
	Line      int    `json:"line,omitempty"`
	Format    string `json:"format"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Author    string `json:"author,omitempty"`
	Lang      string `json:"lang,omitempty"`
	Gzip      bool   `json:"gzip,omitempty"`
}

var formats = map[ingest.Format]bool{ingest.FormatText: true, ingest.FormatMarkdown: true, ingest.FormatHTML: true}

// Encode turns an item into a message body, and returns with it the
// message id: the SHA-256 of the item's content and metadata, which
// JetStream uses to drop the same item published twice.
func Encode(it ingest.Item) (data []byte, id string, err error) {
	if !formats[it.Format] {
		return nil, "", fmt.Errorf("format %q cannot be queued (text, markdown or html)", it.Format)
	}
	h := header{Source: it.Source, Path: it.Path, Line: it.Line, Format: string(it.Format),
		Title: it.Title, Published: it.Published, Author: it.Author, Lang: it.Lang}
	meta, err := json.Marshal(h)
	if err != nil {
		return nil, "", err
	}
	sum := sha256.New()
	sum.Write(meta)
	sum.Write([]byte{'\n'})
	sum.Write(it.Body)
	id = hex.EncodeToString(sum.Sum(nil))

	body := it.Body
	if len(body) > compressAbove {
		var z bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&z, gzip.BestSpeed)
		zw.Write(body)
		if err := zw.Close(); err != nil {
			return nil, "", fmt.Errorf("compress: %w", err)
		}
		if z.Len() < len(body) {
			h.Gzip = true
			body = z.Bytes()
			if meta, err = json.Marshal(h); err != nil {
				return nil, "", err
			}
		}
	}
	data = make([]byte, 0, len(magic)+len(meta)+1+len(body))
	data = append(data, magic...)
	data = append(data, meta...)
	data = append(data, '\n')
	data = append(data, body...)
	return data, id, nil
}

// ErrBadMessage marks a message that is not a queued item: it will not get
// any better by being delivered again.
var ErrBadMessage = errors.New("not a dossier item")

// Decode reads a message body back into the item it carries.
func Decode(data []byte) (ingest.Item, error) {
	var it ingest.Item
	rest, ok := bytes.CutPrefix(data, []byte(magic))
	if !ok {
		return it, fmt.Errorf("%w: no %q header", ErrBadMessage, magic[:len(magic)-1])
	}
	meta, body, ok := bytes.Cut(rest, []byte{'\n'})
	if !ok {
		return it, fmt.Errorf("%w: no metadata line", ErrBadMessage)
	}
	if !utf8.Valid(meta) {
		return it, fmt.Errorf("%w: metadata is not UTF-8", ErrBadMessage)
	}
	var h header
	if err := json.Unmarshal(meta, &h); err != nil {
		return it, fmt.Errorf("%w: metadata: %v", ErrBadMessage, err)
	}
	if !formats[ingest.Format(h.Format)] {
		return it, fmt.Errorf("%w: format %q", ErrBadMessage, h.Format)
	}
	if h.Line < 0 {
		return it, fmt.Errorf("%w: line %d", ErrBadMessage, h.Line)
	}
	if h.Gzip {
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return it, fmt.Errorf("%w: body: %v", ErrBadMessage, err)
		}
		unpacked, err := io.ReadAll(io.LimitReader(zr, MaxBody+1))
		if err != nil {
			return it, fmt.Errorf("%w: body: %v", ErrBadMessage, err)
		}
		if len(unpacked) > MaxBody {
			return it, fmt.Errorf("%w: body larger than %d bytes", ErrBadMessage, MaxBody)
		}
		body = unpacked
	} else {
		body = bytes.Clone(body) // the message buffer is not ours to keep
	}
	it = ingest.Item{
		Source: h.Source, Path: h.Path, Line: h.Line, Format: ingest.Format(h.Format), Body: body,
		Title: h.Title, Published: h.Published, Author: h.Author, Lang: h.Lang,
	}
	return it, nil
}
