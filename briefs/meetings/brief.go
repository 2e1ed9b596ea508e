package meetings

import (
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/analysis/reading"
	"github.com/briefbot/briefbot/briefs/ingest"
)

// OfBrief finds the meetings of a brief read by ingest (see reading.Of). It
// is the one meeting step of every path (ingest, reindex, extract, extract
// -jsonl and eval), so a text gives the same meetings whichever way it
// comes in.
func OfBrief(b briefs.Brief) Result {
	return Of(reading.Of(b))
}

// OfText reads text as ingest reads a record without a title and finds its
// meetings. published may be zero; ingested is then the reference.
func OfText(text string, published, ingested time.Time) Result {
	return OfBrief(ingest.FromText("", text, published, ingest.Options{Now: ingested}))
}
