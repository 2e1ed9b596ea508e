package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/console"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/ingest"
	"github.com/briefbot/briefbot/briefs/samples"
	"github.com/briefbot/briefbot/config"
)

func runDemo(ctx context.Context, e *env, args []string) error {
	fset := flagSet(e, "demo")
	dbPath := fset.String("db", "", "keep the demo database in this `file` (default: a temporary file, removed at exit)")
	nowFlag := fset.String("now", samples.Now, "reference `time` the demo answers as of (RFC 3339 or YYYY-MM-DD)")
	if err := parse(fset, args); err != nil {
		return err
	}
	if fset.NArg() > 0 {
		return usageErr("unexpected argument %q", fset.Arg(0))
	}
	now, err := parseTimeFlag("now", *nowFlag, time.Time{})
	if err != nil {
		return usageErr("%v", err)
	}
	cfg := config.Default()
	cfg.LogLevel = "warn"
	cfg.DB = *dbPath
	if cfg.DB == "" {
		dir, err := os.MkdirTemp("", "briefbot-demo-")
		if err != nil {
			return fmt.Errorf("temporary database: %w", err)
		}
		defer os.RemoveAll(dir)
		cfg.DB = filepath.Join(dir, "briefbot.db")
	}
	a, err := openAppWith(ctx, e, cfg)
	if err != nil {
		return err
	}
	defer a.Close()
	n, err := a.loadSamples(ctx, now.Add(-time.Hour))
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, console.Render(demoBanner(n, now), e.stdoutTTY))
	fmt.Fprintln(e.stdout)
	digests := &digestService{app: a, now: func() time.Time { return now }, console: &console.Adapter{Out: e.stdout, Color: e.stdoutTTY}}
	d, err := digests.compose(ctx, consoleDest(), now)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, console.Render(d.Reply, e.stdoutTTY))
	fmt.Fprintln(e.stdout)
	c := &console.Adapter{In: e.stdin, Out: e.stdout, Handler: a.newMux(digests), Interactive: e.stdinTTY, Color: e.stdoutTTY,
		Now: func() time.Time { return now }}
	return c.Run(ctx)
}

// loadSamples ingests the briefs embedded in the binary as if they had
// arrived at ingested, and returns how many were stored.
func (a *app) loadSamples(ctx context.Context, ingested time.Time) (int, error) {
	var bs []*briefs.Brief
	err := fs.WalkDir(samples.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := samples.FS.ReadFile(path)
		if err != nil {
			return err
		}
		for _, it := range ingest.Parse(path, data, ingest.Options{Now: ingested}) {
			if it.Err != nil {
				return fmt.Errorf("sample %s: %w", path, it.Err)
			}
			b := it.Brief
			bs = append(bs, &b)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("load samples: %w", err)
	}
	a.pipeline.enrichAll(ctx, bs)
	if err := a.unifyMeetings(ctx, bs); err != nil {
		return 0, err
	}
	if _, err := a.store.AddBriefs(ctx, bs); err != nil {
		return 0, fmt.Errorf("load samples: %w", err)
	}
	return len(bs), nil
}

func demoBanner(n int, now time.Time) bot.Reply {
	return bot.Reply{
		Title: "briefbot demo",
		Sections: []bot.Section{{Text: bot.Line{
			bot.Text(fmt.Sprintf("Loaded %d sample briefs. It is %s: here is the digest a desk would get this morning. ", n, now.Format("Mon 2 Jan 2006, 15:04 MST"))),
			bot.M("Then ask: /meetings, /brief 1, /search india, /help."),
		}}},
	}
}
