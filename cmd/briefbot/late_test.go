package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/health"
)

// TestStartLateWiresBeforeReady: an adapter's routes and senders are wired
// in before /readyz reports it ready, whether it connects at start-up or on
// a later retry; the other order let a request that followed a ready
// /readyz meet the connecting route's 503 (seen in CI).
func TestStartLateWiresBeforeReady(t *testing.T) {
	errDown := errors.New("connection refused")
	for _, tc := range []struct {
		name     string
		failures int // connect attempts that fail before one succeeds
	}{
		{"connected at start-up", 0},
		{"connected on a retry", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			hc := health.New(func() time.Time { return testNow })
			log := slog.New(slog.NewTextHandler(io.Discard, nil))
			attempts := 0
			connect := func(context.Context) (string, error) {
				if attempts++; attempts <= tc.failures {
					return "", errDown
				}
				return "adapter", nil
			}
			var stateAtReady string
			ready := func(ctx context.Context, _ string) {
				stateAtReady = hc.Check(ctx).Components["chat"].State
			}
			ran := false
			run := func(context.Context, string) error { ran = true; return nil }
			svc, err := startLate(ctx, log, hc, "chat", errors.New("rejected"), connect, ready, run)
			if err != nil {
				t.Fatal(err)
			}
			if err := svc.run(ctx); err != nil || !ran {
				t.Fatalf("service run = %v, ran %v", err, ran)
			}
			if stateAtReady != health.Connecting {
				t.Errorf("state when the adapter was wired in = %q, want %q (ready only after)", stateAtReady, health.Connecting)
			}
			if got := hc.Check(ctx).Components["chat"].State; got != health.Ready {
				t.Errorf("state after = %q, want %q", got, health.Ready)
			}
		})
	}
}
