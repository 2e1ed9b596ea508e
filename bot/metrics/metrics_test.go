package metrics

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/briefbot/briefbot/bot"
)

// stepClock advances by step at each reading.
func stepClock(start time.Time, step time.Duration) func() time.Time {
	t := start
	return func() time.Time { t = t.Add(step); return t }
}

func TestCommandsCountsRegisteredNamesOnly(t *testing.T) {
	m := New(Build{Version: "v1"})
	resolve := func(name string) (string, bool) {
		if name == "start" {
			return "help", true
		}
		return name, name == "meetings" || name == "help"
	}
	h := m.Commands(resolve, stepClock(time.Unix(0, 0), 30*time.Millisecond))(bot.HandlerFunc(func(context.Context, bot.Request) (bot.Reply, error) {
		return bot.Reply{}, nil
	}))
	for _, c := range []struct {
		platform bot.Platform
		command  string
	}{{bot.Telegram, "meetings"}, {bot.Telegram, "meetings"}, {bot.Slack, "start"}, {bot.Slack, "rm -rf /"}, {"irc", "help"}} {
		if _, err := h.Serve(context.Background(), bot.Request{Platform: c.platform, Command: c.command}); err != nil {
			t.Fatal(err)
		}
	}
	got, err := testutil.GatherAndCount(m.Registry(), "briefbot_commands_seconds")
	if err != nil {
		t.Fatal(err)
	}
	if got != 4 { // telegram/meetings, slack/help, slack/other, other/help
		t.Errorf("%d command series, want 4", got)
	}
	body := scrape(t, m)
	for _, c := range []struct {
		labels string
		count  int
	}{
		{`command="meetings",platform="telegram"`, 2},
		{`command="help",platform="slack"`, 1},
		{`command="other",platform="slack"`, 1},
		{`command="help",platform="other"`, 1},
	} {
		line := "briefbot_commands_seconds_count{" + c.labels + "} "
		if !strings.Contains(body, line+strconv.Itoa(c.count)+"\n") {
			t.Errorf("scrape lacks %q%d", line, c.count)
		}
	}
	// Each answer took one clock step (30 ms): all fall in the 0.05 bucket, none in 0.025.
	for _, want := range []string{
		`briefbot_commands_seconds_bucket{command="meetings",platform="telegram",le="0.025"} 0`,
		`briefbot_commands_seconds_bucket{command="meetings",platform="telegram",le="0.05"} 2`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("scrape lacks %q", want)
		}
	}
}

func scrape(t *testing.T, m *Metrics) string {
	t.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if rec.Code != 200 {
		t.Fatalf("scrape: %d", rec.Code)
	}
	return rec.Body.String()
}

func TestTransportLabelsAndObserves(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.HasSuffix(r.URL.Path, "/sendMessage"):
			w.WriteHeader(http.StatusTooManyRequests)
		case strings.HasSuffix(r.URL.Path, "/getUpdates"):
			w.WriteHeader(http.StatusBadGateway)
		}
		io.WriteString(w, "{}")
	}))
	defer srv.Close()
	m := New(Build{})
	var seen []int
	var errs []error
	c := &http.Client{Transport: m.Transport("telegram", nil, func(status int, err error) { seen = append(seen, status); errs = append(errs, err) })}
	for _, p := range []string{"/bot123:SECRET/getMe", "/bot123:SECRET/sendMessage", "/bot123:SECRET/getUpdates", "/commands/T1/B2/x9y8z7"} {
		resp, err := c.Post(srv.URL+p, "application/json", nil)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	dead := httptest.NewServer(http.NotFoundHandler())
	dead.Close()
	if _, err := c.Post(dead.URL+"/bot123:SECRET/getUpdates", "application/json", nil); err == nil {
		t.Fatal("post to a closed server succeeded")
	}
	body := scrape(t, m)
	for _, want := range []string{
		`briefbot_platform_api_calls_total{method="getMe",outcome="ok",platform="telegram"} 1`,
		`briefbot_platform_api_calls_total{method="sendMessage",outcome="rate_limited",platform="telegram"} 1`,
		`briefbot_platform_api_calls_total{method="getUpdates",outcome="server_error",platform="telegram"} 1`,
		`briefbot_platform_api_calls_total{method="getUpdates",outcome="error",platform="telegram"} 1`,
		`briefbot_platform_api_calls_total{method="other",outcome="ok",platform="telegram"} 1`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("scrape lacks %s", want)
		}
	}
	if strings.Contains(body, "briefbot_platform_api_retries_total{") {
		t.Errorf("retries counted before any request was repeated:\n%s", body)
	}
	if strings.Contains(body, "SECRET") || strings.Contains(body, "x9y8z7") {
		t.Error("a path element other than the method became a label")
	}
	if want := []int{200, 429, 502, 200, 0}; len(seen) != 5 || seen[1] != want[1] || seen[2] != want[2] || seen[4] != 0 {
		t.Errorf("observed statuses %v, want %v", seen, want)
	}
	if errs[4] == nil || strings.Contains(errs[4].Error(), "SECRET") || !strings.HasPrefix(errs[4].Error(), "getUpdates: ") {
		t.Errorf("observed error %v: want one naming the method, without the URL and its token", errs[4])
	}
}

func TestTransportCountsResends(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			w.WriteHeader(http.StatusTooManyRequests) // the first call only
		}
		io.WriteString(w, `{"ok":true}`)
	}))
	defer srv.Close()
	m := New(Build{})
	c := &http.Client{Transport: m.Transport("slack", nil, nil)}
	post := func(body string) {
		resp, err := c.Post(srv.URL+"/api/chat.postMessage", "application/x-www-form-urlencoded", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	post("channel=C1&text=hello") // 429
	post("channel=C2&text=other") // another message: not a retry
	post("channel=C1&text=hello") // the resend: a retry
	post("channel=C1&text=hello") // after a success: a new message
	series := `briefbot_platform_api_retries_total{method="chat.postMessage",platform="slack"}`
	if v := testutil.ToFloat64(m.apiRetries.WithLabelValues("slack", "chat.postMessage")); v != 1 {
		t.Errorf("%s = %v, want 1", series, v)
	}
}

func TestOutcome(t *testing.T) {
	for _, c := range []struct {
		status int
		err    error
		want   string
	}{
		{200, nil, OK}, {204, nil, OK}, {429, nil, RateLimited}, {403, nil, ClientError}, {401, nil, ClientError},
		{500, nil, ServerError}, {503, nil, ServerError}, {0, errors.New("refused"), Error}, {0, context.Canceled, Canceled},
	} {
		if got := Outcome(c.status, c.err); got != c.want {
			t.Errorf("Outcome(%d, %v) = %s, want %s", c.status, c.err, got, c.want)
		}
	}
}

func TestDigestMetrics(t *testing.T) {
	m := New(Build{Version: "v1.2.3", Revision: "abc", GoVersion: "go1.26"})
	slot := time.Date(2026, 12, 4, 8, 0, 0, 0, time.UTC)
	m.DigestPosted("ops", slot, slot.Add(90*time.Second))
	m.DigestDelivered("ops", slot.Add(-24*time.Hour)) // an older slot must not move the gauge back
	m.DigestResult("ops", Failed)
	m.DigestResult("ops", Skipped)
	body := scrape(t, m)
	for _, want := range []string{
		`briefbot_digests_total{destination="ops",result="posted"} 1`,
		`briefbot_digests_total{destination="ops",result="failed"} 1`,
		`briefbot_digests_total{destination="ops",result="skipped"} 1`,
		`briefbot_digest_delay_seconds_bucket{destination="ops",le="60"} 0`,
		`briefbot_digest_delay_seconds_bucket{destination="ops",le="120"} 1`,
		`briefbot_digest_last_posted_timestamp_seconds{destination="ops"} 1.7963712e+09`,
		`briefbot_build_info{goversion="go1.26",revision="abc",version="v1.2.3"} 1`,
		"process_cpu_seconds_total", "go_goroutines",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("scrape lacks %s", want)
		}
	}
}

func TestNilMetricsRecordNothing(t *testing.T) {
	var m *Metrics
	m.BriefIngested("file")
	m.DigestPosted("x", time.Time{}, time.Time{})
	m.StoreQuery("search", time.Second)
	s := bot.SenderFunc(func(context.Context, bot.Destination, bot.Reply) error { return nil })
	if err := m.Sender("telegram", s).Send(context.Background(), bot.Destination{}, bot.Reply{}); err != nil {
		t.Fatal(err)
	}
}

func TestSenderQueueDepth(t *testing.T) {
	m := New(Build{})
	inside := make(chan float64, 1)
	s := m.Sender("slack", bot.SenderFunc(func(context.Context, bot.Destination, bot.Reply) error {
		inside <- testutil.ToFloat64(m.queueDepth.WithLabelValues("slack"))
		return errors.New("down")
	}))
	if err := s.Send(context.Background(), bot.Destination{}, bot.Reply{}); err == nil {
		t.Fatal("the sender's error was lost")
	}
	if got := <-inside; got != 1 {
		t.Errorf("queue depth during a send = %v, want 1", got)
	}
	if got := testutil.ToFloat64(m.queueDepth.WithLabelValues("slack")); got != 0 {
		t.Errorf("queue depth after = %v, want 0", got)
	}
}
