package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

func checkSlot(dest string, slot time.Time) error {
	switch {
	case dest == "":
		return errors.New("empty destination")
	case slot.IsZero():
		return errors.New("zero slot time")
	}
	return checkTime("slot", slot)
}

// ClaimSlot claims the digest slot of dest for owner and reports whether this
// call claimed it: of any number of concurrent callers, in any number of
// processes, exactly one gets true. Slots are compared in UTC.
func (s *Store) ClaimSlot(ctx context.Context, dest string, slot time.Time, owner string) (bool, error) {
	if err := checkSlot(dest, slot); err != nil {
		return false, fmt.Errorf("store: claim slot: %w", err)
	}
	res, err := s.db.ExecContext(ctx, s.d.q(`INSERT INTO deliveries (dest, slot, owner, claimed_at)
		VALUES (?, ?, ?, ?) ON CONFLICT (dest, slot) DO NOTHING`),
		dest, encodeTime(slot), owner, encodeTime(s.now()))
	if err != nil {
		return false, fmt.Errorf("store: claim slot %s %s: %w", dest, encodeTime(slot), err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("store: claim slot %s %s: %w", dest, encodeTime(slot), err)
	}
	return n == 1, nil
}

// MarkDelivered records that the digest of dest's slot was posted with the
// briefs briefIDs. A slot that was not claimed is recorded as claimed and
// delivered.
func (s *Store) MarkDelivered(ctx context.Context, dest string, slot time.Time, briefIDs []int64) error {
	if err := checkSlot(dest, slot); err != nil {
		return fmt.Errorf("store: mark delivered: %w", err)
	}
	now, at := encodeTime(s.now()), encodeTime(slot)
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, s.d.q(`INSERT INTO deliveries (dest, slot, claimed_at, delivered_at)
			VALUES (?, ?, ?, ?) ON CONFLICT (dest, slot) DO UPDATE SET delivered_at = excluded.delivered_at`),
			dest, at, now, now)
		if err != nil {
			return err
		}
		for _, id := range briefIDs {
			_, err := tx.ExecContext(ctx, s.d.q(`INSERT INTO delivered_briefs (dest, brief_id, slot)
				VALUES (?, ?, ?) ON CONFLICT (dest, brief_id) DO NOTHING`), dest, id, at)
			if err != nil {
				return fmt.Errorf("brief %d: %w", id, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: mark delivered %s %s: %w", dest, at, err)
	}
	return nil
}

// PendingSlots returns dest's slots that were claimed but not delivered,
// oldest first: posts a crash interrupted.
func (s *Store) PendingSlots(ctx context.Context, dest string) ([]time.Time, error) {
	rows, err := s.db.QueryContext(ctx, s.d.q(`SELECT slot FROM deliveries
		WHERE dest = ? AND delivered_at IS NULL AND skipped_at IS NULL ORDER BY slot`), dest)
	if err != nil {
		return nil, fmt.Errorf("store: pending slots %s: %w", dest, err)
	}
	defer rows.Close()
	var out []time.Time
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, fmt.Errorf("store: pending slots %s: %w", dest, err)
		}
		t, err := decodeTime(v)
		if err != nil {
			return nil, fmt.Errorf("store: pending slots %s: %w", dest, err)
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: pending slots %s: %w", dest, err)
	}
	return out, nil
}

// SkipSlot records that dest's slot will not be posted (it was missed past
// its grace window): it is no longer pending and does not count as
// delivered. A delivered slot stays delivered.
func (s *Store) SkipSlot(ctx context.Context, dest string, slot time.Time) error {
	if err := checkSlot(dest, slot); err != nil {
		return fmt.Errorf("store: skip slot: %w", err)
	}
	now := encodeTime(s.now())
	_, err := s.db.ExecContext(ctx, s.d.q(`INSERT INTO deliveries (dest, slot, claimed_at, skipped_at)
		VALUES (?, ?, ?, ?) ON CONFLICT (dest, slot) DO UPDATE SET skipped_at = excluded.skipped_at
		WHERE deliveries.delivered_at IS NULL`), dest, encodeTime(slot), now, now)
	if err != nil {
		return fmt.Errorf("store: skip slot %s %s: %w", dest, encodeTime(slot), err)
	}
	return nil
}

// LastDelivered returns dest's newest delivered slot, or an error wrapping
// briefs.ErrNotFound when none was delivered.
func (s *Store) LastDelivered(ctx context.Context, dest string) (time.Time, error) {
	var v sql.NullString
	err := s.db.QueryRowContext(ctx, s.d.q(`SELECT MAX(slot) FROM deliveries
		WHERE dest = ? AND delivered_at IS NOT NULL`), dest).Scan(&v)
	if err != nil {
		return time.Time{}, fmt.Errorf("store: last delivered %s: %w", dest, err)
	}
	if !v.Valid {
		return time.Time{}, fmt.Errorf("store: last delivered %s: %w", dest, briefs.ErrNotFound)
	}
	t, err := decodeTime(v.String)
	if err != nil {
		return time.Time{}, fmt.Errorf("store: last delivered %s: %w", dest, err)
	}
	return t, nil
}

// Delivered reports, for each of briefIDs, whether dest already received it
// in a delivered digest. Every id asked about is a key of the result.
func (s *Store) Delivered(ctx context.Context, dest string, briefIDs []int64) (map[int64]bool, error) {
	out := make(map[int64]bool, len(briefIDs))
	for _, id := range briefIDs {
		out[id] = false
	}
	err := inChunks(briefIDs, func(part []int64, args []any) error {
		rows, err := s.db.QueryContext(ctx, s.d.q(`SELECT brief_id FROM delivered_briefs
			WHERE dest = ? AND brief_id IN (`+placeholders(len(part))+`)`), append([]any{dest}, args...)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				return err
			}
			out[id] = true
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: delivered %s: %w", dest, err)
	}
	return out, nil
}
