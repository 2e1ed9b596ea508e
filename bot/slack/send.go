package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

// ErrChannelUnavailable reports that Slack refused a post because the bot is
// not in the channel, the channel does not exist or it is archived. The
// channel is marked inactive in the State.
var ErrChannelUnavailable = errors.New("slack: channel unavailable")

// The adapter posts digests for the scheduler.
var _ bot.Sender = (*Adapter)(nil)

// maxRateRetries is how many times one message is resent after a 429.
const maxRateRetries = 3

// Send posts r to the channel (and thread) of to; it implements bot.Sender.
// It is one message (RenderPost): what does not fit in Slack's 50 blocks
// is left out with a line that says so. Posts to one channel are paced at Options.PerChannel,
// and a 429 waits for Retry-After and resends.
func (a *Adapter) Send(ctx context.Context, to bot.Destination, r bot.Reply) error {
	_, err := a.Post(ctx, to, r)
	return err
}

// Post is Send that also returns where the messages went, as
// "CHANNEL/TS1,TS2" (the channel id Slack answered with and each message's
// ts), for Edit. It implements bot.Poster.
func (a *Adapter) Post(ctx context.Context, to bot.Destination, r bot.Reply) (string, error) {
	if to.Platform != "" && to.Platform != bot.Slack {
		return "", fmt.Errorf("slack: send: destination is on %q, not slack", to.Platform)
	}
	if to.ChatID == "" {
		return "", errors.New("slack: send: destination has no channel id")
	}
	blocks, fallback := RenderPost(r)
	channel, ts, err := a.postAll(ctx, to.ChatID, to.ThreadID, [][]slack.Block{blocks}, []string{fallback})
	if err != nil || len(ts) == 0 {
		return "", err
	}
	return bot.PostRef(channel, ts), nil
}

// postAll posts the messages of a rendered reply in order; when there is
// more than one and no thread was given, the first is the parent of a
// thread that holds the rest. It returns the channel id Slack answered
// with and the messages' ts.
func (a *Adapter) postAll(ctx context.Context, channel, thread string, blocks [][]slack.Block, fallback []string) (string, []string, error) {
	var all []string
	id := channel
	for i := range blocks {
		opts := []slack.MsgOption{slack.MsgOptionBlocks(withContinued(blocks, i, thread)...), slack.MsgOptionText(fallback[i], false)}
		if thread != "" {
			opts = append(opts, slack.MsgOptionTS(thread))
		}
		ts, err := a.post(ctx, channel, func(ctx context.Context) (string, error) {
			ch, ts, err := a.api.PostMessageContext(ctx, channel, opts...)
			if ch != "" {
				id = ch
			}
			return ts, err
		})
		if err != nil {
			return id, all, fmt.Errorf("slack: post to %s (message %d of %d): %w", channel, i+1, len(blocks), err)
		}
		all = append(all, ts)
		if i == 0 && thread == "" && len(blocks) > 1 {
			thread = ts
		}
	}
	return id, all, nil
}

// withContinued is the i-th message's blocks, the first of several posted
// without a thread ending with a line that says the rest is in its thread.
func withContinued(blocks [][]slack.Block, i int, thread string) []slack.Block {
	bs := blocks[i]
	if i == 0 && thread == "" && len(blocks) > 1 && len(bs) < maxBlocks {
		bs = append(bs[:len(bs):len(bs)], slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, "_Continued in the thread._", false, true)))
	}
	return bs
}

// postEphemeral shows a rendered reply to user only.
func (a *Adapter) postEphemeral(ctx context.Context, channel, thread, user string, blocks [][]slack.Block, fallback []string) error {
	for i := range blocks {
		opts := []slack.MsgOption{slack.MsgOptionBlocks(blocks[i]...), slack.MsgOptionText(fallback[i], false)}
		if thread != "" {
			opts = append(opts, slack.MsgOptionTS(thread))
		}
		_, err := a.post(ctx, channel, func(ctx context.Context) (string, error) {
			return a.api.PostEphemeralContext(ctx, channel, user, opts...)
		})
		if err != nil {
			return fmt.Errorf("slack: post ephemeral to %s: %w", channel, err)
		}
	}
	return nil
}

// post runs one send at the channel's pace, waiting out 429s. Posts to
// one channel are serialised, and the next may start only PerChannel after
// the previous one was answered, so Slack never sees two closer than that.
func (a *Adapter) post(ctx context.Context, channel string, send func(context.Context) (string, error)) (string, error) {
	p := a.pacer(channel)
	select {
	case p.turn <- struct{}{}:
	case <-ctx.Done():
		return "", ctx.Err()
	}
	defer func() { <-p.turn }()
	for attempt := 0; ; attempt++ {
		if err := a.paceWait(ctx, p.next.Sub(a.paceClock())); err != nil {
			return "", err
		}
		ts, err := send(ctx)
		p.next = a.paceClock().Add(a.opts.PerChannel)
		if err == nil {
			return ts, nil
		}
		wait, limited := retryAfter(err)
		if !limited || attempt >= maxRateRetries {
			return "", a.postError(ctx, channel, err)
		}
		a.log.WarnContext(ctx, "slack rate limited", slog.String("channel", channel), slog.Duration("retry_after", wait), slog.Int("attempt", attempt+1))
		if err := a.sleep(ctx, max(wait, a.opts.PerChannel)); err != nil {
			return "", err
		}
	}
}

// paceClock is the clock posts are spaced by: the wall clock unless a test
// set paceNow.
func (a *Adapter) paceClock() time.Time {
	if a.paceNow != nil {
		return a.paceNow()
	}
	return time.Now()
}

// paceWait waits d before a post to a channel.
func (a *Adapter) paceWait(ctx context.Context, d time.Duration) error {
	if a.paceSleep != nil {
		return a.paceSleep(ctx, d)
	}
	return sleepCtx(ctx, d)
}

// pacer serialises and spaces the posts to one channel.
type pacer struct {
	turn chan struct{} // holds a token while a post to the channel runs
	next time.Time     // earliest start of the next post; guarded by turn
}

// retryAfter reports whether err is a 429 and how long Slack asked to wait.
func retryAfter(err error) (time.Duration, bool) {
	var rl *slack.RateLimitedError
	if errors.As(err, &rl) {
		return rl.RetryAfter, true
	}
	var sc slack.StatusCodeError
	if errors.As(err, &sc) && sc.Code == http.StatusTooManyRequests {
		return 0, true
	}
	return 0, false
}

// postError explains errors an operator can fix and marks unreachable
// channels inactive.
func (a *Adapter) postError(ctx context.Context, channel string, err error) error {
	var se slack.SlackErrorResponse
	if !errors.As(err, &se) {
		return err
	}
	var why string
	switch se.Err {
	case "not_in_channel":
		why = "the bot is not a member of the channel; invite it with /invite @briefbot"
	case "channel_not_found":
		why = "the channel does not exist or the bot cannot see it (private channels need an invite)"
	case "is_archived":
		why = "the channel is archived"
	default:
		if isAuthError(err) {
			return fmt.Errorf("%w: %v: check BRIEFBOT_SLACK_BOT_TOKEN", ErrAuth, err)
		}
		return err
	}
	a.log.ErrorContext(ctx, "slack cannot post to channel", slog.String("channel", channel), slog.String("error", se.Err), slog.String("fix", why))
	if serr := a.st.SetChatActive(ctx, string(bot.Slack), channel, false); serr != nil {
		a.log.ErrorContext(ctx, "slack mark channel inactive", slog.String("channel", channel), slog.Any("err", serr))
	}
	return fmt.Errorf("%w: %s: %s (%s)", ErrChannelUnavailable, channel, why, se.Err)
}

// pacer returns the pacer of one channel.
func (a *Adapter) pacer(channel string) *pacer {
	a.mu.Lock()
	defer a.mu.Unlock()
	p, ok := a.pacers[channel]
	if !ok {
		p = &pacer{turn: make(chan struct{}, 1)}
		a.pacers[channel] = p
	}
	return p
}

// respond posts a rendered reply to a response_url: the way to answer a
// slash command or a button whether or not the bot is in the channel.
// Slack accepts five posts to one response_url, so a longer reply is cut
// short with a note.
func (a *Adapter) respond(ctx context.Context, responseURL string, private bool, blocks [][]slack.Block, fallback []string) error {
	kind := slack.ResponseTypeInChannel
	if private {
		kind = slack.ResponseTypeEphemeral
	}
	const maxResponses = 5
	for i := range blocks {
		bs := blocks[i]
		if i == maxResponses-1 && len(blocks) > maxResponses {
			bs = append(bs[:min(len(bs), maxBlocks-1):min(len(bs), maxBlocks-1)], section("_…the answer was too long for one reply and was cut here._"))
		}
		_, _, err := a.api.PostMessageContext(ctx, "", slack.MsgOptionResponseURL(responseURL, kind),
			slack.MsgOptionBlocks(bs...), slack.MsgOptionText(fallback[i], false))
		if err != nil {
			return fmt.Errorf("slack: respond via response_url: %w", err)
		}
		if i == maxResponses-1 {
			break
		}
	}
	return nil
}
