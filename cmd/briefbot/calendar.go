package main

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
	"github.com/briefbot/briefbot/briefs"
)

// calendarService hands out per-chat calendar links and checks them. Each
// chat has its own random token, stored on first use, so a link opens that
// chat's meetings only and does not open the others.
type calendarService struct{ app *app }

// CalendarURL returns PUBLIC_URL/meetings.ics?chat=PLATFORM:CHAT&token=T.
func (c *calendarService) CalendarURL(ctx context.Context, req bot.Request) (string, error) {
	base := strings.TrimRight(c.app.cfg.HTTP.PublicURL, "/")
	if base == "" {
		return "", bot.Errorf("Calendar links need the bot's public address: set http.public_url (BRIEFBOT_HTTP_PUBLIC_URL).")
	}
	chat := string(req.Platform) + ":" + req.ChatID
	tok, err := c.token(ctx, chat, true)
	if err != nil {
		return "", err
	}
	return base + "/meetings.ics?" + url.Values{"chat": {chat}, "token": {tok}}.Encode(), nil
}

// token returns chat's calendar token, making one when create is set.
func (c *calendarService) token(ctx context.Context, chat string, create bool) (string, error) {
	key := "calendar_token:" + chat
	tok, err := c.app.store.Value(ctx, key)
	if err == nil || !errors.Is(err, briefs.ErrNotFound) || !create {
		return tok, err
	}
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("calendar token: %w", err)
	}
	tok = hex.EncodeToString(b[:])
	if err := c.app.store.SetValue(ctx, key, tok); err != nil {
		return "", fmt.Errorf("calendar token: %w", err)
	}
	return tok, nil
}

// chatCalendar serves /meetings.ics?chat=...&token=...: the meetings of one
// chat, filtered by its subscription, when the token is that chat's. A
// request without chat goes to next.
func (d *daemon) chatCalendar(next http.Handler) http.Handler {
	c := &calendarService{app: d.app}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		chat := r.URL.Query().Get("chat")
		if chat == "" {
			next.ServeHTTP(w, r)
			return
		}
		want, err := c.token(r.Context(), chat, false)
		got := r.URL.Query().Get("token")
		if err != nil || want == "" || subtle.ConstantTimeCompare([]byte(got), []byte(want)) != 1 {
			http.Error(w, "unknown chat or wrong token", http.StatusForbidden)
			return
		}
		var f digest.Filter
		if platform, id, ok := strings.Cut(chat, ":"); ok {
			if sub, err := d.app.store.Subscription(r.Context(), platform, id); err == nil {
				f.Keywords = sub.Keywords
			}
		}
		d.writeICS(w, r, f.MatchMeeting)
	})
}
