package remind

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs/store"
)

// Posts follow the digests' claims: claim (with what the post says), send,
// mark sent. A send that fails, or a crash before the mark, leaves the
// claim pending; once Settle has passed since its last attempt, the next
// tick of any replica retakes it (only one can) and sends it, until Late
// after the first claim, when it is given up.

// post claims n and sends it. A failed send leaves the claim pending for
// finishPending.
func (s *Service) post(ctx context.Context, d Destination, n notice, now time.Time) error {
	body, err := json.Marshal(n.reply)
	if err != nil {
		return fmt.Errorf("encode %s: %w", n.Key, err)
	}
	n.Body = string(body)
	ok, err := s.o.Notices.ClaimNotice(ctx, n.Notice, now)
	if err != nil || !ok {
		return err
	}
	return s.send(ctx, d, n.Notice, n.reply)
}

// finishPending posts d's pending notices whose last attempt is older than
// Settle, and gives up those claimed more than Late ago.
func (s *Service) finishPending(ctx context.Context, d Destination, now time.Time) error {
	pending, err := s.o.Notices.PendingNotices(ctx, d.Name)
	if err != nil {
		return err
	}
	var errs []error
	for _, p := range pending {
		var r bot.Reply
		switch {
		case now.Sub(p.ClaimedAt) > s.o.Late || json.Unmarshal([]byte(p.Body), &r) != nil:
			s.o.Log.WarnContext(ctx, "meeting notice claimed but never posted; giving it up", slog.String("dest", d.Name), slog.String("notice", p.Key), slog.Time("claimed", p.ClaimedAt))
			if err := s.o.Notices.SkipNotice(ctx, d.Name, p.Key, now); err != nil {
				errs = append(errs, err)
			}
			continue
		case now.Sub(p.AttemptAt) < s.o.Settle:
			continue // an attempt may be in flight
		}
		ok, err := s.o.Notices.RetakeNotice(ctx, p, s.o.Owner, now)
		if err != nil || !ok {
			errs = append(errs, err)
			continue
		}
		s.o.Log.InfoContext(ctx, "finishing a meeting notice claimed but not posted", slog.String("dest", d.Name), slog.String("notice", p.Key))
		errs = append(errs, s.send(ctx, d, p.Notice, r))
	}
	return errors.Join(errs...)
}

// send posts r as d's notice n within half of Settle and marks it sent,
// with the platform's reference to the message when the sender gives one;
// a moved or cancelled notice then edits the earlier posts it follows.
func (s *Service) send(ctx context.Context, d Destination, n store.Notice, r bot.Reply) error {
	actx, cancel := context.WithTimeout(ctx, s.o.Settle/2)
	defer cancel()
	var ref string
	var err error
	if p, ok := s.o.Senders[d.To.Platform].(bot.Poster); ok {
		ref, err = p.Post(actx, d.To, r)
	} else {
		err = s.o.Senders[d.To.Platform].Send(actx, d.To, r)
	}
	if err != nil {
		return fmt.Errorf("send %s: %w", n.Key, err)
	}
	// The post is out: record it even if ctx ended meanwhile.
	if err := s.o.Notices.MarkNoticeSent(context.WithoutCancel(ctx), d.Name, n.Key, ref, s.o.Now()); err != nil {
		return err
	}
	s.o.Log.InfoContext(ctx, "meeting notice posted", slog.String("dest", d.Name), slog.String("notice", n.Key))
	if label := noticeLabel(n, d.Loc); label != "" {
		if err := s.editTold(ctx, d, n, label); err != nil {
			s.o.Log.WarnContext(ctx, "editing the earlier posts failed", slog.String("dest", d.Name), slog.String("notice", n.Key), slog.Any("err", err))
		}
	}
	return nil
}

var _ Notices = (*store.Store)(nil)
