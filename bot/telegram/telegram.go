// Package telegram is briefbot's Telegram adapter: it receives commands by
// long polling or a webhook, turns them into bot.Requests, renders each
// bot.Reply as Telegram HTML with inline buttons, and posts under Telegram's
// rate limits, handling 429, 403 and group-to-supergroup migration.
//
// It talks to the Bot API through github.com/go-telegram-bot-api/telegram-bot-api/v5
// at a configurable base URL, so a self-hosted Bot API server, an emulator
// or a test server can stand in for api.telegram.org.
package telegram

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/briefbot/briefbot/bot"
)

// DefaultAPIURL is the Bot API's base URL.
const DefaultAPIURL = "https://api.telegram.org"

// State is what the adapter keeps in the store: seen update ids, the
// polling offset, and which chats are active. *store.Store satisfies it.
type State interface {
	// FirstSeen reports true the first time it is called with an update id.
	FirstSeen(ctx context.Context, platform, updateID string) (bool, error)
	// Value returns a stored value, or an error wrapping briefs.ErrNotFound.
	Value(ctx context.Context, key string) (string, error)
	SetValue(ctx context.Context, key, value string) error
	SetChatActive(ctx context.Context, platform, chatID string, active bool) error
	// ChatActive is true for a chat never recorded.
	ChatActive(ctx context.Context, platform, chatID string) (bool, error)
	// MoveChat moves a chat's subscriptions to a new chat id.
	MoveChat(ctx context.Context, platform, from, to string) error
}

// Limits are the least times between two messages; zero fields take the
// defaults, which keep under Telegram's limits.
type Limits struct {
	PerChat  time.Duration // to one chat; default 1s
	PerGroup time.Duration // to one group or channel; default 3s (20 a minute)
	Global   time.Duration // overall; default DefaultGlobalSpacing (just under 30 a second)
}

// Options configure an Adapter. Token is required.
type Options struct {
	Token  string
	APIURL string // base URL; default DefaultAPIURL; the adapter appends /bot<token>/<method>
	// WebhookURL, when set, makes Run register a webhook instead of polling.
	WebhookURL string
	// WebhookSecret is the secret_token Telegram sends back in
	// X-Telegram-Bot-Api-Secret-Token (1-256 of A-Z a-z 0-9 _ -). When empty
	// in webhook mode a random one is made; set it when several replicas
	// share the webhook.
	WebhookSecret string
	AllowedChats  []string // chat ids that may use the bot; empty allows any
	Admins        []string // user ids that are admins
	// Contributors are user ids that may save messages as briefs (/add,
	// forwards); admins always may.
	Contributors []string
	PollTimeout  time.Duration
	// HTTPClient's Timeout must be zero or longer than PollTimeout. The
	// default has a timeout of PollTimeout+15s.
	HTTPClient *http.Client
	Log        *slog.Logger
	Now        func() time.Time
	Limits     Limits
	// Lease, when set, makes long polling run on one replica at a time:
	// the one holding the lease "telegram.poll". Others stand by and take
	// over when it is not renewed for LeaseTTL. Unused with a webhook.
	Lease Lease
	// Holder names this replica in the lease; default a random id.
	Holder string
	// LeaseTTL is how long the lease lasts unrenewed; default
	// DefaultLeaseTTL.
	LeaseTTL time.Duration
	// Workers is how many updates are handled at once, each from a
	// different chat (default 8).
	Workers int
}

// Adapter is a connected Telegram bot. Create it with New.
type Adapter struct {
	opts    Options
	api     *tgbotapi.BotAPI
	hc      *http.Client
	h       bot.Handler
	st      State
	log     *slog.Logger
	allowed map[string]bool
	admins  map[string]bool
	contrib map[string]bool
	lim     *limiter
	disp    *dispatcher // updates being handled, in order within a chat
	offs    offsets     // polled updates not yet handled, for the stored offset

	// pause waits before a message is resent (a 429's retry_after, the
	// pause after a 5xx); tests record the waits instead of sleeping.
	pause func(ctx context.Context, d time.Duration) error
	// pollPause waits between polls (backoff after a failed poll, the pause
	// after a quick empty one); tests record the waits.
	pollPause func(ctx context.Context, d time.Duration) error

	// Durations tests shrink.
	backoffMin    time.Duration // first wait after a failed poll
	backoffMax    time.Duration
	pollGrace     time.Duration // how long past the poll timeout a poll may hang
	callTimeout   time.Duration // one API call other than getUpdates
	handleTimeout time.Duration // handling one update, shutdown included
}

// New checks the token with getMe and returns an adapter that answers
// commands with h and keeps its state in st.
func New(ctx context.Context, opts Options, h bot.Handler, st State) (*Adapter, error) {
	if err := opts.defaults(); err != nil {
		return nil, err
	}
	if h == nil || st == nil {
		return nil, errors.New("telegram: a handler and a state store are required")
	}
	a := &Adapter{opts: opts, hc: opts.HTTPClient, h: h, st: st, log: opts.Log,
		allowed: set(opts.AllowedChats), admins: set(opts.Admins), contrib: set(opts.Contributors), lim: newLimiter(opts.Limits),
		pause: sleep, pollPause: sleep, backoffMin: time.Second, backoffMax: time.Minute,
		pollGrace: 10 * time.Second, callTimeout: 30 * time.Second, handleTimeout: 30 * time.Second}
	endpoint := strings.ReplaceAll(strings.TrimRight(opts.APIURL, "/"), "%", "%%") + "/bot%s/%s"
	d := &doer{ctx: ctx, c: a.hc}
	api, err := tgbotapi.NewBotAPIWithClient(opts.Token, endpoint, d)
	if err != nil {
		err = a.apiErr("getMe", d.status, err)
		if code(err) == http.StatusUnauthorized {
			return nil, ErrTokenRejected
		}
		return nil, fmt.Errorf("telegram: connect: %w", err)
	}
	a.api = api
	a.disp = newDispatcher(opts.Workers, func(u update) {
		a.handleNow(ctx, u)
		a.offs.done(u.UpdateID)
		a.offs.save(ctx, a.saveOffset)
	})
	a.log.InfoContext(ctx, "telegram: connected", slog.String("bot", api.Self.UserName), slog.Int64("bot_id", api.Self.ID))
	return a, nil
}

// defaults checks the options and fills in the defaults.
func (o *Options) defaults() error {
	if strings.TrimSpace(o.Token) == "" {
		return errors.New("telegram: no token; set BRIEFBOT_TELEGRAM_TOKEN")
	}
	if o.APIURL == "" {
		o.APIURL = DefaultAPIURL
	}
	if !strings.HasPrefix(o.APIURL, "http://") && !strings.HasPrefix(o.APIURL, "https://") {
		return fmt.Errorf("telegram: api url %q is not an http(s) URL", o.APIURL)
	}
	if o.PollTimeout <= 0 {
		o.PollTimeout = 30 * time.Second
	}
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Timeout: o.PollTimeout + 15*time.Second}
	}
	if t := o.HTTPClient.Timeout; t != 0 && t <= o.PollTimeout {
		return fmt.Errorf("telegram: http client timeout %s must be longer than the poll timeout %s", t, o.PollTimeout)
	}
	if o.WebhookURL != "" && !strings.HasPrefix(o.WebhookURL, "https://") && !strings.HasPrefix(o.WebhookURL, "http://") {
		return fmt.Errorf("telegram: webhook url %q is not an http(s) URL", o.WebhookURL)
	}
	if o.WebhookURL != "" && o.WebhookSecret == "" {
		o.WebhookSecret = randomSecret()
	}
	if !validSecret(o.WebhookSecret) {
		return errors.New("telegram: webhook secret must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		return errors.New("telegram: Options.Now (the clock) is not set")
	}
	if o.LeaseTTL <= 0 {
		o.LeaseTTL = DefaultLeaseTTL
	}
	if o.Holder == "" {
		o.Holder = "replica-" + randomSecret()[:12]
	}
	if o.Workers <= 0 {
		o.Workers = defaultWorkers
	}
	return nil
}

// BotName returns the bot's username, as getMe reported it.
func (a *Adapter) BotName() string { return a.api.Self.UserName }

// SetCommands registers the command menu with setMyCommands. The caller
// logs a failure and carries on; the emulator, for one, lacks the method.
func (a *Adapter) SetCommands(ctx context.Context, cmds []bot.Command) error {
	var list []tgbotapi.BotCommand
	for _, c := range cmds {
		desc := c.Help
		if desc == "" {
			desc = c.Name
		}
		list = append(list, tgbotapi.BotCommand{Command: strings.ToLower(c.Name), Description: truncate(desc, 256)})
	}
	params := tgbotapi.Params{}
	if err := params.AddInterface("commands", list); err != nil {
		return fmt.Errorf("telegram: set commands: %w", err)
	}
	if _, err := a.call(ctx, "setMyCommands", params); err != nil {
		return fmt.Errorf("telegram: set commands: %w", err)
	}
	return nil
}

func set(list []string) map[string]bool {
	m := map[string]bool{}
	for _, s := range list {
		if s = strings.TrimSpace(s); s != "" {
			m[s] = true
		}
	}
	return m
}

func truncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func randomSecret() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b) // crypto/rand.Read never fails
	return hex.EncodeToString(b)
}

func validSecret(s string) bool {
	if len(s) > 256 {
		return false
	}
	for _, r := range s {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-'
		if !ok {
			return false
		}
	}
	return true
}

// LogValue shows the options with the token and the webhook secret
// redacted, so logging them leaks neither.
func (o Options) LogValue() slog.Value {
	redact := func(s string) string {
		if s == "" {
			return ""
		}
		return "[redacted]"
	}
	return slog.GroupValue(
		slog.String("token", redact(o.Token)),
		slog.String("api_url", o.APIURL),
		slog.String("webhook_url", o.WebhookURL),
		slog.String("webhook_secret", redact(o.WebhookSecret)),
		slog.Any("allowed_chats", o.AllowedChats),
		slog.Any("admins", o.Admins),
		slog.Duration("poll_timeout", o.PollTimeout),
	)
}
