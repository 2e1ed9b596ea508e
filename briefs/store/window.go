package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// WindowBrief is a brief as a digest reads it: without its meetings, and
// whether it has any.
type WindowBrief struct {
	briefs.Brief
	HasMeetings bool
}

// Window returns the briefs IngestedBetween returns — ingested in [from,
// to), oldest first, at most limit (limit <= 0 means all) — without loading
// their meetings: a digest needs only to know whether a brief has any, and
// loading the meetings of 5,000 briefs (with the other reports of each) cost
// more than reading the briefs.
func (s *Store) Window(ctx context.Context, from, to time.Time, limit int) ([]WindowBrief, error) {
	rows, err := s.db.QueryContext(ctx, s.d.q(`SELECT `+briefColumns+`,
		EXISTS (SELECT 1 FROM meetings m WHERE m.brief_id = b.id)
		FROM briefs b
		WHERE b.ingested_at >= ? AND b.ingested_at < ?
		ORDER BY b.ingested_at, b.id LIMIT ?`),
		encodeBound(from), encodeBound(to), s.d.limit(limit))
	if err != nil {
		return nil, fmt.Errorf("store: window: %w", err)
	}
	defer rows.Close()
	var out []WindowBrief
	for rows.Next() {
		var w WindowBrief
		if w.Brief, err = scanBrief(withExtra{rows, []any{&w.HasMeetings}}); err != nil {
			return nil, fmt.Errorf("store: window: %w", err)
		}
		out = append(out, w)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: window: %w", err)
	}
	return out, nil
}

// withExtra scans the columns scanBrief reads and then extra ones.
type withExtra struct {
	rows  *sql.Rows
	extra []any
}

func (w withExtra) Scan(dest ...any) error { return w.rows.Scan(append(dest, w.extra...)...) }
