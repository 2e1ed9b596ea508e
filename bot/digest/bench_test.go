package digest_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/digest"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// benchSizeEnv overrides the number of briefs BenchmarkComposeDay stores
// (default 100,000); a twentieth of them fall on the day composed.
const benchSizeEnv = "BRIEFBOT_BENCH_BRIEFS"

const (
	benchDays  = 20
	benchBatch = 1000
)

// benchEnd is the end of the last day of the generated store.
var benchEnd = time.Date(2026, 3, 21, 0, 0, 0, 0, time.UTC)

// BenchmarkComposeDay composes the digest of the last day of a SQLite store
// holding 100,000 briefs over 20 days, 5,000 of them on that day. The store
// is built once, outside the timer. It reports ms/op, briefs/s (briefs of
// the window composed per second) and the peak HeapInuse seen while
// composing.
func BenchmarkComposeDay(b *testing.B) {
	total := benchSize(b)
	lastDay := total / 20
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "bench.db")
	st, err := store.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	start := time.Now()
	fillStore(b, st, total, lastDay)
	info, _ := os.Stat(path)
	var size int64
	if info != nil {
		size = info.Size()
	}
	b.Logf("store: %d briefs (%d on the last day) built in %s, %.1f MB", total, lastDay, time.Since(start).Round(time.Millisecond), float64(size)/1e6)
	b.Run(fmt.Sprintf("briefs=%d", total), func(b *testing.B) {
		opts := digest.Options{Title: "Morning briefing", Now: benchEnd, Since: benchEnd.Add(-24 * time.Hour)}
		var d digest.Digest
		runtime.GC()
		peak := sampleHeap()
		b.ResetTimer()
		for b.Loop() {
			d, err = digest.Compose(ctx, st, opts)
			if err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		elapsed := b.Elapsed()
		heap := peak()
		if want := min(lastDay, 5000); len(d.BriefIDs) != want { // 5000: Options.MaxScan's default
			b.Fatalf("digest covers %d briefs, want %d of the last day's %d", len(d.BriefIDs), want, lastDay)
		}
		if d.Stories == 0 || d.Meetings == 0 {
			b.Fatalf("digest has %d stories and %d meetings, want some of each", d.Stories, d.Meetings)
		}
		b.ReportMetric(float64(elapsed.Milliseconds())/float64(b.N), "ms/op")
		b.ReportMetric(float64(lastDay)*float64(b.N)/elapsed.Seconds(), "briefs/s")
		b.ReportMetric(float64(heap)/(1<<20), "peak-heap-MiB")
	})
}

// benchSize returns the number of briefs to store.
func benchSize(b *testing.B) int {
	v := os.Getenv(benchSizeEnv)
	if v == "" {
		return 100_000
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 400 {
		b.Fatalf("%s=%q: want an integer of at least 400", benchSizeEnv, v)
	}
	return n
}

// sampleHeap samples HeapInuse every few milliseconds until the returned
// function is called, which returns the highest value seen.
func sampleHeap() func() uint64 {
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	read := func() {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		if ms.HeapInuse > peak.Load() {
			peak.Store(ms.HeapInuse)
		}
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			read()
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		read()
		return peak.Load()
	}
}

// fillStore adds total briefs in batches: lastDay of them ingested on the
// final day, the rest spread evenly over the days before.
func fillStore(b *testing.B, st *store.Store, total, lastDay int) {
	b.Helper()
	g := newGen(1)
	first := benchEnd.Add(-benchDays * 24 * time.Hour)
	earlier := total - lastDay
	batch := make([]*briefs.Brief, 0, benchBatch)
	for i := range total {
		var at time.Time
		if i < earlier {
			at = first.Add(time.Duration(int64(i) * int64((benchDays-1)*24*time.Hour) / int64(earlier)))
		} else {
			at = benchEnd.Add(-24 * time.Hour).Add(time.Duration(int64(i-earlier) * int64(24*time.Hour) / int64(lastDay)))
		}
		batch = append(batch, g.brief(i, at))
		if len(batch) == benchBatch || i == total-1 {
			if _, err := st.AddBriefs(context.Background(), batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
}

// gen makes varied, reproducible briefs: titles and bodies from a
// vocabulary of made-up words, one brief in eight a rewrite of an earlier
// story (so the digest has near-duplicates to merge), one in ten
// mentioning a meeting in the coming days.
type gen struct {
	r      *rand.Rand
	zipf   *rand.Zipf
	vocab  []string
	places []string
	srcs   []string
	titles []string // recent titles, for rewrites
}

func newGen(seed uint64) *gen {
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		places: []string{"New Delhi", "Moscow", "Brussels", "Washington", "Tokyo", "Nairobi", "Brasilia", "Canberra", "Ottawa", "Berlin"},
		srcs:   []string{"Reuters", "IANS", "PTI", "AP", "AFP", "BBC"}}
	syll := []string{"ka", "lo", "mi", "ra", "te", "vo", "sun", "der", "pol", "an", "is", "gra", "bel", "tor", "qui", "nes"}
	for len(g.vocab) < 5000 {
		n := 2 + g.r.IntN(3)
		var w strings.Builder
		for range n {
			w.WriteString(syll[g.r.IntN(len(syll))])
		}
		g.vocab = append(g.vocab, w.String())
	}
	g.zipf = rand.NewZipf(g.r, 1.07, 2, uint64(len(g.vocab)-1))
	return g
}

// words returns n words drawn by Zipf's law, as word frequencies in text
// roughly follow it.
func (g *gen) words(n int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = g.vocab[g.zipf.Uint64()]
	}
	return strings.Join(ws, " ")
}

func (g *gen) brief(i int, at time.Time) *briefs.Brief {
	place := g.places[g.r.IntN(len(g.places))]
	title := g.words(8)
	if len(g.titles) > 0 && g.r.IntN(8) == 0 {
		title = g.titles[g.r.IntN(len(g.titles))] // a second source on the same story
	}
	g.titles = append(g.titles, title)
	if len(g.titles) > 200 {
		g.titles = g.titles[1:]
	}
	var body strings.Builder
	fmt.Fprintf(&body, "%s, %s (%s) %s.", place, at.Format("Jan 2"), g.srcs[i%len(g.srcs)], title)
	for range 3 + g.r.IntN(4) {
		fmt.Fprintf(&body, " %s.", g.words(10+g.r.IntN(15)))
	}
	fmt.Fprintf(&body, "\n\n(Item %d.)", i)
	text := body.String()
	sum := sha256.Sum256([]byte(text))
	br := &briefs.Brief{
		Title: title, Source: g.srcs[i%len(g.srcs)], Published: at.Add(-time.Hour),
		Dateline: briefs.Dateline{Place: place, Date: at.Format("2006-01-02"), Source: g.srcs[i%len(g.srcs)]},
		Body:     text, Hash: hex.EncodeToString(sum[:]), IngestedAt: at,
		Summary: title + ". " + g.words(20) + ".", SummaryMethod: "extractive",
	}
	if i%10 == 0 {
		day := at.AddDate(0, 0, g.r.IntN(7)).Format("2006-01-02")
		br.Meetings = []briefs.Meeting{{
			Title: "Meeting on " + g.words(3), Date: day, Precision: briefs.PrecisionDay, Place: place,
			Status: briefs.StatusUpcoming, Evidence: g.words(12), Key: fmt.Sprintf("m-%d", i%500),
		}}
	}
	return br
}
