package config

import (
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

const exampleFile = "../briefbot.example.yaml"

func TestExampleFileLoadsAndValidates(t *testing.T) {
	c, err := Load(exampleFile, env(map[string]string{
		"BRIEFBOT_TELEGRAM_TOKEN":  "123456:fake-token",
		"BRIEFBOT_SLACK_BOT_TOKEN": "xoxb-fake",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Validate(); err != nil {
		t.Fatalf("example does not validate:\n%v", err)
	}
	if len(c.Destinations) != 2 {
		t.Fatalf("example has %d destinations, want 2", len(c.Destinations))
	}
	tg, sl := c.Destinations[0], c.Destinations[1]
	if tg.Platform != "telegram" || tg.Schedule != "0 8 * * 1-5" || tg.Timezone != "Asia/Kolkata" {
		t.Errorf("first destination = %+v, want telegram 0 8 * * 1-5 Asia/Kolkata", tg)
	}
	if sl.Platform != "slack" || sl.Grace != 30*time.Minute || sl.Window != "24h" {
		t.Errorf("second destination = %+v", sl)
	}
	if len(c.Feeds) != 1 || c.Feeds[0].Every != DefaultFeedEvery || c.Feeds[0].Name != "Example world desk" {
		t.Errorf("feeds = %+v, want the one example feed", c.Feeds)
	}
	// The example states the defaults: apart from destinations and feeds it loads as Default.
	c.Destinations, c.Feeds = nil, nil
	c.Telegram.Token, c.Slack.BotToken = Secret{}, Secret{}
	if want := Default(); c.Redacted() != want.Redacted() {
		t.Errorf("example does not show the defaults:\n%s\nwant\n%s", c.Redacted(), want.Redacted())
	}
}

func TestExampleFileHasEveryKeyAndVariable(t *testing.T) {
	data, err := os.ReadFile(exampleFile)
	if err != nil {
		t.Fatal(err)
	}
	var example yaml.Node
	if err := yaml.Unmarshal(data, &example); err != nil {
		t.Fatal(err)
	}
	full := validConfig()
	full.Destinations = full.Destinations[:1]
	var dump yaml.Node
	if err := yaml.Unmarshal([]byte(full.Redacted()), &dump); err != nil {
		t.Fatal(err)
	}
	have := keySet(&example)
	for _, k := range sortedKeys(keySet(&dump)) {
		if !have[k] {
			t.Errorf("example lacks key %s", k)
		}
	}
	for _, v := range EnvVars() {
		if strings.HasSuffix(v, "_FILE") {
			continue // documented as (_FILE) beside the variable
		}
		if !strings.Contains(string(data), v) {
			t.Errorf("example does not mention %s", v)
		}
	}
}

// keySet returns the paths of all mapping keys, with sequence indexes
// collapsed to [0] so any destination counts.
func keySet(n *yaml.Node) map[string]bool {
	set := make(map[string]bool)
	for _, keys := range keysByLine(n) {
		for _, k := range keys {
			set[collapseIndexes(k.path)] = true
		}
	}
	return set
}

func collapseIndexes(p string) string {
	var b strings.Builder
	skip := false
	for _, r := range p {
		switch {
		case r == '[':
			skip = true
			b.WriteString("[]")
		case r == ']':
			skip = false
		case !skip:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
