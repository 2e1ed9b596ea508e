// Command briefbot stores and summarises briefs, extracts the meetings they
// mention, posts daily digests to Slack and Telegram, and answers chat
// commands. Run `briefbot --help` for the subcommands.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
	"time"
	_ "time/tzdata" // destinations name IANA zones; do not depend on the host having them
)

// main is the one place that reads the wall clock: every subcommand gets
// it through env.now, so tests run them at any fixed time.
func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := Main(ctx, os.Args[1:], newEnv(os.Stdin, os.Stdout, os.Stderr, os.LookupEnv, time.Now))
	stop()
	os.Exit(code)
}
