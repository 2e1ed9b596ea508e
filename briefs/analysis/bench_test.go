package analysis_test

import (
	"bufio"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/analysis"
	"github.com/briefbot/briefbot/briefs/analysis/reading"
	"github.com/briefbot/briefbot/briefs/samples"
	"github.com/briefbot/briefbot/internal/benchcpu"
)

// benchBriefs are the sample briefs and, when the shared eval folder is
// there (BRIEFBOT_EVAL_DIR or ../../../shared/eval), the meetings dev
// stories, each read as ingest reads it.
func benchBriefs(tb testing.TB) []briefs.Brief {
	tb.Helper()
	ingested := time.Date(2025, 12, 4, 9, 0, 0, 0, time.UTC)
	var out []briefs.Brief
	names, _ := fs.Glob(samples.FS, "briefs/*.txt")
	for _, name := range names {
		data, err := fs.ReadFile(samples.FS, name)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, analysis.Document(name, string(data), time.Time{}, ingested))
	}
	dir := os.Getenv("BRIEFBOT_EVAL_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "eval")
	}
	f, err := os.Open(filepath.Join(dir, "meetings.dev.jsonl"))
	if err != nil {
		tb.Logf("dev stories not available: %v", err)
		return out
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		var d struct{ ID, Text, Published string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			tb.Fatal(err)
		}
		pub, _ := time.Parse("2006-01-02", d.Published)
		out = append(out, analysis.Document(d.ID+".txt", d.Text, pub, pub))
	}
	return out
}

// BenchmarkBrief reports the analysis pass (dateline, summary, dates and
// meetings of one brief already read by ingest) in µs per brief, per
// wall-clock and per CPU second.
func BenchmarkBrief(b *testing.B) {
	docs := benchBriefs(b)
	ctx := context.Background()
	a := analysis.Analyzer{}
	b.ResetTimer()
	cpu0 := benchcpu.Used()
	for i := 0; i < b.N; i++ {
		d := docs[i%len(docs)]
		a.Brief(ctx, &d)
	}
	reportPerBrief(b, cpu0)
}

// reportPerBrief reports µs per brief, per wall-clock and per CPU second
// used since cpu0.
func reportPerBrief(b *testing.B, cpu0 time.Duration) {
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/brief")
	if cpu := benchcpu.Used() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-µs/brief")
	}
}

// BenchmarkReading reports the reading alone (dateline, reference day,
// sentences, tokens, temporal expressions) in µs per brief: what storing
// the reading at ingest would save a later pass (reindex, extract).
func BenchmarkReading(b *testing.B) {
	docs := benchBriefs(b)
	b.ResetTimer()
	cpu0 := benchcpu.Used()
	for i := 0; i < b.N; i++ {
		reading.Of(docs[i%len(docs)])
	}
	reportPerBrief(b, cpu0)
}
