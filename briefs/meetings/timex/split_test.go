package timex

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"sort"
	"strings"
	"testing"
)

// diag prints half A's errors; run as
// go test ./briefs/meetings/timex -run TestDevSplit -diag -v.
var diag = flag.Bool("diag", false, "print the errors on dev half A, grouped by kind")

// half puts a dev document in half "A" or "B" by a hash of its id, so that
// rules are tuned on A's errors and checked on B.
func half(id string) string {
	h := fnv.New32a()
	h.Write([]byte(id))
	if h.Sum32()%2 == 0 {
		return "A"
	}
	return "B"
}

// readDev loads the dev set.
func readDev(t *testing.T) []GoldDoc {
	t.Helper()
	f, err := os.Open(devFile(t))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []GoldDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for sc.Scan() {
		var g GoldDoc
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, g)
	}
	return docs
}

// TestDevSplit scores halves A and B of the dev set separately and, with
// -diag, lists A's errors by kind: missed gold, false alarms, wrong values.
func TestDevSplit(t *testing.T) {
	docs := readDev(t)
	counts := map[string]*Counts{"A": {}, "B": {}, "all": {}}
	kinds := map[string][]string{}
	for _, g := range docs {
		ref, err := ParsePublished(g.Published)
		if err != nil {
			t.Fatal(err)
		}
		pred := Find(g.Text, ref)
		c := Score(g.Timex, pred)
		h := half(g.ID)
		counts[h].Add(c)
		counts["all"].Add(c)
		if h == "A" && *diag {
			for k, lines := range diagnose(g, pred) {
				kinds[k] = append(kinds[k], lines...)
			}
		}
	}
	for _, h := range []string{"A", "B", "all"} {
		var rep Report
		rep.fill(*counts[h])
		t.Logf("%-3s gold %4d pred %4d  relaxed F1 %.3f  value F1 %.3f  full-date F1 %.3f  type %.3f",
			h, rep.Gold, rep.Predicted, rep.Relaxed.F1, rep.Value.F1, rep.FullDate.F1, rep.TypeAccuracy)
		if rep.Value.F1 < valueF1Floor-0.05 {
			t.Errorf("half %s value F1 = %.3f, want >= %.2f", h, rep.Value.F1, valueF1Floor-0.05)
		}
	}
	if !*diag {
		return
	}
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		sort.Strings(kinds[k])
		fmt.Printf("== %s (%d)\n%s\n", k, len(kinds[k]), strings.Join(kinds[k], "\n"))
	}
}

// diagnose classifies one document's errors: "miss TYPE", "false TYPE",
// "value TYPE", each line with the text, gold and predicted values and context.
func diagnose(g GoldDoc, pred []Expr) map[string][]string {
	out := map[string][]string{}
	runes := []rune(g.Text)
	ctx := func(s, e int) string {
		a, b := max(0, s-40), min(len(runes), e+40)
		return strings.ReplaceAll(string(runes[a:s])+"[["+string(runes[s:e])+"]]"+string(runes[e:b]), "\n", " ")
	}
	used := make([]bool, len(pred))
	for _, x := range g.Timex {
		found := -1
		for j, p := range pred {
			if !used[j] && p.Start < x.End && x.Start < p.End {
				found = j
				break
			}
		}
		if found < 0 {
			out["miss "+string(x.Type)] = append(out["miss "+string(x.Type)],
				fmt.Sprintf("%-22q %-14s %s | %s", x.Text, x.Value, g.Published, ctx(x.Start, x.End)))
			continue
		}
		used[found] = true
		p := pred[found]
		if p.Value != x.Value {
			out["value "+string(x.Type)] = append(out["value "+string(x.Type)],
				fmt.Sprintf("%-22q gold %-14s got %-14q %-14s %s | %s", x.Text, x.Value, p.Text, p.Value, g.Published, ctx(x.Start, x.End)))
		}
	}
	for j, p := range pred {
		if !used[j] {
			out["false "+string(p.Type)] = append(out["false "+string(p.Type)],
				fmt.Sprintf("%-22q %-14s %s | %s", p.Text, p.Value, g.Published, ctx(p.Start, p.End)))
		}
	}
	return out
}
