package telegram

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"
)

// helpUpdate is a private chat's /help, as getUpdates or a webhook gives it.
func helpUpdate(id int64) update {
	return update{UpdateID: id, Message: &message{MessageID: 7, Text: "/help",
		From: &user{ID: 9, FirstName: "Asha"}, Chat: chat{ID: 5, Type: "private"}}}
}

// TestReplyResends: a chat reply that fails is resent as a digest is —
// after a 429 once retry_after has passed, after a 5xx (JSON or a proxy's
// page) and after a failure before the request went out — and is not
// resent when Telegram may already have posted it (a timeout or a cut
// connection after the request was written, a 200 whose body is not JSON).
func TestReplyResends(t *testing.T) {
	var hang chan struct{} // the hanging answer's; closed before its server stops
	tests := []struct {
		name      string
		answer    responder
		refuse    bool // the first connection is refused before anything is sent
		wantCalls int  // sendMessage requests the server received
		waits     []time.Duration
		wantErr   string // in handle's error; "" for a reply delivered
	}{
		{name: "429 retry_after 20: resent once, 20 s later",
			answer:    failFirst(429, apiError(429, "Too Many Requests: retry after 20", `{"retry_after":20}`)),
			wantCalls: 2, waits: []time.Duration{20 * time.Second}},
		{name: "500: resent",
			answer:    failFirst(500, apiError(500, "Internal Server Error", "")),
			wantCalls: 2, waits: []time.Duration{time.Second}},
		{name: "502 with an HTML page (malformed JSON): resent",
			answer:    failFirst(502, "<html><body>502 Bad Gateway</body></html>"),
			wantCalls: 2, waits: []time.Duration{time.Second}},
		{name: "refused before the request went out: resent",
			refuse: true, wantCalls: 1, waits: []time.Duration{time.Second}},
		{name: "connection cut after the request was written: not resent",
			answer:    func(int, url.Values) (int, string) { return cutConnection, "" },
			wantCalls: 1, wantErr: "telegram: reply to /help: telegram: send to chat 5: telegram: sendMessage:"},
		{name: "200 with malformed JSON: not resent",
			answer:    func(int, url.Values) (int, string) { return http.StatusOK, `{"ok":tru` },
			wantCalls: 1, wantErr: "telegram: reply to /help: telegram: send to chat 5: telegram: sendMessage:"},
		{name: "timeout after the request was written: not resent",
			answer:    func(int, url.Values) (int, string) { <-hang; return 0, "" },
			wantCalls: 1, wantErr: "deadline exceeded"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeAPI(t)
			hang = make(chan struct{})
			t.Cleanup(func() { close(hang) })
			if tc.answer != nil {
				f.on("sendMessage", tc.answer)
			}
			a, _ := testAdapter(t, f, &recorder{}, newMemState(), func(o *Options) {
				if tc.refuse {
					o.HTTPClient = &http.Client{Transport: &failFirstDial{}, Timeout: time.Minute}
				}
			})
			a.callTimeout = 100 * time.Millisecond // the hanging answer's timeout
			w := &pauses{}
			a.pause = w.pause
			err := a.handle(context.Background(), helpUpdate(1))
			switch {
			case tc.wantErr == "" && err != nil:
				t.Errorf("reply failed: %v", err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Errorf("reply error = %v, want it to contain %q", err, tc.wantErr)
			}
			calls := f.callsOf("sendMessage")
			if len(calls) != tc.wantCalls {
				t.Errorf("server got %d sendMessage requests, want %d", len(calls), tc.wantCalls)
			}
			for _, c := range calls {
				if c.Params.Get("chat_id") != "5" || !strings.Contains(c.Params.Get("text"), "/help") {
					t.Errorf("sendMessage %v: want the /help reply to chat 5", c.Params)
				}
			}
			if got := w.waits(); !slices.Equal(got, tc.waits) {
				t.Errorf("waited %v before resending, want %v", got, tc.waits)
			}
		})
	}
}

// failFirst answers the first call with status and body, later ones as
// the Bot API does on success.
func failFirst(status int, body string) responder {
	return func(n int, _ url.Values) (int, string) {
		if n == 0 {
			return status, body
		}
		return 0, ""
	}
}

// TestReplyRateLimitedWaitsCancellable: a reply waiting out a long
// retry_after gives up when its context ends (the handling deadline) and
// says why, without resending.
func TestReplyRateLimitedWaitsCancellable(t *testing.T) {
	f := newFakeAPI(t)
	f.on("sendMessage", failFirst(429, apiError(429, "Too Many Requests: retry after 600", `{"retry_after":600}`)))
	a, _ := testAdapter(t, f, &recorder{}, newMemState(), nil)
	ctx, cancel := context.WithCancel(context.Background())
	w := &pauses{}
	a.pause = func(ctx context.Context, d time.Duration) error { cancel(); return w.pause(ctx, d) }
	err := a.handle(ctx, helpUpdate(2))
	if err == nil || !strings.Contains(err.Error(), "waiting after 429: context canceled") {
		t.Errorf("reply error = %v, want the 429 wait cancelled", err)
	}
	if n := len(f.callsOf("sendMessage")); n != 1 {
		t.Errorf("server got %d sendMessage requests, want 1 (no resend after the stop)", n)
	}
	if got := w.waits(); !slices.Equal(got, []time.Duration{600 * time.Second}) {
		t.Errorf("waits %v, want retry_after 600 s", got)
	}
}
