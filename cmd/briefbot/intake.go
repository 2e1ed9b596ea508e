package main

import (
	"context"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/ingest"
	"github.com/briefbot/briefbot/briefs/store"
)

// addBriefs takes briefs that arrive a few at a time — from a feed, the
// HTTP API or a chat — through the ingest pipeline files go through: the
// same analysis, meeting merge, dedup and store. It sets each brief's ID.
func (a *app) addBriefs(ctx context.Context, bs []*briefs.Brief) ([]store.AddResult, error) {
	a.pipeline.enrichAll(ctx, bs)
	if err := a.unifyMeetings(ctx, bs); err != nil {
		return nil, err
	}
	res, err := a.store.AddBriefs(ctx, bs)
	if err != nil {
		return nil, err
	}
	for i, r := range res {
		if r.Created {
			a.metrics.BriefIngested(intakePath(bs[i].Via))
		} else {
			a.metrics.BriefRejected("duplicate")
		}
	}
	return res, nil
}

// intakePath is the metrics label of a brief's Via: file, feed, api or chat.
func intakePath(via string) string {
	switch {
	case strings.HasPrefix(via, briefs.ViaFeedPrefix):
		return "feed"
	case via == briefs.ViaTelegram || via == briefs.ViaSlack:
		return "chat"
	}
	return via
}

// chatAdder saves chat messages as briefs (commands.Adder).
type chatAdder struct{ a *app }

// AddMessage builds a brief from text as a file's text would be read, with
// source and time from the saved message when there is one, and stores it
// through addBriefs.
func (c chatAdder) AddMessage(ctx context.Context, req bot.Request, text string) (briefs.Brief, bool, error) {
	var published time.Time
	source, url := req.UserName, ""
	if s := req.Saved; s != nil {
		published, url = s.Time, s.URL
		if s.Source != "" {
			source = s.Source
		}
	}
	b, err := ingest.FromContent("", text, false, published, ingest.Options{Now: c.a.now()})
	if err != nil {
		return briefs.Brief{}, false, bot.Errorf("I could not save that: %v.", err)
	}
	if b.Source == "" { // a dateline's agency wins over who passed it on
		b.Source = source
	}
	b.URL, b.Via = url, string(req.Platform)
	res, err := c.a.addBriefs(ctx, []*briefs.Brief{&b})
	if err != nil {
		return briefs.Brief{}, false, err
	}
	stored, err := c.a.store.Brief(ctx, res[0].ID)
	return stored, res[0].Created, err
}
