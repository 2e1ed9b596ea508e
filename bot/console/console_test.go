package console

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

func TestRunScripted(t *testing.T) {
	var got []bot.Request
	h := bot.HandlerFunc(func(ctx context.Context, req bot.Request) (bot.Reply, error) {
		got = append(got, req)
		return bot.Textf("Hello", "args: "+req.ArgText()), nil
	})
	now := time.Date(2025, 12, 4, 8, 0, 0, 0, time.UTC)
	var out strings.Builder
	a := &Adapter{In: strings.NewReader("# a comment\n/help\n\nsearch india russia\n/quit\n/never\n"), Out: &out, Handler: h, Now: func() time.Time { return now }}
	if err := a.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Command != "help" || got[1].Command != "search" || got[1].ArgText() != "india russia" {
		t.Fatalf("requests = %+v", got)
	}
	if got[0].Bare || !got[1].Bare {
		t.Errorf("Bare = %v, %v; want false for /help, true for a line without a slash", got[0].Bare, got[1].Bare)
	}
	if !got[1].Now.Equal(now) || got[1].Platform != bot.Console || !got[1].Admin {
		t.Errorf("request fields wrong: %+v", got[1])
	}
	want := "> /help\nHello\n\nargs: \n> search india russia\nHello\n\nargs: india russia\n"
	if out.String() != want {
		t.Errorf("output:\n%q\nwant\n%q", out.String(), want)
	}
}

func TestRenderPlainAndEscapes(t *testing.T) {
	r := bot.Reply{
		Title: "Latest\x1b[2J briefs",
		Sections: []bot.Section{{Items: []bot.Item{{
			Line:    bot.Line{bot.Link("India–Russia talks", "https://example.com/a")},
			Details: []bot.Line{bot.Plain("IANS · #1")},
		}}}},
		Buttons: []bot.Button{{Label: "More", Command: "/search india page 2"}},
	}
	got := Render(r, false)
	want := "Latest[2J briefs\n\n  • India–Russia talks <https://example.com/a>\n    IANS · #1\n\nMore: /search india page 2"
	if got != want {
		t.Errorf("Render:\n%q\nwant\n%q", got, want)
	}
	if colored := Render(r, true); !strings.Contains(colored, "\x1b[1m") || strings.Contains(colored, "\x1b[2J") {
		t.Errorf("colored render wrong: %q", colored)
	}
}
