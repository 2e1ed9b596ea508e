package telegram

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestPostThenEdit: Post returns the chat and message id Telegram gave the
// message, and Edit sends editMessageText for that message with the new
// text, HTML parse mode and the keyboard.
func TestPostThenEdit(t *testing.T) {
	reminder := bot.Reply{Sections: []bot.Section{{Text: bot.Line{bot.B("Tomorrow 10:00 IST"), bot.Text(" · WTO General Council meeting")}}},
		Buttons: []bot.Button{{Label: "Full brief", Command: "/brief 5"}}}
	edited := reminder
	edited.Sections = []bot.Section{{Text: append(bot.Line{bot.B("Cancelled")}, bot.Text(" · was: Tomorrow 10:00 IST · WTO General Council meeting"))}}
	tests := []struct {
		name      string
		ref       string // "" = what Post returned
		r         bot.Reply
		answer    responder // for editMessageText
		wantErr   string
		wantCalls int
	}{
		{name: "edited", r: edited, wantCalls: 1},
		{name: "unchanged text counts as edited", r: reminder, wantCalls: 1,
			answer: func(int, url.Values) (int, string) {
				return 400, apiError(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same", "")
			}},
		{name: "429 waits and edits again", r: edited, wantCalls: 2,
			answer: func(n int, _ url.Values) (int, string) {
				if n == 0 {
					return 429, apiError(429, "Too Many Requests: retry after 1", `{"retry_after":1}`)
				}
				return 0, ""
			}},
		{name: "message gone", r: edited, wantCalls: 1, wantErr: "message to edit not found",
			answer: func(int, url.Values) (int, string) {
				return 400, apiError(400, "Bad Request: message to edit not found", "")
			}},
		{name: "bad reference", ref: "77", r: edited, wantErr: "bad message reference"},
		{name: "new text needs more messages", r: longReply(), wantErr: "messages, the post took 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeAPI(t)
			f.on("sendMessage", func(n int, p url.Values) (int, string) {
				return 200, fmt.Sprintf(`{"ok":true,"result":{"message_id":%d,"date":0,"chat":{"id":%s,"type":"group"},"text":"ok"}}`, 77+n, p.Get("chat_id"))
			})
			if tt.answer != nil {
				f.on("editMessageText", tt.answer)
			}
			a, _ := testAdapter(t, f, &recorder{}, newMemState(), nil)
			to := bot.Destination{Platform: bot.Telegram, ChatID: "-100"}
			ref, err := a.Post(context.Background(), to, reminder)
			if err != nil || ref != "-100/77" {
				t.Fatalf("Post = %q, %v; want -100/77", ref, err)
			}
			if tt.ref != "" {
				ref = tt.ref
			}
			err = a.Edit(context.Background(), to, ref, tt.r)
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("Edit: %v, want error %q", err, tt.wantErr)
			}
			calls := f.callsOf("editMessageText")
			if len(calls) != tt.wantCalls {
				t.Fatalf("%d editMessageText calls, want %d", len(calls), tt.wantCalls)
			}
			for _, c := range calls {
				p := c.Params
				if p.Get("chat_id") != "-100" || p.Get("message_id") != "77" || p.Get("parse_mode") != "HTML" ||
					!strings.Contains(p.Get("reply_markup"), `"url":"https://t.me/TestBriefBot?start=brief_5"`) {
					t.Errorf("editMessageText params %v", p)
				}
				if tt.r.Sections[0].Text[0].Text == "Cancelled" && !strings.HasPrefix(p.Get("text"), "<b>Cancelled</b> · was: ") {
					t.Errorf("edited text %q", p.Get("text"))
				}
			}
		})
	}
}

// longReply renders to more than one Telegram message.
func longReply() bot.Reply {
	r := bot.Reply{Title: "Digest"}
	for i := range 40 {
		r.Sections = append(r.Sections, bot.Section{Text: bot.Plain(fmt.Sprintf("%d %s", i, strings.Repeat("long text ", 20)))})
	}
	return r
}
