package digest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// genWindow makes n reproducible briefs of Zipf-distributed words, numbers
// and a few accented words; one in five repeats an earlier story's title
// and most of its lead with other words added, so there are near-duplicates to group.
func genWindow(n int) []briefs.Brief {
	r := rand.New(rand.NewPCG(11, 4))
	vocab := []string{"Zürich", "São", "Paulo", "Straße", "Łódź"}
	for len(vocab) < 3000 {
		var w []byte
		for range 3 + r.IntN(6) {
			w = append(w, byte('a'+r.IntN(26)))
		}
		vocab = append(vocab, string(w))
	}
	z := rand.NewZipf(r, 1.1, 2, uint64(len(vocab)-1))
	words := func(k int, numbers bool) string {
		ws := make([]string, k)
		for i := range ws {
			if numbers && r.IntN(12) == 0 {
				ws[i] = fmt.Sprint(r.IntN(40))
			} else {
				ws[i] = vocab[z.Uint64()]
			}
		}
		return strings.Join(ws, " ")
	}
	bs := make([]briefs.Brief, n)
	for i := range bs {
		b := briefs.Brief{ID: int64(i + 1), Title: words(8, true), Body: words(70, true)}
		if i > 0 && r.IntN(5) == 0 {
			prev := bs[max(0, i-1-r.IntN(200))]
			b.Title = prev.Title + " " + words(1, false)
			b.Body = lead(prev)[:len(lead(prev))*3/4] + " " + words(10, false)
		}
		if r.IntN(4) == 0 {
			b.Summary, b.Body = b.Body, ""
		}
		bs[i] = b
	}
	return bs
}

// groups lists each story's brief ids.
func groups(ss []*story) [][]int64 {
	out := make([][]int64, len(ss))
	for i, s := range ss {
		for _, b := range s.briefs {
			out[i] = append(out[i], b.ID)
		}
	}
	return out
}

func TestClusterParallelMatchesSequential(t *testing.T) {
	bs := genWindow(3000)
	seq, err := clusterOn(context.Background(), bs, 1)
	if err != nil {
		t.Fatal(err)
	}
	want := groups(seq)
	merged := 0
	for _, g := range want {
		merged += len(g) - 1
	}
	if merged == 0 || len(want) < 100 {
		t.Fatalf("generated window: %d stories, %d briefs merged; want both many", len(want), merged)
	}
	for _, workers := range []int{2, 3, 8} {
		par, err := clusterOn(context.Background(), bs, workers)
		if err != nil {
			t.Fatal(err)
		}
		if got := groups(par); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%d workers: %d stories, sequential %d; groups differ", workers, len(got), len(want))
		}
		for i := range par {
			if !slices.Equal(par[i].vec.ids, seq[i].vec.ids) || !slices.Equal(par[i].vec.w, seq[i].vec.w) {
				t.Errorf("%d workers: story %d: weighted words differ from the sequential run", workers, i)
				break
			}
		}
	}
}

func TestClusterCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := clusterOn(ctx, genWindow(600), 2); err == nil {
		t.Fatal("cluster of a cancelled context: no error")
	}
}

// BenchmarkCluster groups a generated window of 5,000 briefs on one worker
// and on GOMAXPROCS workers.
func BenchmarkCluster(b *testing.B) {
	bs := genWindow(5000)
	for _, w := range []int{1, workers()} {
		b.Run(fmt.Sprintf("workers-%d", w), func(b *testing.B) {
			for b.Loop() {
				if _, err := clusterOn(context.Background(), bs, w); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
