package slack

import (
	"context"
	"errors"
	"log/slog"
	"regexp"
	"strings"

	"github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

// incoming is one command from Slack and how to deliver its answer.
type incoming struct {
	req bot.Request
	// responseURL answers slash commands and buttons.
	responseURL string
	// slash is true for slash commands, which are always answered through
	// responseURL (the bot may not be in the channel).
	slash bool
	// thread is where a posted answer goes ("" = the channel itself).
	thread string
	// private makes the answer visible to the asker only (a shortcut's).
	private bool
}

// notAllowed is the whole answer to a request from a chat outside the
// allowlist.
var notAllowed = bot.Textf("", "This chat is not allowed to use briefbot.")

func (a *Adapter) newRequest(ctx context.Context, channel, thread, user, name string, cmd string, args []string) bot.Request {
	if name == "" {
		name = a.userName(ctx, user)
	}
	return bot.Request{
		Platform: bot.Slack, ChatID: channel, ThreadID: thread, UserID: user, UserName: name,
		Command: strings.ToLower(cmd), Args: args, Admin: a.isAdmin(user), Now: a.opts.Now(),
		Contributor: a.isContributor(user),
	}
}

// fromSlash turns a slash command into a request. "/briefbot meetings all"
// is the generic form of "/meetings all"; a bare "/briefbot" asks for help.
func (a *Adapter) fromSlash(ctx context.Context, sc slack.SlashCommand) incoming {
	name := strings.ToLower(strings.TrimPrefix(strings.TrimSpace(sc.Command), "/"))
	text := unescape(sc.Text)
	args := strings.Fields(text)
	if name == "briefbot" {
		name, args = bareCommand(text)
	}
	return incoming{
		req:         a.newRequest(ctx, sc.ChannelID, "", sc.UserID, sc.UserName, name, args),
		responseURL: sc.ResponseURL,
		slash:       true,
	}
}

// bareCommand parses "meetings upcoming" (or "/meetings upcoming"); empty
// text is "help".
func bareCommand(text string) (string, []string) {
	name, _, args, ok := bot.ParseCommand(text, true)
	if !ok {
		return "help", nil
	}
	return name, args
}

var mentionRE = regexp.MustCompile(`<@([A-Z0-9]+)(\|[^>]*)?>`)

// stripMention removes mentions of the bot from message text.
func (a *Adapter) stripMention(text string) string {
	return strings.TrimSpace(mentionRE.ReplaceAllStringFunc(text, func(m string) string {
		if sub := mentionRE.FindStringSubmatch(m); sub != nil && sub[1] == a.botUser {
			return " "
		}
		return m
	}))
}

// fromMessage turns "@briefbot meetings upcoming" or a DM into a request.
// The answer goes to the thread the message was in, if any.
func (a *Adapter) fromMessage(ctx context.Context, channel, user, text, threadTS string) incoming {
	text = unescape(a.stripMention(text))
	name, args := bareCommand(text)
	req := a.newRequest(ctx, channel, threadTS, user, "", name, args)
	req.Bare = !strings.HasPrefix(text, "/")
	return incoming{req: req, thread: threadTS}
}

// fromInteraction turns a press of one of our buttons into a request, run
// as the user who pressed it in the same chat. The answer follows the
// message in its thread. ok is false for other interactions.
func (a *Adapter) fromInteraction(ctx context.Context, cb slack.InteractionCallback) (incoming, bool) {
	if cb.Type == slack.InteractionTypeMessageAction && cb.CallbackID == SaveBriefCallback {
		return a.fromSaveShortcut(ctx, cb), true
	}
	if cb.Type != slack.InteractionTypeBlockActions {
		return incoming{}, false
	}
	for _, act := range cb.ActionCallback.BlockActions {
		if act == nil || !strings.HasPrefix(act.ActionID, actionPrefix) {
			continue
		}
		channel := cb.Container.ChannelID
		if channel == "" {
			channel = cb.Channel.ID
		}
		thread := cb.Container.ThreadTs
		replyTo := thread
		if replyTo == "" && !cb.Container.IsEphemeral {
			replyTo = cb.Container.MessageTs
		}
		name, args := bareCommand(act.Value)
		in := incoming{
			req:         a.newRequest(ctx, channel, thread, cb.User.ID, cb.User.Name, name, args),
			responseURL: cb.ResponseURL,
			thread:      replyTo,
			slash:       cb.Container.IsEphemeral,
		}
		return in, true
	}
	return incoming{}, false
}

// answer runs the handler for a request from an allowed chat.
func (a *Adapter) answer(ctx context.Context, in incoming) bot.Reply {
	if !a.allowed(in.req.ChatID) {
		a.log.InfoContext(ctx, "slack request from a chat not allowed", slog.String("channel", in.req.ChatID), slog.String("user", in.req.UserID))
		return notAllowed
	}
	r, err := a.h.Serve(ctx, in.req)
	if err != nil {
		a.log.ErrorContext(ctx, "slack command failed", slog.String("command", in.req.Command), slog.Any("err", err))
		return bot.Textf("Something went wrong", "That command failed on our side and has been logged. Please try again later.")
	}
	return r
}

// deliver sends the answer to a request where it belongs.
func (a *Adapter) deliver(ctx context.Context, in incoming, r bot.Reply) error {
	blocks, fallback := RenderBlocks(r)
	ch := in.req.ChatID
	switch {
	case in.slash && in.responseURL != "":
		return a.respond(ctx, in.responseURL, r.Private, blocks, fallback)
	case r.Private:
		return a.postEphemeral(ctx, ch, in.thread, in.req.UserID, blocks, fallback)
	}
	_, _, err := a.postAll(ctx, ch, in.thread, blocks, fallback)
	if errors.Is(err, ErrChannelUnavailable) && in.responseURL != "" {
		return a.respond(ctx, in.responseURL, false, blocks, fallback)
	}
	return err
}

// serve answers one request and logs a failure to deliver.
func (a *Adapter) serve(ctx context.Context, in incoming) {
	r := a.answer(ctx, in)
	r.Private = r.Private || in.private
	if err := a.deliver(ctx, in, r); err != nil {
		a.log.ErrorContext(ctx, "slack reply failed", slog.String("channel", in.req.ChatID), slog.String("command", in.req.Command), slog.Any("err", err))
	}
}

// maxNames bounds the user name cache.
const maxNames = 10000

// userName looks a user's name up once and caches it; "" when unknown.
func (a *Adapter) userName(ctx context.Context, id string) string {
	if id == "" {
		return ""
	}
	a.mu.Lock()
	name, ok := a.names[id]
	a.mu.Unlock()
	if ok {
		return name
	}
	u, err := a.api.GetUserInfoContext(ctx, id)
	if err != nil {
		a.log.DebugContext(ctx, "slack users.info", slog.String("user", id), slog.Any("err", err))
		return ""
	}
	a.mu.Lock()
	if len(a.names) >= maxNames {
		clear(a.names)
	}
	a.names[id] = u.Name
	a.mu.Unlock()
	return u.Name
}

// firstSeen reports whether an update is new; when the store fails the
// update is handled (a rare duplicate beats a lost command).
func (a *Adapter) firstSeen(ctx context.Context, key string) bool {
	ok, err := a.st.FirstSeen(ctx, string(bot.Slack), key)
	if err != nil {
		a.log.ErrorContext(ctx, "slack dedup lookup failed", slog.String("key", key), slog.Any("err", err))
		return true
	}
	return ok
}
