package telegram

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// flood30 is a Bot API fake that, like Telegram, refuses a sendMessage
// with 429 when 30 have been accepted in the last second.
type flood30 struct {
	mu       sync.Mutex
	accepted []time.Time
	refused  atomic.Int64
	sent     atomic.Int64
}

func (f *flood30) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	method := r.URL.Path[strings.LastIndexByte(r.URL.Path, '/')+1:]
	switch method {
	case "getMe":
		writeJSON(w, 200, `{"ok":true,"result":{"id":42,"is_bot":true,"first_name":"Brief","username":"TestBriefBot"}}`)
		return
	case "sendMessage":
	default:
		writeJSON(w, 404, apiError(404, "Not Found", ""))
		return
	}
	now := time.Now()
	f.mu.Lock()
	i := 0
	for i < len(f.accepted) && now.Sub(f.accepted[i]) >= time.Second {
		i++
	}
	f.accepted = f.accepted[i:]
	ok := len(f.accepted) < 30
	if ok {
		f.accepted = append(f.accepted, now)
	}
	f.mu.Unlock()
	if !ok {
		f.refused.Add(1)
		writeJSON(w, 429, apiError(429, "Too Many Requests: retry after 1", `{"retry_after":1}`))
		return
	}
	f.sent.Add(1)
	writeJSON(w, 200, `{"ok":true,"result":{"message_id":1,"date":0,"chat":{"id":1,"type":"private"},"text":"ok"}}`)
}

// BenchmarkDigest300Chats posts one digest to 300 chats, from 8 workers,
// through a fake enforcing 30 messages a second, with the default limits.
// The floor is 300/30 = 10s. Run it with:
//
//	go test ./bot/telegram -run '^$' -bench Digest300 -benchtime 1x
func BenchmarkDigest300Chats(b *testing.B) {
	const chats, floor = 300, 10 * time.Second
	reply := digestReply()
	if n := len(RenderHTML(reply)); n != 1 {
		b.Fatalf("digest renders as %d messages, want 1", n)
	}
	for b.Loop() {
		fake := &flood30{}
		srv := httptest.NewServer(fake)
		a, err := New(context.Background(), Options{Token: testToken, APIURL: srv.URL, Log: slog.New(slog.DiscardHandler)}, &recorder{}, newMemState())
		if err != nil {
			b.Fatal(err)
		}
		jobs := make(chan string)
		var wg sync.WaitGroup
		var failed atomic.Int64
		start := time.Now()
		for w := 0; w < 8; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for chat := range jobs {
					if err := a.Send(context.Background(), bot.Destination{Platform: bot.Telegram, ChatID: chat}, reply); err != nil {
						failed.Add(1)
					}
				}
			}()
		}
		for i := 1; i <= chats; i++ {
			jobs <- strconv.Itoa(1000 + i)
		}
		close(jobs)
		wg.Wait()
		elapsed := time.Since(start)
		srv.Close()
		if got := fake.sent.Load(); got != chats || failed.Load() != 0 {
			b.Fatalf("delivered %d of %d, %d sends failed", got, chats, failed.Load())
		}
		ratio := float64(elapsed) / float64(floor)
		fmt.Printf("digest to %d chats: %s (floor %s, %.3fx), 429s: %d\n", chats, elapsed.Round(time.Millisecond), floor, ratio, fake.refused.Load())
		b.ReportMetric(elapsed.Seconds(), "s/digest")
		b.ReportMetric(ratio, "x-floor")
		b.ReportMetric(float64(fake.refused.Load()), "429s")
	}
}
