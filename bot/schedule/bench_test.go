package schedule_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/schedule"
)

// BenchmarkNext measures one slot computation: a weekday schedule in a
// zone with daylight saving time, walked through a year.
func BenchmarkNext(b *testing.B) {
	ny := mustZone(b, "America/New_York")
	s, err := schedule.New(schedule.Options{
		Destinations: []schedule.Destination{{Name: "d", To: tgChat, Spec: "30 2 * * 1-5", Loc: ny}},
		Senders:      map[bot.Platform]bot.Sender{bot.Telegram: &recorder{}},
		Claims:       newClaims(), Composer: &composer{}, Clock: newClock(time.Date(2025, 1, 1, 0, 0, 0, 0, ny)),
	})
	if err != nil {
		b.Fatal(err)
	}
	from := time.Date(2025, 1, 1, 0, 0, 0, 0, ny)
	at := from
	b.ReportAllocs()
	for b.Loop() {
		if at, err = s.Next("d", at); err != nil {
			b.Fatal(err)
		}
		if at.Year() > 2025 {
			at = from
		}
	}
}

// BenchmarkScheduleDay runs a scheduler of 100 hourly destinations through
// one day of fake time: 2,400 slots claimed, composed, sent and marked.
// ns/op is the real time a simulated day takes, scheduling overhead only.
func BenchmarkScheduleDay(b *testing.B) {
	const n = 100
	var dests []schedule.Destination
	for i := range n {
		to := tgChat
		to.ChatID = fmt.Sprint(i)
		dests = append(dests, schedule.Destination{Name: fmt.Sprint("d", i), To: to, Spec: fmt.Sprintf("%d * * * *", i%60), Loc: time.UTC})
	}
	day := time.Date(2025, 12, 4, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		clock := newClock(day.Add(-time.Second))
		rec := &recorder{clock: clock}
		s, err := schedule.New(schedule.Options{
			Destinations: dests, Senders: map[bot.Platform]bot.Sender{bot.Telegram: rec},
			Claims: newClaims(), Composer: &composer{}, Clock: clock,
		})
		if err != nil {
			b.Fatal(err)
		}
		stop := start(b, s)
		clock.advanceTo(b, day.Add(24*time.Hour-time.Second), n)
		stop()
		if got := len(rec.got()); got != 24*n {
			b.Fatalf("%d posts, want %d", got, 24*n)
		}
	}
	b.ReportMetric(24*n, "slots/op")
}
