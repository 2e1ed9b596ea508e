package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func BenchmarkParseDateline(b *testing.B) {
	ingested := date("2026-01-15T00:00:00Z")
	for b.Loop() {
		ParseDateline(iansSample, time.Time{}, ingested)
	}
}

func BenchmarkFromText(b *testing.B) {
	opts := Options{Now: date("2026-01-15T00:00:00Z")}
	b.SetBytes(int64(len(iansSample)))
	for b.Loop() {
		FromText("", iansSample, time.Time{}, opts)
	}
}

// jsonlBatch is n JSON briefs, one a line.
func jsonlBatch(n int) []byte {
	var sb strings.Builder
	for i := range n {
		line, _ := json.Marshal(map[string]any{"id": i, "text": iansSample, "published": "2025-12-04", "desk": "asia"})
		sb.Write(line)
		sb.WriteByte('\n')
	}
	return []byte(sb.String())
}

func BenchmarkParseJSONL1000(b *testing.B) {
	data := jsonlBatch(1000)
	opts := Options{Now: date("2026-01-15T00:00:00Z")}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if items := Parse("batch.jsonl", data, opts); len(items) != 1000 {
			b.Fatalf("%d items", len(items))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1000/1000, "µs/brief")
}

func BenchmarkHTMLToText(b *testing.B) {
	page, err := os.ReadFile(filepath.Join("testdata", "in", "page.html"))
	if err != nil {
		b.Fatal(err)
	}
	page = []byte(strings.Replace(string(page), "</article>", strings.Repeat("<p>"+iansSample+"</p>\n", 20)+"</article>", 1))
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, _, err := HTMLToText(strings.NewReader(string(page))); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWalk(b *testing.B) {
	dir := b.TempDir()
	for i := range 200 {
		name := filepath.Join(dir, fmt.Sprintf("d%d", i%10), fmt.Sprintf("brief%03d.txt", i))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(name, []byte("Wreath laid\n\n"+iansSample), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		n := 0
		err := Walk(context.Background(), []string{dir}, Options{}, func(it Item) error {
			if it.Err != nil {
				return it.Err
			}
			n++
			return nil
		})
		if err != nil || n != 200 {
			b.Fatalf("Walk: %v, %d briefs", err, n)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/200/1000, "µs/file")
}
