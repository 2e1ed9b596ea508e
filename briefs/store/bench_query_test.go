package store_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/briefbot/briefbot/briefs/store"
)

// BenchmarkQueries times the read paths commands use on a 10,000-brief store.
func BenchmarkQueries(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	ingest(b, dir, corpus(b, 10000), 500)
	s, err := store.Open(ctx, filepath.Join(dir, "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	cases := []struct {
		name string
		fn   func() (int, error)
	}{
		{"Brief", func() (int, error) { br, err := s.Brief(ctx, 5000); return len(br.Meetings), err }},
		{"Latest10", func() (int, error) { bs, err := s.Latest(ctx, 10); return len(bs), err }},
		{"Search10/common", func() (int, error) { bs, err := s.Search(ctx, "government", 10); return len(bs), err }},
		{"Search10/two-words", func() (int, error) { bs, err := s.Search(ctx, "dollar euro", 10); return len(bs), err }},
		{"Meetings/week", func() (int, error) {
			ms, err := s.Meetings(ctx, store.MeetingQuery{From: "2025-03-03", To: "2025-03-09"})
			return len(ms), err
		}},
		{"Meetings/all", func() (int, error) { ms, err := s.Meetings(ctx, store.MeetingQuery{}); return len(ms), err }},
		{"Meetings/keyword", func() (int, error) {
			ms, err := s.Meetings(ctx, store.MeetingQuery{Keywords: []string{"greenspan"}, Limit: 20})
			return len(ms), err
		}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			var n int
			for b.Loop() {
				if n, err = c.fn(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n), "results")
		})
	}
}
