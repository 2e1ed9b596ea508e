package digest

import (
	"context"
	"runtime"
	"slices"
	"sync"

	"github.com/briefbot/briefbot/briefs"
)

// prepared is what clustering needs of each brief: its weighted words and
// the words that find its candidate stories.
type prepared struct {
	vecs   []termVec
	probes [][]int32
}

// prepare tokenises and weighs bs on up to workers goroutines. Each worker
// numbers the words of a contiguous run of briefs in its own vocabulary;
// the runs' vocabularies are then merged in order, so every word gets the
// number a single pass over bs would give it (the order of first use), and
// the result does not depend on workers.
func prepare(ctx context.Context, bs []briefs.Brief, workers int) (prepared, *vocab, error) {
	runs := splitRuns(len(bs), workers)
	titles := make([][]int32, len(bs))
	sets := make([][]int32, len(bs))
	locals := make([]vocab, len(runs))
	parallel(runs, func(r int, lo, hi int) {
		v := &locals[r]
		v.ids = make(map[string]int32, 4096)
		for i := lo; i < hi; i++ {
			titles[i] = v.words(nil, bs[i].Title)
			sets[i] = v.words(slices.Clone(titles[i]), lead(bs[i]))
		}
	})
	if err := ctx.Err(); err != nil {
		return prepared{}, nil, err
	}
	// The first run's numbers are already those of a single pass.
	g := &locals[0]
	remap := make([][]int32, len(runs))
	for r := 1; r < len(locals); r++ {
		remap[r] = make([]int32, len(locals[r].list))
		for k, w := range locals[r].list {
			remap[r][k] = g.intern(w, locals[r].num[k])
		}
	}
	parallel(runs, func(r int, lo, hi int) {
		for i := lo; i < hi && r > 0; i++ {
			titles[i] = renumber(titles[i], remap[r])
			sets[i] = renumber(sets[i], remap[r])
		}
	})
	for _, set := range sets {
		for _, w := range set {
			g.df[w]++
		}
	}
	if err := ctx.Err(); err != nil {
		return prepared{}, nil, err
	}
	p := prepared{vecs: make([]termVec, len(bs)), probes: make([][]int32, len(bs))}
	n := float64(len(bs))
	parallel(runs, func(_ int, lo, hi int) {
		for i := lo; i < hi; i++ {
			p.vecs[i] = g.weigh(sets[i], titles[i], n)
			p.probes[i] = g.rarest(sets[i])
		}
	})
	return p, g, ctx.Err()
}

// renumber maps the ids of an ascending list in place and sorts it again.
func renumber(ids, to []int32) []int32 {
	for k, w := range ids {
		ids[k] = to[w]
	}
	slices.Sort(ids)
	return ids
}

// splitRuns cuts [0, n) into at most workers contiguous runs of about equal
// length, as [lo, hi) pairs; small inputs are one run.
func splitRuns(n, workers int) [][2]int {
	const minRun = 256 // below this a goroutine costs more than it saves
	workers = max(1, min(workers, n/minRun))
	runs := make([][2]int, 0, workers)
	for r := range workers {
		runs = append(runs, [2]int{n * r / workers, n * (r + 1) / workers})
	}
	return runs
}

// parallel calls f for each run, each on its own goroutine when there are
// several, and returns when all have returned.
func parallel(runs [][2]int, f func(r, lo, hi int)) {
	if len(runs) == 1 {
		f(0, runs[0][0], runs[0][1])
		return
	}
	var wg sync.WaitGroup
	for r, run := range runs {
		wg.Go(func() { f(r, run[0], run[1]) })
	}
	wg.Wait()
}

// workers is how many goroutines prepare uses.
func workers() int { return runtime.GOMAXPROCS(0) }
