package digest_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
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
	"github.com/briefbot/briefbot/internal/benchcpu"
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
// is built once, outside the timer, from sentences of the shared BBC
// evaluation set recombined at random (or from made-up words when the set is
// absent or BRIEFBOT_BENCH_TEXT=synthetic); BRIEFBOT_BENCH_STORE names an
// existing store to use instead. The compose sub-benchmark
// reports ms/op, briefs/s (briefs of the window composed per second) and the
// peak HeapInuse seen while composing; read times only the store query
// Compose starts with, to tell the store's share from the digest's;
// compose-3-destinations runs three composes at once, as three destinations
// sharing a slot do, and reports the slowest.
func BenchmarkComposeDay(b *testing.B) {
	ctx := context.Background()
	st, end, lastDay := benchStore(b)
	defer st.Close()
	since := end.Add(-24 * time.Hour)
	b.Run("read", func(b *testing.B) {
		var n int
		cpu0 := benchcpu.Used()
		for b.Loop() {
			bs, err := st.Window(ctx, since, end, 5000)
			if err != nil {
				b.Fatal(err)
			}
			n = len(bs)
		}
		b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/op")
		b.ReportMetric(float64((benchcpu.Used()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
		b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "briefs/s")
	})
	b.Run("compose", func(b *testing.B) {
		opts := digest.Options{Title: "Morning briefing", Now: end, Since: since}
		var d digest.Digest
		var err error
		runtime.GC()
		peak := sampleHeap()
		cpu0 := benchcpu.Used()
		for b.Loop() {
			d, err = digest.Compose(ctx, st, opts)
			if err != nil {
				b.Fatal(err)
			}
		}
		heap := peak()
		if d.Stories == 0 || d.Meetings == 0 {
			b.Fatalf("digest has %d stories and %d meetings, want some of each", d.Stories, d.Meetings)
		}
		b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/op")
		b.ReportMetric(float64((benchcpu.Used()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
		b.ReportMetric(float64(min(lastDay, 5000))*float64(b.N)/b.Elapsed().Seconds(), "briefs/s") // 5000: Options.MaxScan's default
		b.ReportMetric(float64(heap)/(1<<20), "peak-heap-MiB")
	})
	// 300 destinations due at the same slot, a third of them with a keyword
	// filter, ask a Shared pool of GOMAXPROCS workers at once: two distinct
	// digests are composed, and every destination has its digest when the
	// slowest returns.
	b.Run("shared-300-destinations", func(b *testing.B) {
		var slowest time.Duration
		runtime.GC()
		peak := sampleHeap()
		cpu0 := benchcpu.Used()
		for b.Loop() {
			sh := digest.NewShared(st, runtime.GOMAXPROCS(0), 16)
			t0 := time.Now()
			var wg sync.WaitGroup
			for i := range 300 {
				wg.Go(func() {
					opts := digest.Options{Title: "Morning briefing", Now: end, Since: since}
					if i%3 == 0 {
						opts.Filter.Keywords = []string{"government"}
					}
					if _, err := sh.Compose(ctx, opts); err != nil {
						b.Error(err)
					}
				})
			}
			wg.Wait()
			slowest = max(slowest, time.Since(t0))
		}
		b.ReportMetric(float64(slowest.Milliseconds()), "slowest-ms")
		b.ReportMetric(float64((benchcpu.Used()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
		b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MiB")
	})
}

// benchStoreEnv names an existing store to compose from instead (for
// example one `briefbot generate -store -n 1000000` built): the day composed
// is the 24 hours before its newest brief.
const benchStoreEnv = "BRIEFBOT_BENCH_STORE"

// benchStore returns the store to compose from, the end of the day to
// compose and the number of briefs in that day.
func benchStore(b *testing.B) (*store.Store, time.Time, int) {
	ctx := context.Background()
	if path := os.Getenv(benchStoreEnv); path != "" {
		st, err := store.OpenWith(ctx, path, store.OpenOptions{MustExist: true})
		if err != nil {
			b.Fatal(err)
		}
		total, err := st.Count(ctx)
		if err != nil {
			b.Fatal(err)
		}
		latest, err := st.Latest(ctx, 1)
		if err != nil || len(latest) == 0 {
			b.Fatalf("%s: newest brief: %v", path, err)
		}
		end := latest[0].IngestedAt.Add(time.Second)
		day, err := st.Window(ctx, end.Add(-24*time.Hour), end, 0)
		if err != nil {
			b.Fatal(err)
		}
		b.Logf("store %s: %d briefs, %d in the day composed (to %s)", path, total, len(day), end.UTC().Format(time.RFC3339))
		return st, end, len(day)
	}
	total := benchSize(b)
	lastDay := total / 20
	path := filepath.Join(b.TempDir(), "bench.db")
	st, err := store.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	g := newGen(b, 1)
	fillStore(b, st, g, total, lastDay)
	if n, err := st.Count(ctx); err != nil || n != total {
		b.Fatalf("store holds %d briefs (%v), want %d", n, err, total)
	}
	var size int64
	if info, err := os.Stat(path); err == nil {
		size = info.Size()
	}
	b.Logf("store: %d briefs (%d on the last day) of %s text built in %s, %.1f MB", total, lastDay, g.kind, time.Since(start).Round(time.Millisecond), float64(size)/1e6)
	return st, benchEnd, lastDay
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
func fillStore(b *testing.B, st *store.Store, g *gen, total, lastDay int) {
	b.Helper()
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

// benchTextEnv set to "synthetic" makes BenchmarkComposeDay use made-up
// words even when the evaluation set is present.
const benchTextEnv = "BRIEFBOT_BENCH_TEXT"

// corpusPath is the shared evaluation set, relative to this package.
const corpusPath = "../../../shared/eval/summaries.dev.jsonl"

// gen makes varied, reproducible briefs: titles and sentences drawn from a
// pool (real sentences, or made-up words by Zipf's law), one brief in eight
// a second report of a recent story (so the digest has near-duplicates to
// merge), one in ten mentioning a meeting in the coming days.
type gen struct {
	kind      string // "bbc" or "synthetic"
	r         *rand.Rand
	sentences []string // real sentences; nil for synthetic text
	titlePool []string
	zipf      *rand.Zipf
	vocab     []string
	places    []string
	srcs      []string
	titles    [][2]string // recent titles and leads, for second reports
}

func newGen(b *testing.B, seed uint64) *gen {
	g := &gen{kind: "synthetic", r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		places: []string{"New Delhi", "Moscow", "Brussels", "Washington", "Tokyo", "Nairobi", "Brasilia", "Canberra", "Ottawa", "Berlin"},
		srcs:   []string{"Reuters", "IANS", "PTI", "AP", "AFP", "BBC"}}
	if os.Getenv(benchTextEnv) != "synthetic" {
		g.loadCorpus(b)
	}
	syll := []string{"ka", "lo", "mi", "ra", "te", "vo", "sun", "der", "pol", "an", "is", "gra", "bel", "tor", "qui", "nes"}
	for len(g.vocab) < 5000 {
		var w strings.Builder
		for range 2 + g.r.IntN(3) {
			w.WriteString(syll[g.r.IntN(len(syll))])
		}
		g.vocab = append(g.vocab, w.String())
	}
	g.zipf = rand.NewZipf(g.r, 1.07, 2, uint64(len(g.vocab)-1))
	return g
}

// loadCorpus fills the sentence and title pools from the evaluation set,
// if it is there.
func (g *gen) loadCorpus(b *testing.B) {
	data, err := os.ReadFile(corpusPath)
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		b.Fatal(err)
	}
	for i, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var d struct{ Title, Text string }
		if err := json.Unmarshal(line, &d); err != nil {
			b.Fatalf("%s:%d: %v", corpusPath, i+1, err)
		}
		g.titlePool = append(g.titlePool, d.Title)
		for _, s := range strings.SplitAfter(strings.Join(strings.Fields(d.Text), " "), ". ") {
			if len(s) > 40 {
				g.sentences = append(g.sentences, strings.TrimSpace(s))
			}
		}
	}
	if len(g.sentences) > 0 {
		g.kind = "bbc"
	}
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

// sentence returns a real sentence, or made-up words ending in a full stop.
func (g *gen) sentence() string {
	if g.sentences != nil {
		return g.sentences[g.r.IntN(len(g.sentences))]
	}
	return g.words(10+g.r.IntN(15)) + "."
}

// title returns a new title: a real one with a made-up word (so titles
// differ), or made-up words.
func (g *gen) title() string {
	if g.titlePool != nil {
		return g.titlePool[g.r.IntN(len(g.titlePool))] + " " + g.words(1)
	}
	return g.words(8)
}

func (g *gen) brief(i int, at time.Time) *briefs.Brief {
	place := g.places[g.r.IntN(len(g.places))]
	src := g.srcs[i%len(g.srcs)]
	title := g.title()
	var lead string
	if len(g.titles) > 0 && g.r.IntN(8) == 0 { // a second report of a recent story
		k := g.r.IntN(len(g.titles))
		title, lead = g.titles[k][0], g.titles[k][1]
	} else {
		lead = g.sentence()
	}
	g.titles = append(g.titles, [2]string{title, lead})
	if len(g.titles) > 200 {
		g.titles = g.titles[1:]
	}
	var body strings.Builder
	fmt.Fprintf(&body, "%s, %s (%s) %s", place, at.Format("Jan 2"), src, lead)
	for range 3 + g.r.IntN(4) {
		body.WriteString(" " + g.sentence())
	}
	fmt.Fprintf(&body, "\n\n(Item %d.)", i)
	text := body.String()
	sum := sha256.Sum256([]byte(text))
	br := &briefs.Brief{
		Title: title, Source: src, Published: at.Add(-time.Hour),
		Dateline: briefs.Dateline{Place: place, Date: at.Format("2006-01-02"), Source: src},
		Body:     text, Hash: hex.EncodeToString(sum[:]), IngestedAt: at,
		Summary: lead + " " + g.sentence(), SummaryMethod: "extractive",
	}
	if i%10 == 0 {
		day := at.AddDate(0, 0, g.r.IntN(7)).Format("2006-01-02")
		br.Meetings = []briefs.Meeting{{
			Title: "Meeting on " + g.words(3), Date: day, Precision: briefs.PrecisionDay, Place: place,
			Status: briefs.StatusUpcoming, Evidence: g.sentence(), Key: fmt.Sprintf("m-%d", i%500),
		}}
	}
	return br
}
