package main

import (
	"context"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"

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
	if f := r.Failed; f != nil {
		p.log.ErrorContext(ctx, "analysing a brief failed; it is stored whole, without what the "+f.Step+" step finds (a bug in briefbot: please report it with the brief's text)",
			slog.String("brief", b.Title), slog.String("external_id", b.ExternalID),
			slog.String("step", f.Step), slog.String("panic", f.Panic), slog.String("stack", f.Stack))
	}
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

// enrichAll enriches bs concurrently, one worker per core, each taking the
// next brief in turn (no hand-off per brief). When ctx ends the workers
// stop taking briefs, so some of bs may be left unenriched; the caller
// checks ctx before using them.
func (p *pipeline) enrichAll(ctx context.Context, bs []*briefs.Brief) {
	p.enrichOn(ctx, nil, bs)
}

// enrichOn is enrichAll with each brief analysed on a core taken from cpu
// (nil: any).
func (p *pipeline) enrichOn(ctx context.Context, cpu cores, bs []*briefs.Brief) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(max(1, runtime.GOMAXPROCS(0)), len(bs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := next.Add(1) - 1
				if i >= int64(len(bs)) || cpu.acquire(ctx) != nil {
					return
				}
				p.enrich(ctx, bs[i])
				cpu.release()
			}
		}()
	}
	wg.Wait()
}
