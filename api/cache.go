package api

import (
	"sync"
	"time"

	"github.com/dossier-news/dossier"
)

// aggCache keeps computed relations for a short while: the graph and
// relation views ask for the same aggregates again and again, and
// computing them reads every story. An entry is stale after cacheTTL (other
// processes may write to the store) or once this server ingested something.
type aggCache struct {
	mu      sync.Mutex
	max     int
	entries map[string]cacheEntry
}

type cacheEntry struct {
	gen  int64
	at   time.Time
	rels []dossier.Relation
}

const cacheTTL = 30 * time.Second

func newAggCache(max int) *aggCache {
	return &aggCache{max: max, entries: map[string]cacheEntry{}}
}

func (c *aggCache) get(key string, gen int64) ([]dossier.Relation, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[key]
	if !ok || e.gen != gen || time.Since(e.at) > cacheTTL {
		return nil, false
	}
	return e.rels, true
}

func (c *aggCache) put(key string, gen int64, rels []dossier.Relation) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.entries) >= c.max {
		// drop the oldest entry; the cache is small, a scan is cheap
		var oldest string
		var at time.Time
		for k, e := range c.entries {
			if oldest == "" || e.at.Before(at) {
				oldest, at = k, e.at
			}
		}
		delete(c.entries, oldest)
	}
	c.entries[key] = cacheEntry{gen: gen, at: time.Now(), rels: rels}
}
