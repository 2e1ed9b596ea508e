package commands_test

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
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/analysis"
	"github.com/briefbot/briefbot/briefs/store"
)

// devSets are the development sets the benchmark store is made of.
var devSets = []string{"../../../shared/eval/summaries.dev.jsonl", "../../../shared/eval/meetings.dev.jsonl"}

// benchBase is when the benchmark store's first brief was published.
var benchBase = time.Date(2025, 9, 1, 6, 0, 0, 0, time.UTC)

// analysedDocs reads the development sets and analyses every story once
// (summary, meetings) as ingest would, published at benchBase unless the
// story gives a date. It skips the benchmark when the sets are absent.
func analysedDocs(tb testing.TB) []briefs.Brief {
	tb.Helper()
	var out []briefs.Brief
	for _, path := range devSets {
		f, err := os.Open(path)
		if errors.Is(err, fs.ErrNotExist) {
			tb.Skipf("development set %s not present", path)
		}
		if err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var d struct{ ID, Title, Text, Published string }
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				tb.Fatalf("%s: %v", path, err)
			}
			pub := benchBase
			if t, err := time.Parse("2006-01-02", d.Published); err == nil {
				pub = t.Add(6 * time.Hour)
			}
			b := analysis.Document(d.ID+".txt", d.Title+"\n\n"+d.Text, pub, pub)
			b.ExternalID, b.Title, b.Source = d.ID, d.Title, "dev"
			analysis.Analyzer{}.Brief(context.Background(), &b)
			out = append(out, b)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
	}
	return out
}

// benchStore opens the store dsn (a SQLite path or a PostgreSQL URL) and,
// when it holds no brief, writes n briefs into it: the analysed development
// stories over and over, copy c published c days after the first and its
// meetings moved by as many days, keyed per copy (each copy reports its own
// meetings), with distinct bodies. Briefs go in 1,000 a transaction, as
// ingest batches them, without analysing them again.
func benchStore(tb testing.TB, dsn string, n int) *store.Store {
	tb.Helper()
	ctx := context.Background()
	s, err := store.OpenWith(ctx, dsn, store.OpenOptions{Now: func() time.Time { return benchBase }})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	if have, err := s.Count(ctx); err != nil || have > 0 {
		if err != nil {
			tb.Fatal(err)
		}
		return s
	}
	start := time.Now()
	docs := analysedDocs(tb)
	const batch = 1000
	for i := 0; i < n; i += batch {
		bs := make([]*briefs.Brief, 0, batch)
		for j := i; j < min(i+batch, n); j++ {
			bs = append(bs, redated(docs[j%len(docs)], j/len(docs), j))
		}
		if _, err := s.AddBriefs(ctx, bs); err != nil {
			tb.Fatal(err)
		}
	}
	tb.Logf("wrote %d briefs in %v", n, time.Since(start).Round(time.Second))
	return s
}

// redated is copy c of d, the store's brief number i.
func redated(d briefs.Brief, c, i int) *briefs.Brief {
	b := d
	b.Body = fmt.Sprintf("%s\n\n(Update %d.)", d.Body, i)
	sum := sha256.Sum256([]byte(b.Body))
	b.Hash = hex.EncodeToString(sum[:])
	b.ExternalID = fmt.Sprintf("%s#%d", d.ExternalID, i)
	b.Published = d.Published.AddDate(0, 0, c)
	b.IngestedAt = b.Published
	b.Meetings = make([]briefs.Meeting, len(d.Meetings))
	for k, m := range d.Meetings {
		m.Date, m.EndDate = shiftDate(m.Date, c), shiftDate(m.EndDate, c)
		if m.Key != "" {
			m.Key = fmt.Sprintf("%s#%d", m.Key, c)
		}
		b.Meetings[k] = m
	}
	return &b
}

// shiftDate moves a meeting date ("2025-12-04" or "2025-12") by days.
func shiftDate(date string, days int) string {
	for _, layout := range []string{"2006-01-02", "2006-01"} {
		if t, err := time.Parse(layout, date); err == nil {
			return t.AddDate(0, 0, days).Format(layout)
		}
	}
	return date
}

// benchDSN is the store a benchmark uses: BRIEFBOT_BENCH_STORE when set (a
// SQLite path or a PostgreSQL URL, filled the first time and reused after,
// so that repeated runs skip writing it), else a new file in dir.
func benchDSN(dir string) string {
	if p := os.Getenv("BRIEFBOT_BENCH_STORE"); p != "" {
		return p
	}
	return filepath.Join(dir, "bench.db")
}
