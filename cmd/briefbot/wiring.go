package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/commands"
	"github.com/briefbot/briefbot/bot/digest"
	"github.com/briefbot/briefbot/bot/health"
	"github.com/briefbot/briefbot/bot/remind"
	"github.com/briefbot/briefbot/bot/schedule"
	"github.com/briefbot/briefbot/bot/slack"
	"github.com/briefbot/briefbot/bot/telegram"
	"github.com/briefbot/briefbot/briefs/store"
)

// adapters are the chat platforms a config turns on.
type adapters struct {
	telegram *telegram.Adapter
	slack    *slack.Adapter
}

// senders returns a Sender for every platform that is on.
func (ad adapters) senders() map[bot.Platform]bot.Sender {
	out := map[bot.Platform]bot.Sender{}
	if ad.telegram != nil {
		out[bot.Telegram] = ad.telegram
	}
	if ad.slack != nil {
		out[bot.Slack] = ad.slack
	}
	return out
}

// connectAdapters connects the platforms whose tokens are configured; h
// answers their commands. Any failure is returned: for one-off commands.
func (a *app) connectAdapters(ctx context.Context, h bot.Handler) (adapters, error) {
	var ad adapters
	var err error
	if a.cfg.TelegramEnabled() {
		if ad.telegram, err = a.connectTelegram(ctx, h, nil); err != nil {
			return ad, err
		}
	}
	if a.cfg.SlackEnabled() {
		if ad.slack, err = a.connectSlack(ctx, h, nil); err != nil {
			return ad, err
		}
	}
	return ad, nil
}

// tgPollTimeout is how long a Telegram long poll is held open.
const tgPollTimeout = 30 * time.Second

// slackDrainLimit is how long a shutdown waits for Slack answers that HTTP
// mode has acknowledged but not yet posted; then they are cancelled.
const slackDrainLimit = 10 * time.Second

// connectTelegram connects the Telegram adapter. observe, when not nil, is
// told the outcome of every Bot API call (for readiness).
func (a *app) connectTelegram(ctx context.Context, h bot.Handler, observe func(int, error)) (*telegram.Adapter, error) {
	t := a.cfg.Telegram
	return telegram.New(ctx, telegram.Options{
		Token: t.Token.Value(), APIURL: t.APIURL, WebhookURL: t.WebhookURL, WebhookSecret: t.WebhookSecret.Value(),
		AllowedChats: t.AllowedChats, Admins: t.Admins, Contributors: t.Contributors, Log: a.log.With(slog.String("adapter", "telegram")), Now: a.clock.Now,
		PollTimeout: tgPollTimeout,
		HTTPClient:  &http.Client{Timeout: tgPollTimeout + 15*time.Second, Transport: a.metrics.Transport("telegram", nil, observe)},
		// Replicas sharing the store long-poll one at a time.
		Lease: a.store, Holder: replicaID(),
	}, h, a.store)
}

// connectSlack connects the Slack adapter; observe as for connectTelegram.
func (a *app) connectSlack(ctx context.Context, h bot.Handler, observe func(int, error)) (*slack.Adapter, error) {
	s := a.cfg.Slack
	return slack.New(ctx, slack.Options{
		BotToken: s.BotToken.Value(), AppToken: s.AppToken.Value(), SigningSecret: s.SigningSecret.Value(),
		APIURL: s.APIURL, AllowedChannels: s.AllowedChannels, Admins: s.Admins, Contributors: s.Contributors, Log: a.log.With(slog.String("adapter", "slack")),
		Now:        a.clock.Now,
		HTTPClient: &http.Client{Timeout: 30 * time.Second, Transport: a.metrics.Transport("slack", nil, observe)},
	}, h, a.store)
}

// addAdapters adds the configured chat platforms and the digest scheduler
// to the daemon's services. A rejected token stops start-up with an error
// that names the variable (unless keep_going is set); a platform that
// cannot be reached is retried in the background while the rest of the bot
// runs, its webhook routes answer 503 with Retry-After, and its digests
// wait (the scheduler retries them within their grace window).
func (d *daemon) addAdapters(ctx context.Context) error {
	senders := map[bot.Platform]bot.Sender{}
	if d.app.cfg.TelegramEnabled() {
		late := &lateSender{platform: bot.Telegram}
		senders[bot.Telegram] = d.app.metrics.Sender("telegram", late)
		hook := &health.Route{}
		d.http.Handle("POST /telegram/webhook", hook)
		svc, err := startLate(ctx, d.app.log, d.health, "telegram", telegram.ErrTokenRejected,
			func(ctx context.Context) (*telegram.Adapter, error) {
				return d.app.connectTelegram(ctx, d.handler, d.health.Observe("telegram"))
			},
			func(ctx context.Context, tg *telegram.Adapter) {
				hook.Set(tg.WebhookHandler())
				late.set(tg)
			},
			func(ctx context.Context, tg *telegram.Adapter) error {
				if err := tg.SetCommands(ctx, d.mux.Commands()); err != nil {
					d.app.log.WarnContext(ctx, "telegram: could not register the command menu; commands still work", slog.Any("err", err))
				}
				return tg.Run(ctx)
			})
		if err := d.add(svc, err); err != nil {
			return err
		}
	}
	if d.app.cfg.SlackEnabled() {
		late := &lateSender{platform: bot.Slack}
		senders[bot.Slack] = d.app.metrics.Sender("slack", late)
		socket := d.app.cfg.Slack.AppToken.IsSet()
		hooks := &health.Route{}
		if d.app.cfg.Slack.SigningSecret.IsSet() {
			for _, p := range []string{"/slack/commands", "/slack/events", "/slack/interactions"} {
				d.http.Handle("POST "+p, hooks)
			}
		}
		svc, err := startLate(ctx, d.app.log, d.health, "slack", slack.ErrAuth,
			func(ctx context.Context) (*slack.Adapter, error) {
				return d.app.connectSlack(ctx, d.handler, d.health.Observe("slack"))
			},
			func(ctx context.Context, sl *slack.Adapter) {
				routes := http.NewServeMux()
				sl.Routes(routes)
				hooks.Set(routes)
				late.set(sl)
			},
			func(ctx context.Context, sl *slack.Adapter) error {
				if !socket { // HTTP mode: the routes do the work
					<-ctx.Done()
					drainCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), slackDrainLimit)
					defer cancel()
					sl.Drain(drainCtx)
					return nil
				}
				return sl.Run(ctx)
			})
		if err := d.add(svc, err); err != nil {
			return err
		}
	}
	d.digests.senders = senders
	if len(d.app.cfg.Destinations) == 0 {
		return nil
	}
	sched, err := d.app.newScheduler(ctx, d.digests)
	if err != nil {
		return err
	}
	d.services = append(d.services, service{name: "scheduler", run: sched.Run})
	return nil
}

// add adds an adapter's service. A token rejected at start-up is returned,
// unless keep_going is set: then it is logged and the rest runs.
func (d *daemon) add(svc service, err error) error {
	switch {
	case err == nil:
		d.services = append(d.services, svc)
	case d.app.cfg.KeepGoing:
		d.app.log.Error("adapter not started; keep_going is set, so the rest of the bot runs", slog.Any("err", err))
	default:
		return fmt.Errorf("%w (set BRIEFBOT_KEEP_GOING=true to run the rest of the bot without it)", err)
	}
	return nil
}

// newScheduler schedules every configured destination.
func (a *app) newScheduler(ctx context.Context, digests *digestService) (*schedule.Scheduler, error) {
	senders := map[bot.Platform]bot.Sender{}
	for p, s := range digests.senders {
		senders[p] = s
	}
	if digests.console != nil {
		senders[bot.Console] = digests.console
	}
	senders = countFailures(a.cfg, a.metrics, senders)
	var dests []schedule.Destination
	for _, d := range a.cfg.Destinations {
		if senders[bot.Platform(d.Platform)] == nil {
			a.log.Warn("destination skipped: its platform is not connected", slog.String("destination", d.Name), slog.String("platform", d.Platform))
			continue
		}
		loc, err := d.Location()
		if err != nil {
			return nil, err
		}
		if last, err := a.store.LastDelivered(ctx, d.Name); err == nil {
			a.metrics.DigestDelivered(d.Name, last)
		}
		dests = append(dests, schedule.Destination{
			Name: d.Name, To: bot.Destination{Platform: bot.Platform(d.Platform), ChatID: d.Chat, ThreadID: d.Thread, Silent: d.Silent},
			Spec: d.Schedule, Loc: loc, Grace: d.Grace, QuietWhenEmpty: d.QuietWhenEmpty,
		})
	}
	return schedule.New(schedule.Options{
		Destinations: dests, Senders: senders, Claims: observedClaims{Store: a.store, cfg: a.cfg, m: a.metrics, now: a.now}, Clock: a.clock, Log: a.log.With(slog.String("service", "scheduler")),
		Posted: func(ctx context.Context, dest schedule.Destination, slot time.Time, r bot.Reply, ref string) error {
			return remind.DigestPosted(ctx, a.store, dest.Name, slot, r, ref, a.now())
		},
		Composer: schedule.ComposerFunc(func(ctx context.Context, dest schedule.Destination, slot time.Time) (bot.Reply, []int64, bool, error) {
			cd, ok := a.cfg.Destination(dest.Name)
			if !ok {
				return bot.Reply{}, nil, false, fmt.Errorf("destination %q is not configured", dest.Name)
			}
			dg, err := digests.compose(ctx, cd, slot)
			return dg.Reply, dg.BriefIDs, dg.Empty(), err
		}),
	})
}

// The store is what the adapters and the scheduler keep their state in.
var (
	_ telegram.State   = (*store.Store)(nil)
	_ slack.State      = (*store.Store)(nil)
	_ schedule.Claims  = (*store.Store)(nil)
	_ schedule.Skipper = (*store.Store)(nil)
	_ commands.Store   = (*store.Store)(nil)
	_ digest.Source    = (*store.Store)(nil)
)

// replicaID names this process among replicas sharing a store: host:pid,
// as the scheduler's claims do.
func replicaID() string {
	host, _ := os.Hostname()
	return host + ":" + strconv.Itoa(os.Getpid())
}
