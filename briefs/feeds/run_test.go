package feeds

import (
	"context"
	"net/http"
	"testing"
	"time"
)

// TestRunHangingFeed runs the poller over a feed that never answers and
// one that does: the good feed's items are stored while the other hangs,
// and cancelling the context ends Run without recording a failure.
func TestRunHangingFeed(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	hang := server(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	good := server(t, serveFile(t, "rdf.xml", "application/rdf+xml"))
	feeds := []Feed{
		{URL: hang.URL, Name: "hangs", Every: time.Minute},
		{URL: good.URL, Name: "good", Every: time.Minute},
	}
	fx := newFixture(t, feeds...)
	fx.p.Timeout = time.Hour // the hanging feed holds its request until Run ends
	ctx, cancel := context.WithCancel(context.Background())
	slept := make(chan time.Duration, 4)
	done := make(chan error, 1)
	go func() {
		done <- fx.p.Run(ctx, func(ctx context.Context, d time.Duration) error {
			slept <- d
			<-ctx.Done()
			return ctx.Err()
		})
	}()
	select {
	case d := <-slept: // the good feed polled and now waits its interval
		if d != time.Minute {
			t.Errorf("the good feed sleeps %s, want its interval 1m", d)
		}
	case err := <-done:
		t.Fatalf("Run returned early: %v", err)
	}
	if n := len(fx.all(t)); n != 2 {
		t.Errorf("%d briefs stored while the other feed hangs, want 2", n)
	}
	cancel()
	if err := <-done; err != context.Canceled {
		t.Errorf("Run = %v, want context.Canceled", err)
	}
	if st, err := fx.store.FeedState(context.Background(), hang.URL); err == nil {
		t.Errorf("a poll cut short by shutdown was recorded: %+v", st)
	}
}

// TestRunWaitsForNextPoll checks Run starts from the stored schedule: a
// feed polled a minute ago with a 15-minute interval waits 14 minutes.
func TestRunWaitsForNextPoll(t *testing.T) {
	srv := server(t, serveFile(t, "rdf.xml", "application/rdf+xml"))
	feed := Feed{URL: srv.URL, Name: "agency", Every: 15 * time.Minute}
	fx := newFixture(t, feed)
	if res := fx.p.Poll(context.Background(), feed); res.Err != nil {
		t.Fatal(res.Err)
	}
	fx.clock.Add(time.Minute)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var waits []time.Duration
	err := fx.p.Run(ctx, func(ctx context.Context, d time.Duration) error {
		waits = append(waits, d)
		fx.clock.Add(d)
		if len(waits) == 2 {
			cancel()
			return ctx.Err()
		}
		return nil
	})
	if err != context.Canceled || len(waits) != 2 || waits[0] != 14*time.Minute || waits[1] != 15*time.Minute {
		t.Errorf("Run = %v, waits %v; want 14m then 15m", err, waits)
	}
	if st, _ := fx.store.FeedState(context.Background(), srv.URL); st.LastResult != "0 new, 2 seen" {
		t.Errorf("after the second poll: %+v", st)
	}
}
