// Command briefbot stores and summarises briefs, extracts the meetings they
// mention, posts daily digests to Slack and Telegram, and answers chat
// commands. Run `briefbot --help` for the subcommands.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
	_ "time/tzdata" // destinations name IANA zones; do not depend on the host having them
)

// main hands the wall clock to every subcommand through env, so tests run
// them at any time they choose.
func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := Main(ctx, os.Args[1:], newEnv(os.Stdin, os.Stdout, os.Stderr, os.LookupEnv, wallClock{}))
	stop()
	os.Exit(code)
}
