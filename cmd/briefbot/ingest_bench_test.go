package main

import (
	"bufio"
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/generate"
	"github.com/briefbot/briefbot/briefs/ingest"
	"github.com/briefbot/briefbot/briefs/store"
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

// BenchmarkIngestStore measures ingest's serial stage alone: it reads and
// analyses BRIEFBOT_BENCH_N generated briefs (default 20,000) first, then
// stores them as ingest does (unification, then one transaction a batch of
// ingestBatch) into a new SQLite store, and reports the store's CPU time a
// brief (user+system of the process while only the store runs), the rate
// one core would store at, and the median, 15/16th and longest time a
// batch took (one in about sixteen merges search index segments). Ingest reaches n
// briefs/s on two cores only if this stays under 1e6/n µs a brief.
func BenchmarkIngestStore(b *testing.B) {
	n := 20000
	if v := os.Getenv("BRIEFBOT_BENCH_N"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			b.Fatalf("BRIEFBOT_BENCH_N: %v", err)
		}
	}
	path := writeBriefs(b, n)
	ctx := context.Background()
	e := &env{stdout: os.Stdout, stderr: os.Stderr, clock: wallClock{}}
	cfg := config.Default()
	cfg.LogLevel = "error"
	var bs []*briefs.Brief
	err := ingest.Walk(ctx, []string{path}, ingest.Options{Now: time.Date(2026, 3, 21, 0, 0, 0, 0, time.UTC)}, func(it ingest.Item) error {
		if it.Err != nil {
			return it.Err
		}
		br := it.Brief
		br.Via = briefs.ViaFile
		bs = append(bs, &br)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	newPipeline(cfg, slog.New(slog.DiscardHandler)).enrichAll(ctx, bs)
	for i := 0; i < b.N; i++ {
		cfg.DB = filepath.Join(b.TempDir(), "bench.db")
		a, err := openStore(ctx, e, cfg, store.OpenOptions{Bulk: true}) // as `briefbot ingest` opens it
		if err != nil {
			b.Fatal(err)
		}
		copies := make([]*briefs.Brief, len(bs))
		for j, br := range bs {
			c := *br
			c.Meetings = slices.Clone(br.Meetings)
			copies[j] = &c
		}
		// The analysed briefs are all live: ingest's soft memory limit
		// would have the collector run without end.
		restore := debug.SetGCPercent(ingestGCPercent)
		runtime.GC()
		known := newKnownMeetings()
		var added, dups int
		start, cpu0 := time.Now(), benchcpu.Used()
		var took []time.Duration // each batch's
		for rest := copies; len(rest) > 0; {
			k := min(len(rest), ingestBatch)
			t0 := time.Now()
			if err := a.storeBatch(ctx, known, rest[:k], &added, &dups); err != nil {
				b.Fatal(err)
			}
			took = append(took, time.Since(t0))
			rest = rest[k:]
		}
		elapsed, cpu := time.Since(start), benchcpu.Used()-cpu0
		slices.Sort(took)
		b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "median-batch-ms")
		b.ReportMetric(float64(took[len(took)*15/16].Microseconds())/1000, "p94-batch-ms")
		b.ReportMetric(float64(took[len(took)-1].Microseconds())/1000, "max-batch-ms")
		debug.SetGCPercent(restore)
		if added != n {
			b.Fatalf("added %d, want %d", added, n)
		}
		b.ReportMetric(float64(cpu.Microseconds())/float64(n), "store-cpu-µs/brief")
		b.ReportMetric(float64(n)/elapsed.Seconds(), "briefs/s")
		a.Close()
	}
}
