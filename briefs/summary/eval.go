package summary

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefs/sentences"
)

// Row is one system's mean scores under one protocol, F1 x 100.
type Row struct {
	Protocol   string // "k=ref" or "k=3"
	System     string // "project", "Lead-k", "greedy oracle"
	R1, R2, RL float64
}

// Report is the result of Eval.
type Report struct {
	Docs       int
	Rows       []Row
	DocsPerSec float64 // the project summariser, split and select, one goroutine
}

// Get returns the row for protocol and system.
func (r Report) Get(protocol, system string) (Row, bool) {
	for _, row := range r.Rows {
		if row.Protocol == protocol && row.System == system {
			return row, true
		}
	}
	return Row{}, false
}

// evalDoc is one line of the evaluation file.
type evalDoc struct {
	ID               string   `json:"id"`
	Text             string   `json:"text"`
	Summary          string   `json:"summary"`
	SummarySentences []string `json:"summary_sentences"`
}

// Systems and protocols in the report, in order.
const (
	SystemProject = "project"
	SystemLead    = "Lead-k"
	SystemOracle  = "greedy oracle"
	ProtocolRef   = "k=ref"
	Protocol3     = "k=3"
)

// Eval runs `briefbot eval summaries FILE`: it scores the project's
// summariser, Lead-k and the greedy oracle on every story of r (JSON lines
// with id, text, summary, summary_sentences) under both protocols and
// writes the report table to w. progress (may be nil) is called every 50
// documents.
func Eval(ctx context.Context, r io.Reader, w io.Writer, progress func(done int)) (Report, error) {
	rep, err := evalWith(ctx, r, progress, defaultParams, true)
	if err != nil {
		return rep, err
	}
	return rep, WriteReport(w, rep)
}

// evalWith scores with the given params; the oracle is optional because it
// is the slow part.
func evalWith(ctx context.Context, r io.Reader, progress func(int), p params, oracle bool) (Report, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	systems := []string{SystemProject, SystemLead}
	if oracle {
		systems = append(systems, SystemOracle)
	}
	sums := map[string]*Scores{}
	var spent time.Duration
	docs, line := 0, 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		if err := ctx.Err(); err != nil {
			return Report{}, fmt.Errorf("summary: eval: %w", err)
		}
		var d evalDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return Report{}, fmt.Errorf("summary: eval: line %d: %w", line, err)
		}
		if d.Text == "" || d.Summary == "" || len(d.SummarySentences) == 0 {
			return Report{}, fmt.Errorf("summary: eval: line %d: need text, summary and summary_sentences", line)
		}
		ref := Tokenize(d.Summary)
		for _, proto := range []struct {
			name string
			k    int
		}{{ProtocolRef, len(d.SummarySentences)}, {Protocol3, 3}} {
			start := time.Now()
			sents := storySentences(d.Text, 0)
			idx := selectWith(sents, proto.k, p)
			spent += time.Since(start)
			add(sums, proto.name+"\x00"+SystemProject, RougeTokens(joinTokens(sents, idx), ref))
			add(sums, proto.name+"\x00"+SystemLead, RougeTokens(joinTokens(sents, lead(len(sents), proto.k)), ref))
			if oracle {
				add(sums, proto.name+"\x00"+SystemOracle, RougeTokens(joinTokens(sents, greedyOracle(sents, ref, proto.k)), ref))
			}
		}
		docs++
		if progress != nil && docs%50 == 0 {
			progress(docs)
		}
	}
	if err := sc.Err(); err != nil {
		return Report{}, fmt.Errorf("summary: eval: read: %w", err)
	}
	if docs == 0 {
		return Report{}, fmt.Errorf("summary: eval: no documents")
	}
	rep := Report{Docs: docs}
	if spent > 0 {
		rep.DocsPerSec = float64(2*docs) / spent.Seconds()
	}
	for _, proto := range []string{ProtocolRef, Protocol3} {
		for _, sys := range systems {
			s := sums[proto+"\x00"+sys]
			f := 100 / float64(docs)
			rep.Rows = append(rep.Rows, Row{Protocol: proto, System: sys, R1: s.R1 * f, R2: s.R2 * f, RL: s.RL * f})
		}
	}
	return rep, nil
}

func add(sums map[string]*Scores, key string, s Scores) {
	t := sums[key]
	if t == nil {
		t = &Scores{}
		sums[key] = t
	}
	t.R1 += s.R1
	t.R2 += s.R2
	t.RL += s.RL
}

func lead(n, k int) []int {
	k = min(k, n)
	out := make([]int, k)
	for i := range out {
		out[i] = i
	}
	return out
}

// joinTokens tokenises the chosen sentences in document order.
func joinTokens(sents []sentences.Sentence, idx []int) []string {
	parts := make([]string, len(idx))
	for i, j := range idx {
		parts[i] = sents[j].Text
	}
	return Tokenize(strings.Join(parts, " "))
}

// greedyOracle adds, up to k times, the sentence that most raises
// ROUGE-1 + ROUGE-2 F1 against ref, stopping when none raises it.
func greedyOracle(sents []sentences.Sentence, ref []string, k int) []int {
	var chosen []int
	best := 0.0
	for len(chosen) < k {
		pick := -1
		for i := range sents {
			if contains(chosen, i) {
				continue
			}
			cand := insertSorted(chosen, i)
			s := RougeTokens(joinTokens(sents, cand), ref)
			if v := s.R1 + s.R2; v > best {
				best, pick = v, i
			}
		}
		if pick < 0 {
			break
		}
		chosen = insertSorted(chosen, pick)
	}
	return chosen
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func insertSorted(xs []int, x int) []int {
	out := make([]int, 0, len(xs)+1)
	done := false
	for _, y := range xs {
		if !done && x < y {
			out = append(out, x)
			done = true
		}
		out = append(out, y)
	}
	if !done {
		out = append(out, x)
	}
	return out
}

// WriteReport writes rep as a Markdown table.
func WriteReport(w io.Writer, rep Report) error {
	var b strings.Builder
	fmt.Fprintf(&b, "summaries: %d documents, project summariser %.0f docs/s (split + select, one goroutine)\n\n", rep.Docs, rep.DocsPerSec)
	b.WriteString("| protocol | system | ROUGE-1 | ROUGE-2 | ROUGE-L |\n|---|---|---|---|---|\n")
	for _, r := range rep.Rows {
		fmt.Fprintf(&b, "| %s | %s | %.1f | %.1f | %.1f |\n", r.Protocol, r.System, r.R1, r.R2, r.RL)
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("summary: write report: %w", err)
	}
	return nil
}
