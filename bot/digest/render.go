package digest

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs"
)

// maxMeetings caps the "Upcoming meetings" section.
const maxMeetings = 8

func render(opts Options, stories []*story, ms []briefs.Meeting) bot.Reply {
	heading := opts.Title + " · " + opts.Now.Format("Mon 2 Jan 2006")
	if len(stories) == 0 { // one line, nothing else
		return bot.Reply{Sections: []bot.Section{{Text: bot.Line{bot.B(heading), bot.Text(" — No new briefs since " + when(opts.Since, opts.Now) + ".")}}}}
	}
	shown := stories[:min(len(stories), opts.MaxItems)]
	return fit(shown, func(sums []string) bot.Reply {
		return renderStories(opts, heading, len(stories), shown, sums, ms)
	})
}

// renderStories renders the digest of the shown stories with the given
// summaries; total is how many stories the window had.
func renderStories(opts Options, heading string, total int, shown []*story, sums []string, ms []briefs.Meeting) bot.Reply {
	r := bot.Reply{Title: heading}
	intro := fmt.Sprintf("%d new %s since %s.", total, bot.Plural(total, "story", "stories"), when(opts.Since, opts.Now))
	if total > len(shown) {
		intro = fmt.Sprintf("%d new stories since %s; the top %d:", total, when(opts.Since, opts.Now), len(shown))
	}
	sec := bot.Section{Heading: "Top stories", Text: bot.Line{bot.M(intro)}}
	for i, s := range shown {
		sec.Items = append(sec.Items, storyItem(s, sums[i], opts.Now.Location()))
	}
	r.Sections = append(r.Sections, sec)
	if len(ms) > 0 {
		sec := bot.Section{Heading: "Upcoming meetings"}
		for _, m := range ms[:min(len(ms), maxMeetings)] {
			sec.Items = append(sec.Items, meetingItem(m, opts.Now.Location()))
		}
		if len(ms) > maxMeetings {
			sec.Items = append(sec.Items, bot.Item{Line: bot.Line{bot.M("and more: /meetings")}})
		}
		r.Sections = append(r.Sections, sec)
	}
	if total > len(shown) {
		r.Buttons = append(r.Buttons, bot.Button{Label: "Latest briefs", Command: "/brief latest 20"})
	}
	return r
}

func storyItem(s *story, summary string, loc *time.Location) bot.Item {
	b := s.briefs[0]
	title := bot.Span{Text: b.Title, Style: bot.Bold, URL: briefs.WebURL(b.URL)}
	if title.Text == "" {
		title.Text = fmt.Sprintf("Brief #%d", b.ID)
	}
	line := bot.Line{title}
	if n := len(s.briefs); n > 1 {
		line = append(line, bot.M(fmt.Sprintf(" (%d sources)", n)))
	}
	it := bot.Item{Line: line, Buttons: []bot.Button{{Label: "Full brief", Command: fmt.Sprintf("/brief %d", b.ID)}}}
	if summary != "" {
		it.Details = append(it.Details, bot.Plain(summary))
	}
	var meta []string
	for _, x := range s.briefs {
		src := x.Source
		if src == "" {
			src = x.Dateline.Source
		}
		if src != "" && !slices.Contains(meta, src) {
			meta = append(meta, src)
		}
	}
	if b.Dateline.Place != "" {
		meta = append(meta, b.Dateline.Place)
	}
	if !b.Published.IsZero() {
		meta = append(meta, b.Published.In(loc).Format("2 Jan"))
	}
	if len(meta) > 0 {
		it.Details = append(it.Details, bot.Line{bot.M(strings.Join(meta, " · "))})
	}
	return it
}

func meetingItem(m briefs.Meeting, loc *time.Location) bot.Item {
	var when string
	if start, ok := m.Start(loc); ok {
		switch m.Precision {
		case briefs.PrecisionMonth:
			when = start.Format("January")
		case briefs.PrecisionWeek:
			when = "week of " + start.Format("2 Jan")
		default:
			when = start.Format("Mon 2 Jan")
		}
	}
	if m.Time != "" {
		when += " " + m.Time
	}
	line := bot.Line{bot.M(when + "  "), bot.B(m.Title)}
	if m.Place != "" {
		line = append(line, bot.M(" · "+m.Place))
	}
	it := bot.Item{Line: line, About: "meeting " + m.FollowKey() + " " + m.Date}
	if len(m.Participants) > 0 {
		it.Details = append(it.Details, bot.Line{bot.M("With " + strings.Join(m.Participants, ", "))})
	}
	return it
}

// when says when the window started, relative to now.
func when(since, now time.Time) string {
	since = since.In(now.Location())
	if since.Year() == now.Year() && since.YearDay() == now.YearDay()-1 {
		return "yesterday " + since.Format("15:04")
	}
	return since.Format("Mon 2 Jan 15:04")
}
