package slack

import (
	"context"
	"fmt"
	"strings"

	"github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

var (
	_ bot.Poster = (*Adapter)(nil)
	_ bot.Editor = (*Adapter)(nil)
)

// Edit replaces the message Post returned ref for with r, rendered as Post
// renders it (chat.update, at the channel's pace). It implements
// bot.Editor.
func (a *Adapter) Edit(ctx context.Context, to bot.Destination, ref string, r bot.Reply) error {
	channel, list, ok := strings.Cut(ref, "/")
	if !ok || channel == "" || list == "" {
		return fmt.Errorf("slack: edit: bad message reference %q", ref)
	}
	if strings.Contains(list, ",") {
		return fmt.Errorf("slack: edit in %s: the post took several messages; only one can be edited", channel)
	}
	blocks, fallback := RenderPost(r)
	opts := []slack.MsgOption{slack.MsgOptionBlocks(blocks...), slack.MsgOptionText(fallback, false)}
	_, err := a.post(ctx, channel, func(ctx context.Context) (string, error) {
		_, ts, _, err := a.api.UpdateMessageContext(ctx, channel, list, opts...)
		return ts, err
	})
	if err != nil {
		return fmt.Errorf("slack: edit %s in %s: %w", list, channel, err)
	}
	return nil
}
