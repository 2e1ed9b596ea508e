package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// FeedState returns what is remembered about the feed at url, or an error
// wrapping briefs.ErrNotFound before its first poll.
func (s *Store) FeedState(ctx context.Context, url string) (briefs.FeedState, error) {
	var (
		f              = briefs.FeedState{URL: url}
		lastPoll, next sql.NullString
	)
	err := s.db.QueryRowContext(ctx, s.d.q(`SELECT etag, last_modified, last_poll, last_result, items, next_poll, failures
		FROM feeds WHERE url = ?`), url).Scan(&f.ETag, &f.LastModified, &lastPoll, &f.LastResult, &f.Items, &next, &f.Failures)
	if errors.Is(err, sql.ErrNoRows) {
		return f, fmt.Errorf("store: feed %s: %w", url, briefs.ErrNotFound)
	}
	if err != nil {
		return f, fmt.Errorf("store: feed %s: %w", url, err)
	}
	if f.LastPoll, err = decodeNullTime(lastPoll); err != nil {
		return f, fmt.Errorf("store: feed %s: last_poll: %w", url, err)
	}
	if f.NextPoll, err = decodeNullTime(next); err != nil {
		return f, fmt.Errorf("store: feed %s: next_poll: %w", url, err)
	}
	return f, nil
}

// SaveFeedState stores f, replacing what was remembered about its feed.
func (s *Store) SaveFeedState(ctx context.Context, f briefs.FeedState) error {
	if f.URL == "" {
		return errors.New("store: save feed state: empty url")
	}
	for what, t := range map[string]time.Time{"last poll": f.LastPoll, "next poll": f.NextPoll} {
		if err := checkTime(what, t); err != nil {
			return fmt.Errorf("store: save feed state %s: %w", f.URL, err)
		}
	}
	_, err := s.db.ExecContext(ctx, s.d.q(`INSERT INTO feeds (url, etag, last_modified, last_poll, last_result, items, next_poll, failures)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
			last_poll = excluded.last_poll, last_result = excluded.last_result, items = excluded.items,
			next_poll = excluded.next_poll, failures = excluded.failures`),
		f.URL, f.ETag, f.LastModified, encodeNullTime(f.LastPoll), f.LastResult, f.Items, encodeNullTime(f.NextPoll), f.Failures)
	if err != nil {
		return fmt.Errorf("store: save feed state %s: %w", f.URL, err)
	}
	return nil
}

// maxKeysPerQuery bounds the IN list of one SeenFeedItems query.
const maxKeysPerQuery = 200

// SeenFeedItems returns which of keys (an item's GUID, link or text key) the
// feed at url has already turned into briefs.
func (s *Store) SeenFeedItems(ctx context.Context, url string, keys []string) (map[string]bool, error) {
	seen := make(map[string]bool)
	for len(keys) > 0 {
		chunk := keys[:min(len(keys), maxKeysPerQuery)]
		keys = keys[len(chunk):]
		args := []any{url}
		for _, k := range chunk {
			args = append(args, k)
		}
		marks := strings.TrimSuffix(strings.Repeat("?, ", len(chunk)), ", ")
		rows, err := s.db.QueryContext(ctx, s.d.q(`SELECT key FROM feed_items WHERE feed = ? AND key IN (`+marks+`)`), args...)
		if err != nil {
			return nil, fmt.Errorf("store: seen feed items %s: %w", url, err)
		}
		for rows.Next() {
			var k string
			if err := rows.Scan(&k); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: seen feed items %s: %w", url, err)
			}
			seen[k] = true
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("store: seen feed items %s: %w", url, err)
		}
	}
	return seen, nil
}

// MarkFeedItems records that the feed at url turned the items with these
// keys into the briefs with these ids (0 when a brief was not stored, such
// as an item without text), at time at. Keys already recorded are kept.
func (s *Store) MarkFeedItems(ctx context.Context, url string, items map[string]int64, at time.Time) error {
	if err := checkTime("seen at", at); err != nil {
		return fmt.Errorf("store: mark feed items %s: %w", url, err)
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, s.d.q(`INSERT INTO feed_items (feed, key, brief_id, seen_at)
			VALUES (?, ?, ?, ?) ON CONFLICT (feed, key) DO NOTHING`))
		if err != nil {
			return err
		}
		defer stmt.Close()
		for k, id := range items {
			if _, err := stmt.ExecContext(ctx, url, k, id, encodeTime(at)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: mark feed items %s: %w", url, err)
	}
	return nil
}
