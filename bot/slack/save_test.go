package slack

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// TestSaveShortcut sends the "Save as brief" message shortcut over HTTP:
// the handler gets an "add" request with the message in Saved, run as the
// user who chose the shortcut (a contributor), and the answer goes to the
// response_url for that user only.
func TestSaveShortcut(t *testing.T) {
	h := newFakeHandler(bot.Textf("Saved as brief #3", "summary"))
	_, _, mux := httpAdapter(t, h, func(o *Options) { o.Contributors = []string{"U9"} })
	resp := newResponseRecorder()
	rs := httptest.NewServer(resp)
	defer rs.Close()
	payload := `{"type":"message_action","callback_id":"save_brief","trigger_id":"t1","user":{"id":"U9","name":"eve"},` +
		`"channel":{"id":"C2","name":"desk"},"response_url":"` + rs.URL + `/hooks/2","message_ts":"1764820800.000100",` +
		`"message":{"type":"message","user":"U5","username":"IANS Wire","ts":"1764820800.000100","text":"NEW DELHI, Dec 4 (IANS) Talks &amp; a wreath today."}}`
	w := serve(mux, signedRequest("/slack/interactions", form("payload", payload), testSecret, testNow))
	if w.Code != 200 {
		t.Fatalf("status %d", w.Code)
	}
	req := h.wait(t, wait)
	want := bot.Saved{Text: "NEW DELHI, Dec 4 (IANS) Talks & a wreath today.", Source: "IANS Wire", Time: time.Unix(1764820800, 0).UTC()}
	if req.Command != "add" || len(req.Args) != 0 || req.UserID != "U9" || req.ChatID != "C2" || !req.Contributor || req.Admin || req.Saved == nil || *req.Saved != want {
		t.Errorf("request %+v saved %+v, want add by contributor U9 saving %+v", req, req.Saved, want)
	}
	m := resp.wait(t, wait)
	if m["_path"] != "/hooks/2" || m["response_type"] != "ephemeral" || !strings.Contains(m["text"].(string), "Saved as brief #3") {
		t.Errorf("response_url got %v, want an ephemeral answer", m)
	}
}

func TestContributorFlag(t *testing.T) {
	h := newFakeHandler(bot.Textf("x", "y"))
	_, _, mux := httpAdapter(t, h, func(o *Options) { o.Admins, o.Contributors = []string{"UA"}, []string{"UC"} })
	for _, tc := range []struct {
		user        string
		contributor bool
	}{{"UA", true}, {"UC", true}, {"UX", false}} {
		body := form("command", "/brief", "text", "add Talks on Friday.", "channel_id", "C1", "user_id", tc.user, "user_name", "u", "response_url", "http://127.0.0.1:1/x")
		serve(mux, signedRequest("/slack/commands", body, testSecret, testNow))
		req := h.wait(t, wait)
		if req.Contributor != tc.contributor || req.Command != "brief" || req.ArgText() != "add Talks on Friday." {
			t.Errorf("user %s: request %+v, want contributor %v", tc.user, req, tc.contributor)
		}
	}
}
