package commands

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

func digestHandler(d Deps) bot.Handler {
	return bot.HandlerFunc(func(ctx context.Context, req bot.Request) (bot.Reply, error) {
		switch {
		case len(req.Args) == 0 || strings.EqualFold(req.Args[0], "preview"):
			r, err := d.Digests.Preview(ctx, req)
			if err != nil {
				return bot.Reply{}, fmt.Errorf("digest preview: %w", err)
			}
			r.Private = true
			return r, nil
		case strings.EqualFold(req.Args[0], "post"):
			if !req.Admin {
				return bot.Reply{}, bot.Errorf("Only the bot's admins may post the digest to this chat. %s alone shows you a preview.", req.Cmd("digest"))
			}
			n, err := d.Digests.Post(ctx, req)
			if err != nil {
				return bot.Reply{}, fmt.Errorf("digest post: %w", err)
			}
			return bot.Reply{Sections: []bot.Section{{Text: bot.Plain(fmt.Sprintf("Posted the digest with %d %s.", n, bot.Plural(n, "story", "stories")))}}, Private: true}, nil
		}
		return bot.Reply{}, bot.Errorf("Usage: %s to preview, %s to send it to this chat.", req.Cmd("digest"), req.Cmd("digest", "post"))
	})
}

func scheduleHandler(d Deps) bot.Handler {
	return bot.HandlerFunc(func(ctx context.Context, req bot.Request) (bot.Reply, error) {
		s, err := d.Digests.Schedule(ctx, req)
		if err != nil {
			return bot.Reply{}, fmt.Errorf("schedule: %w", err)
		}
		if s == "" {
			return bot.Textf("No schedule", "This chat has no scheduled digest. An operator adds one under destinations: in the config file; /digest shows what it would get."), nil
		}
		return bot.Textf("Digest schedule", s), nil
	})
}

// maxKeywords bounds a subscription filter.
const maxKeywords = 20

func subscribeHandler(d Deps) bot.Handler {
	return bot.HandlerFunc(func(ctx context.Context, req bot.Request) (bot.Reply, error) {
		if len(req.Args) == 0 {
			sub, err := d.Subscriptions.Subscription(ctx, string(req.Platform), req.ChatID)
			if errors.Is(err, briefs.ErrNotFound) {
				return bot.Textf("No filter", "This chat's digest has every brief. /subscribe india russia limits it to briefs with those words."), nil
			}
			if err != nil {
				return bot.Reply{}, fmt.Errorf("subscription: %w", err)
			}
			return bot.Textf("Digest filter", "This chat gets briefs that mention: "+strings.Join(sub.Keywords, ", ")+". /unsubscribe clears it."), nil
		}
		if len(req.Args) > maxKeywords {
			return bot.Reply{}, bot.Errorf("That is %d keywords; %d at most.", len(req.Args), maxKeywords)
		}
		kws := make([]string, 0, len(req.Args))
		for _, a := range req.Args {
			kws = append(kws, strings.ToLower(strings.Trim(a, ",;")))
		}
		err := d.Subscriptions.SetSubscription(ctx, store.Subscription{
			Platform: string(req.Platform), ChatID: req.ChatID, Keywords: kws, UpdatedBy: req.UserID, UpdatedAt: req.Now,
		})
		if err != nil {
			return bot.Reply{}, fmt.Errorf("subscribe: %w", err)
		}
		return bot.Textf("Subscribed", "This chat's digest will hold briefs that mention any of: "+strings.Join(kws, ", ")+"."), nil
	})
}

func unsubscribeHandler(d Deps) bot.Handler {
	return bot.HandlerFunc(func(ctx context.Context, req bot.Request) (bot.Reply, error) {
		err := d.Subscriptions.DeleteSubscription(ctx, string(req.Platform), req.ChatID)
		if err != nil && !errors.Is(err, briefs.ErrNotFound) {
			return bot.Reply{}, fmt.Errorf("unsubscribe: %w", err)
		}
		return bot.Textf("Filter cleared", "This chat's digest will hold every new brief again."), nil
	})
}
