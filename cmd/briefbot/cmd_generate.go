package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefs/generate"
	"github.com/briefbot/briefbot/config"
)

func runGenerate(ctx context.Context, e *env, args []string) error {
	fs := flagSet(e, "generate")
	var sf storeFlags
	sf.register(fs)
	n := fs.Int("n", 1000, "number of `briefs` to make")
	days := fs.Int("days", 30, "spread the briefs evenly over this many `days` before -now")
	nowFlag := fs.String("now", "", "the last brief's publication `time` (RFC 3339 or YYYY-MM-DD; default: now)")
	seed := fs.Uint64("seed", 1, "random `seed`: the same seed and flags make the same briefs")
	from := fs.String("from", "", "comma-separated JSONL `files or folders` of templates, e.g. ../shared/eval (default: the sample briefs built in); \"samples\" names the built-in ones")
	out := fs.String("o", "", "write the JSONL to this `file` instead of standard output")
	toStore := fs.Bool("store", false, "add the briefs, analysed, to the store (-db) instead of writing JSONL: each template is analysed once and its copies re-dated, for building large stores fast")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *toStore && *out != "" {
		return usageErr("give -o or -store, not both")
	}
	end, err := parseTimeFlag("now", *nowFlag, e.now())
	if err != nil {
		return usageErr("%v", err)
	}
	ts, err := templates(*from)
	if err != nil {
		return err
	}
	g, err := generate.New(ts, generate.Options{N: *n, End: end, Days: *days, Seed: *seed})
	if err != nil {
		return usageErr("%v", strings.TrimPrefix(err.Error(), "generate: "))
	}
	if *toStore {
		return generateInto(ctx, e, sf, g)
	}
	return writeGenerated(e, *out, g)
}

// templates loads the -from list; "" or "samples" is the built-in samples.
func templates(from string) ([]generate.Template, error) {
	if from == "" {
		from = "samples"
	}
	var ts []generate.Template
	for _, p := range strings.Split(from, ",") {
		var more []generate.Template
		var err error
		if p = strings.TrimSpace(p); p == "samples" {
			more, err = generate.Samples()
		} else {
			more, err = generate.Load(p)
		}
		if err != nil {
			return nil, err
		}
		ts = append(ts, more...)
	}
	return ts, nil
}

// writeGenerated writes the records as JSON lines to path, or stdout.
func writeGenerated(e *env, path string, g *generate.Generator) (err error) {
	var w io.Writer = e.stdout
	if path != "" {
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		defer func() {
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}()
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	if err := g.Each(func(r generate.Record) error { return enc.Encode(r) }); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return bw.Flush()
}

// generateInto fills the store with the generated briefs, analysed.
func generateInto(ctx context.Context, e *env, sf storeFlags, g *generate.Generator) error {
	a, err := openApp(ctx, e, sf)
	if err != nil {
		return err
	}
	defer a.Close()
	start := e.now()
	p := newProgress(e)
	added, err := generate.Fill(ctx, a.store, g, a.pipeline.analyzer, func(n int) {
		p.update("%d briefs stored", n)
	})
	p.done()
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Stored %d new briefs from %d templates into %q in %s.\n",
		added, len(g.Templates()), config.RedactURL(a.cfg.DB), e.now().Sub(start).Round(time.Millisecond))
	return nil
}
