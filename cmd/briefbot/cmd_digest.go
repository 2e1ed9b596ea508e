package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/console"
	"github.com/briefbot/briefbot/bot/schedule"
)

func runDigest(ctx context.Context, e *env, args []string) error {
	fs := flagSet(e, "digest")
	var sf storeFlags
	sf.register(fs)
	to := fs.String("to", "", "destination `name` from the config (default: a console preview)")
	dryRun := fs.Bool("dry-run", false, "print what would be posted instead of posting it")
	since := fs.String("since", "", "include briefs ingested since this `time` (RFC 3339 or YYYY-MM-DD; default: since the destination's last digest, at most 24 hours)")
	nowFlag := fs.String("now", "", "compose as of this `time` (default now)")
	if err := parse(fs, args); err != nil {
		return err
	}
	now, err := parseTimeFlag("now", *nowFlag, e.now())
	if err != nil {
		return usageErr("%v", err)
	}
	preview := *dryRun || *to == ""
	a, err := openExisting(ctx, e, sf, preview)
	if err != nil {
		return err
	}
	defer a.Close()
	dest := consoleDest()
	if *to != "" {
		d, ok := a.cfg.Destination(*to)
		if !ok {
			return fmt.Errorf("no destination named %q in the config; names: %v", *to, destNames(a))
		}
		dest = d
	}
	if *since != "" {
		t, err := parseTimeFlag("since", *since, time.Time{})
		if err != nil {
			return usageErr("%v", err)
		}
		dest.Window = now.Sub(t).String()
	}
	svc := &digestService{app: a, now: func() time.Time { return now }, console: &console.Adapter{Out: e.stdout}}
	dg, err := svc.compose(ctx, dest, now)
	if err != nil {
		return err
	}
	if preview {
		fmt.Fprintln(e.stdout, console.Render(dg.Reply, e.stdoutTTY))
		return nil
	}
	ad, err := a.connectAdapters(ctx, bot.NewMux(a.log))
	if err != nil {
		return err
	}
	svc.senders = ad.senders()
	sched, err := a.newScheduler(ctx, svc)
	if err != nil {
		return err
	}
	slot := now.Truncate(time.Minute)
	if err := sched.Deliver(ctx, dest.Name, slot); errors.Is(err, schedule.ErrClaimed) {
		fmt.Fprintf(e.stdout, "The digest for %s at %s was already posted (or is being posted); nothing to do.\n", dest.Name, slot.Format("15:04"))
		return nil
	} else if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Posted the digest to %s (%s %s).\n", dest.Name, dest.Platform, dest.Chat)
	return nil
}

func destNames(a *app) []string {
	var out []string
	for _, d := range a.cfg.Destinations {
		out = append(out, d.Name)
	}
	return out
}
