package telegram

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/bot"
)

// The parts of the Bot API's Update the adapter reads. (tgbotapi v5.5 has
// no message_thread_id, so the adapter decodes updates itself.)
type update struct {
	UpdateID      int64     `json:"update_id"`
	Message       *message  `json:"message"`
	CallbackQuery *callback `json:"callback_query"`
}

type message struct {
	MessageID int64    `json:"message_id"`
	ThreadID  int64    `json:"message_thread_id"`
	IsTopic   bool     `json:"is_topic_message"`
	From      *user    `json:"from"`
	Chat      chat     `json:"chat"`
	Date      int64    `json:"date"`
	Text      string   `json:"text"`
	Caption   string   `json:"caption"`
	ReplyTo   *message `json:"reply_to_message"`
	forwarded
}

type user struct {
	ID        int64  `json:"id"`
	IsBot     bool   `json:"is_bot"`
	UserName  string `json:"username"`
	FirstName string `json:"first_name"`
}

type chat struct {
	ID       int64  `json:"id"`
	Type     string `json:"type"`
	Title    string `json:"title"`
	UserName string `json:"username"`
}

type callback struct {
	ID      string   `json:"id"`
	From    user     `json:"from"`
	Message *message `json:"message"`
	Data    string   `json:"data"`
}

// notAllowedText is the whole answer to a chat outside the allowlist.
const notAllowedText = "This chat is not allowed to use this bot."

// handle answers one update once: an update id seen before is skipped.
func (a *Adapter) handle(ctx context.Context, u update) error {
	first, err := a.st.FirstSeen(ctx, platform, strconv.FormatInt(u.UpdateID, 10))
	if err != nil {
		return fmt.Errorf("telegram: update %d: %w", u.UpdateID, err)
	}
	if !first {
		a.log.DebugContext(ctx, "telegram: update seen before; skipped", slog.Int64("update_id", u.UpdateID))
		return nil
	}
	switch {
	case u.Message != nil:
		return a.handleMessage(ctx, u.Message)
	case u.CallbackQuery != nil:
		return a.handleCallback(ctx, u.CallbackQuery)
	}
	return nil
}

// handleMessage answers a command in a message; other messages, and
// commands addressed to another bot, are ignored.
func (a *Adapter) handleMessage(ctx context.Context, m *message) error {
	if m.From == nil || m.From.IsBot {
		return nil
	}
	if m.Chat.Type == "private" && m.isForward() {
		return a.answer(ctx, m, *m.From, "add", nil) // a message forwarded to save
	}
	name, botName, args, ok := bot.ParseCommand(m.Text, false)
	if !ok || (botName != "" && !strings.EqualFold(botName, a.BotName())) {
		return nil
	}
	name, args = fromDeepLink(name, args)
	return a.answer(ctx, m, *m.From, name, args)
}

// handleCallback answers a button press: the button's command runs as the
// same user in the same chat and its reply follows as a new message.
func (a *Adapter) handleCallback(ctx context.Context, c *callback) error {
	var ackErr error
	if _, err := a.call(ctx, "answerCallbackQuery", map[string]string{"callback_query_id": c.ID}); err != nil {
		ackErr = fmt.Errorf("telegram: answer callback query: %w", err)
	}
	if c.Message == nil || c.From.IsBot {
		return ackErr
	}
	name, _, args, ok := bot.ParseCommand(c.Data, true)
	if !ok {
		return ackErr
	}
	return errors.Join(ackErr, a.answer(ctx, c.Message, c.From, name, args))
}

// answer runs a command from user in m's chat and sends the reply.
func (a *Adapter) answer(ctx context.Context, m *message, from user, name string, args []string) error {
	chatID := strconv.FormatInt(m.Chat.ID, 10)
	thread := ""
	if m.ThreadID != 0 && m.IsTopic {
		thread = strconv.FormatInt(m.ThreadID, 10)
	}
	if len(a.allowed) > 0 && !a.allowed[chatID] {
		a.log.InfoContext(ctx, "telegram: command from a chat not allowed", slog.String("chat", chatID), slog.String("command", name))
		return a.sendReply(ctx, bot.Destination{ChatID: chatID, ThreadID: thread}, bot.Textf("", notAllowedText))
	}
	a.reactivate(ctx, chatID)
	userID := strconv.FormatInt(from.ID, 10)
	req := bot.Request{
		Platform: bot.Telegram, ChatID: chatID, ThreadID: thread,
		UserID: userID, UserName: userName(from),
		Command: name, Args: args, Admin: a.admins[userID], Now: a.opts.Now(),
		Contributor: a.admins[userID] || a.contrib[userID], Saved: savedOf(m, name),
	}
	reply, err := a.h.Serve(ctx, req)
	if err != nil {
		a.log.ErrorContext(ctx, "telegram: command failed", slog.String("command", name), slog.String("chat", chatID), slog.Any("err", err))
		reply = bot.Textf("Something went wrong", "That command failed on our side. Please try again later.")
	}
	if err := a.sendReply(ctx, bot.Destination{ChatID: chatID, ThreadID: thread}, reply); err != nil {
		return fmt.Errorf("telegram: reply to /%s: %w", name, err)
	}
	return nil
}

// reactivate marks a chat active again when it writes to the bot after
// having blocked or removed it.
func (a *Adapter) reactivate(ctx context.Context, chatID string) {
	active, err := a.st.ChatActive(ctx, platform, chatID)
	if err == nil && !active {
		err = a.st.SetChatActive(ctx, platform, chatID, true)
	}
	if err != nil {
		a.log.WarnContext(ctx, "telegram: chat state", slog.String("chat", chatID), slog.Any("err", err))
	}
}

func userName(u user) string {
	if u.UserName != "" {
		return u.UserName
	}
	return u.FirstName
}
