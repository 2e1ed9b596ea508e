package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/briefbot/briefbot/bot"
)

const (
	platform  = string(bot.Telegram)
	max429    = 8 // resends of one message after 429
	maxFailed = 3 // resends of one message after a 5xx or a request that never went out
	maxMoves  = 2 // migrations followed for one message
	maxParts  = 4 // messages one reply may take; the rest is trimmed with a hint
	parseMode = "HTML"
	noPreview = `{"is_disabled":true}` // link_preview_options: no preview card under a digest
)

var _ bot.Sender = (*Adapter)(nil)

// Send posts r to a chat, in order and within the rate limits. It
// implements bot.Sender. A chat that blocked or removed the bot is marked
// inactive and Send returns an error wrapping ErrChatInactive, now and for
// later posts there; a group that became a supergroup has its subscriptions
// moved to the new id and the message is resent there.
func (a *Adapter) Send(ctx context.Context, to bot.Destination, r bot.Reply) error {
	_, err := a.Post(ctx, to, r)
	return err
}

// Post is Send that also returns where the messages went, as
// "CHAT/ID1,ID2" (the chat they went to and their message ids), for Edit.
// It implements bot.Poster.
func (a *Adapter) Post(ctx context.Context, to bot.Destination, r bot.Reply) (string, error) {
	if to.Platform != "" && to.Platform != bot.Telegram {
		return "", fmt.Errorf("telegram: send: destination is on %q, not telegram", to.Platform)
	}
	if strings.TrimSpace(to.ChatID) == "" {
		return "", errors.New("telegram: send: destination has no chat id")
	}
	active, err := a.st.ChatActive(ctx, platform, to.ChatID)
	if err != nil {
		return "", fmt.Errorf("telegram: send to chat %s: %w", to.ChatID, err)
	}
	if !active {
		return "", fmt.Errorf("telegram: send to chat %s: %w", to.ChatID, ErrChatInactive)
	}
	chat, ids, err := a.postReply(ctx, to, r, a.deepLinks(to.ChatID))
	if err != nil || len(ids) == 0 {
		return "", err
	}
	return bot.PostRef(chat, ids), nil
}

// sendReply renders r and sends its messages to the destination's chat.
func (a *Adapter) sendReply(ctx context.Context, to bot.Destination, r bot.Reply) error {
	_, _, err := a.postReply(ctx, to, r, nil)
	return err
}

// postReply renders r and sends its messages to the destination's chat,
// the keyboard under the last one (its buttons opening link's URLs where
// it gives one), without link previews, and silently when the destination
// asks for it. It returns the chat they went to and their message ids.
func (a *Adapter) postReply(ctx context.Context, to bot.Destination, r bot.Reply, link func(string) string) (chat string, ids []string, err error) {
	chat = to.ChatID
	msgs := trimParts(RenderHTML(r), maxParts)
	if len(msgs) == 0 {
		return chat, nil, nil
	}
	markup, err := markupOf(r, link)
	if err != nil {
		return chat, nil, fmt.Errorf("telegram: send to chat %s: %w", chat, err)
	}
	g, err := a.lim.acquire(ctx, chat)
	if err != nil {
		return chat, nil, fmt.Errorf("telegram: send to chat %s: %w", chat, err)
	}
	defer a.lim.release(g)
	for i, m := range msgs {
		p := tgbotapi.Params{"text": m, "parse_mode": parseMode, "link_preview_options": noPreview}
		p.AddNonEmpty("message_thread_id", to.ThreadID)
		p.AddBool("disable_notification", to.Silent)
		if i == len(msgs)-1 {
			p.AddNonEmpty("reply_markup", markup)
		}
		var id string
		if chat, id, err = a.sendOne(ctx, g, chat, p); err != nil {
			return chat, ids, err
		}
		ids = append(ids, id)
	}
	return chat, ids, nil
}

// markupOf is r's inline keyboard as JSON, "" when it has none.
func markupOf(r bot.Reply, link func(string) string) (string, error) {
	kb := keyboardWith(r, link)
	if kb == nil {
		return "", nil
	}
	b, err := json.Marshal(kb)
	if err != nil {
		return "", fmt.Errorf("keyboard: %w", err)
	}
	return string(b), nil
}

// sendOne sends one message, waiting out 429s and following a migration.
// It returns the chat id the message went to and the message's id.
// Digests and chat replies both come here, so both are resent the same way:
//
//   - after a 429, once retry_after has passed (up to max429 times);
//   - after a 5xx answer, JSON or not (a proxy's error page), and after a
//     failure before the request was fully written (refused connection,
//     reset, dial or TLS timeout), 1, 2 and 4 s apart: Telegram cannot
//     have posted the message;
//   - never after a timeout or a cut connection once the request was
//     written, nor after a 200 answer that is not valid JSON: Telegram
//     may have posted the message, and a reply lost (and logged) is better
//     than one posted twice.
func (a *Adapter) sendOne(ctx context.Context, g *gate, chat string, p tgbotapi.Params) (string, string, error) {
	retries, moves, failed := 0, 0, 0
	for {
		sent, err := a.lim.wait(ctx, g, isGroup(chat))
		if err != nil {
			return chat, "", fmt.Errorf("telegram: send to chat %s: %w", chat, err)
		}
		p["chat_id"] = chat
		cctx, cancel := context.WithTimeout(ctx, a.callTimeout)
		res, err := a.call(cctx, "sendMessage", p)
		cancel()
		sent()
		if err == nil {
			return chat, messageID(res), nil
		}
		var ae *APIError
		if !errors.As(err, &ae) {
			var te *transportError
			if errors.As(err, &te) && te.unsent && failed < maxFailed && ctx.Err() == nil {
				failed++
				if err := a.pauseBeforeResend(ctx, chat, err, failed); err != nil {
					return chat, "", err
				}
				continue
			}
			return chat, "", fmt.Errorf("telegram: send to chat %s: %w", chat, err)
		}
		switch {
		case ae.Code >= 500 && failed < maxFailed:
			// An error answer: Telegram did not post the message.
			failed++
			if err := a.pauseBeforeResend(ctx, chat, err, failed); err != nil {
				return chat, "", err
			}
		case ae.Code == http.StatusTooManyRequests && retries < max429:
			retries++
			wait := a.retryWait(ae)
			a.log.WarnContext(ctx, "telegram: rate limited; waiting before resending",
				slog.String("chat", chat), slog.Duration("retry_after", ae.RetryAfter), slog.Int("attempt", retries))
			if err := a.pause(ctx, wait); err != nil {
				return chat, "", fmt.Errorf("telegram: send to chat %s: waiting after 429: %w", chat, err)
			}
		case ae.Code == http.StatusForbidden:
			a.deactivate(ctx, chat, ae)
			return chat, "", fmt.Errorf("telegram: send to chat %s: %w: %w", chat, ErrChatInactive, err)
		case ae.Code == http.StatusBadRequest && ae.MigrateTo != 0 && moves < maxMoves:
			moves++
			to := strconv.FormatInt(ae.MigrateTo, 10)
			if err := a.st.MoveChat(ctx, platform, chat, to); err != nil {
				return chat, "", fmt.Errorf("telegram: send to chat %s: move to %s: %w", chat, to, err)
			}
			a.log.InfoContext(ctx, "telegram: group became a supergroup; moved its subscriptions",
				slog.String("from", chat), slog.String("to", to))
			chat = to
		default:
			return chat, "", fmt.Errorf("telegram: send to chat %s: %w", chat, err)
		}
	}
}

// messageID is the message_id of a sent Message, "" when res has none.
func messageID(res json.RawMessage) string {
	var m struct {
		MessageID int64 `json:"message_id"`
	}
	if json.Unmarshal(res, &m) != nil || m.MessageID == 0 {
		return ""
	}
	return strconv.FormatInt(m.MessageID, 10)
}

// pauseBeforeResend waits before the failed-th resend of a message that
// surely was not posted (1, 2, 4 seconds).
func (a *Adapter) pauseBeforeResend(ctx context.Context, chat string, cause error, failed int) error {
	wait := time.Second << (failed - 1)
	a.log.WarnContext(ctx, "telegram: send failed before the message was posted; resending",
		slog.String("chat", chat), slog.Any("err", cause), slog.Duration("retry_in", wait), slog.Int("attempt", failed))
	if err := a.pause(ctx, wait); err != nil {
		return fmt.Errorf("telegram: send to chat %s: waiting to resend: %w", chat, err)
	}
	return nil
}

// retryWait is how long to wait after a 429: retry_after, at least a second.
func (a *Adapter) retryWait(ae *APIError) time.Duration {
	return max(ae.RetryAfter, time.Second)
}

// deactivate records that the bot may no longer post to chat.
func (a *Adapter) deactivate(ctx context.Context, chat string, ae *APIError) {
	a.log.WarnContext(ctx, "telegram: bot blocked or removed; marking chat inactive",
		slog.String("chat", chat), slog.String("reason", ae.Description))
	if err := a.st.SetChatActive(ctx, platform, chat, false); err != nil {
		a.log.ErrorContext(ctx, "telegram: mark chat inactive", slog.String("chat", chat), slog.Any("err", err))
	}
}

// isGroup reports whether chat is a group, supergroup or channel: their
// ids are negative, and channels may be named by @username.
func isGroup(chat string) bool {
	return strings.HasPrefix(chat, "-") || strings.HasPrefix(chat, "@")
}

// trimHint ends a reply cut short by trimParts.
const trimHint = "\n<i>… more not shown; narrow the request or use the buttons.</i>"

// trimParts keeps the first max messages of a long reply and ends the
// last kept one with a hint that more was left out.
func trimParts(msgs []string, max int) []string {
	if len(msgs) <= max {
		return msgs
	}
	msgs = msgs[:max:max]
	last := msgs[max-1]
	lines := strings.Split(last, "\n")
	for visibleLen(strings.Join(lines, "\n"))+visibleLen(trimHint) > MaxMessageLen && len(lines) > 1 {
		lines = lines[:len(lines)-1]
	}
	msgs[max-1] = strings.Join(lines, "\n") + trimHint
	if visibleLen(msgs[max-1]) > MaxMessageLen { // one over-long line: the hint alone
		msgs[max-1] = strings.TrimPrefix(trimHint, "\n")
	}
	return msgs
}
