package main

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/commands"
	"github.com/briefbot/briefbot/bot/console"
	"github.com/briefbot/briefbot/bot/health"
	"github.com/briefbot/briefbot/bot/metrics"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/meetings"
	"github.com/briefbot/briefbot/config"
)

// service is one long-running part of the daemon. A service that fails is
// logged; the others keep running. One that fails with its fatal error (a
// platform rejected the token) stops the daemon unless keep_going is set.
type service struct {
	name  string
	run   func(ctx context.Context) error
	fatal error
}

func runDaemon(ctx context.Context, e *env, args []string) error {
	fs := flagSet(e, "run")
	a, err := parseAndOpen(ctx, e, fs, args)
	if err != nil {
		return err
	}
	defer a.Close()
	if err := checkSomethingToRun(a.cfg); err != nil {
		return err
	}
	d, err := a.newDaemon(ctx, e)
	if err != nil {
		return err
	}
	return d.run(ctx)
}

// daemon holds the running bot's parts.
type daemon struct {
	app      *app
	mux      *bot.Mux
	handler  bot.Handler // mux with the command metrics
	http     *http.ServeMux
	health   *health.Checker
	build    build
	services []service
	digests  *digestService
}

// newDaemon wires the metrics, the chat adapters that are configured, the
// scheduler and the HTTP routes.
func (a *app) newDaemon(ctx context.Context, e *env) (*daemon, error) {
	d := &daemon{app: a, http: http.NewServeMux(), health: health.New(e.now), build: readBuild()}
	a.metrics = metrics.New(d.build.metrics())
	d.health.AddCheck("store", func(ctx context.Context) error {
		_, err := a.timedStoreCheck(ctx)
		return err
	})
	a.metrics.Readiness(func() map[string]bool {
		rep := d.health.Check(context.Background())
		out := make(map[string]bool, len(rep.Components))
		for name, c := range rep.Components {
			out[name] = c.State == health.Ready
		}
		return out
	})
	d.digests = &digestService{app: a, now: e.now, senders: map[bot.Platform]bot.Sender{}, console: &console.Adapter{Out: e.stdout}}
	d.mux = a.newMux(d.digests)
	d.handler = bot.Use(d.mux, a.metrics.Commands(d.mux.Resolve, e.now))
	d.http.HandleFunc("GET /healthz", d.healthz)
	d.http.Handle("GET /readyz", d.health.Handler())
	metricsToken := a.cfg.HTTP.MetricsToken
	if !metricsToken.IsSet() {
		metricsToken = a.cfg.HTTP.Token
	}
	d.http.Handle("GET /metrics", requireToken(metricsToken.Value(), a.metrics.Handler()))
	d.http.Handle("GET /meetings.ics", d.chatCalendar(requireToken(a.cfg.HTTP.Token.Value(), http.HandlerFunc(d.meetingsICS))))
	if err := d.addAdapters(ctx); err != nil {
		return nil, err
	}
	d.addFeeds()
	d.addAPI()
	if err := d.addReminders(e.clock); err != nil {
		return nil, err
	}
	d.addHousekeeping(e.clock)
	return d, nil
}

func (d *daemon) run(ctx context.Context) error {
	log := d.app.log
	ln, err := net.Listen("tcp", d.app.cfg.HTTP.Addr)
	if err != nil {
		return fmt.Errorf("http: listen on %s: %w (set BRIEFBOT_HTTP_ADDR to a free address)", d.app.cfg.HTTP.Addr, err)
	}
	srv := &http.Server{Handler: d.http, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second, WriteTimeout: 60 * time.Second}
	log.InfoContext(ctx, "briefbot running", slog.String("http", ln.Addr().String()), slog.String("db", config.RedactURL(d.app.cfg.DB)),
		slog.Int("services", len(d.services)), slog.String("version", d.build.String()))
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	fatal := make(chan error, len(d.services))
	var wg sync.WaitGroup
	for _, s := range d.services {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := s.run(ctx)
			switch {
			case err == nil || errors.Is(err, context.Canceled):
			case s.fatal != nil && errors.Is(err, s.fatal):
				d.health.Rejected(s.name, err)
				if !d.app.cfg.KeepGoing {
					fatal <- err
					return
				}
				log.ErrorContext(ctx, "service stopped; keep_going is set, so the rest of the bot keeps running", slog.String("service", s.name), slog.Any("err", err))
			default:
				log.ErrorContext(ctx, "service stopped; the rest of the bot keeps running", slog.String("service", s.name), slog.Any("err", err))
			}
		}()
	}
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	var runErr error
	select {
	case <-ctx.Done():
	case err := <-serveErr:
		return fmt.Errorf("http: %w", err)
	case err := <-fatal:
		log.ErrorContext(ctx, "stopping: a platform rejected its token (set BRIEFBOT_KEEP_GOING=true to keep the rest running)", slog.Any("err", err))
		runErr = &exitError{code: 1, msg: err.Error()}
	}
	log.Info("shutting down")
	stop()
	shutCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	err = srv.Shutdown(shutCtx)
	wg.Wait()
	if runErr != nil {
		return runErr
	}
	return err
}

// healthz is the liveness check: the process is up and serving HTTP. It
// does no I/O; /readyz checks the store and the platforms.
func (d *daemon) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintln(w, "ok")
}

// requireToken protects h with token, given as "Authorization: Bearer T"
// or "?token=T" (calendar apps can only do the latter). With no token h is
// open.
func requireToken(token string, h http.Handler) http.Handler {
	if token == "" {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got := r.URL.Query().Get("token")
		if auth := r.Header.Get("Authorization"); len(auth) > 7 && auth[:7] == "Bearer " {
			got = auth[7:]
		}
		if subtle.ConstantTimeCompare([]byte(got), []byte(token)) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="briefbot"`)
			http.Error(w, "missing or wrong token", http.StatusUnauthorized)
			return
		}
		h.ServeHTTP(w, r)
	})
}

func (d *daemon) meetingsICS(w http.ResponseWriter, r *http.Request) {
	d.writeICS(w, r, nil)
}

// writeICS answers with every meeting keep accepts (all when keep is nil)
// as an iCalendar file.
func (d *daemon) writeICS(w http.ResponseWriter, r *http.Request, keep func(briefs.Meeting) bool) {
	now := d.digests.now()
	ms, err := d.app.store.Meetings(r.Context(), commands.MeetingQuery("all", now, nil))
	if err != nil {
		d.app.log.ErrorContext(r.Context(), "meetings.ics", slog.Any("err", err))
		http.Error(w, "cannot read meetings", http.StatusInternalServerError)
		return
	}
	if keep != nil {
		ms = slices.DeleteFunc(ms, func(m briefs.Meeting) bool { return !keep(m) })
	}
	w.Header().Set("Content-Type", "text/calendar; charset=utf-8")
	w.Header().Set("Content-Disposition", `inline; filename="briefbot-meetings.ics"`)
	if err := meetings.WriteICS(w, ms, meetings.ICSOptions{Name: "briefbot meetings", Now: now, Link: d.app.briefURL(r.Context())}); err != nil {
		d.app.log.ErrorContext(r.Context(), "meetings.ics", slog.Any("err", err))
	}
}

// checkSomethingToRun refuses to start a daemon that would do nothing: no
// chat adapter, no scheduled destination, no feed, no HTTP API.
func checkSomethingToRun(cfg config.Config) error {
	if cfg.TelegramEnabled() || cfg.SlackEnabled() || len(cfg.Destinations) > 0 || len(cfg.Feeds) > 0 || cfg.HTTP.APIToken.IsSet() {
		return nil
	}
	return &exitError{code: 2, msg: `nothing to run: no chat adapter, digest destination, feed or HTTP API is configured.
Configure at least one of:
  BRIEFBOT_TELEGRAM_TOKEN      a Telegram bot token (from @BotFather)
  BRIEFBOT_SLACK_BOT_TOKEN     a Slack bot token (xoxb-...), with BRIEFBOT_SLACK_APP_TOKEN or BRIEFBOT_SLACK_SIGNING_SECRET
  destinations:                scheduled digests, in the config file (-config or BRIEFBOT_CONFIG)
  feeds:                       RSS or Atom feeds to poll, in the config file
  BRIEFBOT_API_TOKEN           the HTTP API that takes briefs (docs/api.md)
See briefbot.example.yaml; 'briefbot demo' tries the bot without any of them.`}
}
