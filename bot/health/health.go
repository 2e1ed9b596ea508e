// Package health answers "is briefbot ready to do its job?" for /readyz: the
// store answers, and every configured chat adapter is connected, authorised
// and reaching its platform.
//
// An adapter is connecting until it first connects, then ready while its
// platform's API answers; a call that gets no answer or a server error
// (5xx) makes it unreachable until a call succeeds again, and a rejected
// token makes it rejected for good. Client errors such as 403 for one chat
// or 429 say the platform is up, so they keep it ready.
package health

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// States of a component.
const (
	Connecting  = "connecting"
	Ready       = "ready"
	Unreachable = "unreachable"
	Rejected    = "rejected"
	Down        = "down" // a checked component (the store) failed its check
)

// Component is one part's state as /readyz shows it.
type Component struct {
	State     string    `json:"state"`
	LastError string    `json:"last_error,omitempty"`
	Since     time.Time `json:"since"`
}

// Checker tracks the components. It is safe for concurrent use.
type Checker struct {
	now     func() time.Time
	timeout time.Duration

	mu       sync.Mutex
	adapters map[string]*adapter
	checks   map[string]func(context.Context) error
}

type adapter struct {
	connected, rejected, unreachable bool
	lastErr                          string
	since                            time.Time
}

// DefaultTimeout bounds every check /readyz runs.
const DefaultTimeout = 2 * time.Second

// New returns a Checker that reads the time from now.
func New(now func() time.Time) *Checker {
	return &Checker{now: now, timeout: DefaultTimeout, adapters: map[string]*adapter{}, checks: map[string]func(context.Context) error{}}
}

// AddCheck adds a component whose state is fn's answer at each request
// (nil: ready).
func (c *Checker) AddCheck(name string, fn func(context.Context) error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.checks[name] = fn
}

// AddAdapter adds a chat adapter, connecting until Connected is called.
func (c *Checker) AddAdapter(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.adapters[name] = &adapter{since: c.now()}
}

// update changes adapter name under the lock; the state's "since" moves
// only when the state does.
func (c *Checker) update(name string, fn func(a *adapter)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	a, ok := c.adapters[name]
	if !ok {
		return
	}
	before := a.state()
	fn(a)
	if a.state() != before {
		a.since = c.now()
	}
}

// Connected records that adapter name has connected and been authorised.
func (c *Checker) Connected(name string) {
	c.update(name, func(a *adapter) { a.connected, a.unreachable = true, false })
}

// ConnectFailed records a failed attempt to connect adapter name.
func (c *Checker) ConnectFailed(name string, err error) {
	c.update(name, func(a *adapter) { a.lastErr = err.Error() })
}

// Rejected records that the platform rejected adapter name's token.
func (c *Checker) Rejected(name string, err error) {
	c.update(name, func(a *adapter) { a.rejected, a.lastErr = true, err.Error() })
}

// Observe returns a function to call with every API call's HTTP status and
// error (0 and the error when there was no answer), for adapter name.
func (c *Checker) Observe(name string) func(status int, err error) {
	return func(status int, err error) {
		switch {
		case errors.Is(err, context.Canceled):
			// Shutting down, or a caller gave up: says nothing of the platform.
		case err != nil:
			c.update(name, func(a *adapter) { a.unreachable, a.lastErr = true, err.Error() })
		case status >= 500:
			c.update(name, func(a *adapter) { a.unreachable, a.lastErr = true, "HTTP "+http.StatusText(status) })
		default:
			c.update(name, func(a *adapter) { a.unreachable = false })
		}
	}
}

func (a *adapter) state() string {
	switch {
	case a.rejected:
		return Rejected
	case !a.connected:
		return Connecting
	case a.unreachable:
		return Unreachable
	}
	return Ready
}

// Report is the body of /readyz.
type Report struct {
	Ready      bool                 `json:"ready"`
	Components map[string]Component `json:"components"`
}

// Check runs the checks and returns every component's state.
func (c *Checker) Check(ctx context.Context) Report {
	c.mu.Lock()
	rep := Report{Ready: true, Components: map[string]Component{}}
	for name, a := range c.adapters {
		rep.Components[name] = Component{State: a.state(), LastError: a.lastErr, Since: a.since}
	}
	checks := make(map[string]func(context.Context) error, len(c.checks))
	for name, fn := range c.checks {
		checks[name] = fn
	}
	c.mu.Unlock()
	for name, fn := range checks {
		cctx, cancel := context.WithTimeout(ctx, c.timeout)
		err := fn(cctx)
		cancel()
		comp := Component{State: Ready, Since: c.now()}
		if err != nil {
			comp = Component{State: Down, LastError: err.Error(), Since: comp.Since}
		}
		rep.Components[name] = comp
	}
	for _, comp := range rep.Components {
		if comp.State != Ready {
			rep.Ready = false
		}
	}
	return rep
}

// Handler serves /readyz: 200 when every component is ready, else 503,
// with the Report as JSON.
func (c *Checker) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rep := c.Check(r.Context())
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		if !rep.Ready {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		_ = enc.Encode(rep)
	})
}

// Route is an HTTP handler that appears once an adapter connects: until
// Set is called it answers 503 with Retry-After, so a platform retries its
// webhook instead of getting 404.
type Route struct {
	RetryAfter time.Duration // default 30s
	h          atomic.Pointer[http.Handler]
}

// Set makes the route serve h.
func (rt *Route) Set(h http.Handler) { rt.h.Store(&h) }

// ServeHTTP passes the request to the handler set, or answers 503.
func (rt *Route) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h := rt.h.Load(); h != nil {
		(*h).ServeHTTP(w, r)
		return
	}
	secs := int(rt.RetryAfter / time.Second)
	if secs <= 0 {
		secs = 30
	}
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	http.Error(w, "not connected to the platform yet; retry later", http.StatusServiceUnavailable)
}
