package api

import (
	_ "embed"
	"net/http"
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
