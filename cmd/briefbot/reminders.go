package main

import (
	"fmt"
	"log/slog"
	"os"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
	"github.com/briefbot/briefbot/bot/remind"
	"github.com/briefbot/briefbot/bot/schedule"
)

// addReminders adds the meeting follow-up service for the destinations on
// connected platforms: reminders for those that ask for them, and "Moved"
// and "Cancelled" notices for every one told of a meeting (by a reminder or
// a digest line).
func (d *daemon) addReminders(clock schedule.Clock) error {
	senders := map[bot.Platform]bot.Sender{bot.Console: d.digests.console}
	for p, s := range d.digests.senders {
		senders[p] = s
	}
	var dests []remind.Destination
	for _, c := range d.app.cfg.Destinations {
		if senders[bot.Platform(c.Platform)] == nil {
			if len(c.Reminders) > 0 {
				d.app.log.Warn("reminders skipped: the destination's platform is not connected", slog.String("destination", c.Name))
			}
			continue
		}
		loc, err := c.Location()
		if err != nil {
			return err
		}
		dests = append(dests, remind.Destination{
			Name: c.Name, Loc: loc, Before: c.Reminders,
			To:     bot.Destination{Platform: bot.Platform(c.Platform), ChatID: c.Chat, ThreadID: c.Thread, Silent: c.Silent},
			Filter: digest.Filter{Keywords: c.Filter.Keywords, Places: c.Filter.Places},
		})
	}
	if len(dests) == 0 {
		return nil
	}
	host, _ := os.Hostname()
	svc, err := remind.New(remind.Options{
		Destinations: dests, Senders: senders, Source: d.app.store, Notices: d.app.store,
		Now: clock.Now, After: clock.After, Owner: fmt.Sprintf("%s:%d", host, os.Getpid()),
		Log: d.app.log.With(slog.String("service", "reminders")),
	})
	if err != nil {
		return err
	}
	d.services = append(d.services, service{name: "reminders", run: svc.Run})
	return nil
}
