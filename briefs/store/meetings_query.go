package store

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// MeetingQuery selects meetings.
type MeetingQuery struct {
	// From and To are inclusive YYYY-MM-DD bounds on the meeting's span; ""
	// leaves that side open. A meeting matches when any of its days falls in
	// [From, To]. Meetings without a valid date match only when both are "".
	From, To string
	// Keywords must all appear, case-insensitively, in the meeting's title,
	// place, participants or evidence.
	Keywords []string
	// Limit caps the number of meetings returned; 0 means no limit.
	Limit int
	// NewestFirst orders the dated meetings latest first (undated ones
	// still last): Limit then keeps the latest, as "/meetings past" shows.
	NewestFirst bool
}

// maxMove is how far apart the dates of two reports with one key may be
// and still be one meeting (a reschedule). Reports of one body's meeting
// further apart are different meetings: OPEC+ meets in June and again in
// December. A report that says the meeting was rescheduled joins it
// however far it moved.
const maxMove = 21 * 24 * time.Hour

// groupByKey groups rows with the same non-empty key whose dates chain
// within maxMove of each other; a row without a key is a group of its own,
// and the undated rows of a key form one group, but for the undated
// cancels, which join the group they call off (joinCancels). It sorts rows
// by id first, so that ties (reports of one start day, or of one time) are
// broken the same way whatever order a query returned them in: a re-merge
// of some keys must give what a merge of every key gives.
func groupByKey(rows []meetingRow) [][]meetingRow {
	slices.SortFunc(rows, func(a, b meetingRow) int { return cmp.Compare(a.m.ID, b.m.ID) })
	var byKey [][]meetingRow
	at := map[string]int{}
	for _, r := range rows {
		if r.m.Key == "" {
			byKey = append(byKey, []meetingRow{r})
			continue
		}
		i, ok := at[r.m.Key]
		if !ok {
			i = len(byKey)
			at[r.m.Key] = i
			byKey = append(byKey, nil)
		}
		byKey[i] = append(byKey[i], r)
	}
	var groups [][]meetingRow
	for _, g := range byKey {
		groups = append(groups, splitByDate(g)...)
	}
	return groups
}

// splitByDate splits the rows of one key where the gap between successive
// start days exceeds maxMove, unless one of the two reports says the
// meeting was rescheduled ("moved to January 14 from December 10").
func splitByDate(rows []meetingRow) [][]meetingRow {
	if len(rows) == 1 {
		return [][]meetingRow{rows}
	}
	type dated struct {
		r     meetingRow
		start time.Time
	}
	var ds []dated
	var undated []meetingRow
	for _, r := range rows {
		if st, ok := r.m.Start(time.UTC); ok {
			ds = append(ds, dated{r, st})
		} else {
			undated = append(undated, r)
		}
	}
	slices.SortStableFunc(ds, func(a, b dated) int { return a.start.Compare(b.start) })
	var out [][]meetingRow
	for i, d := range ds {
		if i == 0 || d.start.Sub(ds[i-1].start) > maxMove && !reschedules(d.r.m) && !reschedules(ds[i-1].r.m) {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], d.r)
	}
	return joinCancels(out, undated)
}

// mergeMeetings merges the rows of one key into one meeting: the newest
// report, with what the older ones add (newest first: addOlderPlace,
// addSameDate, addSources). foldReport adds a report to a merged meeting by
// the same rules.
func mergeMeetings(rows []meetingRow) briefs.Meeting {
	slices.SortFunc(rows, reportOrder)
	if m, ok := mergeCancelled(rows); ok {
		return m
	}
	m := rows[len(rows)-1].m
	for i := len(rows) - 2; i >= 0; i-- {
		if d := rows[i].m.Date; d != "" && d != m.Date {
			m.MovedFrom = d
			break
		}
	}
	m.Sources = nil
	seen := peopleSeen(m.Participants)
	for i := len(rows) - 1; i >= 0; i-- { // newest report first
		r := rows[i].m
		m.Sources = append(m.Sources, r.BriefID)
		addOlderPlace(&m, r)
		addSameDate(&m, seen, r)
	}
	addSources(&m)
	return m
}

// addOlderPlace gives m, a meeting without a place, that of older, a report
// or merge of reports older than m's: a moved meeting usually keeps its
// venue.
func addOlderPlace(m *briefs.Meeting, older briefs.Meeting) {
	m.Place = cmp.Or(m.Place, older.Place)
}

// addSameDate adds to m the time (when m has none) and the participants
// (seen: those m has, in lower case) of older, a report or merge of reports
// older than m's, when it is of m's date: an outdated report's time and
// people are not taken.
func addSameDate(m *briefs.Meeting, seen map[string]bool, older briefs.Meeting) {
	if older.Date != m.Date {
		return
	}
	m.Time = cmp.Or(m.Time, older.Time)
	m.Participants = addPeople(m.Participants, seen, older.Participants) // every report's participants, once
}

// addSources sorts m's sources and drops repeats.
func addSources(m *briefs.Meeting) {
	slices.Sort(m.Sources)
	m.Sources = slices.Compact(m.Sources)
}

// peopleSeen returns the participants ps in lower case, as a set.
func peopleSeen(ps []string) map[string]bool {
	seen := map[string]bool{}
	for _, p := range ps {
		seen[strings.ToLower(p)] = true
	}
	return seen
}

// addPeople appends to list those of the participants ps that seen (lower
// case) lacks, each once, and notes them in seen.
func addPeople(list []string, seen map[string]bool, ps []string) []string {
	for _, p := range ps {
		if !seen[strings.ToLower(p)] {
			seen[strings.ToLower(p)] = true
			list = append(list, p)
		}
	}
	return list
}

// meetingFilter is a validated MeetingQuery.
type meetingFilter struct {
	from, to       string
	fromDay, toDay time.Time
	keywords       []string // folded (foldCase)
}

func newMeetingFilter(q MeetingQuery) (meetingFilter, error) {
	f := meetingFilter{from: q.From, to: q.To}
	var err error
	if q.From != "" {
		if f.fromDay, err = time.Parse(dayFormat, q.From); err != nil {
			return f, fmt.Errorf("bad From date %q: want YYYY-MM-DD", q.From)
		}
	}
	if q.To != "" {
		if f.toDay, err = time.Parse(dayFormat, q.To); err != nil {
			return f, fmt.Errorf("bad To date %q: want YYYY-MM-DD", q.To)
		}
	}
	if q.Limit < 0 {
		return f, fmt.Errorf("negative limit %d", q.Limit)
	}
	for _, k := range q.Keywords {
		if k = strings.TrimSpace(k); k != "" {
			f.keywords = append(f.keywords, foldCase(k))
		}
	}
	return f, nil
}

func (f meetingFilter) match(m briefs.Meeting) bool {
	if f.from != "" || f.to != "" {
		start, ok1 := m.Start(time.UTC)
		end, ok2 := m.End(time.UTC)
		if !ok1 || !ok2 {
			return false
		}
		if f.from != "" && !end.After(f.fromDay) {
			return false
		}
		if f.to != "" && start.After(f.toDay) {
			return false
		}
	}
	if len(f.keywords) == 0 {
		return true
	}
	text := foldCase(strings.Join(append([]string{m.Title, m.Place, m.Evidence}, m.Participants...), "\x00"))
	for _, k := range f.keywords {
		if !strings.Contains(text, k) {
			return false
		}
	}
	return true
}

// rescheduleWords in a report's evidence say it moves a meeting.
var rescheduleWords = []string{"reschedul", "postpone", "moved to", "brought forward", "pushed back", "deferred", "delayed to", "delayed until"}

// reschedules reports whether m's evidence says the meeting was moved.
func reschedules(m briefs.Meeting) bool {
	ev := strings.ToLower(m.Evidence)
	return slices.ContainsFunc(rescheduleWords, func(w string) bool { return strings.Contains(ev, w) })
}
