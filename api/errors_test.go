package api

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestErrorMessagesNameTheParameter: a client told "bad request" must learn
// from the message which parameter, with which value, is wrong.
func TestErrorMessagesNameTheParameter(t *testing.T) {
	srv, _ := newServer(t, Options{})
	cases := []struct{ path, want string }{
		{"/api/events?from=2024-13-01", `from="2024-13-01"`},
		{"/api/events?to=yesterday", `to="yesterday"`},
		{"/api/stories?from=2025&to=2024", "to=2024 is before from=2025"},
		{"/api/documents?to=2024-13", `to="2024-13"`},
		{"/api/documents?from=2025-01-01&to=2024-06", "to=2024-06 is before from=2025-01-01"},
		{"/api/documents?lang=german", "lang must be an ISO 639-1 code"},
		{"/api/relations?months=maybe", `months="maybe"`},
		{"/api/documents?type=AID", `unknown parameter "type": /api/documents takes limit, offset, lang, from, to, source`},
		{"/api/events?modality=negated", `unknown parameter "modality"`},
		{"/api/timeline?a=Q423&typ=AID", `unknown parameter "typ"`},
		{"/api/stories?entity=Nordkorea&with=Q423", "entity and with are the same entity"},
		{"/api/mentions", "entity (an entity id or name) or doc"},
		{"/api/events?from=2023-02-30", `from="2023-02-30" is not a date`},
		{"/api/documents?from=2023-02-30", `from="2023-02-30"`},
		{"/api/stories?type=FOO", `type "FOO" is not a PLOVER event type`},
		{"/api/timeline?a=Nrth+Korea", `a: unknown entity: nothing is called "Nrth Korea"`},
		{"/api/timeline?a=Nrth+Korea", "did you mean North Korea (Q423)?"},
		{"/api/events?actor=Russai", "did you mean Russia (Q159)?"},
	}
	for _, c := range cases {
		res, err := http.Get(srv.URL + c.path)
		if err != nil {
			t.Fatal(err)
		}
		var body errorBody
		if err := json.NewDecoder(res.Body).Decode(&body); err != nil {
			t.Errorf("%s: %v", c.path, err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusBadRequest || !strings.Contains(body.Error.Message, c.want) {
			t.Errorf("%s: %d %q, want 400 naming %q", c.path, res.StatusCode, body.Error.Message, c.want)
		}
	}
}

// TestNotFoundQuotesShort: a long unknown id is named, but not echoed whole.
func TestNotFoundQuotesShort(t *testing.T) {
	srv, _ := newServer(t, Options{})
	long := strings.Repeat("ö", 3000)
	for _, p := range []string{"/api/documents/", "/api/entities/", "/api/stories/"} {
		res, err := http.Get(srv.URL + p + long)
		if err != nil {
			t.Fatal(err)
		}
		var body errorBody
		_ = json.NewDecoder(res.Body).Decode(&body)
		res.Body.Close()
		if res.StatusCode != 404 || len(body.Error.Message) > 200 || !strings.Contains(body.Error.Message, "ööö") || !utf8.ValidString(body.Error.Message) {
			t.Errorf("%s…: %d, message of %d bytes", p, res.StatusCode, len(body.Error.Message))
		}
	}
}
