package telegram

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/briefbot/briefbot/bot"
)

var (
	_ bot.Poster = (*Adapter)(nil)
	_ bot.Editor = (*Adapter)(nil)
)

// Edit replaces the text of the messages Post returned ref for with r,
// rendered as Post renders it (editMessageText, the keyboard under the last
// one). r must take as many messages as the post did. A message whose text
// is already r's counts as edited. It implements bot.Editor.
func (a *Adapter) Edit(ctx context.Context, to bot.Destination, ref string, r bot.Reply) error {
	chat, ids, ok := bot.ParsePostRef(ref)
	if !ok {
		return fmt.Errorf("telegram: edit: bad message reference %q", ref)
	}
	msgs := trimParts(RenderHTML(r), maxParts)
	if len(msgs) != len(ids) {
		return fmt.Errorf("telegram: edit in chat %s: the new text takes %d messages, the post took %d", chat, len(msgs), len(ids))
	}
	markup, err := markupOf(r, a.deepLinks(chat))
	if err != nil {
		return fmt.Errorf("telegram: edit in chat %s: %w", chat, err)
	}
	g, err := a.lim.acquire(ctx, chat)
	if err != nil {
		return fmt.Errorf("telegram: edit in chat %s: %w", chat, err)
	}
	defer a.lim.release(g)
	for i, m := range msgs {
		p := tgbotapi.Params{"chat_id": chat, "message_id": ids[i], "text": m, "parse_mode": parseMode, "link_preview_options": noPreview}
		if i == len(msgs)-1 {
			p.AddNonEmpty("reply_markup", markup)
		}
		if err := a.editOne(ctx, g, chat, p); err != nil {
			return err
		}
	}
	return nil
}

// editOne makes one editMessageText call at the chat's pace, waiting out
// 429s.
func (a *Adapter) editOne(ctx context.Context, g *gate, chat string, p tgbotapi.Params) error {
	for retries := 0; ; retries++ {
		sent, err := a.lim.wait(ctx, g, isGroup(chat))
		if err != nil {
			return fmt.Errorf("telegram: edit in chat %s: %w", chat, err)
		}
		cctx, cancel := context.WithTimeout(ctx, a.callTimeout)
		_, err = a.call(cctx, "editMessageText", p)
		cancel()
		sent()
		var ae *APIError
		switch {
		case err == nil:
			return nil
		case errors.As(err, &ae) && ae.Code == http.StatusBadRequest && strings.Contains(ae.Description, "message is not modified"):
			return nil
		case errors.As(err, &ae) && ae.Code == http.StatusTooManyRequests && retries < max429:
			a.log.WarnContext(ctx, "telegram: rate limited; waiting before editing", slog.String("chat", chat), slog.Duration("retry_after", ae.RetryAfter))
			if err := a.pause(ctx, a.retryWait(ae)); err != nil {
				return fmt.Errorf("telegram: edit in chat %s: waiting after 429: %w", chat, err)
			}
		default:
			return fmt.Errorf("telegram: edit in chat %s: %w", chat, err)
		}
	}
}
