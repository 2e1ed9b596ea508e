// Package api is briefbot's HTTP API: add briefs (POST /api/briefs, as a
// JSON object, a JSON array or NDJSON in the ingest format), list and
// search them (GET /api/briefs), read one (GET /api/briefs/{ref}) and list
// meetings (GET /api/meetings). Every request carries the API token as
// "Authorization: Bearer TOKEN". Briefs go through the caller's ingest
// pipeline (Add), so the API stores exactly what a file would.
package api

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// Limits of a request.
const (
	DefaultMaxBody  = 8 << 20 // a POST body
	DefaultMaxBrief = 1 << 20 // one brief's JSON
	DefaultLimit    = 20      // briefs or meetings per GET
	MaxLimit        = 500
)

// Store is what the API reads.
type Store interface {
	Brief(ctx context.Context, id int64) (briefs.Brief, error)
	BriefByExternalID(ctx context.Context, ext string) (briefs.Brief, error)
	Latest(ctx context.Context, n int) ([]briefs.Brief, error)
	Search(ctx context.Context, query string, limit int) ([]briefs.Brief, error)
	IngestedBetween(ctx context.Context, from, to time.Time, limit int) ([]briefs.Brief, error)
	Meetings(ctx context.Context, q store.MeetingQuery) ([]briefs.Meeting, error)
}

// Add runs briefs through the ingest pipeline and stores them, setting
// each brief's ID; a result's Created is false for a duplicate text.
type Add func(ctx context.Context, bs []*briefs.Brief) ([]store.AddResult, error)

// Server serves the API. Token, Store, Add and Now are required.
type Server struct {
	Token    string
	Store    Store
	Add      Add
	Now      func() time.Time
	MaxBody  int64 // 0 = DefaultMaxBody
	MaxBrief int64 // 0 = DefaultMaxBrief
	Log      *slog.Logger
	// Rejected, when not nil, is told each brief not stored and why
	// ("invalid", "duplicate"), for metrics.
	Rejected func(reason string)
}

// reject reports a brief not stored.
func (s *Server) reject(reason string) {
	if s.Rejected != nil {
		s.Rejected(reason)
	}
}

// Routes registers the API on mux, every route behind the token.
func (s *Server) Routes(mux *http.ServeMux) {
	mux.Handle("POST /api/briefs", s.auth(s.postBriefs))
	mux.Handle("GET /api/briefs", s.auth(s.listBriefs))
	mux.Handle("GET /api/briefs/{ref}", s.auth(s.getBrief))
	mux.Handle("GET /api/meetings", s.auth(s.listMeetings))
}

// auth admits requests whose Bearer token equals s.Token, compared in
// constant time; others get 401.
func (s *Server) auth(h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || s.Token == "" || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(s.Token)) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="briefbot"`)
			writeError(w, http.StatusUnauthorized, "missing or wrong API token (send Authorization: Bearer TOKEN)")
			return
		}
		h(w, r)
	})
}

func (s *Server) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.New(slog.DiscardHandler)
}

// writeJSON writes v with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// writeError writes {"error": msg} with status.
func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// internal logs err and answers 500 without its details.
func (s *Server) internal(w http.ResponseWriter, r *http.Request, err error) {
	s.log().ErrorContext(r.Context(), "api", slog.String("path", r.URL.Path), slog.Any("err", err))
	writeError(w, http.StatusInternalServerError, "internal error; see the server log")
}

// jsonMarshal is json.Marshal without HTML escaping.
func jsonMarshal(v any) ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return []byte(strings.TrimSuffix(b.String(), "\n")), nil
}
