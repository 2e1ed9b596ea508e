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
