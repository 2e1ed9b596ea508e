package telegram

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// maxUpdateBytes bounds a webhook request body.
const maxUpdateBytes = 1 << 20

// secretHeader carries the webhook's secret_token.
const secretHeader = "X-Telegram-Bot-Api-Secret-Token"

// WebhookHandler serves Telegram's webhook calls; mount it at
// /telegram/webhook. A request without the right secret token gets 401; a
// good one gets 200 at once and its update is handled in the background,
// once per update id (Telegram retries).
func (a *Adapter) WebhookHandler() http.Handler {
	return http.HandlerFunc(a.serveWebhook)
}

func (a *Adapter) serveWebhook(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	got := r.Header.Get(secretHeader)
	if a.opts.WebhookSecret == "" || subtle.ConstantTimeCompare([]byte(got), []byte(a.opts.WebhookSecret)) != 1 {
		a.log.WarnContext(r.Context(), "telegram: webhook call with a missing or wrong secret token", slog.String("remote", r.RemoteAddr))
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxUpdateBytes+1))
	if err != nil || len(body) > maxUpdateBytes {
		http.Error(w, "bad request: body unreadable or over 1 MiB", http.StatusBadRequest)
		return
	}
	var u update
	if err := json.Unmarshal(body, &u); err != nil {
		http.Error(w, "bad request: not a Telegram update", http.StatusBadRequest)
		return
	}
	// Queued behind the chat's earlier updates; when too many wait, the
	// answer waits too, and Telegram resends an update it got no answer to.
	if err := a.disp.dispatch(r.Context(), u); err != nil {
		http.Error(w, "busy", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// runWebhook registers the webhook, then waits for ctx and for updates in
// hand. Registration is retried with backoff until it succeeds.
func (a *Adapter) runWebhook(ctx context.Context) error {
	backoff := time.Duration(0)
	for {
		err := a.setWebhook(ctx)
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return nil
		}
		backoff = a.nextBackoff(backoff)
		a.log.ErrorContext(ctx, "telegram: register webhook", slog.Any("err", err), slog.Duration("retry_in", backoff))
		_ = sleep(ctx, backoff)
	}
	a.log.InfoContext(ctx, "telegram: webhook registered")
	<-ctx.Done()
	a.disp.wait()
	return nil
}

func (a *Adapter) setWebhook(ctx context.Context) error {
	p := tgbotapi.Params{"url": a.opts.WebhookURL, "secret_token": a.opts.WebhookSecret,
		"allowed_updates": `["message","callback_query"]`}
	cctx, cancel := context.WithTimeout(ctx, a.callTimeout)
	defer cancel()
	if _, err := a.call(cctx, "setWebhook", p); err != nil {
		return fmt.Errorf("telegram: set webhook: %w", err)
	}
	return nil
}
