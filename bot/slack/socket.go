package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// Run receives commands over Socket Mode until ctx is done, then returns
// nil. Every envelope is acknowledged at once and handled in its own
// goroutine; a redelivered envelope or event is handled once. Dropped
// sockets and disconnect requests reconnect, with a growing wait when
// connections keep dropping soon after opening. A rejected app token
// (invalid_auth, token_revoked, ...) stops Run with an error wrapping
// ErrAuth instead of retrying.
func (a *Adapter) Run(ctx context.Context) error {
	if a.opts.AppToken == "" {
		return errors.New("slack: Socket Mode needs BRIEFBOT_SLACK_APP_TOKEN (an app-level token, xapp-..., with connections:write)")
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	gate := &reconnectGate{base: a.opts.ReconnectBackoff, max: 5 * time.Minute, stable: 30 * time.Second, sleep: a.sleep}
	opts := []socketmode.Option{
		socketmode.OptionDialer(gate.dialer()),
		socketmode.OptionLog(slog.NewLogLogger(a.log.Handler(), slog.LevelDebug)),
	}
	if a.pingInterval > 0 {
		opts = append(opts, socketmode.OptionPingInterval(a.pingInterval))
	}
	sm := socketmode.New(a.api, opts...)
	errc := make(chan error, 1)
	go func() { errc <- sm.RunContext(ctx) }()
	var wg sync.WaitGroup
	defer wg.Wait()
	for {
		select {
		case err := <-errc:
			return a.runError(ctx, err)
		case ev := <-sm.Events:
			if err := a.onSocketEvent(ctx, sm, ev, &wg); err != nil {
				cancel()
				<-errc
				return err
			}
		}
	}
}

func (a *Adapter) runError(ctx context.Context, err error) error {
	switch {
	case err == nil, ctx.Err() != nil && errors.Is(err, context.Canceled):
		return nil
	case isAuthError(err):
		a.log.ErrorContext(ctx, "slack app token rejected; Socket Mode stopped", slog.Any("err", err))
		return fmt.Errorf("%w: socket mode: %v: check BRIEFBOT_SLACK_APP_TOKEN (an app-level token with connections:write)", ErrAuth, err)
	}
	return fmt.Errorf("slack: socket mode: %w", err)
}

// onSocketEvent acknowledges an envelope and starts its handling. It
// returns an error only when the adapter must stop.
func (a *Adapter) onSocketEvent(ctx context.Context, sm *socketmode.Client, ev socketmode.Event, wg *sync.WaitGroup) error {
	switch ev.Type {
	case socketmode.EventTypeConnected:
		a.log.InfoContext(ctx, "slack socket mode connected")
	case socketmode.EventTypeConnectionError:
		if ce, ok := ev.Data.(*slack.ConnectionErrorEvent); ok {
			if isAuthError(ce.ErrorObj) {
				return a.runError(ctx, ce.ErrorObj)
			}
			a.log.WarnContext(ctx, "slack socket mode connection failed", slog.Any("err", ce.ErrorObj), slog.Duration("backoff", ce.Backoff))
		}
	case socketmode.EventTypeInvalidAuth:
		return fmt.Errorf("%w: socket mode: invalid auth: check BRIEFBOT_SLACK_APP_TOKEN", ErrAuth)
	case socketmode.EventTypeEventsAPI, socketmode.EventTypeSlashCommand, socketmode.EventTypeInteractive:
		if ev.Request == nil {
			return nil
		}
		a.ack(ctx, sm, ev.Request.EnvelopeID)
		wg.Go(func() { a.onEnvelope(ctx, ev) })
	case socketmode.EventTypeErrorBadMessage:
		if bm, ok := ev.Data.(*socketmode.ErrorBadMessage); ok {
			var env struct {
				EnvelopeID string `json:"envelope_id"`
			}
			if json.Unmarshal(bm.Message, &env) == nil && env.EnvelopeID != "" {
				a.ack(ctx, sm, env.EnvelopeID)
			}
			a.log.WarnContext(ctx, "slack socket mode message not understood", slog.Any("err", bm.Cause))
		}
	case socketmode.EventTypeIncomingError, socketmode.EventTypeErrorWriteFailed:
		a.log.WarnContext(ctx, "slack socket mode error", slog.String("type", string(ev.Type)), slog.Any("data", ev.Data))
	}
	return nil
}

func (a *Adapter) ack(ctx context.Context, sm *socketmode.Client, envelopeID string) {
	if err := sm.AckCtx(ctx, envelopeID, nil); err != nil {
		a.log.WarnContext(ctx, "slack ack failed", slog.String("envelope", envelopeID), slog.Any("err", err))
	}
}

// onEnvelope handles an acknowledged envelope once.
func (a *Adapter) onEnvelope(ctx context.Context, ev socketmode.Event) {
	req := ev.Request
	fresh := a.firstSeen(ctx, "envelope:"+req.EnvelopeID)
	if e, ok := ev.Data.(slackevents.EventsAPIEvent); ok {
		if id := eventID(e); id != "" && !a.firstSeen(ctx, "event:"+id) {
			fresh = false
		}
		if !fresh {
			a.log.DebugContext(ctx, "slack duplicate envelope", slog.String("envelope", req.EnvelopeID), slog.Int("retry_attempt", req.RetryAttempt))
			return
		}
		a.onEvent(ctx, e)
		return
	}
	if !fresh {
		return
	}
	switch d := ev.Data.(type) {
	case slack.SlashCommand:
		a.serve(ctx, a.fromSlash(ctx, d))
	case slack.InteractionCallback:
		if in, ok := a.fromInteraction(ctx, d); ok {
			a.serve(ctx, in)
		}
	}
}

// reconnectGate delays Socket Mode dials when connections keep dropping
// soon after they open, so a flapping socket never becomes a hot loop.
type reconnectGate struct {
	base, max time.Duration
	stable    time.Duration // a connection older than this resets the wait
	sleep     func(context.Context, time.Duration) error

	mu   sync.Mutex
	last time.Time
	next time.Duration
}

// wait returns when the next dial may start.
func (g *reconnectGate) wait(ctx context.Context) error {
	g.mu.Lock()
	now := time.Now()
	var d time.Duration
	if !g.last.IsZero() && now.Sub(g.last) < g.stable {
		d = max(g.next, g.base)
		g.next = min(2*d, g.max)
	} else {
		g.next = g.base
	}
	g.last = now.Add(d)
	g.mu.Unlock()
	if d == 0 {
		return ctx.Err()
	}
	return g.sleep(ctx, d)
}

func (g *reconnectGate) dialer() *websocket.Dialer {
	var nd net.Dialer
	return &websocket.Dialer{
		Proxy:            http.ProxyFromEnvironment,
		HandshakeTimeout: 45 * time.Second,
		WriteBufferSize:  32 * 1024, // above Slack's 20 KB response limit, as socketmode does
		NetDialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			if err := g.wait(ctx); err != nil {
				return nil, err
			}
			return nd.DialContext(ctx, network, addr)
		},
	}
}
