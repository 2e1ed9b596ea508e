package meetings

import (
	"time"

	"github.com/briefbot/briefbot/briefs/meetings/timex"
)

// timexDates lists the temporal expressions the timex package finds.
func timexDates(text string, ref time.Time) []DateJSON {
	var out []DateJSON
	for _, x := range timex.Find(text, ref) {
		out = append(out, DateJSON{Start: x.Start, End: x.End, Text: x.Text, Type: string(x.Type), Value: x.Value, EndValue: x.EndValue})
	}
	return out
}
