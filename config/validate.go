package config

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
)

// problems collects validation errors, each prefixed with the field it is about.
type problems []error

func (p *problems) addf(field, format string, args ...any) {
	*p = append(*p, fmt.Errorf("%s: %s", field, fmt.Sprintf(format, args...)))
}

// oneOf records a problem when v is not in allowed.
func (p *problems) oneOf(field, v string, allowed ...string) {
	if !slices.Contains(allowed, v) {
		p.addf(field, "%q is not one of %s", v, strings.Join(allowed, ", "))
	}
}

// atLeast records a problem when n < min.
func (p *problems) atLeast(field string, n, min int) {
	if n < min {
		p.addf(field, "must be at least %d, got %d", min, n)
	}
}

// Validate checks c and returns every problem found, joined with
// errors.Join; each names the field (as its YAML path) and what is allowed.
// It returns nil for a valid configuration.
func (c Config) Validate() error {
	var p problems
	if strings.TrimSpace(c.DB) == "" {
		p.addf("db", "must not be empty (a SQLite path or postgres://... URL; BRIEFBOT_DB)")
	}
	p.oneOf("log_level", c.LogLevel, "debug", "info", "warn", "error")
	p.oneOf("log_format", c.LogFormat, "text", "json")
	checkAddr(&p, "http.addr", c.HTTP.Addr)
	if c.HTTP.PublicURL != "" {
		checkURL(&p, "http.public_url", c.HTTP.PublicURL, "http", "https")
	}
	c.Summary.validate(&p)
	c.Telegram.validate(&p)
	c.Slack.validate(&p)
	c.validateDestinations(&p)
	c.validateFeeds(&p)
	return errors.Join(p...)
}

// checkAddr requires host:port with a numeric port; the host may be empty.
func checkAddr(p *problems, field, addr string) {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		p.addf(field, "%q is not host:port (for example 127.0.0.1:8080 or :8080)", addr)
		return
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		p.addf(field, "%q: port must be a number from 0 to 65535", addr)
	}
}

// checkURL requires an absolute URL with one of the given schemes and a host.
func checkURL(p *problems, field, raw string, schemes ...string) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || !slices.Contains(schemes, u.Scheme) {
		p.addf(field, "%q is not an absolute %s URL", RedactURL(raw), strings.Join(schemes, " or "))
	}
}

func (s Summary) validate(p *problems) {
	p.atLeast("summary.sentences", s.Sentences, 1)
	p.atLeast("summary.chars", s.Chars, 1)
	p.oneOf("summary.provider", s.Provider, ProviderExtractive, ProviderOpenAI)
	if s.Provider != ProviderOpenAI {
		return
	}
	o := s.OpenAI
	checkURL(p, "summary.openai.base_url", o.BaseURL, "http", "https")
	if strings.TrimSpace(o.Model) == "" {
		p.addf("summary.openai.model", "required when summary.provider is openai (BRIEFBOT_OPENAI_MODEL)")
	}
	if u, err := url.Parse(o.BaseURL); err == nil && u.Host == "api.openai.com" && !o.APIKey.IsSet() {
		p.addf("summary.openai.api_key", "required for api.openai.com (BRIEFBOT_OPENAI_API_KEY or BRIEFBOT_OPENAI_API_KEY_FILE)")
	}
	if o.Timeout <= 0 {
		p.addf("summary.openai.timeout", "must be positive, got %s", o.Timeout)
	}
	p.atLeast("summary.openai.concurrency", o.Concurrency, 1)
}

// isTelegramChat reports whether s is a numeric chat id or an @channel name.
func isTelegramChat(s string) bool {
	if _, err := strconv.ParseInt(s, 10, 64); err == nil {
		return true
	}
	return len(s) > 1 && s[0] == '@' && !strings.ContainsAny(s, " \t/")
}

// isTelegramToken reports whether s looks like "<bot id>:<secret>".
func isTelegramToken(s string) bool {
	id, rest, ok := strings.Cut(s, ":")
	if !ok || rest == "" || strings.ContainsAny(rest, " \t\n/") {
		return false
	}
	_, err := strconv.ParseUint(id, 10, 64)
	return err == nil
}

// isWebhookSecret reports whether s is a valid Telegram secret_token:
// 1-256 characters from A-Z, a-z, 0-9, _ and -.
func isWebhookSecret(s string) bool {
	if len(s) < 1 || len(s) > 256 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return false
		}
	}
	return true
}

func (t Telegram) validate(p *problems) {
	if t.Token.IsSet() && !isTelegramToken(t.Token.Value()) {
		p.addf("telegram.token", "does not look like a bot token (want <digits>:<secret>, as @BotFather gives it; no \"bot\" prefix)")
	}
	checkURL(p, "telegram.api_url", t.APIURL, "http", "https")
	if t.WebhookURL != "" {
		t.validateWebhook(p)
	}
	for i, chat := range t.AllowedChats {
		if !isTelegramChat(chat) {
			p.addf(fmt.Sprintf("telegram.allowed_chats[%d]", i), "%q is not a chat id (such as -1001234567890) or @channel", chat)
		}
	}
	for _, l := range []struct {
		field string
		ids   []string
	}{{"telegram.admins", t.Admins}, {"telegram.contributors", t.Contributors}} {
		field := l.field
		for i, id := range l.ids {
			if _, err := strconv.ParseInt(id, 10, 64); err != nil {
				p.addf(fmt.Sprintf("%s[%d]", field, i), "%q is not a numeric user id", id)
			}
		}
	}
}

func (t Telegram) validateWebhook(p *problems) {
	u, err := url.Parse(t.WebhookURL)
	switch {
	case err != nil || u.Host == "":
		p.addf("telegram.webhook_url", "%q is not an absolute URL", t.WebhookURL)
	case u.Scheme != "https":
		p.addf("telegram.webhook_url", "%q must use https (Telegram only calls https webhooks)", t.WebhookURL)
	}
	if !t.Token.IsSet() {
		p.addf("telegram.webhook_url", "set but telegram.token is empty (BRIEFBOT_TELEGRAM_TOKEN)")
	}
	switch {
	case !t.WebhookSecret.IsSet():
		p.addf("telegram.webhook_secret", "required when telegram.webhook_url is set (BRIEFBOT_TELEGRAM_WEBHOOK_SECRET; 1-256 of A-Z a-z 0-9 _ -)")
	case !isWebhookSecret(t.WebhookSecret.Value()):
		p.addf("telegram.webhook_secret", "must be 1-256 characters from A-Z, a-z, 0-9, _ and -")
	}
}

func (s Slack) validate(p *problems) {
	if s.BotToken.IsSet() && !strings.HasPrefix(s.BotToken.Value(), "xoxb-") {
		p.addf("slack.bot_token", "must start with \"xoxb-\" (the Bot User OAuth Token)")
	}
	if s.AppToken.IsSet() && !strings.HasPrefix(s.AppToken.Value(), "xapp-") {
		p.addf("slack.app_token", "must start with \"xapp-\" (an app-level token with connections:write, for Socket Mode)")
	}
	if !s.BotToken.IsSet() && (s.AppToken.IsSet() || s.SigningSecret.IsSet()) {
		p.addf("slack.bot_token", "required when slack.app_token or slack.signing_secret is set (BRIEFBOT_SLACK_BOT_TOKEN)")
	}
	checkURL(p, "slack.api_url", s.APIURL, "http", "https")
	for i, ch := range s.AllowedChannels {
		if ch == "" || strings.HasPrefix(ch, "#") {
			p.addf(fmt.Sprintf("slack.allowed_channels[%d]", i), "%q is not a channel id (such as C0123456789)", ch)
		}
	}
	for _, l := range []struct {
		field string
		ids   []string
	}{{"slack.admins", s.Admins}, {"slack.contributors", s.Contributors}} {
		field := l.field
		for i, id := range l.ids {
			if id == "" || strings.HasPrefix(id, "@") {
				p.addf(fmt.Sprintf("%s[%d]", field, i), "%q is not a user id (such as U0123456789)", id)
			}
		}
	}
}

func (c Config) validateDestinations(p *problems) {
	seen := make(map[string]int)
	for i, d := range c.Destinations {
		field := fmt.Sprintf("destinations[%d]", i)
		if d.Name != "" {
			if j, dup := seen[d.Name]; dup {
				p.addf(field+".name", "%q is also the name of destinations[%d]; names must be unique", d.Name, j)
			} else {
				seen[d.Name] = i
			}
		}
		d.validate(p, field, c)
	}
}

func (d Destination) validate(p *problems, field string, c Config) {
	if strings.TrimSpace(d.Name) == "" {
		p.addf(field+".name", "required")
	}
	d.validateTarget(p, field, c)
	if err := checkSchedule(d.Schedule); err != nil {
		p.addf(field+".schedule", "%v", err)
	}
	if _, err := time.LoadLocation(d.Timezone); err != nil {
		p.addf(field+".timezone", "unknown time zone %q (want an IANA name such as Asia/Kolkata or UTC)", d.Timezone)
	}
	if d.Grace < 0 {
		p.addf(field+".grace", "must not be negative, got %s", d.Grace)
	}
	p.atLeast(field+".max_items", d.MaxItems, 1)
	if d.Window != WindowSinceLast {
		if w, err := time.ParseDuration(d.Window); err != nil || w <= 0 {
			p.addf(field+".window", "%q is not %s or a positive duration such as 24h", d.Window, WindowSinceLast)
		}
	}
	for i, r := range d.Reminders {
		if r <= 0 || r > 30*24*time.Hour {
			p.addf(fmt.Sprintf("%s.reminders[%d]", field, i), "%s is not between 1m and 30d", FormatOffset(r))
		}
	}
	checkNoEmpty(p, field+".filter.keywords", d.Filter.Keywords)
	checkNoEmpty(p, field+".filter.sources", d.Filter.Sources)
	checkNoEmpty(p, field+".filter.places", d.Filter.Places)
}

// validateTarget checks platform, chat and thread, and that the platform is
// configured.
func (d Destination) validateTarget(p *problems, field string, c Config) {
	switch d.Platform {
	case PlatformTelegram:
		if !c.TelegramEnabled() {
			p.addf(field, "platform telegram needs telegram.token (BRIEFBOT_TELEGRAM_TOKEN; get one from @BotFather)")
		}
		if !isTelegramChat(d.Chat) {
			p.addf(field+".chat", "%q is not a Telegram chat id (such as -1001234567890) or @channel", d.Chat)
		}
		if _, err := strconv.ParseInt(d.Thread, 10, 64); d.Thread != "" && err != nil {
			p.addf(field+".thread", "%q is not a Telegram topic id (a number)", d.Thread)
		}
	case PlatformSlack:
		if !c.SlackEnabled() {
			p.addf(field, "platform slack needs slack.bot_token (BRIEFBOT_SLACK_BOT_TOKEN)")
		}
		if strings.TrimSpace(d.Chat) == "" {
			p.addf(field+".chat", "required: a Slack channel id such as C0123456789")
		}
		if d.Thread != "" && !isSlackTS(d.Thread) {
			p.addf(field+".thread", "%q is not a Slack thread ts (such as 1733300000.123456)", d.Thread)
		}
	case PlatformConsole:
	default:
		p.addf(field+".platform", "%q is not one of %s, %s, %s", d.Platform, PlatformTelegram, PlatformSlack, PlatformConsole)
	}
}

// isSlackTS reports whether s looks like a Slack message timestamp.
func isSlackTS(s string) bool {
	sec, frac, ok := strings.Cut(s, ".")
	_, err1 := strconv.ParseUint(sec, 10, 64)
	_, err2 := strconv.ParseUint(frac, 10, 64)
	return ok && err1 == nil && err2 == nil
}

func checkNoEmpty(p *problems, field string, list []string) {
	for i, s := range list {
		if strings.TrimSpace(s) == "" {
			p.addf(fmt.Sprintf("%s[%d]", field, i), "must not be empty")
		}
	}
}
