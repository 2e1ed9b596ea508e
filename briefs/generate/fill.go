package generate

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/analysis"
	"github.com/briefbot/briefbot/briefs/ingest"
	"github.com/briefbot/briefbot/briefs/meetings"
	"github.com/briefbot/briefbot/briefs/store"
)

// Adder stores briefs in batches; *store.Store is one.
type Adder interface {
	AddBriefs(ctx context.Context, bs []*briefs.Brief) ([]store.AddResult, error)
}

// FillBatch is how many briefs Fill adds per transaction.
const FillBatch = 2000

// Fill adds the generator's N briefs to st, analysed, in batches of
// FillBatch, and returns how many were newly stored. Each template is read
// and analysed once (as `briefbot ingest` would read the record, at the
// template's own publication time, or at End when it has none); a copy is
// that analysis moved to the copy's day: its dateline and meeting dates
// shifted by whole days, its hash its own. This makes a store of a million
// briefs in minutes, where ingesting them would analyse each one; meetings
// are not unified across briefs as ingest does, and a meeting's key is
// tied to the copy's week (see redate). progress, when not nil, is
// called after each batch with the number stored so far.
func Fill(ctx context.Context, st Adder, g *Generator, an analysis.Analyzer, progress func(int)) (int, error) {
	analysed := make([]*briefs.Brief, len(g.ts))
	batch := make([]*briefs.Brief, 0, FillBatch)
	added := 0
	flush := func() error {
		res, err := st.AddBriefs(ctx, batch)
		if err != nil {
			return fmt.Errorf("generate: fill: %w", err)
		}
		for _, r := range res {
			if r.Created {
				added++
			}
		}
		batch = batch[:0]
		if progress != nil {
			progress(added)
		}
		return nil
	}
	err := g.Each(func(rec Record) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		t := analysed[rec.Template]
		if t == nil {
			t = analyse(ctx, g.ts[rec.Template], g.opts.End, an)
			analysed[rec.Template] = t
		}
		batch = append(batch, redate(t, rec))
		if len(batch) == FillBatch {
			return flush()
		}
		return nil
	})
	if err == nil && len(batch) > 0 {
		err = flush()
	}
	return added, err
}

// analyse reads and analyses template t as ingest reads a JSON record
// published at its own time, or at end when it gives none.
func analyse(ctx context.Context, t Template, end time.Time, an analysis.Analyzer) *briefs.Brief {
	ref := t.Published
	if ref.IsZero() {
		ref = end
	}
	b := ingest.FromText(t.Title, t.Text, ref, ingest.Options{Now: ref})
	b.ExternalID = t.ID
	if t.Source != "" {
		b.Source = t.Source
	}
	an.Brief(ctx, &b)
	return &b
}

// redate copies the analysed template t as record rec: published and
// ingested at rec.Published, dates moved by the days between the two, the
// record's last line added to the body. A meeting key is given the copy's
// week: reports of one meeting come within days of each other, and one key
// shared by every copy of a template over months (hundreds of reports of
// one meeting) is not what a store holds.
func redate(t *briefs.Brief, rec Record) *briefs.Brief {
	days := dayNumber(rec.Published) - dayNumber(t.Published)
	b := *t
	b.ExternalID = rec.ID
	b.Body = t.Body + "\n\n" + rec.Mark
	b.Hash = ingest.Hash(b.Body)
	b.Published, b.IngestedAt = rec.Published, rec.Published
	b.Dateline.Date = shiftDate(t.Dateline.Date, days)
	b.Meetings = make([]briefs.Meeting, len(t.Meetings))
	for i, m := range t.Meetings {
		m.Date = shiftDate(m.Date, days)
		m.EndDate = shiftDate(m.EndDate, days)
		m.Participants = append([]string(nil), m.Participants...)
		switch {
		case strings.Contains(m.Key, "@"): // a generic key holds the date
			m.Key = meetings.Key(m)
		case m.Key != "":
			m.Key += "~" + strconv.Itoa(dayNumber(rec.Published)/7)
		}
		b.Meetings[i] = m
	}
	return &b
}

// dayNumber counts days since the epoch of t's calendar date in UTC.
func dayNumber(t time.Time) int {
	y, m, d := t.UTC().Date()
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// shiftDate moves a YYYY-MM-DD date by days, or a YYYY-MM month by the
// month its first day moves to; "" and other forms stay as they are.
func shiftDate(s string, days int) string {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t.AddDate(0, 0, days).Format("2006-01-02")
	}
	if t, err := time.Parse("2006-01", s); err == nil {
		return t.AddDate(0, 0, days).Format("2006-01")
	}
	return s
}
