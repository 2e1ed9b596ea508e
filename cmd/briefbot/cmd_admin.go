package main

import (
	"context"
	"fmt"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

func runReindex(ctx context.Context, e *env, args []string) error {
	fs := flagSet(e, "reindex")
	a, err := parseAndOpenOpts(ctx, e, fs, args, store.OpenOptions{MustExist: true})
	if err != nil {
		return err
	}
	defer a.Close()
	total, err := a.store.Count(ctx)
	if err != nil {
		return err
	}
	prog := newProgress(e)
	start := e.now()
	var done, meetings int
	// Read everything first: updating while Each holds a read cursor would
	// need a second connection on SQLite.
	var all []briefs.Brief
	if err := a.store.Each(ctx, func(b briefs.Brief) error { all = append(all, b); return nil }); err != nil {
		return err
	}
	for _, b := range all {
		a.pipeline.enrich(ctx, &b)
		if err := a.store.UpdateDerived(ctx, b.ID, b.Summary, b.SummaryMethod, b.Meetings); err != nil {
			return fmt.Errorf("reindex brief %d: %w", b.ID, err)
		}
		done++
		meetings += len(b.Meetings)
		prog.update("reindexed %d of %d briefs…", done, total)
	}
	prog.done()
	fmt.Fprintf(e.stdout, "Reindexed %d briefs (%d meetings) in %s.\n", done, meetings, e.now().Sub(start).Round(time.Millisecond))
	return nil
}

func runConfig(ctx context.Context, e *env, args []string) error {
	fs := flagSet(e, "config")
	var sf storeFlags
	sf.register(fs)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfig(e, sf)
	if err != nil {
		return err
	}
	fmt.Fprint(e.stdout, cfg.Redacted())
	return nil
}
