package store

import (
	"context"
	"os"
	"strconv"
	"syscall"
	"testing"
	"time"
)

func BenchmarkZZSearch(b *testing.B) {
	ctx := context.Background()
	s, err := OpenWith(ctx, os.Getenv("ZZ_DB"), OpenOptions{Now: func() time.Time { return time.Date(2026, 3, 21, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	terms := searchTerms(os.Getenv("ZZ_Q"))
	write := os.Getenv("ZZ_WRITE") != ""
	part := os.Getenv("ZZ_PART")
	query, args := sqliteSearchLists(terms, SearchNewest)
	ids := []int64{}
	{
		bs, _, err := sqliteSearch(ctx, s, terms, SearchNewest, 6, briefListColumns)
		if err != nil {
			b.Fatal(err)
		}
		for _, x := range bs {
			ids = append(ids, x.ID)
		}
	}
	n := int64(1 << 40)
	cpuNow := func() time.Duration {
		var ru syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	c0 := cpuNow()
	defer func() { b.ReportMetric(float64((cpuNow()-c0).Microseconds())/float64(b.N), "cpu-us/op") }()
	for b.Loop() {
		if write {
			n++
			if _, err := s.FirstSeen(ctx, "telegram", strconv.FormatInt(n, 10)); err != nil {
				b.Fatal(err)
			}
		}
		switch part {
		case "lists":
			rows, err := s.query(ctx, true, query, args...)
			if err != nil {
				b.Fatal(err)
			}
			for rows.Next() {
			}
			rows.Close()
		case "briefs":
			if _, err := s.briefsByID(ctx, ids, briefListColumns); err != nil {
				b.Fatal(err)
			}
		case "sql":
			rows, err := s.query(ctx, true, os.Getenv("ZZ_SQL"), args...)
			if err != nil {
				b.Fatal(err)
			}
			for rows.Next() {
			}
			rows.Close()
		case "none":
		default:
			if _, err := s.SearchFor(ctx, SearchQuery{Words: os.Getenv("ZZ_Q"), Limit: 6, NoBody: true}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
