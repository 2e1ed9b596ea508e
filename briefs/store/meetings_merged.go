package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// Meetings are stored one row per report (table meetings) and read merged:
// the reports of one Key whose dates chain within maxMove are one meeting
// (groupByKey, mergeMeetings). The merge is kept, one row per meeting, in
// merged_meetings, written with the reports that change it: adding briefs
// and replacing a brief's meetings re-merge the keys they touch in the same
// transaction. Reports deleted or changed any other way (a brief deleted by
// hand, cascading to its meetings) are marked in meetings_stale by a
// trigger, and re-merged by the next write or read. So /meetings reads a
// few merged rows in date order, and counts them, in SQL.

// mergedColumns are the columns scanMerged reads, in order.
const mergedColumns = `m.id, m.brief_id, m.key, m.title, m.date, m.precision, m.end_date, m.time,
	m.place, m.participants, m.status, m.evidence, m.moved_from, m.sources, m.said_place`

// mergedMeeting is a merged meeting as stored: the meeting, the place its
// latest report names (keywords match that one, not a place filled in from
// older reports), and the first and last start days of its dated reports
// (its span in the key's chain of dates; NULL when it has none).
type mergedMeeting struct {
	m           briefs.Meeting
	saidPlace   string
	first, last sql.NullString
}

// said is the meeting as keywords see it.
func (mm mergedMeeting) said() briefs.Meeting {
	m := mm.m
	m.Place = mm.saidPlace
	return m
}

// mergeGroup merges the rows of one meeting (a group of groupByKey).
func mergeGroup(g []meetingRow) mergedMeeting {
	mm := mergedMeeting{m: mergeMeetings(g)} // sorts g, latest report last
	mm.saidPlace = g[len(g)-1].m.Place
	for _, r := range g {
		if st, ok := r.m.Start(time.UTC); ok {
			day := st.Format(dayFormat)
			if !mm.first.Valid || day < mm.first.String {
				mm.first = sql.NullString{String: day, Valid: true}
			}
			if !mm.last.Valid || day > mm.last.String {
				mm.last = sql.NullString{String: day, Valid: true}
			}
		}
	}
	return mm
}

func scanMerged(sc scanner) (mergedMeeting, error) {
	var (
		mm                 mergedMeeting
		precision, status  string
		parts, sourcesJSON string
	)
	m := &mm.m
	err := sc.Scan(&m.ID, &m.BriefID, &m.Key, &m.Title, &m.Date, &precision, &m.EndDate, &m.Time,
		&m.Place, &parts, &status, &m.Evidence, &m.MovedFrom, &sourcesJSON, &mm.saidPlace)
	if err != nil {
		return mergedMeeting{}, err
	}
	m.Precision, m.Status = briefs.Precision(precision), briefs.Status(status)
	if m.Participants, m.Sources, err = decodeLists(m.ID, parts, sourcesJSON); err != nil {
		return mergedMeeting{}, err
	}
	return mm, nil
}

// decodeLists reads the participants and sources columns of merged meeting
// id as recordOf writes them (no participants: nil).
func decodeLists(id int64, parts, sourcesJSON string) (participants []string, sources []int64, err error) {
	if err := json.Unmarshal([]byte(parts), &participants); err != nil {
		return nil, nil, fmt.Errorf("merged meeting %d: participants: %w", id, err)
	}
	if len(participants) == 0 {
		participants = nil
	}
	if sources, err = parseSources(sourcesJSON); err != nil {
		return nil, nil, fmt.Errorf("merged meeting %d: sources: %w", id, err)
	}
	return participants, sources, nil
}

// parseSources reads a JSON array of brief ids as json.Marshal writes it
// ("[3,17,40]") without encoding/json, which took a tenth of a /meetings
// reply for meetings with hundreds of sources; any other spelling goes to
// encoding/json.
func parseSources(list string) ([]int64, error) {
	if inner, ok := strings.CutPrefix(list, "["); ok {
		if inner, ok = strings.CutSuffix(inner, "]"); ok {
			if ids, err := parseIDs(inner); err == nil && ids != nil {
				return ids, nil
			}
		}
	}
	var ids []int64
	err := json.Unmarshal([]byte(list), &ids)
	return ids, err
}

// touched collects what a write changes of the meetings: the days of the
// reports it stores, by key, and the briefs whose reports have no key
// (each such report is a meeting of its own).
type touched struct {
	days    map[string]map[string]bool
	keyless []int64
	// keyed lists the briefs with keyed reports (their new reports may
	// fold into stored meetings, meetings_fold.go); stale, the keys
	// meetings_stale marked, whose reports may not.
	keyed []int64
	stale map[string]bool
}

// add notes the reports ms of brief id.
func (t *touched) add(id int64, ms []briefs.Meeting) {
	for _, m := range ms {
		if m.Key == "" {
			t.keyless = appendNew(t.keyless, id)
			continue
		}
		t.keyed = appendNew(t.keyed, id)
		day := undatedDay
		if st, ok := m.Start(time.UTC); ok {
			day = st.Format(dayFormat)
		}
		t.addDay(m.Key, day)
	}
}

// appendNew appends id to ids unless it is already the last.
func appendNew(ids []int64, id int64) []int64 {
	if len(ids) == 0 || ids[len(ids)-1] != id {
		ids = append(ids, id)
	}
	return ids
}

// addDay notes a report of key on day.
func (t *touched) addDay(key, day string) {
	if t.days == nil {
		t.days = map[string]map[string]bool{}
	}
	if t.days[key] == nil {
		t.days[key] = map[string]bool{}
	}
	t.days[key][day] = true
}

// syncMerged re-merges, in tx, the meetings of what t touched and of the
// reports meetings_stale lists, and empties meetings_stale: near the days
// of the reports added or deleted (remergeNear), or, for keys whose
// reports were changed in place, whole.
func (s *Store) syncMerged(ctx context.Context, tx *sql.Tx, t touched) error {
	if len(s.d.migrations) < s.d.mergedStep {
		return nil
	}
	keys, rowIDs, err := s.takeStale(ctx, tx, &t)
	if err != nil {
		return err
	}
	if !s.spans {
		for k := range t.days {
			keys = append(keys, k)
		}
		t.days = nil
	}
	for _, k := range keys {
		delete(t.days, k)
	}
	var fresh map[string][]meetingRow
	if len(t.days) > 0 {
		if fresh, err = s.freshReports(ctx, tx, t.keyed, t.stale); err != nil {
			return fmt.Errorf("merge meetings: %w", err)
		}
	}
	ix := newIndexChanges()
	whole, err := s.remergeNear(ctx, tx, ix, t.days, fresh)
	if err != nil {
		return fmt.Errorf("merge meetings: %w", err)
	}
	keys = append(keys, whole...)
	slices.Sort(keys)
	keys = slices.Compact(keys)
	slices.Sort(rowIDs)
	rowIDs = slices.Compact(rowIDs)
	err = s.remergeInto(ctx, tx, ix, keys, rowIDs, t.keyless)
	if err == nil {
		err = s.writeIndex(ctx, tx, ix)
	}
	if err != nil {
		return fmt.Errorf("merge meetings: %w", err)
	}
	return nil
}

// takeStale returns and clears what meetings_stale lists: the keys to
// re-merge whole, and the row ids of reports without one; the days of
// keyed reports deleted by hand it adds to t. It takes them in one
// statement, so that a mark a hand-made change commits meanwhile
// (PostgreSQL) is either taken or left for the next re-merge, never
// cleared unread.
func (s *Store) takeStale(ctx context.Context, tx *sql.Tx, t *touched) (keys []string, rowIDs []int64, err error) {
	rows, err := tx.QueryContext(ctx, `DELETE FROM meetings_stale RETURNING key, row_id`)
	if err != nil {
		return nil, nil, fmt.Errorf("merge meetings: stale: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var id int64
		if err := rows.Scan(&k, &id); err != nil {
			return nil, nil, fmt.Errorf("merge meetings: stale: %w", err)
		}
		if k == "" {
			rowIDs = append(rowIDs, id)
		} else if day, ok := staleDay(id); ok {
			t.addDay(k, day)
			if t.stale == nil {
				t.stale = map[string]bool{}
			}
			t.stale[k] = true
		} else {
			keys = append(keys, k)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("merge meetings: stale: %w", err)
	}
	return keys, rowIDs, nil
}

// queryColumn runs a query selecting one column.
func queryColumn[T any](ctx context.Context, q querier, query string, args ...any) ([]T, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	return scanColumn[T](rows)
}

// scanColumn reads rows of one column, and closes them.
func scanColumn[T any](rows *sql.Rows) ([]T, error) {
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// syncStale re-merges what meetings_stale lists, when it lists anything
// (reports deleted or changed outside the store's writes). A read-only
// store leaves it to the next writer.
func (s *Store) syncStale(ctx context.Context) error {
	if len(s.d.migrations) < s.d.mergedStep {
		return nil
	}
	rows, err := s.queryOn(ctx, s.db, `SELECT 1 FROM meetings_stale LIMIT 1`, true)
	if err != nil {
		return fmt.Errorf("merge meetings: stale: %w", err)
	}
	stale := rows.Next()
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("merge meetings: stale: %w", err)
	}
	if !stale || s.readOnly {
		return nil
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if err := s.lockWriters(ctx, tx); err != nil {
			return err
		}
		return s.syncMerged(ctx, tx, touched{})
	})
}

// lockWriters takes, in tx, the lock that adding briefs takes (PostgreSQL),
// so that two writers never re-merge the same meetings at once: each would
// delete the merged rows it sees and insert its own.
func (s *Store) lockWriters(ctx context.Context, tx *sql.Tx) error {
	if s.d.lockBriefs == "" {
		return nil
	}
	if _, err := tx.ExecContext(ctx, s.d.lockBriefs); err != nil {
		return fmt.Errorf("lock: %w", err)
	}
	return nil
}

// backfillMerged is the migration step that fills merged_meetings from the
// stored reports, a few hundred keys at a time (dollar: PostgreSQL's
// placeholders).
func backfillMerged(dollar bool) migration {
	return remergeAll(&Store{d: dialect{dollarPlaceholders: dollar}}, "backfill merged meetings")
}

// remergeAll returns a migration step that re-merges every stored report
// with s (whose dialect and spans are the schema's at that step), a few
// hundred keys at a time.
func remergeAll(s *Store, what string) migration {
	return func(ctx context.Context, tx *sql.Tx) error {
		keys, err := queryColumn[string](ctx, tx, `SELECT DISTINCT key FROM meetings WHERE key <> ''`)
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		for len(keys) > 0 {
			n := min(len(keys), inChunk)
			if err := s.remerge(ctx, tx, keys[:n], nil, nil); err != nil {
				return fmt.Errorf("%s: %w", what, err)
			}
			keys = keys[n:]
		}
		ids, err := queryColumn[int64](ctx, tx, `SELECT id FROM meetings WHERE key = ''`)
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		for len(ids) > 0 {
			n := min(len(ids), inChunk)
			if err := s.remerge(ctx, tx, nil, ids[:n], nil); err != nil {
				return fmt.Errorf("%s: %w", what, err)
			}
			ids = ids[n:]
		}
		return nil
	}
}
