package slack

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

const (
	maxBody        = 1 << 20         // a request body larger than this is refused
	maxClockSkew   = 5 * time.Minute // Slack's replay window for signed requests
	asyncWorkLimit = 2 * time.Minute // how long a command may run after its request
)

// Routes registers the HTTP-mode endpoints on mux: /slack/commands,
// /slack/events (with the URL verification challenge) and
// /slack/interactions. Every request must carry a valid v0 signature made
// with Options.SigningSecret and a timestamp within five minutes; others get
// 401 and nothing runs. Without a signing secret nothing is registered.
func (a *Adapter) Routes(mux *http.ServeMux) {
	if a.opts.SigningSecret == "" {
		a.log.Warn("slack HTTP endpoints not registered: BRIEFBOT_SLACK_SIGNING_SECRET is not set")
		return
	}
	mux.Handle("POST /slack/commands", a.verified(a.handleCommand))
	mux.Handle("POST /slack/events", a.verified(a.handleEvents))
	mux.Handle("POST /slack/interactions", a.verified(a.handleInteraction))
}

// verified checks a request's signature and passes the body on.
func (a *Adapter) verified(next func(w http.ResponseWriter, r *http.Request, body []byte)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
		if err != nil {
			http.Error(w, "request body too large or unreadable", http.StatusRequestEntityTooLarge)
			return
		}
		if err := verify(r.Header, body, a.opts.SigningSecret, a.opts.Now()); err != nil {
			a.log.WarnContext(r.Context(), "slack request refused", slog.String("path", r.URL.Path), slog.String("reason", err.Error()))
			http.Error(w, "invalid signature", http.StatusUnauthorized)
			return
		}
		next(w, r, body)
	})
}

// verify checks Slack's v0 request signature: HMAC-SHA256 over
// "v0:timestamp:body" with the signing secret, compared in constant time,
// with the timestamp within five minutes of now.
func verify(h http.Header, body []byte, secret string, now time.Time) error {
	sig, ts := h.Get("X-Slack-Signature"), h.Get("X-Slack-Request-Timestamp")
	if sig == "" || ts == "" {
		return errors.New("missing signature headers")
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return errors.New("bad timestamp")
	}
	if d := now.Sub(time.Unix(sec, 0)); d > maxClockSkew || d < -maxClockSkew {
		return errors.New("stale timestamp")
	}
	got, err := hex.DecodeString(strings.TrimPrefix(sig, "v0="))
	if err != nil || !strings.HasPrefix(sig, "v0=") {
		return errors.New("malformed signature")
	}
	if !hmac.Equal(got, sign(secret, ts, body)) {
		return errors.New("signature mismatch")
	}
	return nil
}

// replayed reports whether this signed request (the same timestamp and
// body, so the same signature) was received before, by this replica or
// another sharing the store: a slash command or button press replayed
// within the five-minute window, or sent to two replicas, runs once.
func (a *Adapter) replayed(r *http.Request, body []byte) bool {
	h := sha256.New()
	fmt.Fprintf(h, "v0:%s:", r.Header.Get("X-Slack-Request-Timestamp"))
	h.Write(body)
	key := "request:" + hex.EncodeToString(h.Sum(nil))
	if a.firstSeen(r.Context(), key) {
		return false
	}
	a.log.InfoContext(r.Context(), "slack request replayed; not run again", slog.String("path", r.URL.Path))
	return true
}

// sign computes the v0 signature of a request.
func sign(secret, ts string, body []byte) []byte {
	m := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(m, "v0:%s:", ts)
	m.Write(body)
	return m.Sum(nil)
}

// handleCommand answers a slash command in the HTTP response when that
// takes under inlineWait and fits one message; otherwise it acknowledges at
// once and posts the answer to response_url when ready.
func (a *Adapter) handleCommand(w http.ResponseWriter, r *http.Request, body []byte) {
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	sc, err := slack.SlashCommandParse(r)
	if err != nil || sc.Command == "" {
		http.Error(w, "not a slash command", http.StatusBadRequest)
		return
	}
	if a.replayed(r, body) {
		w.WriteHeader(http.StatusOK) // answered already, here or by another replica
		return
	}
	ctx, finish, ok := a.async.start(r)
	if !ok {
		refuseDraining(w)
		return
	}
	in := a.fromSlash(ctx, sc)
	done := make(chan struct{})
	var reply struct {
		blocks   [][]slack.Block
		fallback []string
		private  bool
	}
	go func() {
		defer close(done)
		rep := a.answer(ctx, in)
		reply.blocks, reply.fallback = RenderBlocks(rep)
		reply.private = rep.Private
	}()
	timer := time.NewTimer(a.inlineWait)
	defer timer.Stop()
	select {
	case <-done:
		if len(reply.blocks) == 1 {
			finish()
			writeInline(w, reply.blocks[0], reply.fallback[0], reply.private)
			return
		}
	case <-timer.C:
	}
	w.WriteHeader(http.StatusOK)
	go func() {
		defer finish()
		<-done
		if err := a.respond(ctx, in.responseURL, reply.private, reply.blocks, reply.fallback); err != nil {
			a.log.ErrorContext(ctx, "slack slash command answer failed", slog.String("command", in.req.Command), slog.Any("err", err))
		}
	}()
}

func writeInline(w http.ResponseWriter, blocks []slack.Block, text string, private bool) {
	kind := slack.ResponseTypeInChannel
	if private {
		kind = slack.ResponseTypeEphemeral
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(slack.Msg{ResponseType: kind, Text: text, Blocks: slack.Blocks{BlockSet: blocks}})
}

// handleEvents answers the URL verification challenge and acknowledges
// event callbacks at once, deduplicating Slack's retries by event_id.
func (a *Adapter) handleEvents(w http.ResponseWriter, r *http.Request, body []byte) {
	var outer struct {
		Type      string `json:"type"`
		Challenge string `json:"challenge"`
	}
	if err := json.Unmarshal(body, &outer); err != nil {
		http.Error(w, "body is not JSON", http.StatusBadRequest)
		return
	}
	if outer.Type == slackevents.URLVerification {
		w.Header().Set("Content-Type", "text/plain")
		_, _ = io.WriteString(w, outer.Challenge)
		return
	}
	ev, err := slackevents.ParseEvent(body, slackevents.OptionNoVerifyToken())
	if err != nil {
		w.WriteHeader(http.StatusOK)
		a.log.DebugContext(r.Context(), "slack event not understood", slog.Any("err", err))
		return
	}
	ctx, finish, ok := a.async.start(r)
	if !ok {
		refuseDraining(w) // Slack retries the event, perhaps on another replica
		return
	}
	w.WriteHeader(http.StatusOK)
	go func() {
		defer finish()
		if id := eventID(ev); id != "" && !a.firstSeen(ctx, "event:"+id) {
			a.log.DebugContext(ctx, "slack duplicate event", slog.String("event_id", id), slog.String("retry_num", r.Header.Get("X-Slack-Retry-Num")))
			return
		}
		a.onEvent(ctx, ev)
	}()
}

// handleInteraction runs the command behind one of our buttons.
func (a *Adapter) handleInteraction(w http.ResponseWriter, r *http.Request, body []byte) {
	form, err := url.ParseQuery(string(body))
	if err != nil || form.Get("payload") == "" {
		http.Error(w, "missing payload", http.StatusBadRequest)
		return
	}
	var cb slack.InteractionCallback
	if err := json.Unmarshal([]byte(form.Get("payload")), &cb); err != nil {
		http.Error(w, "payload is not an interaction", http.StatusBadRequest)
		return
	}
	ctx, finish, ok := a.async.start(r)
	if !ok {
		refuseDraining(w)
		return
	}
	w.WriteHeader(http.StatusOK)
	if a.replayed(r, body) {
		finish()
		return
	}
	in, ok := a.fromInteraction(ctx, cb)
	if !ok {
		finish()
		return
	}
	go func() {
		defer finish()
		a.serve(ctx, in)
	}()
}
