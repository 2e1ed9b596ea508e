// Package bot is briefbot's platform-neutral chat core: a Request from any
// adapter, a Reply rendered by each adapter, Handlers and a Mux that routes
// commands to them, and the Sender an adapter offers for posting digests.
package bot

import (
	"context"
	"strconv"
	"strings"
	"time"
)

// Platform names an adapter.
type Platform string

// The adapters briefbot has.
const (
	Console  Platform = "console"
	Telegram Platform = "telegram"
	Slack    Platform = "slack"
)

// Request is one command from a user, whatever the platform.
type Request struct {
	Platform Platform
	ChatID   string // Telegram chat id, Slack channel id, "console"
	ThreadID string // Telegram topic or Slack thread, when the command came in one
	UserID   string
	UserName string
	// Command is the command's name without slash or bot suffix, lower case:
	// "meetings" for "/meetings@BriefBot upcoming india".
	Command string
	// Args are the words after the command.
	Args []string
	// Admin reports whether the user may post digests and change subscriptions.
	Admin bool
	// Contributor reports whether the user may add briefs from chat (admins
	// always may).
	Contributor bool
	// Saved is the message an "add" request keeps as a brief when it is not
	// in Args: a message forwarded to the bot, the message /add replied to,
	// the message of Slack's "Save as brief" shortcut; nil otherwise.
	Saved *Saved
	// Now is the time the request is answered as of (the demo sets it).
	Now time.Time
	// Bare reports that the message had no slash ("hello", "meetings
	// upcoming" in a DM or a mention), so it may not be meant as a command.
	Bare bool
	// CLI reports that the request came from briefbot's command line
	// ("briefbot brief 12"): replies name commands in that syntax.
	CLI bool
}

// Saved is a chat message to keep as a brief.
type Saved struct {
	Text   string
	Source string    // the forwarded channel's title or the message's author
	URL    string    // a link to the message, when the platform gives one
	Time   time.Time // when the message was first posted; zero when unknown
}

// ArgText returns the arguments joined by single spaces.
func (r Request) ArgText() string { return strings.Join(r.Args, " ") }

// Cmd returns how the asker types command name with args: "/brief 12" in
// chat, "briefbot brief 12" on the command line.
func (r Request) Cmd(name string, args ...string) string {
	prefix := "/"
	if r.CLI {
		prefix = "briefbot "
	}
	return strings.TrimSpace(prefix + name + " " + strings.Join(args, " "))
}

// PageCmd returns how the asker asks for page n of a list: "/meetings all
// page 2" in chat, "briefbot meetings -page 2 all" on the command line.
func (r Request) PageCmd(name string, page int, args ...string) string {
	p := strconv.Itoa(page)
	if r.CLI {
		return r.Cmd(name, append([]string{"-page", p}, args...)...)
	}
	return r.Cmd(name, append(args, "page", p)...)
}

// ParseCommand splits a message such as "/search@BriefBot india  russia" into
// the command name ("search"), the bot name it was addressed to ("BriefBot",
// or "") and the arguments. ok is false when text is not a command. A mention
// form without a slash ("meetings upcoming") is accepted when bare is true.
func ParseCommand(text string, bare bool) (name, botName string, args []string, ok bool) {
	fields := strings.Fields(text)
	if len(fields) == 0 {
		return "", "", nil, false
	}
	first := fields[0]
	switch {
	case strings.HasPrefix(first, "/"):
		first = first[1:]
	case !bare:
		return "", "", nil, false
	}
	if i := strings.IndexByte(first, '@'); i >= 0 {
		first, botName = first[:i], first[i+1:]
	}
	if first == "" {
		return "", "", nil, false
	}
	return strings.ToLower(first), botName, fields[1:], true
}

// Handler answers a request.
type Handler interface {
	Serve(ctx context.Context, req Request) (Reply, error)
}

// HandlerFunc adapts a function to a Handler.
type HandlerFunc func(ctx context.Context, req Request) (Reply, error)

// Serve calls f.
func (f HandlerFunc) Serve(ctx context.Context, req Request) (Reply, error) { return f(ctx, req) }

// Middleware wraps a handler, like net/http middleware.
type Middleware func(Handler) Handler

// Destination is where a post goes: a chat or channel on one platform.
type Destination struct {
	Platform Platform
	ChatID   string
	ThreadID string
	// Silent asks for a post that does not notify, where the platform
	// allows it (Telegram disable_notification).
	Silent bool
}

// Sender posts a reply to a destination. Each adapter implements it; the
// digest scheduler and "/digest post" use it.
type Sender interface {
	Send(ctx context.Context, to Destination, r Reply) error
}

// Poster is a Sender that also says where the post went: a reference an
// Editor can later change it by (the Telegram message ids, the Slack
// channel and timestamp).
type Poster interface {
	Post(ctx context.Context, to Destination, r Reply) (ref string, err error)
}

// PostRef is the reference a Poster returns for messages posted to chat:
// "CHAT/ID1,ID2", the chat and each message's id on the platform.
func PostRef(chat string, ids []string) string {
	return chat + "/" + strings.Join(ids, ",")
}

// ParsePostRef splits a reference PostRef made into the chat and the
// message ids; ok is false when ref is not one.
func ParsePostRef(ref string) (chat string, ids []string, ok bool) {
	chat, list, ok := strings.Cut(ref, "/")
	if !ok || chat == "" || list == "" {
		return "", nil, false
	}
	return chat, strings.Split(list, ","), true
}

// Editor replaces what a post made by Poster says, where the platform
// allows it.
type Editor interface {
	Edit(ctx context.Context, to Destination, ref string, r Reply) error
}

// SenderFunc adapts a function to a Sender.
type SenderFunc func(ctx context.Context, to Destination, r Reply) error

// Send calls f.
func (f SenderFunc) Send(ctx context.Context, to Destination, r Reply) error { return f(ctx, to, r) }
