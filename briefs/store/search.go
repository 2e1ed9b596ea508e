package store

import (
	"context"
	"fmt"

	"github.com/briefbot/briefbot/briefs"
)

// maxQueryBytes bounds a search query.
const maxQueryBytes = 1024

// Search returns up to limit briefs (limit <= 0: all) containing every word of
// query in the title, body or summary, best match first (bm25, title words
// weigh most), then newest. Words are matched as literal text after stemming
// ("meetings" finds "meeting"); no query syntax is interpreted, so any input
// is safe. A query with no letters or digits returns no briefs; words past the
// 32nd are ignored.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]briefs.Brief, error) {
	if len(query) > maxQueryBytes {
		return nil, fmt.Errorf("store: search: query is %d bytes, more than %d", len(query), maxQueryBytes)
	}
	terms := searchTerms(query)
	if len(terms) == 0 {
		return nil, nil
	}
	ids, err := s.searchIDs(ctx, s.d.ftsQuery(terms), limit)
	if err != nil {
		return nil, fmt.Errorf("store: search %q: %w", query, err)
	}
	if len(ids) == 0 {
		return nil, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	bs, err := s.queryBriefs(ctx, `SELECT `+briefColumns+` FROM briefs b
		WHERE b.id IN (`+placeholders(len(ids))+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: search %q: %w", query, err)
	}
	byID := make(map[int64]briefs.Brief, len(bs))
	for _, b := range bs {
		byID[b.ID] = b
	}
	out := make([]briefs.Brief, 0, len(ids))
	for _, id := range ids {
		if b, ok := byID[id]; ok {
			out = append(out, b)
		}
	}
	return out, nil
}

func (s *Store) searchIDs(ctx context.Context, match string, limit int) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, s.d.q(s.d.searchSQL), match, s.d.limit(limit))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
