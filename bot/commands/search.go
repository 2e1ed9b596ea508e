package commands

import (
	"context"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/bot"
)

// maxQuery bounds a search query, in runes.
const maxQuery = 200

func searchHandler(d Deps) bot.Handler {
	return bot.HandlerFunc(func(ctx context.Context, req bot.Request) (bot.Reply, error) {
		args, page := pageArg(req.Args)
		q := strings.Join(args, " ")
		if strings.TrimSpace(q) == "" {
			return bot.Reply{}, bot.Errorf("What should I look for? For example: /search india russia")
		}
		if len([]rune(q)) > maxQuery {
			return bot.Reply{}, bot.Errorf("That query is too long (over %d characters); try a few key words.", maxQuery)
		}
		bs, err := d.Store.Search(ctx, q, page*d.PageSize+1)
		if err != nil {
			return bot.Reply{}, fmt.Errorf("search %q: %w", q, err)
		}
		from := (page - 1) * d.PageSize
		if from >= len(bs) {
			if page > 1 {
				return bot.Textf("No more results", fmt.Sprintf("That was everything for “%s”.", q)), nil
			}
			return bot.Textf("Nothing found", fmt.Sprintf("No brief mentions “%s”. Try fewer or different words, or /brief for the latest.", q)), nil
		}
		more := len(bs) > page*d.PageSize
		bs = bs[from:min(len(bs), page*d.PageSize)]
		sec := bot.Section{}
		for _, b := range bs {
			sec.Items = append(sec.Items, briefItem(b))
		}
		r := bot.Reply{Title: fmt.Sprintf("Briefs about “%s”", q), Sections: []bot.Section{sec}}
		if more {
			r.Buttons = append(r.Buttons, bot.Button{Label: "More results", Command: command("search", append(args, "page", fmt.Sprint(page+1))...)})
		}
		return r, nil
	})
}
