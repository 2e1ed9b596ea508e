package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/briefbot/briefbot/briefs/store"
)

// runOptimize merges the SQLite store's search index into one segment, in
// short steps, so /search reads one segment instead of a dozen or more;
// then the keyword index of /meetings, as the daemon's housekeeping does.
func runOptimize(ctx context.Context, e *env, args []string) error {
	fs := flagSet(e, "optimize")
	var sf storeFlags
	sf.register(fs)
	pages := fs.Int("pages", 2000, "index `pages` (4 KB each) merged per step; the write lock is held for one step")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageErr("unexpected argument %q", fs.Arg(0))
	}
	if *pages <= 0 {
		return usageErr("-pages must be more than 0, not %d", *pages)
	}
	cfg, err := loadConfig(e, sf)
	if err != nil {
		return err
	}
	if store.IsPostgresURL(cfg.DB) {
		fmt.Fprintln(e.stdout, "The store is PostgreSQL: its search index has no segments to merge (autovacuum maintains it).")
		return nil
	}
	a, err := openStore(ctx, e, cfg, store.OpenOptions{MustExist: true})
	if err != nil {
		return err
	}
	defer a.Close()
	start, steps := e.now(), 0
	err = a.store.MergeSearchIndexAll(ctx, *pages, func() { steps++ })
	if err == nil {
		err = a.store.MergeMeetingIndex(ctx)
	}
	took := e.now().Sub(start).Round(time.Millisecond)
	stepsText := fmt.Sprintf("%d steps", steps)
	if steps == 1 {
		stepsText = "1 step"
	}
	if errors.Is(err, context.Canceled) {
		return &exitError{code: 1, msg: fmt.Sprintf("optimize: stopped after %s in %s; what was merged stays merged, run it again to finish", stepsText, took)}
	}
	if err != nil {
		return fmt.Errorf("optimize: %w", err)
	}
	fmt.Fprintf(e.stdout, "Merged the search index of %s in %s, and the meetings keyword index, in %s.\n", cfg.DB, stepsText, took)
	return nil
}
