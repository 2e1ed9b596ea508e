package slack

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// TestPostThenEdit: Post returns the channel and the ts of every message,
// and Edit sends chat.update for each with the new blocks and text.
func TestPostThenEdit(t *testing.T) {
	line := func(s string) bot.Reply {
		return bot.Reply{Sections: []bot.Section{{Text: bot.Line{bot.B(s), bot.Text(" · WTO General Council meeting")}}}}
	}
	tests := []struct {
		name     string
		posted   bot.Reply
		edited   bot.Reply
		ref      string // "" = what Post returned
		fail     bool   // chat.update answers message_not_found
		wantRef  string
		wantErr  string
		wantEdit []string // ts of each chat.update
	}{
		{name: "one message", posted: line("Tomorrow"), edited: line("Cancelled"), wantRef: "C1/1700000000.000001", wantEdit: []string{"1700000000.000001"}},
		{name: "long digest", posted: longReply(40), edited: longReply(40), wantRef: "C1/1700000000.000001", wantEdit: []string{"1700000000.000001"}},
		{name: "a post of several messages", posted: line("Tomorrow"), edited: line("Cancelled"), ref: "C1/1700000000.000001,1700000000.000002",
			wantRef: "C1/1700000000.000001", wantErr: "only one can be edited"},
		{name: "bad reference", posted: line("Tomorrow"), edited: line("Cancelled"), ref: "1700000000.000001", wantRef: "C1/1700000000.000001", wantErr: "bad message reference"},
		{name: "message gone", posted: line("Tomorrow"), edited: line("Cancelled"), fail: true, wantRef: "C1/1700000000.000001", wantErr: "message_not_found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			api := newFakeAPI(t)
			if tt.fail {
				api.fail = func(w http.ResponseWriter, p post) bool {
					if p.Method != "chat.update" {
						return false
					}
					writeJSON(w, map[string]any{"ok": false, "error": "message_not_found"})
					return true
				}
			}
			a := newTestAdapter(t, api, newFakeHandler(bot.Reply{}), newFakeState(), nil)
			to := bot.Destination{Platform: bot.Slack, ChatID: "C1"}
			ref, err := a.Post(context.Background(), to, tt.posted)
			if err != nil || ref != tt.wantRef {
				t.Fatalf("Post = %q, %v; want %q", ref, err, tt.wantRef)
			}
			if tt.ref != "" {
				ref = tt.ref
			}
			err = a.Edit(context.Background(), to, ref, tt.edited)
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("Edit: %v, want error %q", err, tt.wantErr)
			}
			var edits []string
			for _, p := range api.posts() {
				if p.Method != "chat.update" {
					continue
				}
				edits = append(edits, p.TS)
				if p.Channel != "C1" || len(p.Blocks) == 0 || p.Text == "" {
					t.Errorf("chat.update to %q with %d blocks, text %q", p.Channel, len(p.Blocks), p.Text)
				}
				if tt.name == "one message" && !strings.Contains(blockTexts(p.Blocks), "*Cancelled*") {
					t.Errorf("edited blocks say %q", blockTexts(p.Blocks))
				}
			}
			if strings.Join(edits, " ") != strings.Join(tt.wantEdit, " ") {
				t.Errorf("chat.update of %q, want %q", edits, tt.wantEdit)
			}
		})
	}
}
