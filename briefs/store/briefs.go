package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// AddResult is the outcome of adding one brief.
type AddResult struct {
	ID      int64
	Created bool // false when a brief with the same hash was already stored
}

// AddBrief stores b and its meetings unless a brief with the same Hash is
// already stored, in which case it returns that brief's id, created false, and
// writes nothing. It sets b.ID, and b.IngestedAt to now when it is zero.
func (s *Store) AddBrief(ctx context.Context, b *briefs.Brief) (id int64, created bool, err error) {
	res, err := s.AddBriefs(ctx, []*briefs.Brief{b})
	if err != nil {
		return 0, false, err
	}
	return res[0].ID, res[0].Created, nil
}

// AddBriefs adds briefs as AddBrief does, all in one transaction: either every
// brief is stored (or found to be a duplicate) or none is. Briefs without an
// IngestedAt share one ingest time.
func (s *Store) AddBriefs(ctx context.Context, bs []*briefs.Brief) ([]AddResult, error) {
	for i, b := range bs {
		if err := checkBrief(b); err != nil {
			return nil, fmt.Errorf("store: add brief %d: %w", i, err)
		}
	}
	now := s.now()
	res := make([]AddResult, len(bs))
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if s.d.lockBriefs != "" {
			if _, err := tx.ExecContext(ctx, s.d.lockBriefs); err != nil {
				return fmt.Errorf("lock: %w", err)
			}
		}
		stored, err := s.storedHashes(ctx, tx, bs)
		if err != nil {
			return err
		}
		st, err := s.prepareAdd(ctx, tx)
		if err != nil {
			return err
		}
		defer st.close()
		// On SQLite a statement run with a context that can end starts a
		// goroutine and a progress handler to interrupt it: more than a
		// one-row insert costs. These are short, so they run without, and
		// an ending ctx stops the batch between briefs instead.
		stmtCtx := ctx
		if s.d.name == "sqlite" {
			stmtCtx = context.WithoutCancel(ctx)
		}
		var created []int64
		var t touched
		for i, b := range bs {
			if err := ctx.Err(); err != nil {
				return err
			}
			if id, ok := stored[b.Hash]; ok {
				res[i] = AddResult{ID: id}
				continue
			}
			r, err := s.addBrief(stmtCtx, st, b, cmp.Or(b.IngestedAt, now))
			if err != nil {
				return fmt.Errorf("brief %d (hash %.12s): %w", i, b.Hash, err)
			}
			stored[b.Hash] = r.ID // a later copy in bs is its duplicate
			if res[i] = r; r.Created {
				created = append(created, r.ID)
				t.add(r.ID, b.Meetings)
			}
		}
		if err := s.indexBriefs(ctx, tx, created); err != nil {
			return err
		}
		return s.syncMerged(ctx, tx, t)
	})
	if err != nil {
		return nil, fmt.Errorf("store: add briefs: %w", err)
	}
	for i, b := range bs { // only once committed
		b.ID = res[i].ID
		if res[i].Created && b.IngestedAt.IsZero() {
			b.IngestedAt = now
		}
	}
	return res, nil
}

// storedHashes returns the ids of the briefs already stored with the
// hashes of bs, by hash: one query per inChunk briefs, not one per brief.
// They are looked up before inserting because an INSERT that hits the
// conflict would still use up an id, and ids are to count 1, 2, 3 in
// ingest order.
func (s *Store) storedHashes(ctx context.Context, tx *sql.Tx, bs []*briefs.Brief) (map[string]int64, error) {
	stored := make(map[string]int64, len(bs))
	hashes := make([]string, len(bs))
	for i, b := range bs {
		hashes[i] = b.Hash
	}
	err := inChunks(hashes, func(part []string, args []any) error {
		rows, err := tx.QueryContext(ctx, s.d.q(`SELECT hash, id FROM briefs WHERE hash IN (`+placeholders(len(part))+`)`), args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var (
				hash string
				id   int64
			)
			if err := rows.Scan(&hash, &id); err != nil {
				return err
			}
			stored[hash] = id
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("find duplicates: %w", err)
	}
	return stored, nil
}

// addStmts are the statements adding a brief runs, prepared once a batch.
type addStmts struct {
	find, insert, meeting *sql.Stmt
	// returning: insert returns the new id as a row (PostgreSQL); else
	// it is the result's LastInsertId. SQLite runs a RETURNING clause as
	// a trigger, which makes every insert keep a statement journal.
	returning bool
}

func (s *Store) prepareAdd(ctx context.Context, tx *sql.Tx) (*addStmts, error) {
	st := addStmts{returning: s.d.name != "sqlite"}
	insert := `INSERT INTO briefs (external_id, title, source, url, published,
			dateline_place, dateline_date, dateline_source, body, hash, ingested_at, summary, summary_method, meta, via)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (hash) DO NOTHING`
	if st.returning {
		insert += ` RETURNING id`
	}
	for _, p := range []struct {
		dst   **sql.Stmt
		query string
	}{
		{&st.find, `SELECT id FROM briefs WHERE hash = ?`},
		{&st.insert, insert},
		{&st.meeting, insertMeetingSQL},
	} {
		stmt, err := tx.PrepareContext(ctx, s.d.q(p.query))
		if err != nil {
			st.close()
			return nil, fmt.Errorf("prepare: %w", err)
		}
		*p.dst = stmt
	}
	return &st, nil
}

func (st *addStmts) close() {
	for _, s := range []*sql.Stmt{st.find, st.insert, st.meeting} {
		if s != nil {
			s.Close()
		}
	}
}

// indexBriefs adds new briefs to the full-text index in one statement per
// run of consecutive ids (normally one per batch).
func (s *Store) indexBriefs(ctx context.Context, tx *sql.Tx, ids []int64) error {
	for len(ids) > 0 {
		n := 1
		for n < len(ids) && ids[n] == ids[n-1]+1 {
			n++
		}
		if s.d.indexSQL != "" {
			if _, err := tx.ExecContext(ctx, s.d.q(s.d.indexSQL), ids[0], ids[n-1]); err != nil {
				return fmt.Errorf("index: %w", err)
			}
		}
		ids = ids[n:]
	}
	return nil
}

func checkBrief(b *briefs.Brief) error {
	switch {
	case b == nil:
		return errors.New("nil brief")
	case b.Hash == "":
		return errors.New("empty hash")
	case len(b.Meta) > 0 && !json.Valid(b.Meta):
		return fmt.Errorf("meta is not valid JSON: %.40q", b.Meta)
	}
	if err := checkTime("published", b.Published); err != nil {
		return err
	}
	return checkTime("ingested at", b.IngestedAt)
}

// addBrief stores b, whose hash was not stored when the batch began, with
// its meetings; when a concurrent writer stored the hash since
// (PostgreSQL), it returns that brief's id and writes nothing.
func (s *Store) addBrief(ctx context.Context, st *addStmts, b *briefs.Brief, ingested time.Time) (AddResult, error) {
	var meta sql.NullString
	if len(b.Meta) > 0 {
		meta = sql.NullString{String: string(b.Meta), Valid: true}
	}
	args := []any{b.ExternalID, b.Title, b.Source, b.URL, encodeNullTime(b.Published),
		b.Dateline.Place, b.Dateline.Date, b.Dateline.Source, b.Body, b.Hash,
		encodeTime(ingested), b.Summary, b.SummaryMethod, meta, b.Via}
	id, err := st.insertBrief(ctx, args)
	if errors.Is(err, sql.ErrNoRows) { // a concurrent writer won
		if err := st.find.QueryRowContext(ctx, b.Hash).Scan(&id); err != nil {
			return AddResult{}, fmt.Errorf("find duplicate: %w", err)
		}
		return AddResult{ID: id}, nil
	}
	if err != nil {
		return AddResult{}, fmt.Errorf("insert: %w", err)
	}
	if err := insertMeetings(ctx, st.meeting, id, b.Meetings); err != nil {
		return AddResult{}, err
	}
	return AddResult{ID: id, Created: true}, nil
}

// insertBrief runs the insert and returns the new id, or sql.ErrNoRows
// when the hash conflicted and nothing was inserted.
func (st *addStmts) insertBrief(ctx context.Context, args []any) (id int64, err error) {
	if st.returning {
		err = st.insert.QueryRowContext(ctx, args...).Scan(&id)
		return id, err
	}
	res, err := st.insert.ExecContext(ctx, args...)
	if err != nil {
		return 0, err
	}
	if n, err := res.RowsAffected(); err != nil {
		return 0, err
	} else if n == 0 {
		return 0, sql.ErrNoRows
	}
	return res.LastInsertId()
}

// briefColumns are the columns scanBrief reads, in order.
const briefColumns = `b.id, b.external_id, b.title, b.source, b.url, b.published,
	b.dateline_place, b.dateline_date, b.dateline_source, b.body, b.hash,
	b.ingested_at, b.summary, b.summary_method, b.meta, b.via`

// briefListColumns are briefColumns with an empty body (SearchQuery.NoBody).
var briefListColumns = strings.Replace(briefColumns, "b.body", "''", 1)

type scanner interface{ Scan(dest ...any) error }

func scanBrief(sc scanner) (briefs.Brief, error) {
	var (
		b               briefs.Brief
		published, meta sql.NullString
		ingested        string
	)
	err := sc.Scan(&b.ID, &b.ExternalID, &b.Title, &b.Source, &b.URL, &published,
		&b.Dateline.Place, &b.Dateline.Date, &b.Dateline.Source, &b.Body, &b.Hash,
		&ingested, &b.Summary, &b.SummaryMethod, &meta, &b.Via)
	if err != nil {
		return briefs.Brief{}, err
	}
	if b.Published, err = decodeNullTime(published); err != nil {
		return briefs.Brief{}, fmt.Errorf("brief %d: published: %w", b.ID, err)
	}
	if b.IngestedAt, err = decodeTime(ingested); err != nil {
		return briefs.Brief{}, fmt.Errorf("brief %d: ingested_at: %w", b.ID, err)
	}
	if meta.Valid {
		b.Meta = []byte(meta.String)
	}
	return b, nil
}

// queryBriefs runs a query selecting briefColumns and loads the meetings of
// every brief it returns.
func (s *Store) queryBriefs(ctx context.Context, query string, args ...any) ([]briefs.Brief, error) {
	out, err := s.scanBriefs(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	if err := s.attachMeetings(ctx, out); err != nil {
		return nil, err
	}
	return out, nil
}

// scanBriefs runs query (selecting briefColumns) and returns its briefs
// without their meetings; its connection is free again when it returns.
func (s *Store) scanBriefs(ctx context.Context, query string, args ...any) ([]briefs.Brief, error) {
	rows, err := s.db.QueryContext(ctx, s.d.q(query), args...)
	if err != nil {
		return nil, err
	}
	return readBriefs(rows)
}

// readBriefs reads rows of briefColumns, and closes them.
func readBriefs(rows *sql.Rows) ([]briefs.Brief, error) { return readBriefsCap(rows, 0) }

// readBriefsCap is readBriefs with room for n briefs from the start.
func readBriefsCap(rows *sql.Rows, n int) ([]briefs.Brief, error) {
	defer rows.Close()
	out := make([]briefs.Brief, 0, n)
	for rows.Next() {
		b, err := scanBrief(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

// Brief returns the brief with id and its meetings, or an error wrapping
// briefs.ErrNotFound.
func (s *Store) Brief(ctx context.Context, id int64) (briefs.Brief, error) {
	bs, err := s.queryBriefs(ctx, `SELECT `+briefColumns+` FROM briefs b WHERE b.id = ?`, id)
	if err != nil {
		return briefs.Brief{}, fmt.Errorf("store: brief %d: %w", id, err)
	}
	if len(bs) == 0 {
		return briefs.Brief{}, fmt.Errorf("store: brief %d: %w", id, briefs.ErrNotFound)
	}
	return bs[0], nil
}

// BriefByExternalID returns the newest brief stored with that external id, or
// an error wrapping briefs.ErrNotFound.
func (s *Store) BriefByExternalID(ctx context.Context, ext string) (briefs.Brief, error) {
	if ext == "" {
		return briefs.Brief{}, fmt.Errorf("store: brief by external id: empty id: %w", briefs.ErrNotFound)
	}
	bs, err := s.queryBriefs(ctx, `SELECT `+briefColumns+` FROM briefs b
		WHERE b.external_id = ? ORDER BY b.id DESC LIMIT 1`, ext)
	if err != nil {
		return briefs.Brief{}, fmt.Errorf("store: brief by external id %q: %w", ext, err)
	}
	if len(bs) == 0 {
		return briefs.Brief{}, fmt.Errorf("store: brief by external id %q: %w", ext, briefs.ErrNotFound)
	}
	return bs[0], nil
}

// Latest returns the n newest briefs, newest first: by publication time (the
// ingest time when unknown), then by ingest time, then id. n <= 0 means all.
func (s *Store) Latest(ctx context.Context, n int) ([]briefs.Brief, error) {
	bs, err := s.queryBriefs(ctx, `SELECT `+briefColumns+` FROM briefs b
		ORDER BY COALESCE(b.published, b.ingested_at) DESC, b.ingested_at DESC, b.id DESC LIMIT ?`,
		s.d.limit(n))
	if err != nil {
		return nil, fmt.Errorf("store: latest: %w", err)
	}
	return bs, nil
}

// IngestedBetween returns briefs ingested in [from, to), oldest first, at most
// limit of them (limit <= 0 means all).
func (s *Store) IngestedBetween(ctx context.Context, from, to time.Time, limit int) ([]briefs.Brief, error) {
	bs, err := s.queryBriefs(ctx, `SELECT `+briefColumns+` FROM briefs b
		WHERE b.ingested_at >= ? AND b.ingested_at < ?
		ORDER BY b.ingested_at, b.id LIMIT ?`,
		encodeBound(from), encodeBound(to), s.d.limit(limit))
	if err != nil {
		return nil, fmt.Errorf("store: ingested between: %w", err)
	}
	return bs, nil
}

// Count returns the number of stored briefs.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM briefs`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count: %w", err)
	}
	return n, nil
}

// eachPage is how many briefs Each reads per query.
const eachPage = 200

// Each calls fn for every brief, with its meetings, in id order, reading a
// page at a time so no query stays open while fn runs: fn may write to the
// store (reindex does). It stops at the first error fn returns.
func (s *Store) Each(ctx context.Context, fn func(briefs.Brief) error) error {
	var after int64
	for {
		bs, err := s.queryBriefs(ctx, `SELECT `+briefColumns+` FROM briefs b
			WHERE b.id > ? ORDER BY b.id LIMIT ?`, after, eachPage)
		if err != nil {
			return fmt.Errorf("store: each: %w", err)
		}
		for _, b := range bs {
			if err := fn(b); err != nil {
				return err
			}
		}
		if len(bs) < eachPage {
			return nil
		}
		after = bs[len(bs)-1].ID
	}
}

// UpdateDerived replaces a brief's summary, summary method and meetings (what
// ingest derives from the text), as reindex does.
func (s *Store) UpdateDerived(ctx context.Context, id int64, summary, method string, ms []briefs.Meeting) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if err := s.lockWriters(ctx, tx); err != nil { // it re-merges meetings
			return err
		}
		res, err := tx.ExecContext(ctx, s.d.q(`UPDATE briefs SET summary = ?, summary_method = ? WHERE id = ?`),
			summary, method, id)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return briefs.ErrNotFound
		}
		if _, err := tx.ExecContext(ctx, s.d.q(`DELETE FROM meetings WHERE brief_id = ?`), id); err != nil {
			return fmt.Errorf("delete meetings: %w", err)
		}
		stmt, err := tx.PrepareContext(ctx, s.d.q(insertMeetingSQL))
		if err != nil {
			return fmt.Errorf("prepare: %w", err)
		}
		defer stmt.Close()
		if err := insertMeetings(ctx, stmt, id, ms); err != nil {
			return err
		}
		var t touched
		t.add(id, ms)
		return s.syncMerged(ctx, tx, t)
	})
	if err != nil {
		return fmt.Errorf("store: update derived %d: %w", id, err)
	}
	return nil
}
