//go:build tools

package tools

import (
	_ "github.com/arran4/golang-ical"
	_ "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	_ "github.com/robfig/cron/v3"
	_ "github.com/slack-go/slack"
	_ "github.com/slack-go/slack/socketmode"
	_ "go.yaml.in/yaml/v3"
	_ "golang.org/x/net/html"
	_ "golang.org/x/term"
	_ "golang.org/x/time/rate"
	_ "modernc.org/sqlite"
)
