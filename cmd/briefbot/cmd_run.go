package main

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/commands"
	"github.com/briefbot/briefbot/bot/console"
	"github.com/briefbot/briefbot/briefs/meetings"
)

// service is one long-running part of the daemon. A service that fails is
// logged; the others keep running.
type service struct {
	name string
	run  func(ctx context.Context) error
}

func runDaemon(ctx context.Context, e *env, args []string) error {
	fs := flagSet(e, "run")
	a, err := parseAndOpen(ctx, e, fs, args)
	if err != nil {
		return err
	}
	defer a.Close()
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
	http     *http.ServeMux
	services []service
	digests  *digestService
}

// newDaemon wires the chat adapters that are configured, the scheduler and
// the HTTP routes.
func (a *app) newDaemon(ctx context.Context, e *env) (*daemon, error) {
	d := &daemon{app: a, http: http.NewServeMux()}
	d.digests = &digestService{app: a, now: e.now, senders: map[bot.Platform]bot.Sender{}, console: &console.Adapter{Out: e.stdout}}
	d.mux = a.newMux(d.digests)
	d.http.HandleFunc("GET /healthz", d.healthz)
	d.http.Handle("GET /meetings.ics", d.requireToken(http.HandlerFunc(d.meetingsICS)))
	if err := d.addAdapters(ctx); err != nil {
		return nil, err
	}
	if err := d.addReminders(e.now); err != nil {
		return nil, err
	}
	return d, nil
}

func (d *daemon) run(ctx context.Context) error {
	log := d.app.log
	ln, err := net.Listen("tcp", d.app.cfg.HTTP.Addr)
	if err != nil {
		return fmt.Errorf("http: listen on %s: %w (set BRIEFBOT_HTTP_ADDR to a free address)", d.app.cfg.HTTP.Addr, err)
	}
	srv := &http.Server{Handler: d.http, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second, WriteTimeout: 60 * time.Second}
	log.InfoContext(ctx, "briefbot running", slog.String("http", ln.Addr().String()), slog.String("db", d.app.cfg.DB), slog.Int("services", len(d.services)))
	var wg sync.WaitGroup
	for _, s := range d.services {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := s.run(ctx); err != nil && !errors.Is(err, context.Canceled) {
				log.ErrorContext(ctx, "service stopped; the rest of the bot keeps running", slog.String("service", s.name), slog.Any("err", err))
			}
		}()
	}
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	select {
	case <-ctx.Done():
	case err := <-serveErr:
		return fmt.Errorf("http: %w", err)
	}
	log.Info("shutting down")
	shutCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	err = srv.Shutdown(shutCtx)
	wg.Wait()
	return err
}

func (d *daemon) healthz(w http.ResponseWriter, r *http.Request) {
	if _, err := d.app.store.Count(r.Context()); err != nil {
		http.Error(w, "store unavailable", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintln(w, "ok")
}

// requireToken protects h with the configured HTTP token, given as
// "Authorization: Bearer T" or "?token=T" (calendar apps can only do the
// latter). With no token configured h is open.
func (d *daemon) requireToken(h http.Handler) http.Handler {
	token := d.app.cfg.HTTP.Token.Value()
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
	now := d.digests.now()
	ms, err := d.app.store.Meetings(r.Context(), commands.MeetingQuery("all", now, nil))
	if err != nil {
		d.app.log.ErrorContext(r.Context(), "meetings.ics", slog.Any("err", err))
		http.Error(w, "cannot read meetings", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/calendar; charset=utf-8")
	w.Header().Set("Content-Disposition", `inline; filename="briefbot-meetings.ics"`)
	if err := meetings.WriteICS(w, ms, meetings.ICSOptions{Name: "briefbot meetings", Now: now, Link: d.app.briefURL(r.Context())}); err != nil {
		d.app.log.ErrorContext(r.Context(), "meetings.ics", slog.Any("err", err))
	}
}
