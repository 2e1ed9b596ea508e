package commands

import (
	"fmt"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs"
)

// day formats a date the way replies show it: "Thu 4 Dec 2025".
func day(t time.Time) string { return t.Format("Mon 2 Jan 2006") }

// briefMeta is the muted line under a brief's title: source, place, date, id.
func briefMeta(b briefs.Brief) string {
	var parts []string
	if b.Source != "" {
		parts = append(parts, b.Source)
	} else if b.Dateline.Source != "" {
		parts = append(parts, b.Dateline.Source)
	}
	if b.Dateline.Place != "" {
		parts = append(parts, b.Dateline.Place)
	}
	if !b.Published.IsZero() {
		parts = append(parts, day(b.Published))
	}
	parts = append(parts, fmt.Sprintf("#%d", b.ID))
	return strings.Join(parts, " · ")
}

// titleLine is a brief's title, linked when it has a URL.
func titleSpan(b briefs.Brief) bot.Span {
	s := bot.Span{Text: b.Title, Style: bot.Bold, URL: briefs.WebURL(b.URL)}
	if s.Text == "" {
		s.Text = fmt.Sprintf("Brief #%d", b.ID)
	}
	return s
}

// briefItem is a brief as one list item: title, summary, the quiet meta
// line, and a button.
func briefItem(b briefs.Brief, req bot.Request) bot.Item {
	it := bot.Item{
		Line:    bot.Line{titleSpan(b)},
		Buttons: []bot.Button{{Label: "Full brief", Command: req.Cmd("brief", fmt.Sprint(b.ID))}},
	}
	if b.Summary != "" {
		it.Details = append(it.Details, bot.Plain(b.Summary))
	}
	it.Details = append(it.Details, bot.Line{bot.M(briefMeta(b))})
	return it
}

// meetingWhen describes a meeting's date for its detail line: "28–29 Oct",
// "15:00", "week of 1 Dec", "December 2024".
func meetingWhen(m briefs.Meeting, loc *time.Location) string {
	start, ok := m.Start(loc)
	if !ok {
		return m.Date
	}
	switch m.Precision {
	case briefs.PrecisionMonth:
		return start.Format("January 2006")
	case briefs.PrecisionWeek:
		return "week of " + start.Format("2 Jan 2006")
	}
	s := start.Format("Mon 2 Jan 2006")
	if end, ok := m.End(loc); ok && end.Sub(start) > 24*time.Hour+time.Hour {
		last := end.AddDate(0, 0, -1)
		s = start.Format("2") + "–" + last.Format("2 Jan 2006")
		if last.Month() != start.Month() {
			s = start.Format("2 Jan") + " – " + last.Format("2 Jan 2006")
		}
	}
	if m.Time != "" {
		s += ", " + m.Time
	}
	return s
}

// maxSources is how many of a meeting's sources its item lists; a meeting
// many briefs report says how many more there are ("and 20 more").
const maxSources = 5

// meetingItem is one meeting as a list item.
func meetingItem(m briefs.Meeting, loc *time.Location, req bot.Request) bot.Item {
	it := bot.Item{Line: bot.Line{bot.B(m.Title)}}
	var where []string
	if w := meetingWhen(m, loc); w != "" { // a meeting called off without its date has none
		where = append(where, w)
	}
	if m.Place != "" {
		where = append(where, m.Place)
	}
	if len(where) > 0 {
		it.Details = append(it.Details, bot.Line{bot.M(strings.Join(where, " · "))})
	}
	if len(m.Participants) > 0 {
		it.Details = append(it.Details, bot.Line{bot.M("With "), bot.Text(strings.Join(m.Participants, ", "))})
	}
	if m.Status == briefs.StatusCancelled {
		it.Line = append(it.Line, bot.I(" — cancelled"))
	} else if m.MovedFrom != "" {
		from := m.MovedFrom
		if t, err := time.ParseInLocation("2006-01-02", from, loc); err == nil {
			from = day(t)
		}
		it.Details = append(it.Details, bot.Line{bot.I("Rescheduled from " + from)})
	}
	srcs := m.Sources
	if len(srcs) == 0 && m.BriefID != 0 {
		srcs = []int64{m.BriefID}
	}
	if len(srcs) > 0 {
		line := bot.Line{bot.M("Source: ")}
		for i, id := range srcs[:min(len(srcs), maxSources)] {
			if i > 0 {
				line = append(line, bot.M(", "))
			}
			line = append(line, bot.Span{Text: req.Cmd("brief", fmt.Sprint(id)), Style: bot.Code})
		}
		if n := len(srcs) - maxSources; n > 0 {
			line = append(line, bot.M(fmt.Sprintf(" and %d more", n)))
		}
		it.Details = append(it.Details, line)
		it.Buttons = []bot.Button{{Label: "Brief #" + fmt.Sprint(srcs[0]), Command: req.Cmd("brief", fmt.Sprint(srcs[0]))}}
	}
	return it
}

// truncate cuts s to at most n runes at a word boundary, adding "…".
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := n
	for cut > n*2/3 && r[cut] != ' ' {
		cut--
	}
	return strings.TrimRight(string(r[:cut]), " ,;:") + "…"
}
