package analysis_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/analysis"
	"github.com/briefbot/briefbot/briefs/analysis/reading"
	"github.com/briefbot/briefbot/briefs/ingest"
	"github.com/briefbot/briefbot/briefs/meetings"
	"github.com/briefbot/briefbot/briefs/samples"
	"github.com/briefbot/briefbot/briefs/summary"
)

// TestEveryPathGivesOneAnswer feeds each sample brief through every way
// briefbot analyses text — the ingest pipeline, `extract FILE`,
// `extract -jsonl`, `summarize -jsonl` and `eval meetings` — and checks
// they agree on the dateline, the summary and the meetings.
func TestEveryPathGivesOneAnswer(t *testing.T) {
	ctx := context.Background()
	ingested := time.Date(2025, 12, 4, 9, 0, 0, 0, time.UTC)
	names, err := fs.Glob(samples.FS, "briefs/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("sample briefs: %v %v", names, err)
	}
	a := analysis.Analyzer{}
	meetingsSeen := 0
	for _, name := range names {
		data, err := fs.ReadFile(samples.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(name, func(t *testing.T) {
			// extract FILE and summarize FILE.
			doc := analysis.Document(name, string(data), time.Time{}, ingested)
			want := a.Brief(ctx, &doc)
			if want.Dateline.Date == "" || want.Summary == "" {
				t.Fatalf("%s: every sample has a dated dateline and a summary; got %+v", name, want)
			}
			meetingsSeen += len(want.Meetings)

			// ingest FILE: the pipeline analyses what ingest.Parse read.
			items := ingest.Parse(name, data, ingest.Options{Now: ingested})
			if len(items) != 1 || items[0].Err != nil {
				t.Fatalf("ingest.Parse: %+v", items)
			}
			stored := items[0].Brief
			a.Brief(ctx, &stored)
			if stored.Dateline != want.Dateline || stored.Summary != want.Summary || !reflect.DeepEqual(stored.Meetings, want.Meetings) {
				t.Errorf("ingest differs from extract:\n ingest  %+v %q %+v\n extract %+v %q %+v",
					stored.Dateline, stored.Summary, stored.Meetings, want.Dateline, want.Summary, want.Meetings)
			}

			// extract -jsonl: the brief's text as one line, no publication time.
			line, _ := json.Marshal(map[string]string{"id": name, "text": doc.Body})
			var out strings.Builder
			if bad, err := meetings.RunJSONL(ctx, strings.NewReader(string(line)), &out, ingested); bad != 0 || err != nil {
				t.Fatalf("RunJSONL: %d bad, %v: %s", bad, err, out.String())
			}
			var got struct {
				Dateline briefs.Dateline
				Meetings []briefs.Meeting
			}
			if err := json.Unmarshal([]byte(out.String()), &got); err != nil {
				t.Fatal(err)
			}
			if got.Dateline != want.Dateline || !sameMeetings(got.Meetings, want.Meetings) {
				t.Errorf("extract -jsonl differs from extract:\n jsonl   %+v %+v\n extract %+v %+v", got.Dateline, got.Meetings, want.Dateline, want.Meetings)
			}

			// summarize -jsonl: the body as one line; the story starts where
			// the reading says, as for summarize FILE.
			var sum strings.Builder
			opts := summary.Options{Sentences: 2, StoryStart: reading.StoryStart}
			if bad, err := summary.RunJSONL(ctx, strings.NewReader(string(line)), &sum, opts); bad != 0 || err != nil {
				t.Fatalf("summary.RunJSONL: %d bad, %v", bad, err)
			}
			var gotSum struct{ Summary string }
			if err := json.Unmarshal([]byte(sum.String()), &gotSum); err != nil || gotSum.Summary != want.Summary {
				t.Errorf("summarize -jsonl differs from summarize:\n jsonl %q (%v)\n file  %q", gotSum.Summary, err, want.Summary)
			}

			// eval meetings: the annotated text with its publication day.
			ev := meetings.OfText(doc.Body, doc.Published, doc.Published)
			if !sameMeetings(ev.Meetings, want.Meetings) {
				t.Errorf("eval differs from extract:\n eval    %+v\n extract %+v", ev.Meetings, want.Meetings)
			}
		})
	}
	if meetingsSeen < 5 {
		t.Errorf("the samples gave %d meetings in all; the comparison needs some", meetingsSeen)
	}
}

// sameMeetings compares meetings as JSON, the form every path prints.
func sameMeetings(a, b []briefs.Meeting) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) == string(jb)
}

// TestPublishedSetsTheDatelineYear: a publication time given for a document
// that has none decides the dateline's year; without one the ingest time
// does (the bug behind `extract -published 2025-12-04` printing 2026).
func TestPublishedSetsTheDatelineYear(t *testing.T) {
	text := "Talks\n\nNew Delhi, Dec 4 (IANS) Ministers will meet later today.\n"
	ingested := time.Date(2026, 12, 4, 23, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		published time.Time
		want      string
	}{
		{time.Date(2025, 12, 4, 0, 0, 0, 0, time.UTC), "2025-12-04"},
		{time.Date(2024, 12, 5, 8, 0, 0, 0, time.UTC), "2024-12-04"},
		{time.Time{}, "2026-12-04"},
	} {
		b := analysis.Document("a.txt", text, c.published, ingested)
		r := analysis.Analyzer{}.Brief(context.Background(), &b)
		if r.Dateline.Date != c.want || len(r.Meetings) != 1 || r.Meetings[0].Date != c.want {
			t.Errorf("published %v: dateline %q, meetings %+v; want both on %s", c.published, r.Dateline.Date, r.Meetings, c.want)
		}
	}
}

// TestMeetingsPerBriefBounded feeds a brief naming far more meetings than
// any real story and checks only MaxMeetings are kept, with the rest
// counted.
func TestMeetingsPerBriefBounded(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("LONDON, Dec 4 (Reuters) - ")
	const n = 3 * analysis.MaxMeetings
	for i := range n {
		fmt.Fprintf(&sb, "The %s Holdings board will meet on %s in London. ", strings.Repeat("Z", 1+i%26)+fmt.Sprint(i), time.Date(2025, 12, 5, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i).Format("January 2"))
	}
	b := analysis.Document("many.txt", sb.String(), time.Date(2025, 12, 4, 9, 0, 0, 0, time.UTC), time.Date(2025, 12, 4, 9, 0, 0, 0, time.UTC))
	r := analysis.Analyzer{}.Brief(context.Background(), &b)
	if len(b.Meetings) != analysis.MaxMeetings || len(r.Meetings) != analysis.MaxMeetings || r.MeetingsDropped == 0 {
		t.Errorf("kept %d meetings (result %d), dropped %d; want %d kept and the rest counted", len(b.Meetings), len(r.Meetings), r.MeetingsDropped, analysis.MaxMeetings)
	}
	t.Logf("%d meetings found, %d kept", len(r.Meetings)+r.MeetingsDropped, len(r.Meetings))
}

// TestLongBriefAnalysedOnItsStart: a brief past briefs.MaxAnalysedBytes
// (a 1 MiB one once took minutes and GBs) is summarised and searched for
// meetings in its first part only, and the result says how much was read;
// every path (extract, extract -jsonl) reads the same part.
func TestLongBriefAnalysedOnItsStart(t *testing.T) {
	ingested := time.Date(2025, 12, 4, 9, 0, 0, 0, time.UTC)
	filler := strings.Repeat("Markets were quiet and traders waited for news from abroad. ", 20) + "\n\n"
	var sb strings.Builder
	sb.WriteString("LONDON, Dec 4 (Reuters) - The finance committee of Acme Holdings will meet on Friday in London.\n\n")
	for sb.Len() < 2*briefs.MaxAnalysedBytes {
		sb.WriteString(filler)
	}
	sb.WriteString("The board of Zenith Mining will meet on December 12 in Perth.\n")
	b := analysis.Document("long.txt", sb.String(), ingested, ingested)
	r := analysis.Analyzer{}.Brief(context.Background(), &b)
	if r.AnalysedBytes == 0 || r.AnalysedBytes > briefs.MaxAnalysedBytes || r.AnalysedBytes >= len(b.Body) {
		t.Errorf("AnalysedBytes %d of %d; want the start, at most %d", r.AnalysedBytes, len(b.Body), briefs.MaxAnalysedBytes)
	}
	var titles []string
	for _, m := range r.Meetings {
		titles = append(titles, m.Title)
	}
	joined := strings.Join(titles, " | ")
	if !strings.Contains(joined, "Acme") || strings.Contains(joined, "Zenith") {
		t.Errorf("meetings %q: want the one at the start (Acme), not the one past the limit (Zenith)", joined)
	}
	if r.Summary == "" {
		t.Error("no summary")
	}
	ev := meetings.OfText(b.Body, b.Published, ingested)
	if !sameMeetings(ev.Meetings, r.Meetings) {
		t.Errorf("extract -jsonl/eval differ from extract on a long brief:\n %+v\n %+v", ev.Meetings, r.Meetings)
	}
	short := analysis.Document("short.txt", "LONDON, Dec 4 (Reuters) - The board will meet on Friday.", ingested, ingested)
	if r := (analysis.Analyzer{}).Brief(context.Background(), &short); r.AnalysedBytes != 0 {
		t.Errorf("a short brief reports AnalysedBytes %d, want 0 (read whole)", r.AnalysedBytes)
	}
}

// cancellingSummarizer ends the analysis' context while it summarises, as
// a SIGTERM arriving mid-brief does.
type cancellingSummarizer struct{ cancel context.CancelFunc }

func (c cancellingSummarizer) Summarize(ctx context.Context, text string, opts summary.Options) (string, string) {
	c.cancel()
	return summary.Extractive{}.Summarize(ctx, text, opts)
}

// TestBriefStopsWhenCancelled: a stop during the summary skips the meeting
// step; the brief is left without meetings for the caller to drop.
func TestBriefStopsWhenCancelled(t *testing.T) {
	ingested := time.Date(2025, 12, 4, 9, 0, 0, 0, time.UTC)
	text := "LONDON, Dec 4 (Reuters) - The finance committee of Acme Holdings will meet on Friday in London."
	for _, stop := range []bool{false, true} {
		ctx, cancel := context.WithCancel(context.Background())
		a := analysis.Analyzer{}
		if stop {
			a.Summarizer = cancellingSummarizer{cancel}
		}
		b := analysis.Document("a.txt", text, ingested, ingested)
		r := a.Brief(ctx, &b)
		if got, want := len(r.Meetings) > 0 || len(b.Meetings) > 0, !stop; got != want {
			t.Errorf("stopped %v: meetings %+v / %+v; want meetings only when not stopped", stop, r.Meetings, b.Meetings)
		}
		if (ctx.Err() != nil) != stop {
			t.Errorf("stopped %v: ctx.Err() = %v", stop, ctx.Err())
		}
		cancel()
	}
}

// panickySummarizer stands for a summariser with a bug that new text
// trips over.
type panickySummarizer struct{}

func (panickySummarizer) Summarize(context.Context, string, summary.Options) (string, string) {
	panic("index out of range [7] with length 7")
}

// TestStepThatPanicsLeavesTheRest: a step that panics on one brief is
// reported in Result.Failed and the steps after it still run, so one brief
// cannot stop an ingest or the daemon.
func TestStepThatPanicsLeavesTheRest(t *testing.T) {
	data, err := fs.ReadFile(samples.FS, "briefs/01-india-russia-irigc.txt")
	if err != nil {
		t.Fatal(err)
	}
	b := analysis.Document("01.txt", string(data), time.Time{}, time.Date(2025, 12, 4, 9, 0, 0, 0, time.UTC))
	res := analysis.Analyzer{Summarizer: panickySummarizer{}}.Brief(context.Background(), &b)
	if res.Failed == nil || res.Failed.Step != "summary" || !strings.Contains(res.Failed.Panic, "index out of range") {
		t.Fatalf("Failed = %+v, want the summary step's panic", res.Failed)
	}
	if !strings.Contains(res.Failed.Stack, "panickySummarizer") {
		t.Errorf("stack does not show where it panicked:\n%s", res.Failed.Stack)
	}
	if b.Summary != "" || len(b.Meetings) == 0 {
		t.Errorf("summary %q, %d meetings; want no summary and the meetings still found", b.Summary, len(b.Meetings))
	}
	if err := res.Failed.Error(); !strings.Contains(err, "summary step failed") {
		t.Errorf("Error() = %q", err)
	}
}

// TestHeadingCompanyOnEitherPath: a company calendar read from a file has
// its heading line taken as the title ("Harbourline Investment Trust plc -
// Key dates"); its general meeting is still the company's, as when the
// heading stays in the text (eval's path).
func TestHeadingCompanyOnEitherPath(t *testing.T) {
	text := "Harbourline Investment Trust plc - Key dates\n\nHalf-year end: 30 June 2026\nInterim results: 12 August 2026\nGeneral Meeting (continuation vote): 10 September 2026, 12 noon, London\n"
	want := []string{"Harbourline Investment Trust plc"}
	for path, ms := range bothWays(t, "dates.txt", text, time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC)) {
		if len(ms) != 1 || !reflect.DeepEqual(ms[0].Participants, want) {
			t.Errorf("%s path: meetings %+v, want one with parties %q", path, ms, want)
		}
	}
}

// TestDiaryTitleDayOnEitherPath: a schedule read from a file has its
// heading line taken as the title ("Mayor's Public Schedule - Wednesday,
// June 3, 2026"); its timed lines still fall on the title's day, as when
// the heading stays in the text (eval's path), and each line is its own.
func TestDiaryTitleDayOnEitherPath(t *testing.T) {
	text := "Mayor's Public Schedule - Wednesday, June 3, 2026\n\n10:00 a.m. - Meeting with the Greater Eastport Chamber of Commerce board, City Hall\n1:30 p.m. - Ribbon cutting, Harbor Park\n"
	for path, ms := range bothWays(t, "schedule.txt", text, time.Date(2026, 6, 2, 0, 0, 0, 0, time.UTC)) {
		if len(ms) != 1 || ms[0].Date != "2026-06-03" || ms[0].Place != "City Hall" {
			t.Errorf("%s path: meetings %+v, want one on 2026-06-03 at City Hall", path, ms)
		}
	}
}

// TestFileAndEvalPathsAgree reads every annotated story of the meeting
// sets (briefs/meetings/testdata, not the held-out ones) both ways: as
// `extract FILE` and ingest read a file (ingest.Parse takes a stand-alone
// first line as the title) and as `eval meetings` reads it (the whole
// text). Their meetings must agree but on a handful of texts: with the dev
// set, 38 of 2,232 differed at the end of round 12; 4 of these sets' 2,181
// do since the meeting reader reads a heading title with its text
// (meetings.headed). The differing ids are logged.
func TestFileAndEvalPathsAgree(t *testing.T) {
	const allowed = 4
	files, err := filepath.Glob(filepath.Join("..", "meetings", "testdata", "*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("the meeting sets: %v %v", files, err)
	}
	var differ []string
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			var d struct{ ID, Published, Text string }
			if err := json.Unmarshal([]byte(line), &d); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			pub, err := time.Parse("2006-01-02", d.Published)
			if err != nil {
				continue
			}
			n++
			if ms := readBothWays(t, "story.txt", d.Text, pub); !sameMeetingFields(ms["eval"], ms["file"]) {
				differ = append(differ, d.ID)
			}
		}
	}
	if n < 2000 {
		t.Fatalf("read %d stories, want the sets' 2,000 and more", n)
	}
	if len(differ) > allowed {
		t.Errorf("%d of %d texts give other meetings read as a file than as eval reads them (at most %d): %v", len(differ), n, allowed, differ)
	}
	t.Logf("%d of %d texts differ: %v", len(differ), n, differ)
}

// readBothWays is the meetings of text read as a file named name (ingest
// takes a stand-alone first line as the title) and as eval reads it (the
// whole text), by "file" and "eval".
func readBothWays(t *testing.T, name, text string, pub time.Time) map[string][]briefs.Meeting {
	t.Helper()
	file, _, failed := analysis.Explain(analysis.Document(name, text, pub, pub))
	if failed != nil {
		t.Fatalf("%s %.60q: %v", name, text, failed)
	}
	return map[string][]briefs.Meeting{"file": file.Meetings, "eval": meetings.OfText(text, pub, pub).Meetings}
}

// bothWays is readBothWays for a text whose first line must be read as
// the file's title.
func bothWays(t *testing.T, name, text string, pub time.Time) map[string][]briefs.Meeting {
	t.Helper()
	if doc := analysis.Document(name, text, pub, pub); doc.Title == "" {
		t.Fatalf("the heading line is no title: %+v", doc)
	}
	return readBothWays(t, name, text, pub)
}

// sameMeetingFields compares what a reader sees of meetings: day, place
// and parties.
func sameMeetingFields(a, b []briefs.Meeting) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Date != b[i].Date || a[i].Place != b[i].Place || !reflect.DeepEqual(a[i].Participants, b[i].Participants) {
			return false
		}
	}
	return true
}
