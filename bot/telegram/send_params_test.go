package telegram

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestSendParams checks what sendMessage receives: no link preview, the
// notification off only for a silent destination, and a compact numbered
// keyboard for a list of stories, whose buttons in a group are deep links
// that open the brief in a private chat with the bot.
func TestSendParams(t *testing.T) {
	var items []bot.Item
	for i := 1; i <= 7; i++ {
		items = append(items, bot.Item{Line: bot.Plain(fmt.Sprintf("Story %d", i)), Buttons: []bot.Button{{Label: "Full brief", Command: fmt.Sprintf("/brief %d", i)}}})
	}
	r := bot.Reply{Title: "Digest", Sections: []bot.Section{{Items: items}}, Buttons: []bot.Button{{Label: "Latest briefs", Command: "/brief latest 20"}}}
	tests := []struct {
		name       string
		chat       string
		silent     bool
		wantSilent string
		wantData   string // of button 7
		wantURL    string
	}{
		{"group", "-100", false, "", "", "https://t.me/TestBriefBot?start=brief_7"},
		{"silent group", "-100", true, "true", "", "https://t.me/TestBriefBot?start=brief_7"},
		{"private chat", "42", false, "", "/brief 7", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeAPI(t)
			a, _ := testAdapter(t, f, &recorder{}, newMemState(), nil)
			if err := a.Send(context.Background(), bot.Destination{ChatID: tc.chat, Silent: tc.silent}, r); err != nil {
				t.Fatal(err)
			}
			calls := f.callsOf("sendMessage")
			if len(calls) != 1 {
				t.Fatalf("%d messages, want 1", len(calls))
			}
			p := calls[0].Params
			if got := p.Get("disable_notification"); got != tc.wantSilent {
				t.Errorf("disable_notification = %q, want %q", got, tc.wantSilent)
			}
			if got := p.Get("link_preview_options"); got != `{"is_disabled":true}` {
				t.Errorf("link_preview_options = %q", got)
			}
			var kb struct {
				InlineKeyboard [][]struct {
					Text         string `json:"text"`
					CallbackData string `json:"callback_data"`
					URL          string `json:"url"`
				} `json:"inline_keyboard"`
			}
			if err := json.Unmarshal([]byte(p.Get("reply_markup")), &kb); err != nil {
				t.Fatal(err)
			}
			var rows []int
			for _, row := range kb.InlineKeyboard {
				rows = append(rows, len(row))
			}
			if fmt.Sprint(rows) != "[5 2 1]" || kb.InlineKeyboard[1][1].Text != "7" || kb.InlineKeyboard[1][1].CallbackData != tc.wantData ||
				kb.InlineKeyboard[1][1].URL != tc.wantURL || kb.InlineKeyboard[2][0].CallbackData != "/brief latest 20" {
				t.Errorf("keyboard rows %v: %+v", rows, kb.InlineKeyboard)
			}
			if text := p.Get("text"); text != "<b>Digest</b>\n\n1. Story 1\n2. Story 2\n3. Story 3\n4. Story 4\n5. Story 5\n6. Story 6\n7. Story 7" {
				t.Errorf("text = %q", text)
			}
		})
	}
}
