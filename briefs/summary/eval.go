package summary

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
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
	skip             int      // where the story starts after a dateline
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
// documents. now times the summariser for docs/s; nil skips the timing.
// storyStart (reading.StoryStart; nil: none) finds where each story starts
// after its dateline, as every other path of the summariser does.
func Eval(ctx context.Context, r io.Reader, w io.Writer, progress func(done int), now func() time.Time, storyStart func(text string) int) (Report, error) {
	rep, err := evalWith(ctx, r, progress, defaultParams, true, now, storyStart)
	if err != nil {
		return rep, err
	}
	return rep, WriteReport(w, rep)
}

// evalWith scores with the given params; the oracle is optional because it
// is the slow part. Documents are scored on every core; the project
// summariser is then timed alone on one goroutine.
func evalWith(ctx context.Context, r io.Reader, progress func(int), p params, oracle bool, now func() time.Time, storyStart func(string) int) (Report, error) {
	docs, err := readEvalDocs(r)
	if err != nil {
		return Report{}, err
	}
	if storyStart != nil {
		for i := range docs {
			docs[i].skip = storyStart(docs[i].Text)
		}
	}
	systems := []string{SystemProject, SystemLead}
	if oracle {
		systems = append(systems, SystemOracle)
	}
	protos := []string{ProtocolRef, Protocol3}
	// per[d][proto*len(systems)+sys]
	per := make([][]Scores, len(docs))
	var done atomic.Int64
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	var progressMu sync.Mutex
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(docs); i += workers {
				if ctx.Err() != nil {
					return
				}
				per[i] = scoreDoc(docs[i], p, oracle)
				if n := done.Add(1); progress != nil && n%50 == 0 {
					progressMu.Lock()
					progress(int(n))
					progressMu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return Report{}, fmt.Errorf("summary: eval: %w", err)
	}
	rep := Report{Docs: len(docs)}
	for pi, proto := range protos {
		for si, sys := range systems {
			var t Scores
			for _, s := range per {
				x := s[pi*3+si]
				t.R1 += x.R1
				t.R2 += x.R2
				t.RL += x.RL
			}
			f := 100 / float64(len(docs))
			rep.Rows = append(rep.Rows, Row{Protocol: proto, System: sys, R1: t.R1 * f, R2: t.R2 * f, RL: t.RL * f})
		}
	}
	if now == nil {
		return rep, nil
	}
	start := now()
	for _, d := range docs {
		for _, k := range []int{len(d.SummarySentences), 3} {
			sents, dateline := storySentences(d.Text, d.skip)
			selectWith(sents, k, p.forStory(sents, dateline))
		}
	}
	if spent := now().Sub(start); spent > 0 {
		rep.DocsPerSec = float64(2*len(docs)) / spent.Seconds()
	}
	return rep, nil
}

func readEvalDocs(r io.Reader) ([]evalDoc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	var docs []evalDoc
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var d evalDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("summary: eval: line %d: %w", line, err)
		}
		if d.Text == "" || d.Summary == "" || len(d.SummarySentences) == 0 {
			return nil, fmt.Errorf("summary: eval: line %d: need text, summary and summary_sentences", line)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("summary: eval: read: %w", err)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("summary: eval: no documents")
	}
	return docs, nil
}

// scoreDoc returns the scores of project, Lead-k and (if oracle) the
// oracle under k=ref then k=3, three slots per protocol.
func scoreDoc(d evalDoc, p params, oracle bool) []Scores {
	ref := Tokenize(d.Summary)
	sents, dateline := storySentences(d.Text, d.skip)
	ps := p.forStory(sents, dateline)
	toks := make([][]string, len(sents))
	for i, s := range sents {
		toks[i] = Tokenize(s.Text)
	}
	out := make([]Scores, 6)
	for pi, k := range []int{len(d.SummarySentences), 3} {
		out[pi*3] = RougeTokens(concat(toks, selectWith(sents, k, ps)), ref)
		out[pi*3+1] = RougeTokens(concat(toks, lead(len(sents), k)), ref)
		if oracle {
			out[pi*3+2] = RougeTokens(concat(toks, greedyOracle(toks, ref, k)), ref)
		}
	}
	return out
}

func concat(toks [][]string, idx []int) []string {
	var out []string
	for _, i := range idx {
		out = append(out, toks[i]...)
	}
	return out
}

func lead(n, k int) []int {
	k = min(k, n)
	out := make([]int, k)
	for i := range out {
		out[i] = i
	}
	return out
}

// greedyOracle adds, up to k times, the sentence that most raises
// ROUGE-1 + ROUGE-2 F1 against ref, stopping when none raises it.
func greedyOracle(toks [][]string, ref []string, k int) []int {
	r1, r2 := ngrams(ref, 1), ngrams(ref, 2)
	var chosen []int
	best := 0.0
	for len(chosen) < k {
		pick := -1
		for i := range toks {
			if contains(chosen, i) {
				continue
			}
			cand := concat(toks, insertSorted(chosen, i))
			v := ngramF1Map(cand, r1, len(ref), 1) + ngramF1Map(cand, r2, len(ref), 2)
			if v > best {
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
