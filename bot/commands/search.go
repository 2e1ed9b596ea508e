package commands

import (
	"context"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs/store"
)

func searchHandler(d Deps) bot.Handler {
	return bot.HandlerFunc(func(ctx context.Context, req bot.Request) (bot.Reply, error) {
		args, page, err := pageArg(req.Args)
		if err != nil {
			return bot.Reply{}, err
		}
		q := strings.Join(args, " ")
		if strings.TrimSpace(q) == "" {
			return bot.Reply{}, bot.Errorf("What should I look for? For example: %s", req.Cmd("search", "india", "russia"))
		}
		if err := checkWords(args); err != nil {
			return bot.Reply{}, err
		}
		found, err := d.Store.SearchFor(ctx, store.SearchQuery{Words: q, Limit: page * d.PageSize, NoBody: true})
		if err != nil {
			return bot.Reply{}, fmt.Errorf("search %q: %w", q, err)
		}
		bs := found.Briefs
		from := (page - 1) * d.PageSize
		if from >= len(bs) {
			if page > 1 {
				return bot.Textf("No more results", fmt.Sprintf("That was everything for “%s”.", q)), nil
			}
			return bot.Textf("Nothing found", fmt.Sprintf("No brief mentions “%s”. Try fewer or different words, or %s for the latest.", q, req.Cmd("brief"))), nil
		}
		more := found.Ranked > page*d.PageSize
		bs = bs[from:min(len(bs), page*d.PageSize)]
		sec := bot.Section{}
		if found.Older {
			sec.Text = bot.Plain(fmt.Sprintf("Best of the newest %d briefs that match; older ones are not ranked. More words narrow the search.", found.Ranked))
		}
		for _, b := range bs {
			sec.Items = append(sec.Items, briefItem(b, req))
		}
		r := bot.Reply{Title: fmt.Sprintf("Briefs about “%s”", q), Sections: []bot.Section{sec}}
		if more {
			r.Buttons = append(r.Buttons, bot.Button{Label: "More results", Command: req.PageCmd("search", page+1, args...)})
		}
		return r, nil
	})
}
