package commands

import (
	"context"
	"fmt"

	"github.com/briefbot/briefbot/bot"
)

// Calendars hands out each chat's calendar subscription link.
type Calendars interface {
	// CalendarURL returns the address of req's chat's meetings as an
	// iCalendar feed, carrying that chat's token.
	CalendarURL(ctx context.Context, req bot.Request) (string, error)
}

var calendarCmd = bot.Command{Name: "calendar", Help: "A link to this chat's meetings for your calendar app"}

func calendarHandler(d Deps) bot.Handler {
	return bot.HandlerFunc(func(ctx context.Context, req bot.Request) (bot.Reply, error) {
		u, err := d.Calendars.CalendarURL(ctx, req)
		if err != nil {
			return bot.Reply{}, fmt.Errorf("calendar: %w", err)
		}
		return bot.Reply{Title: "Calendar", Sections: []bot.Section{
			{Text: bot.Plain("Subscribe to this chat's meetings in your calendar app (Google Calendar: Other calendars → From URL; Apple Calendar: File → New Calendar Subscription):")},
			{Text: bot.Line{bot.Link(u, u)}},
			{Text: bot.Line{bot.M("Anyone with the link sees this chat's meetings; it updates as new briefs come in.")}},
		}}, nil
	})
}
