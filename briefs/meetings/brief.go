package meetings

import (
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/ingest"
)

// OfBrief finds the meetings of a brief read by ingest: its body, resolved
// against ReferenceTime, with its dateline's place for "here". It is the one
// meeting step of every path (ingest, reindex, extract, extract -jsonl and
// eval), so a text gives the same meetings whichever way it comes in.
func OfBrief(b briefs.Brief) Result {
	return Extract(b.Body, ReferenceTime(b), b.Dateline)
}

// OfText reads text as ingest reads a record without a title and finds its
// meetings. published may be zero; ingested is then the reference.
func OfText(text string, published, ingested time.Time) Result {
	return OfBrief(ingest.FromText("", text, published, ingest.Options{Now: ingested}))
}

// ReferenceTime is the "today" a brief's relative dates resolve against:
// its dateline date (at the publication time when that is the same day),
// else its publication time, else its ingest time.
func ReferenceTime(b briefs.Brief) time.Time {
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
