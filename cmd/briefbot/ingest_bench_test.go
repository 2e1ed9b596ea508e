package main

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs/generate"
	"github.com/briefbot/briefbot/briefs/ingest"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/internal/benchcpu"
)

// evalDir finds ../shared/eval from the package directory, or BRIEFBOT_EVAL_DIR.
func evalDir() string {
	if d := os.Getenv("BRIEFBOT_EVAL_DIR"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "eval")
}

// writeBriefs writes n JSONL briefs as `briefbot generate -n N -days 20
// -now 2026-03-21 -from ../shared/eval,samples` does: the dev stories
// (BBC, TimeBank, Reuters) and the sample briefs, re-dated over 20 days.
func writeBriefs(b *testing.B, n int) string {
	b.Helper()
	ts, err := generate.Load(evalDir())
	if err != nil {
		b.Skipf("eval data not found: %v", err)
	}
	samples, err := generate.Samples()
	if err != nil {
		b.Fatal(err)
	}
	g, err := generate.New(append(ts, samples...), generate.Options{N: n, Days: 20, Seed: 1,
		End: time.Date(2026, 3, 21, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "briefs.jsonl")
	out, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	if err := g.Each(func(r generate.Record) error { return enc.Encode(r) }); err != nil {
		b.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	out.Close()
	return path
}

// BenchmarkIngest10k runs the whole ingest path (parse, dateline, summary,
// meeting extraction, SQLite in batches) over 10,000 generated briefs and
// reports briefs/s, the CPU time per brief (user+system, so a figure that
// holds on a busy machine: 2 idle cores give at most 2e6/cpu-µs briefs/s)
// and the peak heap in use.
func BenchmarkIngest10k(b *testing.B) {
	const n = 10000
	path := writeBriefs(b, n)
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		cfg := config.Default()
		cfg.DB = filepath.Join(b.TempDir(), "bench.db")
		cfg.LogLevel = "error"
		e := &env{stdout: os.Stdout, stderr: os.Stderr, clock: wallClock{}}
		a, err := openAppWith(ctx, e, cfg)
		if err != nil {
			b.Fatal(err)
		}
		var peak atomic.Uint64
		stop := make(chan struct{})
		go func() {
			var ms runtime.MemStats
			t := time.NewTicker(20 * time.Millisecond)
			defer t.Stop()
			for {
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peak.Load() {
					peak.Store(ms.HeapInuse)
				}
				select {
				case <-stop:
					return
				case <-t.C:
				}
			}
		}()
		restore := tuneGC(os.LookupEnv) // as `briefbot ingest` runs
		start, cpu0 := time.Now(), benchcpu.Used()
		st, err := a.ingest(ctx, []string{path}, ingest.Options{}, &progress{}, func(it ingest.Item) { b.Errorf("bad item: %v", it.Err) })
		elapsed, cpu := time.Since(start), benchcpu.Used()-cpu0
		restore()
		close(stop)
		if err != nil {
			b.Fatal(err)
		}
		if st.added != n {
			b.Fatalf("added %d, want %d", st.added, n)
		}
		b.ReportMetric(float64(n)/elapsed.Seconds(), "briefs/s")
		b.ReportMetric(float64(cpu.Microseconds())/n, "cpu-µs/brief")
		b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MiB")
		a.Close()
	}
}
