// Package config holds briefbot's configuration: the Config struct, loading
// it from a YAML file and BRIEFBOT_* environment variables (secrets also from
// *_FILE), validating it with errors that name the offending field, and a
// redacted dump for operators.
//
// Load returns a value; pass it (or parts of it) to whoever needs it. There is
// no package-level state.
package config

import (
	"time"
)

// Platform names accepted in Destination.Platform.
const (
	PlatformTelegram = "telegram"
	PlatformSlack    = "slack"
	PlatformConsole  = "console"
)

// Summary providers accepted in Summary.Provider.
const (
	ProviderExtractive = "extractive"
	ProviderOpenAI     = "openai"
)

// WindowSinceLast is the Destination.Window value meaning "everything since
// the previous digest for this destination".
const WindowSinceLast = "since_last"

// Config is briefbot's whole configuration.
type Config struct {
	DB           string        `yaml:"db"`         // BRIEFBOT_DB; a SQLite path or postgres://...
	LogLevel     string        `yaml:"log_level"`  // BRIEFBOT_LOG_LEVEL: debug, info, warn, error
	LogFormat    string        `yaml:"log_format"` // BRIEFBOT_LOG_FORMAT: text, json
	KeepGoing    bool          `yaml:"keep_going"` // BRIEFBOT_KEEP_GOING: a rejected token stops that adapter, not the process
	HTTP         HTTP          `yaml:"http"`
	Summary      Summary       `yaml:"summary"`
	Telegram     Telegram      `yaml:"telegram"`
	Slack        Slack         `yaml:"slack"`
	Destinations []Destination `yaml:"destinations"`
	Feeds        []Feed        `yaml:"feeds"`
}

// HTTP configures the HTTP server (health checks, metrics, webhooks,
// /meetings.ics).
type HTTP struct {
	Addr string `yaml:"addr"` // BRIEFBOT_HTTP_ADDR, host:port
	// PublicURL is where people reach this listener, for the calendar
	// links /calendar hands out (BRIEFBOT_HTTP_PUBLIC_URL); empty = none.
	PublicURL string `yaml:"public_url"`
	Token     Secret `yaml:"token"` // BRIEFBOT_HTTP_TOKEN(_FILE); protects /meetings.ics and /metrics when set
	// MetricsToken, when set, protects /metrics instead of Token
	// (BRIEFBOT_METRICS_TOKEN(_FILE)), so a scraper needs no other access.
	MetricsToken Secret `yaml:"metrics_token"`
	// APIToken turns the HTTP API (/api/...) on and is the Bearer token its
	// requests must carry (BRIEFBOT_API_TOKEN(_FILE)); empty = no API.
	APIToken Secret `yaml:"api_token"`
}

// Summary configures how briefs are summarised at ingest.
type Summary struct {
	Sentences int    `yaml:"sentences"` // BRIEFBOT_SUMMARY_SENTENCES
	Chars     int    `yaml:"chars"`     // BRIEFBOT_SUMMARY_CHARS
	Provider  string `yaml:"provider"`  // BRIEFBOT_SUMMARY_PROVIDER: extractive, openai
	OpenAI    OpenAI `yaml:"openai"`
}

// OpenAI configures an OpenAI-compatible chat completions endpoint, used when
// Summary.Provider is "openai".
type OpenAI struct {
	BaseURL     string        `yaml:"base_url"`    // BRIEFBOT_OPENAI_BASE_URL
	Model       string        `yaml:"model"`       // BRIEFBOT_OPENAI_MODEL
	APIKey      Secret        `yaml:"api_key"`     // BRIEFBOT_OPENAI_API_KEY(_FILE)
	Timeout     time.Duration `yaml:"timeout"`     // BRIEFBOT_OPENAI_TIMEOUT
	Concurrency int           `yaml:"concurrency"` // BRIEFBOT_OPENAI_CONCURRENCY
}

// Telegram configures the Telegram adapter. It is on when Token is set.
type Telegram struct {
	Token         Secret   `yaml:"token"`          // BRIEFBOT_TELEGRAM_TOKEN(_FILE)
	APIURL        string   `yaml:"api_url"`        // BRIEFBOT_TELEGRAM_API_URL, no trailing slash
	WebhookURL    string   `yaml:"webhook_url"`    // BRIEFBOT_TELEGRAM_WEBHOOK_URL; empty = long polling
	WebhookSecret Secret   `yaml:"webhook_secret"` // BRIEFBOT_TELEGRAM_WEBHOOK_SECRET(_FILE)
	AllowedChats  []string `yaml:"allowed_chats"`  // BRIEFBOT_TELEGRAM_ALLOWED_CHATS; empty = any chat
	Admins        []string `yaml:"admins"`         // BRIEFBOT_TELEGRAM_ADMINS; numeric user ids
	// Contributors may save messages as briefs (/add, forwards); empty =
	// admins only. BRIEFBOT_TELEGRAM_CONTRIBUTORS; numeric user ids.
	Contributors []string `yaml:"contributors"`
}

// Slack configures the Slack adapter. It is on when BotToken is set; AppToken
// selects Socket Mode, SigningSecret the HTTP Events API.
type Slack struct {
	BotToken        Secret   `yaml:"bot_token"`        // BRIEFBOT_SLACK_BOT_TOKEN(_FILE), xoxb-...
	AppToken        Secret   `yaml:"app_token"`        // BRIEFBOT_SLACK_APP_TOKEN(_FILE), xapp-...
	SigningSecret   Secret   `yaml:"signing_secret"`   // BRIEFBOT_SLACK_SIGNING_SECRET(_FILE)
	APIURL          string   `yaml:"api_url"`          // BRIEFBOT_SLACK_API_URL, always ends in "/"
	AllowedChannels []string `yaml:"allowed_channels"` // BRIEFBOT_SLACK_ALLOWED_CHANNELS; empty = any
	Admins          []string `yaml:"admins"`           // BRIEFBOT_SLACK_ADMINS; user ids
	// Contributors may save messages as briefs ("Save as brief", /brief
	// add); empty = admins only. BRIEFBOT_SLACK_CONTRIBUTORS; user ids.
	Contributors []string `yaml:"contributors"`
}

// Destination is a chat that receives scheduled digests.
type Destination struct {
	Name           string        `yaml:"name"`             // unique; used by "digest -to NAME" and slot claims
	Platform       string        `yaml:"platform"`         // telegram, slack or console
	Chat           string        `yaml:"chat"`             // Telegram chat id or @channel; Slack channel id
	Thread         string        `yaml:"thread"`           // Telegram topic id; Slack thread ts
	Schedule       string        `yaml:"schedule"`         // cron spec, 5 fields or @daily etc.
	Timezone       string        `yaml:"timezone"`         // IANA zone the schedule runs in
	Grace          time.Duration `yaml:"grace"`            // how late a missed slot may still be posted
	MaxItems       int           `yaml:"max_items"`        // briefs per digest
	Window         string        `yaml:"window"`           // "since_last" or a duration such as 24h
	Filter         Filter        `yaml:"filter"`           // which briefs go into this digest
	QuietWhenEmpty bool          `yaml:"quiet_when_empty"` // post nothing when there is nothing new
	Silent         bool          `yaml:"silent"`           // post without a notification (Telegram)
	Reminders      Offsets       `yaml:"reminders"`        // remind of matching meetings this long before: 1d or [1d, 1h]
}

// Filter selects briefs for a destination. Empty lists match everything;
// within a list any entry may match (case-insensitive).
type Filter struct {
	Keywords []string `yaml:"keywords"`
	Sources  []string `yaml:"sources"`
	Places   []string `yaml:"places"`
}

// Default returns the configuration used when neither file nor environment
// say otherwise.
func Default() Config {
	return Config{
		DB:        "briefbot.db",
		LogLevel:  "info",
		LogFormat: "text",
		HTTP:      HTTP{Addr: "127.0.0.1:8080"},
		Summary: Summary{
			Sentences: 2,
			Chars:     300,
			Provider:  ProviderExtractive,
			OpenAI: OpenAI{
				BaseURL:     "https://api.openai.com/v1",
				Timeout:     20 * time.Second,
				Concurrency: 4,
			},
		},
		Telegram: Telegram{APIURL: "https://api.telegram.org"},
		Slack:    Slack{APIURL: "https://slack.com/api/"},
	}
}

// DefaultDestination returns a destination with every defaulted field set;
// Load starts each destination from it.
func DefaultDestination() Destination {
	return Destination{
		Timezone: "UTC",
		Grace:    2 * time.Hour,
		MaxItems: 10,
		Window:   WindowSinceLast,
	}
}

// TelegramEnabled reports whether the Telegram adapter should run (a token is set).
func (c Config) TelegramEnabled() bool { return c.Telegram.Token.IsSet() }

// SlackEnabled reports whether the Slack adapter should run (a bot token is set).
func (c Config) SlackEnabled() bool { return c.Slack.BotToken.IsSet() }

// Destination returns the destination with the given name.
func (c Config) Destination(name string) (Destination, bool) {
	for _, d := range c.Destinations {
		if d.Name == name {
			return d, true
		}
	}
	return Destination{}, false
}
