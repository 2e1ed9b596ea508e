package commands

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// scopes of /meetings and what they mean.
var scopes = map[string]string{
	"upcoming": "Upcoming meetings",
	"past":     "Past meetings",
	"today":    "Meetings today",
	"week":     "Meetings in the next 7 days",
	"all":      "All meetings",
}

// MeetingQuery turns a /meetings scope (upcoming, past, today, week, all)
// into date bounds relative to now.
func MeetingQuery(scope string, now time.Time, keywords []string) store.MeetingQuery {
	const iso = "2006-01-02"
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	q := store.MeetingQuery{Keywords: keywords}
	switch scope {
	case "upcoming":
		q.From = today.Format(iso)
	case "past":
		q.To = today.AddDate(0, 0, -1).Format(iso)
	case "today":
		q.From, q.To = today.Format(iso), today.Format(iso)
	case "week":
		q.From, q.To = today.Format(iso), today.AddDate(0, 0, 6).Format(iso)
	}
	return q
}

func meetingsHandler(d Deps) bot.Handler {
	return bot.HandlerFunc(func(ctx context.Context, req bot.Request) (bot.Reply, error) {
		args, page, err := pageArg(req.Args)
		if err != nil {
			return bot.Reply{}, err
		}
		scope := "upcoming"
		if len(args) > 0 {
			if _, ok := scopes[strings.ToLower(args[0])]; ok {
				scope, args = strings.ToLower(args[0]), args[1:]
			}
		}
		now := req.Now
		if err := checkWords(args); err != nil {
			return bot.Reply{}, err
		}
		if len(args) > 0 && strings.EqualFold(args[0], "next") {
			return nextMeeting(ctx, d, req, args[1:])
		}
		q := MeetingQuery(scope, now, args)
		q.Limit = page * d.PageSize
		q.NewestFirst = scope == "past" // most recent first
		ms, n, err := d.Store.MeetingPage(ctx, q, q.Limit+maxMore+1)
		if err != nil {
			return bot.Reply{}, fmt.Errorf("meetings %s: %w", scope, err)
		}
		title := scopes[scope]
		if len(args) > 0 {
			title += " · " + strings.Join(args, " ")
		}
		from := (page - 1) * d.PageSize
		if from >= len(ms) {
			return noMeetings(scope, args, page, req), nil
		}
		more := n - len(ms)
		r := bot.Reply{Title: title, Sections: groupByDay(ms[from:], now.Location(), req)}
		if more > 0 {
			r.Sections = append(r.Sections, bot.Section{Text: bot.Line{bot.M(andMore(more))}})
			r.Buttons = append(r.Buttons, bot.Button{Label: "Next page", Command: req.PageCmd("meetings", page+1, append([]string{scope}, args...)...)})
		}
		return r, nil
	})
}

// maxMore is how many meetings after a page /meetings counts: past it the
// reply says "and more than 1,000 more", so that the count costs the same
// however many meetings the store holds.
const maxMore = 1000

// andMore tells how many meetings there are after those shown.
func andMore(n int) string {
	switch {
	case n > maxMore:
		return fmt.Sprintf("and more than %s more", thousands(maxMore))
	case n == 1:
		return "and 1 more meeting"
	}
	return fmt.Sprintf("and %s more meetings", thousands(n))
}

// thousands writes n with commas between thousands: 12,345.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// scopeWords describe the meetings of a scope in a sentence: "No meeting
// today matches".
var scopeWords = map[string]string{
	"upcoming": "upcoming meeting",
	"past":     "past meeting",
	"today":    "meeting today",
	"week":     "meeting in the next 7 days",
	"all":      "meeting",
}

func noMeetings(scope string, keywords []string, page int, req bot.Request) bot.Reply {
	if page > 1 {
		return bot.Textf("No more meetings", "That was the last page.")
	}
	hint := fmt.Sprintf("Try %s, or %s.", req.Cmd("meetings", "all"), req.Cmd("meetings", "past"))
	if len(keywords) > 0 {
		kw := strings.Join(keywords, " ")
		hint = fmt.Sprintf("No %s matches “%s”.", scopeWords[scope], kw)
		if scope != "all" {
			hint += fmt.Sprintf(" Try fewer words, or %s.", req.Cmd("meetings", append([]string{"all"}, keywords...)...))
		} else {
			hint += " Try fewer or other words."
		}
	}
	return bot.Textf(scopes[scope], "Nothing to show. "+hint)
}

// groupByDay makes one section per start day (or month, or week), in order.
func groupByDay(ms []briefs.Meeting, loc *time.Location, req bot.Request) []bot.Section {
	var out []bot.Section
	for _, m := range ms {
		heading := m.Date
		if start, ok := m.Start(loc); ok {
			switch m.Precision {
			case briefs.PrecisionMonth:
				heading = start.Format("January 2006")
			case briefs.PrecisionWeek:
				heading = "Week of " + start.Format("Mon 2 Jan 2006")
			default:
				heading = day(start)
			}
		}
		if len(out) == 0 || out[len(out)-1].Heading != heading {
			out = append(out, bot.Section{Heading: heading})
		}
		out[len(out)-1].Items = append(out[len(out)-1].Items, meetingItem(m, loc, req))
	}
	return out
}
