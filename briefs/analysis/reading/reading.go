// Package reading is the first step of the analysis of a brief, done once
// and shared by every later step: the dateline and where the story starts
// after it, the reference day relative dates resolve against, the
// sentences and tokens, and the temporal expressions with their clause's
// tense. The summariser takes the story's sentences after the dateline
// from it; timex reads its tokens; the meeting extractor reads the
// sentences, tokens, dates, reference day and the dateline's place.
//
// What is stored. Ingest keeps of a brief what a read path uses: the
// dateline's place, date and source (columns of the briefs row), and what
// the later steps make of the reading, the summary and the meetings. The
// reading itself is not stored: no command, digest or reminder reads
// sentences, tokens, timex spans or the reference day, and the steps that
// do (reindex, extract, eval) recompute the whole reading in about a third
// of the analysis pass (BenchmarkReading beside BenchmarkBrief in
// briefs/analysis), less than decoding a stored token list would cost and
// without a schema to keep in step with the rules. The one read-path
// candidate, where the story starts (so /brief could show its text without
// the dateline its meta line already gives), is StoryStart on the stored
// body: a scan of its first line, cheaper than a column.
package reading

import (
	"sync"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/ingest"
	"github.com/briefbot/briefbot/briefs/meetings/timex"
	"github.com/briefbot/briefbot/briefs/sentences"
	"github.com/briefbot/briefbot/briefs/tokens"
)

// Reading is what the first pass knows of one text.
type Reading struct {
	Text string // the text read: at most briefs.MaxAnalysedBytes of it
	// Title is the brief's title, "" when it has none: a notice's heading
	// line that ingest took as the title ("Standing Committee on Finance"
	// over its meeting blocks) still names the body of its meetings.
	Title string
	// Dateline is the brief's dateline, its empty fields filled from the
	// one at the start of Text.
	Dateline briefs.Dateline
	// StoryStart is the rune offset where the story starts after a
	// dateline at the start of Text; 0 when there is none.
	StoryStart int
	// Day is the reference day, midnight UTC: the dateline's date, else the
	// publication day, else the ingest day; zero when none is known (then
	// Dates is empty: relative dates cannot be resolved).
	Day time.Time
	// Runes are Text's runes, for the steps that count in runes: the
	// sentences are split over them and the meeting extractor slices them.
	Runes     []rune
	Sentences []sentences.Sentence
	// Tokens are the words, numbers and punctuation marks of Text, split
	// once (tokens.Split); timex and the meeting extractor both read them.
	Tokens []tokens.Token
	// Dates are the temporal expressions of Text (timex), in text order,
	// rune offsets into Text; Tense is their clause's tense.
	Dates []timex.Expr

	pooled *bufs // the holder Runes and Tokens came from, back to the pool on Release
}

// Of reads a brief read by ingest: its Body, with its Dateline (the one at
// the start of the body fills the fields it lacks), resolved against the
// dateline's date, else its publication time, else its ingest time.
func Of(b briefs.Brief) *Reading {
	r := Text(b.Body, referenceTime(b), b.Dateline)
	r.Title = b.Title
	return r
}

// Text reads text whose reference time is ref (zero: none) and whose
// dateline is dl, its empty fields filled from the dateline at the start
// of text. Only briefs.AnalysedText(text) is read (Reading.Text), so a huge
// text costs a bounded time and memory.
func Text(text string, ref time.Time, dl briefs.Dateline) *Reading {
	text = briefs.AnalysedText(text)
	r := &Reading{Text: text, Dateline: dl}
	if own, rest, ok := ingest.ParseDateline(text, ref, time.Time{}); ok {
		r.StoryStart = rest
		fill(&r.Dateline.Place, own.Place)
		fill(&r.Dateline.Date, own.Date)
		fill(&r.Dateline.Source, own.Source)
	}
	r.Day = day(r.Dateline, ref)
	b := bufPool.Get().(*bufs)
	r.pooled = b
	r.Runes = appendRunes(b.runes[:0], text)
	r.Sentences = sentences.SplitRunes(text, r.Runes)
	r.Tokens = tokens.SplitInto(b.tokens, text)
	if !r.Day.IsZero() {
		r.Dates = timex.FindTokens(text, r.Tokens, r.Day)
	}
	return r
}

// StoryStart is the rune offset where text's story starts after a dateline
// at its start ("LONDON, March 3 (Reuters) - "), 0 when it has none: the
// Reading's StoryStart without the rest of the reading, for paths that
// summarise many texts (summary.Options.StoryStart).
func StoryStart(text string) int {
	_, rest, ok := ingest.ParseDateline(briefs.AnalysedText(text), time.Time{}, time.Time{})
	if !ok {
		return 0
	}
	return rest
}

// bufs are the rune and token slices of a released reading (Release), for
// the next: made afresh for every brief they were half of what the
// analysis allocated, and the collector's work grows with that.
type bufs struct {
	runes  []rune
	tokens []tokens.Token
}

var bufPool = sync.Pool{New: func() any { return new(bufs) }}

// maxPooledRunes is the longest text whose slices are kept for reuse: a
// few times a long story, so that a huge brief's are left to the collector.
const maxPooledRunes = 1 << 16

// Release gives r's runes and tokens back for the next reading. Call it
// when every step is done with r: r's Runes and Tokens are nil after, and
// no slice of them may be kept (strings cut from the text may).
func (r *Reading) Release() {
	if b := r.pooled; b != nil && cap(r.Runes) <= maxPooledRunes {
		b.runes, b.tokens = r.Runes[:0], r.Tokens[:0]
		bufPool.Put(b) // the holder Text took: no allocation a brief
	}
	r.Runes, r.Tokens, r.pooled = nil, nil, nil
}

// appendRunes appends text's runes to buf: []rune(text) into buf's room.
func appendRunes(buf []rune, text string) []rune {
	if cap(buf) < len(text) {
		buf = make([]rune, 0, len(text))
	}
	for _, c := range text {
		buf = append(buf, c)
	}
	return buf
}

func fill(field *string, v string) {
	if *field == "" {
		*field = v
	}
}

// referenceTime is the "now" of a brief: its dateline date (at the
// publication time when that is the same day), else its publication time,
// else its ingest time.
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

// day is the dateline's date, else ref's calendar day, as midnight UTC.
func day(dl briefs.Dateline, ref time.Time) time.Time {
	if t, err := time.Parse("2006-01-02", dl.Date); err == nil {
		return t
	}
	if ref.IsZero() {
		return time.Time{}
	}
	y, m, d := ref.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
