package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// Subscription is a chat's digest filter, set from the chat.
type Subscription struct {
	Platform, ChatID string
	// Keywords select the briefs the chat's digests include; none means all.
	Keywords  []string
	UpdatedBy string // user id of who set it
	UpdatedAt time.Time
}

// Subscription returns a chat's subscription, or an error wrapping
// briefs.ErrNotFound when it has none.
func (s *Store) Subscription(ctx context.Context, platform, chatID string) (Subscription, error) {
	sub := Subscription{Platform: platform, ChatID: chatID}
	var kw, updated string
	err := s.db.QueryRowContext(ctx, s.d.q(`SELECT keywords, updated_by, updated_at FROM subscriptions
		WHERE platform = ? AND chat_id = ?`), platform, chatID).Scan(&kw, &sub.UpdatedBy, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return Subscription{}, fmt.Errorf("store: subscription %s %s: %w", platform, chatID, briefs.ErrNotFound)
	}
	if err != nil {
		return Subscription{}, fmt.Errorf("store: subscription %s %s: %w", platform, chatID, err)
	}
	if err := json.Unmarshal([]byte(kw), &sub.Keywords); err != nil {
		return Subscription{}, fmt.Errorf("store: subscription %s %s: keywords: %w", platform, chatID, err)
	}
	if len(sub.Keywords) == 0 {
		sub.Keywords = nil
	}
	if sub.UpdatedAt, err = decodeTime(updated); err != nil {
		return Subscription{}, fmt.Errorf("store: subscription %s %s: %w", platform, chatID, err)
	}
	return sub, nil
}

// SetSubscription creates or replaces a chat's subscription. A zero UpdatedAt
// is stored as now.
func (s *Store) SetSubscription(ctx context.Context, sub Subscription) error {
	if sub.Platform == "" || sub.ChatID == "" {
		return fmt.Errorf("store: set subscription: empty platform %q or chat id %q", sub.Platform, sub.ChatID)
	}
	kw := sub.Keywords
	if kw == nil {
		kw = []string{}
	}
	kj, err := json.Marshal(kw)
	if err != nil {
		return fmt.Errorf("store: set subscription: keywords: %w", err)
	}
	at := sub.UpdatedAt
	if at.IsZero() {
		at = s.now()
	}
	if err := checkTime("updated at", at); err != nil {
		return fmt.Errorf("store: set subscription: %w", err)
	}
	_, err = s.db.ExecContext(ctx, s.d.q(`INSERT INTO subscriptions (platform, chat_id, keywords, updated_by, updated_at)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (platform, chat_id) DO UPDATE SET keywords = excluded.keywords,
			updated_by = excluded.updated_by, updated_at = excluded.updated_at`),
		sub.Platform, sub.ChatID, string(kj), sub.UpdatedBy, encodeTime(at))
	if err != nil {
		return fmt.Errorf("store: set subscription %s %s: %w", sub.Platform, sub.ChatID, err)
	}
	return nil
}

// DeleteSubscription removes a chat's subscription; deleting none is not an
// error.
func (s *Store) DeleteSubscription(ctx context.Context, platform, chatID string) error {
	_, err := s.db.ExecContext(ctx, s.d.q(`DELETE FROM subscriptions WHERE platform = ? AND chat_id = ?`),
		platform, chatID)
	if err != nil {
		return fmt.Errorf("store: delete subscription %s %s: %w", platform, chatID, err)
	}
	return nil
}
