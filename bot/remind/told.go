package remind

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs/store"
)

// Teller records posts that told a destination of meetings. *store.Store
// satisfies it.
type Teller interface {
	RecordTold(ctx context.Context, ns []store.Notice, at time.Time) error
}

// DigestPosted records that dest was told of the meetings whose lines
// (items About "meeting KEY DATE") the digest r for slot showed, so that it
// gets a "Moved" or "Cancelled" notice when a later brief moves or cancels
// one. ref is the platform's reference to the post; the digest itself is
// kept with each line, for a later edit.
func DigestPosted(ctx context.Context, t Teller, dest string, slot time.Time, r bot.Reply, ref string, at time.Time) error {
	var ns []store.Notice
	for _, sec := range r.Sections {
		for _, it := range sec.Items {
			f := strings.Fields(it.About)
			if len(f) != 3 || f[0] != "meeting" {
				continue
			}
			ns = append(ns, store.Notice{Dest: dest, Key: "digest/" + slot.UTC().Format(time.RFC3339) + "/" + f[1],
				MeetingKey: f[1], MeetingDate: f[2], Ref: ref})
		}
	}
	if len(ns) == 0 {
		return nil
	}
	body, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("remind: digest posted: %w", err)
	}
	for i := range ns {
		ns[i].Body = string(body)
	}
	if err := t.RecordTold(ctx, ns, at); err != nil {
		return fmt.Errorf("remind: digest posted: %w", err)
	}
	return nil
}
