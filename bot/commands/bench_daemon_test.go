package commands_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/commands"
	"github.com/briefbot/briefbot/bot/telegram"
)

// benchCommands are what BenchmarkCommandsDaemon times, /help first: the
// figures are read as multiples of it.
var benchCommands = []string{
	"/help",
	"/meetings all oil",
	"/meetings all summit",
	"/meetings all",
	"/meetings",
	"/meetings past",
	"/meetings all nosuchword",
	"/search opec",
	"/search oil",
	"/search government",
}

// BenchmarkCommandsDaemon times commands the way the daemon answers them,
// on a store of 100,000 briefs (BRIEFBOT_BENCH_BRIEFS to change; set
// BRIEFBOT_BENCH_STORE to a SQLite path, or a PostgreSQL URL, to keep the
// store between runs): a
// Telegram update posted to the adapter's webhook handler, the command run
// by the mux on the store, the reply rendered and sent to a Bot API
// stand-in, timed from the post until the stand-in has the message. It
// prints the median (p50) and p90 of each command and the p50 as a multiple
// of /help's, and the same for the mux alone (no HTTP).
// BRIEFBOT_BENCH_COMMANDS, a comma-separated list, times those commands
// instead (/help first: the figures are multiples of it). Run it with:
//
//	go test -run '^$' -bench CommandsDaemon -benchtime 1x -timeout 30m ./bot/commands
func BenchmarkCommandsDaemon(b *testing.B) {
	n := 100000
	if v, err := strconv.Atoi(os.Getenv("BRIEFBOT_BENCH_BRIEFS")); err == nil && v > 0 {
		n = v
	}
	if only := os.Getenv("BRIEFBOT_BENCH_COMMANDS"); only != "" {
		benchCommands = strings.Split(only, ",")
	}
	s := benchStore(b, benchDSN(b.TempDir()), n)
	count, err := s.Count(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	mux := bot.NewMux(nil)
	commands.Register(mux, commands.Deps{Store: s})
	for b.Loop() {
		fmt.Printf("%d briefs; p50 and p90 of %d runs each, after one warm-up run\n", count, benchRuns)
		viaMux := timeCommands(b, func(text string, i int) {
			cmd, args, _ := strings.Cut(strings.TrimPrefix(text, "/"), " ")
			r, err := mux.Answer(context.Background(), bot.Request{Platform: bot.Telegram, ChatID: "1", Command: cmd,
				Args: strings.Fields(args), Now: benchNow})
			if err != nil || r.Title == "" {
				b.Fatalf("%s: %v (reply %q)", text, err, r.Title)
			}
		})
		report(b, "mux", viaMux)
		report(b, "webhook", timeCommands(b, webhookRunner(b, mux, s)))
	}
}

// benchRuns is how many times each command is timed.
const benchRuns = 41

// benchNow is the time the commands are asked at: within the meetings the
// store holds.
var benchNow = benchBase.AddDate(0, 0, 60)

// timeCommands runs each of benchCommands benchRuns times (after one
// warm-up) with run, interleaved, and returns each one's sorted times.
func timeCommands(b *testing.B, run func(text string, i int)) map[string][]time.Duration {
	times := map[string][]time.Duration{}
	for i := range benchRuns + 1 {
		for _, c := range benchCommands {
			t0 := time.Now()
			run(c, i)
			if i > 0 {
				times[c] = append(times[c], time.Since(t0))
			}
		}
	}
	for _, ts := range times {
		slices.Sort(ts)
	}
	return times
}

func report(b *testing.B, path string, times map[string][]time.Duration) {
	help := times["/help"][benchRuns/2]
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	for _, c := range benchCommands {
		ts := times[c]
		p50, p90 := ts[len(ts)/2], ts[len(ts)*9/10]
		fmt.Printf("%-8s %-26s p50 %8.2f ms  p90 %8.2f ms  %6.1fx /help\n", path, c, ms(p50), ms(p90), float64(p50)/float64(help))
		name := strings.NewReplacer("/", "", " ", "_").Replace(c)
		b.ReportMetric(ms(p50), path+"-"+name+"-p50-ms")
	}
}

// webhookRunner returns a runner that posts each command as a Telegram
// update to an adapter's webhook handler and waits until the Bot API
// stand-in has the reply.
func webhookRunner(b *testing.B, mux *bot.Mux, st telegram.State) func(text string, i int) {
	sent := make(chan string, 16)
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		switch {
		case strings.HasSuffix(r.URL.Path, "/getMe"):
			io.WriteString(w, `{"ok":true,"result":{"id":42,"is_bot":true,"first_name":"Brief","username":"BenchBot"}}`)
		case strings.HasSuffix(r.URL.Path, "/sendMessage"):
			_ = r.ParseForm()
			io.WriteString(w, `{"ok":true,"result":{"message_id":1,"date":0,"chat":{"id":1,"type":"private"},"text":"ok"}}`)
			sent <- r.Form.Get("chat_id")
		default:
			http.Error(w, `{"ok":false,"error_code":404,"description":"Not Found"}`, http.StatusNotFound)
		}
	}))
	b.Cleanup(api.Close)
	const secret = "bench-secret"
	tiny := 100 * time.Microsecond // next to no pacing: each reply goes to its own chat
	a, err := telegram.New(context.Background(), telegram.Options{Token: "123:bench", APIURL: api.URL,
		WebhookSecret: secret, Log: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})), Now: func() time.Time { return benchNow },
		Limits: telegram.Limits{PerChat: tiny, PerGroup: tiny, Global: tiny}}, mux, st)
	if err != nil {
		b.Fatal(err)
	}
	hook := httptest.NewServer(a.WebhookHandler())
	b.Cleanup(hook.Close)
	// Update ids not used before: a reused store remembers the ones seen.
	id := rand.IntN(1 << 40)
	return func(text string, i int) {
		id++
		chat := 1000 + id%1000000
		body, _ := json.Marshal(map[string]any{"update_id": id, "message": map[string]any{
			"message_id": id, "date": benchNow.Unix(), "text": text,
			"from": map[string]any{"id": 777, "is_bot": false, "first_name": "Ann"},
			"chat": map[string]any{"id": chat, "type": "private"}}})
		req, _ := http.NewRequest(http.MethodPost, hook.URL, bytes.NewReader(body))
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
		resp, err := http.DefaultClient.Do(req)
		if err != nil || resp.StatusCode != http.StatusOK {
			b.Fatalf("webhook %s: %v %v", text, err, resp)
		}
		resp.Body.Close()
		for { // a long reply may come in several messages; the first counts
			select {
			case got := <-sent:
				if got == strconv.Itoa(chat) {
					return
				}
			case <-time.After(time.Minute):
				b.Fatalf("%s: no reply within a minute", text)
			}
		}
	}
}
