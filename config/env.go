package config

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
)

// maxSecretFile bounds what a *_FILE variable may point at.
const maxSecretFile = 64 << 10

// binding ties one BRIEFBOT_* variable to one field of a Config.
type binding struct {
	name   string             // environment variable
	set    func(string) error // parse and store a value
	secret bool               // also read from name+"_FILE"
}

// bindings lists every environment variable Load understands, bound to c.
func bindings(c *Config) []binding {
	return []binding{
		str("BRIEFBOT_DB", &c.DB),
		str("BRIEFBOT_LOG_LEVEL", &c.LogLevel),
		str("BRIEFBOT_LOG_FORMAT", &c.LogFormat),
		boolean("BRIEFBOT_KEEP_GOING", &c.KeepGoing),
		str("BRIEFBOT_HTTP_ADDR", &c.HTTP.Addr),
		str("BRIEFBOT_HTTP_PUBLIC_URL", &c.HTTP.PublicURL),
		secret("BRIEFBOT_HTTP_TOKEN", &c.HTTP.Token),
		secret("BRIEFBOT_METRICS_TOKEN", &c.HTTP.MetricsToken),
		secret("BRIEFBOT_API_TOKEN", &c.HTTP.APIToken),
		integer("BRIEFBOT_SUMMARY_SENTENCES", &c.Summary.Sentences),
		integer("BRIEFBOT_SUMMARY_CHARS", &c.Summary.Chars),
		str("BRIEFBOT_SUMMARY_PROVIDER", &c.Summary.Provider),
		str("BRIEFBOT_OPENAI_BASE_URL", &c.Summary.OpenAI.BaseURL),
		str("BRIEFBOT_OPENAI_MODEL", &c.Summary.OpenAI.Model),
		secret("BRIEFBOT_OPENAI_API_KEY", &c.Summary.OpenAI.APIKey),
		duration("BRIEFBOT_OPENAI_TIMEOUT", &c.Summary.OpenAI.Timeout),
		integer("BRIEFBOT_OPENAI_CONCURRENCY", &c.Summary.OpenAI.Concurrency),
		secret("BRIEFBOT_TELEGRAM_TOKEN", &c.Telegram.Token),
		str("BRIEFBOT_TELEGRAM_API_URL", &c.Telegram.APIURL),
		str("BRIEFBOT_TELEGRAM_WEBHOOK_URL", &c.Telegram.WebhookURL),
		secret("BRIEFBOT_TELEGRAM_WEBHOOK_SECRET", &c.Telegram.WebhookSecret),
		list("BRIEFBOT_TELEGRAM_ALLOWED_CHATS", &c.Telegram.AllowedChats),
		list("BRIEFBOT_TELEGRAM_ADMINS", &c.Telegram.Admins),
		list("BRIEFBOT_TELEGRAM_CONTRIBUTORS", &c.Telegram.Contributors),
		secret("BRIEFBOT_SLACK_BOT_TOKEN", &c.Slack.BotToken),
		secret("BRIEFBOT_SLACK_APP_TOKEN", &c.Slack.AppToken),
		secret("BRIEFBOT_SLACK_SIGNING_SECRET", &c.Slack.SigningSecret),
		str("BRIEFBOT_SLACK_API_URL", &c.Slack.APIURL),
		list("BRIEFBOT_SLACK_ALLOWED_CHANNELS", &c.Slack.AllowedChannels),
		list("BRIEFBOT_SLACK_ADMINS", &c.Slack.Admins),
		list("BRIEFBOT_SLACK_CONTRIBUTORS", &c.Slack.Contributors),
	}
}

// EnvVars returns the names of every environment variable Load reads, in a
// fixed order, including the *_FILE variants of secrets.
func EnvVars() []string {
	var c Config
	var names []string
	for _, b := range bindings(&c) {
		names = append(names, b.name)
		if b.secret {
			names = append(names, b.name+"_FILE")
		}
	}
	return names
}

func str(name string, p *string) binding {
	return binding{name: name, set: func(v string) error { *p = v; return nil }}
}

func secret(name string, p *Secret) binding {
	return binding{name: name, secret: true, set: func(v string) error { *p = NewSecret(v); return nil }}
}

func integer(name string, p *int) binding {
	return binding{name: name, set: func(v string) error {
		n, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil {
			return fmt.Errorf("%q is not an integer", v)
		}
		*p = n
		return nil
	}}
}

func boolean(name string, p *bool) binding {
	return binding{name: name, set: func(v string) error {
		b, err := strconv.ParseBool(strings.TrimSpace(v))
		if err != nil {
			return fmt.Errorf("%q is not true or false", v)
		}
		*p = b
		return nil
	}}
}

func duration(name string, p *time.Duration) binding {
	return binding{name: name, set: func(v string) error {
		d, err := time.ParseDuration(strings.TrimSpace(v))
		if err != nil {
			return fmt.Errorf("%q is not a duration such as 20s or 1m30s", v)
		}
		*p = d
		return nil
	}}
}

func list(name string, p *[]string) binding {
	return binding{name: name, set: func(v string) error { *p = splitList(v); return nil }}
}

// splitList splits a comma-separated list, trimming spaces and dropping
// empty entries.
func splitList(v string) []string {
	var out []string
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// applyEnv overrides c from the environment: first every plain variable, then
// every *_FILE secret, so a _FILE wins over its plain variable. Empty
// variables count as unset. All problems are returned, joined.
func applyEnv(c *Config, lookup func(string) (string, bool)) error {
	if lookup == nil {
		return nil
	}
	bs := bindings(c)
	var errs []error
	for _, b := range bs {
		if v, ok := lookup(b.name); ok && v != "" {
			if err := b.set(v); err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", b.name, err))
			}
		}
	}
	for _, b := range bs {
		if !b.secret {
			continue
		}
		name := b.name + "_FILE"
		path, ok := lookup(name)
		if !ok || path == "" {
			continue
		}
		v, err := readSecretFile(path)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
			continue
		}
		_ = b.set(v)
	}
	return errors.Join(errs...)
}

// readSecretFile reads a secret from path, dropping the trailing newline that
// editors and `echo` add.
func readSecretFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("read secret file: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxSecretFile+1))
	if err != nil {
		return "", fmt.Errorf("read secret file %q: %w", path, err)
	}
	if len(data) > maxSecretFile {
		return "", fmt.Errorf("secret file %q is larger than %d bytes", path, maxSecretFile)
	}
	v := strings.TrimRight(string(data), "\r\n")
	if v == "" {
		return "", fmt.Errorf("secret file %q is empty", path)
	}
	return v, nil
}
