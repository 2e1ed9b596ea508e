package store

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// TryLease takes the lease name for holder until now+ttl, or renews it when
// holder has it already, and reports whether holder has it: of replicas
// calling at once, one gets true until its lease expires unrenewed. now is
// the caller's clock; replicas' clocks must agree to well within ttl.
func (s *Store) TryLease(ctx context.Context, name, holder string, now time.Time, ttl time.Duration) (bool, error) {
	switch {
	case name == "" || holder == "":
		return false, fmt.Errorf("store: lease: empty name %q or holder %q", name, holder)
	case ttl <= 0:
		return false, fmt.Errorf("store: lease %s: ttl %s is not positive", name, ttl)
	}
	if err := checkTime("lease time", now.Add(ttl)); err != nil {
		return false, fmt.Errorf("store: lease %s: %w", name, err)
	}
	res, err := s.db.ExecContext(ctx, s.d.q(`INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
		WHERE leases.holder = excluded.holder OR leases.expires_at <= ?`),
		name, holder, encodeTime(now.Add(ttl)), encodeTime(now))
	if err != nil {
		return false, fmt.Errorf("store: lease %s: %w", name, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("store: lease %s: %w", name, err)
	}
	return n == 1, nil
}

// ReleaseLease gives the lease name up if holder has it, so another replica
// can take it without waiting for it to expire.
func (s *Store) ReleaseLease(ctx context.Context, name, holder string) error {
	if name == "" || holder == "" {
		return errors.New("store: release lease: empty name or holder")
	}
	_, err := s.db.ExecContext(ctx, s.d.q(`DELETE FROM leases WHERE name = ? AND holder = ?`), name, holder)
	if err != nil {
		return fmt.Errorf("store: release lease %s: %w", name, err)
	}
	return nil
}
