package api

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers/gorillamux"

	"github.com/dossier-news/dossier/api/apitest"
)

func loadOpenAPI(t *testing.T) *openapi3.T {
	t.Helper()
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(OpenAPI())
	if err != nil {
		t.Fatalf("parse openapi.json: %v", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("openapi.json is not a valid OpenAPI 3 document: %v", err)
	}
	return doc
}

// TestOpenAPIRoutes: the document lists exactly the routes the server has.
func TestOpenAPIRoutes(t *testing.T) {
	doc := loadOpenAPI(t)
	s := New(openStore(t), Options{})
	var inDoc, inServer []string
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			inDoc = append(inDoc, method+" "+path)
		}
	}
	for _, rt := range s.routes {
		inServer = append(inServer, rt.method+" "+rt.path)
	}
	slices.Sort(inDoc)
	slices.Sort(inServer)
	if !slices.Equal(inDoc, inServer) {
		t.Errorf("OpenAPI paths and routes differ:\ndocument: %v\nserver:   %v", inDoc, inServer)
	}
	// every query parameter a handler reads is documented: spot-check the
	// filters by asking with each documented parameter (an undocumented
	// one cannot be found this way, but a documented one the server
	// rejects as unknown is)
	srv := httptest.NewServer(s)
	defer srv.Close()
	res, err := http.Get(srv.URL + "/api/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !bytes.Equal(body, OpenAPI()) || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
		t.Errorf("/api/openapi.json does not serve the document")
	}
}

type fakeIngester struct{ docs map[string]bool }

func (f *fakeIngester) Ingest(_ context.Context, a Article) (IngestResult, error) {
	if strings.Contains(string(a.Body), "unreadable") {
		return IngestResult{}, ErrUnreadable
	}
	d := apitest.Corpus(false)[2]
	d.Source, d.Title = a.Source, a.Title
	added := !f.docs[string(a.Body)]
	f.docs[string(a.Body)] = true
	return IngestResult{Added: added, Doc: d}, nil
}

// TestOpenAPIResponses checks real responses of every route against the
// document's schemas.
func TestOpenAPIResponses(t *testing.T) {
	doc := loadOpenAPI(t)
	router, err := gorillamux.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	srv, _ := newServer(t, Options{Ingester: &fakeIngester{docs: map[string]bool{}}, OpenWrites: true})
	de := apitest.Corpus(false)[0]
	var story struct{ Items []storyJSON }
	get(t, srv.URL+"/api/stories?limit=1", &story)
	requests := []struct {
		method, target, ctype, body string
	}{
		{"GET", "/api/health", "", ""},
		{"GET", "/api/metrics", "", ""},
		{"GET", "/api/openapi.json", "", ""},
		{"GET", "/api/documents?lang=de&limit=2", "", ""},
		{"GET", "/api/documents/" + de.ID, "", ""},
		{"GET", "/api/documents/nothing", "", ""},
		{"GET", "/api/search?q=Lawrow", "", ""},
		{"GET", "/api/search", "", ""},
		{"GET", "/api/entities?q=Lawrow", "", ""},
		{"GET", "/api/entities?kind=country", "", ""},
		{"GET", "/api/entities/" + apitest.Lavrov, "", ""},
		{"GET", "/api/entities/Q7747", "", ""},
		{"GET", "/api/entities/" + url.PathEscape(apitest.Wonsan), "", ""},
		{"GET", "/api/mentions?entity=" + apitest.Lavrov, "", ""},
		{"GET", "/api/events?actor=" + apitest.Lavrov, "", ""},
		{"GET", "/api/events?type=AID", "", ""},
		{"GET", "/api/stories?entity=Q423&with=Q159", "", ""},
		{"GET", "/api/stories/" + story.Items[0].ID, "", ""},
		{"GET", "/api/relations?entity=Q423&months=true", "", ""},
		{"GET", "/api/timeline?a=Q423&b=Q159", "", ""},
		{"GET", "/api/timeline?a=Q423", "", ""},
		{"GET", "/api/graph?level=country", "", ""},
		{"POST", "/api/ingest", "application/json", `{"url":"https://example.org/x","title":"X","published":"2025-01-02","lang":"en","text":"Lavrov visited Pyongyang."}`},
		{"POST", "/api/ingest", "application/json", `{"url":"https://example.org/x","title":"X","published":"2025-01-02","lang":"en","text":"Lavrov visited Pyongyang."}`},
		{"POST", "/api/ingest?title=T", "text/plain", "unreadable"},
		{"POST", "/api/ingest", "application/json", `{"texts":"x"}`},
	}
	for _, rq := range requests {
		req, _ := http.NewRequest(rq.method, srv.URL+rq.target, strings.NewReader(rq.body))
		if rq.ctype != "" {
			req.Header.Set("Content-Type", rq.ctype)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		// the router matches on the document's server, "/"
		vreq, _ := http.NewRequest(rq.method, rq.target, strings.NewReader(rq.body))
		if rq.ctype != "" {
			vreq.Header.Set("Content-Type", rq.ctype)
		}
		route, params, err := router.FindRoute(vreq)
		if err != nil {
			t.Errorf("%s %s: not in the document: %v", rq.method, rq.target, err)
			continue
		}
		in := &openapi3filter.RequestValidationInput{Request: vreq, PathParams: params, Route: route,
			Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc}}
		out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: res.StatusCode, Header: res.Header,
			Body: io.NopCloser(bytes.NewReader(body)), Options: &openapi3filter.Options{IncludeResponseStatus: true}}
		if err := openapi3filter.ValidateResponse(context.Background(), out); err != nil {
			t.Errorf("%s %s → %d: response does not fit the document: %v\n%.300s", rq.method, rq.target, res.StatusCode, err, body)
		}
	}
}
