package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// wtx is a write transaction that prepares each statement once. Adding a
// batch runs the same few statements for every document, event key and
// group of rows; executed as plain SQL text, each call was parsed again,
// and SQLite's parser took a sixth of the store's CPU time. Statements
// whose text varies with their input (IN lists) are written with a JSON
// array parameter (json_each) instead, so that their text is fixed too.
//
// A prepared statement runs once at a time: a query's rows must be closed
// before the same text runs again (the callers read rows to the end
// before they query again).
type wtx struct {
	tx      *sql.Tx
	stmts   map[stmtKey]*sql.Stmt
	prepare func(context.Context, string) (*sql.Stmt, error)
	// raw, when set, is the transaction's connection, on which insertRows
	// runs its INSERTs through the driver (see rawInserts).
	raw *rawInserts
}

// stmtKey names a statement: its text, or for a multi-row INSERT its head
// and tail and the number of rows (the text is built only when the
// statement is first prepared).
type stmtKey struct {
	q, tail string
	rows    int
}

// newWtx returns a wtx whose statements belong to tx and are closed with it.
func newWtx(tx *sql.Tx) *wtx {
	return &wtx{tx: tx, stmts: map[stmtKey]*sql.Stmt{}, prepare: tx.PrepareContext}
}

// stmt returns the statement prepared for k, preparing it on first use.
func (t *wtx) stmt(ctx context.Context, k stmtKey, text func() string) (*sql.Stmt, error) {
	if st, ok := t.stmts[k]; ok {
		return st, nil
	}
	st, err := t.prepare(ctx, text())
	if err != nil {
		return nil, err
	}
	t.stmts[k] = st
	return st, nil
}

// maxWriterStmts bounds the statements a writer keeps. The statements of
// AddDocuments are a fixed set (some 60: a few sizes of multi-row INSERT
// per table, and the aggregate's queries); the bound only keeps a text
// built from varying input from growing the cache without end.
const maxWriterStmts = 512

// writer is the connection AddDocuments writes through, kept open with the
// statements it has prepared. Statements prepared for a transaction are
// closed with it, so each batch prepared them all again: the multi-row
// INSERTs have thousands of parameters, and their parsing took a tenth of
// the store's CPU time in bench ingest (batches are cut every second).
// Prepared on the connection, they outlive the transactions run on it.
// The connection keeps foreign key checks off (see uncheckedConn).
type writer struct {
	mu    sync.Mutex
	conn  *fkOffConn
	stmts map[stmtKey]*sql.Stmt
	raw   *rawInserts
}

// begin starts a write transaction on the writer's connection, taking one
// from the pool first if the writer has none; w.mu is held.
func (w *writer) begin(ctx context.Context, s *Store) (*wtx, error) {
	if w.conn == nil {
		c, err := s.uncheckedConn(ctx)
		if err != nil {
			return nil, err
		}
		w.conn, w.stmts = c, map[stmtKey]*sql.Stmt{}
		w.raw = &rawInserts{conn: c.Conn, stmts: map[stmtKey]driver.Stmt{}}
	}
	if len(w.stmts)+len(w.raw.stmts) > maxWriterStmts {
		w.closeStmts()
	}
	tx, err := w.conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	return &wtx{tx: tx, stmts: w.stmts, prepare: w.conn.PrepareContext, raw: w.raw}, nil
}

func (w *writer) closeStmts() {
	for _, st := range w.stmts {
		st.Close()
	}
	clear(w.stmts)
	w.raw.close()
}

// release closes the statements and gives the connection back to the pool;
// w.mu is held. After an error the writer starts again from a fresh
// connection, whatever state the old one was left in.
func (w *writer) release() {
	if w.conn == nil {
		return
	}
	w.closeStmts()
	w.conn.close()
	w.conn, w.stmts, w.raw = nil, nil, nil
}

// rawInserts runs the writer's multi-row INSERTs on the driver's
// connection, with statements prepared there. Through database/sql each
// execution copied its arguments into a new []driver.NamedValue, and
// converted every int to a newly boxed int64: a batch's INSERTs bind over a
// million values, and those copies were a fifth of the bytes the store
// allocated (and collected). Here the values go into one reused slice.
// The driver statements are used only inside conn.Raw, which holds the
// connection, and only while the writer's mutex is held.
type rawInserts struct {
	conn  *sql.Conn
	stmts map[stmtKey]driver.Stmt
	args  []driver.NamedValue
}

func (r *rawInserts) close() {
	if len(r.stmts) == 0 {
		return
	}
	r.conn.Raw(func(any) error {
		for _, st := range r.stmts {
			st.Close()
		}
		return nil
	})
	clear(r.stmts)
}

// exec runs the statement of key k (prepared from text on first use) with
// args, on the driver connection dc.
func (r *rawInserts) exec(ctx context.Context, dc any, k stmtKey, text func() string, args []any) error {
	st, ok := r.stmts[k]
	if !ok {
		p, ok := dc.(driver.ConnPrepareContext)
		if !ok {
			return fmt.Errorf("driver connection %T cannot prepare with a context", dc)
		}
		var err error
		if st, err = p.PrepareContext(ctx, text()); err != nil {
			return err
		}
		r.stmts[k] = st
	}
	ex, ok := st.(driver.StmtExecContext)
	if !ok {
		return fmt.Errorf("driver statement %T cannot execute with a context", st)
	}
	nv := r.args[:0]
	for j, a := range args {
		// As database/sql would convert them (the driver has no
		// converter of its own), without boxing the common types again.
		var v driver.Value
		switch x := a.(type) {
		case int64, float64, string, nil, []byte, bool:
			v = x
		case int:
			v = int64(x)
		default:
			var err error
			if v, err = driver.DefaultParameterConverter.ConvertValue(a); err != nil {
				return fmt.Errorf("argument %d: %w", j+1, err)
			}
		}
		nv = append(nv, driver.NamedValue{Ordinal: j + 1, Value: v})
	}
	r.args = nv
	_, err := ex.ExecContext(ctx, nv)
	clear(nv) // let the batch's strings go
	return err
}

// exec runs a statement of fixed text.
func (t *wtx) exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	st, err := t.stmt(ctx, stmtKey{q: q}, func() string { return q })
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// query runs a query of fixed text.
func (t *wtx) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	st, err := t.stmt(ctx, stmtKey{q: q}, func() string { return q })
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// QueryContext lets a wtx serve as a queryer, with the statement cache.
func (t *wtx) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return t.query(ctx, q, args...)
}

// rowChunks are the sizes of the multi-row INSERTs insertRows uses: any
// count of rows is written with at most three statements of each size
// below the largest, and each size is prepared once per writer and table.
// The largest is 256 rows: a statement of 1,024 rows (up to 10,240
// parameters) cost four times as much to parse and plan as one of 256 and
// held a program four times the size, while writing rows no faster
// (cachegrind, BenchmarkAddDocuments: 0.5 % fewer instructions and 7 %
// fewer bytes allocated with 256 as the largest; with 64, 0.5 % more).
var rowChunks = [...]int{256, 64, 16, 4, 1}

// insertRows writes n rows of width columns with multi-row INSERTs:
// head ends with "VALUES ", tail (optional) follows the rows. row appends
// the values of row i to args and returns it: the parameters of a
// statement go into one slice, reused, rather than a slice a row.
func insertRows(ctx context.Context, t *wtx, head string, width, n int, row func(args []any, i int) []any, tail ...string) error {
	tl := strings.Join(tail, "")
	limit := max(1, 30000/width) // SQLite allows 32766 parameters a statement
	var args []any
	if t.raw != nil {
		return t.raw.conn.Raw(func(dc any) error {
			for lo := 0; lo < n; {
				size := chunkSize(n-lo, limit)
				args = args[:0]
				for i := lo; i < lo+size; i++ {
					args = row(args, i)
				}
				err := t.raw.exec(ctx, dc, stmtKey{q: head, tail: tl, rows: size}, func() string {
					return multiRowInsert(head, tl, width, size)
				}, args)
				if err != nil {
					return err
				}
				lo += size
			}
			return nil
		})
	}
	for lo := 0; lo < n; {
		size := chunkSize(n-lo, limit)
		st, err := t.stmt(ctx, stmtKey{q: head, tail: tl, rows: size}, func() string {
			return multiRowInsert(head, tl, width, size)
		})
		if err != nil {
			return err
		}
		args = args[:0]
		for i := lo; i < lo+size; i++ {
			args = row(args, i)
		}
		if _, err := st.ExecContext(ctx, args...); err != nil {
			return err
		}
		lo += size
	}
	return nil
}

// chunkSize is the rows of the next INSERT, left rows being left to write
// and at most limit a statement.
func chunkSize(left, limit int) int {
	for _, c := range rowChunks {
		if c <= left && c <= limit {
			return c
		}
	}
	return 1
}

// multiRowInsert is the text of an INSERT of rows rows.
func multiRowInsert(head, tail string, width, rows int) string {
	ph := "(" + placeholders(width) + ")"
	var q strings.Builder
	q.Grow(len(head) + rows*(len(ph)+1) + len(tail))
	q.WriteString(head)
	for i := range rows {
		if i > 0 {
			q.WriteByte(',')
		}
		q.WriteString(ph)
	}
	q.WriteString(tail)
	return q.String()
}

// jsonList encodes strings as one JSON array parameter, to be read with
// json_each: "x IN (SELECT value FROM json_each(?))" is planned like an IN
// list (a lookup per value) but its text does not depend on the number of
// values, so it is prepared once.
func jsonList(ss []string) (string, error) {
	b, err := appendJSONList(nil, ss)
	return string(b), err
}

// appendJSONList appends ss to dst as json.Marshal encodes it. Ids,
// entity ids, fingerprint keys and names are mostly plain text, which JSON
// carries between quotes as it is: those are written here without reflection
// (json.Marshal took a fifth of flush's time, for the fingerprints), and
// anything else by json.Marshal itself, so the bytes are always its own.
func appendJSONList(dst []byte, ss []string) ([]byte, error) {
	if ss == nil {
		return append(dst, "null"...), nil
	}
	n := len(dst)
	dst = append(dst, '[')
	for i, s := range ss {
		if !plainJSON(s) {
			b, err := json.Marshal(ss)
			return append(dst[:n], b...), err
		}
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, '"')
		dst = append(dst, s...)
		dst = append(dst, '"')
	}
	return append(dst, ']'), nil
}

// plainJSON tells whether json.Marshal writes s as it is between quotes:
// no control character, quote or backslash, which JSON escapes, no <, >
// or &, which json.Marshal escapes for HTML, and, past ASCII, valid UTF-8
// without the line and paragraph separators U+2028 and U+2029, which it
// escapes for JavaScript (and invalid bytes it replaces).
func plainJSON(s string) bool {
	ascii := true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c == 0x7f, c == '"', c == '\\', c == '<', c == '>', c == '&':
			return false
		case c >= 0x80:
			ascii = false
		}
	}
	return ascii || utf8.ValidString(s) && !strings.Contains(s, "\u2028") && !strings.Contains(s, "\u2029")
}

// appendJSONInts appends vs to dst as json.Marshal encodes it.
func appendJSONInts(dst []byte, vs []int64) []byte {
	if vs == nil {
		return append(dst, "null"...)
	}
	dst = append(dst, '[')
	for i, v := range vs {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = strconv.AppendInt(dst, v, 10)
	}
	return append(dst, ']')
}
