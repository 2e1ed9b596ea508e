package feeds

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// t0 is the fake clock's start.
var t0 = time.Date(2025, 12, 4, 12, 0, 0, 0, time.UTC)

// clock is a settable fake clock.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// fixture is a test poller over a fresh SQLite store.
type fixture struct {
	p     *Poller
	store *store.Store
	clock *clock
}

func newFixture(t *testing.T, feeds ...Feed) *fixture {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	c := &clock{now: t0}
	p := &Poller{
		Feeds: feeds, Store: st, Now: c.Now, Timeout: 5 * time.Second,
		Jitter: func(d time.Duration) time.Duration { return d / 2 },
		Ingest: func(ctx context.Context, bs []*briefs.Brief) (int, error) {
			res, err := st.AddBriefs(ctx, bs)
			n := 0
			for _, r := range res {
				if r.Created {
					n++
				}
			}
			return n, err
		},
	}
	return &fixture{p: p, store: st, clock: c}
}

// all returns every stored brief, oldest first.
func (f *fixture) all(t *testing.T) []briefs.Brief {
	t.Helper()
	var out []briefs.Brief
	if err := f.store.Each(context.Background(), func(b briefs.Brief) error { out = append(out, b); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

// serveFile answers with a testdata file and the given content type.
func serveFile(t *testing.T, name, contentType string) http.HandlerFunc {
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Write(data)
	}
}

// server starts an httptest server that checks every request is a GET
// naming briefbot in its User-Agent.
func server(t *testing.T, h http.Handler) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet || !strings.Contains(r.UserAgent(), "briefbot") {
			t.Errorf("request %s %s with User-Agent %q, want a GET from briefbot", r.Method, r.URL, r.UserAgent())
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}
