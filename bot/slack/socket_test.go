package slack

import (
	"context"
	"errors"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

const wait = 5 * time.Second // generous bound for events that should come at once

// runSocket starts a.Run and returns the first connection (after hello)
// and a stop function that returns Run's result.
func runSocket(t *testing.T, api *fakeAPI, a *Adapter) (*wsConn, func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	c := api.socket.next(t, wait)
	c.hello(t)
	var stopped bool
	var res error
	stop := func() error {
		if !stopped {
			cancel()
			select {
			case res = <-done:
			case <-time.After(wait):
				t.Fatal("Run did not return after cancel")
			}
			stopped = true
		}
		return res
	}
	t.Cleanup(func() { _ = stop() })
	return c, stop
}

func mentionEnvelope(envID, eventID, channel, user, text string, retry int) map[string]any {
	return map[string]any{
		"envelope_id": envID, "type": "events_api", "retry_attempt": retry, "accepts_response_payload": false,
		"payload": map[string]any{
			"token": "t", "team_id": testTeam, "api_app_id": "A1", "type": "event_callback", "event_id": eventID, "event_time": 1,
			"event": map[string]any{"type": "app_mention", "user": user, "text": text, "ts": "1700.1", "channel": channel, "event_ts": "1700.1"},
		},
	}
}

func eventEnvelope(envID, eventID string, event map[string]any) map[string]any {
	return map[string]any{
		"envelope_id": envID, "type": "events_api",
		"payload": map[string]any{"token": "t", "team_id": testTeam, "type": "event_callback", "event_id": eventID, "event": event},
	}
}

func TestSocketAcksBeforeSlowWork(t *testing.T) {
	api := newFakeAPI(t)
	h := newFakeHandler(bot.Textf("Upcoming meetings", "None <!channel>"))
	h.gate = make(chan struct{})
	a := newTestAdapter(t, api, h, newFakeState(), nil)
	c, stop := runSocket(t, api, a)

	c.send(t, mentionEnvelope("env-1", "Ev1", "C1", "U1", "<@UBOT> meetings upcoming", 0))
	if id := c.waitAck(t, 3*time.Second); id != "env-1" {
		t.Fatalf("acked %q, want env-1", id)
	}
	req := h.wait(t, wait) // the handler is running and still blocked: the ack came first
	want := bot.Request{Platform: bot.Slack, ChatID: "C1", UserID: "U1", UserName: "name-of-U1", Command: "meetings", Args: []string{"upcoming"}}
	if req.Platform != want.Platform || req.ChatID != want.ChatID || req.UserID != want.UserID || req.UserName != want.UserName ||
		req.Command != want.Command || !slices.Equal(req.Args, want.Args) || req.Admin || req.Now.IsZero() || req.ThreadID != "" {
		t.Errorf("request %+v, want %+v with Now set", req, want)
	}
	api.noPost(t, 50*time.Millisecond)
	close(h.gate)
	p := api.waitPost(t, wait)
	if p.Channel != "C1" || !strings.Contains(blockTexts(p.Blocks), "None &lt;!channel&gt;") {
		t.Errorf("reply %+v, want escaped answer in C1", p)
	}
	if err := stop(); err != nil {
		t.Errorf("Run after cancel = %v, want nil", err)
	}
}

func TestSocketRedeliveryHandledOnce(t *testing.T) {
	api := newFakeAPI(t)
	h := newFakeHandler(bot.Textf("", "ok"))
	a := newTestAdapter(t, api, h, newFakeState(), nil)
	c, _ := runSocket(t, api, a)

	c.send(t, mentionEnvelope("env-1", "Ev1", "C1", "U1", "<@UBOT> brief 1", 0))
	c.send(t, mentionEnvelope("env-1", "Ev1", "C1", "U1", "<@UBOT> brief 1", 1)) // same envelope again
	c.send(t, mentionEnvelope("env-2", "Ev1", "C1", "U1", "<@UBOT> brief 1", 2)) // new envelope, same event
	c.send(t, mentionEnvelope("env-3", "Ev2", "C1", "U1", "<@UBOT> brief 2", 0))
	var acks []string
	for range 4 {
		acks = append(acks, c.waitAck(t, 3*time.Second))
	}
	slices.Sort(acks)
	if want := []string{"env-1", "env-1", "env-2", "env-3"}; !slices.Equal(acks, want) {
		t.Errorf("acks %v, want every delivery acked: %v", acks, want)
	}
	api.waitPost(t, wait)
	api.waitPost(t, wait)
	api.noPost(t, 200*time.Millisecond)
	var args []string
	for _, r := range h.requests() {
		args = append(args, r.ArgText())
	}
	slices.Sort(args)
	if !slices.Equal(args, []string{"1", "2"}) {
		t.Errorf("handled %v, want each event once: [1 2]", args)
	}
}

func TestSocketDisconnectAndDropReconnect(t *testing.T) {
	api := newFakeAPI(t)
	h := newFakeHandler(bot.Textf("", "ok"))
	a := newTestAdapter(t, api, h, newFakeState(), nil)
	s := &sleeps{}
	a.sleep = s.sleep
	c1, stop := runSocket(t, api, a)

	c1.send(t, map[string]any{"type": "disconnect", "reason": "refresh_requested", "debug_info": map[string]any{"host": "x"}})
	c2 := api.socket.next(t, wait)
	c2.hello(t)
	c2.dropConn()
	c3 := api.socket.next(t, wait)
	c3.hello(t)
	c3.send(t, mentionEnvelope("env-9", "Ev9", "C1", "U1", "<@UBOT> search india", 0))
	if id := c3.waitAck(t, 3*time.Second); id != "env-9" {
		t.Fatalf("ack %q on the new connection, want env-9", id)
	}
	if r := h.wait(t, wait); r.Command != "search" {
		t.Errorf("command %q after reconnecting, want search", r.Command)
	}
	if got := s.list(); len(got) < 2 || got[0] != 10*time.Millisecond || got[1] != 20*time.Millisecond {
		t.Errorf("reconnect waits %v, want a growing backoff starting [10ms 20ms]", got)
	}
	if n := api.opensCount(); n != 3 {
		t.Errorf("apps.connections.open called %d times, want 3", n)
	}
	if err := stop(); err != nil {
		t.Errorf("Run = %v, want nil", err)
	}
}

func TestSocketRejectedTokenStops(t *testing.T) {
	for _, code := range []string{"invalid_auth", "token_revoked", "not_allowed_token_type"} {
		t.Run(code, func(t *testing.T) {
			api := newFakeAPI(t)
			a := newTestAdapter(t, api, newFakeHandler(bot.Reply{}), newFakeState(), nil)
			api.mu.Lock()
			api.openErr = code
			api.mu.Unlock()
			done := make(chan error, 1)
			go func() { done <- a.Run(context.Background()) }()
			var err error
			select {
			case err = <-done:
			case <-time.After(wait):
				t.Fatal("Run kept going with a rejected token")
			}
			if !errors.Is(err, ErrAuth) || !strings.Contains(err.Error(), "BRIEFBOT_SLACK_APP_TOKEN") || !strings.Contains(err.Error(), code) {
				t.Errorf("Run = %v, want ErrAuth naming BRIEFBOT_SLACK_APP_TOKEN and %s", err, code)
			}
			if n := api.opensCount(); n != 1 {
				t.Errorf("apps.connections.open called %d times, want 1 (no retry loop)", n)
			}
		})
	}
}

func TestSocketNeedsAppToken(t *testing.T) {
	api := newFakeAPI(t)
	a := newTestAdapter(t, api, newFakeHandler(bot.Reply{}), newFakeState(), func(o *Options) { o.AppToken = "" })
	if err := a.Run(context.Background()); err == nil || !strings.Contains(err.Error(), "BRIEFBOT_SLACK_APP_TOKEN") {
		t.Errorf("Run = %v, want an error naming BRIEFBOT_SLACK_APP_TOKEN", err)
	}
}

func TestSocketSlashCommands(t *testing.T) {
	tests := []struct {
		command, text string
		user          string
		wantCmd       string
		wantArgs      []string
		wantAdmin     bool
	}{
		{"/meetings", "upcoming india", "U1", "meetings", []string{"upcoming", "india"}, false},
		{"/brief", "12", "UADMIN", "brief", []string{"12"}, true},
		{"/briefbot", "meetings all 2", "U1", "meetings", []string{"all", "2"}, false},
		{"/briefbot", "", "U1", "help", nil, false},
		{"/briefbot", "help", "U1", "help", []string{}, false},
		{"/search", "a &amp; b", "U1", "search", []string{"a", "&", "b"}, false},
		{"/Digest", "", "U1", "digest", []string{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.command+" "+tt.text, func(t *testing.T) {
			api := newFakeAPI(t)
			resp := newResponseRecorder()
			rs := httptest.NewServer(resp)
			defer rs.Close()
			h := newFakeHandler(bot.Textf("Answer", "here"))
			a := newTestAdapter(t, api, h, newFakeState(), nil)
			c, _ := runSocket(t, api, a)
			c.send(t, map[string]any{"envelope_id": "s-1", "type": "slash_commands", "accepts_response_payload": true,
				"payload": map[string]any{"command": tt.command, "text": tt.text, "channel_id": "C7", "user_id": tt.user,
					"user_name": "alice", "response_url": rs.URL + "/resp/1", "team_id": testTeam}})
			if id := c.waitAck(t, 3*time.Second); id != "s-1" {
				t.Fatalf("ack %q", id)
			}
			req := h.wait(t, wait)
			if req.Command != tt.wantCmd || len(req.Args) != len(tt.wantArgs) || (len(tt.wantArgs) > 0 && !slices.Equal(req.Args, tt.wantArgs)) ||
				req.Admin != tt.wantAdmin || req.ChatID != "C7" || req.UserName != "alice" || req.UserID != tt.user {
				t.Errorf("request %+v, want command %q args %q admin %v", req, tt.wantCmd, tt.wantArgs, tt.wantAdmin)
			}
			m := resp.wait(t, wait)
			if m["response_type"] != "in_channel" || m["_path"] != "/resp/1" || m["blocks"] == nil {
				t.Errorf("response_url got %v", m)
			}
		})
	}
}

func TestSocketButtonRunsCommand(t *testing.T) {
	api := newFakeAPI(t)
	h := newFakeHandler(bot.Textf("Brief 12", "text"))
	a := newTestAdapter(t, api, h, newFakeState(), nil)
	c, _ := runSocket(t, api, a)
	c.send(t, map[string]any{"envelope_id": "i-1", "type": "interactive", "payload": map[string]any{
		"type": "block_actions", "user": map[string]any{"id": "U5", "name": "bob"}, "channel": map[string]any{"id": "C3"},
		"container":    map[string]any{"type": "message", "message_ts": "1700.5", "channel_id": "C3"},
		"response_url": "http://127.0.0.1:1/unused",
		"actions":      []any{map[string]any{"type": "button", "action_id": actionPrefix + "3", "block_id": "b", "value": "/brief 12"}},
	}})
	if id := c.waitAck(t, 3*time.Second); id != "i-1" {
		t.Fatalf("ack %q", id)
	}
	req := h.wait(t, wait)
	if req.Command != "brief" || !slices.Equal(req.Args, []string{"12"}) || req.UserID != "U5" || req.UserName != "bob" || req.ChatID != "C3" {
		t.Errorf("request %+v, want /brief 12 by U5 in C3", req)
	}
	p := api.waitPost(t, wait)
	if p.Channel != "C3" || p.Thread != "1700.5" {
		t.Errorf("answer posted to %s thread %q, want C3 in the thread of 1700.5", p.Channel, p.Thread)
	}
}

func TestSocketMessages(t *testing.T) {
	tests := []struct {
		name      string
		event     map[string]any
		allowed   []string
		wantCmd   string // "" = handler not called
		wantPost  string // channel of the reply, "" = none
		wantText  string
		wantThrd  string
		wantAdmin bool
	}{
		{name: "DM", event: map[string]any{"type": "message", "channel_type": "im", "user": "U1", "text": "meetings today", "ts": "1.1", "channel": "D1"},
			wantCmd: "meetings", wantPost: "D1", wantText: "answer"},
		{name: "DM with slash", event: map[string]any{"type": "message", "channel_type": "im", "user": "UADMIN", "text": "/digest post", "ts": "1.1", "channel": "D1"},
			wantCmd: "digest", wantPost: "D1", wantText: "answer", wantAdmin: true},
		{name: "mention in a thread", event: map[string]any{"type": "app_mention", "user": "U1", "text": "<@UBOT|briefbot> Brief 3", "ts": "2.2", "thread_ts": "1.0", "channel": "C1"},
			wantCmd: "brief", wantPost: "C1", wantText: "answer", wantThrd: "1.0"},
		{name: "bare mention is help", event: map[string]any{"type": "app_mention", "user": "U1", "text": "<@UBOT>", "ts": "2.2", "channel": "C1"},
			wantCmd: "help", wantPost: "C1", wantText: "answer"},
		{name: "bot's own DM ignored", event: map[string]any{"type": "message", "channel_type": "im", "user": "UBOT", "bot_id": "B1", "text": "meetings", "ts": "1.1", "channel": "D1"}},
		{name: "edited message ignored", event: map[string]any{"type": "message", "subtype": "message_changed", "channel_type": "im", "channel": "D1", "ts": "1.1"}},
		{name: "channel chatter ignored", event: map[string]any{"type": "message", "channel_type": "channel", "user": "U1", "text": "meetings", "ts": "1.1", "channel": "C1"}},
		{name: "chat not allowed", allowed: []string{"CALLOWED"}, event: map[string]any{"type": "app_mention", "user": "U1", "text": "<@UBOT> meetings", "ts": "2.2", "channel": "C1"},
			wantPost: "C1", wantText: "not allowed"},
		{name: "allowed chat", allowed: []string{"C1"}, event: map[string]any{"type": "app_mention", "user": "U1", "text": "<@UBOT> meetings", "ts": "2.2", "channel": "C1"},
			wantCmd: "meetings", wantPost: "C1", wantText: "answer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			api := newFakeAPI(t)
			h := newFakeHandler(bot.Textf("", "answer"))
			a := newTestAdapter(t, api, h, newFakeState(), func(o *Options) { o.AllowedChannels = tt.allowed })
			c, _ := runSocket(t, api, a)
			c.send(t, eventEnvelope("e-1", "Ev1", tt.event))
			c.waitAck(t, 3*time.Second)
			if tt.wantPost == "" {
				api.noPost(t, 200*time.Millisecond)
			} else {
				p := api.waitPost(t, wait)
				if p.Channel != tt.wantPost || p.Thread != tt.wantThrd || !strings.Contains(p.Text, tt.wantText) {
					t.Errorf("reply %q to %s thread %q, want %q to %s thread %q", p.Text, p.Channel, p.Thread, tt.wantText, tt.wantPost, tt.wantThrd)
				}
			}
			reqs := h.requests()
			switch {
			case tt.wantCmd == "" && len(reqs) > 0:
				t.Errorf("handler ran: %+v", reqs)
			case tt.wantCmd != "" && (len(reqs) != 1 || reqs[0].Command != tt.wantCmd || reqs[0].Admin != tt.wantAdmin):
				t.Errorf("requests %+v, want one %q admin=%v", reqs, tt.wantCmd, tt.wantAdmin)
			}
		})
	}
}

func TestSocketChannelLifecycle(t *testing.T) {
	api := newFakeAPI(t)
	st := newFakeState()
	a := newTestAdapter(t, api, newFakeHandler(bot.Reply{}), st, nil)
	c, _ := runSocket(t, api, a)
	c.send(t, eventEnvelope("e-1", "Ev1", map[string]any{"type": "member_joined_channel", "user": "UBOT", "channel": "C4", "channel_type": "C"}))
	c.send(t, eventEnvelope("e-2", "Ev2", map[string]any{"type": "member_left_channel", "user": "UBOT", "channel": "C5", "channel_type": "C"}))
	c.send(t, eventEnvelope("e-3", "Ev3", map[string]any{"type": "member_joined_channel", "user": "USOMEONE", "channel": "C6", "channel_type": "C"}))
	c.send(t, eventEnvelope("e-4", "Ev4", map[string]any{"type": "channel_id_changed", "old_channel_id": "G1", "new_channel_id": "C8", "event_ts": "1"}))
	for range 4 {
		c.waitAck(t, 3*time.Second)
	}
	for { // a change that never lands is caught by go test's -timeout
		st.mu.Lock()
		n := len(st.active) + len(st.moves)
		st.mu.Unlock()
		if n >= 3 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if act, rec := st.isActive("C4"); !act || !rec {
		t.Errorf("C4 active=%v recorded=%v after the bot joined", act, rec)
	}
	if act, rec := st.isActive("C5"); act || !rec {
		t.Errorf("C5 active=%v recorded=%v after the bot left", act, rec)
	}
	if _, rec := st.isActive("C6"); rec {
		t.Error("another user joining changed C6")
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	if len(st.moves) != 1 || st.moves[0] != [2]string{"G1", "C8"} {
		t.Errorf("moves %v, want [G1 C8]", st.moves)
	}
}

func TestSocketPrivateReplyIsEphemeral(t *testing.T) {
	api := newFakeAPI(t)
	reply := bot.Textf("Only you", "secret-ish")
	reply.Private = true
	a := newTestAdapter(t, api, newFakeHandler(reply), newFakeState(), nil)
	c, _ := runSocket(t, api, a)
	c.send(t, mentionEnvelope("e-1", "Ev1", "C1", "U1", "<@UBOT> subscribe", 0))
	p := api.waitPost(t, wait)
	if p.Method != "chat.postEphemeral" || p.User != "U1" || p.Channel != "C1" {
		t.Errorf("got %s to %s for %q, want chat.postEphemeral to C1 for U1", p.Method, p.Channel, p.User)
	}
}
