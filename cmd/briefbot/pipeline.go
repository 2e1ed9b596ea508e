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
	r := p.analyzer.Brief(ctx, b)
	if r.AnalysedBytes > 0 {
		p.log.WarnContext(ctx, "brief is long; its summary and meetings come from its start only (it is stored whole)",
			slog.String("brief", b.Title), slog.String("external_id", b.ExternalID),
			slog.Int("bytes", len(b.Body)), slog.Int("analysed_bytes", r.AnalysedBytes))
	}
	if r.MeetingsDropped > 0 {
		p.log.WarnContext(ctx, "brief names too many meetings; only the first are kept",
			slog.String("brief", b.Title), slog.String("external_id", b.ExternalID),
			slog.Int("kept", len(b.Meetings)), slog.Int("dropped", r.MeetingsDropped))
	}
}

// enrichAll enriches bs concurrently, one worker per core. When ctx ends
// it stops handing out briefs, so some of bs may be left unenriched; the
// caller checks ctx before using them.
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
feed:
	for _, b := range bs {
		select {
		case work <- b:
		case <-ctx.Done():
			break feed
		}
	}
	close(work)
	wg.Wait()
}
