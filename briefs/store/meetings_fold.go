package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// A merged meeting is a fold over its reports in report order (order, then
// brief, then id; mergeMeetings): the newest report gives most fields, and
// the others add sources, participants and what the newest leaves empty.
// So a report that joins a meeting as its newest, inside its span, folds
// into the stored row without the group being read again, when that gives
// exactly what a merge of the key's reports gives:
//   - the meeting's span is at most maxMove less a day long, so every gap
//     between its reports is within maxMove and a report inside the span
//     can neither split it nor, as no boundary moves, join it to another;
//   - the report does not say the meeting was moved (such a report joins
//     meetings across gaps);
//   - the key has no undated cancel and no report marked stale (both are
//     re-merged another way before folding is tried; see remergeNear);
//   - the report comes after the meeting's newest report in report order.
// Anything else falls back to the re-merge of the meetings near the
// report's day (syncNear).

// maxFoldSpan is the longest span a meeting may have for reports to fold
// into it: a day short of maxMove, so that start times within the first
// and last day stay within maxMove of each other.
const maxFoldSpan = maxMove - 24*time.Hour

// errNoFold says a report cannot fold into its key's stored meetings.
var errNoFold = errors.New("no fold")

// freshReports returns the keyed reports of the briefs ids, just stored,
// by key, leaving out the keys of skip.
func (s *Store) freshReports(ctx context.Context, tx *sql.Tx, ids []int64, skip map[string]bool) (map[string][]meetingRow, error) {
	out := map[string][]meetingRow{}
	err := inChunks(ids, func(_ []int64, args []any) error {
		rows, err := s.queryMeetingsOn(ctx, tx, `SELECT `+meetingColumns+` FROM meetings m
			WHERE m.brief_id IN (`+placeholders(len(args))+`) AND m.key <> ''`, args...)
		for _, r := range rows {
			if !skip[r.m.Key] {
				out[r.m.Key] = append(out[r.m.Key], r)
			}
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("new reports: %w", err)
	}
	return out, nil
}

// reportOrder is report order, oldest first: order, then brief, then id
// (mergeMeetings sorts by it).
func reportOrder(a, b meetingRow) int {
	return cmp.Or(cmp.Compare(a.order, b.order), cmp.Compare(a.m.BriefID, b.m.BriefID), cmp.Compare(a.m.ID, b.m.ID))
}

// foldKey folds the new reports rs of one key into its stored meetings
// stored, and returns the rows it changes as they are stored (old) and as
// they become (now); errNoFold when the key must be re-merged instead.
func (s *Store) foldKey(ctx context.Context, tx *sql.Tx, stored []mergedRecord, rs []meetingRow) (old, now []mergedRecord, err error) {
	slices.SortFunc(rs, reportOrder)
	var folded []*foldState
	for _, r := range rs {
		day, ok := foldDay(r)
		if !ok {
			return nil, nil, errNoFold
		}
		var st *foldState
		for _, f := range folded {
			if f.mm.first.String <= day && day <= f.mm.last.String {
				st = f
			}
		}
		if st == nil {
			i := slices.IndexFunc(stored, func(o mergedRecord) bool {
				return o.spanFirst.Valid && o.spanFirst.String <= day && day <= o.spanLast.String
			})
			if i < 0 {
				return nil, nil, errNoFold
			}
			if st, err = s.newFoldState(ctx, tx, stored[i]); err != nil {
				return nil, nil, err
			}
			folded = append(folded, st)
		}
		if reportOrder(st.newest, r) >= 0 {
			return nil, nil, errNoFold
		}
		if st.mm, err = s.foldReport(ctx, tx, st.mm, r, day); err != nil {
			return nil, nil, err
		}
		st.newest = r
	}
	for _, f := range folded {
		rec, err := recordOf(f.mm, s.spans)
		if err != nil {
			return nil, nil, err
		}
		old, now = append(old, f.old), append(now, rec)
	}
	return old, now, nil
}

// foldDay returns the start day of a report that may fold into a meeting:
// dated, and not moving the meeting.
func foldDay(r meetingRow) (string, bool) {
	st, ok := r.m.Start(time.UTC)
	if !ok || reschedules(r.m) {
		return "", false
	}
	return st.Format(dayFormat), true
}

// foldState is a stored meeting that new reports fold into: its row as
// stored, the meeting so far, and its newest report (its place in report
// order).
type foldState struct {
	old    mergedRecord
	mm     mergedMeeting
	newest meetingRow
}

// newFoldState starts a fold into the stored meeting o; errNoFold when its
// span is too long, or its date empty.
func (s *Store) newFoldState(ctx context.Context, tx *sql.Tx, o mergedRecord) (*foldState, error) {
	first, err1 := time.Parse(dayFormat, o.spanFirst.String)
	last, err2 := time.Parse(dayFormat, o.spanLast.String)
	if err1 != nil || err2 != nil || last.Sub(first) > maxFoldSpan || o.date == "" {
		return nil, errNoFold
	}
	mm, err := meetingOfRecord(o)
	if err != nil {
		return nil, err
	}
	newest := meetingRow{m: briefs.Meeting{ID: o.id}}
	err = tx.QueryRowContext(ctx, s.d.q(`SELECT brief_id, reported FROM meetings WHERE id = ?`), o.id).
		Scan(&newest.m.BriefID, &newest.order)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errNoFold
	}
	if err != nil {
		return nil, fmt.Errorf("newest report: %w", err)
	}
	return &foldState{old: o, mm: mm, newest: newest}, nil
}

// foldReport returns mm with r, on day, as its newest report: what
// mergeGroup gives for mm's reports and r. Participants and a time come
// from the reports of r's date: when that is mm's date, mm holds them;
// else the stored reports of that date (but those after r) are read.
func (s *Store) foldReport(ctx context.Context, tx *sql.Tx, mm mergedMeeting, r meetingRow, day string) (mergedMeeting, error) {
	m := r.m
	m.Participants = slices.Clone(r.m.Participants)
	seen := peopleSeen(m.Participants)
	if r.m.Date == mm.m.Date {
		m.MovedFrom = mm.m.MovedFrom
		addSameDate(&m, seen, mm.m)
	} else {
		m.MovedFrom = mm.m.Date
		same, err := s.queryMeetingsOn(ctx, tx, `SELECT `+meetingColumns+` FROM meetings m
			WHERE m.key = ? AND m.key <> '' AND m.start_day = ? AND m.date = ?`, r.m.Key, day, r.m.Date)
		if err != nil {
			return mm, fmt.Errorf("reports of %s: %w", r.m.Date, err)
		}
		same = slices.DeleteFunc(same, func(o meetingRow) bool { return reportOrder(o, r) >= 0 })
		slices.SortFunc(same, func(a, b meetingRow) int { return reportOrder(b, a) }) // newest first
		for _, o := range same {
			addSameDate(&m, seen, o.m)
		}
	}
	if len(m.Participants) == 0 {
		m.Participants = nil
	}
	addOlderPlace(&m, mm.m)
	m.Sources = append(slices.Clone(mm.m.Sources), r.m.BriefID)
	addSources(&m)
	first, last := mm.first, mm.last
	first.String, last.String = min(first.String, day), max(last.String, day)
	return mergedMeeting{m: m, saidPlace: r.m.Place, first: first, last: last}, nil
}

// meetingOfRecord reads a stored merged row back into the meeting it was
// written from (recordOf).
func meetingOfRecord(o mergedRecord) (mergedMeeting, error) {
	m := briefs.Meeting{ID: o.id, BriefID: o.briefID, Key: o.key, Title: o.title, Date: o.date,
		Precision: briefs.Precision(o.precision), EndDate: o.endDate, Time: o.time, Place: o.place,
		Status: briefs.Status(o.status), Evidence: o.evidence, MovedFrom: o.movedFrom}
	var err error
	if m.Participants, m.Sources, err = decodeLists(o.id, o.participants, o.sources); err != nil {
		return mergedMeeting{}, err
	}
	return mergedMeeting{m: m, saidPlace: o.saidPlace, first: o.spanFirst, last: o.spanLast}, nil
}
