package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/briefbot/briefbot/briefs/store"
	"golang.org/x/term"

	"github.com/briefbot/briefbot/bot/schedule"
)

// env is the process environment a subcommand runs in, passed as a value so
// tests can run subcommands in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	lookup         func(string) (string, bool)
	// clock is the wall clock in main, a fixed or hand-moved one in tests.
	// Subcommands read the time only through it (e.now()).
	clock schedule.Clock
	// stdinTTY and stderrTTY say whether those are terminals: the console
	// chat prompts and progress lines appear only on terminals.
	stdinTTY, stdoutTTY, stderrTTY bool
}

func newEnv(stdin *os.File, stdout, stderr *os.File, lookup func(string) (string, bool), clock schedule.Clock) *env {
	return &env{
		stdin: stdin, stdout: stdout, stderr: stderr, lookup: lookup, clock: clock,
		stdinTTY:  term.IsTerminal(int(stdin.Fd())),
		stdoutTTY: term.IsTerminal(int(stdout.Fd())),
		stderrTTY: term.IsTerminal(int(stderr.Fd())),
	}
}

// subcommand is one entry of the command table.
type subcommand struct {
	name    string
	args    string // usage after the name
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

func subcommands() []subcommand {
	return []subcommand{
		{"demo", "[-db FILE] [-now TIME]", "Load sample briefs, print today's digest, then chat in the console", runDemo},
		{"run", "[-config FILE]", "Run the bot: chat adapters, digest scheduler, HTTP server", runDaemon},
		{"feeds", "[-once]", "List the configured feeds and their state; -once polls them all now", runFeeds},
		{"ingest", "[-format F] PATH... | -", "Store briefs from files or folders (.txt .md .html .json .jsonl), or standard input (-)", runIngest},
		{"brief", "ID | latest [N]", "Show a stored brief, as /brief does in chat", runBrief},
		{"search", "[-page N] WORDS...", "Search stored briefs, as /search does in chat", runSearch},
		{"meetings", "[-format text|json|ics] [-page N] [upcoming|past|today|week|all] [KEYWORDS]", "List the meetings the briefs mention", runMeetings},
		{"digest", "[-to DEST] [-dry-run] [-since TIME]", "Compose a digest and print or post it", runDigest},
		{"chat", "", "Chat with the bot in the console, against the configured store", runChat},
		{"summarize", "[-sentences N] [-chars N] [-format text|json] [-jsonl] [FILE|-]", "Summarise text without storing it", runSummarize},
		{"extract", "[-published TIME] [-jsonl | -explain] [FILE|-]", "Extract the dateline, dates and meetings from text as JSON (-explain: the rule behind each field)", runExtract},
		{"eval", "summaries|dates FILE.jsonl | meetings [-errors] [-against SECOND.jsonl] FILE.jsonl...", "Score the summariser, meeting or date extraction on a dev set", runEval},
		{"generate", "[-n N] [-days D] [-now TIME] [-seed S] [-from FILES] [-o FILE | -store]", "Make N test briefs, copies of templates re-dated over D days, as JSONL (or into the store)", runGenerate},
		{"reindex", "", "Recompute summaries and meetings of every stored brief", runReindex},
		{"healthcheck", "[-ready]", "Exit 0 when the local daemon answers /healthz (or /readyz); for container health checks", runHealthcheck},
		{"optimize", "[-pages N]", "Merge the SQLite store's search index into one segment (after a large ingest; /search reads every segment); safe while the bot runs", runOptimize},
		{"backup", "FILE", "Write a consistent copy of the SQLite store to FILE while the bot runs", runBackup},
		{"export", "[-since TIME]", "Write the stored briefs as JSON lines that 'briefbot ingest' reads", runExport},
		{"migrate", "[-to postgres://... [-force]]", "Create or upgrade the database schema; with -to, copy the store into PostgreSQL", runMigrate},
		{"config", "", "Print the effective configuration, secrets redacted", runConfig},
		{"version", "", "Print the version", runVersion},
	}
}

// usageLine is "briefbot NAME ARGS".
func (c subcommand) usageLine() string {
	return strings.TrimSpace("briefbot " + c.name + " " + c.args)
}

// errUsage marks an error that should be followed by the command's usage.
var errUsage = errors.New("usage")

// exitError carries a specific exit status (ingest uses 1 for partial failure).
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

// Main runs briefbot with args and returns the process exit status.
func Main(ctx context.Context, args []string, e *env) int {
	switch {
	case len(args) == 2 && args[0] == "help":
		args = []string{args[1], "-h"} // briefbot help ingest
	case len(args) > 0 && (args[0] == "--version" || args[0] == "-version"):
		args = []string{"version"}
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" || args[0] == "help" {
		usage(e.stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	args, err := globalFlagsAfter(args)
	if err != nil {
		fmt.Fprintf(e.stderr, "briefbot: %v\n", err)
		return 2
	}
	for _, c := range subcommands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		var ee *exitError
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			fmt.Fprintf(e.stderr, "briefbot %s: %v\nusage: %s\n", c.name, strings.TrimPrefix(err.Error(), "usage: "), c.usageLine())
			return 2
		case errors.As(err, &ee):
			if ee.msg != "" {
				fmt.Fprintf(e.stderr, "briefbot %s: %s\n", c.name, ee.msg)
			}
			return ee.code
		default:
			fmt.Fprintf(e.stderr, "briefbot %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(e.stderr, "briefbot: unknown command %q; run 'briefbot --help' for the list\n", args[0])
	return 2
}

// globalFlags are the flags accepted before the command name as well as
// after it, as in "briefbot -config x.yaml config".
var globalFlags = []string{"config", "db", "log-level"}

// globalFlagsAfter moves store flags given before the command name to just
// after it, where the command's flag set parses them. Any other flag before
// the command is an error that says where flags go.
func globalFlagsAfter(args []string) ([]string, error) {
	var moved []string
	for len(args) > 0 && strings.HasPrefix(args[0], "-") {
		name, _, hasValue := strings.Cut(strings.TrimLeft(args[0], "-"), "=")
		if !slices.Contains(globalFlags, name) {
			return nil, fmt.Errorf("flag %s goes after the command (briefbot COMMAND %s ...); run 'briefbot --help' for the commands", args[0], args[0])
		}
		n := 1
		if !hasValue {
			n = 2
		}
		if len(args) < n {
			return nil, fmt.Errorf("flag %s needs a value", args[0])
		}
		moved, args = append(moved, args[:n]...), args[n:]
	}
	if len(args) == 0 {
		return nil, errors.New("no command given; run 'briefbot --help' for the list")
	}
	return append(append([]string{args[0]}, moved...), args[1:]...), nil
}

func usage(w io.Writer) {
	fmt.Fprint(w, `briefbot keeps a team's briefs, summarises them, finds the meetings they mention,
posts daily digests to Slack and Telegram, and answers /meetings, /brief and /search in chat.

Usage: briefbot COMMAND [flags] [args]

Commands:
`)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, c := range subcommands() {
		fmt.Fprintf(tw, "  %s\t%s\n", c.name, c.summary)
	}
	tw.Flush()
	fmt.Fprint(w, `
Start with 'briefbot demo'. Every command takes -h for its flags ('briefbot help COMMAND'
does the same). Configuration comes from a YAML file (-config or BRIEFBOT_CONFIG) and
BRIEFBOT_* environment variables; see briefbot.example.yaml. -config, -db and -log-level
may also come before the command: briefbot -config x.yaml config.
`)
}

// usageErr returns an error that prints the command's usage line.
func usageErr(format string, a ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, a...))
}

// flagSet makes a flag set for a subcommand whose -h prints the summary,
// the usage line and the flags.
func flagSet(e *env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		for _, c := range subcommands() {
			if c.name == name {
				fmt.Fprintf(e.stderr, "%s\n\nUsage: %s\n", c.summary, c.usageLine())
			}
		}
		var any bool
		fs.VisitAll(func(*flag.Flag) { any = true })
		if any {
			fmt.Fprintln(e.stderr, "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// storeFlags are the flags every command that opens the store takes.
type storeFlags struct {
	config, db, logLevel string
}

func (f *storeFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.config, "config", "", "YAML config `file` (default $BRIEFBOT_CONFIG)")
	fs.StringVar(&f.db, "db", "", "SQLite database `file` (default $BRIEFBOT_DB or ./briefbot.db)")
	fs.StringVar(&f.logLevel, "log-level", "", "debug, info, warn or error (default $BRIEFBOT_LOG_LEVEL or info)")
}

// parse parses args and maps a parse error to a usage error. Flags may
// follow the arguments (briefbot eval dates FILE -h, briefbot extract FILE
// -explain), as users type them; after "--" everything is an argument.
// fs.Args() holds the arguments afterwards.
func parse(fs *flag.FlagSet, args []string) error {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return &exitError{code: 2}
		}
		rest := fs.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" || len(rest) == 0 {
			positional = append(positional, rest...)
			break
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
	// A flag set keeps the arguments its last Parse stopped at; "--" makes
	// that exactly the positional ones without setting any flag.
	return fs.Parse(append([]string{"--"}, positional...))
}

// parseNoArgs is parse for a command that takes flags only: an argument
// left over is a usage error naming it.
func parseNoArgs(fs *flag.FlagSet, args []string) error {
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageErr("unexpected argument %q", fs.Arg(0))
	}
	return nil
}

// parseAndOpen registers the store flags on fs, parses args and opens the
// app: the start of every subcommand that works on the store and takes no
// flags of its own.
func parseAndOpen(ctx context.Context, e *env, fs *flag.FlagSet, args []string) (*app, error) {
	return parseAndOpenOpts(ctx, e, fs, args, store.OpenOptions{})
}

// parseAndOpenOpts is parseAndOpen with options for opening the store.
func parseAndOpenOpts(ctx context.Context, e *env, fs *flag.FlagSet, args []string, opts store.OpenOptions) (*app, error) {
	var sf storeFlags
	sf.register(fs)
	if err := parseNoArgs(fs, args); err != nil {
		return nil, err
	}
	return openAppOpts(ctx, e, sf, opts)
}
