package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"time"

	"github.com/briefbot/briefbot/bot"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/ingest"
	"github.com/briefbot/briefbot/briefs/store"
	"github.com/briefbot/briefbot/config"
)

// ingestBatch is how many briefs go into the store per transaction; a
// batch ends sooner when its briefs' text reaches ingestBatchBytes, so
// that the batches in flight (see enrichedAhead) bound the memory they
// hold whatever the briefs' size.
const (
	ingestBatch      = 256
	ingestBatchBytes = 4 << 20
)

// ingestStats counts what an ingest run did.
type ingestStats struct {
	added, duplicates, failed int
}

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := flagSet(e, "ingest")
	var sf storeFlags
	sf.register(fs)
	maxBytes := fs.Int64("max-bytes", 1<<20, "largest file or JSON line accepted, in bytes")
	format := fs.String("format", "", "`format` of standard input (-): txt, md, html, json or jsonl (default: guessed from the first bytes)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the ingest to `file`, for go tool pprof; samples carry a stage label (read, analyse, store)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageErr("give at least one file or folder, or - for standard input")
	}
	src, err := inputs(e, fs.Args(), *format)
	if err != nil {
		return err
	}
	a, err := openAppOpts(ctx, e, sf, store.OpenOptions{Bulk: true})
	if err != nil {
		return err
	}
	defer a.Close()
	defer tuneGC(e.lookup)()
	if *cpuProfile != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			return err
		}
		defer stop()
	}
	start := e.now()
	st, err := a.ingestFrom(ctx, src, ingest.Options{MaxBytes: *maxBytes, Now: start}, newProgress(e), func(it ingest.Item) {
		fmt.Fprintf(e.stderr, "skipped %v\n", it.Err) // the error names the file and line
	})
	if errors.Is(err, context.Canceled) {
		fmt.Fprintf(e.stderr, "Stopped: %d new %s stored before the interrupt; run ingest again for the rest (stored briefs are skipped as duplicates).\n",
			st.added, bot.Plural(st.added, "brief", "briefs"))
		return &exitError{code: 1} // the line above says it all; where the stop landed does not matter
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Ingested %d new %s into %q (%d %s, %d failed) in %s.\n",
		st.added, bot.Plural(st.added, "brief", "briefs"), config.RedactURL(a.cfg.DB), st.duplicates, bot.Plural(st.duplicates, "duplicate", "duplicates"),
		st.failed, e.now().Sub(start).Round(time.Millisecond))
	if st.failed > 0 {
		return &exitError{code: 1, msg: fmt.Sprintf("%d %s could not be read; see the lines above", st.failed, bot.Plural(st.failed, "input", "inputs"))}
	}
	return nil
}

// Garbage collection during a bulk ingest: the analysis makes much
// short-lived garbage, and at Go's default (GOGC=100) collecting it takes
// about a fifth of the CPU. Collecting at 400% growth, with a soft limit
// that keeps the process well under 100 MB, saves most of that.
const (
	ingestGCPercent   = 400
	ingestMemoryLimit = 64 << 20
)

// tuneGC sets the ingest's GC pacing, unless GOGC or GOMEMLIMIT is set in
// the environment, and returns a function that restores the previous one.
func tuneGC(lookup func(string) (string, bool)) (restore func()) {
	percent, limit := -2, int64(-1) // as they were
	if _, ok := lookup("GOGC"); !ok {
		percent = debug.SetGCPercent(ingestGCPercent)
	}
	if _, ok := lookup("GOMEMLIMIT"); !ok {
		limit = debug.SetMemoryLimit(ingestMemoryLimit)
	}
	return func() {
		if percent != -2 {
			debug.SetGCPercent(percent)
		}
		if limit >= 0 {
			debug.SetMemoryLimit(limit)
		}
	}
}

// source reads briefs, passing each brief or bad input to fn.
type source func(ctx context.Context, opts ingest.Options, fn func(ingest.Item) error) error

// walkPaths reads files and folders.
func walkPaths(paths ...string) source {
	return func(ctx context.Context, opts ingest.Options, fn func(ingest.Item) error) error {
		return ingest.Walk(ctx, paths, opts, fn)
	}
}

// inputs turns ingest's arguments into a source: files and folders, and
// "-" for standard input, read in the given format or, by default, the one
// its first bytes suggest.
func inputs(e *env, args []string, format string) (source, error) {
	stdin := slices.Index(args, "-")
	if stdin < 0 {
		if format != "" {
			return nil, usageErr("-format is for standard input (-); files go by their extension")
		}
		return walkPaths(args...), nil
	}
	if slices.Contains(args[stdin+1:], "-") {
		return nil, usageErr("standard input (-) can be read once")
	}
	ext := ""
	if format != "" {
		var ok bool
		if ext, ok = ingest.Extension(format); !ok {
			return nil, usageErr("-format %q is not one of txt, md, html, json, jsonl", format)
		}
	}
	before, after := walkPaths(args[:stdin]...), walkPaths(args[stdin+1:]...)
	return func(ctx context.Context, opts ingest.Options, fn func(ingest.Item) error) error {
		if err := before(ctx, opts, fn); err != nil {
			return err
		}
		in := bufio.NewReader(e.stdin)
		name := "stdin" + ext
		if ext == "" {
			head, _ := in.Peek(4096) // a short read is the whole input
			name = "stdin" + ingest.Sniff(head)
		}
		if err := ingest.Read(ctx, name, in, opts, fn); err != nil {
			return err
		}
		return after(ctx, opts, fn)
	}, nil
}

// ingest reads files and folders as ingestFrom does.
func (a *app) ingest(ctx context.Context, paths []string, opts ingest.Options, prog *progress, onErr func(ingest.Item)) (ingestStats, error) {
	return a.ingestFrom(ctx, walkPaths(paths...), opts, prog, onErr)
}

// ingestFrom reads src, enriches each brief and stores it in batches. Bad
// inputs are passed to onErr and counted; they never stop the batch.
//
// Reading, enriching and storing overlap, so that the store's single
// writer works while the next batches are analysed (up to enrichedAhead
// analysed batches wait for it); briefs keep their input order, and so
// their ids. The stages share the cores through cpu (see cores), so the
// writer never waits for the analysis. The debug log's "ingest done" line
// says how long the store wrote and waited, and the analysis waited.
func (a *app) ingestFrom(ctx context.Context, src source, opts ingest.Options, prog *progress, onErr func(ingest.Item)) (ingestStats, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var st ingestStats
	cpu := newCores(runtime.GOMAXPROCS(0))
	read := make(chan []*briefs.Brief, 1)
	walkErr := make(chan error, 1)
	go func() { // read: onErr and st.failed belong to this goroutine until read closes
		defer close(read)
		labelStage(ctx, "read")
		walkErr <- readBatches(ctx, cpu, src, opts, read, func(it ingest.Item) {
			st.failed++
			onErr(it)
		})
	}()
	enriched := make(chan []*briefs.Brief, enrichedAhead)
	var times stageTimes
	go func() { // enrich
		defer close(enriched)
		labelStage(ctx, "analyse")
		for bs := range read {
			a.pipeline.enrichOn(ctx, cpu, bs)
			if ctx.Err() != nil {
				continue // stopping: the batch may be half enriched; drain read
			}
			from := a.now()
			select {
			case enriched <- bs:
			case <-ctx.Done():
			}
			times.analysisWaited += a.now().Sub(from)
		}
	}()
	var added, dups int
	var storeErr error
	known := newKnownMeetings() // across batches: each date is read once
	from := a.now()
	for bs := range enriched { // store
		times.storeWaited += a.now().Sub(from)
		if storeErr != nil {
			continue // drain
		}
		if storeErr = cpu.acquire(ctx); storeErr == nil {
			from = a.now()
			pprof.Do(ctx, pprof.Labels("stage", "store"), func(ctx context.Context) {
				storeErr = a.storeBatch(ctx, known, bs, &added, &dups)
			})
			times.storeBusy += a.now().Sub(from)
			cpu.release()
		}
		if storeErr != nil {
			cancel()
			continue
		}
		prog.update("ingested %d briefs (%d duplicates)…", added, dups)
		from = a.now()
	}
	err := <-walkErr // read has finished: st.failed is ours again
	st.added, st.duplicates = added, dups
	prog.done()
	if storeErr != nil {
		err = storeErr
	}
	if err != nil {
		return st, fmt.Errorf("ingest: %w", err)
	}
	a.log.DebugContext(ctx, "ingest done", slog.Int("added", st.added), slog.Int("duplicates", st.duplicates), slog.Int("failed", st.failed),
		slog.Duration("store_busy", times.storeBusy), slog.Duration("store_waited", times.storeWaited),
		slog.Duration("analysis_waited", times.analysisWaited))
	return st, nil
}

// enrichedAhead is how many analysed batches may wait for the store. The
// store's batches vary: about one in sixteen merges segments of the search
// index and takes several times as long, and with room for one batch the
// analysis then stopped and a core stood idle. A batch holds at most
// ingestBatch briefs and about ingestBatchBytes of text.
const enrichedAhead = 4

// stageTimes are the ingest's stage times for its debug log: how long the
// store wrote, and waited for an analysed batch; and how long the analysis
// waited for the store to take one (a core idle unless reading used it).
type stageTimes struct {
	storeBusy, storeWaited, analysisWaited time.Duration
}

// readBatches reads src in batches of ingestBatch briefs onto out, passing
// bad inputs to onErr. It reads on a core taken from cpu, and lets go of it
// while it waits for the next stage.
func readBatches(ctx context.Context, cpu cores, src source, opts ingest.Options, out chan<- []*briefs.Brief, onErr func(ingest.Item)) error {
	if err := cpu.acquire(ctx); err != nil {
		return err
	}
	held := true
	defer func() {
		if held {
			cpu.release()
		}
	}()
	var batch []*briefs.Brief
	var size int
	send := func() error {
		cpu.release()
		held = false
		select {
		case out <- batch:
			batch, size = nil, 0
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := cpu.acquire(ctx); err != nil {
			return err
		}
		held = true
		return nil
	}
	err := src(ctx, opts, func(it ingest.Item) error {
		if it.Err != nil {
			onErr(it)
			return nil
		}
		b := it.Brief
		b.Via = briefs.ViaFile
		batch, size = append(batch, &b), size+len(b.Title)+len(b.Body)
		if len(batch) >= ingestBatch || size >= ingestBatchBytes {
			return send()
		}
		return nil
	})
	if err == nil && len(batch) > 0 {
		err = send()
	}
	return err
}

// storeBatch stores one enriched batch and counts what it added.
func (a *app) storeBatch(ctx context.Context, known *knownMeetings, bs []*briefs.Brief, added, dups *int) error {
	if err := a.unifyWith(ctx, known, bs); err != nil {
		return err
	}
	res, err := a.store.AddBriefs(ctx, bs)
	if err != nil {
		return err
	}
	for _, r := range res {
		if r.Created {
			*added++
		} else {
			*dups++
		}
	}
	return nil
}
