package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// FirstSeen records that an adapter received the update or event updateID and
// reports whether this is the first time, so a redelivered Telegram update or
// Slack event is answered once even across replicas.
func (s *Store) FirstSeen(ctx context.Context, platform, updateID string) (bool, error) {
	if platform == "" || updateID == "" {
		return false, fmt.Errorf("store: first seen: empty platform %q or update id %q", platform, updateID)
	}
	res, err := s.db.ExecContext(ctx, s.d.q(`INSERT INTO seen_updates (platform, update_id, seen_at)
		VALUES (?, ?, ?) ON CONFLICT (platform, update_id) DO NOTHING`),
		platform, updateID, encodeTime(s.now()))
	if err != nil {
		return false, fmt.Errorf("store: first seen %s %s: %w", platform, updateID, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("store: first seen %s %s: %w", platform, updateID, err)
	}
	return n == 1, nil
}

// ForgetSeen deletes update ids first seen before t and returns how many; run
// it now and then so the table does not grow without bound.
func (s *Store) ForgetSeen(ctx context.Context, before time.Time) (int64, error) {
	res, err := s.db.ExecContext(ctx, s.d.q(`DELETE FROM seen_updates WHERE seen_at < ?`), encodeBound(before))
	if err != nil {
		return 0, fmt.Errorf("store: forget seen: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("store: forget seen: %w", err)
	}
	return n, nil
}

// Value returns the value stored under key, or an error wrapping
// briefs.ErrNotFound when it is unset.
func (s *Store) Value(ctx context.Context, key string) (string, error) {
	var v string
	err := s.db.QueryRowContext(ctx, s.d.q(`SELECT value FROM kv WHERE key = ?`), key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("store: value %q: %w", key, briefs.ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("store: value %q: %w", key, err)
	}
	return v, nil
}

// SetValue stores value under key, replacing any previous value (an adapter's
// update offset, for example).
func (s *Store) SetValue(ctx context.Context, key, value string) error {
	if key == "" {
		return errors.New("store: set value: empty key")
	}
	_, err := s.db.ExecContext(ctx, s.d.q(`INSERT INTO kv (key, value, updated_at) VALUES (?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`),
		key, value, encodeTime(s.now()))
	if err != nil {
		return fmt.Errorf("store: set value %q: %w", key, err)
	}
	return nil
}

// SetChatActive records whether the bot may post to a chat (false after it
// was removed or blocked).
func (s *Store) SetChatActive(ctx context.Context, platform, chatID string, active bool) error {
	if platform == "" || chatID == "" {
		return fmt.Errorf("store: set chat active: empty platform %q or chat id %q", platform, chatID)
	}
	_, err := s.db.ExecContext(ctx, s.d.q(`INSERT INTO chats (platform, chat_id, active, updated_at)
		VALUES (?, ?, ?, ?)
		ON CONFLICT (platform, chat_id) DO UPDATE SET active = excluded.active, updated_at = excluded.updated_at`),
		platform, chatID, active, encodeTime(s.now()))
	if err != nil {
		return fmt.Errorf("store: set chat active %s %s: %w", platform, chatID, err)
	}
	return nil
}

// ChatActive reports whether a chat is active; a chat never recorded is.
func (s *Store) ChatActive(ctx context.Context, platform, chatID string) (bool, error) {
	var active bool
	err := s.db.QueryRowContext(ctx, s.d.q(`SELECT active FROM chats WHERE platform = ? AND chat_id = ?`),
		platform, chatID).Scan(&active)
	if errors.Is(err, sql.ErrNoRows) {
		return true, nil
	}
	if err != nil {
		return false, fmt.Errorf("store: chat active %s %s: %w", platform, chatID, err)
	}
	return active, nil
}

// MoveChat moves a chat's state and subscription to a new chat id, replacing
// any the new id had, as when a Telegram group becomes a supergroup. Moving a
// chat with no state does nothing.
func (s *Store) MoveChat(ctx context.Context, platform, from, to string) error {
	if platform == "" || from == "" || to == "" {
		return fmt.Errorf("store: move chat: empty platform %q, from %q or to %q", platform, from, to)
	}
	if from == to {
		return nil
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		for _, table := range []string{"chats", "subscriptions"} {
			if err := s.moveRow(ctx, tx, table, platform, from, to); err != nil {
				return fmt.Errorf("%s: %w", table, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: move chat %s %s to %s: %w", platform, from, to, err)
	}
	return nil
}

// moveRow rekeys the (platform, from) row of table to (platform, to) when it
// exists, dropping the row to had.
func (s *Store) moveRow(ctx context.Context, tx *sql.Tx, table, platform, from, to string) error {
	var n int
	err := tx.QueryRowContext(ctx, s.d.q(`SELECT COUNT(*) FROM `+table+` WHERE platform = ? AND chat_id = ?`),
		platform, from).Scan(&n)
	if err != nil || n == 0 {
		return err
	}
	if _, err := tx.ExecContext(ctx, s.d.q(`DELETE FROM `+table+` WHERE platform = ? AND chat_id = ?`),
		platform, to); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, s.d.q(`UPDATE `+table+` SET chat_id = ? WHERE platform = ? AND chat_id = ?`),
		to, platform, from)
	return err
}
