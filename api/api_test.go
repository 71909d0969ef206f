package api_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/api"
	"github.com/dossier-news/dossier/sqlite"
	"github.com/dossier-news/dossier/storetest"
)

func newServer(t *testing.T) (*httptest.Server, *dossier.Document) {
	t.Helper()
	store, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "api.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	d := storetest.Doc("de.txt", "de", "2025-07-31", "Kim empfing Lawrow in Wonsan.\n<script>alert(1)</script> stand im Text.")
	undated := storetest.Doc("en.txt", "en", "", "Lavrov visited Pyongyang.")
	if _, err := store.AddDocuments(context.Background(), []*dossier.Document{d, undated}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(api.New(store, api.Options{}))
	t.Cleanup(srv.Close)
	return srv, d
}

func get(t *testing.T, url string, into any) int {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s: content type %q", url, ct)
	}
	if err := json.NewDecoder(res.Body).Decode(into); err != nil {
		t.Fatalf("%s: %v", url, err)
	}
	return res.StatusCode
}

func TestAPI(t *testing.T) {
	srv, d := newServer(t)
	var health map[string]any
	if code := get(t, srv.URL+"/api/health", &health); code != 200 || health["status"] != "ok" || health["documents"] != 2.0 {
		t.Errorf("health: %d %v", code, health)
	}

	var list struct {
		Items []map[string]any
		More  bool
	}
	if code := get(t, srv.URL+"/api/documents?lang=de", &list); code != 200 || len(list.Items) != 1 || list.Items[0]["id"] != d.ID {
		t.Errorf("documents?lang=de: %d %+v", code, list)
	}
	get(t, srv.URL+"/api/documents?limit=1", &list)
	if len(list.Items) != 1 || !list.More {
		t.Errorf("documents?limit=1: %+v", list)
	}
	get(t, srv.URL+"/api/documents?lang=en", &list)
	if len(list.Items) != 1 || list.Items[0]["published"] != nil {
		t.Errorf("an undated document's published must be null: %+v", list.Items)
	}

	var doc struct {
		Document  map[string]any
		Text      string
		Sentences []map[string]any
	}
	if code := get(t, srv.URL+"/api/documents/"+d.ID[:6], &doc); code != 200 || doc.Text != d.Text || len(doc.Sentences) != 2 {
		t.Errorf("document by prefix: %d %+v", code, doc)
	}

	var search struct{ Hits []map[string]any }
	if code := get(t, srv.URL+"/api/search?q=lawrow", &search); code != 200 || len(search.Hits) != 1 {
		t.Errorf("search: %d %+v", code, search)
	}
	if doc, _ := search.Hits[0]["doc"].(map[string]any); doc["id"] != d.ID || doc["published"] != "2025-07-31" {
		t.Errorf("search hit doc = %v", search.Hits[0]["doc"])
	}
}

func TestAPIErrors(t *testing.T) {
	srv, _ := newServer(t)
	cases := []struct {
		path string
		code int
		err  string
	}{
		{"/api/documents/ffffffffffffffff", 404, "not_found"},
		{"/api/documents?limit=0", 400, "bad_request"},
		{"/api/documents?limit=x", 400, "bad_request"},
		{"/api/documents?from=yesterday", 400, "bad_request"},
		{"/api/search", 400, "bad_request"},
		{"/api/search?q=" + strings.Repeat("a", 600), 400, "bad_request"},
		{"/api/unknown", 404, "not_found"},
	}
	for _, c := range cases {
		var body struct {
			Error struct{ Code, Message string }
		}
		if code := get(t, srv.URL+c.path, &body); code != c.code || body.Error.Code != c.err || body.Error.Message == "" {
			t.Errorf("%s: %d %+v, want %d %s", c.path, code, body, c.code, c.err)
		}
	}
}

func TestAPIEscapesText(t *testing.T) {
	srv, d := newServer(t)
	res, err := http.Get(srv.URL + "/api/documents/" + d.ID)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var raw strings.Builder
	buf := make([]byte, 4096)
	for {
		n, err := res.Body.Read(buf)
		raw.Write(buf[:n])
		if err != nil {
			break
		}
	}
	if strings.Contains(raw.String(), "<script>") {
		t.Errorf("article markup reaches the client unescaped: %s", raw.String())
	}
	if res.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Error("no X-Content-Type-Options: nosniff")
	}
}
