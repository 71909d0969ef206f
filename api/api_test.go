package api

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/api/apitest"
	"github.com/dossier-news/dossier/kb"
	"github.com/dossier-news/dossier/sqlite"
	"github.com/dossier-news/dossier/storetest"
)

var (
	kbOnce sync.Once
	kbVal  *kb.KB
	kbErr  error
)

func knowledge(t testing.TB) *kb.KB {
	kbOnce.Do(func() { kbVal, kbErr = kb.Load() })
	if kbErr != nil {
		t.Fatal(kbErr)
	}
	return kbVal
}

func openStore(t testing.TB, docs ...*dossier.Document) dossier.Store {
	t.Helper()
	store, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "api.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	if len(docs) > 0 {
		if _, err := store.AddDocuments(context.Background(), docs); err != nil {
			t.Fatal(err)
		}
	}
	return store
}

// newServer serves the analysed test corpus (with the hostile article).
func newServer(t testing.TB, opt Options) (*httptest.Server, *Server) {
	t.Helper()
	store := openStore(t, apitest.Corpus(true)...)
	if opt.Knowledge == nil {
		opt.Knowledge = knowledge(t)
	}
	s := New(store, opt)
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return srv, s
}

func get(t testing.TB, url string, into any) int {
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

func TestDocuments(t *testing.T) {
	store := openStore(t,
		storetest.Doc("de.txt", "de", "2025-07-31", "Kim empfing Lawrow in Wonsan.\n<script>alert(1)</script> stand im Text."),
		storetest.Doc("en.txt", "en", "", "Lavrov visited Pyongyang."))
	srv := httptest.NewServer(New(store, Options{}))
	defer srv.Close()
	var health map[string]any
	if code := get(t, srv.URL+"/api/health", &health); code != 200 || health["status"] != "ok" || health["documents"] != 2.0 {
		t.Errorf("health: %d %v", code, health)
	}
	var list struct {
		Items []map[string]any
		More  bool
	}
	if code := get(t, srv.URL+"/api/documents?lang=de", &list); code != 200 || len(list.Items) != 1 || list.Items[0]["source"] != "de.txt" {
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
	id := list.Items[0]["id"].(string)
	var doc struct {
		Document  map[string]any
		Text      string
		Sentences []map[string]any
	}
	if code := get(t, srv.URL+"/api/documents/"+id[:6], &doc); code != 200 || doc.Text != "Lavrov visited Pyongyang." || len(doc.Sentences) != 1 {
		t.Errorf("document by prefix: %d %+v", code, doc)
	}
	var search struct{ Hits []map[string]any }
	if code := get(t, srv.URL+"/api/search?q=lawrow", &search); code != 200 || len(search.Hits) != 1 {
		t.Fatalf("search: %d %+v", code, search)
	}
	if doc, _ := search.Hits[0]["doc"].(map[string]any); doc["source"] != "de.txt" || doc["published"] != "2025-07-31" {
		t.Errorf("search hit doc = %v", search.Hits[0]["doc"])
	}
}

// TestDocumentPeriods: documents take the same date bounds as events; a
// month or a year covers all of its days, the last one included.
func TestDocumentPeriods(t *testing.T) {
	store := openStore(t,
		storetest.Doc("jan.txt", "en", "2024-01-01", "Lavrov visited Pyongyang."),
		storetest.Doc("feb.txt", "en", "2024-02-29", "Kim visited Moscow."),
		storetest.Doc("mar.txt", "en", "2024-03-01T08:00:00Z", "Shoigu visited Pyongyang."),
		storetest.Doc("dec.txt", "en", "2023-12-31", "Lavrov visited Beijing."))
	srv := httptest.NewServer(New(store, Options{}))
	defer srv.Close()
	for _, c := range []struct {
		query string
		want  string
	}{
		{"from=2024", "feb.txt jan.txt mar.txt"},
		{"to=2023", "dec.txt"},
		{"from=2024-02&to=2024-02", "feb.txt"},
		{"to=2024-02", "dec.txt feb.txt jan.txt"},
		{"from=2024-03", "mar.txt"},
		{"from=2024-01-01&to=2024-03-01", "feb.txt jan.txt mar.txt"},
		{"from=2024-02&to=2024", "feb.txt mar.txt"},
	} {
		var list struct{ Items []map[string]any }
		if code := get(t, srv.URL+"/api/documents?"+c.query, &list); code != 200 {
			t.Errorf("%s: %d", c.query, code)
			continue
		}
		var got []string
		for _, d := range list.Items {
			got = append(got, d["source"].(string))
		}
		slices.Sort(got)
		if strings.Join(got, " ") != c.want {
			t.Errorf("documents?%s = %v, want %s", c.query, got, c.want)
		}
	}
}

func TestAnalysedDocument(t *testing.T) {
	srv, _ := newServer(t, Options{})
	de := apitest.Corpus(false)[0]
	var doc struct {
		Text     string
		Mentions []struct {
			Start, End int
			Text       string
			Entity     *string
		}
		Events []struct {
			Type     string
			Actor    *string
			Evidence struct {
				Text       string
				Start, End int
			}
			Weight float64
		}
		Timexes  []map[string]any
		Entities map[string]EntityRef
		Group    *dossier.DocGroup
	}
	if code := get(t, srv.URL+"/api/documents/"+de.ID, &doc); code != 200 {
		t.Fatalf("document: %d", code)
	}
	if len(doc.Mentions) != len(de.Mentions) || len(doc.Events) != 2 || len(doc.Timexes) != 1 {
		t.Fatalf("document analyses: %d mentions, %d events, %d timexes", len(doc.Mentions), len(doc.Events), len(doc.Timexes))
	}
	for _, m := range doc.Mentions {
		if doc.Text[m.Start:m.End] != m.Text || m.Entity == nil || doc.Entities[*m.Entity].Name == "" {
			t.Errorf("mention %+v: offsets or entity wrong", m)
		}
	}
	ev := doc.Events[0]
	if ev.Type != "CONSULT" || *ev.Actor != apitest.Lavrov || doc.Text[ev.Evidence.Start:ev.Evidence.End] != ev.Evidence.Text || ev.Weight <= 0 {
		t.Errorf("event = %+v", ev)
	}
	if doc.Entities[apitest.Lavrov].Name != "Sergey Lavrov" || doc.Entities[apitest.NorthKorea].Name != "North Korea" {
		t.Errorf("entities map = %+v", doc.Entities)
	}
}

// TestSearchPages: offset pages through the ranked hits instead of being
// ignored, and more says whether another page follows.
func TestSearchPages(t *testing.T) {
	var docs []*dossier.Document
	for i := range 5 {
		docs = append(docs, storetest.Doc(fmt.Sprintf("d%d.txt", i), "en", "2025-07-0"+strconv.Itoa(i+1),
			fmt.Sprintf("Lavrov visited Pyongyang for the %d. time.", i+1)))
	}
	srv := httptest.NewServer(New(openStore(t, docs...), Options{}))
	defer srv.Close()
	type page struct {
		Hits   []hitJSON
		Offset int
		More   bool
	}
	var all page
	if code := get(t, srv.URL+"/api/search?q=Lavrov&limit=5", &all); code != 200 || len(all.Hits) != 5 || all.More {
		t.Fatalf("search limit=5: %d %d hits, more %v", code, len(all.Hits), all.More)
	}
	var seen []string
	for off := 0; off < 5; off += 2 {
		var p page
		get(t, fmt.Sprintf("%s/api/search?q=Lavrov&limit=2&offset=%d", srv.URL, off), &p)
		if p.Offset != off || p.More != (off+2 < 5) {
			t.Errorf("offset %d: offset %d, more %v", off, p.Offset, p.More)
		}
		for _, h := range p.Hits {
			seen = append(seen, h.Doc.ID)
		}
	}
	var want []string
	for _, h := range all.Hits {
		want = append(want, h.Doc.ID)
	}
	if strings.Join(seen, " ") != strings.Join(want, " ") {
		t.Errorf("pages of 2 give %v, one page of 5 gives %v", seen, want)
	}
	var refused map[string]any
	if code := get(t, srv.URL+"/api/search?q=Lavrov&offset=5000", &refused); code != 400 {
		t.Errorf("search offset=5000: %d, want 400", code)
	}
}

func TestSearchFindsEntities(t *testing.T) {
	srv, _ := newServer(t, Options{})
	var res struct {
		Hits     []hitJSON
		Entities []entityMatch
	}
	if code := get(t, srv.URL+"/api/search?q=Lawrow", &res); code != 200 {
		t.Fatalf("search: %d", code)
	}
	if len(res.Entities) == 0 || res.Entities[0].ID != apitest.Lavrov || !res.Entities[0].InCorpus || res.Entities[0].Name != "Sergey Lavrov" {
		t.Errorf("search Lawrow: entities %+v", res.Entities)
	}
	if len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Snippet, "«Lawrow»") {
		t.Errorf("search Lawrow: hits %+v", res.Hits)
	}
	// a query of several names offers each of them; words such as "und"
	// name nothing, though many names contain them
	for q, want := range map[string]string{
		"Russland und Nordkorea":     apitest.Russia + " " + apitest.NorthKorea,
		"Kim Jong Un empfing Lawrow": apitest.KimJongUn + " " + apitest.Lavrov,
		"und":                        "",
		"the":                        "",
	} {
		var res struct{ Entities []entityMatch }
		if code := get(t, srv.URL+"/api/search?q="+url.QueryEscape(q), &res); code != 200 {
			t.Fatalf("search %q: %d", q, code)
		}
		var got []string
		for _, e := range res.Entities {
			got = append(got, e.ID)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("search %q: entities %v, want %s", q, got, want)
		}
	}
	// a name only the knowledge base knows is still found, marked so
	var list struct{ Items []entityMatch }
	get(t, srv.URL+"/api/entities?q=Putin", &list)
	if len(list.Items) == 0 || list.Items[0].InCorpus || list.Items[0].Kind != "person" {
		t.Errorf("entities?q=Putin: %+v", list.Items)
	}
	// prefixes of stored names
	get(t, srv.URL+"/api/entities?q=wons", &list)
	if len(list.Items) != 1 || list.Items[0].ID != apitest.Wonsan {
		t.Errorf("entities?q=wons: %+v", list.Items)
	}
	get(t, srv.URL+"/api/entities?kind=country&limit=2", &list)
	if len(list.Items) != 2 || list.Items[0].Kind != "country" {
		t.Errorf("entities?kind=country: %+v", list.Items)
	}
}

func TestEntityProfile(t *testing.T) {
	srv, _ := newServer(t, Options{})
	var p struct {
		Entity   entityMatch
		Aliases  []aliasJSON
		Roles    []roleJSON
		Partners []partnerJSON
		Events   struct {
			Count   int
			AsActor int `json:"as_actor"`
		}
		Mentions struct {
			Count, Documents int
			Items            []docMentionsJSON
			More             bool
		}
		Entities map[string]EntityRef
	}
	if code := get(t, srv.URL+"/api/entities/"+apitest.Lavrov+"?limit=1", &p); code != 200 {
		t.Fatalf("profile: %d", code)
	}
	if p.Entity.Name != "Sergey Lavrov" || !p.Entity.InCorpus {
		t.Errorf("entity = %+v", p.Entity)
	}
	hasAlias := false
	for _, a := range p.Aliases {
		hasAlias = hasAlias || a.Text == "Sergej Lawrow"
	}
	if !hasAlias {
		t.Errorf("aliases lack Sergej Lawrow: %+v", p.Aliases)
	}
	foreign := false
	for _, r := range p.Roles {
		foreign = foreign || (r.Office == "foreign_minister" && r.Country == "RUS")
	}
	if !foreign {
		t.Errorf("roles lack foreign minister of Russia: %+v", p.Roles)
	}
	// Lavrov's visit to North Korea, told twice: one story, two reports;
	// Kim Jong Un hosted him: another partner
	partners := map[string]partnerJSON{}
	for _, pa := range p.Partners {
		partners[pa.Entity] = pa
	}
	if nk := partners[apitest.NorthKorea]; nk.Events != 2 || nk.Reports != 4 || nk.Cooperation <= 0 {
		// the visit and the hosting both reach North Korea (Kim rolls up to it)
		t.Errorf("partner North Korea = %+v (all %+v)", nk, p.Partners)
	}
	if p.Events.Count != 4 || p.Events.AsActor != 2 {
		t.Errorf("events = %+v", p.Events)
	}
	if p.Mentions.Count != 7 || p.Mentions.Documents != 3 || len(p.Mentions.Items) != 1 || !p.Mentions.More {
		t.Errorf("mentions = %+v", p.Mentions)
	}
	if it := p.Mentions.Items[0]; it.Sentence == nil || !strings.Contains(it.Sentence.Text, it.First.Text) {
		t.Errorf("mention context = %+v", it)
	}
	// an entity only the knowledge base knows has a profile, without records
	var putin struct {
		Entity entityMatch
		Roles  []roleJSON
	}
	if code := get(t, srv.URL+"/api/entities/Q7747", &putin); code != 200 || putin.Entity.InCorpus || len(putin.Roles) == 0 {
		t.Errorf("Putin's profile: %d %+v", code, putin)
	}
}

func TestEventsAndStories(t *testing.T) {
	srv, _ := newServer(t, Options{})
	type list struct {
		Items    []map[string]any
		More     bool
		Entities map[string]EntityRef
	}
	cases := []struct {
		query string
		n     int
	}{
		{"actor=" + apitest.Lavrov, 2},
		{"actor=Lawrow", 2}, // names resolve
		{"target=Nordkorea", 5},
		{"type=consult", 5},
		{"type=CONSULT&lang=de", 2},
		{"from=2025&to=2025-07", 7}, // with the hostile article's
		{"from=2024-11-05&to=2024-12", 1},
		{"source=" + apitest.SouthKorea, 1},
		{"entity=" + apitest.Russia, 3},
		{"limit=2", 2},
	}
	for _, c := range cases {
		var l list
		if code := get(t, srv.URL+"/api/events?"+c.query, &l); code != 200 || len(l.Items) != c.n {
			t.Errorf("events?%s: %d, %d items, want %d", c.query, code, len(l.Items), c.n)
			continue
		}
		for _, it := range l.Items {
			if a, ok := it["actor"].(string); ok && l.Entities[a].ID != a {
				t.Errorf("events?%s: actor %s not in entities", c.query, a)
			}
		}
	}
	var l list
	get(t, srv.URL+"/api/stories?entity=North+Korea&with=Russia", &l)
	// Lavrov's visit and Kim hosting him (Lavrov is Russian, Kim North
	// Korean), the troops, the agreement
	if len(l.Items) != 4 {
		t.Errorf("stories NK–Russia: %d", len(l.Items))
	}
	var visit map[string]any
	for _, it := range l.Items {
		if it["type"] == "CONSULT" && it["mode"] == "visit" {
			visit = it
		}
	}
	if visit == nil || len(visit["reports"].([]any)) != 2 || visit["tone"] != "cooperation" {
		t.Fatalf("the visit story, told in German and English: %+v", visit)
	}
	var one struct {
		Story     storyJSON
		Documents map[string]DocumentJSON
	}
	if code := get(t, srv.URL+"/api/stories/"+visit["id"].(string), &one); code != 200 || len(one.Story.Reports) != 2 || len(one.Documents) != 2 {
		t.Errorf("story: %d %+v", code, one)
	}
	langs := map[string]bool{}
	for _, r := range one.Story.Reports {
		langs[r.Lang] = true
		if d := one.Documents[r.Doc.ID]; d.Title == "" {
			t.Errorf("report document without title: %+v", r.Doc)
		}
	}
	if !langs["de"] || !langs["en"] {
		t.Errorf("story reports in %v, want de and en", langs)
	}
}

func TestTimeline(t *testing.T) {
	srv, _ := newServer(t, Options{})
	var tl struct {
		A       EntityRef
		B       *EntityRef
		Summary relationJSON
		Total   int
		Reports int
		Items   []storyJSON
	}
	if code := get(t, srv.URL+"/api/timeline?a=Nordkorea&b=Russland", &tl); code != 200 {
		t.Fatalf("timeline: %d", code)
	}
	if tl.A.ID != apitest.NorthKorea || tl.B == nil || tl.B.ID != apitest.Russia || tl.Total != 4 || len(tl.Items) != 4 {
		t.Fatalf("timeline = %+v", tl)
	}
	sides := map[string]string{}
	for _, it := range tl.Items {
		sides[it.Type] = it.Side
	}
	// North Korea sent troops (a acted), Russia agreed (b acted); CONSULT
	// is symmetric, its stories order the sides by id
	if sides["AID"] != "a" || sides["AGREE"] != "b" {
		t.Errorf("sides = %v", sides)
	}
	if tl.Summary.Events != 4 || len(tl.Summary.Months) != 3 || tl.Summary.Cooperation <= 0 {
		t.Errorf("summary = %+v", tl.Summary)
	}
	// dated first, oldest first
	for i := 1; i < len(tl.Items); i++ {
		if tl.Items[i-1].Date.Value > tl.Items[i].Date.Value {
			t.Errorf("timeline out of order: %v before %v", tl.Items[i-1].Date, tl.Items[i].Date)
		}
	}
	// one actor alone, paged
	if code := get(t, srv.URL+"/api/timeline?a="+apitest.NorthKorea+"&limit=2&offset=1", &tl); code != 200 || tl.Total != 7 || len(tl.Items) != 2 || tl.B != nil {
		t.Errorf("timeline of North Korea: %d total %d items %d", code, tl.Total, len(tl.Items))
	}
	// the reports of all its stories, those without a partner too: never
	// fewer than the stories (the pair summary counted only partnered ones)
	get(t, srv.URL+"/api/timeline?a="+apitest.NorthKorea, &tl)
	reports := 0
	for _, st := range tl.Items {
		reports += len(st.Reports)
	}
	if tl.Reports != reports || tl.Reports < tl.Total {
		t.Errorf("timeline of North Korea: %d reports for %d stories, the stories have %d", tl.Reports, tl.Total, reports)
	}
	if code := get(t, srv.URL+"/api/timeline?a=Nordkorea&b=Russland&type=SANCTION", &tl); code != 200 || tl.Total != 0 {
		t.Errorf("timeline by type: %d %d", code, tl.Total)
	}
}

func TestRelationsAndGraph(t *testing.T) {
	srv, _ := newServer(t, Options{})
	var rels struct {
		Items    []relationJSON
		Entities map[string]EntityRef
	}
	get(t, srv.URL+"/api/relations?entity=North+Korea&months=true", &rels)
	byOther := map[string]relationJSON{}
	for _, r := range rels.Items {
		other := r.A
		if other == apitest.NorthKorea {
			other = r.B
		}
		byOther[other] = r
		if rels.Entities[other].Name == "" {
			t.Errorf("relation partner %s unnamed", other)
		}
	}
	if r := byOther[apitest.Russia]; r.Events != 4 || len(r.Months) != 3 {
		t.Errorf("North Korea–Russia = %+v", r)
	}
	if r := byOther[apitest.SouthKorea]; r.Events != 2 || r.Conflict <= 0 || r.Cooperation != 0 {
		t.Errorf("North Korea–South Korea = %+v", r)
	}
	var g struct {
		Nodes []nodeJSON
		Edges []relationJSON
		Level string
	}
	get(t, srv.URL+"/api/graph?level=country", &g)
	for _, n := range g.Nodes {
		if n.Kind == "person" && n.Country != nil {
			t.Errorf("country graph has a person of a country: %+v", n)
		}
	}
	get(t, srv.URL+"/api/graph", &g)
	people := 0
	for _, n := range g.Nodes {
		if n.Kind == "person" {
			people++
		}
	}
	if people == 0 || len(g.Edges) == 0 || g.Level != "actor" {
		t.Errorf("actor graph = %+v", g)
	}
	get(t, srv.URL+"/api/graph?from=2025-07&to=2025-07", &g)
	if len(g.Edges) != 2 { // Lavrov–North Korea, Kim–Lavrov
		t.Errorf("graph in July 2025: %+v", g.Edges)
	}
	get(t, srv.URL+"/api/graph?type=SANCTION", &g)
	if len(g.Edges) != 1 {
		t.Errorf("graph of sanctions: %+v", g.Edges)
	}
}

func TestErrors(t *testing.T) {
	srv, _ := newServer(t, Options{})
	long := strings.Repeat("a", 600)
	cases := []struct {
		method, path string
		code         int
		err          string
	}{
		{"GET", "/api/documents/ffffffffffffffff", 404, "not_found"},
		{"GET", "/api/documents?limit=0", 400, "bad_request"},
		{"GET", "/api/documents?limit=x", 400, "bad_request"},
		{"GET", "/api/documents?offset=-1", 400, "bad_request"},
		{"GET", "/api/documents?from=yesterday", 400, "bad_request"},
		{"GET", "/api/search", 400, "bad_request"},
		{"GET", "/api/search?q=" + long, 400, "bad_request"},
		{"GET", "/api/search?q=x&lang=deutsch", 400, "bad_request"},
		{"GET", "/api/search?q=x&lang=fr", 400, "bad_request"},
		{"GET", "/api/documents?lang=fr", 400, "bad_request"},
		{"GET", "/api/events?lang=fr", 400, "bad_request"},
		{"GET", "/api/unknown", 404, "not_found"},
		{"DELETE", "/api/documents", 405, "method_not_allowed"},
		{"GET", "/api/ingest", 405, "method_not_allowed"},
		{"GET", "/api/entities/nobody", 404, "not_found"},
		{"GET", "/api/entities?kind=planet", 400, "bad_request"},
		{"GET", "/api/events?actor=Nobody+Atall", 400, "bad_request"},
		{"GET", "/api/events?type=CONSULT-DROP", 400, "bad_request"},
		{"GET", "/api/events?from=2024-13", 400, "bad_request"},
		{"GET", "/api/events?from=2025&to=2024", 400, "bad_request"},
		{"GET", "/api/events?type=A&type=B", 400, "bad_request"},
		{"GET", "/api/events?with=Q159", 400, "bad_request"},
		{"GET", "/api/mentions", 400, "bad_request"},
		{"GET", "/api/stories?lang=de", 400, "bad_request"},
		{"GET", "/api/stories/s-0000", 404, "not_found"},
		{"GET", "/api/timeline", 400, "bad_request"},
		{"GET", "/api/timeline?a=Q423&b=Nordkorea", 400, "bad_request"},
		{"GET", "/api/timeline?a=Q423&entity=Q159", 400, "bad_request"},
		{"GET", "/api/graph?level=planet", 400, "bad_request"},
		{"GET", "/api/graph?min=0", 400, "bad_request"},
		{"GET", "/api/relations?level=x", 400, "bad_request"},
	}
	for _, c := range cases {
		req, _ := http.NewRequest(c.method, srv.URL+c.path, nil)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var body errorBody
		if err := json.NewDecoder(res.Body).Decode(&body); err != nil {
			t.Errorf("%s %s: %v", c.method, c.path, err)
		}
		res.Body.Close()
		if res.StatusCode != c.code || body.Error.Code != c.err || body.Error.Message == "" {
			t.Errorf("%s %.60s: %d %+v, want %d %s", c.method, c.path, res.StatusCode, body, c.code, c.err)
		}
	}
}

// TestEscaping: article text is data. The JSON never carries a raw "<", and
// responses forbid being run as a page.
func TestEscaping(t *testing.T) {
	srv, _ := newServer(t, Options{})
	hostile := apitest.Corpus(true)[5]
	for _, path := range []string{"/api/documents/" + hostile.ID, "/api/documents", "/api/search?q=breaking", "/api/entities/" + url.PathEscape(apitest.Evil),
		"/api/events?entity=" + url.QueryEscape(apitest.Evil), "/api/graph", "/api/timeline?a=" + url.QueryEscape(apitest.Evil)} {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 {
			t.Errorf("%s: %d %s", path, res.StatusCode, body)
		}
		if strings.ContainsAny(string(body), "<>") {
			t.Errorf("%s: markup reaches the client unescaped: %.200s", path, body)
		}
		if !strings.Contains(string(body), `\u003cscript\u003e`) && path != "/api/graph" {
			t.Errorf("%s: the hostile text is missing (escaped): %.300s", path, body)
		}
		if res.Header.Get("X-Content-Type-Options") != "nosniff" || !strings.Contains(res.Header.Get("Content-Security-Policy"), "default-src 'none'") {
			t.Errorf("%s: headers %v", path, res.Header)
		}
	}
}

func TestMetrics(t *testing.T) {
	srv, _ := newServer(t, Options{})
	for range 3 {
		res, _ := http.Get(srv.URL + "/api/search?q=Lawrow")
		res.Body.Close()
	}
	res, _ := http.Get(srv.URL + "/api/nothing/here")
	res.Body.Close()
	res, err := http.Get(srv.URL + "/api/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	text := string(body)
	for _, want := range []string{
		`dossier_http_requests_total{route="GET /api/search",code="200"} 3`,
		`dossier_http_requests_total{route="other",code="404"} 1`,
		`dossier_http_request_duration_seconds_count{route="GET /api/search"} 3`,
		`dossier_http_request_duration_seconds_bucket{route="GET /api/search",le="+Inf"} 3`,
		"dossier_documents 6\n",
		"# TYPE dossier_http_request_duration_seconds histogram",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("metrics lack %q:\n%s", want, text)
		}
	}
	if !strings.HasPrefix(res.Header.Get("Content-Type"), "text/plain; version=0.0.4") {
		t.Errorf("metrics content type %q", res.Header.Get("Content-Type"))
	}
}

func TestPagination(t *testing.T) {
	srv, _ := newServer(t, Options{})
	var all, p1, p2 struct {
		Items []map[string]any
		More  bool
	}
	get(t, srv.URL+"/api/events?limit=500", &all)
	get(t, srv.URL+"/api/events?limit=4", &p1)
	get(t, srv.URL+"/api/events?limit=4&offset=4", &p2)
	if len(all.Items) != 10 || all.More || len(p1.Items) != 4 || !p1.More || len(p2.Items) != 4 || !p2.More {
		t.Fatalf("pages: all %d %v, p1 %d %v, p2 %d %v", len(all.Items), all.More, len(p1.Items), p1.More, len(p2.Items), p2.More)
	}
	for i := range 8 {
		got := append(p1.Items, p2.Items...)[i]["id"]
		if got != all.Items[i]["id"] {
			t.Errorf("item %d: %v, want %v", i, got, all.Items[i]["id"])
		}
	}
}

func BenchmarkTimeline(b *testing.B) {
	srv, _ := newServer(b, Options{})
	url := srv.URL + "/api/timeline?a=Q423&b=Q159"
	b.ReportAllocs()
	for b.Loop() {
		res, err := http.Get(url)
		if err != nil {
			b.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, res.Body)
		res.Body.Close()
	}
}

func BenchmarkSearch(b *testing.B) {
	srv, _ := newServer(b, Options{})
	url := srv.URL + "/api/search?q=Lawrow"
	b.ReportAllocs()
	for b.Loop() {
		res, err := http.Get(url)
		if err != nil {
			b.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, res.Body)
		res.Body.Close()
	}
}
