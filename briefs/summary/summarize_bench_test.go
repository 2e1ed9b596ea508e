package summary

import "testing"

// BenchmarkSummarizeHuge times the summary of a 20,000-sentence text
// (go test -run ^$ -bench SummarizeHuge -benchtime 3x ./briefs/summary).
func BenchmarkSummarizeHuge(b *testing.B) {
	text := hugeReport(20000)
	for b.Loop() {
		Summarize(text, Options{Sentences: 3, MaxChars: 400})
	}
}
