package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/console"
	"github.com/briefbot/briefbot/bot/remind"
	"github.com/briefbot/briefbot/briefs/ingest"
	"github.com/briefbot/briefbot/briefs/store"
	"github.com/briefbot/briefbot/config"
)

// TestNoticeAfterIngest runs the real pipeline: a brief announces a
// meeting, the desk is reminded of it the day before, then a later brief
// reschedules it or calls it off; once ingested, the desk gets one "Moved"
// or "Cancelled" notice, and nothing more.
func TestNoticeAfterIngest(t *testing.T) {
	sample, err := os.ReadFile(filepath.Join("..", "..", "briefs", "samples", "briefs", "07-asean-meeting-moved.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, later, want string
	}{
		{"moved", string(sample), "Moved · ASEAN Defence Senior Officials' Meeting: Wed 10 Dec → Wed 14 Jan · Kuala Lumpur\n\nFull brief: /brief 2\n"},
		{"cancelled", "ASEAN officials' meeting called off\n\nKUALA LUMPUR, Dec 9 (Bernama) - The ASEAN Defence Senior Officials' Meeting, which was to be held in Kuala Lumpur on Wednesday, has been called off, the defence ministry said on Tuesday.\n",
			"Cancelled · ASEAN Defence Senior Officials' Meeting · Wed 10 Dec · Kuala Lumpur\n\nFull brief: /brief 2\n"},
		{"cancelled without the date", "ASEAN officials' meeting called off\n\nKUALA LUMPUR, Dec 9 (Bernama) - The ASEAN Defence Senior Officials' Meeting has been called off, the defence ministry said on Tuesday.\n",
			"Cancelled · ASEAN Defence Senior Officials' Meeting · Wed 10 Dec · Kuala Lumpur\n\nFull brief: /brief 2\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			testNoticeAfterIngest(t, tt.later, tt.want)
		})
	}
}

func testNoticeAfterIngest(t *testing.T, later, want string) {
	ctx := context.Background()
	ist := time.FixedZone("IST", 5*3600+1800)
	cfg := config.Default()
	cfg.DB = filepath.Join(t.TempDir(), "notice.db")
	cfg.LogLevel = "error"
	a, err := openAppWith(ctx, &env{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}, clock: fixedClock{time.Date(2025, 12, 1, 12, 0, 0, 0, ist)}}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	dir := t.TempDir()
	load := func(name, text string, at time.Time) {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := a.ingest(ctx, []string{path}, ingest.Options{Now: at}, &progress{}, func(it ingest.Item) { t.Errorf("bad brief: %v", it.Err) }); err != nil {
			t.Fatal(err)
		}
	}
	load("announce.txt", "ASEAN defence officials to meet in Kuala Lumpur\n\nKUALA LUMPUR, Dec 1 (Bernama) - The ASEAN Defence Senior Officials' Meeting will be held in Kuala Lumpur on December 10, the defence ministry said on Monday.\n",
		time.Date(2025, 12, 1, 12, 0, 0, 0, ist))
	now := time.Date(2025, 12, 9, 9, 0, 0, 0, ist)
	var out bytes.Buffer
	svc, err := remind.New(remind.Options{
		Destinations: []remind.Destination{{Name: "desk", To: bot.Destination{Platform: bot.Console, ChatID: "desk"}, Loc: ist, Before: []time.Duration{24 * time.Hour, time.Hour}}},
		Senders:      map[bot.Platform]bot.Sender{bot.Console: &console.Adapter{Out: &out}}, Source: a.store, Notices: a.store, Now: func() time.Time { return now },
	})
	if err != nil {
		t.Fatal(err)
	}
	tick := func() string {
		t.Helper()
		if err := svc.Tick(ctx); err != nil {
			t.Fatal(err)
		}
		defer out.Reset()
		return out.String()
	}
	if got, want := tick(), "Tomorrow · ASEAN Defence Senior Officials' Meeting · Kuala Lumpur\n\nFull brief: /brief 1\n"; got != want {
		t.Fatalf("reminder the day before: %q, want %q", got, want)
	}
	now = now.Add(time.Hour)
	load("later.txt", later, now.Add(-time.Minute))
	if got := tick(); got != want {
		t.Errorf("after the later brief: %q, want %q", got, want)
	}
	if got := tick(); got != "" {
		t.Errorf("posted again: %q", got)
	}
	now = time.Date(2025, 12, 10, 8, 0, 0, 0, ist) // an hour before the old date
	if got := tick(); got != "" {
		t.Errorf("reminded of the old date: %q", got)
	}
}

// checkToldByDigest checks that the digest posted to dest on day as message
// ref was recorded as telling dest of each meeting of the week it listed,
// so a later Moved or Cancelled notice reaches dest and edits that message.
func checkToldByDigest(t *testing.T, db, dest, ref string, day time.Time) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ms, err := st.Meetings(ctx, store.MeetingQuery{From: day.Format(time.DateOnly), To: day.AddDate(0, 0, 6).Format(time.DateOnly)})
	if err != nil || len(ms) == 0 {
		t.Fatalf("meetings of the digest's week: %v, %v", ms, err)
	}
	for _, m := range ms {
		posts, err := st.ToldPosts(ctx, dest, m.FollowKey())
		if err != nil || len(posts) != 1 || posts[0].Ref != ref || !strings.Contains(posts[0].Body, `"About":"meeting `+m.FollowKey()) {
			t.Errorf("%q told by the digest: %+v, %v; want one post %s", m.Title, posts, err, ref)
		}
	}
}
