// Package commands holds briefbot's chat commands: /help, /brief, /search,
// /meetings, /digest, /subscribe and /unsubscribe. They answer the same on
// every platform; adapters render the bot.Reply each returns.
package commands

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// Store is the part of the brief store the commands read.
type Store interface {
	Brief(ctx context.Context, id int64) (briefs.Brief, error)
	Latest(ctx context.Context, n int) ([]briefs.Brief, error)
	SearchFor(ctx context.Context, q store.SearchQuery) (store.SearchResult, error)
	Meetings(ctx context.Context, q store.MeetingQuery) ([]briefs.Meeting, error)
	// MeetingPage returns Meetings(q) and how many meetings q selects
	// without its Limit, counting at most upTo.
	MeetingPage(ctx context.Context, q store.MeetingQuery, upTo int) ([]briefs.Meeting, int, error)
}

// Subscriptions stores each chat's digest filter.
type Subscriptions interface {
	Subscription(ctx context.Context, platform, chatID string) (store.Subscription, error)
	SetSubscription(ctx context.Context, sub store.Subscription) error
	DeleteSubscription(ctx context.Context, platform, chatID string) error
}

// Digests previews and posts the digest a chat would get.
type Digests interface {
	// Preview returns the digest req's chat would get now.
	Preview(ctx context.Context, req bot.Request) (bot.Reply, error)
	// Post posts that digest to req's chat and returns how many stories it
	// showed (near-duplicate briefs count once, as the digest counts them).
	Post(ctx context.Context, req bot.Request) (int, error)
	// Schedule describes when req's chat gets digests; "" when it has none.
	Schedule(ctx context.Context, req bot.Request) (string, error)
}

// Deps are what the commands need. Store is required; a nil Digests or
// Subscriptions leaves those commands out.
type Deps struct {
	Store         Store
	Subscriptions Subscriptions
	Digests       Digests
	// Calendars, when set, adds /calendar.
	Calendars Calendars
	// Adder, when set, turns on /add (and "/brief add" for Slack).
	Adder Adder
	// PageSize is the number of items a list shows at once (default 5).
	PageSize int
}

// List of the commands, for /help and platform command menus.
var (
	helpCmd        = bot.Command{Name: "help", Help: "What I can do"}
	briefCmd       = bot.Command{Name: "brief", Usage: "[ID | latest [N]]", Help: "Show a brief, or the latest ones"}
	searchCmd      = bot.Command{Name: "search", Usage: "WORDS", Help: fmt.Sprintf("Find briefs that mention all the words: the best of the newest %d", store.SearchNewest)}
	meetingsCmd    = bot.Command{Name: "meetings", Usage: "[upcoming|past|today|week|all|next] [KEYWORDS]", Help: "Meetings the briefs mention; next: the next one, with a countdown"}
	digestCmd      = bot.Command{Name: "digest", Usage: "[post]", Help: "Preview this chat's digest; \"post\" sends it (admins)"}
	subscribeCmd   = bot.Command{Name: "subscribe", Usage: "KEYWORDS", Help: "Limit this chat's digest to briefs with these words (admins)", Admin: true}
	unsubscribeCmd = bot.Command{Name: "unsubscribe", Help: "Clear this chat's digest filter (admins)", Admin: true}
	scheduleCmd    = bot.Command{Name: "schedule", Help: "When this chat gets its digest"}
)

// Register adds every command to m.
func Register(m *bot.Mux, d Deps) {
	if d.PageSize <= 0 {
		d.PageSize = 5
	}
	m.Handle(helpCmd, helpHandler(m))
	m.Alias("start", "help")
	m.Alias("briefbot", "help")
	m.Handle(briefCmd, briefHandler(d))
	if d.Adder != nil {
		m.Handle(addCmd, addHandler(d))
	}
	m.Handle(searchCmd, searchHandler(d))
	m.Handle(meetingsCmd, meetingsHandler(d))
	if d.Digests != nil {
		m.Handle(digestCmd, digestHandler(d))
		m.Handle(scheduleCmd, scheduleHandler(d))
	}
	if d.Calendars != nil {
		m.Handle(calendarCmd, calendarHandler(d))
	}
	if d.Subscriptions != nil {
		m.Handle(subscribeCmd, subscribeHandler(d))
		m.Handle(unsubscribeCmd, unsubscribeHandler(d))
	}
}

func helpHandler(m *bot.Mux) bot.Handler {
	return bot.HandlerFunc(func(ctx context.Context, req bot.Request) (bot.Reply, error) {
		var items []bot.Item
		for _, c := range m.Commands() {
			line := bot.Line{bot.Span{Text: "/" + c.Name, Style: bot.Bold | bot.Code}}
			if c.Usage != "" {
				line = append(line, bot.Span{Text: " " + c.Usage, Style: bot.Code})
			}
			line = append(line, bot.Text(" — "+c.Help))
			items = append(items, bot.Item{Line: line})
		}
		return bot.Reply{
			Title: "briefbot",
			Sections: []bot.Section{
				{Text: bot.Plain("I keep the team's briefs, summarise them, and track the meetings they mention.")},
				{Heading: "Commands", Items: items},
				{Text: bot.Line{bot.M("Try "), bot.Span{Text: "/meetings", Style: bot.Code}, bot.M(" or "), bot.Span{Text: "/search india", Style: bot.Code}, bot.M(".")}},
			},
		}, nil
	})
}

// maxPage bounds the page a list command may ask for.
const maxPage = 100

// maxQuery bounds the words of a search or a meetings filter, in runes.
const maxQuery = 200

// pageArg splits a trailing "page N" off args; page counts from 1. A page
// number past maxPage (or too big for an int) is a UserError.
func pageArg(args []string) ([]string, int, error) {
	n := len(args)
	if n < 2 || !strings.EqualFold(args[n-2], "page") || strings.Trim(args[n-1], "0123456789") != "" {
		return args, 1, nil
	}
	p, err := strconv.Atoi(args[n-1])
	if err != nil || p < 1 || p > maxPage {
		return nil, 0, bot.Errorf("Pages are numbered 1 to %d; %q is not one of them.", maxPage, args[n-1])
	}
	return args[:n-2], p, nil
}

// checkWords refuses words longer than maxQuery runes in all.
func checkWords(words []string) error {
	if n := len([]rune(strings.Join(words, " "))); n > maxQuery {
		return bot.Errorf("That is %d characters of search words; %d at most. Try a few key words.", n, maxQuery)
	}
	return nil
}
