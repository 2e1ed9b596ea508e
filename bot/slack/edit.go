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

// Edit replaces the messages Post returned ref for with r, rendered as Post
// renders it (chat.update, at the channel's pace). r must take as many
// messages as the post did. It implements bot.Editor.
func (a *Adapter) Edit(ctx context.Context, to bot.Destination, ref string, r bot.Reply) error {
	channel, list, ok := strings.Cut(ref, "/")
	if !ok || channel == "" || list == "" {
		return fmt.Errorf("slack: edit: bad message reference %q", ref)
	}
	stamps := strings.Split(list, ",")
	blocks, fallback := RenderBlocks(r)
	if len(blocks) != len(stamps) {
		return fmt.Errorf("slack: edit in %s: the new text takes %d messages, the post took %d", channel, len(blocks), len(stamps))
	}
	for i, ts := range stamps {
		opts := []slack.MsgOption{slack.MsgOptionBlocks(withContinued(blocks, i, to.ThreadID)...), slack.MsgOptionText(fallback[i], false)}
		_, err := a.post(ctx, channel, func(ctx context.Context) (string, error) {
			_, ts, _, err := a.api.UpdateMessageContext(ctx, channel, ts, opts...)
			return ts, err
		})
		if err != nil {
			return fmt.Errorf("slack: edit %s in %s: %w", ts, channel, err)
		}
	}
	return nil
}
