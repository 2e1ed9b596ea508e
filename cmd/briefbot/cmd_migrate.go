package main

import (
	"context"
	"errors"
	"fmt"
	"text/tabwriter"

	"github.com/briefbot/briefbot/briefs/store"
	"github.com/briefbot/briefbot/config"
)

// runMigrate brings the configured store to the current schema and, with
// -to, copies it into an empty PostgreSQL database.
func runMigrate(ctx context.Context, e *env, args []string) error {
	fs := flagSet(e, "migrate")
	to := fs.String("to", "", "copy the configured store into this PostgreSQL database (postgres://...), which must be empty")
	force := fs.Bool("force", false, "with -to: delete what the target holds and copy anyway")
	a, err := parseAndOpen(ctx, e, fs, args) // Open migrates
	if err != nil {
		return err
	}
	defer a.Close()
	v, err := a.store.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s is at schema version %d.\n", config.RedactURL(a.cfg.DB), v)
	if *to == "" {
		if *force {
			return fmt.Errorf("%w: -force needs -to", errUsage)
		}
		return nil
	}
	return copyStore(ctx, e, a, *to, *force)
}

// copyStore copies a's store into the PostgreSQL database at to and prints
// the row counts of both sides.
func copyStore(ctx context.Context, e *env, a *app, to string, force bool) error {
	if !store.IsPostgresURL(to) {
		return fmt.Errorf("%w: -to %q is not a postgres:// or postgresql:// URL", errUsage, config.RedactURL(to))
	}
	if to == a.cfg.DB {
		return fmt.Errorf("%w: -to is the configured database itself", errUsage)
	}
	dst, err := store.Open(ctx, to)
	if err != nil {
		return err
	}
	defer dst.Close()
	fmt.Fprintf(e.stdout, "Copying into %s ...\n", config.RedactURL(to))
	prog := newProgress(e)
	counts, err := a.store.CopyTo(ctx, dst, force, func(table string, done, total int) {
		prog.update("%s: %d of %d rows…", table, done, total)
	})
	prog.done()
	if errors.Is(err, store.ErrTargetNotEmpty) {
		return fmt.Errorf("%w; nothing was copied (-force deletes what it holds and copies anyway)", err)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "table\tsource\ttarget\t")
	total := 0
	for _, c := range counts {
		fmt.Fprintf(tw, "%s\t%d\t%d\t\n", c.Table, c.Source, c.Target)
		total += c.Target
	}
	tw.Flush()
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Row counts match in all %d tables (%d rows). Set db: to the new URL to use it.\n", len(counts), total)
	return nil
}
