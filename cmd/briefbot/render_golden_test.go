package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/slack"
	"github.com/briefbot/briefbot/bot/telegram"
	"github.com/briefbot/briefbot/briefs/samples"
	"github.com/briefbot/briefbot/config"
	slackgo "github.com/slack-go/slack"
)

// sampleApp is an app over a fresh SQLite store holding the demo's sample
// briefs, ingested through the real pipeline, and the demo's morning.
func sampleApp(t *testing.T) (*app, time.Time) {
	t.Helper()
	now, err := time.Parse(time.RFC3339, samples.Now)
	if err != nil {
		t.Fatal(err)
	}
	cfg := config.Default()
	cfg.DB = filepath.Join(t.TempDir(), "samples.db")
	cfg.LogLevel = "error"
	a, err := openAppWith(context.Background(), &env{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}, clock: fixedClock{now}}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	if _, err := a.loadSamples(context.Background(), now.Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	return a, now
}

// sampleReplies returns the demo's morning digest and its answer to
// /meetings.
func sampleReplies(t *testing.T) map[string]bot.Reply {
	t.Helper()
	ctx := context.Background()
	a, now := sampleApp(t)
	digests := &digestService{app: a, now: func() time.Time { return now }}
	dest := config.DefaultDestination()
	dest.Name, dest.Platform, dest.Chat, dest.Timezone = "desk", "telegram", "-100", "Asia/Kolkata"
	d, err := digests.compose(ctx, dest, now)
	if err != nil {
		t.Fatal(err)
	}
	meetings, _ := a.newMux(digests).Serve(ctx, bot.Request{Platform: bot.Telegram, ChatID: "-100", Command: "meetings", Now: now})
	return map[string]bot.Reply{"digest": d.Reply, "meetings": meetings}
}

// TestSampleGolden renders the demo's digest and /meetings for Telegram and
// Slack, so a reviewer sees what a reader sees, and checks that the digest
// is one Telegram message with a compact numbered keyboard.
func TestSampleGolden(t *testing.T) {
	for name, r := range sampleReplies(t) {
		msgs, kb := telegram.Render(r)
		blocks, fallback := slack.RenderBlocks(r)
		if name == "digest" { // posted to a group and a channel
			msgs, kb = telegram.RenderPost(r, "BriefingBot")
			b, f := slack.RenderPost(r)
			blocks, fallback = [][]slackgo.Block{b}, []string{f}
		}
		checkGolden(t, filepath.Join("testdata", "render", "telegram-"+name+".golden"), telegramPreview(t, msgs, kb))
		checkGolden(t, filepath.Join("testdata", "render", "slack-"+name+".golden.json"), string(jsonIndent(t, map[string]any{"messages": blocks, "fallback": fallback})))
		if name != "digest" {
			continue
		}
		if !strings.Contains(telegramPreview(t, msgs, kb), `"url": "https://t.me/BriefingBot?start=brief_`) {
			t.Errorf("digest buttons are not deep links to the bot's private chat")
		}
		if len(msgs) != 1 {
			t.Errorf("digest is %d Telegram messages, want 1", len(msgs))
		}
		if kb == nil || len(kb.InlineKeyboard) == 0 || kb.InlineKeyboard[0][0].Text != "1" {
			t.Errorf("digest keyboard is not numbered: %+v", kb)
		}
		if strings.Contains(msgs[0], "/brief ") {
			t.Errorf("digest text carries a half-tappable /brief command:\n%s", msgs[0])
		}
		if len(blocks) != 1 {
			t.Errorf("digest is %d Slack messages, want 1", len(blocks))
		}
	}
}

func telegramPreview(t *testing.T, msgs []string, kb any) string {
	return strings.Join(msgs, "\n----- message -----\n") + "\n----- keyboard -----\n" + string(jsonIndent(t, kb))
}

func jsonIndent(t *testing.T, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
