package slack

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// BenchmarkDigest50Channels sends one long digest (a parent message and two
// thread replies) to 50 channels at once through a fake Web API that
// answers 429 (Retry-After: 1) to any post less than a second after the
// previous one in the same channel, as Slack's 1 msg/s per channel limit
// does. It reports the elapsed time against the floor (messages per channel
// - 1 seconds) and the number of 429s. Run with -benchtime=1x.
func BenchmarkDigest50Channels(b *testing.B) {
	const channels = 50
	api := newFakeAPI(b)
	var mu sync.Mutex
	last := map[string]time.Time{}
	var limited atomic.Int64
	api.fail = func(w http.ResponseWriter, p post) bool {
		mu.Lock()
		defer mu.Unlock()
		now := time.Now()
		if prev, ok := last[p.Channel]; ok && now.Sub(prev) < time.Second {
			limited.Add(1)
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return true
		}
		last[p.Channel] = now
		return false
	}
	a, err := New(context.Background(), Options{BotToken: testBotToken, APIURL: api.url()}, newFakeHandler(bot.Reply{}), newFakeState())
	if err != nil {
		b.Fatal(err)
	}
	digest := longReply(40)
	blocks, _ := RenderBlocks(digest)
	perChannel := len(blocks)
	floor := time.Duration(perChannel-1) * time.Second
	for b.Loop() {
		mu.Lock()
		clear(last)
		mu.Unlock()
		limited.Store(0)
		before := len(api.posts())
		start := time.Now()
		var wg sync.WaitGroup
		for i := range channels {
			wg.Go(func() {
				if err := a.Send(context.Background(), bot.Destination{Platform: bot.Slack, ChatID: fmt.Sprintf("C%03d", i)}, digest); err != nil {
					b.Error(err)
				}
			})
		}
		wg.Wait()
		el := time.Since(start)
		// Wait out the fake's window so the next iteration starts clean.
		time.Sleep(time.Second)
		delivered := len(api.posts()) - before
		b.ReportMetric(el.Seconds(), "s/digest")
		b.ReportMetric(floor.Seconds(), "floor-s")
		b.ReportMetric(float64(limited.Load()), "429s")
		b.Logf("%d channels x %d messages: %d delivered in %v (floor %v, %.2fx), %d answered 429",
			channels, perChannel, delivered, el.Round(time.Millisecond), floor, el.Seconds()/floor.Seconds(), limited.Load())
	}
}
