package telegram

import (
	"context"
	"sync"
)

// offsets tracks the polled updates still queued or being handled, so the
// offset stored for the next poll (on this replica or, after a takeover,
// another) never passes an update that was not handled: a replica killed
// with updates in its queue leaves them to the next poller instead of
// losing them. Updates are handled concurrently, so the offset stored is
// the lowest update still pending, not the last one received.
type offsets struct {
	mu      sync.Mutex
	pending map[int64]bool
	next    int64 // the offset after the last update dispatched; 0 before polling
	saved   int64
}

// dispatched records that update id is queued.
func (o *offsets) dispatched(id int64) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.pending == nil {
		o.pending = map[int64]bool{}
	}
	o.pending[id] = true
	o.next = max(o.next, id+1)
}

// done records that update id was handled (or not taken after all).
func (o *offsets) done(id int64) {
	o.mu.Lock()
	defer o.mu.Unlock()
	delete(o.pending, id)
}

// save stores the lowest pending update's id, or the offset after the last
// update when none is pending, if that moved on. Saves are serialised so a
// slower save never overwrites a newer offset.
func (o *offsets) save(ctx context.Context, store func(ctx context.Context, offset int64)) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.next == 0 {
		return // not polling (webhook updates have no offset)
	}
	safe := o.next
	for id := range o.pending {
		safe = min(safe, id)
	}
	if safe > o.saved {
		store(ctx, safe)
		o.saved = safe
	}
}
