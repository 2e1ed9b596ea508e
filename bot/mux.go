package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sort"
	"strings"
)

// Command describes a registered command for /help and platform menus
// (Telegram setMyCommands, the Slack manifest).
type Command struct {
	Name  string // without slash
	Usage string // arguments, e.g. "[upcoming|past|today|week|all] [KEYWORDS]"
	Help  string // one short sentence
	Admin bool   // only admins may run it
}

// UserError is an error whose message is meant for the user (a bad argument,
// an unknown id). The Mux shows its text; other errors are logged and the
// user sees a generic apology.
type UserError struct {
	Title string // optional heading of the reply
	Msg   string
}

func (e *UserError) Error() string { return e.Msg }

// Errorf returns a *UserError with a formatted message.
func Errorf(format string, a ...any) error { return &UserError{Msg: fmt.Sprintf(format, a...)} }

// Mux routes requests to handlers by command name, in the manner of
// net/http.ServeMux. It is safe for concurrent use once set up.
type Mux struct {
	handlers map[string]Handler
	commands map[string]Command
	aliases  map[string]string
	log      *slog.Logger
}

// NewMux returns an empty Mux that logs internal errors to log.
func NewMux(log *slog.Logger) *Mux {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Mux{handlers: map[string]Handler{}, commands: map[string]Command{}, aliases: map[string]string{}, log: log}
}

// Handle registers h for cmd.Name. It panics on a duplicate name, as
// http.ServeMux does, since that is a programming error.
func (m *Mux) Handle(cmd Command, h Handler) {
	if _, dup := m.handlers[cmd.Name]; dup {
		panic("bot: duplicate command " + cmd.Name)
	}
	m.handlers[cmd.Name] = h
	m.commands[cmd.Name] = cmd
}

// Alias makes name run the command target (e.g. "start" runs "help").
func (m *Mux) Alias(name, target string) { m.aliases[name] = target }

// Resolve returns the registered command name runs (following an alias)
// and whether there is one.
func (m *Mux) Resolve(name string) (string, bool) {
	if target, ok := m.aliases[name]; ok {
		name = target
	}
	_, ok := m.handlers[name]
	return name, ok
}

// Commands lists the registered commands sorted by name.
func (m *Mux) Commands() []Command {
	out := make([]Command, 0, len(m.commands))
	for _, c := range m.commands {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Serve answers req: an unknown command gets a hint, an admin-only command
// from a non-admin is refused, a UserError is shown, and any other error is
// logged and answered with an apology. Serve never returns an error and
// recovers a handler's panic, so an adapter can always send what it returns.
// Every refusal and error is Private: on Slack only the asker sees it.
func (m *Mux) Serve(ctx context.Context, req Request) (Reply, error) {
	r, err := m.Answer(ctx, req)
	if err == nil {
		return r, nil
	}
	var ue *UserError
	if errors.As(err, &ue) {
		return private(Textf(ue.Title, ue.Msg)), nil
	}
	m.log.ErrorContext(ctx, "command failed", slog.String("command", req.Command), slog.String("platform", string(req.Platform)), slog.Any("err", err))
	return private(failed()), nil
}

// Answer is Serve for callers that tell errors apart from answers, such as
// the command line: an unknown command, a refusal and a bad argument are a
// *UserError, and a handler's panic is recovered into an error.
func (m *Mux) Answer(ctx context.Context, req Request) (reply Reply, err error) {
	name, ok := m.Resolve(req.Command)
	if !ok {
		return Reply{}, m.unknown(req)
	}
	if m.commands[name].Admin && !req.Admin {
		return Reply{}, &UserError{Title: "Not allowed", Msg: fmt.Sprintf("%s changes what this chat receives, so only the bot's admins may run it.", req.Cmd(name))}
	}
	h := m.handlers[name]
	defer func() {
		if p := recover(); p != nil {
			m.log.ErrorContext(ctx, "command panicked", slog.String("command", name), slog.Any("panic", p))
			reply, err = Reply{}, fmt.Errorf("command %s panicked: %v", name, p)
		}
	}()
	return h.Serve(ctx, req)
}

// greetings are words people open a chat with.
var greetings = []string{"hello", "hi", "hey", "hallo", "hiya", "yo", "morning", "thanks", "thank"}

// unknown explains an unknown command. A message without a slash may not be
// meant as a command at all ("hello"), so it gets a pointer to the commands
// instead of "I don't know /hello".
func (m *Mux) unknown(req Request) error {
	examples := fmt.Sprintf("%s, %s or %s; %s lists them all.", req.Cmd("meetings"), req.Cmd("brief", "latest"), req.Cmd("search", "india"), req.Cmd("help"))
	switch {
	case req.Bare && slices.Contains(greetings, strings.Trim(req.Command, "!.,")):
		return &UserError{Title: "Hello!", Msg: "I keep the team's briefs and the meetings they mention. Ask me with a command: " + examples}
	case req.Bare:
		return &UserError{Msg: "I answer commands rather than questions. Try " + examples}
	}
	return &UserError{Title: "Unknown command", Msg: fmt.Sprintf("I don't know %s. Try %s for the list of commands.", req.Cmd(req.Command), req.Cmd("help"))}
}

// failed is the answer to a command that failed on our side.
func failed() Reply {
	return Textf("Something went wrong", "That command failed on our side and has been logged. Please try again later.")
}

func private(r Reply) Reply {
	r.Private = true
	return r
}

// Use wraps h in the middlewares, the first outermost.
func Use(h Handler, mw ...Middleware) Handler {
	for i := len(mw) - 1; i >= 0; i-- {
		h = mw[i](h)
	}
	return h
}
