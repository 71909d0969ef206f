package ner

import (
	"sync"
	"testing"
)

// testModel returns the embedded model for lang, loaded once for all the
// tests that only read it: every load reads the knowledge base too, and
// under the race detector a dozen loads took most of this package's time.
func testModel(t testing.TB, lang string) *Model {
	t.Helper()
	v, _ := testModels.LoadOrStore(lang, new(onceModel))
	o := v.(*onceModel)
	o.once.Do(func() { o.m, o.err = Load(lang) })
	if o.err != nil {
		t.Fatal(o.err)
	}
	return o.m
}

var testModels sync.Map // lang → *onceModel

type onceModel struct {
	once sync.Once
	m    *Model
	err  error
}
