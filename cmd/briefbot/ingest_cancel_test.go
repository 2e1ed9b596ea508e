package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/analysis"
	"github.com/briefbot/briefbot/briefs/ingest"
	"github.com/briefbot/briefbot/briefs/summary"
	"github.com/briefbot/briefbot/config"
)

// TestIngestStopsOnCancelKeepingCommitted cancels an ingest once its first
// batches are stored, as SIGINT does: ingest returns context.Canceled, the
// briefs stored so far stay (whole batches only), the rest are not stored,
// and the store is consistent.
func TestIngestStopsOnCancelKeepingCommitted(t *testing.T) {
	const n = 20 * ingestBatch
	path := writeCancelBriefs(t, n, -1)
	a := openCancelApp(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// The progress line is written after each stored batch: it pulls the
	// plug once two are in.
	prog := batchProgress(func() {
		if c, err := a.store.Count(context.Background()); err == nil && c >= 2*ingestBatch {
			cancel()
		}
	})
	st, err := a.ingest(ctx, []string{path}, ingest.Options{Now: testNow}, prog, func(it ingest.Item) { t.Errorf("bad item: %v", it.Err) })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("ingest after cancel: %v, want context.Canceled", err)
	}
	stored, err := a.store.Count(context.Background())
	must(t, err)
	if stored != st.added || stored%ingestBatch != 0 || stored == 0 || stored >= n {
		t.Errorf("stored %d briefs, reported %d; want the whole batches committed before the stop, fewer than %d", stored, st.added, n)
	}
	must(t, a.store.Check(context.Background()))
}

// writeCancelBriefs writes n short JSONL briefs, each naming a meeting, with
// the one at index large (if any) replaced by largeBriefText.
func writeCancelBriefs(t *testing.T, n, large int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "many.jsonl")
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	for i := range n {
		text := fmt.Sprintf("LONDON, Dec 4 (Reuters) - Item %d. The finance committee of company %d will meet on Friday to review the budget.", i, i)
		if i == large {
			text = largeBriefText()
		}
		must(t, enc.Encode(map[string]string{"id": fmt.Sprint(i), "text": text, "published": "2025-12-04"}))
	}
	must(t, os.WriteFile(path, []byte(sb.String()), 0o644))
	return path
}

// openCancelApp opens an app over a new store, logging errors only.
func openCancelApp(t *testing.T) *app {
	t.Helper()
	cfg := config.Default()
	cfg.DB, cfg.LogLevel = filepath.Join(t.TempDir(), "b.db"), "error"
	a, err := openAppWith(context.Background(), &env{stderr: &strings.Builder{}, clock: fixedClock{testNow}}, cfg)
	must(t, err)
	t.Cleanup(func() { a.Close() })
	return a
}

// batchProgress is a progress line that calls f at each write: after each
// stored batch (its clock moves a second a call) and once at the end.
func batchProgress(f func()) *progress {
	tick := testNow
	return &progress{w: writerFunc(f), now: func() time.Time { tick = tick.Add(time.Second); return tick }}
}

// writerFunc is an io.Writer that calls f at each write.
type writerFunc func()

func (f writerFunc) Write(p []byte) (int, error) { f(); return len(p), nil }

// largeBriefText is a story of about 1 MiB (under ingest's 1 MiB limit)
// naming a meeting in every paragraph: the kind of input that once made
// the meeting step run for minutes.
func largeBriefText() string {
	var sb strings.Builder
	sb.WriteString("LONDON, Dec 4 (Reuters) - A long report.\n\n")
	for i := 0; sb.Len() < 1000<<10; i++ {
		fmt.Fprintf(&sb, "The board of company %d will meet on Friday in London to review the budget. Talks continue.\n\n", i)
	}
	return sb.String()
}

// stopDuringLarge is a summariser that, on the large brief, waits until
// two batches are stored and then stops the ingest, as a SIGTERM arriving
// while that brief is analysed does.
type stopDuringLarge struct {
	stored <-chan struct{}
	stop   context.CancelFunc
}

func (s stopDuringLarge) Summarize(ctx context.Context, text string, opts summary.Options) (string, string) {
	if len(text) > briefs.MaxAnalysedBytes {
		<-s.stored
		<-s.stored
		s.stop()
	}
	return summary.Extractive{}.Summarize(ctx, text, opts)
}

// TestIngestStopsWhileAnalysingALargeBrief: a stop that arrives while a
// 1 MiB brief is being analysed ends the ingest with context.Canceled; the
// batches committed before stay, the large brief and its batch are not
// stored, and the store is consistent.
func TestIngestStopsWhileAnalysingALargeBrief(t *testing.T) {
	const n, large = 6 * ingestBatch, 3*ingestBatch + 5
	path := writeCancelBriefs(t, n, large)
	a := openCancelApp(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stored := make(chan struct{}, n)
	a.pipeline.analyzer.Summarizer = stopDuringLarge{stored: stored, stop: cancel}
	prog := batchProgress(func() { stored <- struct{}{} })
	st, err := a.ingest(ctx, []string{path}, ingest.Options{Now: testNow}, prog, func(it ingest.Item) { t.Errorf("bad item: %v", it.Err) })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("ingest stopped during a large brief: %v, want context.Canceled", err)
	}
	count, err := a.store.Count(context.Background())
	must(t, err)
	if count != st.added || count < 2*ingestBatch || count%ingestBatch != 0 || count > large {
		t.Errorf("stored %d briefs, reported %d; want the whole batches before the large brief's (at least %d, at most %d)", count, st.added, 2*ingestBatch, large)
	}
	if _, err := a.store.BriefByExternalID(context.Background(), fmt.Sprint(large)); !errors.Is(err, briefs.ErrNotFound) {
		t.Errorf("the large brief whose analysis was stopped: %v, want not stored", err)
	}
	must(t, a.store.Check(context.Background()))
}

// TestIngestLongBriefWarns: a brief past briefs.MaxAnalysedBytes is stored
// whole, with a warning naming it that says its summary and meetings come
// from its start.
func TestIngestLongBriefWarns(t *testing.T) {
	path := filepath.Join(t.TempDir(), "long.txt")
	text := largeBriefText()
	must(t, os.WriteFile(path, []byte(text), 0o644))
	cfg := config.Default()
	cfg.DB = filepath.Join(t.TempDir(), "b.db")
	var logs strings.Builder
	a, err := openAppWith(context.Background(), &env{stderr: &logs, clock: fixedClock{testNow}}, cfg)
	must(t, err)
	defer a.Close()
	st, err := a.ingest(context.Background(), []string{path}, ingest.Options{Now: testNow}, &progress{}, func(it ingest.Item) { t.Errorf("bad item: %v", it.Err) })
	must(t, err)
	if st.added != 1 {
		t.Fatalf("added %d, want 1", st.added)
	}
	b, err := a.store.Brief(context.Background(), 1)
	must(t, err)
	if len(b.Body) < 1000<<10 || len(b.Meetings) == 0 || len(b.Meetings) > analysis.MaxMeetings {
		t.Errorf("stored body %d bytes with %d meetings; want the whole body and 1..%d meetings", len(b.Body), len(b.Meetings), analysis.MaxMeetings)
	}
	if !strings.Contains(logs.String(), "its summary and meetings come from its start only") || !strings.Contains(logs.String(), `brief="A long report"`) {
		t.Errorf("log lacks the long-brief warning naming the brief:\n%s", logs.String())
	}
}

// TestIngestInterruptedCLI: `briefbot ingest` stopped by a signal (its
// context ends) says how many briefs it kept and exits 1, without an error
// line about wherever in the pipeline the stop landed.
func TestIngestInterruptedCLI(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(writeCancelBriefs(t, 3, -1))
	must(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb strings.Builder
	e := &env{stdout: &out, stderr: &errb, clock: fixedClock{testNow},
		stdin:  readerFunc(func(p []byte) (int, error) { cancel(); return copy(p, data), io.EOF }), // the signal comes as ingest starts reading
		lookup: func(string) (string, bool) { return "", false }}
	code := Main(ctx, []string{"ingest", "-db", filepath.Join(dir, "b.db"), "-format", "jsonl", "-"}, e)
	if code != 1 || !strings.Contains(errb.String(), "Stopped: 0 new briefs stored before the interrupt") ||
		strings.Contains(errb.String(), "context canceled") || out.String() != "" {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s\nwant exit 1 and only the Stopped line", code, out.String(), errb.String())
	}
}

// readerFunc is an io.Reader that calls f.
type readerFunc func([]byte) (int, error)

func (f readerFunc) Read(p []byte) (int, error) { return f(p) }
