package main

import (
	"context"
	"strings"

	"github.com/briefbot/briefbot/briefs"
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
