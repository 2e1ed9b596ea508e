package config

import "testing"

func BenchmarkLoadExample(b *testing.B) {
	lookup := env(map[string]string{"BRIEFBOT_TELEGRAM_TOKEN": "1:x", "BRIEFBOT_SLACK_BOT_TOKEN": "xoxb-x"})
	for b.Loop() {
		if _, err := Load(exampleFile, lookup); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkValidate(b *testing.B) {
	c := validConfig()
	for b.Loop() {
		if err := c.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}
