package main

import (
	"log/slog"

	"github.com/briefbot/briefbot/briefs/api"
)

// addAPI serves the HTTP API under /api/ when an API token is configured
// (BRIEFBOT_API_TOKEN); without one the routes do not exist.
func (d *daemon) addAPI() {
	tok := d.app.cfg.HTTP.APIToken
	if !tok.IsSet() {
		return
	}
	s := &api.Server{
		Token: tok.Value(), Store: d.app.store, Add: d.app.addBriefs, Now: d.app.now,
		Log: d.app.log.With(slog.String("service", "api")), Rejected: d.app.metrics.BriefRejected,
	}
	s.Routes(d.http)
}
