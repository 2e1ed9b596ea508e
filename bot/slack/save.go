package slack

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

// SaveBriefCallback is the callback id of the "Save as brief" message
// shortcut (slack-app-manifest.yaml).
const SaveBriefCallback = "save_brief"

// fromSaveShortcut turns "Save as brief" on a message into an "add"
// request by the user who chose it; the message, its author and time go in
// req.Saved. The answer is shown to that user only.
func (a *Adapter) fromSaveShortcut(ctx context.Context, cb slack.InteractionCallback) incoming {
	msg := cb.Message
	saved := &bot.Saved{Text: unescape(msg.Text), Time: tsTime(msg.Timestamp)}
	switch {
	case msg.Username != "":
		saved.Source = msg.Username
	case msg.User != "":
		saved.Source = a.userName(ctx, msg.User)
	}
	req := a.newRequest(ctx, cb.Channel.ID, "", cb.User.ID, cb.User.Name, "add", nil)
	req.Saved = saved
	return incoming{req: req, responseURL: cb.ResponseURL, slash: true, private: true}
}

// tsTime reads a Slack message ts ("1733300000.123456"); zero when it is
// not one.
func tsTime(ts string) time.Time {
	sec, _, _ := strings.Cut(ts, ".")
	n, err := strconv.ParseInt(sec, 10, 64)
	if err != nil || n <= 0 {
		return time.Time{}
	}
	return time.Unix(n, 0).UTC()
}
