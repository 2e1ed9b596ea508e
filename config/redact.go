package config

import (
	"fmt"
	"log/slog"
	"net/url"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Redacted returns the effective configuration as YAML, every secret shown
// as "[redacted]" (or "" when unset) and the password of every URL as
// "xxxxx". `briefbot config` prints it.
func (c Config) Redacted() string {
	c.DB = RedactURL(c.DB)
	c.Summary.OpenAI.BaseURL = RedactURL(c.Summary.OpenAI.BaseURL)
	c.Telegram.APIURL = RedactURL(c.Telegram.APIURL)
	c.Telegram.WebhookURL = RedactURL(c.Telegram.WebhookURL)
	c.Slack.APIURL = RedactURL(c.Slack.APIURL)
	var b strings.Builder
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(c); err != nil {
		return fmt.Sprintf("# config: cannot render: %v\n", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Sprintf("# config: cannot render: %v\n", err)
	}
	return b.String()
}

// SlogLevel returns LogLevel as a slog.Level (info when it is not valid).
func (c Config) SlogLevel() slog.Level {
	switch c.LogLevel {
	case "debug":
		return slog.LevelDebug
	case "warn":
		return slog.LevelWarn
	case "error":
		return slog.LevelError
	}
	return slog.LevelInfo
}

// RedactURL returns raw with the password of a URL (user:password@host)
// shown as "xxxxx", for dumps, logs and errors. Text that is not a URL (a
// SQLite path) comes back as it is; a URL that cannot be parsed but may hold
// a password comes back as "(unparsable URL)".
func RedactURL(raw string) string {
	if !strings.Contains(raw, "://") {
		return raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		if strings.Contains(raw, "@") {
			return "(unparsable URL)"
		}
		return raw
	}
	return u.Redacted()
}
