package commands

import (
	"context"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs"
)

// fakeAdder records what it was asked to save and answers with a brief.
type fakeAdder struct {
	text    string
	created bool
	b       briefs.Brief
}

func (f *fakeAdder) AddMessage(ctx context.Context, req bot.Request, text string) (briefs.Brief, bool, error) {
	f.text = text
	return f.b, f.created, nil
}

func TestAdd(t *testing.T) {
	withMeeting := briefs.Brief{ID: 7, Title: "Ministers meet", Summary: "Ministers meet in Oslo.", Body: "OSLO - Ministers meet on Monday.",
		Meetings: []briefs.Meeting{{Title: "Nordic ministers meeting", Date: "2025-12-08", Precision: briefs.PrecisionDay, Place: "Oslo"}}}
	tests := []struct {
		name    string
		req     bot.Request
		created bool
		b       briefs.Brief
		saved   string   // the text handed to the Adder; "" = not called
		want    []string // in the reply
		not     []string
	}{
		{"add text", bot.Request{Command: "add", Args: []string{"OSLO", "-", "Ministers", "meet", "on", "Monday."}, Contributor: true}, true, withMeeting,
			"OSLO - Ministers meet on Monday.", []string{"Saved as brief #7: Ministers meet", "Ministers meet in Oslo.", "Nordic ministers meeting"}, []string{"Text"}},
		{"slack /brief add", bot.Request{Command: "brief", Args: []string{"add", "Talks."}, Admin: true}, false, briefs.Brief{ID: 2, Title: "Talks"},
			"Talks.", []string{"Already saved as brief #2: Talks", "No meetings found in it."}, nil},
		{"forwarded", bot.Request{Command: "add", Contributor: true, Saved: &bot.Saved{Text: " Forwarded text. "}}, true, briefs.Brief{ID: 3, Title: "F"},
			"Forwarded text.", []string{"Saved as brief #3"}, nil},
		{"not a contributor", bot.Request{Command: "add", Args: []string{"x"}}, true, withMeeting,
			"", []string{"Not saved", "only the team's contributors"}, nil},
		{"nothing to save", bot.Request{Command: "add", Contributor: true}, true, withMeeting,
			"", []string{"Nothing to save", "/add TEXT"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ad := &fakeAdder{b: tt.b, created: tt.created}
			m := bot.NewMux(nil)
			Register(m, Deps{Store: newStore(t), Adder: ad})
			tt.req.Now = now
			r, err := m.Serve(context.Background(), tt.req)
			text := r.PlainText()
			if err != nil {
				text += err.Error()
			}
			if ad.text != tt.saved {
				t.Errorf("saved %q, want %q", ad.text, tt.saved)
			}
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("reply lacks %q:\n%s", w, text)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(text, w) {
					t.Errorf("reply has %q:\n%s", w, text)
				}
			}
		})
	}
}
