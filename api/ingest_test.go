package api

import (
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dossier-news/dossier"
)

func post(t testing.TB, url, ctype, body string, header map[string]string) (int, errorBody) {
	t.Helper()
	req, _ := http.NewRequest("POST", url, strings.NewReader(body))
	req.Header.Set("Content-Type", ctype)
	for k, v := range header {
		if k == "Host" {
			req.Host = v
			continue
		}
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var e errorBody
	_ = json.NewDecoder(res.Body).Decode(&e)
	return res.StatusCode, e
}

const article = `{"url":"https://example.org/a","title":"A","text":"Lavrov visited Pyongyang."}`

func TestWriteAuth(t *testing.T) {
	cases := []struct {
		name   string
		opt    Options
		header map[string]string
		code   int
		err    string
	}{
		{"open on loopback", Options{OpenWrites: true}, nil, 201, ""},
		{"open, localhost name", Options{OpenWrites: true}, map[string]string{"Host": "localhost:8080"}, 201, ""},
		{"open, rebinding host", Options{OpenWrites: true}, map[string]string{"Host": "evil.example:8080"}, 403, "forbidden"},
		{"open, cross-origin", Options{OpenWrites: true}, map[string]string{"Origin": "https://evil.example"}, 403, "forbidden"},
		{"not loopback, no token", Options{}, nil, 403, "forbidden"},
		{"token missing", Options{Token: "s3cret"}, nil, 401, "unauthorized"},
		{"token wrong", Options{Token: "s3cret"}, map[string]string{"Authorization": "Bearer s3cre"}, 401, "unauthorized"},
		{"token right", Options{Token: "s3cret"}, map[string]string{"Authorization": "Bearer s3cret"}, 201, ""},
		{"token right, any host", Options{Token: "s3cret"}, map[string]string{"Authorization": "Bearer s3cret", "Host": "dossier.example"}, 201, ""},
		{"token right, cross-origin", Options{Token: "s3cret"}, map[string]string{"Authorization": "Bearer s3cret", "Origin": "https://evil.example"}, 403, "forbidden"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.opt.Ingester = &fakeIngester{docs: map[string]bool{}}
			srv, _ := newServer(t, c.opt)
			code, e := post(t, srv.URL+"/api/ingest", "application/json", article, c.header)
			if code != c.code || e.Error.Code != c.err {
				t.Errorf("%d %+v, want %d %s", code, e, c.code, c.err)
			}
		})
	}
}

func TestIngestRequests(t *testing.T) {
	srv, s := newServer(t, Options{OpenWrites: true, Ingester: &fakeIngester{docs: map[string]bool{}}, MaxBodyBytes: 1000})
	cases := []struct {
		ctype, query, body string
		code               int
		err                string
	}{
		{"application/json", "", article, 201, ""},
		{"application/json", "", article, 200, ""}, // already stored
		{"application/json; charset=utf-8", "", `{"text":"Kim met Lavrov."}`, 201, ""},
		{"text/plain", "?url=https://example.org/b&published=2025-07-31&lang=de", "Lawrow traf Kim.", 201, ""},
		{"text/html", "", "<html><body><p>Lavrov in Wonsan</p></body></html>", 201, ""},
		{"application/json", "", `{"text":"a","html":"<p>b</p>"}`, 400, "bad_request"},
		{"application/json", "", `{"text":"a"} {"text":"b"}`, 400, "bad_request"},
		{"application/json", "", `{"text":"a","extra":1}`, 400, "bad_request"},
		{"application/json", "", `not json`, 400, "bad_request"},
		{"application/json", "", `{"text":"   "}`, 400, "bad_request"},
		{"application/json", "", `{"text":"x","published":"gestern"}`, 400, "bad_request"},
		{"application/json", "", `{"text":"x","published":"2025-07-31T10:00:00Z"}`, 201, ""},
		{"application/json", "", `{"text":"x","lang":"Deutsch"}`, 400, "bad_request"},
		{"application/json", "", `{"text":"x","title":"a\nb"}`, 400, "bad_request"},
		{"text/plain", "", "\xff\xfe bad", 400, "bad_request"},
		{"application/json", "", "{\"text\":\"Pj\xf6ngjang\"}", 400, "bad_request"},
		{"text/plain", "", "unreadable text", 422, "unprocessable"},
		{"text/plain", "", strings.Repeat("x", 2000), 413, "too_large"},
		{"application/pdf", "", "%PDF", 415, "unsupported_media_type"},
		{"", "", "x", 415, "unsupported_media_type"},
	}
	for _, c := range cases {
		code, e := post(t, srv.URL+"/api/ingest"+c.query, c.ctype, c.body, nil)
		if code != c.code || e.Error.Code != c.err {
			t.Errorf("%s %.40q: %d %+v, want %d %s", c.ctype, c.body, code, e, c.code, c.err)
		}
	}
	if got := s.metrics.ingested.Load(); got != 5 {
		t.Errorf("ingested counter = %d, want 5", got)
	}
	// without an ingester, the endpoint says so
	srv2, _ := newServer(t, Options{OpenWrites: true})
	if code, e := post(t, srv2.URL+"/api/ingest", "application/json", article, nil); code != 501 || e.Error.Code != "not_implemented" {
		t.Errorf("no ingester: %d %+v", code, e)
	}
}

// slowStore answers Events only when the request's context ends.
type slowStore struct{ dossier.Store }

func (slowStore) Events(ctx context.Context, _ dossier.Filter) iter.Seq2[dossier.EventRecord, error] {
	return func(yield func(dossier.EventRecord, error) bool) {
		<-ctx.Done()
		yield(dossier.EventRecord{}, fmt.Errorf("events: %w", ctx.Err()))
	}
}

func TestTimeout(t *testing.T) {
	store := openStore(t)
	s := New(slowStore{store}, Options{Timeout: 50 * time.Millisecond})
	srv := httptest.NewServer(s)
	defer srv.Close()
	var e errorBody
	start := time.Now()
	if code := get(t, srv.URL+"/api/events", &e); code != 503 || e.Error.Code != "timeout" {
		t.Errorf("slow store: %d %+v", code, e)
	}
	if time.Since(start) > 5*time.Second {
		t.Errorf("the timeout did not cut the request short")
	}
}

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:8080": true, "localhost:8080": true, "[::1]:8080": true, "127.1.2.3:80": true,
		":8080": false, "0.0.0.0:8080": false, "192.168.1.2:8080": false, "[::]:8080": false, "example.org:80": false,
	} {
		if got := IsLoopback(addr); got != want {
			t.Errorf("IsLoopback(%q) = %v, want %v", addr, got, want)
		}
	}
}

// FuzzRequests throws arbitrary query strings and bodies at the server: it
// must answer every one with JSON, and never with a 500.
func FuzzRequests(f *testing.F) {
	srv, _ := newServer(f, Options{OpenWrites: true, Ingester: &fakeIngester{docs: map[string]bool{}}})
	f.Add("/api/events", "actor=Lawrow&from=2025", "application/json", []byte(article))
	f.Add("/api/timeline", "a=Q423&b=Q159&limit=3", "text/plain", []byte("Lawrow traf Kim."))
	f.Add("/api/search", "q=%22Lawrow%22+OR+x*", "text/html", []byte("<p>x"))
	f.Add("/api/graph", "level=country&min=2&type=AID", "application/json", []byte(`{"html":"<p>x</p>","published":"2025"}`))
	f.Add("/api/entities", "q=%00%ff", "text/markdown", []byte{0xff})
	f.Add("/api/documents", "from=2024-02&to=2024&lang=de", "application/json", []byte("{\"text\":\"Pj\xf6ngjang\"}"))
	f.Add("/api/search", "q=Russland+und+Nordkorea&offset=3&limit=2", "text/plain", []byte("x"))
	f.Add("/api/relations", "months=1&entity=Q423&with=Nordkorea", "text/plain", []byte("x"))
	paths := []string{"/api/events", "/api/stories", "/api/timeline", "/api/graph", "/api/relations", "/api/entities", "/api/search", "/api/mentions", "/api/documents"}
	f.Fuzz(func(t *testing.T, path, query, ctype string, body []byte) {
		if !slices.Contains(paths, path) {
			path = paths[len(path)%len(paths)]
		}
		res, err := http.Get(srv.URL + path + "?" + query)
		if err == nil {
			check(t, res)
		}
		req, _ := http.NewRequest("POST", srv.URL+"/api/ingest", strings.NewReader(string(body)))
		req.Header.Set("Content-Type", ctype)
		if res, err := http.DefaultClient.Do(req); err == nil {
			check(t, res)
		}
	})
}

func check(t *testing.T, res *http.Response) {
	t.Helper()
	defer res.Body.Close()
	var v any
	if err := json.NewDecoder(res.Body).Decode(&v); err != nil {
		t.Errorf("%s: %d, not JSON: %v", res.Request.URL, res.StatusCode, err)
	}
	if res.StatusCode >= 500 {
		t.Errorf("%s: %d %v", res.Request.URL, res.StatusCode, v)
	}
}
