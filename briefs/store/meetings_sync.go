package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
)

// A re-merge computes the merged meetings of the keys a write touched from
// their stored reports, reads the rows merged_meetings holds for them, and
// writes only the difference: a meeting whose row is unchanged is not
// rewritten, nor are its keyword index entries (which cost most). A row
// whose indexed text (title, place said, people, evidence) is unchanged is
// updated in place; any other changed row is replaced.

// mergedRecord is a merged meeting as its row in merged_meetings holds it,
// column for column, in the order of recordColumns.
type mergedRecord struct {
	id, briefID                        int64
	key, title, date, precision        string
	endDate, time, place, participants string
	status, evidence, movedFrom        string
	sources                            string
	undated, firstSource               int64
	startDay, endDay                   sql.NullString
	saidPlace, people                  string
	spanFirst, spanLast                sql.NullString
}

// recordColumns are the columns of a mergedRecord, in order; spanColumns
// follow them in a schema that has them (Store.spans).
const (
	recordColumns = `id, brief_id, key, title, date, precision, end_date, time, place, participants,
	status, evidence, moved_from, sources, undated, first_source, start_day, end_day, said_place, people`
	spanColumns = `, span_first, span_last`
)

// columns returns the columns of a record as s's schema stores them.
func (s *Store) columns() string {
	if s.spans {
		return recordColumns + spanColumns
	}
	return recordColumns
}

// insertSQL returns the statement that inserts one record.
func (s *Store) insertSQL() string {
	n := strings.Count(s.columns(), ",") + 1
	return `INSERT INTO merged_meetings (` + s.columns() + `) VALUES (` + placeholders(n) + `)`
}

// updateSQL returns the statement that rewrites the columns of a record
// that the keyword index does not hold.
func (s *Store) updateSQL() string {
	set := `brief_id = ?, key = ?, date = ?, precision = ?, end_date = ?, time = ?, place = ?,
	participants = ?, status = ?, moved_from = ?, sources = ?, undated = ?, first_source = ?,
	start_day = ?, end_day = ?`
	if s.spans {
		set += `, span_first = ?, span_last = ?`
	}
	return `UPDATE merged_meetings SET ` + set + ` WHERE id = ?`
}

// recordOf returns the row of mm (without its span unless spans).
func recordOf(mm mergedMeeting, spans bool) (mergedRecord, error) {
	m := mm.m
	parts := m.Participants
	if parts == nil {
		parts = []string{}
	}
	pj, err := json.Marshal(parts)
	if err != nil {
		return mergedRecord{}, fmt.Errorf("merged meeting %d: participants: %w", m.ID, err)
	}
	sj, err := json.Marshal(m.Sources)
	if err != nil {
		return mergedRecord{}, fmt.Errorf("merged meeting %d: sources: %w", m.ID, err)
	}
	start, end := meetingSpan(m)
	var undated int64
	if m.Date == "" {
		undated = 1
	}
	r := mergedRecord{id: m.ID, briefID: m.BriefID, key: m.Key, title: m.Title, date: m.Date,
		precision: string(m.Precision), endDate: m.EndDate, time: m.Time, place: m.Place,
		participants: string(pj), status: string(m.Status), evidence: m.Evidence, movedFrom: m.MovedFrom,
		sources: string(sj), undated: undated, firstSource: m.Sources[0], startDay: start, endDay: end,
		saidPlace: mm.saidPlace, people: strings.Join(m.Participants, "\n")}
	if spans {
		r.spanFirst, r.spanLast = mm.first, mm.last
	}
	return r, nil
}

// insertArgs are the arguments of Store.insertSQL for r.
func (r mergedRecord) insertArgs(spans bool) []any {
	args := []any{r.id, r.briefID, r.key, r.title, r.date, r.precision, r.endDate, r.time, r.place,
		r.participants, r.status, r.evidence, r.movedFrom, r.sources, r.undated, r.firstSource,
		r.startDay, r.endDay, r.saidPlace, r.people}
	if spans {
		args = append(args, r.spanFirst, r.spanLast)
	}
	return args
}

// updateArgs are the arguments of Store.updateSQL for r.
func (r mergedRecord) updateArgs(spans bool) []any {
	args := []any{r.briefID, r.key, r.date, r.precision, r.endDate, r.time, r.place, r.participants,
		r.status, r.movedFrom, r.sources, r.undated, r.firstSource, r.startDay, r.endDay}
	if spans {
		args = append(args, r.spanFirst, r.spanLast)
	}
	return append(args, r.id)
}

// sameText reports whether r and o give the keyword index the same text.
func (r mergedRecord) sameText(o mergedRecord) bool {
	return r.title == o.title && r.saidPlace == o.saidPlace && r.people == o.people && r.evidence == o.evidence
}

// scanRecord reads a row of Store.columns.
func scanRecord(sc scanner, spans bool) (mergedRecord, error) {
	var r mergedRecord
	dest := []any{&r.id, &r.briefID, &r.key, &r.title, &r.date, &r.precision, &r.endDate, &r.time,
		&r.place, &r.participants, &r.status, &r.evidence, &r.movedFrom, &r.sources, &r.undated,
		&r.firstSource, &r.startDay, &r.endDay, &r.saidPlace, &r.people}
	if spans {
		dest = append(dest, &r.spanFirst, &r.spanLast)
	}
	err := sc.Scan(dest...)
	return r, err
}

// readRecords returns the rows of merged_meetings that where selects.
func (s *Store) readRecords(ctx context.Context, tx *sql.Tx, where string, args []any) ([]mergedRecord, error) {
	rows, err := tx.QueryContext(ctx, s.d.q(`SELECT `+s.columns()+` FROM merged_meetings WHERE `+where), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []mergedRecord
	for rows.Next() {
		r, err := scanRecord(rows, s.spans)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// mergeChunk is how many keys are re-merged at a time: their reports are
// held in memory together.
const mergeChunk = 50

// remerge brings the merged meetings of keys, of the key-less reports
// rowIDs and of the key-less reports of briefs up to date with the stored
// reports, and then the keyword index.
func (s *Store) remerge(ctx context.Context, tx *sql.Tx, keys []string, rowIDs, briefs []int64) error {
	ix := newIndexChanges()
	err := s.remergeInto(ctx, tx, ix, keys, rowIDs, briefs)
	if err == nil {
		err = s.writeIndex(ctx, tx, ix)
	}
	if err != nil {
		return fmt.Errorf("merge meetings: %w", err)
	}
	return nil
}

// remergeInto re-merges as remerge does, a few dozen keys at a time,
// noting the keyword index changes in ix.
func (s *Store) remergeInto(ctx context.Context, tx *sql.Tx, ix *indexChanges, keys []string, rowIDs, briefs []int64) error {
	byKey := func(n int) string { return `key IN (` + placeholders(n) + `) AND key <> ''` } // for SQLite's partial meetings_key_start
	byID := func(n int) string { return `key = '' AND id IN (` + placeholders(n) + `)` }
	byBrief := func(n int) string { return `key = '' AND brief_id IN (` + placeholders(n) + `)` }
	err := inChunksOf(mergeChunk, keys, func(_ []string, args []any) error {
		return s.syncWhere(ctx, tx, ix, byKey(len(args)), true, args)
	})
	if err == nil {
		err = inChunks(rowIDs, func(_ []int64, args []any) error { return s.syncWhere(ctx, tx, ix, byID(len(args)), true, args) })
	}
	if err == nil { // their merged rows, if any, have their reports' ids
		err = inChunks(briefs, func(_ []int64, args []any) error { return s.syncWhere(ctx, tx, ix, byBrief(len(args)), false, args) })
	}
	return err
}

// syncWhere re-merges the reports that where selects (every report of
// their keys; where tests columns that meetings and merged_meetings share)
// and writes what differs from the merged rows where selects when merged
// is set (and those that hold their ids), or else from none (the reports
// were just stored); it notes in ix what the keyword index must take out
// and add.
func (s *Store) syncWhere(ctx context.Context, tx *sql.Tx, ix *indexChanges, where string, merged bool, args []any) error {
	rows, err := s.queryMeetingsOn(ctx, tx, `SELECT `+meetingColumns+` FROM meetings m WHERE m.`+where, args...)
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	var old []mergedRecord
	if merged {
		if old, err = s.readRecords(ctx, tx, where, args); err != nil {
			return fmt.Errorf("read: %w", err)
		}
	}
	return s.syncRows(ctx, tx, ix, rows, nil, old, merged) // new reports' ids are new
}

// syncRows merges rows (every report of the meetings they are in), adds
// the rows merged (merged already), and writes what differs from old,
// their merged rows as stored; with rekeyed, a report may have moved from
// another key, and the rows that hold the new meetings' ids are read too.
func (s *Store) syncRows(ctx context.Context, tx *sql.Tx, ix *indexChanges, rows []meetingRow, merged, old []mergedRecord, rekeyed bool) error {
	want := map[int64]mergedRecord{}
	var order []int64
	for _, r := range merged {
		want[r.id] = r
		order = append(order, r.id)
	}
	for _, g := range groupByKey(rows) {
		r, err := recordOf(mergeGroup(g), s.spans)
		if err != nil {
			return err
		}
		want[r.id] = r
		order = append(order, r.id)
	}
	// A row of another key may hold a new meeting's id: its report was
	// re-keyed. It goes too (its key is re-merged as well).
	have := map[int64]bool{}
	for _, r := range old {
		have[r.id] = true
	}
	var missing []int64
	for _, id := range order {
		if rekeyed && !have[id] {
			missing = append(missing, id)
		}
	}
	err := inChunks(missing, func(_ []int64, args []any) error {
		rs, err := s.readRecords(ctx, tx, `id IN (`+placeholders(len(args))+`)`, args)
		old = append(old, rs...)
		return err
	})
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	return s.writeDiff(ctx, tx, ix, old, want, order)
}

// writeDiff turns the rows old into want (by id; order lists want's ids):
// it deletes the rows want does not hold as they are, updates those whose
// indexed text is unchanged, and inserts the rest, noting the keyword index
// changes in ix.
func (s *Store) writeDiff(ctx context.Context, tx *sql.Tx, ix *indexChanges, old []mergedRecord, want map[int64]mergedRecord, order []int64) error {
	var drop []int64
	var update []mergedRecord
	kept := map[int64]bool{}
	for _, o := range old {
		switch w, ok := want[o.id]; {
		case ok && w == o:
			kept[o.id] = true
		case ok && w.sameText(o):
			kept[o.id] = true
			update = append(update, w)
		default:
			drop = append(drop, o.id)
			ix.drop(o)
		}
	}
	var add []mergedRecord
	for _, id := range order {
		if !kept[id] {
			add = append(add, want[id])
			ix.added[id] = true
		}
	}
	err := inChunks(drop, func(_ []int64, args []any) error {
		_, err := tx.ExecContext(ctx, s.d.q(`DELETE FROM merged_meetings WHERE id IN (`+placeholders(len(args))+`)`), args...)
		return err
	})
	if err != nil {
		return fmt.Errorf("delete: %w", err)
	}
	if err := s.execEach(ctx, tx, s.updateSQL(), update, mergedRecord.updateArgs); err != nil {
		return fmt.Errorf("update: %w", err)
	}
	if err := s.execEach(ctx, tx, s.insertSQL(), add, mergedRecord.insertArgs); err != nil {
		return fmt.Errorf("insert: %w", err)
	}
	return nil
}

// indexChanges are the keyword index changes of a re-merge: the entries to
// take out, as they were indexed, and the ids of the rows to add.
type indexChanges struct {
	gone  [][5]any
	added map[int64]bool
}

func newIndexChanges() *indexChanges { return &indexChanges{added: map[int64]bool{}} }

// drop notes that the row o was deleted.
func (ix *indexChanges) drop(o mergedRecord) {
	if ix.added[o.id] { // added by this re-merge: not indexed yet
		delete(ix.added, o.id)
		return
	}
	ix.gone = append(ix.gone, [5]any{o.id, o.title, o.saidPlace, o.people, o.evidence})
}

// writeIndex makes the keyword index changes ix notes, in one statement
// (dialect.reindexMergedSQL).
func (s *Store) writeIndex(ctx context.Context, tx *sql.Tx, ix *indexChanges) error {
	if s.d.reindexMergedSQL == "" || len(ix.gone) == 0 && len(ix.added) == 0 {
		return nil
	}
	ids := make([]int64, 0, len(ix.added)) // the statement sorts them
	for id := range ix.added {
		ids = append(ids, id)
	}
	gone, err := json.Marshal(append(make([][5]any, 0, len(ix.gone)), ix.gone...)) // [] when empty, not null
	if err == nil {
		var added []byte
		if added, err = json.Marshal(ids); err == nil {
			_, err = tx.ExecContext(ctx, s.d.reindexMergedSQL, string(gone), string(added))
		}
	}
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	return nil
}

// execEach runs query, prepared once, with the arguments of each record.
func (s *Store) execEach(ctx context.Context, tx *sql.Tx, query string, rs []mergedRecord, args func(mergedRecord, bool) []any) error {
	if len(rs) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, s.d.q(query))
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, r := range rs {
		if _, err := stmt.ExecContext(ctx, args(r, s.spans)...); err != nil {
			return fmt.Errorf("merged meeting %d: %w", r.id, err)
		}
	}
	return nil
}
