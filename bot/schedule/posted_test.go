package schedule_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/schedule"
)

// poster is a recorder that also returns a reference to each post, as the
// Telegram and Slack adapters do.
type poster struct{ *recorder }

func (p poster) Post(ctx context.Context, to bot.Destination, r bot.Reply) (string, error) {
	if err := p.Send(ctx, to, r); err != nil {
		return "", err
	}
	return fmt.Sprintf("msg-%d", len(p.got())), nil
}

// TestPostedHook: Options.Posted hears of each digest the platform took,
// with the reference a bot.Poster returned (none from a plain Sender).
func TestPostedHook(t *testing.T) {
	f := newFixture(t, slot8)
	var heard []string
	s, err := schedule.New(schedule.Options{
		Destinations: []schedule.Destination{daily("desk", tgChat, "0 8 * * *", time.UTC), daily("team", slackChan, "0 8 * * *", time.UTC)},
		Senders:      map[bot.Platform]bot.Sender{bot.Telegram: poster{f.tg}, bot.Slack: f.slack},
		Claims:       f.claims, Composer: f.comp, Clock: f.clock, Owner: "test",
		Posted: func(ctx context.Context, d schedule.Destination, slot time.Time, r bot.Reply, ref string) error {
			heard = append(heard, d.Name+" "+r.Title+" ref="+ref)
			return nil
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{"desk", "team"} {
		if err := s.Deliver(context.Background(), d, slot8); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{"desk desk 2025-12-04 08:00 UTC ref=msg-1", "team team 2025-12-04 08:00 UTC ref="}
	if !slices.Equal(heard, want) {
		t.Errorf("Posted heard %q, want %q", heard, want)
	}
}
