package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs/store"
)

// TestCalendar: /calendar answers with a subscribable link for the chat;
// the link serves that chat's meetings (filtered by its subscription) as
// iCalendar; a wrong token, another chat's token or no public URL is
// refused with a clear answer.
func TestCalendar(t *testing.T) {
	ctx := context.Background()
	a, now := sampleApp(t)
	ask := func(chat string) bot.Reply {
		r, _ := a.newMux(nil).Serve(ctx, bot.Request{Platform: bot.Telegram, ChatID: chat, Command: "calendar", Now: now})
		return r
	}
	if got := ask("-100").PlainText(); !strings.Contains(got, "set http.public_url (BRIEFBOT_HTTP_PUBLIC_URL)") {
		t.Errorf("without a public URL: %q", got)
	}
	a.cfg.HTTP.PublicURL = "https://bot.example.com/"
	link := func(chat string) *url.URL {
		t.Helper()
		r := ask(chat)
		u, err := url.Parse(r.Sections[1].Text[0].URL)
		if err != nil || u.Host != "bot.example.com" || u.Path != "/meetings.ics" || u.Query().Get("chat") != "telegram:"+chat || len(u.Query().Get("token")) != 32 {
			t.Fatalf("/calendar link %v (%v) in\n%s", u, err, r.PlainText())
		}
		return u
	}
	desk, team := link("-100"), link("-200")
	if again := link("-100"); again.String() != desk.String() {
		t.Errorf("a second /calendar gave another link: %s, then %s", desk, again)
	}
	if err := a.store.SetSubscription(ctx, store.Subscription{Platform: "telegram", ChatID: "-200", Keywords: []string{"energy"}, UpdatedAt: now}); err != nil {
		t.Fatal(err)
	}
	d := &daemon{app: a, digests: &digestService{app: a, now: func() time.Time { return now }}}
	h := d.chatCalendar(http.NotFoundHandler())
	get := func(q url.Values) (int, string) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/meetings.ics?"+q.Encode(), nil))
		body, _ := io.ReadAll(rec.Result().Body)
		return rec.Code, string(body)
	}
	other := desk.Query()
	other.Set("token", team.Query().Get("token"))
	tests := []struct {
		name     string
		q        url.Values
		code     int
		want     []string
		wantNone []string
	}{
		{"the desk's link", desk.Query(), 200, []string{"BEGIN:VCALENDAR", "22nd India-Russia", "European Union energy ministers meeting"}, nil},
		{"the subscribed chat's link", team.Query(), 200, []string{"European Union energy ministers meeting"}, []string{"22nd India-Russia"}},
		{"another chat's token", other, 403, nil, []string{"BEGIN:VCALENDAR"}},
		{"no token", url.Values{"chat": {"telegram:-100"}}, 403, nil, []string{"BEGIN:VCALENDAR"}},
		{"unknown chat", url.Values{"chat": {"telegram:-999"}, "token": {""}}, 403, nil, nil},
		{"no chat goes on", url.Values{}, 404, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := get(tt.q)
			if code != tt.code {
				t.Fatalf("status %d, want %d\n%.300s", code, tt.code, body)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("body lacks %q:\n%.600s", w, body)
				}
			}
			for _, w := range tt.wantNone {
				if strings.Contains(body, w) {
					t.Errorf("body has %q", w)
				}
			}
		})
	}
}
