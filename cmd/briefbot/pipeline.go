package main

import (
	"context"
	"log/slog"
	"runtime"
	"sync"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/analysis"
	"github.com/briefbot/briefbot/briefs/summary"
	"github.com/briefbot/briefbot/config"
)

// pipeline computes what a brief needs at ingest — its summary and
// meetings — with the one analysis every path shares. Commands and digests
// only read what it stored.
type pipeline struct {
	analyzer analysis.Analyzer
	log      *slog.Logger
}

func newPipeline(cfg config.Config, log *slog.Logger) *pipeline {
	return &pipeline{
		analyzer: analysis.Analyzer{
			Summarizer: newSummarizer(cfg, log),
			Summary:    summary.Options{Sentences: cfg.Summary.Sentences, MaxChars: cfg.Summary.Chars},
		},
		log: log,
	}
}

// enrich sets b's summary and meetings from its text.
func (p *pipeline) enrich(ctx context.Context, b *briefs.Brief) {
	p.analyzer.Brief(ctx, b)
}

// enrichAll enriches bs concurrently, one worker per core.
func (p *pipeline) enrichAll(ctx context.Context, bs []*briefs.Brief) {
	work := make(chan *briefs.Brief)
	var wg sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range work {
				p.enrich(ctx, b)
			}
		}()
	}
	for _, b := range bs {
		work <- b
	}
	close(work)
	wg.Wait()
}
