package slack

import (
	"fmt"
	"strings"

	"github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

// moreCommand is what the "more" button of a post cut short runs;
// moreLabel is the button's label and moreActionID its action_id, which
// starts with actionPrefix so a click runs the command like any button.
const (
	moreCommand  = "/brief latest 20"
	moreLabel    = "Latest 20 briefs"
	moreActionID = actionPrefix + "more"
)

// RenderPost renders r as one message for a post to a channel (a digest,
// a reminder, a notice), within Slack's 50 blocks: when r needs more, the
// blocks that fit are kept and a last section says how many items were
// left out, with a button that lists the latest briefs. It returns the
// blocks and the fallback text, as RenderBlocks does for each message.
func RenderPost(r bot.Reply) ([]slack.Block, string) {
	units := renderUnits(r)
	total := 0
	for _, u := range units {
		total += len(u.blocks)
	}
	if total <= maxBlocks {
		blocks, fallback := RenderBlocks(r)
		if len(blocks) == 1 {
			return blocks[0], fallback[0]
		}
	}
	var blocks []slack.Block
	var text []string
	left := 0
	for _, u := range splitUnits(units, maxBlocks-1) {
		if left > 0 || len(blocks)+len(u.blocks) > maxBlocks-1 {
			left += u.items
			continue
		}
		blocks = append(blocks, u.blocks...)
		text = append(text, u.text)
	}
	more := fmt.Sprintf("… %d more not shown here.", left)
	if left == 0 {
		more = "… more not shown here."
	}
	button := slack.NewButtonBlockElement(moreActionID, moreCommand, slack.NewTextBlockObject(slack.PlainTextType, moreLabel, false, false))
	blocks = append(blocks, slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, escape(more), false, true), nil, slack.NewAccessory(button)))
	text = append(text, more+" "+moreCommand+" lists the latest briefs.")
	return blocks, escape(truncate(strings.Join(text, "\n"), maxFallback))
}
