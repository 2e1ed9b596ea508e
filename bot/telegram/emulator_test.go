package telegram

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// emulatorClient plays the user's side of telegram-test-api
// (https://github.com/jehy/telegram-test-api): POST /sendMessage and
// /sendCallback put an update in the bot's queue, POST /getUpdates returns
// what the bot sent to a chat.
type emulatorClient struct {
	base, token string
	chatID      int64
}

func (c emulatorClient) post(t *testing.T, path string, body map[string]any) []byte {
	t.Helper()
	b, _ := json.Marshal(body)
	resp, err := http.Post(c.base+path, "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatalf("emulator %s: %v", path, err)
	}
	defer resp.Body.Close()
	var out bytes.Buffer
	_, _ = out.ReadFrom(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("emulator %s: %s: %s", path, resp.Status, out.String())
	}
	return out.Bytes()
}

func (c emulatorClient) user() map[string]any {
	return map[string]any{"id": 501, "is_bot": false, "first_name": "Asha", "username": "asha"}
}

func (c emulatorClient) message(text string) map[string]any {
	return map[string]any{"botToken": c.token, "date": testNow.Unix(), "text": text, "from": c.user(),
		"chat": map[string]any{"id": c.chatID, "type": "private", "first_name": "Asha"}}
}

// botMessage is a message the bot sent, as the emulator stores it.
type botMessage struct {
	Message struct {
		ChatID      string          `json:"chat_id"`
		Text        string          `json:"text"`
		ParseMode   string          `json:"parse_mode"`
		ReplyMarkup json.RawMessage `json:"reply_markup"`
	} `json:"message"`
}

// emulatorToken is a fresh bot token, so runs never share the emulator's
// queues.
func emulatorToken(kind string) string {
	return fmt.Sprintf("%d:%s-%d", 100000+rand.IntN(900000), kind, rand.Int64())
}

// waitBotMessages polls the emulator until the bot has sent to the chat.
func (c emulatorClient) waitBotMessages(t *testing.T) []botMessage {
	t.Helper()
	for try := 0; try < 150; try++ { // about 15s of 100ms naps; no clock read
		var out struct {
			Result []botMessage `json:"result"`
		}
		body := c.post(t, "/getUpdates", map[string]any{"token": c.token, "chatId": c.chatID})
		if err := json.Unmarshal(body, &out); err != nil {
			t.Fatalf("emulator getUpdates: %v: %s", err, body)
		}
		if len(out.Result) > 0 {
			return out.Result
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("the bot sent nothing in 150 polls of the emulator")
	return nil
}

// TestEmulatorSmoke runs the adapter against telegram-test-api, started by
// .ci/run; BRIEFBOT_TELEGRAM_EMULATOR is its base URL. A user's /meetings
// gets the expected HTML reply, and pressing its button runs the button's
// command. The emulator lacks setMyCommands and ignores the offset.
func TestEmulatorSmoke(t *testing.T) {
	base := os.Getenv("BRIEFBOT_TELEGRAM_EMULATOR")
	if base == "" {
		t.Skip("BRIEFBOT_TELEGRAM_EMULATOR is not set; see docs/telegram.md")
	}
	base = strings.TrimRight(base, "/")
	c := emulatorClient{base: base, token: emulatorToken("smoke"), chatID: 7001}

	mux := bot.NewMux(nil)
	mux.Handle(bot.Command{Name: "meetings", Help: "Meetings in the briefs"}, bot.HandlerFunc(func(_ context.Context, req bot.Request) (bot.Reply, error) {
		if req.ArgText() == "all 2" {
			return bot.Textf("Page 2", "No more meetings."), nil
		}
		return bot.Reply{Title: "Upcoming meetings", Sections: []bot.Section{{Items: []bot.Item{{
			Line:    bot.Line{bot.B("22nd IRIGC-M&MTC"), bot.Text(" <ministerial>")},
			Details: []bot.Line{bot.Plain("2025-12-04 · Manekshaw Centre, New Delhi")},
		}}}}, Buttons: []bot.Button{{Label: "Next page", Command: "/meetings all 2"}}}, nil
	}))
	logs := &syncBuffer{}
	a, err := New(context.Background(), Options{Token: c.token, APIURL: base, PollTimeout: time.Second, Now: func() time.Time { return testNow },
		Log: slog.New(slog.NewTextHandler(logs, nil))}, mux, newMemState())
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if err := a.SetCommands(context.Background(), mux.Commands()); err == nil {
		t.Log("the emulator accepted setMyCommands")
	}
	run(t, a)

	c.post(t, "/sendMessage", c.message("/meetings"))
	got := c.waitBotMessages(t)[0].Message
	want := "<b>Upcoming meetings</b>\n\n• <b>22nd IRIGC-M&amp;MTC</b> &lt;ministerial&gt;\n2025-12-04 · Manekshaw Centre, New Delhi"
	if got.Text != want || got.ParseMode != "HTML" || got.ChatID != "7001" {
		t.Errorf("reply = %+v\nwant text %q", got, want)
	}
	if !strings.Contains(string(got.ReplyMarkup), `"callback_data":"/meetings all 2"`) {
		t.Errorf("reply_markup = %s", got.ReplyMarkup)
	}

	c.post(t, "/sendCallback", map[string]any{"botToken": c.token, "data": "/meetings all 2", "from": c.user(),
		"message": map[string]any{"message_id": 1, "chat": map[string]any{"id": c.chatID, "type": "private"}}})
	if got := c.waitBotMessages(t)[0].Message; got.Text != "<b>Page 2</b>\n\nNo more meetings." {
		t.Errorf("reply to the button = %q", got.Text)
	}
	if strings.Contains(logs.String(), c.token) {
		t.Errorf("logs contain the token:\n%s", logs)
	}
}

// TestEmulatorSaveFromChat saves messages through telegram-test-api: /add
// with the text, and /add sent as a reply to another message, reach the
// handler as a contributor's request with the text to keep; a user who is no
// contributor is marked so.
func TestEmulatorSaveFromChat(t *testing.T) {
	base := os.Getenv("BRIEFBOT_TELEGRAM_EMULATOR")
	if base == "" {
		t.Skip("BRIEFBOT_TELEGRAM_EMULATOR is not set; see docs/telegram.md")
	}
	c := emulatorClient{base: strings.TrimRight(base, "/"), token: emulatorToken("save"), chatID: 7002}
	mux := bot.NewMux(nil)
	mux.Handle(bot.Command{Name: "add", Help: "Save a message as a brief"}, bot.HandlerFunc(func(_ context.Context, req bot.Request) (bot.Reply, error) {
		if !req.Contributor {
			return bot.Textf("Not saved", "Only contributors may add briefs."), nil
		}
		text := req.ArgText()
		if req.Saved != nil {
			text = req.Saved.Text + " (from " + req.Saved.Source + ")"
		}
		return bot.Textf("Saved", text), nil
	}))
	a, err := New(context.Background(), Options{Token: c.token, APIURL: c.base, PollTimeout: time.Second, Now: func() time.Time { return testNow },
		Contributors: []string{"501"}, Log: slog.New(slog.DiscardHandler)}, mux, newMemState())
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	run(t, a)

	c.post(t, "/sendMessage", c.message("/add PARIS, Dec 4 (Reuters) - Ministers will meet on Friday."))
	if got := c.waitBotMessages(t)[0].Message.Text; got != "<b>Saved</b>\n\nPARIS, Dec 4 (Reuters) - Ministers will meet on Friday." {
		t.Errorf("reply to /add TEXT = %q", got)
	}

	reply := c.message("/add")
	reply["reply_to_message"] = map[string]any{"message_id": 3, "date": testNow.Unix(), "text": "Talks resume in Geneva on Monday.",
		"from": map[string]any{"id": 777, "is_bot": false, "first_name": "Ravi"}, "chat": map[string]any{"id": c.chatID, "type": "private"}}
	c.post(t, "/sendMessage", reply)
	msgs := c.waitBotMessages(t)
	if got := msgs[len(msgs)-1].Message.Text; got != "<b>Saved</b>\n\nTalks resume in Geneva on Monday. (from Ravi)" {
		t.Errorf("reply to /add as a reply = %q", got)
	}

	stranger := c.message("/add Something")
	stranger["from"] = map[string]any{"id": 502, "is_bot": false, "first_name": "Sam"}
	c.post(t, "/sendMessage", stranger)
	msgs = c.waitBotMessages(t)
	if got := msgs[len(msgs)-1].Message.Text; !strings.Contains(got, "Only contributors") {
		t.Errorf("reply to a non-contributor = %q", got)
	}
}
