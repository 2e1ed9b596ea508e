package slack

import (
	"context"
	"net/http"
	"sync"
)

// asyncWork tracks the answers HTTP mode works on after it has acknowledged
// a request, so that a shutdown can let them finish instead of dropping
// them with the process.
type asyncWork struct {
	mu      sync.Mutex
	closed  bool
	wg      sync.WaitGroup
	stop    context.Context // done when a drain gives up on the work
	abandon context.CancelFunc
}

func newAsyncWork() *asyncWork {
	w := &asyncWork{}
	w.stop, w.abandon = context.WithCancel(context.Background())
	return w
}

// start registers one piece of work for request r. Its context keeps r's
// values, outlives r by at most asyncWorkLimit and ends early when a drain
// gives up. finish must be called exactly once. ok is false once a drain
// has begun: the caller should refuse the request.
func (w *asyncWork) start(r *http.Request) (ctx context.Context, finish func(), ok bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return nil, nil, false
	}
	w.wg.Add(1)
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), asyncWorkLimit)
	unhook := context.AfterFunc(w.stop, cancel)
	return ctx, func() {
		unhook()
		cancel()
		w.wg.Done()
	}, true
}

// drain refuses new work and waits for the work in flight; when ctx ends
// first, it cancels that work and waits for it to return.
func (w *asyncWork) drain(ctx context.Context) {
	w.mu.Lock()
	w.closed = true
	w.mu.Unlock()
	idle := make(chan struct{})
	go func() {
		w.wg.Wait()
		close(idle)
	}()
	select {
	case <-idle:
	case <-ctx.Done():
		w.abandon()
		<-idle
	}
}

// Drain is for shutting down HTTP mode: from now on the endpoints answer
// 503 (Slack retries events elsewhere), and Drain returns when every
// request already acknowledged has had its answer posted. When ctx ends
// first, the answers still being worked on are cancelled, and Drain
// returns once they have stopped.
func (a *Adapter) Drain(ctx context.Context) {
	a.async.drain(ctx)
}

// refuseDraining answers a request that arrived during a drain.
func refuseDraining(w http.ResponseWriter) {
	http.Error(w, "shutting down; try again", http.StatusServiceUnavailable)
}
