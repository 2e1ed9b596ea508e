package meetings

import (
	"github.com/briefbot/briefbot/briefs/meetings/timex"
)

// dateJSON lists the temporal expressions of the extract contract.
func dateJSON(xs []timex.Expr) []DateJSON {
	out := make([]DateJSON, 0, len(xs))
	for _, x := range xs {
		out = append(out, DateJSON{Start: x.Start, End: x.End, Text: x.Text, Type: string(x.Type), Value: x.Value, EndValue: x.EndValue})
	}
	return out
}
