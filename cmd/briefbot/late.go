package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/health"
)

// lateSender forwards to an adapter that may connect after start-up; until
// then sends fail, and the scheduler retries them.
type lateSender struct {
	platform bot.Platform
	mu       sync.RWMutex
	sender   bot.Sender
}

func (l *lateSender) set(s bot.Sender) {
	l.mu.Lock()
	l.sender = s
	l.mu.Unlock()
}

// Send posts through the adapter once it is connected.
func (l *lateSender) Send(ctx context.Context, to bot.Destination, r bot.Reply) error {
	l.mu.RLock()
	s := l.sender
	l.mu.RUnlock()
	if s == nil {
		return fmt.Errorf("%s: not connected yet", l.platform)
	}
	return s.Send(ctx, to, r)
}

// Reconnect backoff bounds for a platform unreachable at start-up.
const (
	connectRetryMin = 2 * time.Second
	connectRetryMax = 5 * time.Minute
)

// startLate tries to connect an adapter now and records its state in hc.
// A fatal error (a rejected token) is returned at once; any other failure
// is logged and the returned service keeps retrying with backoff. Once
// connected — before startLate returns, or later in the service — ready
// wires the adapter in (routes, senders) before hc records it connected,
// so /readyz never says ready while its routes still answer 503, and the
// service then runs it with run. The service's fatal field is set, so the daemon can tell a
// token rejected later from other failures.
func startLate[A any](ctx context.Context, log *slog.Logger, hc *health.Checker, name string, fatal error,
	connect func(context.Context) (A, error), ready func(context.Context, A), run func(context.Context, A) error) (service, error) {
	hc.AddAdapter(name)
	a, err := connect(ctx)
	if errors.Is(err, fatal) {
		hc.Rejected(name, err)
		return service{}, err
	}
	connected := err == nil
	if connected {
		ready(ctx, a) // routes first: /readyz must not say ready before they answer
		hc.Connected(name)
	} else {
		hc.ConnectFailed(name, err)
		log.WarnContext(ctx, name+" unreachable at start-up; retrying in the background", slog.Any("err", err))
	}
	return service{name: name, fatal: fatal, run: func(ctx context.Context) error {
		wait := connectRetryMin
		for !connected {
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(wait):
			}
			wait = min(2*wait, connectRetryMax)
			if a, err = connect(ctx); err == nil {
				connected = true
				ready(ctx, a)
				hc.Connected(name)
				log.InfoContext(ctx, name+" connected")
			} else if errors.Is(err, fatal) {
				return err
			} else {
				hc.ConnectFailed(name, err)
				log.WarnContext(ctx, name+" still unreachable", slog.Any("err", err), slog.Duration("retry_in", wait))
			}
		}
		return run(ctx, a)
	}}, nil
}
