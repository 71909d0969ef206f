package api

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
)

// openAPI is the OpenAPI 3 document of every route; TestOpenAPI holds it to
// the route table and checks responses against its schemas.
//
//go:embed openapi.json
var openAPI []byte

// OpenAPI returns the OpenAPI 3 document of the API.
func OpenAPI() []byte { return openAPI }

func serveOpenAPI(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write(openAPI)
}

// queryParams returns, for each "METHOD /path" of the OpenAPI document that
// takes query parameters, the names it takes.
func queryParams() (map[string][]string, error) {
	type param struct {
		Ref  string `json:"$ref"`
		Name string `json:"name"`
		In   string `json:"in"`
	}
	var doc struct {
		Paths      map[string]map[string]json.RawMessage `json:"paths"`
		Components struct {
			Parameters map[string]param `json:"parameters"`
		} `json:"components"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		return nil, fmt.Errorf("read the OpenAPI document: %w", err)
	}
	out := map[string][]string{}
	for path, item := range doc.Paths {
		var shared []param
		if raw, ok := item["parameters"]; ok {
			if err := json.Unmarshal(raw, &shared); err != nil {
				return nil, fmt.Errorf("OpenAPI %s parameters: %w", path, err)
			}
		}
		for method, raw := range item {
			if method == "parameters" {
				continue
			}
			var op struct {
				Parameters []param `json:"parameters"`
			}
			if err := json.Unmarshal(raw, &op); err != nil {
				return nil, fmt.Errorf("OpenAPI %s %s: %w", method, path, err)
			}
			var names []string
			for _, p := range append(slices.Clone(shared), op.Parameters...) {
				if p.Ref != "" {
					p = doc.Components.Parameters[strings.TrimPrefix(p.Ref, "#/components/parameters/")]
				}
				if p.In == "query" {
					names = append(names, p.Name)
				}
			}
			if len(names) > 0 {
				out[strings.ToUpper(method)+" "+path] = names
			}
		}
	}
	return out, nil
}

// onlyParams refuses query parameters a route does not take: a misspelt
// or unsupported filter ("typ=AID", "modality=negated") would otherwise be
// ignored, and the client would take every record for the filtered ones.
func onlyParams(names []string, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		for k := range r.URL.Query() {
			if !slices.Contains(names, k) {
				badRequest(w, fmt.Sprintf("unknown parameter %q: %s takes %s", k, r.URL.Path, strings.Join(names, ", ")))
				return
			}
		}
		h(w, r)
	}
}
