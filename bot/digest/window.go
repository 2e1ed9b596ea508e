package digest

import (
	"context"
	"time"

	"github.com/briefbot/briefbot/briefs/store"
)

// minSplit is the shortest window read in two parts.
const minSplit = time.Hour

// readWindow returns what src.Window(ctx, from, to, limit) does, reading
// the two halves of [from, to) concurrently: reading a day of briefs is the
// largest part of a compose, and a store serves two reads on two
// connections at once. The halves partition the window by ingest time, so
// the first half's briefs followed by the second's are the window's, oldest
// first; the second half is read with the same limit and the total cut to
// limit. When the first half alone fills the limit the second read is
// stopped; until then it may read up to as many briefs as are kept.
func readWindow(ctx context.Context, src Source, from, to time.Time, limit int) ([]store.WindowBrief, error) {
	if to.Sub(from) < minSplit {
		return src.Window(ctx, from, to, limit)
	}
	mid := from.Add(to.Sub(from) / 2)
	ctx2, cancel := context.WithCancel(ctx)
	defer cancel()
	type part struct {
		bs  []store.WindowBrief
		err error
	}
	second := make(chan part, 1)
	go func() {
		bs, err := src.Window(ctx2, mid, to, limit)
		second <- part{bs, err}
	}()
	first, err := src.Window(ctx, from, mid, limit)
	if err != nil || limit > 0 && len(first) >= limit {
		cancel()
		<-second // no read of src outlives the call
		if err != nil {
			return nil, err
		}
		return first[:limit], nil
	}
	p := <-second
	if p.err != nil {
		return nil, p.err
	}
	all := append(first, p.bs...)
	if limit > 0 && len(all) > limit {
		all = all[:limit]
	}
	return all, nil
}
