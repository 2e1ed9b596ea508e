package commands

import (
	"context"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs"
)

// Adder stores a chat message as a brief through the ingest pipeline.
type Adder interface {
	// AddMessage stores text, said by req's user (req.Saved says where it
	// came from, when it is a saved message), and returns the stored brief
	// with its summary and meetings; created is false when the same text was
	// already stored. A *bot.UserError explains text that cannot be a brief.
	AddMessage(ctx context.Context, req bot.Request, text string) (b briefs.Brief, created bool, err error)
}

var addCmd = bot.Command{Name: "add", Usage: "TEXT", Help: "Keep a message as a brief: /add TEXT, /add in reply to a message, or forward it to me (contributors)"}

// addHandler answers /add TEXT, /add in reply to a message and forwarded
// messages (req.Saved).
func addHandler(d Deps) bot.Handler {
	return bot.HandlerFunc(func(ctx context.Context, req bot.Request) (bot.Reply, error) {
		if !req.Contributor && !req.Admin {
			return bot.Textf("Not saved", "Sorry, only the team's contributors can add briefs. An admin can add you to the contributors list in briefbot's configuration."), nil
		}
		text := strings.TrimSpace(req.ArgText())
		if req.Saved != nil && text == "" {
			text = strings.TrimSpace(req.Saved.Text)
		}
		if text == "" {
			return bot.Reply{}, bot.Errorf("Nothing to save. Send %s, reply %s to a message, or forward a message to me in a private chat.", req.Cmd("add", "TEXT"), req.Cmd("add"))
		}
		b, created, err := d.Adder.AddMessage(ctx, req, text)
		if err != nil {
			return bot.Reply{}, err
		}
		r := fullBrief(b, req)
		title := r.Title
		r.Title = fmt.Sprintf("Saved as brief #%d: %s", b.ID, title)
		if !created {
			r.Title = fmt.Sprintf("Already saved as brief #%d: %s", b.ID, title)
		}
		r.Sections = withoutText(r.Sections)
		if len(b.Meetings) == 0 {
			r.Sections = append(r.Sections, bot.Section{Text: bot.Plain("No meetings found in it.")})
		}
		return r, nil
	})
}

// withoutText drops the brief's full text from a reply: the user just sent it.
func withoutText(secs []bot.Section) []bot.Section {
	var out []bot.Section
	for _, s := range secs {
		if s.Heading != "Text" {
			out = append(out, s)
		}
	}
	return out
}
