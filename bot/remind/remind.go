// Package remind follows up on meetings: before each upcoming meeting that
// matches a destination's filter it posts a short reminder at each of the
// destination's offsets (a day before, an hour before), and when a later
// brief moves a meeting the destination was reminded of, it posts one
// "Moved" notice; when one cancels it, one "Cancelled" notice and no more
// reminders. Every post is claimed in the store first, like a digest
// slot, so restarts and replicas post each exactly once.
package remind

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// Source is the part of the store reminders read.
type Source interface {
	Meetings(ctx context.Context, q store.MeetingQuery) ([]briefs.Meeting, error)
}

// Notices records which notices each destination was sent. *store.Store
// satisfies it.
type Notices interface {
	ClaimNotice(ctx context.Context, n store.Notice, at time.Time) (bool, error)
	MarkNoticeSent(ctx context.Context, dest, key, ref string, at time.Time) error
	PendingNotices(ctx context.Context, dest string) ([]store.PendingNotice, error)
	RetakeNotice(ctx context.Context, p store.PendingNotice, owner string, at time.Time) (bool, error)
	SkipNotice(ctx context.Context, dest, key string, at time.Time) error
	ToldDates(ctx context.Context, dest string, meetingKeys []string) (map[string]string, error)
	ToldPosts(ctx context.Context, dest, meetingKey string) ([]store.Notice, error)
	SetPostBody(ctx context.Context, dest, ref, body string) error
}

// Destination is a chat that asked for reminders.
type Destination struct {
	Name   string // identifies it in claims and logs
	To     bot.Destination
	Loc    *time.Location  // its time zone; nil means UTC
	Before []time.Duration // post this long before each meeting starts
	Filter digest.Filter   // which meetings; keywords and places apply
}

// Options configure a Service. Source, Notices and a Sender for every
// destination's platform are required.
type Options struct {
	Destinations []Destination
	Senders      map[bot.Platform]bot.Sender
	Source       Source
	Notices      Notices
	Now          func() time.Time
	// After waits, for Run; tests leave Run alone and call Tick.
	After func(d time.Duration) <-chan time.Time
	// Every is how often Run looks (default one minute).
	Every time.Duration
	// Late is how long after its time a reminder may still be posted, when
	// the bot was down (default two hours); older ones are left out.
	Late time.Duration
	// Horizon is how far ahead a moved meeting is still followed (default
	// 120 days).
	Horizon time.Duration
	// Settle bounds one attempt at a post to half of it, and is how long
	// after an attempt that did not finish (a failed send, a crash) any
	// replica may try that post again (default two minutes).
	Settle time.Duration
	Owner  string
	Log    *slog.Logger
}

// Service posts reminders and moved notices.
type Service struct{ o Options }

// New checks opts and returns a Service.
func New(o Options) (*Service, error) {
	if o.Source == nil || o.Notices == nil || o.Now == nil {
		return nil, errors.New("remind: a meeting source, a notice store and a clock are required")
	}
	for i, d := range o.Destinations {
		if o.Senders[d.To.Platform] == nil {
			return nil, fmt.Errorf("remind: destination %q: no sender for platform %q", d.Name, d.To.Platform)
		}
		if d.Loc == nil {
			o.Destinations[i].Loc = time.UTC
		}
	}
	if o.Every <= 0 {
		o.Every = time.Minute
	}
	if o.Late <= 0 {
		o.Late = 2 * time.Hour
	}
	if o.Settle <= 0 {
		o.Settle = 2 * time.Minute
	}
	if o.Horizon <= 0 {
		o.Horizon = 120 * 24 * time.Hour
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	return &Service{o: o}, nil
}

// Run ticks every Options.Every until ctx ends. A failed tick is logged and
// the next one tries again.
func (s *Service) Run(ctx context.Context) error {
	for {
		if err := s.Tick(ctx); err != nil && ctx.Err() == nil {
			s.o.Log.WarnContext(ctx, "reminders", slog.Any("err", err))
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-s.o.After(s.o.Every):
		}
	}
}

// Tick posts every reminder and moved notice due now, for every
// destination, and returns their errors joined.
//
// The meetings of the horizon are read once a tick for all destinations
// whose day starts on the same date: with hundreds of destinations, a query
// each was most of a minute's CPU on a store of 100,000 briefs.
func (s *Service) Tick(ctx context.Context) error {
	var errs []error
	read := map[string][]briefs.Meeting{}
	for _, d := range s.o.Destinations {
		if err := s.tickDest(ctx, d, read); err != nil {
			errs = append(errs, fmt.Errorf("remind %s: %w", d.Name, err))
		}
	}
	return errors.Join(errs...)
}

// tickDest posts d's due reminders and notices; read holds the meetings
// this tick has read, by first day.
func (s *Service) tickDest(ctx context.Context, d Destination, read map[string][]briefs.Meeting) error {
	now := s.o.Now().In(d.Loc)
	if err := s.finishPending(ctx, d, now); err != nil {
		return err
	}
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, d.Loc)
	q := store.MeetingQuery{From: today.Format(time.DateOnly), To: today.Add(s.o.Horizon).Format(time.DateOnly)}
	ms, ok := read[q.From]
	if !ok {
		var err error
		if ms, err = s.o.Source.Meetings(ctx, q); err != nil {
			return fmt.Errorf("meetings: %w", err)
		}
		read[q.From] = ms
	}
	var keys []string
	var due []briefs.Meeting
	for _, m := range ms {
		if at, _, ok := m.StartsAt(d.Loc); ok && at.After(now) && d.Filter.MatchMeeting(m) {
			due = append(due, m)
			keys = append(keys, m.FollowKey())
		}
	}
	told, err := s.o.Notices.ToldDates(ctx, d.Name, keys)
	if err != nil {
		return err
	}
	var errs []error
	for _, m := range due {
		for _, n := range s.notices(d, m, told[m.FollowKey()], now) {
			if err := s.post(ctx, d, n, now); err != nil {
				errs = append(errs, err)
			}
		}
	}
	return errors.Join(errs...)
}

// notice is a post that is due, with its claim.
type notice struct {
	store.Notice
	reply bot.Reply
}

// notices returns the posts due now about m: for a cancelled meeting only a
// cancelled notice, when the destination was told of it; a moved notice when the
// destination was told the date a later brief moved m from (a meeting of
// the same body on another date is not a move), and the reminder whose
// offset has come (only the latest one, when the bot was down through
// several).
func (s *Service) notices(d Destination, m briefs.Meeting, toldDate string, now time.Time) []notice {
	at, _, _ := m.StartsAt(d.Loc)
	key := m.FollowKey()
	var out []notice
	if m.Status == briefs.StatusCancelled {
		if toldDate == "" {
			return nil
		}
		return []notice{{
			Notice: store.Notice{Dest: d.Name, Key: "cancelled/" + key + "/" + toldDate, MeetingKey: key, MeetingDate: toldDate, Owner: s.o.Owner},
			reply:  cancelledReply(m, toldDate, d.Loc),
		}}
	}
	if toldDate != "" && m.MovedFrom == toldDate && m.Date != toldDate {
		out = append(out, notice{
			Notice: store.Notice{Dest: d.Name, Key: "moved/" + key + "/" + m.Date, MeetingKey: key, MeetingDate: m.Date, Owner: s.o.Owner},
			reply:  movedReply(m, toldDate, d.Loc),
		})
	}
	before := slices.Clone(d.Before)
	slices.Sort(before) // shortest first: the latest reminder due wins
	for _, off := range before {
		dueAt := at.Add(-off)
		if now.Before(dueAt) {
			continue
		}
		if now.Sub(dueAt) <= s.o.Late {
			out = append(out, notice{
				Notice: store.Notice{Dest: d.Name, Key: fmt.Sprintf("remind/%s/%s/%s", key, m.Date, off), MeetingKey: key, MeetingDate: m.Date, Owner: s.o.Owner},
				reply:  reminderReply(m, now, d.Loc),
			})
		}
		break
	}
	return out
}
