package store

import (
	"context"
	"database/sql"
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
	// Body is what the notice says, as the poster encodes it (a reply as
	// JSON), kept so that another replica can finish an unfinished claim.
	Body string
	// Ref is the platform's reference to the posted message ("" when
	// unknown), for a later edit.
	Ref string
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
// gets true, and a notice claimed once is never claimed again (an
// unfinished claim is taken over with RetakeNotice).
func (s *Store) ClaimNotice(ctx context.Context, n Notice, at time.Time) (bool, error) {
	if err := n.check(); err != nil {
		return false, fmt.Errorf("store: claim notice: %w", err)
	}
	if err := checkTime("claim time", at); err != nil {
		return false, fmt.Errorf("store: claim notice: %w", err)
	}
	res, err := s.db.ExecContext(ctx, s.d.q(`INSERT INTO notices (dest, notice, meeting_key, meeting_date, owner, claimed_at, attempt_at, body)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dest, notice) DO NOTHING`),
		n.Dest, n.Key, n.MeetingKey, n.MeetingDate, n.Owner, encodeTime(at), encodeTime(at), n.Body)
	if err != nil {
		return false, fmt.Errorf("store: claim notice %s %s: %w", n.Dest, n.Key, err)
	}
	c, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("store: claim notice %s %s: %w", n.Dest, n.Key, err)
	}
	return c == 1, nil
}

// MarkNoticeSent records that dest's claimed notice key was posted at at,
// as the message ref.
func (s *Store) MarkNoticeSent(ctx context.Context, dest, key, ref string, at time.Time) error {
	if err := checkTime("sent time", at); err != nil {
		return fmt.Errorf("store: notice sent: %w", err)
	}
	_, err := s.db.ExecContext(ctx, s.d.q(`UPDATE notices SET sent_at = ?, ref = ? WHERE dest = ? AND notice = ?`), encodeTime(at), ref, dest, key)
	if err != nil {
		return fmt.Errorf("store: notice sent %s %s: %w", dest, key, err)
	}
	return nil
}

// PendingNotice is a claimed notice not yet posted nor given up.
type PendingNotice struct {
	Notice
	ClaimedAt time.Time // the first claim
	AttemptAt time.Time // the latest attempt
}

// PendingNotices returns dest's claimed notices that were neither posted
// nor given up, oldest claim first: posts a crash or a failed send left.
func (s *Store) PendingNotices(ctx context.Context, dest string) ([]PendingNotice, error) {
	rows, err := s.db.QueryContext(ctx, s.d.q(`SELECT notice, meeting_key, meeting_date, owner, body, claimed_at, COALESCE(attempt_at, claimed_at)
		FROM notices WHERE dest = ? AND sent_at IS NULL AND skipped_at IS NULL ORDER BY claimed_at, notice`), dest)
	if err != nil {
		return nil, fmt.Errorf("store: pending notices %s: %w", dest, err)
	}
	defer rows.Close()
	var out []PendingNotice
	for rows.Next() {
		p := PendingNotice{Notice: Notice{Dest: dest}}
		var claimed, attempt string
		if err := rows.Scan(&p.Key, &p.MeetingKey, &p.MeetingDate, &p.Owner, &p.Body, &claimed, &attempt); err != nil {
			return nil, fmt.Errorf("store: pending notices %s: %w", dest, err)
		}
		if p.ClaimedAt, err = decodeTime(claimed); err == nil {
			p.AttemptAt, err = decodeTime(attempt)
		}
		if err != nil {
			return nil, fmt.Errorf("store: pending notices %s: %w", dest, err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: pending notices %s: %w", dest, err)
	}
	return out, nil
}

// RetakeNotice takes over p, a pending notice, for owner as of at, and
// reports whether this call took it: it succeeds only while p is still
// pending and nobody made an attempt since p.AttemptAt, so of concurrent
// callers exactly one gets true.
func (s *Store) RetakeNotice(ctx context.Context, p PendingNotice, owner string, at time.Time) (bool, error) {
	if err := checkTime("attempt time", at); err != nil {
		return false, fmt.Errorf("store: retake notice: %w", err)
	}
	res, err := s.db.ExecContext(ctx, s.d.q(`UPDATE notices SET owner = ?, attempt_at = ?
		WHERE dest = ? AND notice = ? AND sent_at IS NULL AND skipped_at IS NULL AND COALESCE(attempt_at, claimed_at) = ?`),
		owner, encodeTime(at), p.Dest, p.Key, encodeTime(p.AttemptAt))
	if err != nil {
		return false, fmt.Errorf("store: retake notice %s %s: %w", p.Dest, p.Key, err)
	}
	c, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("store: retake notice %s %s: %w", p.Dest, p.Key, err)
	}
	return c == 1, nil
}

// SkipNotice gives up dest's pending notice key as of at: it is no longer
// pending and was not sent.
func (s *Store) SkipNotice(ctx context.Context, dest, key string, at time.Time) error {
	_, err := s.db.ExecContext(ctx, s.d.q(`UPDATE notices SET skipped_at = ? WHERE dest = ? AND notice = ? AND sent_at IS NULL`), encodeTime(at), dest, key)
	if err != nil {
		return fmt.Errorf("store: skip notice %s %s: %w", dest, key, err)
	}
	return nil
}

// RecordTold records notices already posted at at by other means (the
// meeting lines of a digest), so that dest counts as told of their meetings.
// Recording one twice keeps the first.
func (s *Store) RecordTold(ctx context.Context, ns []Notice, at time.Time) error {
	if err := checkTime("sent time", at); err != nil {
		return fmt.Errorf("store: record told: %w", err)
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		for _, n := range ns {
			if err := n.check(); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, s.d.q(`INSERT INTO notices (dest, notice, meeting_key, meeting_date, owner, claimed_at, attempt_at, sent_at, body, ref)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dest, notice) DO NOTHING`),
				n.Dest, n.Key, n.MeetingKey, n.MeetingDate, n.Owner, encodeTime(at), encodeTime(at), encodeTime(at), n.Body, n.Ref)
			if err != nil {
				return fmt.Errorf("%s %s: %w", n.Dest, n.Key, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: record told: %w", err)
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

// ToldPosts returns dest's sent reminders and digest lines about meetingKey
// that kept what they said and where they went (Body and Ref), oldest
// first: the posts a "Moved" or "Cancelled" notice may edit.
func (s *Store) ToldPosts(ctx context.Context, dest, meetingKey string) ([]Notice, error) {
	rows, err := s.db.QueryContext(ctx, s.d.q(`SELECT notice, meeting_date, body, ref FROM notices
		WHERE dest = ? AND meeting_key = ? AND sent_at IS NOT NULL AND ref <> '' AND body <> ''
		AND (notice LIKE 'remind/%' OR notice LIKE 'digest/%') ORDER BY sent_at, notice`), dest, meetingKey)
	if err != nil {
		return nil, fmt.Errorf("store: told posts %s: %w", dest, err)
	}
	defer rows.Close()
	var out []Notice
	for rows.Next() {
		n := Notice{Dest: dest, MeetingKey: meetingKey}
		if err := rows.Scan(&n.Key, &n.MeetingDate, &n.Body, &n.Ref); err != nil {
			return nil, fmt.Errorf("store: told posts %s: %w", dest, err)
		}
		out = append(out, n)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: told posts %s: %w", dest, err)
	}
	return out, nil
}

// SetPostBody records that dest's post ref now says body, on every notice
// that post made (a digest tells of several meetings).
func (s *Store) SetPostBody(ctx context.Context, dest, ref, body string) error {
	_, err := s.db.ExecContext(ctx, s.d.q(`UPDATE notices SET body = ? WHERE dest = ? AND ref = ?`), body, dest, ref)
	if err != nil {
		return fmt.Errorf("store: set post body %s: %w", dest, err)
	}
	return nil
}
