package slack

import (
	"context"
	"log/slog"

	"github.com/slack-go/slack/slackevents"

	"github.com/briefbot/briefbot/bot"
)

// onEvent handles one Events API callback. It runs after the event was
// acknowledged and deduplicated.
func (a *Adapter) onEvent(ctx context.Context, ev slackevents.EventsAPIEvent) {
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		if e.BotID != "" || e.User == "" || e.User == a.botUser {
			return
		}
		a.serve(ctx, a.fromMessage(ctx, e.Channel, e.User, e.Text, e.ThreadTimeStamp))
	case *slackevents.MessageEvent:
		if e.ChannelType != "im" || e.SubType != "" || e.BotID != "" || e.User == "" || e.User == a.botUser {
			return
		}
		a.serve(ctx, a.fromMessage(ctx, e.Channel, e.User, e.Text, e.ThreadTimeStamp))
	case *slackevents.MemberJoinedChannelEvent:
		if e.User == a.botUser {
			a.setActive(ctx, e.Channel, true)
		}
	case *slackevents.MemberLeftChannelEvent:
		if e.User == a.botUser {
			a.setActive(ctx, e.Channel, false)
		}
	case *slackevents.ChannelIDChangedEvent:
		if err := a.st.MoveChat(ctx, string(bot.Slack), e.OldChannelID, e.NewChannelID); err != nil {
			a.log.ErrorContext(ctx, "slack move channel", slog.String("from", e.OldChannelID), slog.String("to", e.NewChannelID), slog.Any("err", err))
		}
	default:
		a.log.DebugContext(ctx, "slack event ignored", slog.String("type", ev.InnerEvent.Type))
	}
}

func (a *Adapter) setActive(ctx context.Context, channel string, active bool) {
	if err := a.st.SetChatActive(ctx, string(bot.Slack), channel, active); err != nil {
		a.log.ErrorContext(ctx, "slack set channel active", slog.String("channel", channel), slog.Bool("active", active), slog.Any("err", err))
	}
}

// eventID returns the event_id of a callback event, "" for others.
func eventID(ev slackevents.EventsAPIEvent) string {
	if cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent); ok {
		return cb.EventID
	}
	return ""
}
