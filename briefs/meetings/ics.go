package meetings

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/briefbot/briefbot/briefs"
)

// ICSOptions configures WriteICS.
type ICSOptions struct {
	// Name is the calendar's display name (X-WR-CALNAME); "briefbot meetings" when empty.
	Name string
	// Now is the DTSTAMP of every event; the current time when zero.
	Now time.Time
	// Link returns the URL of a brief for DESCRIPTION and URL; nil for none.
	Link func(briefID int64) string
}

// prodID is the calendar's PRODID.
const prodID = "-//briefbot//meetings//EN"

// WriteICS writes an RFC 5545 calendar of ms: stable UIDs (from Key, else a
// content hash, + "@briefbot"), all-day events (VALUE=DATE) with an exclusive
// DTEND for day, multi-day, week and month precision, a floating DTSTART
// with time when Time is set, LOCATION, SUMMARY, and DESCRIPTION = evidence,
// participants and the brief links. Lines are CRLF-terminated and folded at
// 75 octets by golang-ical, which also escapes TEXT values. Meetings whose
// date cannot be read are skipped.
func WriteICS(w io.Writer, ms []briefs.Meeting, opts ICSOptions) error {
	cal := ics.NewCalendarFor("briefbot")
	cal.SetProductId(prodID)
	cal.SetMethod(ics.MethodPublish)
	cal.SetCalscale("GREGORIAN")
	name := opts.Name
	if name == "" {
		name = "briefbot meetings"
	}
	cal.SetXWRCalName(clean(name))
	cal.SetName(clean(name))
	// Ask subscribing clients to refresh hourly (Google Calendar ignores it).
	cal.SetXPublishedTTL("PT1H")
	cal.SetRefreshInterval("PT1H")
	now := opts.Now
	if now.IsZero() {
		return errors.New("meetings: ics: ICSOptions.Now is not set")
	}
	seen := map[string]bool{}
	for _, m := range ms {
		if _, ok := m.Start(time.UTC); !ok {
			continue
		}
		uid := eventUID(m)
		if seen[uid] {
			uid = strings.TrimSuffix(uid, "@briefbot") + "-" + shortHash(m.Date+"|"+m.Evidence) + "@briefbot"
		}
		seen[uid] = true
		addEvent(cal, uid, m, now.UTC(), opts.Link)
	}
	if err := cal.SerializeTo(w, ics.WithNewLineWindows); err != nil {
		return fmt.Errorf("meetings: write ics: %w", err)
	}
	return nil
}

// addEvent adds one VEVENT for m.
func addEvent(cal *ics.Calendar, uid string, m briefs.Meeting, now time.Time, link func(int64) string) {
	ev := cal.AddEvent(uid)
	ev.SetDtStampTime(now)
	start, _ := m.Start(time.UTC)
	end, _ := m.End(time.UTC)
	if t, err := time.Parse("15:04", m.Time); err == nil && m.Precision == briefs.PrecisionDay && m.EndDate == "" {
		at := start.Add(time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute)
		// Floating local time: the brief gives no time zone.
		ev.SetProperty(ics.ComponentPropertyDtStart, at.Format("20060102T150405"))
		ev.SetProperty(ics.ComponentPropertyDtEnd, at.Add(time.Hour).Format("20060102T150405"))
	} else {
		ev.SetProperty(ics.ComponentPropertyDtStart, start.Format("20060102"), ics.WithValue(string(ics.ValueDataTypeDate)))
		ev.SetProperty(ics.ComponentPropertyDtEnd, end.Format("20060102"), ics.WithValue(string(ics.ValueDataTypeDate)))
		ev.SetTimeTransparency(ics.TransparencyTransparent)
	}
	title := m.Title
	if title == "" {
		title = "Meeting"
	}
	ev.SetSummary(clean(title))
	if m.Status == briefs.StatusCancelled {
		ev.SetStatus(ics.ObjectStatusCancelled)
	}
	if m.Place != "" {
		ev.SetLocation(clean(m.Place))
	}
	desc, url := description(m, link)
	ev.SetDescription(desc)
	if url != "" {
		ev.SetURL(url)
	}
}

// description is the evidence, the participants and the links to the
// briefs; url is the first link.
func description(m briefs.Meeting, link func(int64) string) (desc, url string) {
	var b strings.Builder
	b.WriteString(clean(m.Evidence))
	if len(m.Participants) > 0 {
		b.WriteString("\nParticipants: " + clean(strings.Join(m.Participants, ", ")))
	}
	if m.MovedFrom != "" {
		b.WriteString("\nRescheduled from " + clean(m.MovedFrom))
	}
	ids := m.Sources
	if len(ids) == 0 && m.BriefID != 0 {
		ids = []int64{m.BriefID}
	}
	if link != nil {
		for _, id := range ids {
			u := briefs.WebURL(link(id))
			if u == "" {
				continue
			}
			if url == "" {
				url = u
			}
			b.WriteString("\nBrief: " + u)
		}
	}
	return strings.TrimSpace(b.String()), url
}

// clean normalises line breaks to "\n" (which golang-ical escapes) and drops
// other control characters that have no place in a content line.
func clean(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\r':
			return '\n'
		case r == '\n' || r == '\t':
			return r
		case r < 0x20 || r == 0x7f:
			return -1
		}
		return r
	}, s)
}

// eventUID is Key + "@briefbot", or a hash of the content when Key is empty.
func eventUID(m briefs.Meeting) string {
	k := m.Key
	if k == "" {
		k = Key(m)
	}
	if k == "" || len(k) > 120 {
		k = shortHash(m.Title + "|" + m.Date + "|" + m.Evidence + "|" + k)
	}
	return k + "@briefbot"
}

func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:8])
}
