package metrics

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"net/http"
	"net/url"
	"path"
	"sync"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// other is the label value of anything outside a bounded set.
const other = "other"

// Commands returns a middleware that times every command a handler
// answers, by platform and command. resolve maps a typed name to its
// registered command (following aliases); unknown names count as "other".
func (m *Metrics) Commands(resolve func(name string) (string, bool), now func() time.Time) bot.Middleware {
	return func(next bot.Handler) bot.Handler {
		if m == nil {
			return next
		}
		return bot.HandlerFunc(func(ctx context.Context, req bot.Request) (bot.Reply, error) {
			start := now()
			r, err := next.Serve(ctx, req)
			name, ok := resolve(req.Command)
			if !ok {
				name = other
			}
			m.commands.WithLabelValues(platformLabel(req.Platform), name).Observe(now().Sub(start).Seconds())
			return r, err
		})
	}
}

// platformLabel bounds a platform name to the adapters briefbot has.
func platformLabel(p bot.Platform) string {
	switch p {
	case bot.Console, bot.Telegram, bot.Slack:
		return string(p)
	}
	return other
}

// API call outcomes.
const (
	OK          = "ok"
	RateLimited = "rate_limited"
	ClientError = "client_error"
	ServerError = "server_error"
	Error       = "error" // no answer: refused, timed out, reset
	Canceled    = "canceled"
)

// Outcome classifies the answer to an HTTP call.
func Outcome(status int, err error) string {
	switch {
	case errors.Is(err, context.Canceled):
		return Canceled
	case err != nil:
		return Error
	case status == http.StatusTooManyRequests:
		return RateLimited
	case status >= 500:
		return ServerError
	case status >= 400:
		return ClientError
	}
	return OK
}

// Transport returns an http.RoundTripper that sends through base
// (http.DefaultTransport when nil) and counts each call to platform's API
// by method (the last element of the URL path: "sendMessage",
// "chat.postMessage") and outcome. A request identical (method, URL and
// body) to one that just failed with no answer, a 429 or a 5xx counts as a
// retry: that is how the adapters resend. observe, when not nil, is told
// every call's status and error (the URL removed), for readiness.
func (m *Metrics) Transport(platform string, base http.RoundTripper, observe func(status int, err error)) http.RoundTripper {
	if base == nil {
		base = http.DefaultTransport
	}
	return &transport{m: m, platform: platform, base: base, observe: observe, failed: map[uint64]bool{}}
}

// maxFailed bounds the requests a transport remembers as failed.
const maxFailed = 4096

type transport struct {
	m        *Metrics
	platform string
	base     http.RoundTripper
	observe  func(status int, err error)

	mu     sync.Mutex
	failed map[uint64]bool // request fingerprints whose last attempt failed
}

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	method := methodLabel(path.Base(req.URL.Path))
	key, keyed := fingerprint(req)
	if keyed && t.m != nil {
		t.mu.Lock()
		retry := t.failed[key]
		delete(t.failed, key)
		t.mu.Unlock()
		if retry {
			t.m.apiRetries.WithLabelValues(t.platform, method).Inc()
		}
	}
	resp, err := t.base.RoundTrip(req)
	status := 0
	if resp != nil {
		status = resp.StatusCode
	}
	outcome := Outcome(status, err)
	if t.m != nil {
		t.m.apiCalls.WithLabelValues(t.platform, method, outcome).Inc()
		if keyed && (outcome == RateLimited || outcome == ServerError || outcome == Error) {
			t.mu.Lock()
			if len(t.failed) >= maxFailed {
				clear(t.failed)
			}
			t.failed[key] = true
			t.mu.Unlock()
		}
	}
	if t.observe != nil {
		t.observe(status, withoutURL(method, err))
	}
	return resp, err
}

// fingerprint hashes a request's method, URL and body (read through
// GetBody, so the request is untouched); ok is false when the body cannot
// be read again.
func fingerprint(req *http.Request) (uint64, bool) {
	h := fnv.New64a()
	io.WriteString(h, req.Method+" "+req.URL.String()+"\n")
	if req.Body != nil && req.Body != http.NoBody {
		if req.GetBody == nil {
			return 0, false
		}
		body, err := req.GetBody()
		if err != nil {
			return 0, false
		}
		defer body.Close()
		if _, err := io.Copy(h, body); err != nil {
			return 0, false
		}
	}
	return h.Sum64(), true
}

// withoutURL names the method in a transport error and drops any URL from
// it: a Telegram URL holds the bot token.
func withoutURL(method string, err error) error {
	if err == nil {
		return nil
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return fmt.Errorf("%s: %w", method, err)
}

// maxMethod bounds the length of an API method label.
const maxMethod = 40

// methodLabel returns s when it looks like an API method name (letters and
// dots: "getUpdates", "apps.connections.open"), else "other". The ids in
// Slack response_url paths have digits, so they never become labels.
func methodLabel(s string) string {
	if s == "" || len(s) > maxMethod {
		return other
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '.') {
			return other
		}
	}
	return s
}

// Sender wraps s so that briefbot_queue_depth{adapter} counts the posts
// handed to it and not yet answered.
func (m *Metrics) Sender(adapter string, s bot.Sender) bot.Sender {
	if m == nil {
		return s
	}
	g := m.queueDepth.WithLabelValues(adapter)
	return bot.SenderFunc(func(ctx context.Context, to bot.Destination, r bot.Reply) error {
		g.Inc()
		defer g.Dec()
		return s.Send(ctx, to, r)
	})
}
