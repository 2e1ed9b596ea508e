package bot

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestParseCommand(t *testing.T) {
	tests := []struct {
		in      string
		bare    bool
		name    string
		botName string
		args    []string
		ok      bool
	}{
		{"/meetings", false, "meetings", "", []string{}, true},
		{"/Search@BriefBot india  russia", false, "search", "BriefBot", []string{"india", "russia"}, true},
		{"meetings upcoming", true, "meetings", "", []string{"upcoming"}, true},
		{"meetings upcoming", false, "", "", nil, false},
		{"   ", true, "", "", nil, false},
		{"/", false, "", "", nil, false},
		{"/@bot", false, "", "", nil, false},
	}
	for _, tt := range tests {
		name, botName, args, ok := ParseCommand(tt.in, tt.bare)
		if name != tt.name || botName != tt.botName || ok != tt.ok || (ok && !reflect.DeepEqual(args, tt.args)) {
			t.Errorf("ParseCommand(%q, %v) = %q %q %q %v", tt.in, tt.bare, name, botName, args, ok)
		}
	}
}

func echo(ctx context.Context, req Request) (Reply, error) {
	return Textf("echo", req.ArgText()), nil
}

func TestMuxRoutes(t *testing.T) {
	m := NewMux(nil)
	m.Handle(Command{Name: "echo", Help: "echoes"}, HandlerFunc(echo))
	m.Handle(Command{Name: "post", Admin: true}, HandlerFunc(echo))
	m.Handle(Command{Name: "fail"}, HandlerFunc(func(context.Context, Request) (Reply, error) {
		return Reply{}, errors.New("db exploded: secret detail")
	}))
	m.Handle(Command{Name: "bad"}, HandlerFunc(func(context.Context, Request) (Reply, error) {
		return Reply{}, Errorf("%q is not a brief id", "x")
	}))
	m.Handle(Command{Name: "panic"}, HandlerFunc(func(context.Context, Request) (Reply, error) {
		panic("boom")
	}))
	m.Alias("start", "echo")
	tests := []struct {
		req  Request
		want string
	}{
		{Request{Command: "echo", Args: []string{"a", "b"}}, "a b"},
		{Request{Command: "start", Args: []string{"x"}}, "x"},
		{Request{Command: "nope"}, "Try /help"},
		{Request{Command: "post"}, "only the bot's admins"},
		{Request{Command: "post", Admin: true, Args: []string{"ok"}}, "ok"},
		{Request{Command: "fail"}, "failed on our side"},
		{Request{Command: "bad"}, `"x" is not a brief id`},
		{Request{Command: "panic"}, "failed on our side"},
	}
	for _, tt := range tests {
		r, err := m.Serve(context.Background(), tt.req)
		if err != nil {
			t.Fatalf("%s: error %v", tt.req.Command, err)
		}
		got := r.PlainText()
		if !strings.Contains(got, tt.want) {
			t.Errorf("%s: reply %q lacks %q", tt.req.Command, got, tt.want)
		}
		if strings.Contains(got, "secret detail") {
			t.Errorf("%s: internal error leaked to user: %q", tt.req.Command, got)
		}
	}
	if got := len(m.Commands()); got != 5 {
		t.Errorf("Commands() has %d entries, want 5", got)
	}
}

func TestUseOrder(t *testing.T) {
	var trail []string
	mw := func(name string) Middleware {
		return func(next Handler) Handler {
			return HandlerFunc(func(ctx context.Context, r Request) (Reply, error) {
				trail = append(trail, name)
				return next.Serve(ctx, r)
			})
		}
	}
	_, _ = Use(HandlerFunc(echo), mw("outer"), mw("inner")).Serve(context.Background(), Request{})
	if !reflect.DeepEqual(trail, []string{"outer", "inner"}) {
		t.Errorf("middleware order %v", trail)
	}
}

func TestPlainText(t *testing.T) {
	r := Reply{
		Title: "Upcoming meetings",
		Sections: []Section{
			{Heading: "Thu 4 Dec", Items: []Item{{Line: Line{B("IRIGC"), M(" · New Delhi")}, Details: []Line{Plain("Rajnath Singh")}}}},
			{Text: Plain("Try /meetings all")},
		},
	}
	want := "Upcoming meetings\n\nThu 4 Dec\n• IRIGC · New Delhi\n  Rajnath Singh\n\nTry /meetings all"
	if got := r.PlainText(); got != want {
		t.Errorf("PlainText:\n%s\nwant:\n%s", got, want)
	}
}

// TestMuxUnknown: a message without a slash ("hello") gets a pointer to the
// commands, not "I don't know /hello"; the command line names its own syntax.
func TestMuxUnknown(t *testing.T) {
	m := NewMux(nil)
	m.Handle(Command{Name: "help"}, HandlerFunc(echo))
	tests := []struct {
		req          Request
		want, unwant string
	}{
		{Request{Command: "hello", Bare: true}, "Hello!\n\nI keep the team's briefs and the meetings they mention. Ask me with a command: /meetings, /brief latest or /search india; /help lists them all.", "/hello"},
		{Request{Command: "what", Args: []string{"is", "on?"}, Bare: true}, "I answer commands rather than questions. Try /meetings", "/what"},
		{Request{Command: "hello"}, "I don't know /hello. Try /help for the list of commands.", ""},
		{Request{Command: "hello", CLI: true}, "I don't know briefbot hello. Try briefbot help", "/hello"},
	}
	for _, tt := range tests {
		r, err := m.Serve(context.Background(), tt.req)
		got := r.PlainText()
		if err != nil || !strings.Contains(got, tt.want) || (tt.unwant != "" && strings.Contains(got, tt.unwant)) {
			t.Errorf("%+v: %v\n%s", tt.req, err, got)
		}
		if _, err := m.Answer(context.Background(), tt.req); err == nil {
			t.Errorf("%+v: Answer gave no error", tt.req)
		}
	}
}
