package store

import (
	"cmp"
	"context"
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
}

// Meetings returns the meetings q selects, ordered by date then title, undated
// ones last. Rows
// from several briefs with the same non-empty Key are merged into one entry:
// Sources lists every brief (ascending), the fields come from the latest
// published brief (ties: the highest id) — its participants joined by those
// of the other reports of the same date, its empty time filled from them and
// its empty place from the newest report that names one — and MovedFrom holds the previous different date when a later
// brief moved the meeting.
func (s *Store) Meetings(ctx context.Context, q MeetingQuery) ([]briefs.Meeting, error) {
	f, err := newMeetingFilter(q)
	if err != nil {
		return nil, fmt.Errorf("store: meetings: %w", err)
	}
	rows, err := s.candidateMeetings(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("store: meetings: %w", err)
	}
	var out []briefs.Meeting
	for _, group := range groupByKey(rows) {
		if m := mergeMeetings(group); f.match(m) {
			out = append(out, m)
		}
	}
	slices.SortFunc(out, func(a, b briefs.Meeting) int {
		return cmp.Or(cmp.Compare(undated(a), undated(b)), cmp.Compare(a.Date, b.Date), cmp.Compare(a.Title, b.Title),
			cmp.Compare(a.Sources[0], b.Sources[0]), cmp.Compare(a.ID, b.ID))
	})
	if q.Limit > 0 && len(out) > q.Limit {
		out = out[:q.Limit]
	}
	return out, nil
}

// undated is 1 for a meeting without a date, so that it sorts last.
func undated(m briefs.Meeting) int {
	if m.Date == "" {
		return 1
	}
	return 0
}

// candidateMeetings loads every row that passes f's SQL prefilter (a superset
// of the rows f matches), plus every row sharing a key with one of them: a
// merged meeting takes its fields from one of its rows, so if the merged
// meeting matches f, that row is a candidate and its whole group is loaded.
func (s *Store) candidateMeetings(ctx context.Context, f meetingFilter) ([]meetingRow, error) {
	query := `SELECT ` + meetingColumns + ` FROM meetings m JOIN briefs b ON b.id = m.brief_id`
	conds, args := s.prefilter(f)
	if len(conds) == 0 {
		return s.queryMeetings(ctx, query) // every row
	}
	rows, err := s.queryMeetings(ctx, query+` WHERE `+strings.Join(conds, ` AND `), args...)
	if err != nil {
		return nil, err
	}
	seen := make(map[int64]bool, len(rows))
	for _, r := range rows {
		seen[r.m.ID] = true
	}
	err = inChunks(distinctKeys(rows), func(part []string, args []any) error {
		more, err := s.queryMeetings(ctx, query+` WHERE m.key IN (`+placeholders(len(part))+`)`, args...)
		for _, r := range more {
			if !seen[r.m.ID] {
				seen[r.m.ID] = true
				rows = append(rows, r)
			}
		}
		return err
	})
	return rows, err
}

// prefilter returns SQL conditions, and their arguments, that every row f
// matches passes: the span bounds, and the keywords LIKE can test.
func (s *Store) prefilter(f meetingFilter) (conds []string, args []any) {
	if f.from != "" {
		conds, args = append(conds, `m.end_day > ?`), append(args, f.from)
	}
	if f.to != "" {
		conds, args = append(conds, `m.start_day <= ?`), append(args, f.to)
	}
	like := s.d.likeCI
	for _, k := range f.keywords {
		if !likeSafe(k) {
			continue // matched in Go only
		}
		pat := "%" + k + "%"
		conds = append(conds, `(m.title `+like+` ? OR m.place `+like+` ? OR m.participants `+like+
			` ? OR m.evidence `+like+` ?)`)
		args = append(args, pat, pat, pat, pat)
	}
	return conds, args
}

// likeSafe reports whether a keyword can be prefiltered with a
// case-insensitive LIKE: ASCII letters, digits, spaces and hyphens only (LIKE
// folds only ASCII case, and JSON escapes some punctuation in participants).
func likeSafe(k string) bool {
	for _, r := range k {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == ' ' || r == '-'
		if !ok {
			return false
		}
	}
	return k != ""
}

// maxMove is how far apart the dates of two reports with one key may be
// and still be one meeting (a reschedule). Reports of one body's meeting
// further apart are different meetings: OPEC+ meets in June and again in
// December. A report that says the meeting was rescheduled joins it
// however far it moved.
const maxMove = 21 * 24 * time.Hour

// groupByKey groups rows with the same non-empty key whose dates chain
// within maxMove of each other; a row without a key is a group of its own,
// and the undated rows of a key form one group.
func groupByKey(rows []meetingRow) [][]meetingRow {
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
	if len(undated) > 0 {
		out = append(out, undated)
	}
	return out
}

// mergeMeetings merges the rows of one key into one meeting.
func mergeMeetings(rows []meetingRow) briefs.Meeting {
	slices.SortFunc(rows, func(a, b meetingRow) int {
		return cmp.Or(cmp.Compare(a.order, b.order), cmp.Compare(a.m.BriefID, b.m.BriefID),
			cmp.Compare(a.m.ID, b.m.ID))
	})
	m := rows[len(rows)-1].m
	for i := len(rows) - 2; i >= 0; i-- {
		if d := rows[i].m.Date; d != m.Date {
			m.MovedFrom = d
			break
		}
	}
	m.Sources = nil
	seen := map[string]bool{}
	for _, p := range m.Participants {
		seen[strings.ToLower(p)] = true
	}
	for i := len(rows) - 1; i >= 0; i-- { // newest report first
		r := rows[i].m
		m.Sources = append(m.Sources, r.BriefID)
		if m.Place == "" { // a moved meeting usually keeps its venue
			m.Place = r.Place
		}
		if r.Date != m.Date {
			continue // the time and people of an outdated report are not taken
		}
		if m.Time == "" {
			m.Time = r.Time
		}
		for _, p := range r.Participants { // every report's participants, once
			if !seen[strings.ToLower(p)] {
				seen[strings.ToLower(p)] = true
				m.Participants = append(m.Participants, p)
			}
		}
	}
	slices.Sort(m.Sources)
	m.Sources = slices.Compact(m.Sources)
	return m
}

// meetingFilter is a validated MeetingQuery.
type meetingFilter struct {
	from, to       string
	fromDay, toDay time.Time
	keywords       []string // lower case
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
			f.keywords = append(f.keywords, strings.ToLower(k))
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
	text := strings.ToLower(strings.Join(append([]string{m.Title, m.Place, m.Evidence}, m.Participants...), "\x00"))
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
