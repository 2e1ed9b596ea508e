package telegram

import (
	"context"
	"strconv"
	"sync"
)

// Defaults of the update dispatcher.
const (
	defaultWorkers = 8   // updates handled at once, across chats
	maxQueued      = 512 // updates received and not yet handled
)

// dispatcher handles updates of different chats concurrently and those of
// one chat in the order they came: a chat that is slow or rate limited
// delays only itself. At most workers updates are handled at once and at
// most maxQueued wait; past that, dispatch waits.
type dispatcher struct {
	handle func(update)
	work   chan struct{} // a token per update being handled
	room   chan struct{} // a token per update queued or being handled

	mu     sync.Mutex
	queues map[string][]update // per chat; a chat with a key here has a runner
	wg     sync.WaitGroup
}

func newDispatcher(workers int, handle func(update)) *dispatcher {
	return &dispatcher{handle: handle, work: make(chan struct{}, max(workers, 1)),
		room: make(chan struct{}, maxQueued), queues: map[string][]update{}}
}

// dispatch queues u behind the updates of its chat. It waits while the
// queue is full and returns ctx's error if ctx ends first; u is then not
// queued.
func (d *dispatcher) dispatch(ctx context.Context, u update) error {
	select {
	case d.room <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	chat := chatOf(u)
	d.mu.Lock()
	q, running := d.queues[chat]
	d.queues[chat] = append(q, u)
	if !running {
		d.wg.Add(1)
		go d.run(chat)
	}
	d.mu.Unlock()
	return nil
}

// run handles chat's updates in order until its queue is empty.
func (d *dispatcher) run(chat string) {
	defer d.wg.Done()
	for {
		d.mu.Lock()
		q := d.queues[chat]
		if len(q) == 0 {
			delete(d.queues, chat)
			d.mu.Unlock()
			return
		}
		u := q[0]
		q[0] = update{}
		d.queues[chat] = q[1:]
		d.mu.Unlock()
		d.work <- struct{}{}
		d.handle(u)
		<-d.work
		<-d.room
	}
}

// wait returns when every queued update has been handled.
func (d *dispatcher) wait() { d.wg.Wait() }

// chatOf names the chat an update comes from ("" when it has none).
func chatOf(u update) string {
	switch {
	case u.Message != nil:
		return strconv.FormatInt(u.Message.Chat.ID, 10)
	case u.CallbackQuery != nil && u.CallbackQuery.Message != nil:
		return strconv.FormatInt(u.CallbackQuery.Message.Chat.ID, 10)
	}
	return ""
}
