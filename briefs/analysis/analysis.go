// Package analysis is the one pass that turns a brief's text into what
// briefbot keeps about it: the dateline, a summary and the meetings. The
// text is read once (package reading: dateline, reference day, sentences,
// tokens, temporal expressions); the summariser and the meeting extractor
// both work from that reading, and none of them splits the text again. Every
// path — ingest, reindex, extract, extract -jsonl, summarize and eval — reads
// a document with Document (or ingest) and analyses it with Analyzer.Brief,
// so one text with one publication and ingest time gives one answer.
package analysis

import (
	"context"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/analysis/reading"
	"github.com/briefbot/briefbot/briefs/ingest"
	"github.com/briefbot/briefbot/briefs/meetings"
	"github.com/briefbot/briefbot/briefs/summary"
)

// Analyzer holds the summariser and its options.
type Analyzer struct {
	Summarizer summary.Summarizer // nil: the extractive summariser
	Summary    summary.Options
}

// MaxMeetings is the most meetings kept of one brief. A brief naming more
// is a digest of digests or generated text; keeping them all would flood
// /meetings and the store. The first MaxMeetings, in text order, are kept
// and Result.MeetingsDropped says how many were not.
const MaxMeetings = 50

// Result is everything the analysis finds; Dates are the story's temporal
// expressions, with rune offsets into the brief's Body.
type Result struct {
	Dateline briefs.Dateline     `json:"dateline"`
	Summary  string              `json:"summary"`
	Dates    []meetings.DateJSON `json:"dates"`
	Meetings []briefs.Meeting    `json:"meetings"`
	// MeetingsDropped counts the meetings past MaxMeetings left out.
	MeetingsDropped int `json:"meetings_dropped,omitempty"`
	// AnalysedBytes is, for a brief longer than briefs.MaxAnalysedBytes,
	// how much of its start the summary and meetings come from; 0 when
	// the whole text was read.
	AnalysedBytes int `json:"analysed_bytes,omitempty"`
	// Failed, when not nil, is the step that panicked on this brief;
	// Summary or Meetings are then left empty (see Failure).
	Failed *Failure `json:"-"`
}

// Brief analyses b (read by ingest, so its Dateline, Published and
// IngestedAt are set), sets its Summary, SummaryMethod and Meetings, and
// returns the whole result. A brief longer than briefs.MaxAnalysedBytes is
// analysed on its first part only (Result.AnalysedBytes says how much), so
// one brief costs a bounded time. When ctx ends between the summary and
// the meetings, Brief returns at once with b's meetings unset; the caller
// checks ctx. A step that panics (a bug met on new text) leaves its part
// unset and Result.Failed says which; the other steps still run.
func (a Analyzer) Brief(ctx context.Context, b *briefs.Brief) Result {
	res := Result{Dateline: b.Dateline}
	if n := len(briefs.AnalysedText(b.Body)); n < len(b.Body) {
		res.AnalysedBytes = n
	}
	var r *reading.Reading
	if !guard(&res, "reading", func() { r = reading.Of(*b) }) {
		return res
	}
	defer r.Release()
	opts := a.Summary
	opts.Skip, opts.Split = r.StoryStart, r.Sentences
	s := a.Summarizer
	if s == nil {
		s = summary.Extractive{}
	}
	guard(&res, "summary", func() { b.Summary, b.SummaryMethod = s.Summarize(ctx, b.Body, opts) })
	res.Summary = b.Summary
	if ctx.Err() != nil {
		return res
	}
	var m meetings.Result
	if !guard(&res, "meetings", func() { m = meetings.Of(r) }) {
		return res
	}
	dropped := max(len(m.Meetings)-MaxMeetings, 0)
	m.Meetings = m.Meetings[:len(m.Meetings)-dropped]
	b.Meetings = m.Meetings
	res.Dates, res.Meetings, res.MeetingsDropped = m.Dates, m.Meetings, dropped
	return res
}

// Explain finds b's meetings from the same reading as Brief and says, for
// each meeting and field, which named rule decided it (`briefbot extract
// -explain`). failed is not nil when the rules panicked on b.
func Explain(b briefs.Brief) (res meetings.Result, ex []meetings.Explanation, failed *Failure) {
	var r Result
	guard(&r, "meetings", func() { res, ex = meetings.Explain(reading.Of(b)) })
	return res, ex, r.Failed
}

// Document reads one document as `briefbot ingest` would read a file named
// name (its extension gives the format; a stand-alone first line is the
// title): published is its publication time when it gives none of its own,
// ingested the time it is read. Input that is not one brief (a .jsonl file of many,
// a malformed record) is read as plain text.
func Document(name, text string, published, ingested time.Time) briefs.Brief {
	opts := ingest.Options{Now: ingested, Published: published}
	items := ingest.Parse(name, []byte(text), opts)
	if len(items) != 1 || items[0].Err != nil {
		return ingest.FromText("", text, published, opts)
	}
	return items[0].Brief
}
