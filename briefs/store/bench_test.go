package store_test

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
	"github.com/briefbot/briefbot/internal/benchcpu"
)

// corpusPath is the shared evaluation set, relative to this package.
const corpusPath = "../../../shared/eval/summaries.dev.jsonl"

// corpus returns n realistic briefs made from the evaluation set, each with a
// distinct body and two meetings; it skips the test when the set is absent.
func corpus(tb testing.TB, n int) []*briefs.Brief {
	tb.Helper()
	f, err := os.Open(corpusPath)
	if errors.Is(err, fs.ErrNotExist) {
		tb.Skipf("corpus %s not present", corpusPath)
	}
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	type doc struct{ ID, Title, Text string }
	var docs []doc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			tb.Fatalf("%s: %v", corpusPath, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil || len(docs) == 0 {
		tb.Fatalf("%s: %d docs, %v", corpusPath, len(docs), err)
	}
	base := time.Date(2025, 1, 1, 6, 0, 0, 0, time.UTC)
	out := make([]*briefs.Brief, n)
	for i := range out {
		d := docs[i%len(docs)]
		body := fmt.Sprintf("%s\n\n(Update %d.)", d.Text, i)
		sum := sha256.Sum256([]byte(body))
		pub := base.Add(time.Duration(i) * 17 * time.Minute)
		day := pub.Format("2006-01-02")
		out[i] = &briefs.Brief{
			ExternalID: fmt.Sprintf("%s#%d", d.ID, i), Title: d.Title, Source: "BBC",
			URL: "https://example.org/" + d.ID, Published: pub, Body: body,
			Hash: hex.EncodeToString(sum[:]), Summary: firstChars(d.Text, 300), SummaryMethod: "extractive",
			Dateline: briefs.Dateline{Place: "London", Date: day},
			Meetings: []briefs.Meeting{
				{Title: "Meeting of G7 finance ministers", Date: day, Precision: briefs.PrecisionDay,
					Place: "London", Participants: []string{"Alan Greenspan", "Gordon Brown"},
					Status: briefs.StatusUpcoming, Evidence: firstChars(d.Text, 200), Key: fmt.Sprintf("g7-%d", i%200)},
				{Title: d.Title, Date: pub.Format("2006-01"), Precision: briefs.PrecisionMonth, Status: briefs.StatusPast},
			},
		}
	}
	return out
}

func firstChars(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		r = r[:n]
	}
	return string(r)
}

// ingestStats is what one ingest run measured.
type ingestStats struct {
	briefs   int
	elapsed  time.Duration // wall clock
	cpu      time.Duration // user+system time of the process, steadier on a busy machine
	baseHeap uint64        // HeapInuse after a GC, before ingest (the corpus is in it)
	fileSize int64         // database plus WAL file, bytes
	peakHeap uint64        // highest HeapInuse sampled, bytes
}

func (st ingestStats) perSecond() float64    { return float64(st.briefs) / st.elapsed.Seconds() }
func (st ingestStats) perCPUSecond() float64 { return float64(st.briefs) / st.cpu.Seconds() }

// ingest adds bs to a new SQLite file in dir, batch briefs per transaction
// (batch 1 uses AddBrief), while sampling the heap.
func ingest(tb testing.TB, dir string, bs []*briefs.Brief, batch int) ingestStats {
	tb.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(dir, "bench.db"))
	if err != nil {
		tb.Fatal(err)
	}
	defer s.Close()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	stop := make(chan struct{})
	peak := sampleHeap(stop)
	start, cpu0 := time.Now(), benchcpu.Used()
	for i := 0; i < len(bs); i += batch {
		part := bs[i:min(i+batch, len(bs))]
		if batch == 1 {
			_, _, err = s.AddBrief(ctx, part[0])
		} else {
			_, err = s.AddBriefs(ctx, part)
		}
		if err != nil {
			tb.Fatal(err)
		}
	}
	elapsed, cpu := time.Since(start), benchcpu.Used()-cpu0
	close(stop)
	if n, err := s.Count(ctx); err != nil || n != len(bs) {
		tb.Fatalf("Count after ingest = %d, %v; want %d", n, err, len(bs))
	}
	var size int64
	for _, suffix := range []string{"", "-wal"} {
		if fi, err := os.Stat(filepath.Join(dir, "bench.db"+suffix)); err == nil {
			size += fi.Size()
		}
	}
	return ingestStats{briefs: len(bs), elapsed: elapsed, cpu: cpu, baseHeap: ms.HeapInuse,
		peakHeap: <-peak, fileSize: size}
}

// sampleHeap samples HeapInuse every 10 ms until stop is closed, then sends
// the highest value seen.
func sampleHeap(stop <-chan struct{}) <-chan uint64 {
	out := make(chan uint64, 1)
	var once sync.Once
	go func() {
		var peak uint64
		var ms runtime.MemStats
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
			select {
			case <-stop:
				once.Do(func() { out <- peak })
				return
			case <-tick.C:
			}
		}
	}()
	return out
}

func TestIngestHelper(t *testing.T) {
	bs := corpus(t, 300)
	st := ingest(t, t.TempDir(), bs, 100)
	if st.briefs != 300 || st.elapsed <= 0 || st.peakHeap == 0 {
		t.Errorf("ingest stats = %+v", st)
	}
	if bs[299].ID != 300 {
		t.Errorf("last brief id = %d, want 300", bs[299].ID)
	}
}

func benchIngest(b *testing.B, batch int) {
	const n = 10000
	var last ingestStats
	for b.Loop() {
		b.StopTimer()
		bs := corpus(b, n)
		dir := b.TempDir()
		b.StartTimer()
		last = ingest(b, dir, bs, batch)
	}
	mb := func(n uint64) float64 { return float64(n) / (1 << 20) }
	b.ReportMetric(last.perSecond(), "briefs/s")
	b.ReportMetric(last.perCPUSecond(), "briefs/cpu-s")
	b.ReportMetric(mb(last.peakHeap), "peak-heap-MB")
	b.ReportMetric(mb(last.peakHeap-min(last.baseHeap, last.peakHeap)), "heap-growth-MB")
	b.Logf("batch %d: %d briefs in %v (%v CPU) = %.0f briefs/s, %.0f briefs/CPU-s; HeapInuse %.1f MB before, peak %.1f MB; file %.1f MB",
		batch, last.briefs, last.elapsed.Round(time.Millisecond), last.cpu.Round(time.Millisecond),
		last.perSecond(), last.perCPUSecond(), mb(last.baseHeap), mb(last.peakHeap), mb(uint64(last.fileSize)))
}

// BenchmarkAddBrief ingests 10,000 briefs one transaction each.
func BenchmarkAddBrief(b *testing.B) { benchIngest(b, 1) }

// BenchmarkAddBriefs ingests 10,000 briefs 500 per transaction.
func BenchmarkAddBriefs(b *testing.B) { benchIngest(b, 500) }
