package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs/ingest"
	"github.com/briefbot/briefbot/config"
)

// evalDir finds ../shared/eval from the package directory, or BRIEFBOT_EVAL_DIR.
func evalDir() string {
	if d := os.Getenv("BRIEFBOT_EVAL_DIR"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "eval")
}

// writeBriefs writes n distinct JSONL briefs built from the BBC dev stories
// (each story repeated with a numbered lead line so none is a duplicate).
func writeBriefs(b *testing.B, n int) string {
	b.Helper()
	f, err := os.Open(filepath.Join(evalDir(), "summaries.dev.jsonl"))
	if err != nil {
		b.Skipf("eval data not found: %v", err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		var doc struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &doc) == nil && doc.Text != "" {
			texts = append(texts, doc.Text)
		}
	}
	path := filepath.Join(b.TempDir(), "briefs.jsonl")
	out, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	for i := range n {
		text := fmt.Sprintf("LONDON, March %d (Reuters) - Item %d. %s", 1+i%28, i, texts[i%len(texts)])
		if err := enc.Encode(map[string]string{"id": fmt.Sprint(i), "text": text, "published": "2005-03-01"}); err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	out.Close()
	return path
}

// BenchmarkIngest10k runs the whole ingest path (parse, dateline, summary,
// meeting extraction, SQLite in batches) over 10,000 briefs and reports
// briefs/s and the peak heap in use.
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
		start := time.Now()
		st, err := a.ingest(ctx, []string{path}, ingest.Options{}, &progress{}, func(it ingest.Item) { b.Errorf("bad item: %v", it.Err) })
		elapsed := time.Since(start)
		close(stop)
		if err != nil {
			b.Fatal(err)
		}
		if st.added != n {
			b.Fatalf("added %d, want %d", st.added, n)
		}
		b.ReportMetric(float64(n)/elapsed.Seconds(), "briefs/s")
		b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MiB")
		a.Close()
	}
}
