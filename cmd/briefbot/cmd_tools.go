package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs/analysis"
	"github.com/briefbot/briefbot/briefs/analysis/reading"
	"github.com/briefbot/briefbot/briefs/meetings"
	"github.com/briefbot/briefbot/briefs/meetings/timex"
	"github.com/briefbot/briefbot/briefs/sentences"
	"github.com/briefbot/briefbot/briefs/summary"
)

// maxInput bounds a single document read by summarize or extract.
const maxInput = 8 << 20

// openInput opens FILE, or stdin for "-" or no argument.
func openInput(e *env, args []string) (io.ReadCloser, error) {
	if len(args) > 1 {
		return nil, usageErr("give one FILE or - for standard input")
	}
	if len(args) == 0 || args[0] == "-" {
		return io.NopCloser(e.stdin), nil
	}
	f, err := os.Open(args[0])
	if err != nil {
		return nil, err
	}
	return f, nil
}

func readAllLimited(r io.Reader) (string, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return "", err
	}
	if len(data) > maxInput {
		return "", fmt.Errorf("input is over the %d MiB limit; use -jsonl for many documents", maxInput>>20)
	}
	return string(data), nil
}

func runSummarize(ctx context.Context, e *env, args []string) error {
	fs := flagSet(e, "summarize")
	n := fs.Int("sentences", 0, "number of `sentences` (default 2 with a 300-character budget; given explicitly, honoured exactly)")
	chars := fs.Int("chars", 0, "character budget (default 300 unless -sentences is given)")
	format := fs.String("format", "text", "output `format`: text or json")
	jsonl := fs.Bool("jsonl", false, `read {"id","text"} lines and write {"id","summary","sentences"} lines`)
	pub := fs.String("published", "", "publication `time` of a document that gives none (RFC 3339 or YYYY-MM-DD; default: none, the time of reading is the reference)")
	if err := parse(fs, args); err != nil {
		return err
	}
	published, err := parseTimeFlag("published", *pub, time.Time{})
	if err != nil {
		return usageErr("%v", err)
	}
	if *format != "text" && *format != "json" {
		return usageErr("-format %q is not one of text, json", *format)
	}
	if *n < 0 || *chars < 0 {
		return usageErr("-sentences and -chars must not be negative")
	}
	if *n == 0 && flagGiven(fs, "sentences") {
		return usageErr("-sentences 0 would leave nothing; give 1 or more, or leave it out for the default")
	}
	opts := summary.Options{Sentences: *n, MaxChars: *chars}
	if *n == 0 && *chars == 0 {
		opts = summary.Options{Sentences: 2, MaxChars: 300}
	}
	in, err := openInput(e, fs.Args())
	if err != nil {
		return err
	}
	defer in.Close()
	if *jsonl {
		// Each line's "sentences" must be honoured exactly, so only an
		// explicit -chars caps lines; the count defaults to 2.
		opts = summary.Options{Sentences: *n, MaxChars: *chars}
		if opts.Sentences == 0 {
			opts.Sentences = 2
		}
		opts.StoryStart = reading.StoryStart // each line's dateline, as `summarize FILE` skips it
		bad, err := summary.RunJSONL(ctx, in, e.stdout, opts)
		if err != nil {
			return err
		}
		if bad > 0 {
			return &exitError{code: 1, msg: fmt.Sprintf("%d bad input %s; see the error lines in the output", bad, bot.Plural(bad, "line", "lines"))}
		}
		return nil
	}
	text, err := readAllLimited(in)
	if err != nil {
		return err
	}
	// The summary of the brief ingest would store: without its title line,
	// after its dateline.
	b := analysis.Document(inputName(fs.Args()), text, published, e.now())
	res := analysis.Analyzer{Summary: opts}.Brief(ctx, &b)
	if res.Failed != nil && res.Failed.Step != "meetings" {
		return analysisBug(res.Failed)
	}
	s := res.Summary
	if *format == "json" {
		var sents []string
		for _, x := range sentences.Split(s) {
			sents = append(sents, x.Text)
		}
		return writeJSON(e.stdout, map[string]any{"summary": s, "sentences": sents})
	}
	fmt.Fprintln(e.stdout, s)
	return nil
}

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := flagSet(e, "extract")
	pub := fs.String("published", "", "publication `time` of a document that gives none: the reference for the dateline's year and relative dates (RFC 3339 or YYYY-MM-DD; default: the time of reading)")
	jsonl := fs.Bool("jsonl", false, `read {"id","text","published"} lines and write {"id","dateline","dates","meetings"} lines`)
	format := fs.String("format", "json", "output `format`: json (the only one)")
	explain := fs.Bool("explain", false, "print each meeting field by field with the named rule that decided it and the text it read, instead of JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *explain && *jsonl {
		return usageErr("-explain reads one document; it does not go with -jsonl")
	}
	if *format != "json" {
		return usageErr("-format %q: extract writes JSON only; 'briefbot meetings' lists stored meetings as text", *format)
	}
	in, err := openInput(e, fs.Args())
	if err != nil {
		return err
	}
	defer in.Close()
	if *jsonl {
		bad, err := meetings.RunJSONL(ctx, in, e.stdout, e.now())
		if err != nil {
			return err
		}
		if bad > 0 {
			return &exitError{code: 1, msg: fmt.Sprintf("%d bad input %s; see the error lines in the output", bad, bot.Plural(bad, "line", "lines"))}
		}
		return nil
	}
	published, err := parseTimeFlag("published", *pub, time.Time{})
	if err != nil {
		return usageErr("%v", err)
	}
	text, err := readAllLimited(in)
	if err != nil {
		return err
	}
	// The brief ingest would store, analysed as ingest does; offsets refer
	// to its body (the text after a stand-alone title line), or, for a text
	// with no dateline, to its title line, two newlines and its body, the
	// text the meeting reader reads (meetings.Of).
	b := analysis.Document(inputName(fs.Args()), text, published, e.now())
	if *explain {
		res, ex, failed := analysis.Explain(b)
		if failed != nil {
			return analysisBug(failed)
		}
		return meetings.WriteExplain(e.stdout, res, ex)
	}
	res := analysis.Analyzer{}.Brief(ctx, &b)
	if res.Failed != nil {
		return analysisBug(res.Failed)
	}
	return writeJSON(e.stdout, res)
}

// analysisBug is the error for a brief the analysis failed on: a bug in
// briefbot, not in the input, so it asks for a report.
func analysisBug(f *analysis.Failure) error {
	return fmt.Errorf("%w (a bug in briefbot: please report it with the text that caused it)", f)
}

// flagGiven reports whether the flag name was set on the command line.
func flagGiven(fs *flag.FlagSet, name string) bool {
	given := false
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == name })
	return given
}

// inputName is the file name of the input, or "stdin.txt" for standard
// input: its extension tells ingest the format.
func inputName(args []string) string {
	if len(args) == 1 && args[0] != "-" {
		return args[0]
	}
	return "stdin.txt"
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func runEval(ctx context.Context, e *env, args []string) error {
	fs := flagSet(e, "eval")
	listErrors := fs.Bool("errors", false, "meetings: after the figures, list every false alarm, miss and wrong field, one line each")
	against := fs.String("against", "", "meetings: score this `FILE`'s annotations of the same stories (a second annotator's) instead of the extractor's, to see how far two annotators agree")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() < 2 {
		return usageErr("want a task (summaries, meetings or dates) and a .jsonl file, e.g. briefbot eval summaries ../shared/eval/summaries.dev.jsonl")
	}
	task, paths := strings.ToLower(fs.Arg(0)), fs.Args()[1:]
	if _, ok := goldKeys[task]; !ok {
		return usageErr("unknown task %q: want summaries, meetings or dates", task)
	}
	if task != "meetings" && (len(paths) > 1 || *listErrors || *against != "") {
		return usageErr("%s takes one file and no -errors or -against; several files, -errors and -against are for meetings", task)
	}
	if *against != "" {
		if len(paths) > 1 {
			return usageErr("-against scores one gold file; give it one")
		}
		return evalAgainst(ctx, e, paths[0], *against, *listErrors)
	}
	prog := newProgress(e)
	tick := func(done int) { prog.update("%s: %d documents scored…", task, done) }
	defer prog.done()
	out := prog.finishing(e.stdout)
	if task == "meetings" {
		return evalMeetingFiles(ctx, e, out, paths, *listErrors, tick)
	}
	f, closeFile, err := openEvalFile(paths[0], task)
	if err != nil {
		return err
	}
	defer closeFile()
	if task == "summaries" {
		_, err = summary.Eval(ctx, f, out, tick, e.now, reading.StoryStart)
	} else {
		_, err = timex.Eval(ctx, f, out, tick, e.now)
	}
	return err
}

// evalMeetingFiles scores each meeting file; with more than one, each
// report is headed by its file and a pooled report of all of them follows.
func evalMeetingFiles(ctx context.Context, e *env, out io.Writer, paths []string, listErrors bool, tick func(int)) error {
	var pooled meetings.Report
	for _, path := range paths {
		f, closeFile, err := openEvalFile(path, "meetings")
		if err != nil {
			return err
		}
		if len(paths) > 1 {
			fmt.Fprintf(out, "== %s\n", path)
		}
		var rep meetings.Report
		if listErrors {
			rep, err = meetings.EvalErrors(ctx, f, out, tick, e.now)
		} else {
			rep, err = meetings.Eval(ctx, f, out, tick, e.now)
		}
		closeFile()
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		pooled = pooled.Plus(rep)
	}
	if len(paths) == 1 {
		return nil
	}
	fmt.Fprintf(out, "== all %d files\n", len(paths))
	return meetings.WriteReport(out, pooled)
}

// evalAgainst scores the second annotation in againstPath against the gold.
func evalAgainst(ctx context.Context, e *env, goldPath, againstPath string, listErrors bool) error {
	gold, closeGold, err := openEvalFile(goldPath, "meetings")
	if err != nil {
		return err
	}
	defer closeGold()
	second, closeSecond, err := openEvalFile(againstPath, "meetings")
	if err != nil {
		return err
	}
	defer closeSecond()
	if _, err := meetings.EvalAgainst(ctx, gold, second, e.stdout, listErrors); err != nil {
		return fmt.Errorf("%s against %s: %w", goldPath, againstPath, err)
	}
	return nil
}

// openEvalFile opens an eval file and checks it was made for task.
func openEvalFile(path, task string) (io.Reader, func(), error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	f, err := checkEvalShape(file, path, task)
	if err != nil {
		file.Close()
		return nil, nil, err
	}
	return f, func() { file.Close() }, nil
}

// goldKeys are the fields that hold each eval task's gold answers; a file
// whose first record has none of its task's is the wrong file.
var goldKeys = map[string][]string{
	"summaries": {"summary", "summary_sentences"},
	"meetings":  {"meetings"},
	"dates":     {"timex3"},
}

// checkEvalShape reads the first record of an eval file and refuses a file
// made for another task (which would score quietly against no gold). It
// returns a reader that still starts at the first record.
func checkEvalShape(r io.Reader, path, task string) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	var first []byte
	for len(bytes.TrimSpace(first)) == 0 {
		line, err := br.ReadBytes('\n')
		first = append(first, line...)
		if err != nil {
			break
		}
	}
	rest := io.MultiReader(bytes.NewReader(first), br)
	var rec map[string]json.RawMessage
	if err := json.Unmarshal(first, &rec); err != nil {
		return rest, nil // the task's own reader names the bad line
	}
	has := func(t string) bool {
		for _, k := range goldKeys[t] {
			if _, ok := rec[k]; ok {
				return true
			}
		}
		return false
	}
	if has(task) {
		return rest, nil
	}
	for _, other := range []string{"summaries", "meetings", "dates"} {
		if other != task && has(other) {
			return nil, fmt.Errorf("%q is a %s file, not a %s one: try 'briefbot eval %s %s'", path, other, task, other, path)
		}
	}
	return nil, fmt.Errorf("%q has no %q field on its first record, so it cannot score %s", path, goldKeys[task][0], task)
}
