package digest

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

var update = flag.Bool("update", false, "rewrite golden files")

type fakeSource struct {
	briefs   []briefs.Brief
	meetings []briefs.Meeting
	gotQuery store.MeetingQuery
}

// Window returns the briefs of the window as the store does: without their
// meetings, saying whether they have any.
func (f *fakeSource) Window(ctx context.Context, from, to time.Time, limit int) ([]store.WindowBrief, error) {
	var out []store.WindowBrief
	for _, b := range f.briefs {
		if !b.IngestedAt.Before(from) && b.IngestedAt.Before(to) {
			w := store.WindowBrief{Brief: b, HasMeetings: len(b.Meetings) > 0}
			w.Meetings = nil
			out = append(out, w)
		}
	}
	return out, nil
}

func (f *fakeSource) Meetings(ctx context.Context, q store.MeetingQuery) ([]briefs.Meeting, error) {
	f.gotQuery = q
	return f.meetings, nil
}

var slot = time.Date(2025, 12, 4, 8, 0, 0, 0, time.FixedZone("IST", 5*3600+1800))

func sample() *fakeSource {
	at := slot.Add(-2 * time.Hour)
	return &fakeSource{
		briefs: []briefs.Brief{
			{ID: 1, Title: "Chipmaker lifts outlook on data-centre demand", Source: "Reuters", Summary: "A chip designer raised its forecast.", IngestedAt: at, Published: slot.Add(-20 * time.Hour)},
			{ID: 2, Title: "Belousov arrives in Delhi for India-Russia military commission meeting", Source: "PTI", Summary: "Russian Defence Minister Andrei Belousov arrived in New Delhi to co-chair the India-Russia military commission.", IngestedAt: at, Published: slot.Add(-3 * time.Hour), Dateline: briefs.Dateline{Place: "New Delhi"}},
			{ID: 3, Title: "Belousov arrives in New Delhi for India-Russia military commission", Source: "IANS", Summary: "Russian Defence Minister Andrei Belousov arrived in New Delhi to co-chair the India-Russia military commission meeting.", IngestedAt: at, Published: slot.Add(-2 * time.Hour),
				Meetings: []briefs.Meeting{{Title: "IRIGC"}}},
			{ID: 4, Title: "Old news", Summary: "Yesterday's.", IngestedAt: slot.Add(-30 * time.Hour)},
			{ID: 5, Title: "EU energy ministers to meet <!channel> Monday", Source: "Reuters", Summary: "EU energy ministers meet on gas storage.", IngestedAt: at, Published: slot.Add(-22 * time.Hour), Dateline: briefs.Dateline{Place: "Brussels"}},
		},
		meetings: []briefs.Meeting{
			{Title: "22nd IRIGC-M&MTC ministerial meeting", Date: "2025-12-04", Precision: briefs.PrecisionDay, Place: "Manekshaw Centre, New Delhi", Participants: []string{"Rajnath Singh", "Andrei Belousov"}},
			{Title: "EU energy ministers meeting", Date: "2025-12-08", Precision: briefs.PrecisionDay, Place: "Brussels"},
			// Called off by a later brief: not an upcoming meeting.
			{Title: "EU-China summit", Date: "2025-12-06", Precision: briefs.PrecisionDay, Place: "Brussels", Status: briefs.StatusCancelled},
		},
	}
}

func TestComposeGolden(t *testing.T) {
	src := sample()
	d, err := Compose(context.Background(), src, Options{Title: "Morning briefing", Now: slot, Since: slot.Add(-24 * time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if d.Stories != 3 || len(d.BriefIDs) != 4 || d.Meetings != 2 {
		t.Errorf("stories=%d ids=%v meetings=%d, want 3 stories over 4 briefs and 2 meetings", d.Stories, d.BriefIDs, d.Meetings)
	}
	if src.gotQuery.From != "2025-12-04" || src.gotQuery.To != "2025-12-10" {
		t.Errorf("meeting window %+v, want the 7 days from the slot's date", src.gotQuery)
	}
	var about []string
	for _, sec := range d.Reply.Sections {
		for _, it := range sec.Items {
			if it.About != "" {
				about = append(about, it.About)
			}
		}
	}
	// Meetings without a key are named by their row id (0 in this fake).
	if want := []string{"meeting id:0 2025-12-04", "meeting id:0 2025-12-08"}; !slices.Equal(about, want) {
		t.Errorf("meeting lines are about %q, want %q", about, want)
	}
	got := d.Reply.PlainText()
	golden := filepath.Join("testdata", "digest.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("digest differs from %s (run with -update):\n%s", golden, got)
	}
}

func TestComposeFilterSkipAndEmpty(t *testing.T) {
	src := sample()
	d, err := Compose(context.Background(), src, Options{Now: slot, Since: slot.Add(-24 * time.Hour), Filter: Filter{Keywords: []string{"energy"}}})
	if err != nil {
		t.Fatal(err)
	}
	if d.Stories != 1 || d.BriefIDs[0] != 5 || d.Meetings != 1 {
		t.Errorf("filtered digest: %+v", d)
	}
	d, _ = Compose(context.Background(), src, Options{Now: slot, Since: slot.Add(-24 * time.Hour), Delivered: func(ctx context.Context, ids []int64) (map[int64]bool, error) {
		if len(ids) != 4 {
			t.Errorf("Delivered asked about %v, want the 4 briefs of the window", ids)
		}
		return map[int64]bool{1: true, 2: true, 3: true, 5: true}, nil
	}})
	if !d.Empty() || d.Reply.PlainText() != "Daily digest · Thu 4 Dec 2025 — No new briefs since yesterday 08:00." {
		t.Errorf("digest with everything skipped: %q", d.Reply.PlainText())
	}
	d, _ = Compose(context.Background(), src, Options{Now: slot, Since: slot.Add(-24 * time.Hour), MaxItems: 1})
	// Only what was shown is recorded: the top story and its duplicate.
	if txt := d.Reply.PlainText(); !strings.Contains(txt, "the top 1") || !slices.Equal(d.BriefIDs, []int64{2, 3}) {
		t.Errorf("MaxItems 1: ids %v, want [2 3] (the story shown)\n%s", d.BriefIDs, txt)
	}
}

func TestFilterMatch(t *testing.T) {
	b := briefs.Brief{Title: "Talks", Body: "India and Russia", Source: "IANS", Dateline: briefs.Dateline{Place: "New Delhi"}}
	tests := []struct {
		f    Filter
		want bool
	}{
		{Filter{}, true},
		{Filter{Keywords: []string{"RUSSIA"}}, true},
		{Filter{Keywords: []string{"china", "india"}}, true},
		{Filter{Keywords: []string{"china"}}, false},
		{Filter{Sources: []string{"ians"}}, true},
		{Filter{Sources: []string{"Reuters"}}, false},
		{Filter{Places: []string{"delhi"}}, true},
		{Filter{Places: []string{"Brussels"}, Keywords: []string{"india"}}, false},
	}
	for _, tt := range tests {
		if got := tt.f.Match(b); got != tt.want {
			t.Errorf("%+v.Match = %v, want %v", tt.f, got, tt.want)
		}
	}
}

func TestTitleAt(t *testing.T) {
	kolkata, err := time.LoadLocation("Asia/Kolkata")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		at   time.Time
		want string
	}{
		{time.Date(2025, 12, 4, 8, 0, 0, 0, time.UTC), "Morning briefing"},
		{time.Date(2025, 12, 4, 4, 59, 0, 0, time.UTC), "Night briefing"},
		{time.Date(2025, 12, 4, 12, 0, 0, 0, time.UTC), "Afternoon briefing"},
		{time.Date(2025, 12, 4, 17, 0, 0, 0, time.UTC), "Evening briefing"},
		{time.Date(2025, 12, 4, 22, 25, 0, 0, time.UTC), "Night briefing"},
		{time.Date(2025, 12, 4, 2, 30, 0, 0, time.UTC).In(kolkata), "Morning briefing"}, // 08:00 in Kolkata
	} {
		if got := TitleAt(tt.at); got != tt.want {
			t.Errorf("TitleAt(%s) = %q, want %q", tt.at, got, tt.want)
		}
	}
}

// limitSource serves n meetings, honouring the query's Limit, and records
// the limits asked for.
type limitSource struct {
	fakeSource
	n      int
	limits []int
}

func (l *limitSource) Meetings(ctx context.Context, q store.MeetingQuery) ([]briefs.Meeting, error) {
	l.limits = append(l.limits, q.Limit)
	var out []briefs.Meeting
	for i := range l.n {
		if q.Limit > 0 && len(out) == q.Limit {
			break
		}
		title := fmt.Sprintf("Board meeting %d", i)
		if i%10 == 9 {
			title = fmt.Sprintf("OPEC meeting %d", i)
		}
		out = append(out, briefs.Meeting{Title: title, Date: "2025-12-05", Precision: briefs.PrecisionDay})
	}
	return out, nil
}

// TestUpcomingReadsWhatItShows: the digest asks the store for one meeting
// more than it shows, and for more only while its filter leaves too few.
func TestUpcomingReadsWhatItShows(t *testing.T) {
	for _, c := range []struct {
		name       string
		n          int
		keywords   []string
		wantLimits []int
		wantShown  int
		wantMore   bool
	}{
		{"few", 3, nil, []int{9}, 3, false},
		{"many", 100, nil, []int{9}, 8, true},
		{"filtered, enough", 100, []string{"opec", "belousov"}, []int{9, 36, 144}, 8, true},
		{"filtered, few", 30, []string{"opec", "belousov"}, []int{9, 36}, 3, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := &limitSource{fakeSource: *sample(), n: c.n}
			d, err := Compose(context.Background(), src, Options{Now: slot, Since: slot.Add(-24 * time.Hour), Filter: Filter{Keywords: c.keywords}})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(src.limits, c.wantLimits) || d.Meetings != c.wantShown {
				t.Errorf("limits asked %v, %d meetings shown; want %v, %d", src.limits, d.Meetings, c.wantLimits, c.wantShown)
			}
			if more := strings.Contains(d.Reply.PlainText(), "and more: /meetings"); more != c.wantMore {
				t.Errorf("\"and more\" shown: %v, want %v", more, c.wantMore)
			}
		})
	}
}
