package timex

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var datesDiag = flag.String("datesdiag", "", "slice of the dates dev set to diagnose: tune (4 documents in 5: scores and errors) or held (every 5th document: score only)")

// TestDiagnoseDates scores a slice of the dates dev set, split by document:
// every 5th document is the held-out slice, whose errors are never printed,
// so its score stays an honest figure for unseen stories. The tuning slice
// prints every miss, false alarm and wrong value. A tool, not a check; it
// skips without -datesdiag.
func TestDiagnoseDates(t *testing.T) {
	if *datesDiag == "" {
		t.Skip("no -datesdiag slice")
	}
	held := *datesDiag == "held"
	f, err := os.Open(devFile(t))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	var c Counts
	var rep Report
	var b strings.Builder
	for n := 0; sc.Scan(); n++ {
		if (n%5 == 4) != held {
			continue
		}
		var g GoldDoc
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		ref, err := ParsePublished(g.Published)
		if err != nil {
			t.Fatal(err)
		}
		pred := Find(g.Text, ref)
		c.Add(Score(g.Timex, pred))
		rep.Docs++
		if !held {
			diagnoseDoc(&b, g, pred)
		}
	}
	rep.fill(c)
	var out strings.Builder
	_ = rep.Write(&out)
	t.Log("\n" + out.String() + "\n" + b.String())
}

func diagnoseDoc(b *strings.Builder, g GoldDoc, pred []Expr) {
	used := make([]bool, len(pred))
	rs := []rune(g.Text)
	ctx := func(s, e int) string {
		a, z := max(0, s-50), min(len(rs), e+30)
		return strings.ReplaceAll(string(rs[a:s])+"[["+string(rs[s:e])+"]]"+string(rs[e:z]), "\n", " ")
	}
	for _, x := range g.Timex {
		found := false
		for j, p := range pred {
			if used[j] || p.Start >= x.End || x.Start >= p.End {
				continue
			}
			used[j], found = true, true
			if p.Value != x.Value {
				fmt.Fprintf(b, "VAL  %s %q %s %s want %q %s %s | %s\n", g.ID, p.Text, p.Type, p.Value, x.Text, x.Type, x.Value, ctx(x.Start, x.End))
			}
			break
		}
		if !found {
			fmt.Fprintf(b, "MISS %s %q %s %s | %s\n", g.ID, x.Text, x.Type, x.Value, ctx(x.Start, x.End))
		}
	}
	for j, p := range pred {
		if !used[j] {
			fmt.Fprintf(b, "FA   %s %q %s %s | %s\n", g.ID, p.Text, p.Type, p.Value, ctx(p.Start, p.End))
		}
	}
}
