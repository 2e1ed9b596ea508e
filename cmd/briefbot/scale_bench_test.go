package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs/analysis"
	"github.com/briefbot/briefbot/briefs/generate"
	"github.com/briefbot/briefbot/briefs/store"
)

// The scale benchmarks run `briefbot run` as a child process (this test
// binary, re-run as TestScaleChild) on a large store, so its memory is the
// daemon's alone, and print what the issue measures.
const (
	// scaleStoreEnv names an existing store to use (for example one
	// `briefbot generate -store -n 1000000` built); the scheduler's writes go
	// into it. Unset: a store of scaleBriefsEnv briefs is generated in a
	// temporary folder first.
	scaleStoreEnv  = "BRIEFBOT_BENCH_STORE"
	scaleBriefsEnv = "BRIEFBOT_BENCH_BRIEFS" // default 100000
	scaleDestsEnv  = "BRIEFBOT_BENCH_DESTS"  // comma-separated counts, default "300"
	// Set for the child: its config file, and how far its clock runs ahead
	// of the wall clock.
	scaleChildEnv  = "BRIEFBOT_SCALE_CHILD_CONFIG"
	scaleOffsetEnv = "BRIEFBOT_SCALE_CHILD_OFFSET"
	// scaleProfileEnv, when set, is where the daemon writes a CPU profile.
	scaleProfileEnv = "BRIEFBOT_BENCH_DAEMON_CPUPROFILE"
	// scaleLogEnv, when set, is where the daemon's log goes.
	scaleLogEnv = "BRIEFBOT_BENCH_DAEMON_LOG"
)

// scaleEnd is where a generated store's briefs end: the slot is the next
// minute.
var scaleEnd = time.Date(2026, 3, 21, 7, 59, 0, 0, time.UTC)

// TestScaleChild is the daemon of the scale benchmarks; it runs only when
// they start it.
func TestScaleChild(t *testing.T) {
	cfg := os.Getenv(scaleChildEnv)
	if cfg == "" {
		t.Skip("the child process of the scale benchmarks")
	}
	offset, err := time.ParseDuration(os.Getenv(scaleOffsetEnv))
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	if path := os.Getenv(scaleProfileEnv); path != "" {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			t.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	e := &env{stdin: strings.NewReader(""), stdout: os.Stdout, stderr: os.Stderr, lookup: os.LookupEnv, clock: offsetClock{offset}}
	if code := Main(ctx, []string{"run", "-config", cfg}, e); code != 0 {
		t.Fatalf("run exited %d", code)
	}
}

// offsetClock is the wall clock moved by a fixed offset: real pacing, at a
// chosen date.
type offsetClock struct{ d time.Duration }

func (c offsetClock) Now() time.Time                       { return time.Now().Add(c.d) }
func (offsetClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// scaleStore returns the store to run on and the ingest time of its newest
// brief.
func scaleStore(b *testing.B) (string, time.Time) {
	b.Helper()
	ctx := context.Background()
	path := os.Getenv(scaleStoreEnv)
	if path == "" {
		n := 100_000
		if v := os.Getenv(scaleBriefsEnv); v != "" {
			var err error
			if n, err = strconv.Atoi(v); err != nil {
				b.Fatalf("%s=%q: %v", scaleBriefsEnv, v, err)
			}
		}
		path = filepath.Join(b.TempDir(), "scale.db")
		fillScaleStore(b, path, n)
	}
	st, err := store.OpenWith(ctx, path, store.OpenOptions{MustExist: true}) // upgrades an older store
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	n, err := st.Count(ctx)
	if err != nil {
		b.Fatal(err)
	}
	latest, err := st.Latest(ctx, 1)
	if err != nil || len(latest) == 0 {
		b.Fatalf("store %s: latest brief: %v", path, err)
	}
	b.Logf("store %s: %d briefs, the newest ingested %s", path, n, latest[0].IngestedAt.UTC().Format(time.RFC3339))
	return path, latest[0].IngestedAt
}

// fillScaleStore builds a store of n briefs over 20 days ending at
// scaleEnd, from the dev sets and the samples.
func fillScaleStore(b *testing.B, path string, n int) {
	b.Helper()
	ctx := context.Background()
	ts, err := generate.Samples()
	if err != nil {
		b.Fatal(err)
	}
	if dev, err := generate.Load(filepath.Join("..", "..", "..", "shared", "eval")); err == nil {
		ts = append(ts, dev...)
	}
	g, err := generate.New(ts, generate.Options{N: n, End: scaleEnd, Days: 20, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	st, err := store.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	start := time.Now()
	if _, err := generate.Fill(ctx, st, g, analysis.Analyzer{}, nil); err != nil {
		b.Fatal(err)
	}
	b.Logf("generated %d briefs from %d templates in %s", n, len(ts), time.Since(start).Round(time.Second))
}

// child is a running daemon.
type child struct {
	cmd  *exec.Cmd
	done chan error
}

// startChild runs the daemon on cfg with its clock at wall time + offset and
// waits until it serves.
func startChild(b *testing.B, cfg string, offset time.Duration) *child {
	b.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestScaleChild$", "-test.v")
	cmd.Env = append(os.Environ(), scaleChildEnv+"="+cfg, scaleOffsetEnv+"="+offset.String())
	stderr, err := cmd.StderrPipe()
	if err != nil {
		b.Fatal(err)
	}
	cmd.Stdout = io.Discard
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	c := &child{cmd: cmd, done: make(chan error, 1)}
	up := make(chan struct{})
	var lines []string
	var logw io.Writer = io.Discard
	if path := os.Getenv(scaleLogEnv); path != "" {
		f, err := os.Create(path)
		if err != nil {
			b.Fatal(err)
		}
		defer func() { b.Cleanup(func() { f.Close() }) }()
		logw = f
	}
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			fmt.Fprintln(logw, sc.Text())
			if strings.Contains(sc.Text(), `msg="briefbot running"`) {
				close(up)
			} else if strings.Contains(sc.Text(), "level=ERROR") && len(lines) < 20 {
				lines = append(lines, sc.Text())
			}
		}
		c.done <- cmd.Wait()
	}()
	select {
	case <-up:
		return c
	case err := <-c.done:
		b.Fatalf("daemon exited before serving: %v; %s", err, strings.Join(lines, "\n"))
	case <-time.After(2 * time.Minute):
		c.stop(b)
		b.Fatal("daemon did not start within 2 minutes")
	}
	return nil
}

// procStatus returns a kB field of /proc/PID/status (VmRSS, VmHWM) in MB.
func procStatus(b *testing.B, pid int, field string) float64 {
	b.Helper()
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		b.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			if err != nil {
				b.Fatal(err)
			}
			return kb / 1000
		}
	}
	b.Fatalf("no %s in /proc/%d/status", field, pid)
	return 0
}

// stop sends SIGTERM and waits for the daemon to exit.
func (c *child) stop(b *testing.B) {
	b.Helper()
	c.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-c.done:
		if err != nil {
			b.Errorf("daemon: %v", err)
		}
	case <-time.After(30 * time.Second):
		c.cmd.Process.Kill()
		b.Error("daemon still running 30 s after SIGTERM")
	}
}

// floodAPI is a Bot API stand-in that accepts at most 30 sendMessage calls
// in any second, answering the rest 429 with retry_after 1, and records when
// each chat got its message.
type floodAPI struct {
	mu        sync.Mutex
	sent      []time.Time // accepted sends of the last second
	delivered map[string]time.Time
	tooMany   int
}

func (f *floodAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	method, ok := strings.CutPrefix(r.URL.Path, "/bot"+daemonTGToken+"/")
	if err := r.ParseForm(); !ok || err != nil {
		http.Error(w, `{"ok":false,"error_code":404,"description":"Not Found"}`, http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	switch method {
	case "getMe":
		io.WriteString(w, `{"ok":true,"result":{"id":42,"is_bot":true,"first_name":"Brief","username":"ScaleBot"}}`)
	case "getUpdates":
		select {
		case <-r.Context().Done():
		case <-time.After(time.Second):
		}
		io.WriteString(w, `{"ok":true,"result":[]}`)
	case "sendMessage":
		chat := r.PostForm.Get("chat_id")
		if chat == "" || r.PostForm.Get("text") == "" {
			http.Error(w, `{"ok":false,"error_code":400,"description":"Bad Request: message text is empty"}`, http.StatusBadRequest)
			return
		}
		now := time.Now()
		f.mu.Lock()
		for len(f.sent) > 0 && now.Sub(f.sent[0]) >= time.Second {
			f.sent = f.sent[1:]
		}
		if len(f.sent) >= 30 {
			f.tooMany++
			f.mu.Unlock()
			w.WriteHeader(http.StatusTooManyRequests)
			io.WriteString(w, `{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 1","parameters":{"retry_after":1}}`)
			return
		}
		f.sent = append(f.sent, now)
		if _, dup := f.delivered[chat]; !dup {
			f.delivered[chat] = now
		}
		n := len(f.delivered)
		f.mu.Unlock()
		fmt.Fprintf(w, `{"ok":true,"result":{"message_id":%d,"date":0,"chat":{"id":%s,"type":"group"},"text":"ok"}}`, n, chat)
	default:
		io.WriteString(w, `{"ok":true,"result":true}`)
	}
}

// progress returns the number of chats served, the first and last
// delivery and the 429s answered.
func (f *floodAPI) progress() (n int, first, last time.Time, tooMany int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, t := range f.delivered {
		if t.After(last) {
			last = t
		}
		if first.IsZero() || t.Before(first) {
			first = t
		}
	}
	return len(f.delivered), first, last, f.tooMany
}

// scaleConfig writes a config of n Telegram destinations due at slot
// (UTC), grace 1m, named after run, and returns its path.
func scaleConfig(b *testing.B, db, apiURL string, n int, slot time.Time, run string) string {
	b.Helper()
	var sb strings.Builder
	fmt.Fprintf(&sb, "db: %q\nlog_level: info\nhttp:\n  addr: 127.0.0.1:0\ntelegram:\n  token: %q\n  api_url: %q\ndestinations:\n", db, daemonTGToken, apiURL)
	for i := range n {
		fmt.Fprintf(&sb, "  - name: r%sd%d\n    platform: telegram\n    chat: \"%d\"\n    schedule: \"%d %d %d %d *\"\n    timezone: UTC\n    grace: 1m\n",
			run, i, 1000+i, slot.Minute(), slot.Hour(), slot.Day(), int(slot.Month()))
	}
	path := filepath.Join(b.TempDir(), "scale.yaml")
	if err := os.WriteFile(path, []byte(sb.String()), 0o600); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkDigestSlot runs the daemon on a large store with N Telegram
// destinations due at the same minute (300 by default; BRIEFBOT_BENCH_DESTS
// lists counts, e.g. 300,1000) against a Bot API stand-in enforcing 30
// messages a second, and reports how many got their digest, how long after
// the slot the last one did (the floor is N/30 s), the 429s and the
// daemon's peak RSS (VmHWM). The daemon's clock is the wall clock moved so
// that the slot, a minute after the store's newest brief, comes a few
// seconds after it starts. Each run uses new destination names, so a reused
// store's earlier deliveries do not count.
func BenchmarkDigestSlot(b *testing.B) {
	db, newest := scaleStore(b)
	slot := newest.UTC().Truncate(time.Minute).Add(time.Minute)
	counts := os.Getenv(scaleDestsEnv)
	if counts == "" {
		counts = "300"
	}
	// Destination names new in every run, also on a reused store.
	prefix, run := strconv.FormatInt(time.Now().Unix(), 36), 0
	for _, c := range strings.Split(counts, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(c))
		if err != nil || n < 1 {
			b.Fatalf("%s=%q: want counts of destinations", scaleDestsEnv, counts)
		}
		b.Run(fmt.Sprintf("%d-destinations", n), func(b *testing.B) {
			for b.Loop() {
				run++
				runSlot(b, db, slot, n, fmt.Sprint(prefix, run))
			}
		})
	}
}

// startupLead is how long before the slot the daemon starts.
const startupLead = 10 * time.Second

func runSlot(b *testing.B, db string, slot time.Time, n int, run string) {
	api := &floodAPI{delivered: map[string]time.Time{}}
	srv := httptest.NewServer(api)
	defer srv.Close()
	cfg := scaleConfig(b, db, srv.URL, n, slot, run)
	slotWall := time.Now().Add(startupLead)
	started := time.Now()
	c := startChild(b, cfg, slot.Sub(slotWall))
	up := time.Since(started)
	deadline := slotWall.Add(time.Duration(n)*time.Second/30 + 2*time.Minute)
	for time.Now().Before(deadline) {
		if got, _, _, _ := api.progress(); got == n {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	peak := procStatus(b, c.cmd.Process.Pid, "VmHWM")
	c.stop(b)
	got, first, last, tooMany := api.progress()
	lag := last.Sub(slotWall)
	floor := time.Duration(n) * time.Second / 30
	b.Logf("%d destinations: %d delivered, the first %.1f s and the last %.1f s after the slot (floor %.1f s, %.2fx), %d 429s, peak RSS %.0f MB; daemon up in %.1f s",
		n, got, first.Sub(slotWall).Seconds(), lag.Seconds(), floor.Seconds(), lag.Seconds()/floor.Seconds(), tooMany, peak, up.Seconds())
	b.ReportMetric(float64(got), "delivered")
	b.ReportMetric(lag.Seconds(), "last-lag-s")
	b.ReportMetric(float64(tooMany), "429s")
	b.ReportMetric(peak, "peak-RSS-MB")
}

// BenchmarkDaemonIdle starts the daemon on a large store (one Telegram
// destination, not due) and reports its resident memory once it has been
// idle for idleSettle (a reminders tick included).
func BenchmarkDaemonIdle(b *testing.B) {
	db, newest := scaleStore(b)
	for b.Loop() {
		api := &floodAPI{delivered: map[string]time.Time{}}
		srv := httptest.NewServer(api)
		// The destination's slot is a year away: nothing is due.
		cfg := scaleConfig(b, db, srv.URL, 1, newest.AddDate(0, 6, 0), "idle")
		// The daemon's clock stands an hour after the newest brief, as if
		// the store were live.
		c := startChild(b, cfg, time.Until(newest.Add(time.Hour)))
		time.Sleep(idleSettle)
		rss, peak := procStatus(b, c.cmd.Process.Pid, "VmRSS"), procStatus(b, c.cmd.Process.Pid, "VmHWM")
		c.stop(b)
		srv.Close()
		b.Logf("idle daemon: RSS %.0f MB after %s (peak %.0f MB)", rss, idleSettle, peak)
		b.ReportMetric(rss, "idle-RSS-MB")
		b.ReportMetric(peak, "peak-RSS-MB")
	}
}

// idleSettle is how long the idle daemon runs before its RSS is read.
const idleSettle = 70 * time.Second
