package commands

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

var now = time.Date(2025, 12, 4, 9, 0, 0, 0, time.UTC)

// newStore returns a store holding three briefs with meetings.
func newStore(t *testing.T) *store.Store {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "b.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	bs := []*briefs.Brief{
		{Title: "India, Russia defence ministers meet", Source: "IANS", Body: "New Delhi, Dec 4 (IANS) Rajnath Singh and Andrei Belousov meet today in India.",
			Published: now.Add(-3 * time.Hour), Dateline: briefs.Dateline{Place: "New Delhi", Date: "2025-12-04"}, Hash: "h1",
			Summary: "Rajnath Singh and Andrei Belousov meet today.",
			Meetings: []briefs.Meeting{
				{Title: "22nd IRIGC-M&MTC ministerial meeting", Date: "2025-12-04", Precision: briefs.PrecisionDay, Place: "Manekshaw Centre, New Delhi",
					Participants: []string{"Rajnath Singh", "Andrei Belousov"}, Status: briefs.StatusUpcoming, Key: "irigc-22"},
				{Title: "21st IRIGC-M&MTC meeting", Date: "2024-12", Precision: briefs.PrecisionMonth, Place: "Russia", Status: briefs.StatusPast, Key: "irigc-21"},
			}},
		{Title: "EU energy ministers to meet Monday", Source: "Reuters", Body: "BRUSSELS, Dec 3 (Reuters) - EU energy ministers will meet on Monday on gas storage.",
			Published: now.Add(-20 * time.Hour), Hash: "h2", URL: "https://example.com/eu",
			Meetings: []briefs.Meeting{{Title: "EU energy ministers meeting", Date: "2025-12-08", Precision: briefs.PrecisionDay, Place: "Brussels", Key: "eu-energy"},
				{Title: "EU-China summit", Date: "2025-12-09", Precision: briefs.PrecisionDay, Place: "Brussels", Key: "eu-china", Status: briefs.StatusCancelled}}},
		{Title: "Chipmaker lifts outlook <b>&</b>", Source: "Reuters", Body: "A chip designer raised its forecast.", Published: now.Add(-30 * time.Hour), Hash: "h3",
			// Called off without its date: no date line.
			Meetings: []briefs.Meeting{{Title: "Chip summit", Key: "chip-summit", Status: briefs.StatusCancelled}}},
	}
	if _, err := st.AddBriefs(ctx, bs); err != nil {
		t.Fatal(err)
	}
	return st
}

type fakeDigests struct{ posted int }

func (f *fakeDigests) Preview(ctx context.Context, req bot.Request) (bot.Reply, error) {
	return bot.Textf("Daily digest", "preview for "+req.ChatID), nil
}
func (f *fakeDigests) Post(ctx context.Context, req bot.Request) (int, error) {
	f.posted++
	return 3, nil
}
func (f *fakeDigests) Schedule(ctx context.Context, req bot.Request) (string, error) {
	return "", nil
}

func serve(t *testing.T, m *bot.Mux, admin bool, line string) bot.Reply {
	t.Helper()
	name, _, args, ok := bot.ParseCommand(line, true)
	if !ok {
		t.Fatalf("bad command %q", line)
	}
	r, err := m.Serve(context.Background(), bot.Request{Platform: bot.Console, ChatID: "c1", UserID: "u1", Command: name, Args: args, Admin: admin, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestCommands(t *testing.T) {
	st := newStore(t)
	m := bot.NewMux(nil)
	fd := &fakeDigests{}
	Register(m, Deps{Store: st, Subscriptions: st, Digests: fd, PageSize: 2})
	tests := []struct {
		line   string
		admin  bool
		want   []string
		unwant []string
	}{
		{"/help", false, []string{"/meetings", "/search", "/brief", "/digest", "/subscribe"}, nil},
		{"/start", false, []string{"Commands"}, nil},
		{"/brief", false, []string{"Latest briefs", "India, Russia defence ministers meet", "EU energy"}, []string{"Chipmaker"}},
		{"/brief latest 3", false, []string{"Chipmaker lifts outlook <b>&</b>"}, nil},
		{"/brief 1", false, []string{"India, Russia defence ministers meet", "IANS · New Delhi · Thu 4 Dec 2025 · #1", "Summary", "22nd IRIGC-M&MTC", "Meetings mentioned"}, nil},
		{"/brief 3", false, []string{"• Chip summit — cancelled\n\nText"}, nil},
		{"/brief #2", false, []string{"Read the original (https://example.com/eu)"}, nil},
		{"/brief 99", false, []string{"There is no brief #99"}, nil},
		{"/brief abc", false, []string{`"abc" is not a brief number`}, nil},
		{"/brief latest 500", false, []string{"between 1 and 20"}, nil},
		{"/search", false, []string{"What should I look for?"}, nil},
		{"/search india", false, []string{"Briefs about “india”", "India, Russia"}, []string{"EU energy"}},
		{`/search " OR 1=1 --`, false, []string{"Nothing found"}, []string{"went wrong"}},
		{"/search NEAR(", false, []string{"Nothing found"}, []string{"went wrong"}},
		{"/search zebra", false, []string{"No brief mentions “zebra”", "/brief"}, nil},
		{"/meetings", false, []string{"Upcoming meetings", "Thu 4 Dec 2025", "22nd IRIGC-M&MTC", "Manekshaw Centre, New Delhi", "With Rajnath Singh, Andrei Belousov", "Mon 8 Dec 2025", "EU energy"}, []string{"21st"}},
		{"/meetings past", false, []string{"Past meetings", "December 2024", "21st"}, []string{"22nd"}},
		{"/meetings today", false, []string{"22nd"}, []string{"EU energy"}},
		{"/meetings week energy", false, []string{"EU energy"}, []string{"22nd"}},
		{"/meetings next", false, []string{"Next meeting", "Today", "22nd IRIGC-M&MTC"}, []string{"EU energy"}},
		{"/meetings next energy", false, []string{"Next meeting · energy", "In 4 days", "EU energy ministers meeting"}, []string{"22nd"}},
		{"/meetings summit", false, []string{"EU-China summit — cancelled"}, []string{"22nd"}},
		{"/meetings next summit", false, []string{"Nothing to show"}, []string{"EU-China"}},
		{"/meetings next zanzibar", false, []string{"Nothing to show"}, []string{"22nd", "EU energy"}},
		{"/meetings all", false, []string{"21st", "22nd", "and 3 more meetings"}, []string{"EU energy"}}, // page size 2
		{"/meetings all page 2", false, []string{"EU energy", "and 1 more meeting"}, []string{"21st", "more meetings"}},
		{"/meetings all page 3", false, []string{"Chip summit"}, []string{"more"}},
		{"/meetings summit", false, []string{"EU-China summit"}, []string{"more"}}, // all on one page
		{"/meetings upcoming opec", false, []string{"No upcoming meeting matches “opec”", "/meetings all opec"}, nil},
		{"/digest", false, []string{"preview for c1"}, nil},
		{"/digest post", false, []string{"Only the bot's admins"}, nil},
		{"/digest post", true, []string{"Posted the digest with 3 stories"}, nil},
		{"/digest sideways", false, []string{"Usage: /digest"}, nil},
		{"/subscribe india russia", false, []string{"only the bot's admins"}, nil},
		{"/subscribe india, russia", true, []string{"india, russia"}, nil},
		{"/subscribe", true, []string{"briefs that mention: india, russia"}, nil},
		{"/unsubscribe", true, []string{"Filter cleared"}, nil},
		{"/subscribe", true, []string{"every brief"}, nil},
		{"/schedule", false, []string{"no scheduled digest"}, nil},
		{"/frobnicate", false, []string{"I don't know /frobnicate", "/help"}, nil},
		// Chat keeps chat wording; bounds hold without a panic.
		{"/brief 99", false, []string{"/brief lists the latest"}, []string{"briefbot brief"}},
		{"/meetings all page 1844674407370955163", false, []string{"Pages are numbered 1 to 100"}, []string{"went wrong"}},
		{"/search oil page 99999999999999999999", false, []string{"Pages are numbered 1 to 100"}, []string{"went wrong"}},
		{"/meetings all " + strings.Repeat("x", 4000), false, []string{"4000 characters of search words; 200 at most"}, []string{"xxxxxxxxxx"}},
		{"/search " + strings.Repeat("y ", 150), false, []string{"299 characters of search words"}, []string{"y y y y"}},
		{"/meetings all opec", false, []string{"No meeting matches “opec”"}, []string{"No all meeting", "/meetings all opec"}},
		{"/meetings today opec", false, []string{"No meeting today matches “opec”", "/meetings all opec"}, nil},
	}
	for _, tt := range tests {
		got := serve(t, m, tt.admin, tt.line).PlainText()
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: reply lacks %q:\n%s", tt.line, w, got)
			}
		}
		for _, w := range tt.unwant {
			if strings.Contains(got, w) {
				t.Errorf("%s: reply should not contain %q:\n%s", tt.line, w, got)
			}
		}
	}
	if fd.posted != 1 {
		t.Errorf("digest posted %d times, want 1", fd.posted)
	}
}

func TestPagingButtons(t *testing.T) {
	st := newStore(t)
	m := bot.NewMux(nil)
	Register(m, Deps{Store: st, PageSize: 1})
	r := serve(t, m, false, "/meetings all")
	if len(r.Buttons) != 1 || r.Buttons[0].Command != "/meetings all page 2" {
		t.Fatalf("buttons = %+v", r.Buttons)
	}
	r2 := serve(t, m, false, r.Buttons[0].Command)
	if !strings.Contains(r2.PlainText(), "22nd") {
		t.Errorf("page 2 = %s", r2.PlainText())
	}
	r3 := serve(t, m, false, "/brief latest 1")
	if len(r3.Sections) != 1 || len(r3.Sections[0].Items) != 1 || r3.Sections[0].Items[0].Buttons[0].Command != "/brief 1" {
		t.Errorf("latest item buttons wrong: %+v", r3.Sections)
	}
}

func TestAndMore(t *testing.T) {
	for n, want := range map[int]string{
		1:       "and 1 more meeting",
		7:       "and 7 more meetings",
		999:     "and 999 more meetings",
		1000:    "and 1,000 more meetings",
		1001:    "and more than 1,000 more",
		1234567: "and more than 1,000 more",
	} {
		if got := andMore(n); got != want {
			t.Errorf("andMore(%d) = %q, want %q", n, got, want)
		}
	}
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 12345: "12,345", 1234567: "1,234,567"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestMeetingWhen(t *testing.T) {
	tests := []struct {
		m    briefs.Meeting
		want string
	}{
		{briefs.Meeting{Date: "2025-10-28", EndDate: "2025-10-29", Precision: briefs.PrecisionDay}, "28–29 Oct 2025"},
		{briefs.Meeting{Date: "2025-10-30", EndDate: "2025-11-02", Precision: briefs.PrecisionDay}, "30 Oct – 2 Nov 2025"},
		{briefs.Meeting{Date: "2025-12-04", Precision: briefs.PrecisionDay, Time: "15:00"}, "Thu 4 Dec 2025, 15:00"},
		{briefs.Meeting{Date: "2025-12-08", Precision: briefs.PrecisionWeek}, "week of 8 Dec 2025"},
		{briefs.Meeting{Date: "2024-12", Precision: briefs.PrecisionMonth}, "December 2024"},
	}
	it := meetingItem(briefs.Meeting{Title: "ASEAN officials", Date: "2026-01-14", Precision: briefs.PrecisionDay, MovedFrom: "2025-12-10", Sources: []int64{1, 2}}, time.UTC, bot.Request{})
	if got := (bot.Reply{Sections: []bot.Section{{Items: []bot.Item{it}}}}).PlainText(); !strings.Contains(got, "Rescheduled from Wed 10 Dec 2025") || !strings.Contains(got, "/brief 1, /brief 2") {
		t.Errorf("moved meeting item:\n%s", got)
	}
	it = meetingItem(briefs.Meeting{Title: "G7", Date: "2026-01-14", Sources: []int64{3, 4, 5, 6, 7, 8, 9}}, time.UTC, bot.Request{})
	if got := (bot.Reply{Sections: []bot.Section{{Items: []bot.Item{it}}}}).PlainText(); !strings.Contains(got, "/brief 3, /brief 4, /brief 5, /brief 6, /brief 7 and 2 more") || strings.Contains(got, "/brief 8") {
		t.Errorf("meeting of 7 sources lists the first 5 and how many more:\n%s", got)
	}
	for _, tt := range tests {
		if got := meetingWhen(tt.m, time.UTC); got != tt.want {
			t.Errorf("meetingWhen(%+v) = %q, want %q", tt.m, got, tt.want)
		}
	}
}

// TestOnlyWebLinks: a brief whose url is not http(s) is shown without a
// link, and without "Read the original".
func TestOnlyWebLinks(t *testing.T) {
	st := newStore(t)
	if _, _, err := st.AddBrief(context.Background(), &briefs.Brief{Title: "Forged", Body: "Text.", Hash: "h4", URL: "javascript:alert(1)"}); err != nil {
		t.Fatal(err)
	}
	m := bot.NewMux(nil)
	Register(m, Deps{Store: st})
	for _, line := range []string{"/brief 4", "/search forged"} {
		r := serve(t, m, false, line)
		if got := r.PlainText(); strings.Contains(got, "javascript") || strings.Contains(got, "Read the original") {
			t.Errorf("%s:\n%s", line, got)
		}
		for _, s := range r.Sections {
			for _, it := range s.Items {
				for _, sp := range it.Line {
					if sp.URL != "" {
						t.Errorf("%s: span %q links to %q", line, sp.Text, sp.URL)
					}
				}
			}
		}
	}
}

// numberedReports returns a mux with pages of 2 over a store of n briefs
// titled "Word report 0" to "Word report n-1", stored in that order, each
// saying "The word is busy.".
func numberedReports(t *testing.T, word string, n int) *bot.Mux {
	st := newStore(t)
	var bs []*briefs.Brief
	for i := range n {
		bs = append(bs, &briefs.Brief{Title: fmt.Sprintf("%s report %d", strings.ToUpper(word[:1])+word[1:], i),
			Body: "The " + word + " is busy.", Hash: fmt.Sprintf("%s-%d", word, i), Published: now.Add(-time.Duration(i) * time.Minute)})
	}
	if _, err := st.AddBriefs(context.Background(), bs); err != nil {
		t.Fatal(err)
	}
	m := bot.NewMux(nil)
	Register(m, Deps{Store: st, PageSize: 2})
	return m
}

// TestSearchPages: with pages of 2, a search offers the next page exactly
// when more matches remain, and each page shows the next ones.
func TestSearchPages(t *testing.T) {
	for n := 1; n <= 5; n++ {
		m := numberedReports(t, "quay", n)
		for page := 1; page <= 3; page++ {
			r := serve(t, m, false, fmt.Sprintf("/search quay page %d", page))
			var shown []string
			for _, sec := range r.Sections {
				for _, it := range sec.Items {
					shown = append(shown, it.Line[0].Text)
				}
			}
			var want []string
			for i := n - 1 - 2*(page-1); i >= max(0, n-2*page); i-- {
				want = append(want, fmt.Sprintf("Quay report %d", i))
			}
			more := slices.ContainsFunc(r.Buttons, func(b bot.Button) bool { return b.Label == "More results" })
			if !slices.Equal(shown, want) || more != (n > 2*page) {
				t.Errorf("%d briefs, page %d: shown %q, more %v; want %q, more %v", n, page, shown, more, want, n > 2*page)
			}
		}
	}
}

// TestSearchSaysWhenCut: a search with more matches than the store ranks
// says that it ranked only the newest; one with fewer does not.
func TestSearchSaysWhenCut(t *testing.T) {
	m := numberedReports(t, "harbour", store.SearchNewest+1)
	note := fmt.Sprintf("Best of the newest %d briefs that match", store.SearchNewest)
	for _, tc := range []struct {
		line string
		cut  bool
	}{
		{"/search harbour", true},
		{"/search harbour page 2", true},
		{"/search india", false},
	} {
		got := serve(t, m, false, tc.line).PlainText()
		if strings.Contains(got, note) != tc.cut {
			t.Errorf("%s: says it was cut = %v, want %v:\n%s", tc.line, !tc.cut, tc.cut, got)
		}
	}
	// Page 2 goes on from page 1: the most recently stored first.
	if got := serve(t, m, false, "/search harbour page 2").PlainText(); !strings.Contains(got, "Harbour report 198") {
		t.Errorf("page 2 lacks the third newest:\n%s", got)
	}
}
