package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/briefbot/briefbot/briefs"
)

// offsetKey is where the polling offset is kept in the store.
const offsetKey = "telegram.offset"

// quickPoll is how fast an empty getUpdates answer must come for the loop
// to pause before the next one (a server that ignores the poll timeout,
// such as the emulator, would otherwise be polled in a hot loop).
const quickPoll = 100 * time.Millisecond

// Run receives updates until ctx is done, then finishes the updates in
// hand and returns nil. Updates from different chats are handled
// concurrently (Options.Workers at once), those of one chat in order.
// With a webhook URL it registers the webhook and waits; otherwise it
// long-polls, with a Lease only while it holds the polling lease (one
// replica at a time). Errors from the Bot API are logged and retried
// with backoff, except a rejected token (401 to getUpdates): that ends Run
// with ErrTokenRejected, since no retry can succeed.
func (a *Adapter) Run(ctx context.Context) error {
	switch {
	case a.opts.WebhookURL != "":
		return a.runWebhook(ctx)
	case a.opts.Lease != nil:
		return a.pollLeased(ctx)
	}
	return a.pollOnce(ctx)
}

// pollOnce is the long-polling loop, until ctx is done. The offset
// persisted is that of the lowest update not yet handled (see offsets), and
// update ids are deduplicated in the store, so a restart or a takeover by
// another replica neither loses nor repeats a reply. An update is not skipped
// for an id below the offset: after a week without updates Telegram picks
// the next id at random, and a server that ignores the offset (the
// emulator) is covered by the deduplication.
func (a *Adapter) pollOnce(ctx context.Context) error {
	offset, err := a.loadOffset(ctx)
	if err != nil {
		return err
	}
	a.log.InfoContext(ctx, "telegram: long polling", slog.Int64("offset", offset))
	backoff := time.Duration(0)
	for ctx.Err() == nil {
		start := time.Now()
		updates, err := a.getUpdates(ctx, offset)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			if code(err) == http.StatusUnauthorized {
				return ErrTokenRejected
			}
			backoff = a.nextBackoff(backoff)
			a.logPollError(ctx, err, backoff)
			_ = a.pollPause(ctx, backoff)
			continue
		}
		backoff = 0
		if len(updates) == 0 && time.Since(start) < quickPoll {
			_ = a.pollPause(ctx, 2*quickPoll)
		}
		for _, u := range updates {
			a.offs.dispatched(u.UpdateID)
			if a.disp.dispatch(ctx, u) != nil {
				a.offs.done(u.UpdateID)
				break // stopping: u was not taken, and the offset stays before it
			}
			offset = u.UpdateID + 1
			a.offs.save(ctx, a.saveOffset)
		}
	}
	a.disp.wait()
	a.log.InfoContext(context.WithoutCancel(ctx), "telegram: stopped polling")
	return nil
}

// handleNow handles one update; a shutdown does not interrupt it, and a
// handler's panic is logged instead of stopping the bot.
func (a *Adapter) handleNow(ctx context.Context, u update) {
	hctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), a.handleTimeout)
	defer cancel()
	defer func() {
		if p := recover(); p != nil {
			a.log.ErrorContext(hctx, "telegram: handling an update panicked", slog.Int64("update_id", u.UpdateID), slog.Any("panic", p))
		}
	}()
	if err := a.handle(hctx, u); err != nil {
		a.log.ErrorContext(hctx, "telegram: handle update", slog.Int64("update_id", u.UpdateID), slog.Any("err", err))
	}
}

// getUpdates long-polls once; a connection that hangs past the poll timeout
// and a grace period is abandoned.
func (a *Adapter) getUpdates(ctx context.Context, offset int64) ([]update, error) {
	p := tgbotapi.Params{"timeout": strconv.Itoa(int(a.opts.PollTimeout / time.Second)),
		"allowed_updates": `["message","callback_query"]`}
	if offset > 0 {
		p["offset"] = strconv.FormatInt(offset, 10)
	}
	cctx, cancel := context.WithTimeout(ctx, a.opts.PollTimeout+a.pollGrace)
	defer cancel()
	raw, err := a.call(cctx, "getUpdates", p)
	if err != nil {
		return nil, err
	}
	var us []update
	if err := json.Unmarshal(raw, &us); err != nil {
		return nil, fmt.Errorf("telegram: getUpdates: decode: %w", err)
	}
	return us, nil
}

// nextBackoff doubles the wait after a failed poll, within the bounds.
func (a *Adapter) nextBackoff(d time.Duration) time.Duration {
	d *= 2
	if d < a.backoffMin {
		d = a.backoffMin
	}
	if d > a.backoffMax {
		d = a.backoffMax
	}
	return d
}

// logPollError says what a failed poll means and what to do about it.
func (a *Adapter) logPollError(ctx context.Context, err error, wait time.Duration) {
	attrs := []any{slog.Any("err", err), slog.Duration("retry_in", wait)}
	switch code(err) {
	case http.StatusConflict:
		a.log.ErrorContext(ctx, "telegram: getUpdates conflict (409): another instance is polling with this token, or a webhook is set (deleteWebhook removes it)", attrs...)
	case http.StatusTooManyRequests:
		a.log.WarnContext(ctx, "telegram: getUpdates rate limited (429)", attrs...)
	default:
		a.log.WarnContext(ctx, "telegram: getUpdates failed", attrs...)
	}
}

// loadOffset reads the persisted offset; none yet is 0.
func (a *Adapter) loadOffset(ctx context.Context) (int64, error) {
	v, err := a.st.Value(ctx, offsetKey)
	if errors.Is(err, briefs.ErrNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("telegram: load offset: %w", err)
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("telegram: load offset: %q is not a number: %w", v, err)
	}
	return n, nil
}

func (a *Adapter) saveOffset(ctx context.Context, offset int64) {
	if err := a.st.SetValue(context.WithoutCancel(ctx), offsetKey, strconv.FormatInt(offset, 10)); err != nil {
		a.log.ErrorContext(ctx, "telegram: save offset", slog.Int64("offset", offset), slog.Any("err", err))
	}
}
