package main

import (
	"sync"

	"github.com/dossier-news/dossier/kb"
	"github.com/dossier-news/dossier/pipeline"
)

// modelCache keeps the knowledge base and the analysis pipelines of one
// process for the commands it runs after the first. Loading the models is
// most of a short command's time (a second, ten under the race detector), and
// both are read-only once built, so commands may share them.
type modelCache struct {
	kbMu sync.Mutex
	kb   *kb.KB

	// a pipeline is built under mu, and building one loads the knowledge
	// base: hence two locks
	mu        sync.Mutex
	pipelines map[string]*pipeline.Pipeline
}

func (c *modelCache) knowledge() (*kb.KB, error) {
	c.kbMu.Lock()
	defer c.kbMu.Unlock()
	if c.kb == nil {
		k, err := kb.Load()
		if err != nil {
			return nil, err
		}
		c.kb = k
	}
	return c.kb, nil
}

// pipeline returns the pipeline built for key, building it on first use.
func (c *modelCache) pipeline(key string, build func() (*pipeline.Pipeline, error)) (*pipeline.Pipeline, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if p, ok := c.pipelines[key]; ok {
		return p, nil
	}
	p, err := build()
	if err != nil {
		return nil, err
	}
	if c.pipelines == nil {
		c.pipelines = make(map[string]*pipeline.Pipeline)
	}
	c.pipelines[key] = p
	return p, nil
}
