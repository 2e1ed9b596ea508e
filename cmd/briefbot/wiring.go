package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/commands"
	"github.com/briefbot/briefbot/bot/digest"
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
// answers their commands.
func (a *app) connectAdapters(ctx context.Context, h bot.Handler) (adapters, error) {
	var ad adapters
	cfg := a.cfg
	if cfg.TelegramEnabled() {
		t := cfg.Telegram
		tg, err := telegram.New(ctx, telegram.Options{
			Token: t.Token.Value(), APIURL: t.APIURL, WebhookURL: t.WebhookURL, WebhookSecret: t.WebhookSecret.Value(),
			AllowedChats: t.AllowedChats, Admins: t.Admins, Log: a.log.With(slog.String("adapter", "telegram")),
		}, h, a.store)
		if err != nil {
			return ad, err
		}
		ad.telegram = tg
	}
	if cfg.SlackEnabled() {
		s := cfg.Slack
		sl, err := slack.New(ctx, slack.Options{
			BotToken: s.BotToken.Value(), AppToken: s.AppToken.Value(), SigningSecret: s.SigningSecret.Value(),
			APIURL: s.APIURL, AllowedChannels: s.AllowedChannels, Admins: s.Admins, Log: a.log.With(slog.String("adapter", "slack")),
		}, h, a.store)
		if err != nil {
			return ad, err
		}
		ad.slack = sl
	}
	return ad, nil
}

// addAdapters connects the configured chat platforms, mounts their HTTP
// endpoints, and adds them and the digest scheduler to the services.
func (d *daemon) addAdapters(ctx context.Context) error {
	ad, err := d.app.connectAdapters(ctx, d.mux)
	if err != nil {
		return err
	}
	if tg := ad.telegram; tg != nil {
		if err := tg.SetCommands(ctx, d.mux.Commands()); err != nil {
			d.app.log.WarnContext(ctx, "telegram: could not register the command menu; commands still work", slog.Any("err", err))
		}
		d.http.Handle("POST /telegram/webhook", tg.WebhookHandler())
		d.services = append(d.services, service{"telegram", tg.Run})
	}
	if sl := ad.slack; sl != nil {
		sl.Routes(d.http)
		if d.app.cfg.Slack.AppToken.IsSet() {
			d.services = append(d.services, service{"slack", sl.Run})
		}
	}
	d.digests.senders = ad.senders()
	if len(d.app.cfg.Destinations) == 0 {
		return nil
	}
	sched, err := d.app.newScheduler(d.digests)
	if err != nil {
		return err
	}
	d.services = append(d.services, service{"scheduler", sched.Run})
	return nil
}

// newScheduler schedules every configured destination.
func (a *app) newScheduler(digests *digestService) (*schedule.Scheduler, error) {
	senders := map[bot.Platform]bot.Sender{}
	for p, s := range digests.senders {
		senders[p] = s
	}
	if digests.console != nil {
		senders[bot.Console] = digests.console
	}
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
		dests = append(dests, schedule.Destination{
			Name: d.Name, To: bot.Destination{Platform: bot.Platform(d.Platform), ChatID: d.Chat, ThreadID: d.Thread},
			Spec: d.Schedule, Loc: loc, Grace: d.Grace, QuietWhenEmpty: d.QuietWhenEmpty,
		})
	}
	return schedule.New(schedule.Options{
		Destinations: dests, Senders: senders, Claims: a.store, Log: a.log.With(slog.String("service", "scheduler")),
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
