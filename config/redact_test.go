package config

import (
	"flag"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

func TestRedactedGolden(t *testing.T) {
	c := validConfig()
	c.HTTP.Token = NewSecret("http-SUPERSECRET")
	c.Telegram.WebhookURL = "https://bot.example.com/telegram"
	c.Telegram.WebhookSecret = NewSecret("SUPERSECRET")
	c.Slack.AppToken = NewSecret("xapp-SUPERSECRET")
	c.Summary.OpenAI.APIKey = NewSecret("sk-SUPERSECRET")
	c.Destinations[0].Filter.Places = []string{"New Delhi"}
	got := c.Redacted()
	if strings.Contains(got, "SUPERSECRET") || strings.Contains(got, "ABC-def") || strings.Contains(got, "xoxb-1") {
		t.Fatalf("Redacted leaks a secret:\n%s", got)
	}
	checkGolden(t, filepath.Join("testdata", "redacted.golden.yaml"), got)
}

func TestRedactedRoundTrip(t *testing.T) {
	// Without secrets, the dump loads back to the same configuration.
	c := validConfig()
	c.Telegram.Token, c.Slack.BotToken = Secret{}, Secret{}
	c.Destinations[1].Window = "36h"
	c.Destinations[2].QuietWhenEmpty = true
	c.Destinations[0].Filter.Keywords = []string{"summit"}
	path := writeFile(t, "dump.yaml", c.Redacted())
	got, err := Load(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, c) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, c)
	}
}

func TestRedactedURLPasswords(t *testing.T) {
	c := validConfig()
	c.DB = "postgres://bob:SUPERSECRET@db.example.com:5432/briefbot?sslmode=disable"
	c.Summary.OpenAI.BaseURL = "https://user:SUPERSECRET@llm.example.com/v1"
	c.Telegram.APIURL = "https://u:SUPERSECRET@tg.example.com"
	c.Slack.APIURL = "https://u:SUPERSECRET@slack.example.com/api/"
	got := c.Redacted()
	if strings.Contains(got, "SUPERSECRET") {
		t.Fatalf("Redacted shows a URL password:\n%s", got)
	}
	for _, want := range []string{
		"db: postgres://bob:xxxxx@db.example.com:5432/briefbot?sslmode=disable",
		"base_url: https://user:xxxxx@llm.example.com/v1",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("Redacted does not show %q:\n%s", want, got)
		}
	}
}

func TestRedactURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"briefbot.db", "briefbot.db"},
		{"", ""},
		{"postgres://bob:pw@db/briefbot", "postgres://bob:xxxxx@db/briefbot"},
		{"postgres://bob@db/briefbot", "postgres://bob@db/briefbot"},
		{"https://api.openai.com/v1", "https://api.openai.com/v1"},
		{"postgres://bob:pw@[::1/briefbot", "(unparsable URL)"},
		{"http://[::1", "http://[::1"},
	}
	for _, tc := range tests {
		if got := RedactURL(tc.in); got != tc.want {
			t.Errorf("RedactURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestValidateRedactsURL(t *testing.T) {
	c := validConfig()
	c.Summary.Provider, c.Summary.OpenAI.Model = "openai", "m"
	c.Summary.OpenAI.BaseURL = "ftp://u:SUPERSECRET@llm.example.com/v1"
	err := c.Validate()
	if err == nil || strings.Contains(err.Error(), "SUPERSECRET") || !strings.Contains(err.Error(), "u:xxxxx@") {
		t.Errorf("Validate error = %v, want one naming the URL without its password", err)
	}
}
