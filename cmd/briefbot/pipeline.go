package main

import (
	"context"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/ingest"
	"github.com/briefbot/briefbot/briefs/meetings"
	"github.com/briefbot/briefbot/briefs/summary"
	"github.com/briefbot/briefbot/config"
)

// pipeline computes what a brief needs at ingest: its summary and meetings.
// Commands and digests only read what it stored.
type pipeline struct {
	summarizer summary.Summarizer
	opts       summary.Options
	log        *slog.Logger
}

func newPipeline(cfg config.Config, log *slog.Logger) *pipeline {
	return &pipeline{
		summarizer: newSummarizer(cfg, log),
		opts:       summary.Options{Sentences: cfg.Summary.Sentences, MaxChars: cfg.Summary.Chars},
		log:        log,
	}
}

// enrich sets b's summary and meetings from its text.
func (p *pipeline) enrich(ctx context.Context, b *briefs.Brief) {
	opts := p.opts
	if _, rest, ok := ingest.ParseDateline(b.Body, b.Published, b.IngestedAt); ok {
		opts.Skip = rest
	}
	b.Summary, b.SummaryMethod = p.summarizer.Summarize(ctx, b.Body, opts)
	b.Meetings = meetings.Extract(b.Body, referenceTime(*b), b.Dateline).Meetings
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

// referenceTime is the "today" a brief's relative dates are resolved
// against: its dateline date, else its publication time, else ingest time.
func referenceTime(b briefs.Brief) time.Time {
	if t, err := time.Parse("2006-01-02", b.Dateline.Date); err == nil {
		if !b.Published.IsZero() && b.Published.Format("2006-01-02") == b.Dateline.Date {
			return b.Published
		}
		return t
	}
	if !b.Published.IsZero() {
		return b.Published
	}
	return b.IngestedAt
}
