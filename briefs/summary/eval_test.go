package summary

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

// firstLines returns the first n lines of the dev set.
func firstLines(t testing.TB, n int) []byte {
	t.Helper()
	f, err := os.Open(evalPath(t))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	var b bytes.Buffer
	for i := 0; i < n && sc.Scan(); i++ {
		b.Write(sc.Bytes())
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// TestBeatsLeadOnDev runs the evaluation on the first 200 dev stories and
// checks the summariser beats Lead-k on ROUGE-1 and ROUGE-2 under both
// protocols.
func TestBeatsLeadOnDev(t *testing.T) {
	data := firstLines(t, 200)
	rep, err := evalWith(context.Background(), bytes.NewReader(data), nil, defaultParams, false, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Docs != 200 {
		t.Fatalf("scored %d documents, want 200", rep.Docs)
	}
	for _, proto := range []string{ProtocolRef, Protocol3} {
		p, _ := rep.Get(proto, SystemProject)
		l, _ := rep.Get(proto, SystemLead)
		t.Logf("%s: project %.1f/%.1f/%.1f, Lead-k %.1f/%.1f/%.1f", proto, p.R1, p.R2, p.RL, l.R1, l.R2, l.RL)
		if p.R1 <= l.R1 || p.R2 <= l.R2 {
			t.Errorf("%s: project %.1f/%.1f does not beat Lead-k %.1f/%.1f", proto, p.R1, p.R2, l.R1, l.R2)
		}
	}
}

func TestEvalReport(t *testing.T) {
	doc := func(id, text, summary string, sents ...string) string {
		q := make([]string, len(sents))
		for i, s := range sents {
			q[i] = fmt.Sprintf("%q", s)
		}
		return fmt.Sprintf(`{"id":%q,"text":%q,"summary":%q,"summary_sentences":[%s]}`, id, text, summary, strings.Join(q, ","))
	}
	text := "Rain fell. The river rose to a record level on Monday. Boats stayed in port. The river level fell on Tuesday."
	in := doc("a", text, "The river rose to a record level on Monday.", "The river rose to a record level on Monday.") + "\n"
	var out strings.Builder
	var calls int
	rep, err := Eval(context.Background(), strings.NewReader(in), &out, func(int) { calls++ }, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Rows) != 6 || rep.Docs != 1 {
		t.Fatalf("report = %+v", rep)
	}
	// The oracle finds the reference sentence exactly; Lead-1 is "Rain fell."
	if o, _ := rep.Get(ProtocolRef, SystemOracle); o.R1 != 100 || o.R2 != 100 {
		t.Errorf("oracle = %+v, want 100", o)
	}
	if l, _ := rep.Get(ProtocolRef, SystemLead); l.R1 != 0 {
		t.Errorf("Lead-1 = %+v, want 0", l)
	}
	for _, want := range []string{"| k=ref | greedy oracle | 100.0 | 100.0 | 100.0 |", "| k=3 | Lead-k |", "docs/s"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
	if _, err := Eval(context.Background(), strings.NewReader(in+"{oops\n"), &out, nil, nil, nil); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("bad line error = %v, want one naming line 2", err)
	}
	if _, err := Eval(context.Background(), strings.NewReader(`{"id":"x","text":"t"}`), &out, nil, nil, nil); err == nil {
		t.Error("a line without a summary must be an error")
	}
}

// BenchmarkSummarize reports how many dev stories a second one core
// summarises (split, clean, score, select), at two sentences.
func BenchmarkSummarize(b *testing.B) {
	docs, err := readEvalDocs(bytes.NewReader(firstLines(b, 1058)))
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		Summarize(docs[i%len(docs)].Text, Options{Sentences: 2})
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkRunJSONL reports `summarize -jsonl` throughput on the dev
// stories (decode, summarise, encode), in docs/s.
func BenchmarkRunJSONL(b *testing.B) {
	data := firstLines(b, 1058)
	lines := bytes.Count(data, []byte("\n"))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var out bytes.Buffer
		if _, err := RunJSONL(context.Background(), bytes.NewReader(data), &out, Options{Sentences: 2}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(lines*b.N)/b.Elapsed().Seconds(), "docs/s")
}
