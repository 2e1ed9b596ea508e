package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"text/tabwriter"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/feeds"
)

func runFeeds(ctx context.Context, e *env, args []string) error {
	fs := flagSet(e, "feeds")
	var sf storeFlags
	sf.register(fs)
	once := fs.Bool("once", false, "poll every feed now, store new items, print the results and exit")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageErr("feeds takes no arguments")
	}
	a, err := openApp(ctx, e, sf)
	if err != nil {
		return err
	}
	defer a.Close()
	if len(a.cfg.Feeds) == 0 {
		fmt.Fprintln(e.stdout, "No feeds configured. Add them under feeds: in the config file (see briefbot.example.yaml).")
		return nil
	}
	if !*once {
		return a.listFeeds(ctx, e.stdout)
	}
	failed := 0
	for _, r := range a.feedPoller().PollAll(ctx) {
		if r.Err != nil {
			failed++
		}
	}
	if err := a.listFeeds(ctx, e.stdout); err != nil {
		return err
	}
	if failed > 0 {
		return &exitError{code: 1, msg: fmt.Sprintf("%d %s could not be polled; see the results above", failed, bot.Plural(failed, "feed", "feeds"))}
	}
	return nil
}

// listFeeds writes a table of the configured feeds and their state.
func (a *app) listFeeds(ctx context.Context, w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FEED\tLAST POLL\tRESULT\tITEMS\tNEXT POLL")
	for _, f := range a.cfg.Feeds {
		st, err := a.store.FeedState(ctx, f.URL)
		if errors.Is(err, briefs.ErrNotFound) {
			fmt.Fprintf(tw, "%s\tnever\t-\t0\tnow\n", f.Name)
			continue
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\n", f.Name, feedTime(st.LastPoll), st.LastResult, st.Items, feedTime(st.NextPoll))
	}
	return tw.Flush()
}

func feedTime(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	return t.UTC().Format("2006-01-02 15:04:05Z")
}

// feedPoller polls the configured feeds into the store through the ingest
// pipeline.
func (a *app) feedPoller() *feeds.Poller {
	fs := make([]feeds.Feed, len(a.cfg.Feeds))
	for i, f := range a.cfg.Feeds {
		fs[i] = feeds.Feed{URL: f.URL, Name: f.Name, Every: f.Every, Source: f.Source, FullText: f.FullText}
	}
	return &feeds.Poller{
		Feeds: fs, Store: a.store, Now: a.now, Log: a.log.With(slog.String("service", "feeds")),
		Ingest: func(ctx context.Context, bs []*briefs.Brief) (int, error) {
			res, err := a.addBriefs(ctx, bs)
			n := 0
			for _, r := range res {
				if r.Created {
					n++
				}
			}
			return n, err
		},
		Polled: func(r feeds.Result) { a.metrics.FeedPolled(r.Feed.Name, feedResult(r)) },
	}
}

// feedResult is the metrics label of a poll: new, not_modified or error.
func feedResult(r feeds.Result) string {
	switch {
	case r.Err != nil:
		return "error"
	case r.NotModified:
		return "not_modified"
	}
	return "new"
}

// addFeeds adds the feed poller to the daemon when feeds are configured.
func (d *daemon) addFeeds() {
	if len(d.app.cfg.Feeds) == 0 {
		return
	}
	p := d.app.feedPoller()
	d.services = append(d.services, service{name: "feeds", run: func(ctx context.Context) error { return p.Run(ctx, nil) }})
}
