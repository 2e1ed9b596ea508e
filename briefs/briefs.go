// Package briefs holds briefbot's domain: briefs, the meetings they mention,
// and the errors shared by every package that stores or reads them.
package briefs

import (
	"encoding/json"
	"errors"
	"strconv"
	"time"
)

// ErrNotFound is returned when a brief, meeting or other record does not exist.
var ErrNotFound = errors.New("not found")

// Brief is one stored news story, press release or note.
type Brief struct {
	ID         int64  // store-assigned, 1, 2, 3 ... in ingest order
	ExternalID string // the "id" a JSON brief came with, if any
	Title      string
	Source     string // agency or publisher, e.g. "IANS", "Reuters"
	URL        string
	// Published is the publication time; zero when unknown.
	Published time.Time
	// Dateline is what the opening "New Delhi, Dec 4 (IANS)" says.
	Dateline Dateline
	Body     string // plain text, paragraphs separated by blank lines
	// Hash is the hex SHA-256 of the normalised body: the exact-duplicate key.
	Hash       string
	IngestedAt time.Time
	Summary    string
	// SummaryMethod names what made Summary: "extractive", "openai:MODEL", "lead".
	SummaryMethod string
	// Via says how the brief came in: "file", "feed:NAME", "api", "telegram"
	// or "slack"; "" for briefs stored before it was recorded.
	Via string
	// Meta keeps unknown fields of a JSON brief, as a JSON object; nil when none.
	Meta     json.RawMessage
	Meetings []Meeting
}

// Dateline is the place and local date a wire story was filed from.
type Dateline struct {
	Place  string `json:"place,omitempty"`
	Date   string `json:"date,omitempty"`   // YYYY-MM-DD, empty when unknown
	Source string `json:"source,omitempty"` // "IANS" in "New Delhi, Dec 4 (IANS)"
}

// Precision says how exactly a meeting's date is known.
type Precision string

// Precisions of a meeting date, as in the extract JSON contract.
const (
	PrecisionDay   Precision = "day"
	PrecisionWeek  Precision = "week"  // Date is that week's Monday
	PrecisionMonth Precision = "month" // Date is YYYY-MM
)

// Status places a meeting relative to the publication time of its brief.
type Status string

// Meeting statuses.
const (
	StatusPast     Status = "past"
	StatusOngoing  Status = "ongoing"
	StatusUpcoming Status = "upcoming"
	// StatusCancelled marks a meeting a brief says was called off. The
	// latest report of a meeting decides, so a later brief that cancels a
	// meeting cancels it in the store.
	StatusCancelled Status = "cancelled"
)

// Meeting is a gathering a brief mentions, resolved to a calendar date.
// Its JSON form is the "meetings" element of the extract contract in DESIGN.md.
type Meeting struct {
	ID           int64     `json:"-"`
	BriefID      int64     `json:"-"`
	Title        string    `json:"title"`
	Date         string    `json:"date"` // YYYY-MM-DD, or YYYY-MM for month precision
	Precision    Precision `json:"precision"`
	EndDate      string    `json:"end_date"` // YYYY-MM-DD of the last day, "" when one day
	Time         string    `json:"time"`     // HH:MM local time when the text gives one
	Place        string    `json:"place"`
	Participants []string  `json:"participants"`
	Status       Status    `json:"status"`
	Evidence     string    `json:"evidence"`
	// Key identifies the same meeting across briefs (see meetings.Key).
	Key string `json:"-"`
	// Sources lists the ids of every brief that reports this meeting.
	Sources []int64 `json:"-"`
	// Moved is set when a later brief rescheduled it: the date it had before.
	MovedFrom string `json:"-"`
}

// FollowKey names the meeting across briefs for its follow-up notices: its
// Key, or "id:N" (its row id) when it has none.
func (m Meeting) FollowKey() string {
	if m.Key != "" {
		return m.Key
	}
	return "id:" + strconv.FormatInt(m.ID, 10)
}

// MarshalJSON writes empty EndDate and Time as null, as the contract shows.
func (m Meeting) MarshalJSON() ([]byte, error) {
	type plain Meeting
	out := struct {
		plain
		EndDate *string `json:"end_date"`
		Time    *string `json:"time"`
	}{plain: plain(m)}
	if m.EndDate != "" {
		out.EndDate = &m.EndDate
	}
	if m.Time != "" {
		out.Time = &m.Time
	}
	if out.Participants == nil {
		out.Participants = []string{}
	}
	return json.Marshal(out)
}

// Start returns the first day of the meeting in loc (midnight), and false when
// Date is not a valid day, week or month date.
func (m Meeting) Start(loc *time.Location) (time.Time, bool) {
	if t, err := time.ParseInLocation("2006-01-02", m.Date, loc); err == nil {
		return t, true
	}
	if t, err := time.ParseInLocation("2006-01", m.Date, loc); err == nil {
		return t, true
	}
	return time.Time{}, false
}

// End returns the day after the meeting's last day in loc (an exclusive end),
// following its precision: one day, the end date, a week or a month.
func (m Meeting) End(loc *time.Location) (time.Time, bool) {
	start, ok := m.Start(loc)
	if !ok {
		return time.Time{}, false
	}
	if m.EndDate != "" {
		if t, err := time.ParseInLocation("2006-01-02", m.EndDate, loc); err == nil && !t.Before(start) {
			return t.AddDate(0, 0, 1), true
		}
	}
	switch m.Precision {
	case PrecisionWeek:
		return start.AddDate(0, 0, 7), true
	case PrecisionMonth:
		return start.AddDate(0, 1, 0), true
	}
	return start.AddDate(0, 0, 1), true
}

// Ways a brief comes in, recorded in Brief.Via. A feed's briefs record
// ViaFeedPrefix followed by the feed's name.
const (
	ViaFile       = "file"
	ViaAPI        = "api"
	ViaTelegram   = "telegram"
	ViaSlack      = "slack"
	ViaFeedPrefix = "feed:"
)

// FeedState is what is remembered about polling one feed.
type FeedState struct {
	URL string
	// ETag and LastModified are the validators of the last full response,
	// sent back as If-None-Match and If-Modified-Since.
	ETag, LastModified string
	LastPoll           time.Time // zero before the first poll
	LastResult         string    // "3 new, 17 seen", "not modified", or the error
	Items              int       // briefs added from this feed so far
	NextPoll           time.Time
	Failures           int // consecutive failed polls, for backoff
}
