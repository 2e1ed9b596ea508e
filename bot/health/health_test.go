package health

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func readyz(t *testing.T, c *Checker) (int, Report) {
	t.Helper()
	rec := httptest.NewRecorder()
	c.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	var rep Report
	if err := json.Unmarshal(rec.Body.Bytes(), &rep); err != nil {
		t.Fatalf("/readyz body %q: %v", rec.Body.String(), err)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type %q", ct)
	}
	return rec.Code, rep
}

func TestAdapterLifecycle(t *testing.T) {
	now := time.Date(2026, 12, 4, 8, 0, 0, 0, time.UTC)
	c := New(func() time.Time { return now })
	var storeErr error
	c.AddCheck("store", func(context.Context) error { return storeErr })
	c.AddAdapter("telegram")
	observe := c.Observe("telegram")
	steps := []struct {
		name      string
		do        func()
		wantCode  int
		wantState string
		wantErr   string
	}{
		{"starting", func() {}, 503, Connecting, ""},
		{"connect fails", func() { c.ConnectFailed("telegram", errors.New("getMe: connection refused")) }, 503, Connecting, "getMe: connection refused"},
		{"connected", func() { c.Connected("telegram") }, 200, Ready, "getMe: connection refused"},
		{"a 403 for one chat", func() { observe(403, nil) }, 200, Ready, ""},
		{"a 429", func() { observe(429, nil) }, 200, Ready, ""},
		{"outage: 502", func() { observe(502, nil) }, 503, Unreachable, "HTTP Bad Gateway"},
		{"outage: no answer", func() { observe(0, errors.New("getUpdates: connection refused")) }, 503, Unreachable, "getUpdates: connection refused"},
		{"shutdown cancels a poll", func() { observe(0, context.Canceled) }, 503, Unreachable, ""},
		{"back", func() { observe(200, nil) }, 200, Ready, ""},
		{"store down", func() { storeErr = errors.New("database is locked") }, 503, Ready, ""},
		{"store back", func() { storeErr = nil }, 200, Ready, ""},
		{"token rejected", func() { c.Rejected("telegram", errors.New("telegram: token rejected (401)")) }, 503, Rejected, "telegram: token rejected (401)"},
		{"rejected stays rejected", func() { observe(200, nil) }, 503, Rejected, ""},
	}
	for i, s := range steps {
		now = now.Add(time.Minute)
		s.do()
		code, rep := readyz(t, c)
		tg := rep.Components["telegram"]
		if code != s.wantCode || tg.State != s.wantState || rep.Ready != (code == 200) {
			t.Errorf("%d %s: %d ready=%v telegram %+v, want %d %s", i, s.name, code, rep.Ready, tg, s.wantCode, s.wantState)
		}
		if s.wantErr != "" && tg.LastError != s.wantErr {
			t.Errorf("%d %s: last error %q, want %q", i, s.name, tg.LastError, s.wantErr)
		}
		if st := rep.Components["store"]; (storeErr == nil) != (st.State == Ready) || (storeErr != nil && st.LastError != storeErr.Error()) {
			t.Errorf("%d %s: store %+v with check error %v", i, s.name, st, storeErr)
		}
	}
}

func TestSinceMovesOnlyWithTheState(t *testing.T) {
	now := time.Date(2026, 12, 4, 8, 0, 0, 0, time.UTC)
	c := New(func() time.Time { return now })
	c.AddAdapter("slack")
	c.Connected("slack")
	became := now
	for range 3 {
		now = now.Add(time.Minute)
		c.Observe("slack")(200, nil)
	}
	if _, rep := readyz(t, c); !rep.Components["slack"].Since.Equal(became) {
		t.Errorf("since %v, want %v (the state has not changed)", rep.Components["slack"].Since, became)
	}
}

func TestRoute(t *testing.T) {
	var rt Route
	rec := httptest.NewRecorder()
	rt.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/slack/events", nil))
	if rec.Code != 503 || rec.Header().Get("Retry-After") != "30" {
		t.Errorf("before Set: %d Retry-After %q, want 503 and 30", rec.Code, rec.Header().Get("Retry-After"))
	}
	rt.Set(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }))
	rec = httptest.NewRecorder()
	rt.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/slack/events", nil))
	if rec.Code != 204 {
		t.Errorf("after Set: %d, want the handler's 204", rec.Code)
	}
}
