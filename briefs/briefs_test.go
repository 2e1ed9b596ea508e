package briefs

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestMeetingJSONNulls(t *testing.T) {
	b, err := json.Marshal(Meeting{Title: "x", Date: "2025-12-04", Precision: PrecisionDay})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"end_date":null`, `"time":null`, `"participants":[]`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("%s lacks %s", b, want)
		}
	}
}

func TestMeetingSpan(t *testing.T) {
	tests := []struct {
		m          Meeting
		start, end string
	}{
		{Meeting{Date: "2025-12-04", Precision: PrecisionDay}, "2025-12-04", "2025-12-05"},
		{Meeting{Date: "2025-10-28", EndDate: "2025-10-29", Precision: PrecisionDay}, "2025-10-28", "2025-10-30"},
		{Meeting{Date: "2025-12-01", Precision: PrecisionWeek}, "2025-12-01", "2025-12-08"},
		{Meeting{Date: "2024-12", Precision: PrecisionMonth}, "2024-12-01", "2025-01-01"},
	}
	for _, tt := range tests {
		s, ok1 := tt.m.Start(time.UTC)
		e, ok2 := tt.m.End(time.UTC)
		if !ok1 || !ok2 || s.Format("2006-01-02") != tt.start || e.Format("2006-01-02") != tt.end {
			t.Errorf("%+v: got %v..%v, want %s..%s", tt.m, s, e, tt.start, tt.end)
		}
	}
	if _, ok := (Meeting{Date: "soon"}).Start(time.UTC); ok {
		t.Error("bad date accepted")
	}
}

func TestAnalysedText(t *testing.T) {
	para := strings.Repeat("word ", 1000) + "end.\n\n" // 5,006 bytes
	long := strings.Repeat(para, 20)                   // about 100 KiB
	oneWord := strings.Repeat("é", MaxAnalysedBytes)   // 128 KiB, no break
	for _, tc := range []struct {
		name, text string
		wantSuffix string
	}{
		{"short text is whole", "Talks on Friday.", "Talks on Friday."},
		{"cut after the last whole paragraph", long, "end."},
		{"cut after the last sentence", strings.Repeat("Talks on Friday. ", 5000), "Friday."},
		{"no break: cut between characters", oneWord, "é"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := AnalysedText(tc.text)
			if len(got) > MaxAnalysedBytes || !strings.HasPrefix(tc.text, got) || !strings.HasSuffix(got, tc.wantSuffix) || !utf8.ValidString(got) {
				t.Errorf("AnalysedText: %d bytes ending %q; want a valid prefix of at most %d bytes ending %q",
					len(got), got[max(0, len(got)-20):], MaxAnalysedBytes, tc.wantSuffix)
			}
			if len(tc.text) <= MaxAnalysedBytes && got != tc.text {
				t.Errorf("a text within the limit must be kept whole")
			}
			if len(tc.text) > MaxAnalysedBytes && len(got) < MaxAnalysedBytes/2 {
				t.Errorf("cut at %d bytes: too early", len(got))
			}
		})
	}
}
