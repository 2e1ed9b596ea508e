package main

import (
	"context"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/console"
	"github.com/briefbot/briefbot/briefs/store"
	"github.com/briefbot/briefbot/config"
)

func runChat(ctx context.Context, e *env, args []string) error {
	fs := flagSet(e, "chat")
	a, err := parseAndOpenOpts(ctx, e, fs, args, store.OpenOptions{MustExist: true})
	if err != nil {
		return err
	}
	defer a.Close()
	c := &console.Adapter{In: e.stdin, Out: e.stdout, Interactive: e.stdinTTY, Color: e.stdoutTTY, Now: e.now}
	digests := &digestService{app: a, now: e.now, console: c}
	c.Handler = a.newMux(digests)
	return c.Run(ctx)
}

// consoleDest is the destination the console chat previews digests for.
func consoleDest() config.Destination {
	d := config.DefaultDestination()
	d.Name, d.Platform, d.Chat = "console", string(bot.Console), "console"
	return d
}
