package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// outage puts a switch in front of a fake platform API: while down, every
// call is answered with status (or, for status 0, the connection is cut).
type outage struct {
	down   atomic.Bool
	status int
	next   http.Handler
	srv    *httptest.Server
}

func newOutage(t *testing.T, status int, next http.Handler) *outage {
	o := &outage{status: status, next: next}
	o.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !o.down.Load() {
			o.next.ServeHTTP(w, r)
			return
		}
		if o.status == 0 {
			hj, ok := w.(http.Hijacker)
			if !ok {
				t.Error("outage: cannot hijack")
				return
			}
			conn, _, err := hj.Hijack()
			if err == nil {
				conn.Close()
			}
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(o.status)
		fmt.Fprintf(w, `{"ok":false,"error_code":%d,"description":%q}`, o.status, http.StatusText(o.status))
	}))
	t.Cleanup(o.srv.Close)
	return o
}

// readyState is /readyz's answer, decoded.
type readyState struct {
	code       int
	Ready      bool `json:"ready"`
	Components map[string]struct {
		State     string `json:"state"`
		LastError string `json:"last_error"`
	} `json:"components"`
}

func (d *daemonRun) readyz(t *testing.T) readyState {
	t.Helper()
	code, _, body := d.get(t, "/readyz", nil)
	var rs readyState
	if err := json.Unmarshal([]byte(body), &rs); err != nil {
		t.Fatalf("/readyz: %d %q: %v", code, body, err)
	}
	rs.code = code
	return rs
}

// sleepMS naps ms milliseconds, for polling loops that count their tries
// instead of reading the clock.
func sleepMS(ms int) bool {
	time.Sleep(time.Duration(ms) * time.Millisecond)
	return true
}

// waitReady polls /readyz until component is in state, for up to 15 s (the
// adapters' own backoff decides how soon they try again).
func (d *daemonRun) waitReady(t *testing.T, component, state string, code int) readyState {
	t.Helper()
	var rs readyState
	for try := 0; try < 750; try, _ = try+1, sleepMS(20) { // about 15 s; no clock read
		if rs = d.readyz(t); rs.Components[component].State == state && rs.code == code {
			return rs
		}
	}
	t.Fatalf("/readyz never showed %s %s with %d; last %+v\nstderr:\n%s", component, state, code, rs, d.stderr.String())
	return rs
}

func TestReadyzThroughTelegramOutage(t *testing.T) {
	for _, c := range []struct {
		name    string
		status  int
		wantErr string
	}{{"5xx", http.StatusBadGateway, "Bad Gateway"}, {"unreachable", 0, ": EOF"}} {
		// Whichever call meets the outage first (getUpdates, or a
		// setMyCommands still in flight) names it in the last error.
		t.Run(c.name, func(t *testing.T) {
			tg := newFakeBotAPI(t)
			o := newOutage(t, c.status, http.HandlerFunc(tg.serve))
			d := startDaemon(t, map[string]string{"BRIEFBOT_DB": filepath.Join(t.TempDir(), "b.db"),
				"BRIEFBOT_TELEGRAM_TOKEN": daemonTGToken, "BRIEFBOT_TELEGRAM_API_URL": o.srv.URL})
			rs := d.waitReady(t, "telegram", "ready", 200)
			if rs.Components["store"].State != "ready" || !rs.Ready {
				t.Errorf("before the outage: %+v", rs)
			}
			o.down.Store(true)
			rs = d.waitReady(t, "telegram", "unreachable", 503)
			if _, _, body := d.get(t, "/metrics", nil); !strings.Contains(body, `briefbot_ready{component="telegram"} 0`) || !strings.Contains(body, `briefbot_ready{component="store"} 1`) {
				t.Errorf("briefbot_ready during the outage:\n%s", grepLines(body, "briefbot_ready"))
			}
			if rs.Ready || !strings.Contains(rs.Components["telegram"].LastError, c.wantErr) {
				t.Errorf("during the outage: %+v, want not ready and a last error with %q", rs, c.wantErr)
			}
			if status, _, body := d.get(t, "/healthz", nil); status != 200 || body != "ok\n" {
				t.Errorf("/healthz during the outage: %d %q; liveness must not follow the platform", status, body)
			}
			o.down.Store(false)
			d.waitReady(t, "telegram", "ready", 200)
			d.stop(t)
			if strings.Contains(d.stderr.String(), daemonTGToken) {
				t.Error("the log shows the bot token")
			}
		})
	}
}

func TestSlackRoutesWhileConnecting(t *testing.T) {
	sl := newFakeSlackAPI(t)
	o := newOutage(t, http.StatusServiceUnavailable, http.HandlerFunc(sl.serve))
	o.down.Store(true)
	const secret = "slack-signing-secret-0123"
	d := startDaemon(t, map[string]string{"BRIEFBOT_DB": filepath.Join(t.TempDir(), "b.db"),
		"BRIEFBOT_SLACK_BOT_TOKEN": "xoxb-test-token", "BRIEFBOT_SLACK_SIGNING_SECRET": secret,
		"BRIEFBOT_SLACK_API_URL": o.srv.URL + "/api/"})
	if rs := d.readyz(t); rs.code != 503 || rs.Components["slack"].State != "connecting" {
		t.Errorf("/readyz with Slack unreachable at start: %+v", rs)
	}
	client := &http.Client{Timeout: 10 * time.Second}
	post := func() *http.Response {
		form := map[string][]string{"command": {"/help"}, "channel_id": {"C1"}, "user_id": {"U1"}, "user_name": {"ann"}, "response_url": {sl.srv.URL + "/respond"}}
		resp, err := client.Do(slackSigned(t, d.addr, secret, testNow, form))
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp
	}
	for _, p := range []string{"/slack/commands", "/slack/events", "/slack/interactions"} {
		resp, err := client.Post("http://"+d.addr+p, "application/json", strings.NewReader("{}"))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 503 || resp.Header.Get("Retry-After") == "" {
			t.Errorf("POST %s while connecting: %d Retry-After %q, want 503 with Retry-After (never 404)", p, resp.StatusCode, resp.Header.Get("Retry-After"))
		}
	}
	o.down.Store(false)
	d.waitReady(t, "slack", "ready", 200)
	if resp := post(); resp.StatusCode != 200 {
		t.Errorf("signed /slack/commands once connected: %d, want 200", resp.StatusCode)
	}
	d.stop(t)
}

// scrapeValue returns the value of the sample line that starts with
// series in a /metrics body, and whether there is one.
func scrapeValue(body, series string) (float64, bool) {
	m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(series) + ` (\S+)$`).FindStringSubmatch(body)
	if m == nil {
		return 0, false
	}
	v, err := strconv.ParseFloat(m[1], 64)
	return v, err == nil
}

// metricLabelValues returns every label value of every sample in a
// /metrics body. A chat id is looked for among these, not anywhere in the
// body: a sample's value (a sum of seconds, a timestamp) may hold the same
// digits by chance.
func metricLabelValues(body string) []string {
	var vals []string
	for _, m := range regexp.MustCompile(`(?m)^[a-zA-Z_:][a-zA-Z0-9_:]*\{([^}]*)\}`).FindAllStringSubmatch(body, -1) {
		for _, lv := range regexp.MustCompile(`[a-zA-Z_][a-zA-Z0-9_]*="((?:[^"\\]|\\.)*)"`).FindAllStringSubmatch(m[1], -1) {
			vals = append(vals, lv[1])
		}
	}
	return vals
}

func TestMetricsMoveWithDigestsAndCommands(t *testing.T) {
	db := ingestCanon(t)
	cfg := writeDigestConfig(t, db)
	tg := newFakeBotAPI(t)
	vars := map[string]string{"BRIEFBOT_TELEGRAM_TOKEN": daemonTGToken, "BRIEFBOT_TELEGRAM_API_URL": tg.srv.URL, "BRIEFBOT_METRICS_TOKEN": "scrape-T0ken"}
	seed := testNow.Add(-5 * time.Minute).Truncate(time.Minute)
	if code, out, errOut := runMain(t, "", vars, "digest", "-config", cfg, "-to", "ops", "-now", seed.Format(time.RFC3339)); code != 0 {
		t.Fatalf("seeding digest: exit %d\n%s\n%s", code, out, errOut)
	}
	d := startDaemon(t, vars, "-config", cfg)
	scrape := func() string {
		status, _, body := d.get(t, "/metrics", http.Header{"Authorization": {"Bearer scrape-T0ken"}})
		if status != 200 {
			t.Fatalf("/metrics: %d", status)
		}
		return body
	}
	const cmdSeries = `briefbot_commands_seconds_count{command="meetings",platform="telegram"}`
	if v, ok := scrapeValue(scrape(), cmdSeries); ok && v != 0 {
		t.Errorf("%s = %v before any command", cmdSeries, v)
	}
	tg.waitSent(t, 2) // the seed and the daemon's catch-up digest
	tg.queue("/meetings all")
	tg.waitSent(t, 3)
	// Each series moves when its own step ends (the command's when the
	// handler returns, the API call's when the reply's response is read),
	// so scrape until every one has moved, then report those that did not.
	wants := []struct {
		series string
		min    float64
	}{
		{cmdSeries, 1},
		{`briefbot_digests_total{destination="ops",result="posted"}`, 1},
		{`briefbot_digest_delay_seconds_count{destination="ops"}`, 1},
		{`briefbot_platform_api_calls_total{method="sendMessage",outcome="ok",platform="telegram"}`, 2},
		{`briefbot_platform_api_calls_total{method="getMe",outcome="ok",platform="telegram"}`, 1},
		{`briefbot_store_query_seconds_count{op="meetings"}`, 1},
		{`briefbot_store_query_seconds_count{op="window"}`, 1},
		{`briefbot_queue_depth{adapter="telegram"}`, 0},
	}
	short := func(body string) []string {
		var missing []string
		for _, c := range wants {
			if v, ok := scrapeValue(body, c.series); !ok || v < c.min {
				missing = append(missing, fmt.Sprintf("%s = %v (present %v), want at least %v", c.series, v, ok, c.min))
			}
		}
		return missing
	}
	var body string
	for try := 0; try < 1500; try, _ = try+1, sleepMS(20) { // up to about 30 s on a loaded machine; no clock read
		if body = scrape(); len(short(body)) == 0 {
			break
		}
	}
	for _, m := range short(body) {
		t.Error(m)
	}
	if v, _ := scrapeValue(body, `briefbot_digest_last_posted_timestamp_seconds{destination="ops"}`); v <= float64(seed.Unix()) {
		t.Errorf("last posted slot %v, want after the seeded slot %d", v, seed.Unix())
	}
	if status, _, _ := d.get(t, "/metrics", nil); status != 401 {
		t.Errorf("/metrics without the metrics token: %d, want 401", status)
	}
	labels := metricLabelValues(body)
	if !slices.Contains(labels, "ops") {
		t.Errorf("label values %q lack the destination name ops; is the parse right?", labels)
	}
	for _, v := range labels {
		if strings.Contains(v, "12345") {
			t.Errorf("a chat id appears in the metrics: label value %q", v)
		}
	}
	d.stop(t)
}

func TestRunNothingConfigured(t *testing.T) {
	code, _, errOut := runMain(t, "", map[string]string{"BRIEFBOT_DB": filepath.Join(t.TempDir(), "b.db"), "BRIEFBOT_HTTP_ADDR": "127.0.0.1:0"}, "run")
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	for _, want := range []string{"nothing to run", "BRIEFBOT_TELEGRAM_TOKEN", "BRIEFBOT_SLACK_BOT_TOKEN", "destinations"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
}

// tokenRevoked is a Bot API that accepts the token for getMe and rejects
// it afterwards, as when the token is revoked while the bot runs.
func tokenRevoked(t *testing.T) string {
	tg := newFakeBotAPI(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/getMe") {
			tg.serve(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		io.WriteString(w, `{"ok":false,"error_code":401,"description":"Unauthorized"}`)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestRunTokenRevokedExits(t *testing.T) {
	vars := map[string]string{"BRIEFBOT_DB": filepath.Join(t.TempDir(), "b.db"), "BRIEFBOT_HTTP_ADDR": "127.0.0.1:0",
		"BRIEFBOT_TELEGRAM_TOKEN": daemonTGToken, "BRIEFBOT_TELEGRAM_API_URL": tokenRevoked(t)}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var out, errb syncBuffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		lookup: func(k string) (string, bool) { v, ok := vars[k]; return v, ok }, clock: fixedClock{testNow}}
	code := Main(ctx, []string{"run"}, e)
	if ctx.Err() != nil || code == 0 {
		t.Fatalf("token rejected while running: exit %d, ctx %v; want a prompt non-zero exit\n%s", code, ctx.Err(), errb.String())
	}
	if !strings.Contains(errb.String(), "BRIEFBOT_KEEP_GOING") || strings.Contains(errb.String(), daemonTGToken) {
		t.Errorf("stderr should name BRIEFBOT_KEEP_GOING without showing the token:\n%s", errb.String())
	}
}

func TestRunKeepGoing(t *testing.T) {
	for _, c := range []struct{ name, apiURL string }{
		{"rejected at start", botAPIFailing(t, http.StatusUnauthorized)},
		{"revoked while running", tokenRevoked(t)},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := startDaemon(t, map[string]string{"BRIEFBOT_DB": filepath.Join(t.TempDir(), "b.db"), "BRIEFBOT_KEEP_GOING": "true",
				"BRIEFBOT_TELEGRAM_TOKEN": daemonTGToken, "BRIEFBOT_TELEGRAM_API_URL": c.apiURL})
			rs := d.waitReady(t, "telegram", "rejected", 503)
			if !strings.Contains(rs.Components["telegram"].LastError, "BRIEFBOT_TELEGRAM_TOKEN") {
				t.Errorf("last error %q should name BRIEFBOT_TELEGRAM_TOKEN", rs.Components["telegram"].LastError)
			}
			if status, _, _ := d.get(t, "/healthz", nil); status != 200 {
				t.Errorf("/healthz: %d; with keep_going the process keeps serving", status)
			}
			d.stop(t)
		})
	}
}

func TestVersion(t *testing.T) {
	code, out, errOut := runMain(t, "", nil, "version")
	if code != 0 || !strings.HasPrefix(out, "briefbot ") || !strings.Contains(out, "go1.") {
		t.Errorf("version: exit %d %q %q, want 'briefbot VERSION (... goVERSION)'", code, out, errOut)
	}
	if code, _, errOut := runMain(t, "", nil, "version", "-h"); code != 0 || !strings.Contains(errOut, "Usage: briefbot version") {
		t.Errorf("version -h: exit %d, stderr %q", code, errOut)
	}
	if code, _, _ := runMain(t, "", nil, "version", "extra"); code != 2 {
		t.Errorf("version extra: exit %d, want 2", code)
	}
}

func TestBuildString(t *testing.T) {
	for _, c := range []struct {
		b         build
		want, rev string
	}{
		{build{version: "(devel)"}, "(devel)", ""},
		{build{version: "v1.2.3", goVersion: "go1.26.8"}, "v1.2.3 (go1.26.8)", ""},
		{build{version: "v0.0.0-20261126223209-408a8877045a", revision: "408a8877045a4f9d9a90281ae631b67978b67398",
			time: "2026-11-26T22:32:09Z", modified: true, goVersion: "go1.26.8"},
			"v0.0.0-20261126223209-408a8877045a (revision 408a8877045a, 2026-11-26T22:32:09Z, modified, go1.26.8)",
			"408a8877045a4f9d9a90281ae631b67978b67398-modified"},
	} {
		if got := c.b.String(); got != c.want {
			t.Errorf("String() = %q, want %q", got, c.want)
		}
		if got := c.b.metrics().Revision; got != c.rev {
			t.Errorf("metrics revision = %q, want %q", got, c.rev)
		}
	}
}

// grepLines returns the lines of s that contain sub.
func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func TestHealthcheckCommand(t *testing.T) {
	tg := newFakeBotAPI(t)
	d := startDaemon(t, map[string]string{"BRIEFBOT_DB": filepath.Join(t.TempDir(), "b.db"),
		"BRIEFBOT_TELEGRAM_TOKEN": daemonTGToken, "BRIEFBOT_TELEGRAM_API_URL": tg.srv.URL})
	_, port, _ := strings.Cut(d.addr, ":")
	for _, c := range []struct {
		addr string
		args []string
		want int
	}{
		{d.addr, nil, 0},
		{":" + port, []string{"-ready"}, 0},
		{"0.0.0.0:" + port, nil, 0},
		{"127.0.0.1:1", []string{"-timeout", "2s"}, 1},
	} {
		code, out, errOut := runMain(t, "", map[string]string{"BRIEFBOT_HTTP_ADDR": c.addr}, append([]string{"healthcheck"}, c.args...)...)
		if code != c.want {
			t.Errorf("healthcheck %v with BRIEFBOT_HTTP_ADDR=%s: exit %d, want %d\n%s%s", c.args, c.addr, code, c.want, out, errOut)
		}
	}
	d.stop(t)
}

// TestIntakeMetrics: an API-only daemon runs, and what its API stores or
// refuses shows in the ingest counters.
func TestIntakeMetrics(t *testing.T) {
	const apiToken = "api-T0ken-for-tests"
	d := startDaemon(t, map[string]string{"BRIEFBOT_DB": filepath.Join(t.TempDir(), "b.db"), "BRIEFBOT_API_TOKEN": apiToken})
	body := `[{"id":"w1","text":"GENEVA, Dec 3 (Reuters) - Trade ministers will meet on Friday."},` +
		`{"title":"no text"},` +
		`{"id":"w1","text":"The same id again."}]`
	req, err := http.NewRequest(http.MethodPost, "http://"+d.addr+"/api/briefs", strings.NewReader(body))
	must(t, err)
	req.Header.Set("Authorization", "Bearer "+apiToken)
	req.Header.Set("Content-Type", "application/json")
	resp, err := (&http.Client{Timeout: 30 * time.Second}).Do(req)
	must(t, err)
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("POST /api/briefs: %d", resp.StatusCode)
	}
	_, _, metrics := d.get(t, "/metrics", nil)
	for _, c := range []struct {
		series string
		want   float64
	}{
		{`briefbot_briefs_ingested_total{path="api"}`, 1},
		{`briefbot_briefs_rejected_total{reason="invalid"}`, 1},
		{`briefbot_briefs_rejected_total{reason="duplicate"}`, 1},
	} {
		if v, ok := scrapeValue(metrics, c.series); !ok || v != c.want {
			t.Errorf("%s = %v (present %v), want %v", c.series, v, ok, c.want)
		}
	}
	d.stop(t)
}
