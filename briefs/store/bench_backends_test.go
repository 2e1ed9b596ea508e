package store_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs/store"
	"github.com/briefbot/briefbot/briefs/store/storetest"
)

// BenchmarkBackends ingests the same briefs (100,000, or
// BRIEFBOT_BENCH_BRIEFS) into SQLite and, when BRIEFBOT_TEST_POSTGRES is set,
// PostgreSQL, 500 a transaction, then times the queries behind /meetings and
// /search on each, and prints them side by side. Run it once:
//
//	go test -run '^$' -bench Backends -benchtime 1x ./briefs/store
func BenchmarkBackends(b *testing.B) {
	n := 100000
	if v, err := strconv.Atoi(os.Getenv("BRIEFBOT_BENCH_BRIEFS")); err == nil && v > 0 {
		n = v
	}
	backends := []struct {
		name string
		dsn  func() string
	}{
		{"sqlite", func() string { return filepath.Join(b.TempDir(), "bench.db") }},
		{"postgres", func() string { return storetest.PostgresURL(b) }},
	}
	for _, be := range backends {
		b.Run(be.name, func(b *testing.B) {
			dsn := be.dsn() // skips postgres when it is not configured
			for b.Loop() {
				benchBackend(b, dsn, n)
			}
		})
	}
}

func benchBackend(b *testing.B, dsn string, n int) {
	ctx := context.Background()
	s, err := store.OpenWith(ctx, dsn, store.OpenOptions{Now: storetest.Clock})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	bs := corpus(b, n)
	start := time.Now()
	for i := 0; i < len(bs); i += 500 {
		if _, err := s.AddBriefs(ctx, bs[i:min(i+500, len(bs))]); err != nil {
			b.Fatal(err)
		}
	}
	rate := float64(n) / time.Since(start).Seconds()
	b.ReportMetric(rate, "ingest-briefs/s")
	b.Logf("%d briefs ingested at %.0f briefs/s", n, rate)
	queries := []struct {
		name string
		fn   func() (int, error)
	}{
		{"search/common", func() (int, error) { r, err := s.Search(ctx, "government", 10); return len(r), err }},
		{"search/two-words", func() (int, error) { r, err := s.Search(ctx, "dollar euro", 10); return len(r), err }},
		{"meetings/week", func() (int, error) {
			r, err := s.Meetings(ctx, store.MeetingQuery{From: "2025-03-03", To: "2025-03-09"})
			return len(r), err
		}},
		{"meetings/keyword", func() (int, error) {
			r, err := s.Meetings(ctx, store.MeetingQuery{Keywords: []string{"greenspan"}, Limit: 20})
			return len(r), err
		}},
	}
	for _, q := range queries {
		var times []time.Duration
		var results int
		for range 15 {
			t0 := time.Now()
			if results, err = q.fn(); err != nil {
				b.Fatalf("%s: %v", q.name, err)
			}
			times = append(times, time.Since(t0))
		}
		slices.Sort(times)
		med := times[len(times)/2]
		b.ReportMetric(float64(med.Microseconds())/1000, q.name+"-ms")
		b.Logf("%-18s median %8.2f ms, fastest %8.2f ms (%d results)", q.name,
			float64(med.Microseconds())/1000, float64(times[0].Microseconds())/1000, results)
	}
}
