package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/console"
	"github.com/briefbot/briefbot/bot/digest"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/config"
)

// digestService answers /digest and /schedule, and composes digests for a
// destination: the configured one for a chat, or an ad-hoc one.
type digestService struct {
	app     *app
	now     func() time.Time
	console *console.Adapter
	senders map[bot.Platform]bot.Sender

	sharedOnce sync.Once
	shared     *digest.Shared
}

// composeWorkers bounds the digests composed at once, and keepDigests how
// many distinct composed digests are kept for destinations that ask later
// in the same slot.
const keepDigests = 256

func composeWorkers() int { return max(runtime.GOMAXPROCS(0), 1) }

// pool is the shared compose pool: destinations due at the same slot with
// the same window, filter and item cap share one compose.
func (s *digestService) pool() *digest.Shared {
	s.sharedOnce.Do(func() { s.shared = digest.NewShared(s.app.queries(), composeWorkers(), keepDigests) })
	return s.shared
}

// destinationFor finds the configured destination of req's chat, or makes
// an ad-hoc one with the defaults.
func (s *digestService) destinationFor(req bot.Request) (config.Destination, bool) {
	for _, d := range s.app.cfg.Destinations {
		if d.Platform == string(req.Platform) && d.Chat == req.ChatID {
			return d, true
		}
	}
	d := config.DefaultDestination()
	d.Name, d.Platform, d.Chat, d.Thread = string(req.Platform)+":"+req.ChatID, string(req.Platform), req.ChatID, req.ThreadID
	return d, false
}

// compose builds dest's digest as of now: the briefs since its last digest
// (its watermark), or since the 24 hours before now, or its fixed window,
// whichever starts last, filtered by its config filter and the chat's
// subscription. Starting at the watermark keeps a brief from appearing in
// a destination's digests twice without recording every brief a digest
// covered, and makes the digest depend only on (window, filter, item cap),
// so destinations that share those share one compose.
func (s *digestService) compose(ctx context.Context, dest config.Destination, now time.Time) (digest.Digest, error) {
	loc, err := dest.Location()
	if err != nil {
		return digest.Digest{}, err
	}
	if dest.Platform != string(bot.Console) { // the console shows the local time it was given
		now = now.In(loc)
	}
	since, err := s.since(ctx, dest, now)
	if err != nil {
		return digest.Digest{}, err
	}
	filter := digest.Filter{Keywords: dest.Filter.Keywords, Sources: dest.Filter.Sources, Places: dest.Filter.Places}
	sub, err := s.app.store.Subscription(ctx, dest.Platform, dest.Chat)
	switch {
	case err == nil:
		filter.Keywords = sub.Keywords
	case !errors.Is(err, briefs.ErrNotFound):
		return digest.Digest{}, err
	}
	return s.pool().Compose(ctx, digest.Options{Title: digest.TitleAt(now), Now: now, Since: since, MaxItems: dest.MaxItems, Filter: filter})
}

// since is where dest's digest at now starts: its last digest (within a
// week), else 24 hours back; with a fixed window, the window's start unless
// the last digest is later.
func (s *digestService) since(ctx context.Context, dest config.Destination, now time.Time) (time.Time, error) {
	last, err := s.app.store.LastDelivered(ctx, dest.Name)
	switch {
	case errors.Is(err, briefs.ErrNotFound):
		last = time.Time{}
	case err != nil:
		return time.Time{}, err
	}
	if w, ok := dest.WindowDuration(); ok {
		return latest(now.Add(-w), last), nil
	}
	if last.After(now.Add(-7 * 24 * time.Hour)) {
		return last, nil
	}
	return now.Add(-24 * time.Hour), nil
}

func latest(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

func (s *digestService) Preview(ctx context.Context, req bot.Request) (bot.Reply, error) {
	dest, _ := s.destinationFor(req)
	d, err := s.compose(ctx, dest, s.at(req))
	return d.Reply, err
}

func (s *digestService) Post(ctx context.Context, req bot.Request) (int, error) {
	dest, _ := s.destinationFor(req)
	now := s.at(req)
	d, err := s.compose(ctx, dest, now)
	if err != nil {
		return 0, err
	}
	sender := s.senders[req.Platform]
	if req.Platform == bot.Console {
		sender = s.console
	}
	if sender == nil {
		return 0, fmt.Errorf("no sender for platform %s", req.Platform)
	}
	if err := sender.Send(ctx, bot.Destination{Platform: req.Platform, ChatID: req.ChatID, ThreadID: req.ThreadID}, d.Reply); err != nil {
		return 0, err
	}
	if err := s.app.store.MarkDelivered(ctx, dest.Name, now, d.BriefIDs); err != nil {
		return 0, fmt.Errorf("record delivery: %w", err)
	}
	return d.Stories, nil
}

func (s *digestService) Schedule(ctx context.Context, req bot.Request) (string, error) {
	dest, ok := s.destinationFor(req)
	if !ok || dest.Schedule == "" {
		return "", nil
	}
	next, err := nextRun(dest, s.at(req))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("This chat gets the digest on schedule %q (%s). Next: %s.", dest.Schedule, dest.Timezone, next.Format("Mon 2 Jan 15:04 MST")), nil
}

func (s *digestService) at(req bot.Request) time.Time {
	if !req.Now.IsZero() {
		return req.Now
	}
	return s.now()
}
