package telegram

import "testing"

// TestOffsetWaitsForHeldUpdate: while one chat's update is still being
// handled, the stored offset stays at it even though a later update of
// another chat was answered, so a replica killed now leaves the held
// update to the next poller; once it is handled the offset moves past both.
func TestOffsetWaitsForHeldUpdate(t *testing.T) {
	f := newFakeAPI(t)
	h := &gatedHandler{chat: "5", gate: make(chan struct{})}
	st := newMemState()
	a, _ := testAdapter(t, f, h, st, nil)
	held := f.push("message", msg(5, "private", 77, "/meetings"))
	later := f.push("message", msg(6, "private", 78, "/help"))
	stop := run(t, a)
	f.waitCalls("sendMessage", 1)
	waitFor(t, func() bool { return st.value(offsetKey) == itoa(held) })
	close(h.gate)
	f.waitCalls("sendMessage", 2)
	waitFor(t, func() bool { return st.value(offsetKey) == itoa(later+1) })
	stop()
}
