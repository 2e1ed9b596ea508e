package remind

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs/store"
)

// Where the platform allows it (the sender is a bot.Editor), a "Moved" or
// "Cancelled" notice also edits the earlier posts that told of the
// meeting: a reminder gets the news in front ("Cancelled: Tomorrow 10:00
// IST · …"), a digest's meeting line gets it after (" — moved to Thu 18
// Dec"). Edits are best effort: one that fails is logged, and a crash
// between the notice and its edits leaves the earlier posts as they were.

// editTold edits d's earlier posts about n's meeting to carry label.
func (s *Service) editTold(ctx context.Context, d Destination, n store.Notice, label string) error {
	ed, ok := s.o.Senders[d.To.Platform].(bot.Editor)
	if !ok {
		return nil
	}
	posts, err := s.o.Notices.ToldPosts(ctx, d.Name, n.MeetingKey)
	if err != nil {
		return err
	}
	var errs []error
	done := map[string]bool{}
	for _, p := range posts {
		if done[p.Ref] {
			continue
		}
		done[p.Ref] = true
		var r bot.Reply
		if err := json.Unmarshal([]byte(p.Body), &r); err != nil {
			errs = append(errs, fmt.Errorf("post %s: %w", p.Key, err))
			continue
		}
		if !markReply(&r, p, label) {
			continue
		}
		body, err := json.Marshal(r)
		if err != nil {
			errs = append(errs, fmt.Errorf("post %s: %w", p.Key, err))
			continue
		}
		actx, cancel := context.WithTimeout(ctx, s.o.Settle/2)
		err = ed.Edit(actx, d.To, p.Ref, r)
		cancel()
		if err != nil {
			errs = append(errs, fmt.Errorf("edit %s: %w", p.Key, err))
			continue
		}
		if err := s.o.Notices.SetPostBody(context.WithoutCancel(ctx), d.Name, p.Ref, string(body)); err != nil {
			errs = append(errs, err)
		}
		s.o.Log.InfoContext(ctx, "earlier post edited", slog.String("dest", d.Name), slog.String("post", p.Key), slog.String("label", label))
	}
	return errors.Join(errs...)
}

// noticeLabel is what an edit adds for notice n: "Cancelled", or "Moved to
// Thu 18 Dec"; "" for a notice that edits nothing.
func noticeLabel(n store.Notice, loc *time.Location) string {
	switch {
	case strings.HasPrefix(n.Key, "cancelled/"):
		return "Cancelled"
	case strings.HasPrefix(n.Key, "moved/"):
		return "Moved to " + dayOf(n.MeetingDate, loc)
	}
	return ""
}

// markReply puts label on the part of r that p told: the digest lines
// about p's meeting, or the whole of a reminder. It replaces a label put
// there before, and reports whether r changed.
func markReply(r *bot.Reply, p store.Notice, label string) bool {
	about := "meeting " + p.MeetingKey + " " + p.MeetingDate
	changed := false
	for si := range r.Sections {
		sec := &r.Sections[si]
		for ii := range sec.Items {
			if it := &sec.Items[ii]; it.About == about {
				line := it.Line
				if len(line) > 0 && isLabel(strings.TrimPrefix(line[len(line)-1].Text, " — ")) {
					line = line[:len(line)-1]
				}
				it.Line = append(slices.Clip(line), bot.I(" — "+label))
				changed = true
			}
		}
	}
	if strings.HasPrefix(p.Key, "remind/") && len(r.Sections) > 0 {
		line := r.Sections[0].Text
		if len(line) > 0 && isLabel(strings.TrimSuffix(line[0].Text, ": ")) {
			line = line[1:]
		}
		r.Sections[0].Text = append(bot.Line{bot.B(label + ": ")}, line...)
		changed = true
	}
	return changed
}

// isLabel reports whether s is a label an edit put there.
func isLabel(s string) bool {
	return s == "Cancelled" || strings.HasPrefix(s, "Moved to ")
}
