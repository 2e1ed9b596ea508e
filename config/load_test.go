package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestLoadDefaults(t *testing.T) {
	for _, tt := range []struct {
		name string
		file string // "" = no file
		env  map[string]string
	}{
		{name: "no file, no env"},
		{name: "nil env lookup"},
		{name: "empty file", file: ""},
		{name: "comments only", file: "# nothing here\n"},
		{name: "null keys keep defaults", file: "db:\nhttp:\n  addr: ~\nsummary:\ntelegram:\nslack:\ndestinations:\n"},
		{name: "empty env vars are unset", env: map[string]string{"BRIEFBOT_DB": "", "BRIEFBOT_SUMMARY_SENTENCES": ""}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := ""
			if tt.file != "" || strings.Contains(tt.name, "file") {
				path = writeFile(t, "c.yaml", tt.file)
			}
			lookup := env(tt.env)
			if tt.name == "nil env lookup" {
				lookup = nil
			}
			got, err := Load(path, lookup)
			if err != nil {
				t.Fatal(err)
			}
			if want := Default(); !reflect.DeepEqual(got, want) {
				t.Errorf("Load = %+v\nwant %+v", got, want)
			}
			if err := got.Validate(); err != nil {
				t.Errorf("defaults do not validate: %v", err)
			}
		})
	}
}

func TestDefaultValues(t *testing.T) {
	c := Default()
	checks := map[string][2]any{
		"db":                 {c.DB, "briefbot.db"},
		"log_level":          {c.LogLevel, "info"},
		"log_format":         {c.LogFormat, "text"},
		"http.addr":          {c.HTTP.Addr, "127.0.0.1:8080"},
		"summary.sentences":  {c.Summary.Sentences, 2},
		"summary.chars":      {c.Summary.Chars, 300},
		"summary.provider":   {c.Summary.Provider, "extractive"},
		"openai.base_url":    {c.Summary.OpenAI.BaseURL, "https://api.openai.com/v1"},
		"openai.timeout":     {c.Summary.OpenAI.Timeout, 20 * time.Second},
		"openai.concurrency": {c.Summary.OpenAI.Concurrency, 4},
		"telegram.api_url":   {c.Telegram.APIURL, "https://api.telegram.org"},
		"slack.api_url":      {c.Slack.APIURL, "https://slack.com/api/"},
		"telegram enabled":   {c.TelegramEnabled(), false},
		"slack enabled":      {c.SlackEnabled(), false},
	}
	for name, c := range checks {
		if c[0] != c[1] {
			t.Errorf("%s = %v, want %v", name, c[0], c[1])
		}
	}
}

func TestLoadDestinationDefaults(t *testing.T) {
	path := writeFile(t, "c.yaml", `
destinations:
  - name: a
    platform: console
    schedule: "@daily"
  - name: b
    platform: Console
    schedule: "@daily"
    grace: 0s
    max_items: 3
    window: 24h
    timezone:
  - name: c
`)
	c, err := Load(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	def := DefaultDestination()
	want := []Destination{
		{Name: "a", Platform: "console", Schedule: "@daily", Timezone: "UTC", Grace: 2 * time.Hour, MaxItems: 10, Window: "since_last"},
		{Name: "b", Platform: "console", Schedule: "@daily", Timezone: "UTC", Grace: 0, MaxItems: 3, Window: "24h"},
		{Name: "c", Timezone: def.Timezone, Grace: def.Grace, MaxItems: def.MaxItems, Window: def.Window},
	}
	if !reflect.DeepEqual(c.Destinations, want) {
		t.Errorf("destinations = %+v\nwant %+v", c.Destinations, want)
	}
}

func TestLoadPrecedence(t *testing.T) {
	file := `
db: file.db
log_level: warn
http: {addr: "0.0.0.0:9000", token: file-token}
summary: {sentences: 3, chars: 500, openai: {model: file-model, timeout: 5s}}
telegram: {token: "1:file", allowed_chats: ["-1", "-2"], api_url: "http://127.0.0.1:8081/"}
slack: {bot_token: xoxb-file, api_url: "http://127.0.0.1:9/api"}
`
	secretFile := writeFile(t, "tg", "1:from-file\n")
	tests := []struct {
		name string
		env  map[string]string
		get  func(Config) any
		want any
	}{
		{"file over default", nil, func(c Config) any { return c.DB }, "file.db"},
		{"env over file", map[string]string{"BRIEFBOT_DB": "env.db"}, func(c Config) any { return c.DB }, "env.db"},
		{"default kept", nil, func(c Config) any { return c.LogFormat }, "text"},
		{"env over default", map[string]string{"BRIEFBOT_LOG_FORMAT": "json"}, func(c Config) any { return c.LogFormat }, "json"},
		{"env lower-cased", map[string]string{"BRIEFBOT_LOG_LEVEL": "DEBUG"}, func(c Config) any { return c.LogLevel }, "debug"},
		{"int from env", map[string]string{"BRIEFBOT_SUMMARY_SENTENCES": " 4 "}, func(c Config) any { return c.Summary.Sentences }, 4},
		{"int from file", nil, func(c Config) any { return c.Summary.Chars }, 500},
		{"duration from file", nil, func(c Config) any { return c.Summary.OpenAI.Timeout }, 5 * time.Second},
		{"duration from env", map[string]string{"BRIEFBOT_OPENAI_TIMEOUT": "1m"}, func(c Config) any { return c.Summary.OpenAI.Timeout }, time.Minute},
		{"nested default kept", nil, func(c Config) any { return c.Summary.OpenAI.Concurrency }, 4},
		{"openai model env", map[string]string{"BRIEFBOT_OPENAI_MODEL": "m"}, func(c Config) any { return c.Summary.OpenAI.Model }, "m"},
		{"secret from file", nil, func(c Config) any { return c.HTTP.Token.Value() }, "file-token"},
		{"secret from env", map[string]string{"BRIEFBOT_HTTP_TOKEN": "env-token"}, func(c Config) any { return c.HTTP.Token.Value() }, "env-token"},
		{"_FILE over env", map[string]string{"BRIEFBOT_TELEGRAM_TOKEN": "1:env", "BRIEFBOT_TELEGRAM_TOKEN_FILE": secretFile},
			func(c Config) any { return c.Telegram.Token.Value() }, "1:from-file"},
		{"list from file", nil, func(c Config) any { return c.Telegram.AllowedChats }, []string{"-1", "-2"}},
		{"list from env", map[string]string{"BRIEFBOT_TELEGRAM_ALLOWED_CHATS": " -5, @chan ,,"},
			func(c Config) any { return c.Telegram.AllowedChats }, []string{"-5", "@chan"}},
		{"admins from env", map[string]string{"BRIEFBOT_SLACK_ADMINS": "U1,U2"}, func(c Config) any { return c.Slack.Admins }, []string{"U1", "U2"}},
		{"telegram api_url trailing slash dropped", nil, func(c Config) any { return c.Telegram.APIURL }, "http://127.0.0.1:8081"},
		{"slack api_url trailing slash added", nil, func(c Config) any { return c.Slack.APIURL }, "http://127.0.0.1:9/api/"},
		{"slack api_url from env", map[string]string{"BRIEFBOT_SLACK_API_URL": "http://127.0.0.1:1/x/"},
			func(c Config) any { return c.Slack.APIURL }, "http://127.0.0.1:1/x/"},
		{"enabled", nil, func(c Config) any { return [2]bool{c.TelegramEnabled(), c.SlackEnabled()} }, [2]bool{true, true}},
	}
	path := writeFile(t, "c.yaml", file)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(path, env(tt.env))
			if err != nil {
				t.Fatal(err)
			}
			if got := tt.get(c); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestLoadSecretFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		variable string
		content  string
		get      func(Config) string
		want     string
	}{
		{"BRIEFBOT_TELEGRAM_TOKEN_FILE", "1:abc\n", func(c Config) string { return c.Telegram.Token.Value() }, "1:abc"},
		{"BRIEFBOT_TELEGRAM_WEBHOOK_SECRET_FILE", "s3cret\r\n", func(c Config) string { return c.Telegram.WebhookSecret.Value() }, "s3cret"},
		{"BRIEFBOT_SLACK_BOT_TOKEN_FILE", "xoxb-1", func(c Config) string { return c.Slack.BotToken.Value() }, "xoxb-1"},
		{"BRIEFBOT_SLACK_APP_TOKEN_FILE", "xapp-1\n\n", func(c Config) string { return c.Slack.AppToken.Value() }, "xapp-1"},
		{"BRIEFBOT_SLACK_SIGNING_SECRET_FILE", " spaces kept \n", func(c Config) string { return c.Slack.SigningSecret.Value() }, " spaces kept "},
		{"BRIEFBOT_OPENAI_API_KEY_FILE", "sk-1\n", func(c Config) string { return c.Summary.OpenAI.APIKey.Value() }, "sk-1"},
		{"BRIEFBOT_HTTP_TOKEN_FILE", "h\n", func(c Config) string { return c.HTTP.Token.Value() }, "h"},
	}
	for _, tt := range tests {
		t.Run(tt.variable, func(t *testing.T) {
			p := write(tt.variable, tt.content)
			c, err := Load("", env(map[string]string{tt.variable: p}))
			if err != nil {
				t.Fatal(err)
			}
			if got := tt.get(c); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	big := filepath.Join(dir, "big")
	if err := os.WriteFile(empty, []byte("\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(big, make([]byte, maxSecretFile+1), 0o600); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.yaml")
	tests := []struct {
		name string
		file string // YAML content; "" = no file
		path string // explicit path instead of file
		env  map[string]string
		want []string // substrings of the error
	}{
		{name: "missing file", path: missing, want: []string{"config file " + strconv.Quote(missing) + " not found"}},
		{name: "unknown top-level key", file: "db: x\ntelegarm: {}\n", want: []string{"line 2", `unknown key "telegarm"`}},
		{name: "unknown nested key", file: "telegram:\n  tokn: x\n", want: []string{"line 2", `unknown key "tokn" in telegram`}},
		{name: "unknown destination key", file: "destinations:\n  - name: a\n    schedul: x\n", want: []string{"line 3", `unknown key "schedul" in destinations[0]`}},
		{name: "unknown filter key", file: "destinations:\n  - filter:\n      keyword: [x]\n", want: []string{"line 3", `unknown key "keyword" in destinations[0].filter`}},
		{name: "wrong type", file: "summary:\n  sentences: two\n", want: []string{"line 2: summary.sentences:", "two"}},
		{name: "bad duration", file: "destinations:\n  - grace: soon\n", want: []string{"line 2: destinations[0].grace:", "soon"}},
		{name: "int as duration", file: "summary:\n  openai:\n    timeout: 20\n", want: []string{"line 3: summary.openai.timeout:", "20"}},
		{name: "flow mapping", file: "slack: {admins: [U1], api_url: [x]}\ndestinations: [{name: a, max_items: many}]\n",
			want: []string{"line 2: destinations[0].max_items:", "many", "line 1: cannot unmarshal !!seq"}},
		{name: "duplicate key", file: "db: a\ndb: b\n", want: []string{"line 2", `"db" already defined`}},
		{name: "syntax error", file: "db: [unclosed\n", want: []string{"c.yaml", "line"}},
		{name: "two documents", file: "db: a\n---\ndb: b\n", want: []string{"more than one YAML document"}},
		{name: "not a mapping", file: "- a\n- b\n", want: []string{"c.yaml", "line 1"}},
		{name: "secret as list", file: "slack:\n  bot_token: [a]\n", want: []string{"line 2", "secret must be a string"}},
		{name: "bad int env", env: map[string]string{"BRIEFBOT_SUMMARY_SENTENCES": "abc"},
			want: []string{"BRIEFBOT_SUMMARY_SENTENCES", `"abc" is not an integer`}},
		{name: "bad duration env", env: map[string]string{"BRIEFBOT_OPENAI_TIMEOUT": "20"},
			want: []string{"BRIEFBOT_OPENAI_TIMEOUT", `"20" is not a duration`}},
		{name: "all env errors reported", env: map[string]string{"BRIEFBOT_SUMMARY_CHARS": "x", "BRIEFBOT_OPENAI_CONCURRENCY": "y"},
			want: []string{"BRIEFBOT_SUMMARY_CHARS", "BRIEFBOT_OPENAI_CONCURRENCY"}},
		{name: "missing secret file", env: map[string]string{"BRIEFBOT_SLACK_BOT_TOKEN_FILE": missing},
			want: []string{"BRIEFBOT_SLACK_BOT_TOKEN_FILE", missing}},
		{name: "empty secret file", env: map[string]string{"BRIEFBOT_TELEGRAM_TOKEN_FILE": empty},
			want: []string{"BRIEFBOT_TELEGRAM_TOKEN_FILE", empty, "empty"}},
		{name: "huge secret file", env: map[string]string{"BRIEFBOT_HTTP_TOKEN_FILE": big},
			want: []string{"BRIEFBOT_HTTP_TOKEN_FILE", big, "larger than"}},
		{name: "secret file is a directory", env: map[string]string{"BRIEFBOT_OPENAI_API_KEY_FILE": dir},
			want: []string{"BRIEFBOT_OPENAI_API_KEY_FILE", dir}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := tt.path
			if tt.file != "" {
				path = writeFile(t, "c.yaml", tt.file)
			}
			_, err := Load(path, env(tt.env))
			if err == nil {
				t.Fatal("Load succeeded")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestLoadHugeFile(t *testing.T) {
	path := writeFile(t, "c.yaml", "# "+strings.Repeat("x", maxFile)+"\n")
	_, err := Load(path, nil)
	if err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("err = %v, want a size error", err)
	}
}

func TestEnvVarsAllWork(t *testing.T) {
	// Every advertised variable must change the loaded config.
	dir := t.TempDir()
	for _, name := range EnvVars() {
		value := "42"
		switch {
		case strings.HasSuffix(name, "_TIMEOUT"):
			value = "42s"
		case name == "BRIEFBOT_KEEP_GOING":
			value = "true"
		}
		if strings.HasSuffix(name, "_FILE") {
			value = filepath.Join(dir, name)
			if err := os.WriteFile(value, []byte("42\n"), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		c, err := Load("", env(map[string]string{name: value}))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if reflect.DeepEqual(c, Default()) {
			t.Errorf("%s=%s did not change the config", name, value)
		}
	}
}
