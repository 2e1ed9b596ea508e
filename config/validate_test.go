package config

import (
	"strings"
	"testing"
	"time"
)

// validConfig returns a configuration that passes Validate, using every
// platform.
func validConfig() Config {
	c := Default()
	c.Telegram.Token = NewSecret("123456:ABC-def_ghi")
	c.Slack.BotToken = NewSecret("xoxb-1-2-abc")
	tg := DefaultDestination()
	tg.Name, tg.Platform, tg.Chat, tg.Schedule, tg.Timezone = "tg", "telegram", "-1001234567890", "0 8 * * 1-5", "Asia/Kolkata"
	sl := DefaultDestination()
	sl.Name, sl.Platform, sl.Chat, sl.Schedule = "sl", "slack", "C0123456789", "@daily"
	con := DefaultDestination()
	con.Name, con.Platform, con.Schedule = "con", "console", "*/15 * * * *"
	c.Destinations = []Destination{tg, sl, con}
	return c
}

func TestValidateAccepts(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*Config)
	}{
		{"base", func(*Config) {}},
		{"defaults", func(c *Config) { *c = Default() }},
		{"port only", func(c *Config) { c.HTTP.Addr = ":8080" }},
		{"ipv6", func(c *Config) { c.HTTP.Addr = "[::1]:0" }},
		{"openai", func(c *Config) {
			c.Summary.Provider, c.Summary.OpenAI.Model, c.Summary.OpenAI.APIKey = "openai", "gpt-4o-mini", NewSecret("sk-1")
		}},
		{"openai-compatible without key", func(c *Config) {
			c.Summary.Provider, c.Summary.OpenAI.Model, c.Summary.OpenAI.BaseURL = "openai", "llama3", "http://127.0.0.1:11434/v1"
		}},
		{"webhook", func(c *Config) {
			c.Telegram.WebhookURL, c.Telegram.WebhookSecret = "https://bot.example.com/telegram", NewSecret("abc_DEF-123")
		}},
		{"socket mode", func(c *Config) { c.Slack.AppToken = NewSecret("xapp-1-A") }},
		{"http mode", func(c *Config) { c.Slack.SigningSecret = NewSecret("abc") }},
		{"allowlists", func(c *Config) {
			c.Telegram.AllowedChats, c.Telegram.Admins = []string{"-100123", "@news"}, []string{"42"}
			c.Slack.AllowedChannels, c.Slack.Admins = []string{"C1", "G2"}, []string{"U1", "W2"}
		}},
		{"telegram channel and topic", func(c *Config) { c.Destinations[0].Chat, c.Destinations[0].Thread = "@mychannel", "7" }},
		{"slack thread", func(c *Config) { c.Destinations[1].Thread = "1733300000.123456" }},
		{"zero grace", func(c *Config) { c.Destinations[0].Grace = 0 }},
		{"window duration", func(c *Config) { c.Destinations[0].Window = "36h" }},
		{"descriptors", func(c *Config) { c.Destinations[0].Schedule, c.Destinations[1].Schedule = "@every 6h", "@weekly" }},
		{"named days", func(c *Config) { c.Destinations[0].Schedule = "30 7 * JAN-DEC MON-FRI" }},
		{"no destinations", func(c *Config) { c.Destinations = nil }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := validConfig()
			tt.mutate(&c)
			if err := c.Validate(); err != nil {
				t.Errorf("Validate: %v", err)
			}
		})
	}
}

func TestValidateRejects(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*Config)
		want   string // the single problem expected
	}{
		{"db", func(c *Config) { c.DB = " " }, "db: must not be empty (a SQLite path or postgres://... URL; BRIEFBOT_DB)"},
		{"log level", func(c *Config) { c.LogLevel = "loud" }, `log_level: "loud" is not one of debug, info, warn, error`},
		{"log format", func(c *Config) { c.LogFormat = "xml" }, `log_format: "xml" is not one of text, json`},
		{"http addr", func(c *Config) { c.HTTP.Addr = "8080" }, `http.addr: "8080" is not host:port (for example 127.0.0.1:8080 or :8080)`},
		{"http port", func(c *Config) { c.HTTP.Addr = "localhost:http" }, `http.addr: "localhost:http": port must be a number from 0 to 65535`},
		{"http port range", func(c *Config) { c.HTTP.Addr = ":70000" }, `http.addr: ":70000": port must be a number from 0 to 65535`},
		{"sentences", func(c *Config) { c.Summary.Sentences = 0 }, "summary.sentences: must be at least 1, got 0"},
		{"chars", func(c *Config) { c.Summary.Chars = -1 }, "summary.chars: must be at least 1, got -1"},
		{"provider", func(c *Config) { c.Summary.Provider = "gpt" }, `summary.provider: "gpt" is not one of extractive, openai`},
		{"openai model", func(c *Config) { c.Summary.Provider, c.Summary.OpenAI.APIKey = "openai", NewSecret("k") },
			"summary.openai.model: required when summary.provider is openai (BRIEFBOT_OPENAI_MODEL)"},
		{"openai key", func(c *Config) { c.Summary.Provider, c.Summary.OpenAI.Model = "openai", "m" },
			"summary.openai.api_key: required for api.openai.com (BRIEFBOT_OPENAI_API_KEY or BRIEFBOT_OPENAI_API_KEY_FILE)"},
		{"openai url", func(c *Config) {
			c.Summary.Provider, c.Summary.OpenAI.Model, c.Summary.OpenAI.BaseURL = "openai", "m", "localhost:11434"
		}, `summary.openai.base_url: "localhost:11434" is not an absolute http or https URL`},
		{"openai timeout", func(c *Config) {
			c.Summary.Provider, c.Summary.OpenAI.Model, c.Summary.OpenAI.APIKey, c.Summary.OpenAI.Timeout = "openai", "m", NewSecret("k"), 0
		}, "summary.openai.timeout: must be positive, got 0s"},
		{"openai concurrency", func(c *Config) {
			c.Summary.Provider, c.Summary.OpenAI.Model, c.Summary.OpenAI.APIKey, c.Summary.OpenAI.Concurrency = "openai", "m", NewSecret("k"), 0
		}, "summary.openai.concurrency: must be at least 1, got 0"},
		{"telegram token format", func(c *Config) { c.Telegram.Token = NewSecret("bot123:abc") },
			`telegram.token: does not look like a bot token (want <digits>:<secret>, as @BotFather gives it; no "bot" prefix)`},
		{"telegram api url", func(c *Config) { c.Telegram.APIURL = "api.telegram.org" },
			`telegram.api_url: "api.telegram.org" is not an absolute http or https URL`},
		{"webhook not https", func(c *Config) {
			c.Telegram.WebhookURL, c.Telegram.WebhookSecret = "http://bot.example.com/tg", NewSecret("s")
		}, `telegram.webhook_url: "http://bot.example.com/tg" must use https (Telegram only calls https webhooks)`},
		{"webhook not a url", func(c *Config) {
			c.Telegram.WebhookURL, c.Telegram.WebhookSecret = "bot.example.com/tg", NewSecret("s")
		}, `telegram.webhook_url: "bot.example.com/tg" is not an absolute URL`},
		{"webhook without secret", func(c *Config) { c.Telegram.WebhookURL = "https://bot.example.com/tg" },
			"telegram.webhook_secret: required when telegram.webhook_url is set (BRIEFBOT_TELEGRAM_WEBHOOK_SECRET; 1-256 of A-Z a-z 0-9 _ -)"},
		{"webhook secret charset", func(c *Config) {
			c.Telegram.WebhookURL, c.Telegram.WebhookSecret = "https://bot.example.com/tg", NewSecret("not ok!")
		}, "telegram.webhook_secret: must be 1-256 characters from A-Z, a-z, 0-9, _ and -"},
		{"webhook secret length", func(c *Config) {
			c.Telegram.WebhookURL, c.Telegram.WebhookSecret = "https://bot.example.com/tg", NewSecret(strings.Repeat("a", 257))
		}, "telegram.webhook_secret: must be 1-256 characters from A-Z, a-z, 0-9, _ and -"},
		{"webhook without token", func(c *Config) {
			c.Telegram.Token, c.Telegram.WebhookURL, c.Telegram.WebhookSecret = Secret{}, "https://x.example/tg", NewSecret("s")
			c.Destinations = nil
		}, "telegram.webhook_url: set but telegram.token is empty (BRIEFBOT_TELEGRAM_TOKEN)"},
		{"telegram allowed chat", func(c *Config) { c.Telegram.AllowedChats = []string{"-1", "news"} },
			`telegram.allowed_chats[1]: "news" is not a chat id (such as -1001234567890) or @channel`},
		{"telegram admin", func(c *Config) { c.Telegram.Admins = []string{"@alice"} },
			`telegram.admins[0]: "@alice" is not a numeric user id`},
		{"slack bot token", func(c *Config) { c.Slack.BotToken = NewSecret("xoxp-1") },
			`slack.bot_token: must start with "xoxb-" (the Bot User OAuth Token)`},
		{"slack app token", func(c *Config) { c.Slack.AppToken = NewSecret("xoxb-1") },
			`slack.app_token: must start with "xapp-" (an app-level token with connections:write, for Socket Mode)`},
		{"slack app token without bot token", func(c *Config) {
			c.Slack.BotToken, c.Slack.AppToken, c.Destinations = Secret{}, NewSecret("xapp-1"), nil
		}, "slack.bot_token: required when slack.app_token or slack.signing_secret is set (BRIEFBOT_SLACK_BOT_TOKEN)"},
		{"slack api url", func(c *Config) { c.Slack.APIURL = "ftp://slack.com/api/" },
			`slack.api_url: "ftp://slack.com/api/" is not an absolute http or https URL`},
		{"slack channel name", func(c *Config) { c.Slack.AllowedChannels = []string{"#general"} },
			`slack.allowed_channels[0]: "#general" is not a channel id (such as C0123456789)`},
		{"slack admin name", func(c *Config) { c.Slack.Admins = []string{"@bob"} },
			`slack.admins[0]: "@bob" is not a user id (such as U0123456789)`},
		{"destination name", func(c *Config) { c.Destinations[2].Name = "" }, "destinations[2].name: required"},
		{"duplicate name", func(c *Config) { c.Destinations[2].Name = "tg" },
			`destinations[2].name: "tg" is also the name of destinations[0]; names must be unique`},
		{"platform", func(c *Config) { c.Destinations[0].Platform = "discord" },
			`destinations[0].platform: "discord" is not one of telegram, slack, console`},
		{"telegram without token", func(c *Config) { c.Telegram.Token = Secret{} },
			"destinations[0]: platform telegram needs telegram.token (BRIEFBOT_TELEGRAM_TOKEN; get one from @BotFather)"},
		{"slack without token", func(c *Config) { c.Slack.BotToken = Secret{} },
			"destinations[1]: platform slack needs slack.bot_token (BRIEFBOT_SLACK_BOT_TOKEN)"},
		{"telegram chat", func(c *Config) { c.Destinations[0].Chat = "" },
			`destinations[0].chat: "" is not a Telegram chat id (such as -1001234567890) or @channel`},
		{"telegram thread", func(c *Config) { c.Destinations[0].Thread = "general" },
			`destinations[0].thread: "general" is not a Telegram topic id (a number)`},
		{"slack chat", func(c *Config) { c.Destinations[1].Chat = "" },
			"destinations[1].chat: required: a Slack channel id such as C0123456789"},
		{"slack thread", func(c *Config) { c.Destinations[1].Thread = "yesterday" },
			`destinations[1].thread: "yesterday" is not a Slack thread ts (such as 1733300000.123456)`},
		{"schedule hour", func(c *Config) { c.Destinations[0].Schedule = "0 25 * * *" },
			`destinations[0].schedule: "0 25 * * *": hour out of range (0-23)`},
		{"schedule minute", func(c *Config) { c.Destinations[0].Schedule = "60 8 * * *" },
			`destinations[0].schedule: "60 8 * * *": minute out of range (0-59)`},
		{"schedule dow", func(c *Config) { c.Destinations[0].Schedule = "0 8 * * 1-9" },
			`destinations[0].schedule: "0 8 * * 1-9": day of week out of range (0-6 or SUN-SAT)`},
		{"schedule month word", func(c *Config) { c.Destinations[0].Schedule = "0 8 * FOO *" },
			`destinations[0].schedule: "0 8 * FOO *": month "FOO" is not valid (1-12 or JAN-DEC)`},
		{"schedule step", func(c *Config) { c.Destinations[0].Schedule = "*/0 8 * * *" },
			`destinations[0].schedule: "*/0 8 * * *": minute "*/0" is not valid (0-59)`},
		{"schedule seconds", func(c *Config) { c.Destinations[0].Schedule = "0 0 8 * * *" },
			`destinations[0].schedule: "0 0 8 * * *": want 5 fields (minute hour day-of-month month day-of-week), found 6`},
		{"schedule empty", func(c *Config) { c.Destinations[0].Schedule = "" },
			`destinations[0].schedule: required: a cron spec such as "0 8 * * 1-5" or "@daily"`},
		{"schedule descriptor", func(c *Config) { c.Destinations[0].Schedule = "@fortnightly" },
			`destinations[0].schedule: "@fortnightly": unrecognized descriptor: @fortnightly (want @yearly, @monthly, @weekly, @daily, @hourly or @every DURATION)`},
		{"schedule tz prefix", func(c *Config) { c.Destinations[0].Schedule = "CRON_TZ=Asia/Tokyo 0 8 * * *" },
			`destinations[0].schedule: "CRON_TZ=Asia/Tokyo 0 8 * * *": set the time zone in timezone, not in the schedule`},
		{"timezone", func(c *Config) { c.Destinations[1].Timezone = "Asia/Kolkatta" },
			`destinations[1].timezone: unknown time zone "Asia/Kolkatta" (want an IANA name such as Asia/Kolkata or UTC)`},
		{"grace", func(c *Config) { c.Destinations[0].Grace = -time.Minute }, "destinations[0].grace: must not be negative, got -1m0s"},
		{"max items", func(c *Config) { c.Destinations[2].MaxItems = -3 }, "destinations[2].max_items: must be at least 1, got -3"},
		{"window", func(c *Config) { c.Destinations[0].Window = "yesterday" },
			`destinations[0].window: "yesterday" is not since_last or a positive duration such as 24h`},
		{"negative window", func(c *Config) { c.Destinations[0].Window = "-1h" },
			`destinations[0].window: "-1h" is not since_last or a positive duration such as 24h`},
		{"empty filter entry", func(c *Config) { c.Destinations[0].Filter.Places = []string{"Delhi", " "} },
			"destinations[0].filter.places[1]: must not be empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := validConfig()
			tt.mutate(&c)
			err := c.Validate()
			if err == nil {
				t.Fatalf("Validate passed, want %q", tt.want)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("Validate:\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestValidateJoinsAll(t *testing.T) {
	c := validConfig()
	c.LogLevel = "loud"
	c.Destinations[0].Platform = "discord"
	c.Destinations[1].Timezone = "Mars/Olympus"
	err := c.Validate()
	u, ok := err.(interface{ Unwrap() []error })
	if !ok {
		t.Fatalf("Validate error %T is not a joined error", err)
	}
	if n := len(u.Unwrap()); n != 3 {
		t.Errorf("got %d problems, want 3: %v", n, err)
	}
}

func TestValidateNeverLeaksSecrets(t *testing.T) {
	c := validConfig()
	c.Telegram.Token = NewSecret("bot999:SUPERSECRET")
	c.Slack.BotToken = NewSecret("xoxp-SUPERSECRET")
	c.Slack.AppToken = NewSecret("SUPERSECRET")
	c.Telegram.WebhookURL, c.Telegram.WebhookSecret = "https://x.example/", NewSecret("SUPERSECRET!")
	err := c.Validate()
	if err == nil || strings.Contains(err.Error(), "SUPERSECRET") {
		t.Errorf("Validate = %v", err)
	}
}

func TestDestinationHelpers(t *testing.T) {
	c := validConfig()
	d, ok := c.Destination("tg")
	if !ok || d.Chat != "-1001234567890" {
		t.Fatalf("Destination(tg) = %+v, %v", d, ok)
	}
	if _, ok := c.Destination("nope"); ok {
		t.Error("Destination(nope) found")
	}
	loc, err := d.Location()
	if err != nil || loc.String() != "Asia/Kolkata" {
		t.Errorf("Location = %v, %v", loc, err)
	}
	if _, err := (Destination{Name: "x", Timezone: "Nowhere/Land"}).Location(); err == nil || !strings.Contains(err.Error(), `destination "x"`) {
		t.Errorf("bad Location err = %v", err)
	}
	for _, tt := range []struct {
		window string
		want   time.Duration
		ok     bool
	}{{"since_last", 0, false}, {"24h", 24 * time.Hour, true}, {"bad", 0, false}, {"-1h", 0, false}} {
		if w, ok := (Destination{Window: tt.window}).WindowDuration(); w != tt.want || ok != tt.ok {
			t.Errorf("WindowDuration(%q) = %v, %v", tt.window, w, ok)
		}
	}
}

func TestSlogLevel(t *testing.T) {
	for level, want := range map[string]string{"debug": "DEBUG", "info": "INFO", "warn": "WARN", "error": "ERROR", "": "INFO"} {
		if got := (Config{LogLevel: level}).SlogLevel().String(); got != want {
			t.Errorf("SlogLevel(%q) = %s, want %s", level, got, want)
		}
	}
}
