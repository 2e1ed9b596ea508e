package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot/metrics"
	"github.com/briefbot/briefbot/bot/schedule"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
	"github.com/briefbot/briefbot/briefs/summary"
	"github.com/briefbot/briefbot/config"
)

// app is everything a subcommand that works on the store needs. openApp is
// the one wiring path: flags and environment -> config -> logger -> store ->
// ingest pipeline. One-off commands and the daemon share it.
type app struct {
	cfg      config.Config
	log      *slog.Logger
	store    *store.Store
	pipeline *pipeline
	clock    schedule.Clock   // from env: the wall clock, or a test's
	metrics  *metrics.Metrics // the daemon's; nil in one-off commands
	now      func() time.Time
}

// loadConfig reads the config file and environment, applies flag
// overrides, and validates the result.
func loadConfig(e *env, f storeFlags) (config.Config, error) {
	path := f.config
	if path == "" {
		path, _ = e.lookup("BRIEFBOT_CONFIG")
	}
	cfg, err := config.LoadValid(path, e.lookup, func(c *config.Config) {
		if f.db != "" {
			c.DB = f.db
		}
		if f.logLevel != "" {
			c.LogLevel = strings.ToLower(f.logLevel)
		}
	})
	if err != nil {
		return config.Config{}, err
	}
	return cfg, nil
}

// newLogger returns the process logger: text or JSON on stderr.
func newLogger(e *env, cfg config.Config) *slog.Logger {
	opts := &slog.HandlerOptions{Level: cfg.SlogLevel()}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(e.stderr, opts))
	}
	return slog.New(slog.NewTextHandler(e.stderr, opts))
}

// openApp opens the app on the configured store, creating the store when
// it does not exist: for commands that write (ingest, migrate, run).
func openApp(ctx context.Context, e *env, f storeFlags) (*app, error) {
	return openAppOpts(ctx, e, f, store.OpenOptions{})
}

// openExisting opens the app on a store that must already exist, read-only
// when readOnly: for commands that answer from the store. A missing store
// is an error that says how to make one, so a mistyped BRIEFBOT_DB does not
// look like an empty store.
func openExisting(ctx context.Context, e *env, f storeFlags, readOnly bool) (*app, error) {
	return openAppOpts(ctx, e, f, store.OpenOptions{ReadOnly: readOnly, MustExist: true})
}

func openAppOpts(ctx context.Context, e *env, f storeFlags, opts store.OpenOptions) (*app, error) {
	cfg, err := loadConfig(e, f)
	if err != nil {
		return nil, err
	}
	return openStore(ctx, e, cfg, opts)
}

func openAppWith(ctx context.Context, e *env, cfg config.Config) (*app, error) {
	return openStore(ctx, e, cfg, store.OpenOptions{})
}

func openStore(ctx context.Context, e *env, cfg config.Config, opts store.OpenOptions) (*app, error) {
	log := newLogger(e, cfg)
	opts.Now = e.now
	st, err := store.OpenWith(ctx, cfg.DB, opts)
	if errors.Is(err, store.ErrNoDatabase) {
		return nil, fmt.Errorf("no store at %q (set by -db or BRIEFBOT_DB); 'briefbot ingest PATH...' creates one, 'briefbot demo -db %s' fills one with sample briefs", cfg.DB, cfg.DB)
	}
	if err != nil {
		return nil, err
	}
	return &app{now: e.now, clock: e.clock, cfg: cfg, log: log, store: st, pipeline: newPipeline(cfg, log)}, nil
}

func (a *app) Close() error { return a.store.Close() }

// newSummarizer picks the summariser the config names.
func newSummarizer(cfg config.Config, log *slog.Logger) summary.Summarizer {
	if cfg.Summary.Provider != "openai" {
		return summary.Extractive{}
	}
	o := cfg.Summary.OpenAI
	return &summary.OpenAI{
		BaseURL: o.BaseURL, Model: o.Model, APIKey: o.APIKey.Value(),
		Timeout: o.Timeout, Concurrency: o.Concurrency,
		HTTPClient: &http.Client{Timeout: o.Timeout + 5*time.Second}, Log: log,
	}
}

// briefURL returns a function giving the URL of a stored brief ("" when it
// has none), for calendar entries.
func (a *app) briefURL(ctx context.Context) func(id int64) string {
	lookup := a.briefLookup(ctx)
	return func(id int64) string { return lookup(id).URL }
}

// briefLookup returns a function giving a stored brief by id (the zero
// Brief when it cannot be read), reading each brief once.
func (a *app) briefLookup(ctx context.Context) func(id int64) briefs.Brief {
	cache := map[int64]briefs.Brief{}
	return func(id int64) briefs.Brief {
		if b, ok := cache[id]; ok {
			return b
		}
		b, err := a.store.Brief(ctx, id)
		if err != nil {
			a.log.DebugContext(ctx, "brief lookup", slog.Int64("brief", id), slog.Any("err", err))
		}
		cache[id] = b
		return b
	}
}
