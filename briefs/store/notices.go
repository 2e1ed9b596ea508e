package store

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Notice is a post about one meeting to one destination: a reminder before
// it or a notice that it moved. Its Key names it uniquely within the
// destination ("remind/<meeting>/<date>/24h", "moved/<meeting>/<date>").
type Notice struct {
	Dest        string
	Key         string
	MeetingKey  string // the meeting it is about (briefs.Meeting.Key)
	MeetingDate string // the meeting's date it tells, YYYY-MM-DD
	Owner       string // who claims it, for logs
}

func (n Notice) check() error {
	switch {
	case n.Dest == "":
		return errors.New("empty destination")
	case n.Key == "":
		return errors.New("empty notice key")
	case n.MeetingKey == "":
		return errors.New("empty meeting key")
	}
	return nil
}

// ClaimNotice claims n as of at and reports whether this call claimed it: of
// any number of concurrent callers, in any number of processes, exactly one
// gets true, and a notice claimed once is never claimed again.
func (s *Store) ClaimNotice(ctx context.Context, n Notice, at time.Time) (bool, error) {
	if err := n.check(); err != nil {
		return false, fmt.Errorf("store: claim notice: %w", err)
	}
	if err := checkTime("claim time", at); err != nil {
		return false, fmt.Errorf("store: claim notice: %w", err)
	}
	res, err := s.db.ExecContext(ctx, s.d.q(`INSERT INTO notices (dest, notice, meeting_key, meeting_date, owner, claimed_at)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dest, notice) DO NOTHING`),
		n.Dest, n.Key, n.MeetingKey, n.MeetingDate, n.Owner, encodeTime(at))
	if err != nil {
		return false, fmt.Errorf("store: claim notice %s %s: %w", n.Dest, n.Key, err)
	}
	c, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("store: claim notice %s %s: %w", n.Dest, n.Key, err)
	}
	return c == 1, nil
}

// MarkNoticeSent records that dest's claimed notice key was posted at at.
func (s *Store) MarkNoticeSent(ctx context.Context, dest, key string, at time.Time) error {
	if err := checkTime("sent time", at); err != nil {
		return fmt.Errorf("store: notice sent: %w", err)
	}
	_, err := s.db.ExecContext(ctx, s.d.q(`UPDATE notices SET sent_at = ? WHERE dest = ? AND notice = ?`), encodeTime(at), dest, key)
	if err != nil {
		return fmt.Errorf("store: notice sent %s %s: %w", dest, key, err)
	}
	return nil
}

// ReleaseNotice drops dest's claim on a notice that was not posted, so a
// later attempt may claim it again. A sent notice stays.
func (s *Store) ReleaseNotice(ctx context.Context, dest, key string) error {
	_, err := s.db.ExecContext(ctx, s.d.q(`DELETE FROM notices WHERE dest = ? AND notice = ? AND sent_at IS NULL`), dest, key)
	if err != nil {
		return fmt.Errorf("store: release notice %s %s: %w", dest, key, err)
	}
	return nil
}

// ToldDates returns, for each meeting key dest was sent a notice about, the
// meeting date the latest such notice told. Keys never told are absent.
func (s *Store) ToldDates(ctx context.Context, dest string, meetingKeys []string) (map[string]string, error) {
	out := map[string]string{}
	err := inChunks(meetingKeys, func(part []string, args []any) error {
		rows, err := s.db.QueryContext(ctx, s.d.q(`SELECT meeting_key, meeting_date FROM notices
			WHERE dest = ? AND sent_at IS NOT NULL AND meeting_key IN (`+placeholders(len(part))+`)
			ORDER BY sent_at, notice`), append([]any{dest}, args...)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var k, d string
			if err := rows.Scan(&k, &d); err != nil {
				return err
			}
			out[k] = d
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: told dates %s: %w", dest, err)
	}
	return out, nil
}
