package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/commands"
	"github.com/briefbot/briefbot/bot/console"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/meetings"
)

// newMux registers the chat commands over the app's store.
func (a *app) newMux(digests commands.Digests) *bot.Mux {
	m := bot.NewMux(a.log)
	commands.Register(m, commands.Deps{Store: a.queries(), Subscriptions: a.store, Digests: digests, Adder: chatAdder{a}, Calendars: &calendarService{app: a}})
	return m
}

// ask answers one command as the console would and prints the reply. paged
// commands take -page.
func ask(ctx context.Context, e *env, name string, args []string, paged bool) error {
	fs := flagSet(e, name)
	var sf storeFlags
	sf.register(fs)
	page := 1
	if paged {
		fs.IntVar(&page, "page", 1, "show this `page` of the answer")
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 && name == "search" {
		return usageErr("give the words to look for, for example: briefbot search india russia")
	}
	words, err := withPage(fs.Args(), page)
	if err != nil {
		return err
	}
	return askWith(ctx, e, sf, name, words, e.now())
}

// withPage appends the chat form of -page ("page 2") to args.
func withPage(args []string, page int) ([]string, error) {
	if page < 1 {
		return nil, usageErr("-page %d: pages count from 1", page)
	}
	if page == 1 {
		return args, nil
	}
	return append(slices.Clip(args), "page", strconv.Itoa(page)), nil
}

// askWith opens the store and prints the answer to one command. What the
// chat would show as a hint for a mistake (an unknown id, a bad argument) is
// an error here: it goes to standard error and the exit status is 1.
func askWith(ctx context.Context, e *env, sf storeFlags, name string, args []string, now time.Time) error {
	a, err := openExisting(ctx, e, sf, true)
	if err != nil {
		return err
	}
	defer a.Close()
	req := bot.Request{Platform: bot.Console, ChatID: "cli", Command: name, Args: args, Admin: true, Now: now, CLI: true}
	r, err := a.newMux(nil).Answer(ctx, req)
	var ue *bot.UserError
	if errors.As(err, &ue) {
		return &exitError{code: 1, msg: ue.Msg}
	}
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, console.Render(r, e.stdoutTTY))
	return nil
}

func runBrief(ctx context.Context, e *env, args []string) error {
	return ask(ctx, e, "brief", args, false)
}
func runSearch(ctx context.Context, e *env, args []string) error {
	return ask(ctx, e, "search", args, true)
}

func runMeetings(ctx context.Context, e *env, args []string) error {
	fs := flagSet(e, "meetings")
	var sf storeFlags
	sf.register(fs)
	format := fs.String("format", "text", "output `format`: text, json or ics (json and ics list every meeting, past and upcoming, unless a scope is given)")
	nowFlag := fs.String("now", "", "answer as of this `time` (RFC 3339 or YYYY-MM-DD; default now)")
	page := fs.Int("page", 1, "show this `page` of the answer (text only)")
	if err := parse(fs, args); err != nil {
		return err
	}
	now, err := parseTimeFlag("now", *nowFlag, e.now())
	if err != nil {
		return usageErr("%v", err)
	}
	if *format == "text" {
		words, err := withPage(fs.Args(), *page)
		if err != nil {
			return err
		}
		return askWith(ctx, e, sf, "meetings", words, now)
	}
	if *format != "json" && *format != "ics" {
		return usageErr("-format %q is not one of text, json, ics", *format)
	}
	a, err := openExisting(ctx, e, sf, true)
	if err != nil {
		return err
	}
	defer a.Close()
	scope, kws := "all", fs.Args()
	if len(kws) > 0 && isScope(kws[0]) {
		scope, kws = strings.ToLower(kws[0]), kws[1:]
	}
	ms, err := a.store.Meetings(ctx, commands.MeetingQuery(scope, now, kws))
	if err != nil {
		return err
	}
	if *format == "ics" {
		return meetings.WriteICS(e.stdout, ms, meetings.ICSOptions{Name: "briefbot meetings", Now: now, Link: a.briefURL(ctx)})
	}
	return writeMeetingsJSON(e.stdout, ms, a.briefLookup(ctx))
}

// marshalJSON is json.Marshal without HTML escaping ("M&MTC" stays so).
func marshalJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

// sourceJSON is a brief a meeting was found in, in meetings -format json.
type sourceJSON struct {
	ID    int64  `json:"id"`
	Title string `json:"title"`
	URL   string `json:"url"`
}

// writeMeetingsJSON writes the meetings as a JSON array, each meeting as
// extract writes it plus "briefs": the briefs it was found in.
func writeMeetingsJSON(w io.Writer, ms []briefs.Meeting, brief func(int64) briefs.Brief) error {
	out := make([]json.RawMessage, 0, len(ms))
	for _, m := range ms {
		ids := m.Sources
		if len(ids) == 0 && m.BriefID != 0 {
			ids = []int64{m.BriefID}
		}
		srcs := make([]sourceJSON, 0, len(ids))
		for _, id := range ids {
			b := brief(id)
			srcs = append(srcs, sourceJSON{ID: id, Title: b.Title, URL: b.URL})
		}
		obj, err := marshalJSON(m)
		if err != nil {
			return err
		}
		extra, err := marshalJSON(srcs)
		if err != nil {
			return err
		}
		// Append "briefs" to the meeting's own object, keeping its fields
		// and their order.
		obj = append(append(append(obj[:len(obj)-1:len(obj)-1], `,"briefs":`...), extra...), '}')
		out = append(out, obj)
	}
	return writeJSON(w, out)
}

func isScope(s string) bool {
	switch strings.ToLower(s) {
	case "upcoming", "past", "today", "week", "all":
		return true
	}
	return false
}

// parseTimeFlag parses an RFC 3339 time or a YYYY-MM-DD date; "" gives def.
func parseTimeFlag(name, v string, def time.Time) (time.Time, error) {
	if v == "" {
		return def, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("-%s %q: want RFC 3339 (2025-12-04T09:00:00+05:30) or a date (2025-12-04)", name, v)
}
