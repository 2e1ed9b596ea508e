// Package slack is briefbot's Slack adapter: it receives slash commands,
// mentions, direct messages and button presses over Socket Mode or the HTTP
// Events API, turns them into bot.Requests, renders bot.Replies as Block Kit
// with a plain-text fallback, and posts digests within Slack's limits.
package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

// State is what the adapter needs from the store: delivery dedup and the
// liveness of channels. *store.Store satisfies it.
type State interface {
	// FirstSeen reports true the first time an update id is seen on a platform.
	FirstSeen(ctx context.Context, platform, updateID string) (bool, error)
	// SetChatActive records whether the bot can post to a chat.
	SetChatActive(ctx context.Context, platform, chatID string, active bool) error
	// MoveChat moves a chat's subscriptions and state to a new id.
	MoveChat(ctx context.Context, platform, from, to string) error
}

// Options configure an Adapter. BotToken is required; AppToken turns on
// Socket Mode and SigningSecret the HTTP endpoints.
type Options struct {
	BotToken      string // xoxb-..., BRIEFBOT_SLACK_BOT_TOKEN
	AppToken      string // xapp-..., BRIEFBOT_SLACK_APP_TOKEN
	SigningSecret string // BRIEFBOT_SLACK_SIGNING_SECRET
	// APIURL is the Web API base, "https://slack.com/api/" when empty.
	APIURL string
	// AllowedChannels, when not empty, are the only channel ids served.
	AllowedChannels []string
	// Admins are the user ids that may run admin commands.
	Admins []string
	// Contributors are the user ids that may save messages as briefs ("Save
	// as brief", /brief add); admins always may.
	Contributors []string
	// HTTPClient is used for the Web API and response_url posts; a client
	// with a 30 s timeout when nil.
	HTTPClient *http.Client
	Log        *slog.Logger
	// Now is the clock; time.Now when nil.
	Now func() time.Time
	// PerChannel is the minimum interval between posts to one channel; 1 s
	// when zero (Slack's documented pace for chat.postMessage).
	PerChannel time.Duration
	// ReconnectBackoff is the first wait before reopening a Socket Mode
	// connection that dropped soon after it opened; 1 s when zero.
	ReconnectBackoff time.Duration
}

// Adapter connects one Slack workspace to a bot.Handler. It is safe for
// concurrent use.
type Adapter struct {
	opts    Options
	api     *slack.Client
	h       bot.Handler
	st      State
	log     *slog.Logger
	botUser string // the bot's user id, from auth.test

	mu     sync.Mutex
	pacers map[string]*pacer
	names  map[string]string // user id -> name cache

	// sleep waits for d or until ctx is done; tests replace it.
	sleep func(ctx context.Context, d time.Duration) error
	// paceNow and paceSleep, when set, replace the wall clock and the
	// sleep that space posts to a channel (tests).
	paceNow   func() time.Time
	paceSleep func(ctx context.Context, d time.Duration) error
	// pingInterval overrides socketmode's 30 s ping deadline (tests).
	pingInterval time.Duration
	// inlineWait is how long an HTTP slash command may take before its
	// answer moves to response_url.
	inlineWait time.Duration
	// async is the HTTP-mode work that outlives its request.
	async *asyncWork
}

// ErrAuth reports that Slack rejected a token.
var ErrAuth = errors.New("slack: token rejected")

// New checks the bot token with auth.test and returns an adapter that
// answers requests with h. Nothing is received until Run or Routes is called.
func New(ctx context.Context, opts Options, h bot.Handler, st State) (*Adapter, error) {
	if opts.BotToken == "" {
		return nil, errors.New("slack: BRIEFBOT_SLACK_BOT_TOKEN is not set")
	}
	if h == nil || st == nil {
		return nil, errors.New("slack: a handler and a state store are required")
	}
	if opts.Now == nil {
		return nil, errors.New("slack: Options.Now (the clock) is not set")
	}
	opts = withDefaults(opts)
	a := &Adapter{
		opts: opts, h: h, st: st, log: opts.Log,
		pacers: map[string]*pacer{}, names: map[string]string{}, sleep: sleepCtx, inlineWait: 2500 * time.Millisecond,
		async: newAsyncWork(),
	}
	a.api = slack.New(opts.BotToken, slack.OptionAPIURL(opts.APIURL),
		slack.OptionHTTPClient(opts.HTTPClient), slack.OptionAppLevelToken(opts.AppToken))
	resp, err := a.api.AuthTestContext(ctx)
	if err != nil {
		if isAuthError(err) {
			return nil, fmt.Errorf("%w: auth.test: %v: check BRIEFBOT_SLACK_BOT_TOKEN (a bot token, xoxb-...)", ErrAuth, err)
		}
		return nil, fmt.Errorf("slack: auth.test: %w", err)
	}
	a.botUser = resp.UserID
	a.log.InfoContext(ctx, "slack connected", slog.String("team", resp.Team), slog.String("bot_user", resp.UserID))
	return a, nil
}

func withDefaults(o Options) Options {
	if o.APIURL == "" {
		o.APIURL = slack.APIURL
	}
	if !strings.HasSuffix(o.APIURL, "/") {
		o.APIURL += "/"
	}
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	o.Log = o.Log.With(slog.String("platform", string(bot.Slack)))
	if o.PerChannel <= 0 {
		o.PerChannel = time.Second
	}
	if o.ReconnectBackoff <= 0 {
		o.ReconnectBackoff = time.Second
	}
	return o
}

// BotUserID returns the bot's own user id, as auth.test reported it.
func (a *Adapter) BotUserID() string { return a.botUser }

func (a *Adapter) isAdmin(user string) bool { return slices.Contains(a.opts.Admins, user) }

func (a *Adapter) isContributor(user string) bool {
	return a.isAdmin(user) || slices.Contains(a.opts.Contributors, user)
}

func (a *Adapter) allowed(channel string) bool {
	return len(a.opts.AllowedChannels) == 0 || slices.Contains(a.opts.AllowedChannels, channel)
}

// isAuthError reports whether err says a token is bad for good.
func isAuthError(err error) bool {
	var se slack.SlackErrorResponse
	if !errors.As(err, &se) {
		return false
	}
	switch se.Err {
	case "invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive", "not_allowed_token_type":
		return true
	}
	return false
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
