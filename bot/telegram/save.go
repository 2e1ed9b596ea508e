package telegram

import (
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// forwarded holds where a forwarded message came from: forward_origin
// (Bot API 7.0 and later) and the older forward_* fields.
type forwarded struct {
	Origin      *origin `json:"forward_origin"`
	FromChat    *chat   `json:"forward_from_chat"`
	FwdFrom     *user   `json:"forward_from"`
	SenderName  string  `json:"forward_sender_name"`
	ForwardDate int64   `json:"forward_date"`
}

// origin is a MessageOrigin: the user, hidden user, chat or channel a
// forwarded message first came from.
type origin struct {
	Type           string `json:"type"`
	Date           int64  `json:"date"`
	SenderUser     *user  `json:"sender_user"`
	SenderUserName string `json:"sender_user_name"`
	SenderChat     *chat  `json:"sender_chat"`
	Chat           *chat  `json:"chat"`
	MessageID      int64  `json:"message_id"`
}

func (f forwarded) isForward() bool {
	return f.Origin != nil || f.FromChat != nil || f.FwdFrom != nil || f.SenderName != "" || f.ForwardDate != 0
}

// source names who first posted a forwarded message: the channel's or
// group's title, else the person; "" when m is not a forward.
func (m *message) source() string {
	if o := m.Origin; o != nil {
		for _, c := range []*chat{o.Chat, o.SenderChat} {
			if c != nil && c.Title != "" {
				return c.Title
			}
		}
		if o.SenderUser != nil {
			return fullName(*o.SenderUser)
		}
		return o.SenderUserName
	}
	switch {
	case m.FromChat != nil && m.FromChat.Title != "":
		return m.FromChat.Title
	case m.FwdFrom != nil:
		return fullName(*m.FwdFrom)
	}
	return m.SenderName
}

// link is the public t.me link of a message forwarded from a public
// channel; "" otherwise.
func (m *message) link() string {
	if o := m.Origin; o != nil && o.Chat != nil && o.Chat.UserName != "" && o.MessageID != 0 {
		return "https://t.me/" + o.Chat.UserName + "/" + strconv.FormatInt(o.MessageID, 10)
	}
	return ""
}

// savedOf is the message an "add" request keeps: m itself when it is a
// forward, else the message /add replied to; nil for other commands.
func savedOf(m *message, command string) *bot.Saved {
	if command != "add" {
		return nil
	}
	src := m
	if !m.isForward() {
		if m.ReplyTo == nil {
			return nil
		}
		src = m.ReplyTo
	}
	s := &bot.Saved{Text: strings.TrimSpace(src.Text + "\n\n" + src.Caption), Source: src.source(), URL: src.link()}
	if s.Source == "" && src.From != nil {
		s.Source = fullName(*src.From)
	}
	date := src.Date
	if o := src.Origin; o != nil && o.Date != 0 {
		date = o.Date
	} else if src.ForwardDate != 0 {
		date = src.ForwardDate
	}
	if date != 0 {
		s.Time = time.Unix(date, 0).UTC()
	}
	return s
}

func fullName(u user) string {
	if u.FirstName != "" {
		return u.FirstName
	}
	return u.UserName
}
