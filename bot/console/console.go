// Package console is the terminal adapter: it reads commands from standard
// input and prints replies, so the demo and `briefbot chat` answer exactly as
// the chat platforms do.
package console

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// Adapter reads commands line by line from In and writes replies to Out.
type Adapter struct {
	In      io.Reader
	Out     io.Writer
	Handler bot.Handler
	// Interactive shows a prompt and a greeting; set it when In is a terminal.
	Interactive bool
	// Color uses ANSI bold and dim; set it when Out is a terminal.
	Color bool
	// Now returns the time requests are answered as of; nil means time.Now.
	Now func() time.Time
}

// maxLine bounds one command line.
const maxLine = 64 * 1024

// Run answers commands until EOF, "/quit", or ctx is done. Lines that are
// blank or start with '#' are skipped, so a script can carry comments.
func (a *Adapter) Run(ctx context.Context) error {
	sc := bufio.NewScanner(a.In)
	sc.Buffer(make([]byte, 4096), maxLine)
	if a.Interactive {
		fmt.Fprintln(a.Out, a.dim("Type /help for commands, /quit to leave."))
	}
	for {
		if a.Interactive {
			fmt.Fprint(a.Out, a.bold("briefbot> "))
		}
		if !sc.Scan() {
			if a.Interactive {
				fmt.Fprintln(a.Out)
			}
			if err := sc.Err(); err != nil {
				return fmt.Errorf("console: read: %w", err)
			}
			return nil
		}
		if ctx.Err() != nil {
			return nil
		}
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if line == "/quit" || line == "/exit" {
			return nil
		}
		if !a.Interactive {
			fmt.Fprintln(a.Out, a.bold("> "+line))
		}
		a.answer(ctx, line)
	}
}

func (a *Adapter) answer(ctx context.Context, line string) {
	name, _, args, ok := bot.ParseCommand(line, true)
	if !ok {
		return
	}
	now := a.Now()
	req := bot.Request{Platform: bot.Console, ChatID: "console", UserID: "console", UserName: "you",
		Command: name, Args: args, Admin: true, Now: now, Bare: !strings.HasPrefix(line, "/")}
	r, err := a.Handler.Serve(ctx, req)
	if err != nil {
		r = bot.Textf("Error", err.Error())
	}
	fmt.Fprintln(a.Out, Render(r, a.Color))
}

// Send prints a post addressed to the console, implementing bot.Sender.
func (a *Adapter) Send(ctx context.Context, to bot.Destination, r bot.Reply) error {
	_, err := fmt.Fprintln(a.Out, Render(r, a.Color))
	return err
}

func (a *Adapter) bold(s string) string { return style(s, bot.Bold, a.Color) }
func (a *Adapter) dim(s string) string  { return style(s, bot.Muted, a.Color) }
