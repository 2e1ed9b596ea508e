package telegram

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// blockingHandler answers only when released, to show the webhook does
// not wait for the command.
type blockingHandler struct {
	recorder
	release chan struct{}
}

func (b *blockingHandler) Serve(ctx context.Context, req bot.Request) (bot.Reply, error) {
	<-b.release
	return b.recorder.Serve(ctx, req)
}

func TestWebhook(t *testing.T) {
	f := newFakeAPI(t)
	h := &blockingHandler{release: make(chan struct{})}
	st := newMemState()
	a, logs := testAdapter(t, f, h, st, func(o *Options) {
		o.WebhookURL, o.WebhookSecret = "https://bot.example.com/telegram/webhook", "s3cret_-X"
	})
	stop := run(t, a)
	reg := f.waitCalls("setWebhook", 1)[0].Params
	if reg.Get("url") != "https://bot.example.com/telegram/webhook" || reg.Get("secret_token") != "s3cret_-X" {
		t.Errorf("setWebhook params = %v", reg)
	}
	srv := httptest.NewServer(a.WebhookHandler())
	defer srv.Close()
	body, _ := json.Marshal(map[string]any{"update_id": 900, "message": msg(5, "private", 77, "/meetings today")})
	post := func(secret string) int {
		req, _ := http.NewRequest(http.MethodPost, srv.URL, strings.NewReader(string(body)))
		req.Header.Set("Content-Type", "application/json")
		if secret != "" {
			req.Header.Set(secretHeader, secret)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	for _, secret := range []string{"", "wrong", "s3cret_-"} {
		if code := post(secret); code != http.StatusUnauthorized {
			t.Errorf("secret %q: status %d, want 401", secret, code)
		}
	}
	if len(h.requests()) != 0 {
		t.Fatal("a request with a bad secret reached the handler")
	}
	// The handler is held until release closes, so each 200 below came back
	// without waiting for the handler: a webhook that waited would hang here.
	for i := 0; i < 3; i++ { // Telegram retries; the update is handled once
		if code := post("s3cret_-X"); code != http.StatusOK {
			t.Errorf("status %d, want 200 before the handler finished", code)
		}
	}
	close(h.release)
	sent := f.waitCalls("sendMessage", 1)
	stop() // waits for updates in hand
	if n := len(f.callsOf("sendMessage")); n != 1 {
		t.Errorf("sendMessage called %d times, want 1", n)
	}
	if reqs := h.requests(); len(reqs) != 1 || reqs[0].Command != "meetings" || reqs[0].ArgText() != "today" {
		t.Errorf("requests = %+v", reqs)
	}
	if sent[0].Params.Get("chat_id") != "5" {
		t.Errorf("reply to %s", sent[0].Params.Get("chat_id"))
	}
	if len(f.callsOf("getUpdates")) != 0 {
		t.Error("webhook mode polled getUpdates")
	}
	if strings.Contains(logs.String(), "s3cret_-X") || strings.Contains(logs.String(), testToken) {
		t.Errorf("logs contain a secret:\n%s", logs)
	}
}

func TestWebhookRejectsBadBodies(t *testing.T) {
	f := newFakeAPI(t)
	a, _ := testAdapter(t, f, &recorder{}, newMemState(), func(o *Options) {
		o.WebhookURL, o.WebhookSecret = "https://bot.example.com/telegram/webhook", "k"
	})
	tests := []struct {
		name   string
		method string
		body   string
		want   int
	}{
		{"not json", http.MethodPost, "{", http.StatusBadRequest},
		{"too big", http.MethodPost, `{"update_id":1,"x":"` + strings.Repeat("a", maxUpdateBytes) + `"}`, http.StatusBadRequest},
		{"get", http.MethodGet, "", http.StatusMethodNotAllowed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(tc.method, "/telegram/webhook", strings.NewReader(tc.body))
			req.Header.Set(secretHeader, "k")
			w := httptest.NewRecorder()
			a.WebhookHandler().ServeHTTP(w, req)
			if w.Code != tc.want {
				t.Errorf("status %d, want %d", w.Code, tc.want)
			}
		})
	}
}
