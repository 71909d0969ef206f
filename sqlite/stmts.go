package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"
	"sync"
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
	}
	if len(w.stmts) > maxWriterStmts {
		w.closeStmts()
	}
	tx, err := w.conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	return &wtx{tx: tx, stmts: w.stmts, prepare: w.conn.PrepareContext}, nil
}

func (w *writer) closeStmts() {
	for _, st := range w.stmts {
		st.Close()
	}
	clear(w.stmts)
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
	w.conn, w.stmts = nil, nil
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
// count of rows is written with at most three statements of each size, and
// each size is prepared once per transaction and table.
var rowChunks = [...]int{1024, 256, 64, 16, 4, 1}

// insertRows writes n rows of width columns with multi-row INSERTs:
// head ends with "VALUES ", tail (optional) follows the rows. row appends
// the values of row i to args and returns it: the parameters of a
// statement go into one slice, reused, rather than a slice a row.
func insertRows(ctx context.Context, t *wtx, head string, width, n int, row func(args []any, i int) []any, tail ...string) error {
	tl := strings.Join(tail, "")
	limit := max(1, 30000/width) // SQLite allows 32766 parameters a statement
	var args []any
	for lo := 0; lo < n; {
		size := 1
		for _, c := range rowChunks {
			if c <= n-lo && c <= limit {
				size = c
				break
			}
		}
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
	b, err := json.Marshal(ss)
	return string(b), err
}
