package config

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestLoadValidMessages: every problem of a configuration is reported at
// once, in the user's terms. The messages are in testdata/problems.
func TestLoadValidMessages(t *testing.T) {
	tests := []struct {
		name string
		file string
		env  map[string]string
	}{
		{name: "everything-at-once", file: "log_levl: debug\nsummary:\n  sentences: two\ndestinations:\n  - name: x\n    platform: console\n    chat: c\n    schedule: \"0 8 * * *\"\n    timezone: Mars/Olympus\n    grace: 2 hours\n",
			env: map[string]string{"BRIEFBOT_OPENAI_TIMEOUT": "20"}},
		{name: "typos", file: "telegarm: {}\nslack:\n  admns: [U1]\ndestinations:\n  - schedul: \"@daily\"\n    filter: {keyword: [x]}\n  - frobnicate: 1\n"},
		{name: "durations", file: "destinations:\n  - {name: a, platform: console, chat: a, schedule: \"@daily\", timezone: UTC, grace: 90 minutes}\n  - {name: b, platform: console, chat: b, schedule: \"@daily\", timezone: UTC, grace: 1 day}\n  - {name: c, platform: console, chat: c, schedule: \"@daily\", timezone: UTC, grace: 30}\n  - {name: d, platform: console, chat: d, schedule: \"@daily\", timezone: UTC, grace: soon}\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, "briefbot.yaml", tt.file)
			_, err := LoadValid(path, env(tt.env), nil)
			if err == nil {
				t.Fatal("LoadValid succeeded")
			}
			got := strings.ReplaceAll(err.Error(), path, "briefbot.yaml") + "\n"
			checkGolden(t, filepath.Join("testdata", "problems", tt.name+".golden"), got)
		})
	}
}

func TestLoadValidMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing.yaml")
	_, err := LoadValid(path, nil, nil)
	if want := "config file " + strconv.Quote(path) + " not found"; err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
}

func TestLoadValidOverride(t *testing.T) {
	c, err := LoadValid("", nil, func(c *Config) { c.DB = "other.db" })
	if err != nil || c.DB != "other.db" {
		t.Errorf("override: db %q, err %v", c.DB, err)
	}
	_, err = LoadValid("", nil, func(c *Config) { c.LogLevel = "loud" })
	if err == nil || !strings.Contains(err.Error(), `log_level: "loud"`) {
		t.Errorf("an overridden value is not validated: %v", err)
	}
}

func TestClosest(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"log_levl", "log_level"}, {"telegarm", "telegram"}, {"LOG_LEVEL", "log_level"},
		{"frobnicate", ""}, {"db", "db"}, {"x", ""},
	} {
		if got := closest(tt.in, knownKeys("")); got != tt.want {
			t.Errorf("closest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
