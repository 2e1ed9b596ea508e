package commands

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs"
)

// maxLatest caps "/brief latest N".
const maxLatest = 20

func briefHandler(d Deps) bot.Handler {
	return bot.HandlerFunc(func(ctx context.Context, req bot.Request) (bot.Reply, error) {
		args := req.Args
		if len(args) > 0 && strings.EqualFold(args[0], "add") && d.Adder != nil { // Slack's "/brief add TEXT"
			req.Args = args[1:]
			return addHandler(d).Serve(ctx, req)
		}
		if len(args) == 0 || strings.EqualFold(args[0], "latest") || (len(args) == 2 && strings.EqualFold(args[1], "latest")) {
			n := d.PageSize
			for _, a := range args {
				if v, err := strconv.Atoi(a); err == nil {
					n = v
				}
			}
			if n < 1 || n > maxLatest {
				return bot.Reply{}, bot.Errorf("I can show between 1 and %d of the latest briefs, for example %s.", maxLatest, req.Cmd("brief", "latest", fmt.Sprint(maxLatest)))
			}
			return latest(ctx, d, n, req)
		}
		if len(args) > 1 {
			return bot.Reply{}, bot.Errorf("Usage: %s [ID | latest [N]], for example %s.", req.Cmd("brief"), req.Cmd("brief", "12"))
		}
		id, err := strconv.ParseInt(strings.TrimPrefix(args[0], "#"), 10, 64)
		if err != nil || id < 1 {
			return bot.Reply{}, bot.Errorf("%q is not a brief number. Brief numbers look like 12; %s alone lists the latest.", args[0], req.Cmd("brief"))
		}
		b, err := d.Store.Brief(ctx, id)
		if errors.Is(err, briefs.ErrNotFound) {
			return bot.Reply{}, bot.Errorf("There is no brief #%d. %s lists the latest ones.", id, req.Cmd("brief"))
		}
		if err != nil {
			return bot.Reply{}, fmt.Errorf("brief %d: %w", id, err)
		}
		return fullBrief(b, req), nil
	})
}

func latest(ctx context.Context, d Deps, n int, req bot.Request) (bot.Reply, error) {
	bs, err := d.Store.Latest(ctx, n)
	if err != nil {
		return bot.Reply{}, fmt.Errorf("latest briefs: %w", err)
	}
	if len(bs) == 0 {
		return bot.Textf("No briefs yet", "Nothing has been ingested yet. Add briefs with `briefbot ingest PATH`."), nil
	}
	sec := bot.Section{}
	for _, b := range bs {
		sec.Items = append(sec.Items, briefItem(b, req))
	}
	return bot.Reply{Title: "Latest briefs", Sections: []bot.Section{sec}}, nil
}

// maxBody is how much of a brief's text /brief shows.
const maxBody = 1200

func fullBrief(b briefs.Brief, req bot.Request) bot.Reply {
	title := b.Title
	if title == "" {
		title = fmt.Sprintf("Brief #%d", b.ID)
	}
	r := bot.Reply{Title: title}
	r.Sections = append(r.Sections, bot.Section{Text: bot.Line{bot.M(briefMeta(b))}})
	if b.Summary != "" {
		r.Sections = append(r.Sections, bot.Section{Heading: "Summary", Text: bot.Plain(b.Summary)})
	}
	if len(b.Meetings) > 0 {
		sec := bot.Section{Heading: "Meetings mentioned"}
		for _, m := range b.Meetings {
			it := meetingItem(m, req.Now.Location(), req)
			it.Details = it.Details[:len(it.Details)-1] // the source is this brief
			it.Buttons = nil
			sec.Items = append(sec.Items, it)
		}
		r.Sections = append(r.Sections, sec)
	}
	if b.Body != "" {
		r.Sections = append(r.Sections, bot.Section{Heading: "Text", Text: bot.Plain(truncate(b.Body, maxBody))})
	}
	if u := briefs.WebURL(b.URL); u != "" {
		r.Sections = append(r.Sections, bot.Section{Text: bot.Line{bot.Link("Read the original", u)}})
	}
	return r
}
