package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/api"
	"github.com/dossier-news/dossier/api/apitest"
	"github.com/dossier-news/dossier/ingest"
	kbase "github.com/dossier-news/dossier/kb"
	"github.com/dossier-news/dossier/pipeline"
	"github.com/dossier-news/dossier/sqlite"
	"github.com/dossier-news/dossier/storetest"
	"github.com/dossier-news/dossier/web"
	"github.com/dossier-news/dossier/web/webtest"
)

// segmenter ingests articles with segmentation only (no analysers): enough
// to show that text posted from outside reaches the page as text.
type segmenter struct {
	p     *pipeline.Pipeline
	store dossier.Store
}

func (s segmenter) Ingest(ctx context.Context, a api.Article) (api.IngestResult, error) {
	f := ingest.FormatText
	if a.Format == "html" {
		f = ingest.FormatHTML
	}
	art, err := ingest.Extract(ingest.Item{Source: a.Source, Format: f, Body: a.Body, Title: a.Title, Published: a.Published, Lang: a.Lang})
	if err != nil {
		return api.IngestResult{}, fmt.Errorf("%w: %v", api.ErrUnreadable, err)
	}
	d, err := s.p.Process(ctx, art)
	if err != nil {
		return api.IngestResult{}, err
	}
	res, err := s.store.AddDocuments(ctx, []*dossier.Document{d})
	if err != nil {
		return api.IngestResult{}, err
	}
	return api.IngestResult{Added: res[0].Added, Doc: d}, nil
}

// serve runs the UI and the API over the test corpus (with its hostile
// article) on loopback.
func serve(t *testing.T) string {
	t.Helper()
	return serveDocs(t, apitest.Corpus(true), 0)
}

// serveDocs runs the UI and the API over docs; with a delay, every API
// request that reads or adds a document waits it first, as on a slow
// network, and requests for a story lose their connection.
func serveDocs(t *testing.T, docs []*dossier.Document, delay time.Duration) string {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "web.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	if len(docs) > 0 {
		if _, err := store.AddDocuments(ctx, docs); err != nil {
			t.Fatal(err)
		}
	}
	k, err := kbase.Load()
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	apiHandler := api.New(store, api.Options{Knowledge: k, OpenWrites: true,
		Ingester: segmenter{pipeline.New([]string{"en", "de"}, nil), store}})
	mux.Handle("/api/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if delay > 0 && (strings.HasPrefix(r.URL.Path, "/api/documents/") || r.URL.Path == "/api/ingest") {
			time.Sleep(delay)
		}
		if strings.HasPrefix(r.URL.Path, "/api/stories/") && delay > 0 {
			// a connection that breaks: the answer never comes
			if hj, ok := w.(http.Hijacker); ok {
				if c, _, err := hj.Hijack(); err == nil {
					c.Close()
					return
				}
			}
		}
		apiHandler.ServeHTTP(w, r)
	}))
	mux.Handle("/", web.Handler())
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL
}

// labelled checks that every control on the page has a label.
func labelled(b *webtest.Browser, t *testing.T, view string) {
	t.Helper()
	for _, x := range webtest.Eval[[]string](b, "labels "+view, webtest.LabelCheck) {
		t.Errorf("%s: control without a label or name: %s", view, x)
	}
}

func css(sel string) chromedp.CSS { return chromedp.CSS(sel) }

func TestBrowserViews(t *testing.T) {
	base := serve(t)
	b := webtest.New(t)

	b.Do("home", chromedp.Navigate(base+"/"), chromedp.WaitVisible(css("#h-recent")))
	labelled(b, t, "home")
	b.Screenshot("home")

	// search from the header, as a user types it: "/" focuses the field
	b.Do("slash", chromedp.KeyEvent("/"))
	if !webtest.Eval[bool](b, "slash focus", `document.activeElement.id === 'quick-q'`) {
		t.Error("/ does not focus the search field")
	}
	b.Do("search", chromedp.Evaluate[chromedp.Void](`document.getElementById('quick-q').value = ''`), chromedp.SendKeys(css("#quick-q"), "Lawrow"+kb.Enter),
		chromedp.WaitVisible(css("#entity-results a")))
	if text := b.WaitText("first entity", "#entity-results li:first-child a", "Sergey Lavrov"); text != "Sergey Lavrov" {
		t.Errorf("first entity for Lawrow = %q", text)
	}
	if n := webtest.Eval[int](b, "search hits", `document.querySelectorAll('ol.hits li mark').length`); n == 0 {
		t.Error("no highlighted search hits")
	}
	labelled(b, t, "search")
	b.Screenshot("search-lawrow")

	b.Do("entity", chromedp.Click(css("#entity-results li:first-child a"), chromedp.NodeVisible), chromedp.WaitVisible(css("#partners")))
	if text := b.WaitText("entity h1", "main h1", "Sergey Lavrov"); text != "Sergey Lavrov" {
		t.Errorf("entity page h1 = %q", text)
	}
	if !webtest.Eval[bool](b, "entity roles", `document.querySelector('#h-roles') !== null && document.body.innerText.includes('Sergej Lawrow')`) {
		t.Error("entity page lacks roles or German aliases")
	}
	labelled(b, t, "entity")
	b.Screenshot("entity-lavrov")

	// the graph around him: his pairs only, with a way back to all pairs
	b.Do("entity graph", chromedp.Click(css("#entity-graph"), chromedp.NodeVisible), chromedp.WaitVisible(css("#graph-focus")),
		chromedp.WaitVisible(css("svg.graph .node")))
	if labels := webtest.Eval[[]string](b, "focus edges", `[...document.querySelectorAll('svg.graph .edges a')].map(a => a.getAttribute('aria-label'))`); len(labels) == 0 {
		t.Error("the graph around Lavrov has no pairs")
	} else {
		for _, l := range labels {
			if !strings.Contains(l, "Sergey Lavrov") {
				t.Errorf("the graph around Lavrov has the pair %q", l)
			}
		}
	}
	if text := b.Text("focus line", "#graph-focus"); !strings.Contains(text, "Sergey Lavrov") {
		t.Errorf("focus line = %q", text)
	}

	// the pair timeline, asked for in German
	b.Do("timeline form", chromedp.Click(css("nav a[data-view=timeline]"), chromedp.NodeVisible), chromedp.WaitVisible(css("#timeline-form")),
		chromedp.SendKeys(css("#timeline-form input[name=a]"), "Nordkorea"),
		chromedp.SendKeys(css("#timeline-form input[name=b]"), "Russland"+kb.Enter),
		chromedp.WaitVisible(css(`svg.timeline g.ev[data-langs~="de"]`)))
	if text := b.WaitText("timeline h1", "main h1", "North Korea – Russia"); text != "North Korea – Russia" {
		t.Errorf("timeline title = %q", text)
	}
	b.Do("click event", chromedp.Click(css(`svg.timeline g.ev[data-langs~="de"]`), chromedp.NodeVisible),
		chromedp.WaitVisible(css(`#detail blockquote[lang="de"] mark.evidence mark.m`)))
	if text := b.Text("evidence", `#detail blockquote[lang="de"] mark.evidence`); !strings.Contains(text, "Lawrow") {
		t.Errorf("German evidence = %q", text)
	}
	bg := webtest.Eval[string](b, "evidence colour", `getComputedStyle(document.querySelector('#detail mark.evidence')).backgroundColor`)
	if bg == "" || bg == "rgba(0, 0, 0, 0)" || bg == "transparent" {
		t.Errorf("the evidence is not highlighted: background %q", bg)
	}
	labelled(b, t, "timeline")
	b.Screenshot("timeline-nk-russia")

	// keyboard: arrows move between events, Enter opens one
	before := b.Text("detail before", "#detail h2")
	b.Do("keyboard", chromedp.Focus(css(`svg.timeline g.ev[tabindex="0"]`)),
		chromedp.KeyEvent(kb.ArrowRight), chromedp.KeyEvent(kb.Enter), chromedp.Sleep(200*time.Millisecond))
	after := b.Text("detail after", "#detail h2")
	if focused := webtest.Eval[bool](b, "focus", `document.activeElement.matches('g.ev')`); !focused || before == after {
		t.Errorf("keyboard navigation: focus on an event %v, detail %q → %q", focused, before, after)
	}
	b.Do("zoom", chromedp.KeyEvent("+"), chromedp.Sleep(100*time.Millisecond), chromedp.KeyEvent("0"))

	// the story, side by side, then the document at the evidence
	b.Do("story", chromedp.Click(css(`#detail a[href^="#/story/"]`), chromedp.NodeVisible), chromedp.WaitVisible(css("#reports .report")))
	if text := webtest.Eval[string](b, "story langs", `[...document.querySelectorAll('#reports blockquote')].map(q => q.lang).sort().join(',')`); text != "de,en" {
		t.Errorf("story reports in %q, want de,en", text)
	}
	b.Screenshot("story")
	b.Do("reader", chromedp.Click(css(`#reports .report:first-child a.open-doc`), chromedp.NodeVisible), chromedp.WaitVisible(css("mark.sent.target")))
	if text := webtest.Eval[string](b, "canon", `[...document.querySelectorAll('.doc-text a.canon')].map(a => a.textContent).join('|')`); !strings.Contains(text, "Sergey Lavrov") {
		t.Errorf("reader: English names beside mentions = %q", text)
	}
	labelled(b, t, "reader")
	b.Screenshot("reader")

	b.Do("graph", chromedp.Navigate(base+"/#/graph?level=country"), chromedp.WaitVisible(css("svg.graph .node")))
	if n := webtest.Eval[int](b, "graph nodes", `document.querySelectorAll('svg.graph .node').length`); n < 3 {
		t.Errorf("graph has %d nodes", n)
	}
	b.Do("graph period", chromedp.Navigate(base+"/#/graph?from=2025-07&to=2025-07"), chromedp.WaitVisible(css("svg.graph .node")))
	if n := webtest.Eval[int](b, "graph edges", `document.querySelectorAll('svg.graph .edge').length`); n != 2 {
		t.Errorf("graph of July 2025 has %d edges, want 2", n)
	}
	labelled(b, t, "graph")
	b.Screenshot("graph")

	// add an article through the form
	b.Do("add", chromedp.Navigate(base+"/#/add"), chromedp.WaitVisible(css("#add-form")),
		chromedp.SendKeys(css("#add-form input[name=title]"), "Kurzmeldung"),
		chromedp.SendKeys(css("#add-form textarea"), "Lawrow sprach am Dienstag mit Vertretern Nordkoreas über die Lage."),
		chromedp.Click(css("#add-form button[type=submit]"), chromedp.NodeVisible),
		chromedp.WaitVisible(css(`#add-form a[href^="#/doc/"]`)))
	if text := b.WaitText("added", `#add-form a[href^="#/doc/"]`, "Kurzmeldung"); text != "Kurzmeldung" {
		t.Errorf("added article link = %q", text)
	}
	labelled(b, t, "add")

	// German interface
	b.Do("deutsch", chromedp.Click(css(`button[data-lang="de"]`), chromedp.NodeVisible), chromedp.Sleep(300*time.Millisecond))
	if text := b.WaitText("nav", `nav a[data-view="search"]`, "Suche"); text != "Suche" {
		t.Errorf("German nav = %q", text)
	}
	b.Do("deutsch timeline", chromedp.Navigate(base+"/#/timeline?a=Q423&b=Q159"), chromedp.WaitVisible(css("svg.timeline g.ev")))
	if text, lang := b.Text("legend", ".legend"), webtest.Eval[string](b, "lang", `document.documentElement.lang`); !strings.Contains(text, "Kooperation") || lang != "de" {
		t.Errorf("German timeline legend %q, lang %q", text, lang)
	}
	b.Screenshot("timeline-de")

	// a phone: everything fits the width
	for _, view := range []string{"#/timeline?a=Q423&b=Q159", "#/doc/" + apitest.Corpus(false)[0].ID, "#/entity/" + apitest.Lavrov, "#/graph", "#/search?q=Lawrow"} {
		b.Do("phone "+view, webtest.Viewport(390, 844, true), chromedp.Navigate(base+"/"+view), chromedp.WaitVisible(css("main h1")),
			chromedp.Sleep(300*time.Millisecond))
		if !webtest.Eval[bool](b, "overflow "+view, webtest.NoOverflow) {
			t.Errorf("phone width: %s scrolls sideways", view)
		}
		// the tone's word would break in two beside its swatch
		if w := webtest.Eval[float64](b, "tone "+view, `(() => { const s = document.querySelector('.tl-list .tone-text'); return s ? s.getBoundingClientRect().width : 0 })()`); w > 1 {
			t.Errorf("phone width: %s shows the tone's word in the story table", view)
		}
		// a list of names gets the width of the screen, not what its
		// language label leaves
		if w := webtest.Eval[float64](b, "alias width "+view, `(() => { const d = document.querySelector('dl.aliases dd'); return d ? d.getBoundingClientRect().width / document.querySelector('main').clientWidth : 1 })()`); w < 0.8 {
			t.Errorf("phone width: %s gives names %.0f%% of the width", view, 100*w)
		}
		b.Screenshot("phone-" + strings.SplitN(view[2:], "?", 2)[0])
	}
	b.CheckClean("views")
}

// TestBrowserEmptyStore: a new user's empty database says how to add
// articles instead of showing blank panels.
func TestBrowserEmptyStore(t *testing.T) {
	base := serveDocs(t, nil, 0)
	b := webtest.New(t)
	for _, view := range []string{"", "#/documents"} {
		b.Do("empty "+view, chromedp.Navigate(base+"/"+view), chromedp.WaitVisible(css("main h1")), chromedp.WaitVisible(css("main .empty-store")))
		text := b.Text("empty note "+view, "main .empty-store")
		if !strings.Contains(text, "dossier ingest") || !webtest.Eval[bool](b, "add link", `document.querySelector('main .empty-store a[href="#/add"]') !== null`) {
			t.Errorf("%q on an empty store: %q, want how to add articles", view, text)
		}
	}
	b.Screenshot("empty-home")
	// a filtered list that matches nothing says so, and not "add articles"
	b.Do("filtered", chromedp.Navigate(base+"/#/documents?lang=de"), chromedp.WaitVisible(css(`main p[role=status]`)))
	if n := webtest.Eval[int](b, "filtered note", `document.querySelectorAll('main .empty-store').length`); n != 0 {
		t.Error("a filtered empty list offers to add articles")
	}
	b.Do("graph", chromedp.Navigate(base+"/#/graph"), chromedp.WaitVisible(css("main p.empty")))
	if text := b.Text("graph empty", "main p.empty"); !strings.Contains(text, "yet") {
		t.Errorf("empty graph: %q", text)
	}
	b.Do("timeline", chromedp.Navigate(base+"/#/timeline?a=Q423"), chromedp.WaitVisible(css("main p.empty")))
	if text := b.Text("timeline empty", "main p.empty"); strings.Contains(text, "between") {
		t.Errorf("one actor's empty timeline speaks of a pair: %q", text)
	}
	// an article posted without a title is listed as untitled, not as "api"
	res, err := http.Post(base+"/api/ingest", "application/json", strings.NewReader(`{"text":"Lawrow sprach am Dienstag in Wonsan mit Kim Jong Un."}`))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	b.Do("untitled", chromedp.Navigate(base+"/#/documents"), chromedp.WaitVisible(css("ul.docs a.doctitle")))
	if text := b.Text("untitled", "ul.docs a.doctitle"); !strings.HasPrefix(text, "Untitled (") {
		t.Errorf("a document without a title is listed as %q", text)
	}
	b.CheckClean("empty")
}

// TestBrowserRefusedInput: a name the server does not know keeps the form
// (to correct it) with the reason under it; a resolved actor shows by name.
func TestBrowserRefusedInput(t *testing.T) {
	base := serveDocs(t, apitest.Corpus(false), 1500*time.Millisecond)
	b := webtest.New(t)
	b.Do("unknown", chromedp.Navigate(base+"/#/timeline?a=Nowhereland&b=Q159"), chromedp.WaitVisible(css("main .error")))
	if text := b.Text("error", "main .error"); !strings.Contains(text, "Nowhereland") {
		t.Errorf("error for an unknown actor = %q", text)
	}
	if !webtest.Eval[bool](b, "form kept", `document.querySelector('#timeline-form input[name=a]').value === 'Nowhereland'`) {
		t.Error("the timeline form is gone (or emptied) after an unknown actor")
	}
	b.Screenshot("timeline-unknown")
	b.Do("correct", chromedp.Evaluate[chromedp.Void](`document.querySelector('#timeline-form input[name=a]').value = ''`),
		chromedp.SendKeys(css("#timeline-form input[name=a]"), "Nordkorea"+kb.Enter), chromedp.WaitVisible(css("#tl-summary")))
	if text := b.WaitText("title", "main h1", "North Korea – Russia"); text != "North Korea – Russia" {
		t.Errorf("corrected timeline = %q", text)
	}
	b.Do("by id", chromedp.Navigate(base+"/#/timeline?a="+apitest.NorthKorea+"&b="+apitest.Russia), chromedp.WaitVisible(css("#tl-summary")))
	got := webtest.Eval[string](b, "inputs", `[...document.querySelectorAll('#timeline-form input[name=a], #timeline-form input[name=b]')].map(i => i.value).join('|')`)
	if got != "North Korea|Russia" {
		t.Errorf("the form shows %q for ids, want the names", got)
	}
	// what the timeline shows can be downloaded
	href := webtest.Eval[string](b, "data link", `(document.querySelector('#tl-summary a.data-link') || {}).href || ''`)
	var data struct{ Items []json.RawMessage }
	if res, err := http.Get(href); err != nil || res.StatusCode != 200 {
		t.Errorf("the timeline's data link %q: %v", href, err)
	} else {
		_ = json.NewDecoder(res.Body).Decode(&data)
		res.Body.Close()
		shown := webtest.Eval[int](b, "rows", `document.querySelectorAll('.tl-list tbody tr').length`)
		if len(data.Items) == 0 || len(data.Items) != shown {
			t.Errorf("the data link gives %d stories, the page shows %d", len(data.Items), shown)
		}
	}
	// submitting the names unchanged asks for the same ids
	b.Do("resubmit", chromedp.Click(css("#timeline-form button[type=submit]"), chromedp.NodeVisible), chromedp.Sleep(300*time.Millisecond))
	if h := webtest.Eval[string](b, "hash", `location.hash`); !strings.Contains(h, "a="+apitest.NorthKorea) {
		t.Errorf("resubmitted hash = %q, want the id", h)
	}
	// a document that takes a while to come shows that it is coming
	b.Do("slow", chromedp.Navigate(base+"/#/doc/"+apitest.Corpus(false)[0].ID), chromedp.Sleep(700*time.Millisecond))
	if !webtest.Eval[bool](b, "busy", `!document.getElementById('busy').hidden && document.getElementById('main').getAttribute('aria-busy') === 'true'`) {
		t.Error("no sign of progress while the document loads")
	}
	b.Do("loaded", chromedp.WaitVisible(css(".doc-text")))
	if !webtest.Eval[bool](b, "not busy", `document.getElementById('busy').hidden`) {
		t.Error("the progress sign stays after the document loaded")
	}
	// adding an article shows that it is being read, and is not sent twice
	b.Do("add", chromedp.Navigate(base+"/#/add"), chromedp.WaitVisible(css("#add-form")),
		chromedp.SendKeys(css("#add-form textarea"), "Lawrow sprach am Dienstag in Wonsan mit Kim Jong Un."),
		chromedp.Click(css("#add-submit"), chromedp.NodeVisible), chromedp.Sleep(300*time.Millisecond))
	if !webtest.Eval[bool](b, "adding", `document.getElementById('add-submit').disabled && document.querySelector('#add-form .loading') !== null`) {
		t.Error("the add form shows no progress while the article is read")
	}
	b.Do("added", chromedp.WaitVisible(css(`#add-form a[href^="#/doc/"]`)))
	if webtest.Eval[bool](b, "added state", `document.getElementById('add-submit').disabled || document.querySelector('#add-form .loading') !== null`) {
		t.Error("the add form stays busy after the article was added")
	}
	// a broken connection is told as such, with a way to try again
	b.Do("broken", chromedp.Navigate(base+"/#/story/x"), chromedp.WaitVisible(css("main .error")))
	if text := b.Text("broken", "main .error"); !strings.Contains(text, "server does not answer") ||
		!webtest.Eval[bool](b, "retry", `document.querySelector('main .error button') !== null`) {
		t.Errorf("a lost connection reads %q", text)
	}
	// the knowledge base's links read the right way round on both pages
	b.Do("links", chromedp.Navigate(base+"/#/entity/"+apitest.NorthKorea), chromedp.WaitVisible(css("#h-links")))
	if text := b.Text("links", "section[aria-labelledby=h-links]"); !strings.Contains(text, "Pyongyang · capital of North Korea") {
		t.Errorf("North Korea's links read %q", text)
	}
	b.CheckClean("refused", "status of 400", "ERR_EMPTY_RESPONSE", "Failed to fetch")
}

// TestBrowserSearchPages: more hits than a page shows say which part of
// the ranking is shown, and the next page shows the rest.
func TestBrowserSearchPages(t *testing.T) {
	var docs []*dossier.Document
	for i := range 60 {
		docs = append(docs, storetest.Doc(fmt.Sprintf("n%02d.txt", i), "de", fmt.Sprintf("2025-%02d-%02d", i%12+1, i%28+1),
			fmt.Sprintf("Meldung %d: Lawrow sprach mit Vertretern aus %d Ländern.", i, i+2)))
	}
	base := serveDocs(t, docs, 0)
	b := webtest.New(t)
	b.Do("search", chromedp.Navigate(base+"/#/search?q=Lawrow"), chromedp.WaitVisible(css("ol.hits li")))
	if text := b.Text("count", "#h-hits .meta"); !strings.Contains(text, "1–50") {
		t.Errorf("a full first page is labelled %q", text)
	}
	b.Do("next", chromedp.Click(css(`nav.pager button:last-child`), chromedp.NodeVisible), chromedp.WaitVisible(css(`ol.hits[start="51"] li`)))
	if n := webtest.Eval[int](b, "rest", `document.querySelectorAll('ol.hits li').length`); n != 10 {
		t.Errorf("the second page has %d hits, want 10", n)
	}
	labelled(b, t, "search pages")
	// names found, but no sentence with all the words: said, not left blank
	b.Do("no hits", chromedp.Navigate(base+"/#/search?q="+url.QueryEscape("Lawrow Nordkorea")), chromedp.WaitVisible(css("#entity-results")),
		chromedp.WaitVisible(css("main p.empty")))
	if text := b.Text("no hits", "main p.empty"); !strings.Contains(text, "No sentence") {
		t.Errorf("entities without sentences: %q", text)
	}
	b.CheckClean("search pages")
}

// crowdedMonth is a corpus in which North Korea does something to a
// dozen partners on the same day: marks that must stack.
func crowdedMonth() []*dossier.Document {
	nk := dossier.Entity{ID: apitest.NorthKorea, Name: "North Korea", Kind: dossier.KindCountry, Country: "PRK", Wikidata: apitest.NorthKorea}
	var docs []*dossier.Document
	for i := range 14 {
		partner := dossier.Entity{ID: fmt.Sprintf("local:org:partner%d", i), Name: fmt.Sprintf("Partner %d", i), Kind: dossier.KindOrganization}
		body := fmt.Sprintf("North Korea met Partner %d on Tuesday.", i)
		d := storetest.Doc(fmt.Sprintf("crowd%02d.txt", i), "en", "2025-07-15", body)
		sent := dossier.Span{Start: 0, End: len(body)}
		d.Sentences = []dossier.Sentence{{Span: sent, Lang: "en"}}
		d.Paragraphs = []dossier.Paragraph{{Span: sent, Lang: "en"}}
		d.Mentions = []dossier.Mention{
			{Span: dossier.Span{Start: 0, End: len("North Korea")}, Text: "North Korea", Entity: nk.ID, Class: "LOC", Via: "kb", Confidence: 0.9},
		}
		trig := strings.Index(body, "met")
		d.Events = []dossier.Event{{ID: d.ID + "-0", Type: "CONSULT", Actor: nk.ID, Target: partner.ID, Modality: dossier.ModalityAsserted,
			Trigger: dossier.Span{Start: trig, End: trig + 3}, Evidence: sent, Confidence: 0.8,
			Date: &dossier.EventDate{Value: "2025-07-15", Granularity: "day", Text: "on Tuesday"}}}
		d.Entities = []dossier.Entity{nk, partner}
		docs = append(docs, d)
	}
	return docs
}

// TestBrowserCrowdedTimeline: many stories on one day stack inside their
// lane, which grows for them, and never spill over the chart; the counts
// above the chart add up.
func TestBrowserCrowdedTimeline(t *testing.T) {
	base := serveDocs(t, crowdedMonth(), 0)
	b := webtest.New(t)
	b.Do("timeline", chromedp.Navigate(base+"/#/timeline?a="+apitest.NorthKorea), chromedp.WaitVisible(css("svg.timeline g.ev")))
	if n := webtest.Eval[int](b, "marks", `document.querySelectorAll('svg.timeline g.ev').length`); n != 14 {
		t.Fatalf("%d marks, want 14", n)
	}
	spill := webtest.Eval[[]string](b, "spill", `(() => {
		const lanes = [...document.querySelectorAll('svg.timeline rect.lane')].map(r => r.getBBox());
		const out = [];
		for (const g of document.querySelectorAll('svg.timeline g.ev')) {
			const m = g.lastElementChild.previousElementSibling || g.firstElementChild;
			const bb = m.getBBox();
			if (!lanes.some(l => bb.y >= l.y - 0.5 && bb.y + bb.height <= l.y + l.height + 0.5)) out.push(g.getAttribute('aria-label') + ' at ' + bb.y.toFixed(0));
		}
		return out;
	})()`)
	for _, x := range spill {
		t.Errorf("a mark leaves its lane: %s", x)
	}
	if text := b.Text("summary", "#tl-summary"); !strings.Contains(text, "14 stories, 14 reports") {
		t.Errorf("summary = %q", text)
	}
	b.Screenshot("crowded")
	b.CheckClean("crowded")
}

// TestBrowserHostile: an article whose every field is markup, stored with
// hostile entity names and ingested through the API, is shown as text in
// every view, and nothing in it runs.
func TestBrowserHostile(t *testing.T) {
	base := serve(t)
	b := webtest.New(t)
	hostile := apitest.Corpus(true)[5]
	// and one more through the ingest endpoint, as HTML
	page := `<html><head><title>Posted ` + apitest.Hostile + `</title></head><body><article><h1>Posted</h1><p>Kim met Lavrov ` + apitest.Hostile +
		` in Pyongyang on Monday, and both sides praised their cooperation.</p><p><a href="javascript:window.__pwned=5">x</a> Another paragraph with enough words to count as text for the extractor.</p></article></body></html>`
	res, err := http.Post(base+"/api/ingest?url="+url.QueryEscape("javascript:window.__pwned=6"), "text/html", strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 201 {
		t.Fatalf("ingest of the hostile page: %d", res.StatusCode)
	}
	views := []string{
		"#/doc/" + hostile.ID,
		"#/entity/" + url.PathEscape(apitest.Evil),
		"#/search?q=" + url.QueryEscape("breaking script"),
		"#/search?q=posted",
		"#/timeline?a=" + url.QueryEscape(apitest.Evil),
		"#/graph",
		"#/documents",
		"#/search?q=" + url.QueryEscape(`<img src=x onerror="window.__pwned=7">`),
	}
	for _, v := range views {
		b.Do("hostile "+v, chromedp.Navigate(base+"/"+v), chromedp.WaitVisible(css("main h1")), chromedp.Sleep(400*time.Millisecond))
		if webtest.Eval[bool](b, "pwned "+v, `window.__pwned !== undefined`) {
			t.Errorf("%s: script from the article ran", v)
		}
		nodes := webtest.Eval[int](b, "nodes "+v, `document.querySelectorAll('main script, main img, main iframe, main b, main a[href^="javascript"]').length`)
		if nodes != 0 {
			t.Errorf("%s: article markup became %d elements", v, nodes)
		}
		shown := webtest.Eval[string](b, "text "+v, `document.querySelector('main').innerText`)
		if v != "#/graph" && v != "#/search?q=posted" && !strings.Contains(shown, "<script>window.__pwned=1</script>") &&
			!strings.Contains(shown, `onerror="window.__pwned=7"`) {
			t.Errorf("%s: the hostile text is not shown as text:\n%.400s", v, shown)
		}
	}
	b.Do("hostile reader", chromedp.Navigate(base+"/#/doc/"+hostile.ID), chromedp.WaitVisible(css("main h1")))
	b.Screenshot("hostile-reader")
	// the page forbids HTML sinks (Trusted Types)
	blocked := webtest.Eval[bool](b, "trusted types", `(() => { try { document.body.insertAdjacentHTML('beforeend', '<b>x</b>'); return false } catch (e) { return true } })()`)
	if !blocked {
		t.Error("the Content-Security-Policy does not enforce Trusted Types")
	}
	b.CheckClean("hostile", "Trusted Type", "TrustedHTML", "trusted-types", "require-trusted-types-for")
}

func TestHeaders(t *testing.T) {
	srv := httptest.NewServer(web.Handler())
	defer srv.Close()
	for _, p := range []string{"/", "/js/main.js", "/css/app.css", "/favicon.svg"} {
		res, err := http.Get(srv.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 200 || res.Header.Get("Content-Security-Policy") != web.CSP || res.Header.Get("ETag") == "" ||
			res.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: %d %v", p, res.StatusCode, res.Header)
		}
		req, _ := http.NewRequest("GET", srv.URL+p, nil)
		req.Header.Set("If-None-Match", res.Header.Get("ETag"))
		res2, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res2.Body.Close()
		if res2.StatusCode != http.StatusNotModified {
			t.Errorf("%s: revalidation gave %d", p, res2.StatusCode)
		}
	}
	for p, want := range map[string]string{"/js/main.js": "text/javascript", "/css/app.css": "text/css", "/": "text/html"} {
		res, _ := http.Get(srv.URL + p)
		res.Body.Close()
		if !strings.HasPrefix(res.Header.Get("Content-Type"), want) {
			t.Errorf("%s: content type %q", p, res.Header.Get("Content-Type"))
		}
	}
	res, _ := http.Get(srv.URL + "/nothing.js")
	res.Body.Close()
	if res.StatusCode != 404 {
		t.Errorf("unknown file: %d", res.StatusCode)
	}
	res, _ = http.Post(srv.URL+"/", "text/plain", nil)
	res.Body.Close()
	if res.StatusCode != 405 {
		t.Errorf("POST /: %d", res.StatusCode)
	}
}

// TestNoMarkupSinks: the UI's code never hands strings to an HTML parser.
func TestNoMarkupSinks(t *testing.T) {
	for _, f := range jsFiles(t) {
		for _, sink := range []string{".innerHTML", ".outerHTML", "insertAdjacentHTML(", "document.write(", "eval(", "new Function(", "setAttribute('style'", "DOMParser"} {
			if strings.Contains(f.body, sink) {
				t.Errorf("%s uses %s", f.name, sink)
			}
		}
	}
}

type jsFile struct{ name, body string }

func jsFiles(t *testing.T) []jsFile {
	t.Helper()
	names, err := filepath.Glob("static/js/*.js")
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob("static/js/views/*.js")
	var out []jsFile
	for _, n := range append(names, more...) {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, jsFile{n, string(b)})
	}
	if len(out) < 10 {
		t.Fatalf("found only %d script files", len(out))
	}
	return out
}
