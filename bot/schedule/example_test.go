package schedule_test

import (
	"fmt"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/schedule"
)

// A daily 02:30 digest in New York around the day the clocks skip from
// 02:00 to 03:00: it is still posted that day, at 03:00.
func ExampleScheduler_Next() {
	ny, _ := time.LoadLocation("America/New_York")
	s, err := schedule.New(schedule.Options{
		Destinations: []schedule.Destination{{
			Name: "desk", To: bot.Destination{Platform: bot.Telegram, ChatID: "-100"},
			Spec: "30 2 * * *", Loc: ny,
		}},
		Senders: map[bot.Platform]bot.Sender{bot.Telegram: &recorder{}},
		Claims:  newClaims(), Composer: &composer{}, // *store.Store and the digest composer in briefbot
		Clock: newClock(time.Date(2025, 3, 1, 0, 0, 0, 0, ny)),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	at := time.Date(2025, 3, 8, 0, 0, 0, 0, ny)
	for range 3 {
		at, _ = s.Next("desk", at)
		fmt.Println(at.Format("Mon 2 Jan 15:04 MST"))
	}
	// Output:
	// Sat 8 Mar 02:30 EST
	// Sun 9 Mar 03:00 EDT
	// Mon 10 Mar 02:30 EDT
}
