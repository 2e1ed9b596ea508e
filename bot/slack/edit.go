package slack

import (
	"context"
	"fmt"

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
	channel, stamps, ok := bot.ParsePostRef(ref)
	if !ok {
		return fmt.Errorf("slack: edit: bad message reference %q", ref)
	}
	if len(stamps) > 1 {
		return fmt.Errorf("slack: edit in %s: the post took several messages; only one can be edited", channel)
	}
	msgTS := stamps[0]
	blocks, fallback := RenderPost(r)
	opts := []slack.MsgOption{slack.MsgOptionBlocks(blocks...), slack.MsgOptionText(fallback, false)}
	_, err := a.post(ctx, channel, func(ctx context.Context) (string, error) {
		_, ts, _, err := a.api.UpdateMessageContext(ctx, channel, msgTS, opts...)
		return ts, err
	})
	if err != nil {
		return fmt.Errorf("slack: edit %s in %s: %w", msgTS, channel, err)
	}
	return nil
}
