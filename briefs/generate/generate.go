// Package generate makes many briefs from a few: copies of template briefs
// (the dev sets, the sample briefs) re-dated across a span of days ending at
// an explicit time, for load tests and benchmarks. The same templates, end,
// span, count and seed always give the same briefs.
//
// Each copy keeps its template's title and text and gains a last line
// "[ID]" (its record's id) so that its hash, and so its stored row, is its own. Copies of
// one template that fall on the same day are the "same story from several
// sources" a digest groups.
package generate

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"time"
)

// Template is one brief copies are made of.
type Template struct {
	ID, Title, Text, Source string
	// Published is the template's own publication time; zero when it has
	// none (copies are then analysed as if published on their own day).
	Published time.Time
}

// Options say how many briefs to make and where in time they fall.
type Options struct {
	N    int       // number of briefs
	End  time.Time // the last brief is published at or just before End
	Days int       // the briefs spread evenly over the Days days before End
	Seed uint64    // picks the templates and the minutes within each step
}

// Record is one generated brief, in the JSON form `briefbot ingest` reads.
type Record struct {
	ID        string    `json:"id"`
	Title     string    `json:"title,omitempty"`
	Text      string    `json:"text"`
	Source    string    `json:"source,omitempty"`
	Published time.Time `json:"published"`
	// Template is the index of the template the record copies, Mark the
	// last line added to its text; neither is written.
	Template int    `json:"-"`
	Mark     string `json:"-"`
}

// Generator makes the records of one Options.
type Generator struct {
	ts   []Template
	opts Options
	step time.Duration
}

// New checks opts and returns a generator over ts.
func New(ts []Template, opts Options) (*Generator, error) {
	switch {
	case len(ts) == 0:
		return nil, errors.New("generate: no templates")
	case opts.N < 1:
		return nil, fmt.Errorf("generate: N is %d; want at least 1", opts.N)
	case opts.Days < 1:
		return nil, fmt.Errorf("generate: Days is %d; want at least 1", opts.Days)
	case opts.End.IsZero():
		return nil, errors.New("generate: End is not set")
	}
	span := time.Duration(opts.Days) * 24 * time.Hour
	return &Generator{ts: ts, opts: opts, step: span / time.Duration(opts.N)}, nil
}

// Templates returns the templates the generator copies.
func (g *Generator) Templates() []Template { return g.ts }

// Each passes the N records to fn in publication order, stopping at the
// first error fn returns.
func (g *Generator) Each(fn func(Record) error) error {
	r := rand.New(rand.NewPCG(g.opts.Seed, g.opts.Seed^0x9e3779b97f4a7c15))
	start := g.opts.End.Add(-time.Duration(g.opts.Days) * 24 * time.Hour)
	for i := range g.opts.N {
		k := r.IntN(len(g.ts))
		at := start.Add(time.Duration(i+1) * g.step)
		if g.step > time.Second {
			at = at.Add(-time.Duration(r.Int64N(int64(g.step))))
		}
		t := g.ts[k]
		id := fmt.Sprintf("gen-%d-%07d", g.opts.Seed, i+1)
		rec := Record{
			ID: id, Title: t.Title, Source: t.Source, Published: at.Truncate(time.Second),
			Text: t.Text + "\n\n[" + id + "]", Template: k, Mark: "[" + id + "]",
		}
		if err := fn(rec); err != nil {
			return err
		}
	}
	return nil
}
