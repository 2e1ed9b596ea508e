package meetings

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/internal/benchcpu"
)

// devFile opens meetings.dev.jsonl from BRIEFBOT_EVAL_DIR or the shared
// eval folder next to the repository, skipping the test when absent.
func devFile(tb testing.TB) *os.File {
	tb.Helper()
	dir := os.Getenv("BRIEFBOT_EVAL_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "eval")
	}
	f, err := os.Open(filepath.Join(dir, "meetings.dev.jsonl"))
	if err != nil {
		tb.Skipf("dev set not available: %v", err)
	}
	tb.Cleanup(func() { f.Close() })
	return f
}

// TestDevSet checks the scores on the dev stories stay above floors a bit
// below what the extractor reaches (F1 0.94 with dates, place 0.91,
// participants P 0.86 R 0.94 when last raised).
func TestDevSet(t *testing.T) {
	rep, err := Eval(context.Background(), devFile(t), io.Discard, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("F1 with dates %.3f, ignoring dates %.3f, status %.3f, place %.3f, participants P %.3f R %.3f",
		rep.WithDates.F1(), rep.NoDates.F1(), rep.StatusAcc(), rep.PlaceAcc(), rep.PartPrecision(), rep.PartRecall())
	checkFloors(t, rep, floors{withDates: 0.88, noDates: 0.88, status: 0.92, place: 0.86, participants: 0.88, partPrecision: 0.83})
}

// TestHeldOutSet scores testdata/heldout.jsonl: 40 stories written and
// annotated for this package but not used to write its rules before they
// were first measured (F1 0.860 with dates at that first look; the rules
// were then improved with these stories in view, so the figure now
// overstates accuracy on unseen text).
func TestHeldOutSet(t *testing.T) {
	rep := evalFile(t, "heldout.jsonl", 40)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.85, participants: 0.78, partPrecision: 0.83})
}

// TestFreshSet scores testdata/fresh.jsonl: 16 more stories written after
// the rules were tuned on the held-out set and measured once (F1 1.000 with
// dates, place 1.000, participants 0.773). The same person wrote the rules
// and these stories, so read it as optimistic.
func TestFreshSet(t *testing.T) {
	rep := evalFile(t, "fresh.jsonl", 16)
	checkFloors(t, rep, floors{withDates: 0.90, noDates: 0.90, status: 0.90, place: 0.85, participants: 0.85, partPrecision: 0.85})
}

// TestUnseen17Set scores testdata/unseen17.jsonl: 22 stories written for
// issue 17's error classes (testdata/unseen17.py) and measured once before
// any rule was changed: F1 0.840 with dates, place 0.619, participants P
// 0.645 R 0.645, status 0.952 (one missed meeting was then added to the
// annotation). The rules were fixed with these stories in view, so the
// figures now overstate accuracy on unseen text.
func TestUnseen17Set(t *testing.T) {
	rep := evalFile(t, "unseen17.jsonl", 22)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.92, place: 0.90, participants: 0.82, partPrecision: 0.90})
}

// TestUnseen17bSet scores testdata/unseen17b.jsonl: 24 more stories for
// issue 17's error classes (testdata/unseen17b.py), written before this
// pass's rule changes and measured once before any: F1 0.824 with dates
// (P 0.955 R 0.724), status 0.952, place 0.667, participants P 0.812 R
// 0.867. The rules were then fixed with them in view, so the figures now
// overstate accuracy on unseen text.
func TestUnseen17bSet(t *testing.T) {
	rep := evalFile(t, "unseen17b.jsonl", 24)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.92, place: 0.86, participants: 0.93, partPrecision: 0.95})
}

// TestUnseen17cSet scores testdata/unseen17c.jsonl: 12 stories written
// after the unseen17b rule changes (testdata/unseen17c.py) and measured once
// before any change made with them in view: F1 0.875 with dates, status
// 1.000, place 0.714, participants P 0.778 R 0.737. The rules were then
// fixed with them in view too.
func TestUnseen17cSet(t *testing.T) {
	rep := evalFile(t, "unseen17c.jsonl", 12)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.88, participants: 0.88, partPrecision: 0.92})
}

// TestUnseen17dSet scores testdata/unseen17d.jsonl: 8 stories written
// after the unseen17c rule changes and measured once before any change made
// with them in view: F1 1.000 with dates, status 0.900, place 0.600,
// participants P 0.733 R 0.846. The rules were then fixed with them in view.
func TestUnseen17dSet(t *testing.T) {
	rep := evalFile(t, "unseen17d.jsonl", 8)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.75, participants: 0.92, partPrecision: 0.88})
}

// TestUnseen17eSet scores testdata/unseen17e.jsonl: 25 stories (35
// meetings) written for issue 17's place and participant classes
// (testdata/unseen17e.py) and measured once before any change made with them
// in view: F1 0.943 with dates, status 1.000, place 0.758, participants P
// 0.738 R 0.738. The rules were then fixed with them in view (F1 0.986,
// place 0.97, participants P 0.98 R 0.97), so these figures overstate
// accuracy on unseen text.
func TestUnseen17eSet(t *testing.T) {
	rep := evalFile(t, "unseen17e.jsonl", 25)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.92, participants: 0.92, partPrecision: 0.93})
}

// TestUnseen17fSet scores testdata/unseen17f.jsonl: 28 stories (31
// meetings, 5 stories with none) written for issue 17's meeting, date-clause
// and status classes (testdata/unseen17f.py) and measured once before any
// change made with them in view: F1 0.814 with dates (P 0.857 R 0.774),
// status 1.000, place 0.792, participants P 0.775 R 0.861. The rules were
// then fixed with them in view.
func TestUnseen17fSet(t *testing.T) {
	rep := evalFile(t, "unseen17f.jsonl", 28)
	checkFloors(t, rep, floors{withDates: 0.93, noDates: 0.93, status: 0.95, place: 0.80, participants: 0.80, partPrecision: 0.75})
}

// TestUnseen17gSet scores testdata/unseen17g.jsonl: 13 stories (14
// meetings) written after the unseen17e rule changes (testdata/unseen17g.py)
// and measured once before any change made with them in view: F1 0.923 with
// dates, status 1.000, place 0.667, participants P 0.800 R 0.800.
func TestUnseen17gSet(t *testing.T) {
	rep := evalFile(t, "unseen17g.jsonl", 13)
	checkFloors(t, rep, floors{withDates: 0.90, noDates: 0.90, status: 0.95, place: 0.65, participants: 0.78, partPrecision: 0.78})
}

// TestUnseen17hSet scores testdata/unseen17h.jsonl: 11 stories (15
// meetings) written after the unseen17f rule changes (testdata/unseen17h.py)
// as an out-of-sample check, measured once before any change made with them
// in view: F1 0.857 with dates (P 0.923 R 0.800), 0.929 ignoring dates,
// status 1.000, place 0.667, participants P 0.786 R 0.688. The rules were
// then fixed with them in view.
func TestUnseen17hSet(t *testing.T) {
	rep := evalFile(t, "unseen17h.jsonl", 11)
	checkFloors(t, rep, floors{withDates: 0.93, noDates: 0.93, status: 0.95, place: 0.65, participants: 0.62, partPrecision: 0.72})
}

// TestUnseen17iSet scores testdata/unseen17i.jsonl: 10 stories (12
// meetings) written after the unseen17h rule changes (testdata/unseen17i.py)
// as a last out-of-sample check, measured once before any change made with
// them in view: F1 0.696 with dates (P 0.727 R 0.667), 0.783 ignoring
// dates, status 1.000, place 1.000, participants P 0.923 R 1.000. The rules
// were then fixed with them in view.
func TestUnseen17iSet(t *testing.T) {
	rep := evalFile(t, "unseen17i.jsonl", 10)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.90, participants: 0.90, partPrecision: 0.75})
}

// TestUnseen17kSet scores testdata/unseen17k.jsonl: 12 stories (13
// meetings, one optional) written after the unseen17g and unseen17i place
// and participant fixes (testdata/unseen17k.py) and measured once before any
// change made with them in view: F1 0.917 with dates, status 1.000, place
// 0.909, participants P 0.833 R 0.882. The rules were then fixed with them
// in view (F1 0.960, place and participants 1.000).
func TestUnseen17kSet(t *testing.T) {
	rep := evalFile(t, "unseen17k.jsonl", 12)
	checkFloors(t, rep, floors{withDates: 0.93, noDates: 0.93, status: 0.95, place: 0.95, participants: 0.95, partPrecision: 0.95})
}

// TestUnseen17jSet scores testdata/unseen17j.jsonl: 11 stories (13
// meetings) written after the unseen17i rule changes (testdata/unseen17j.py)
// as a final out-of-sample check, measured once before any change made with
// them in view: F1 0.800 with dates (P 0.833 R 0.769), 0.960 ignoring
// dates, status 1.000, place 0.800, participants P 0.750 R 0.857. The rules
// were then fixed with them in view.
func TestUnseen17jSet(t *testing.T) {
	rep := evalFile(t, "unseen17j.jsonl", 11)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.75, participants: 0.80, partPrecision: 0.70})
}

// TestUnseen17xSet scores testdata/unseen17x.jsonl: 10 stories (12
// meetings) written after the unseen17j rule changes (testdata/unseen17x.py)
// as one more out-of-sample check, measured once before any change made
// with them in view: F1 0.800 with dates (P 0.769 R 0.833), 0.960 ignoring
// dates, status 0.900, place 0.700, participants P 0.917 R 0.846. The rules
// were then fixed with them in view.
func TestUnseen17xSet(t *testing.T) {
	rep := evalFile(t, "unseen17x.jsonl", 10)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.70, participants: 0.80, partPrecision: 0.85})
}

// TestUnseen17ySet scores testdata/unseen17y.jsonl: 8 stories (11
// meetings) written after the unseen17x rule changes (testdata/unseen17y.py)
// as the last out-of-sample check of the meeting and date rules, measured
// once before any change made with them in view: F1 0.952 with dates (P
// 1.000 R 0.909), status 0.700, place 0.600, participants P 0.900 R 0.643.
// The status rules were then fixed with them in view.
func TestUnseen17ySet(t *testing.T) {
	rep := evalFile(t, "unseen17y.jsonl", 8)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.55, participants: 0.55, partPrecision: 0.85})
}

// TestUnseen17mSet scores testdata/unseen17m.jsonl: 8 stories written after
// the unseen17j and unseen17k fixes (testdata/unseen17m.py) and measured
// once before any change made with them in view: F1 0.933 with dates,
// status 1.000, place 0.714, participants P 0.625 R 0.833. The rules were
// then fixed with them in view (participants P 1.000 R 0.917).
func TestUnseen17mSet(t *testing.T) {
	rep := evalFile(t, "unseen17m.jsonl", 8)
	checkFloors(t, rep, floors{withDates: 0.90, noDates: 0.90, status: 0.95, place: 0.70, participants: 0.90, partPrecision: 0.95})
}

// TestUnseen17pSet scores testdata/unseen17p.jsonl: 21 stories (23
// meetings) written for issue 17's place and participant classes
// (testdata/unseen17p.py) and measured once before any rule change: F1
// 0.875 with dates, status 1.000, place 0.857, participants P 0.838 R 0.674
// (P 0.865 R 0.711 once two annotations were corrected against the
// guideline, still with the unchanged rules). The rules were then fixed
// with them in view.
func TestUnseen17pSet(t *testing.T) {
	rep := evalFile(t, "unseen17p.jsonl", 21)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.95, participants: 0.85, partPrecision: 0.90})
}

// TestUnseen17pbSet scores testdata/unseen17pb.jsonl: 17 stories (20
// meetings, one optional) written after the unseen17p place and participant
// fixes, with wordings the rules were not written for (testdata/unseen17pb.py),
// and measured once before any change made with them in view: F1 0.850 with
// dates, status 1.000, place 0.706, participants P 0.731 R 0.613 — the
// honest figure of what those fixes generalise to.
func TestUnseen17pbSet(t *testing.T) {
	rep := evalFile(t, "unseen17pb.jsonl", 17)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.85, participants: 0.75, partPrecision: 0.85})
}

// TestUnseen17pcSet scores testdata/unseen17pc.jsonl: 11 stories (12
// meetings) written after the unseen17pb fixes (testdata/unseen17pc.py) and
// measured once before any change made with them in view: F1 0.909 with
// dates (P 1.000 R 0.833), status 0.900, place 0.800, participants P 0.750
// R 0.545 — participants still do not generalise.
func TestUnseen17pcSet(t *testing.T) {
	rep := evalFile(t, "unseen17pc.jsonl", 11)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.95, participants: 0.80, partPrecision: 0.90})
}

// TestUnseen17pdSet scores testdata/unseen17pd.jsonl: 9 stories written
// after the unseen17pc and unseen17r fixes (testdata/unseen17pd.py) and
// measured once before any change made with them in view: F1 0.941 with
// dates (P 1.000 R 0.889), status 1.000, place 0.875, participants P 0.909
// R 0.714 (lowercase groups: "his provincial counterparts", "state
// premiers"). The rules were then fixed with them in view. The
// participants floor went from 0.95 to 0.93 when helper 17c's visitingGroup
// found the one meeting missed (u17pd-07, "will receive a delegation of
// Japanese businessmen led by ...": F1 0.941 -> 1.000), whose party
// "Japanese businessmen" the participant rules do not give.
func TestUnseen17pdSet(t *testing.T) {
	rep := evalFile(t, "unseen17pd.jsonl", 9)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.95, participants: 0.93, partPrecision: 0.95})
}

// TestUnseen17peSet scores testdata/unseen17pe.jsonl: 7 stories (9
// meetings) written after the unseen17pd fixes (testdata/unseen17pe.py) as
// the last check of what the place and participant rules generalise to,
// measured once before any change made with them in view: F1 0.941 with
// dates (P 1.000 R 0.889), status 1.000, place 0.875, participants P 0.909
// R 0.667. Then fixed with them in view (place 1.000, participants P 1.000
// R 0.733).
func TestUnseen17peSet(t *testing.T) {
	rep := evalFile(t, "unseen17pe.jsonl", 7)
	checkFloors(t, rep, floors{withDates: 0.90, noDates: 0.90, status: 0.95, place: 0.95, participants: 0.70, partPrecision: 0.95})
}

// TestUnseen17qSet scores testdata/unseen17q.jsonl: 28 stories (33
// meetings, three optional; eight stories with no meeting: a dividend, a
// House vote, a market session, a news conference, a cricket Test, a tender
// deadline, a called-off meeting, a Sensex day) written for issue 17's
// meeting classes (several mentions of one meeting, dates from the wrong
// clause, missed meetings, status) before any rule change made with them,
// in Reuters-1987 and Indian-wire style (testdata/unseen17q.py), and
// measured once: F1 0.842 with dates (P 0.889 R 0.800), 0.877 ignoring
// dates, status 0.958, place 1.000, participants P 0.889 R 0.667. The
// clause rules were then fixed with them in view (F1 0.983, status 1.000).
func TestUnseen17qSet(t *testing.T) {
	rep := evalFile(t, "unseen17q.jsonl", 28)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.90, participants: 0.75, partPrecision: 0.85})
}

// TestUnseen17rSet scores testdata/unseen17r.jsonl: 14 stories (17
// meetings and two optional; four with no meeting) written after the
// unseen17q rule changes had landed (testdata/unseen17r.py) and measured
// once before any change made with them in view: F1 0.865 with dates (P
// 0.800 R 0.941), 0.919 ignoring dates, status 1.000, place 0.688,
// participants P 0.773 R 0.810 — the honest figure for what the unseen17q
// changes generalise to. The rules were then fixed with them in view (F1
// 1.000 with dates).
func TestUnseen17rSet(t *testing.T) {
	rep := evalFile(t, "unseen17r.jsonl", 14)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.65, participants: 0.80, partPrecision: 0.70})
}

// TestUnseen17sSet scores testdata/unseen17s.jsonl: 11 stories (11
// meetings and one optional; three with no meeting) written after the
// unseen17r rule changes had landed (testdata/unseen17s.py) and measured
// once before any change made with them in view: F1 0.818 with dates (P
// 0.818 R 0.818), 0.909 ignoring dates, status 0.778, place 0.889,
// participants P 0.733 R 0.733. The rules were then fixed with them in
// view (F1 0.952, status 1.000; "The last one was held in Paris in
// November" is still missed).
func TestUnseen17sSet(t *testing.T) {
	rep := evalFile(t, "unseen17s.jsonl", 11)
	checkFloors(t, rep, floors{withDates: 0.90, noDates: 0.90, status: 0.95, place: 0.75, participants: 0.70, partPrecision: 0.70})
}

// TestUnseen17tSet scores testdata/unseen17t.jsonl: 9 stories (7
// meetings and two optional; three with no meeting) written after the
// unseen17s and 17pc rule changes had landed (testdata/unseen17t.py) and
// measured once before any change made with them in view: F1 0.923 with
// dates (P 1.000 R 0.857), status 1.000, place 1.000, participants P 0.909
// R 0.833. The rules were then fixed with them in view (F1 1.000).
func TestUnseen17tSet(t *testing.T) {
	rep := evalFile(t, "unseen17t.jsonl", 9)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.95, participants: 0.80, partPrecision: 0.85})
}

// TestUnseen17wSet scores testdata/unseen17w.jsonl: 18 stories (20
// meetings; three stories with none) written in session 6 for the issue's
// detection, merging, date and status classes (testdata/unseen17w.py) and
// measured once on main 0e19964 before any change made with them in view:
// F1 0.927 with dates (P 0.905 R 0.950), 0.976 ignoring dates, status
// 1.000, place 0.895, participants P 0.952 R 0.769. Then "what is expected
// to be their final session next Tuesday" was found (F1 0.952). Left: "who
// have been meeting in Ottawa since June" is read as an ongoing meeting,
// and "will meet again on Friday" after "three sessions so far this week"
// as a second one.
func TestUnseen17wSet(t *testing.T) {
	rep := evalFile(t, "unseen17w.jsonl", 18)
	checkFloors(t, rep, floors{withDates: 0.93, noDates: 0.95, status: 0.95, place: 0.80, participants: 0.60, partPrecision: 0.85})
}

// TestUnseen17vSet scores testdata/unseen17v.jsonl: 17 stories (16
// meetings and one optional; four stories with none), a second set written
// in session 6 for the detection, merging, date and status classes
// (testdata/unseen17v.py) and measured once on 0fbc066 before any change
// made with them in view: F1 0.909 with dates (P 0.882 R 0.938), 0.970
// ignoring dates, status 1.000, place 0.800, participants P 0.900 R 0.720.
// Then talks "which opened in January, are continuing this week" keep
// January, and "since talks collapsed in April" dates no talks (F1 1.000).
func TestUnseen17vSet(t *testing.T) {
	rep := evalFile(t, "unseen17v.jsonl", 17)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.70, participants: 0.70, partPrecision: 0.85})
}

// TestUnseen17wuSet scores testdata/unseen17wu.jsonl: 16 stories (15
// meetings and one optional; four stories with none; modern wire copy
// beside 1987 Reuters), a third set written in session 6 for detection,
// merging, dates and status (testdata/unseen17wu.py) and measured once on
// cc08f06 before any change made with them in view: F1 0.857 with dates (P
// 0.923 R 0.800), 0.929 ignoring dates, status 1.000, place 1.000,
// participants P 0.933 R 0.778. Then: "has convened an all-party meeting on
// Sunday" looks ahead; "two days of talks ... on access to Japanese markets
// ended yesterday" is found and ends yesterday; "The session will begin on
// July 21" dates the parliament session named before (F1 1.000). Story 10
// was first annotated without the dateline city the guideline implies.
func TestUnseen17wuSet(t *testing.T) {
	rep := evalFile(t, "unseen17wu.jsonl", 16)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.90, participants: 0.70, partPrecision: 0.85})
}

// TestUnseen17wxSet scores testdata/unseen17wx.jsonl: 16 stories (14
// meetings and two optional; three stories with none), a fourth set written
// in session 6 for detection, merging, dates and status
// (testdata/unseen17wx.py) and measured once on 65e3d9b before any change
// made with them in view: F1 0.929 with dates (P 0.929 R 0.929), status
// 1.000, place 0.615, participants P 0.688 R 0.647. Then "Monday's session
// of the OPEC council" is found and ice hockey is sport (F1 1.000). Story
// 3 was first annotated with a place the text does not give.
func TestUnseen17wxSet(t *testing.T) {
	rep := evalFile(t, "unseen17wx.jsonl", 16)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.70, participants: 0.60, partPrecision: 0.65})
}

// TestUnseen17wySet scores testdata/unseen17wy.jsonl: 15 stories (17
// meetings and one optional; three stories with none), a fifth set written
// in session 6 for detection, merging, dates and status
// (testdata/unseen17wy.py) and measured once on f36a47e before any change
// made with them in view: F1 0.800 with dates (P 0.923 R 0.706), 0.867
// ignoring dates, status 0.750, place 0.917, participants P 0.933 R 0.875.
// Then: another day's called-off meeting cancels no same-key meeting; a
// cancelling verb with another object ("suspended interest payments")
// cancels nothing; "its last meeting" is another of the series; "will meet
// from December 3 to 5" and "will meet on Thursday to discuss debt" are
// found; "adjourned today until August 17" resumes then; "is holding talks
// today" and "met for a second day today" are under way; a meeting's days
// beat one day of it named elsewhere (F1 1.000, status 1.000).
func TestUnseen17wySet(t *testing.T) {
	rep := evalFile(t, "unseen17wy.jsonl", 15)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.85, participants: 0.80, partPrecision: 0.75})
}

// TestUnseen17wzSet scores testdata/unseen17wz.jsonl: 15 stories (14
// meetings; three stories with none), a sixth set written in session 6 for
// detection, merging, dates and status (testdata/unseen17wz.py) and
// measured once on 6101843 before any change made with them in view: F1
// 0.828 with dates (P 0.800 R 0.857), 0.966 ignoring dates, status 1.000,
// place 0.833, participants P 0.889 R 0.762. Two annotation slips were then
// corrected (a "two-day" meeting from Tuesday to Thursday; a week
// annotated as its month): F1 0.897. Then a ", with X set to announce ...
// on Friday" clause's day dates no meeting outside it, and "under the
// auspices of the Islamic Conference" names a body (F1 1.000).
func TestUnseen17wzSet(t *testing.T) {
	rep := evalFile(t, "unseen17wz.jsonl", 15)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.80, participants: 0.75, partPrecision: 0.85})
}

// TestUnseen17wmSet scores testdata/unseen17wm.jsonl: 12 modern wire
// stories (11 meetings; two stories with none), a seventh set written in
// session 6 for detection, merging, dates and status
// (testdata/unseen17wm.py) and measured once on f9b5eac before any change
// made with them in view: F1 0.818 with dates (P 0.818 R 0.818), 0.909
// ignoring dates, status 0.889, place 0.778, participants P 0.846 R 0.688.
// Then: "later in the day" dates a meeting to the reference day; "the
// first meeting since the Budget was presented on February 1" takes no
// date from the since clause; "earlier scheduled for Thursday, has been
// advanced to Wednesday" moves it; "is meeting ... this afternoon" is to
// come; "The next round will be held in Brussels" lends the round before
// it no place (F1 1.000, status 1.000).
func TestUnseen17wmSet(t *testing.T) {
	rep := evalFile(t, "unseen17wm.jsonl", 12)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.70, participants: 0.70, partPrecision: 0.80})
}

// TestUnseen17wqSet scores testdata/unseen17wq.jsonl: 13 stories (13
// meetings; two stories with none), an eighth set written in session 6 for
// detection, merging, dates and status (testdata/unseen17wq.py) and
// measured once on 88610ee before any change made with them in view: F1
// 0.783 with dates (P 0.900 R 0.692), 0.870 ignoring dates, status 0.889,
// place 1.000, participants P 0.833 R 0.833. Then "this weekend" dates a
// meeting to its week; "which began on Monday, are scheduled to end
// tomorrow" keeps Monday; "resumed its summer session today" makes the
// Conference named beside it under way; ", where the summit takes place on
// April 4" is the summit's day (F1 0.923). Left: "will receive ... on
// June 25" written in July is read as the June past. Participant
// precision floor 0.80 -> 0.70 in session 7: rule parties.group-phrase
// names "West African central bank governors" for both their meetings,
// which this set annotates with no party, while five other sets list such
// groups ("Australian wool growers", "South Asian countries", "Central
// American foreign ministers").
func TestUnseen17wqSet(t *testing.T) {
	rep := evalFile(t, "unseen17wq.jsonl", 13)
	checkFloors(t, rep, floors{withDates: 0.90, noDates: 0.90, status: 0.95, place: 0.90, participants: 0.60, partPrecision: 0.70})
}

// TestUnseen17wrSet scores testdata/unseen17wr.jsonl: 12 stories (11
// meetings and one optional; two stories with none), a ninth set written
// in session 6 (testdata/unseen17wr.py) and measured once on cbadcd8
// before any change made with them in view: F1 0.957 with dates (P 0.917
// R 1.000), status 0.909, place 0.818, participants P 1.000 R 0.800. Then
// "World Cup" counts as sport, so "the two sides meet again in the knockout
// stage" is no meeting (F1 1.000). Left: "the two-day talks ending today
// have agreed" is read as over (past; annotated ongoing).
func TestUnseen17wrSet(t *testing.T) {
	rep := evalFile(t, "unseen17wr.jsonl", 12)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.85, place: 0.75, participants: 0.75, partPrecision: 0.90})
}

// TestUnseen17wsSet scores testdata/unseen17ws.jsonl: 10 stories (10
// meetings; one story with none) on status and later mentions, a tenth set
// written in session 6 (testdata/unseen17ws.py) and measured once on
// c2d0a72 before any change made with them in view: F1 0.778 with dates
// (P 0.875 R 0.700), status 1.000, place 0.857, participants P 1.000 R
// 0.889. Then: talks that "broke off last night" were held (only "called
// off" cancels); "are in session in Copenhagen today for a two-day summit"
// is one meeting; "The meeting of Commonwealth law ministers, which ended
// in Auckland yesterday" takes that day (F1 0.947). Left: "They will
// resume next week" after them is not found.
func TestUnseen17wsSet(t *testing.T) {
	rep := evalFile(t, "unseen17ws.jsonl", 10)
	checkFloors(t, rep, floors{withDates: 0.90, noDates: 0.90, status: 0.95, place: 0.90, participants: 0.85, partPrecision: 0.90})
}

// TestHeldOut17Set scores testdata/heldout17.jsonl: 44 stories (69 meetings
// plus 2 optional; 14 stories with none) written blind for issue 17 by an
// evaluator who changed no rule and read neither the rules nor the other
// unseen17 sets (testdata/heldout17.py), kept off main while the rules were
// tuned, and measured once at each end: at edede01 F1 0.921 with dates, 0.950
// ignoring dates, status 1.000, place 0.781, participants P 0.809 R 0.674;
// at 8f6ef6d F1 0.921, 0.950, status 1.000, place 0.812, participants P
// 0.805 R 0.689. No rule has been changed with these stories in view, so
// until one is the figures are a fair measure on unseen text; the floors
// sit a little below the 8f6ef6d figures.
func TestHeldOut17Set(t *testing.T) {
	rep := evalFile(t, "heldout17.jsonl", 44)
	checkFloors(t, rep, floors{withDates: 0.90, noDates: 0.93, status: 0.95, place: 0.78, participants: 0.66, partPrecision: 0.78})
}

// TestHeldOut17bSet scores testdata/heldout17b.jsonl: 51 wire stories (59
// meetings plus 5 optional; 14 stories with none) written blind for issue 17
// by an evaluator who changed no rule and read neither the rules nor the
// other sets (testdata/heldout17b.py), kept off main while the rules changed,
// and measured once at each end: at 75fa042 F1 0.930 with dates, 0.947
// ignoring dates, status 0.962, place 0.887, participants P 0.769 R 0.648; at
// 9c06e83 F1 0.922, 0.939, status 0.962, place 0.887, participants P 0.785 R
// 0.676. No rule has been changed with these stories in view; the floors sit
// a little below the 9c06e83 figures.
func TestHeldOut17bSet(t *testing.T) {
	rep := evalFile(t, "heldout17b.jsonl", 51)
	checkFloors(t, rep, floors{withDates: 0.90, noDates: 0.92, status: 0.94, place: 0.86, participants: 0.65, partPrecision: 0.76})
}

// TestHeldOut17NotesSet scores testdata/heldout17notes.jsonl: 20 press
// releases, notices, readouts, minutes and a diary note (26 meetings plus 4
// optional; 4 with none), written and measured the same way
// (testdata/heldout17notes.py): at 75fa042 F1 0.708 with dates, 0.917
// ignoring dates, status 0.941, place 0.647, participants P 0.679 R 0.704; at
// 9c06e83 F1 0.708, 0.917, status 0.941, place 0.647, participants P 0.724 R
// 0.778. Dates written with a weekday ("on Friday, 7th November, 2025") and
// diary lines are the main losses. Then rule timex.weekday-beside-date
// (tested on fresh sentences first) dated two more meetings right: F1 0.792,
// status 0.947, place 0.684, participants P 0.677 R 0.724 (the two meetings
// now matched bring their participants into the score). The set is no longer
// blind for that class; the floors sit a little below these figures. Then
// (helper 17c, rules made on fresh17fa/fresh17fb only) the listing rules and
// a bare clock's day: F1 0.875, status 0.952, place 0.762, participants P
// 0.733 R 0.688 (one meeting more matched, with its place and two
// participants missed: place 16 of 21 right as 16 of 20 before); with the
// open debate, the consultation and the dialogue as meetings F1 0.920,
// 0.960 ignoring dates, status 0.957, place 0.739, participants P 0.722 R
// 0.722; with a meeting named by its numbered acronym ("the 25th SOMTC")
// F1 0.923, 0.962 ignoring dates, status 0.958, place 0.792, participants
// P 0.735 R 0.658 (one meeting more matched with two parties missed, and
// one right party fewer: 25 of 38 as 26 of 36 before; not looked into, the
// set stays unread); with acronyms in a meeting's name as parties,
// participants P 0.771 R 0.711.
func TestHeldOut17NotesSet(t *testing.T) {
	rep := evalFile(t, "heldout17notes.jsonl", 20)
	checkFloors(t, rep, floors{withDates: 0.88, noDates: 0.93, status: 0.92, place: 0.75, participants: 0.68, partPrecision: 0.73})
}

// TestBlind17cSet scores testdata/blind17c.jsonl: 45 wire stories (63
// meetings plus 2 optional; 11 with none) written blind for issue 17 by an
// evaluator who read no rule, no other set and no test (testdata/blind17c.py;
// measurements in testdata/blind17c.RESULTS.md): at 2e3e960 F1 0.867 with
// dates, 0.917 ignoring dates, status 0.981, place 0.731, participants P 0.883
// R 0.648; at 8375a50 F1 0.885, 0.934, status 0.981, place 0.741, participants
// P 0.910 R 0.651. No rule has been changed with these stories in view; the
// floors sit a little below the 8375a50 figures. Helper 17t brought five of
// its gold meetings to the settled party convention (a person who
// represents a country stands for it: b17c-03, -17, -42, -26 twice);
// b17c-26's April round still gets "Azerbaijan" (its deputy prime minister
// is not among that meeting's parties), so the precision floor went from
// 0.88 to 0.86 (P 0.870, 87/100).
// parties.series (a meeting that names no party takes the bodies of the
// first of its kind): recall 0.731 -> 0.782, precision 0.861 -> 0.845.
func TestBlind17cSet(t *testing.T) {
	rep := evalFile(t, "blind17c.jsonl", 45)
	checkFloors(t, rep, floors{withDates: 0.86, noDates: 0.91, status: 0.95, place: 0.71, participants: 0.77, partPrecision: 0.84})
}

// TestBlind17dSet scores testdata/blind17d.jsonl: 20 non-wire texts (press
// releases, notices of meetings, readouts, minutes, a week-ahead diary, a
// financial calendar, a committee schedule; 52 meetings plus 3 optional; 2
// with none), written and measured the same way (testdata/blind17d.py): at
// 2e3e960 F1 0.619 with dates, 0.723 ignoring dates, status 1.000, place
// 0.731, participants P 0.516 R 0.327; at 8375a50 F1 0.627, 0.699, status
// 1.000, place 0.846, participants P 0.560 R 0.298. Diary lines, committee
// schedules and the document's own date taken as the meeting's are the main
// losses. The floors sit a little below the 8375a50 figures.
func TestBlind17dSet(t *testing.T) {
	rep := evalFile(t, "blind17d.jsonl", 20)
	checkFloors(t, rep, floors{withDates: 0.60, noDates: 0.67, status: 0.95, place: 0.80, participants: 0.27, partPrecision: 0.52})
}

// TestBlind17eSet scores testdata/blind17e.jsonl: 45 invented wire stories (64
// meetings plus 2 optional; 3 with none) written blind for issue 17 by an
// evaluator who read no rule, no other set and no test (generators and
// judgement calls in testdata/blind17e/, measurements in
// testdata/blind17e.RESULTS.md): at 9088fc0 F1 0.933 with dates, 0.933
// ignoring dates, status 0.946, place 0.804, participants P 0.793 R 0.722; at
// 2e4502b F1 0.927, 0.943, status 0.947, place 0.825, participants P 0.819 R
// 0.731. No rule was changed with these stories in view; in the next round
// (404c104 to 96d1e0a) two rule writers saw a few of its error lines in
// before/after diffs while checking for regressions, so it is no longer
// fully blind: at 96d1e0a F1 0.951, 0.951, status 0.966, place 0.914,
// participants P 0.847 R 0.766. The floors sit a little below those.
func TestBlind17eSet(t *testing.T) {
	rep := evalFile(t, "blind17e.jsonl", 45)
	checkFloors(t, rep, floors{withDates: 0.93, noDates: 0.93, status: 0.94, place: 0.88, participants: 0.74, partPrecision: 0.82})
}

// TestBlind17fSet scores testdata/blind17f.jsonl: 25 invented non-wire texts
// (press releases, AGM/EGM notices, council agendas, minutes with Present
// lists, committee schedules, week-ahead diaries, financial calendars,
// readouts, union notices; 55 meetings plus 1 optional), written and measured
// the same way: at 9088fc0 F1 0.771 with dates, 0.771 ignoring dates, status
// 1.000, place 0.865, participants P 0.483 R 0.226; at 2e4502b F1 0.876,
// 0.876, status 1.000, place 0.804, participants P 0.723 R 0.472. At 96d1e0a
// (its stories still unread by the rule writers, its totals compared before
// and after each landing): F1 0.897, 0.897, status 1.000, place 0.938,
// participants P 0.923 R 0.649. The floors sit a little below those.
func TestBlind17fSet(t *testing.T) {
	rep := evalFile(t, "blind17f.jsonl", 25)
	checkFloors(t, rep, floors{withDates: 0.87, noDates: 0.87, status: 0.97, place: 0.90, participants: 0.62, partPrecision: 0.88})
}

// TestBlind18aSet scores testdata/blind18a.jsonl: 50 texts (38 wire stories,
// 12 notices, releases and diaries; 148 meetings plus 9 optional) written in
// round 7 by an annotator who read only the guideline, the scoring rules and
// the dev set (judgement calls in testdata/blind18a/JUDGEMENT.md), frozen
// before the first run. At the round's start (86e9aa3): F1 0.852 with dates,
// status 0.959, place 0.860, participants P 0.635 R 0.539. It was the round's
// first diagnosis set: its errors were read and rules fixed with them in view
// (see the commits that name it). At f706020: F1 0.890, status 0.962,
// place 0.900, participants P 0.696 R 0.572; then two numbered meetings found
// whose committee is not yet their party: F1 0.898, participants P 0.702 R
// 0.558. The floors sit a little below.
func TestBlind18aSet(t *testing.T) {
	rep := evalFile(t, "blind18a.jsonl", 50)
	checkFloors(t, rep, floors{withDates: 0.89, noDates: 0.91, status: 0.95, place: 0.89, participants: 0.55, partPrecision: 0.69})
}

// TestBlind18cSet scores testdata/blind18c.jsonl: 50 texts (30 wire stories,
// 20 notices, diaries, releases and advisories; 171 meetings plus 10
// optional), written like blind18a half-way through round 7 (judgement
// calls in testdata/blind18c/JUDGEMENT.md). At its first sight (1efe497,
// after the round's first 25 changes): F1 0.853, status 0.993, place 0.768,
// participants P 0.579 R 0.540; at the round's start (86e9aa3) F1 0.849, place
// 0.766, participants P 0.562 R 0.524. Then the round's second diagnosis set.
// The floors sit a little below its figures at the round's end.
func TestBlind18cSet(t *testing.T) {
	rep := evalFile(t, "blind18c.jsonl", 50)
	checkFloors(t, rep, floors{withDates: 0.87, noDates: 0.89, status: 0.98, place: 0.76, participants: 0.55, partPrecision: 0.61})
}

// TestBlind19aSet scores testdata/blind19a.jsonl: 50 texts (38 wire stories,
// 12 notices, releases, agendas and programmes; 174 meetings plus 19
// optional) written in round 8 (session 12) by an annotator who read only
// the guideline, the scoring rules and the dev set (judgement calls in
// testdata/blind19a/JUDGEMENT.md), frozen before the first run. At its
// first sight on the round's start (8fe0e97): F1 0.891 with dates, status
// 0.974, place 0.808, participants P 0.685 R 0.636. It was the round's
// diagnosis set: its errors were read and rules fixed with them in view. At
// the round's end (afa0d4d): F1 0.919, status 0.968, place 0.918,
// participants P 0.728 R 0.703. The floors sit a little below. Place floor
// 0.91 -> 0.90 (round 10): two notices' sessions are found now (F1 0.933 ->
// 0.939), one of them with its venue line's place lost to another clause.
func TestBlind19aSet(t *testing.T) {
	rep := evalFile(t, "blind19a.jsonl", 50)
	checkFloors(t, rep, floors{withDates: 0.91, noDates: 0.915, status: 0.96, place: 0.90, participants: 0.69, partPrecision: 0.72})
}

// TestBlind21aSet scores testdata/blind21a.jsonl: 50 texts (38 wire
// stories, 12 notices, releases and schedules; 132 meetings plus 3
// optional) written in round 9 (session 13) by an annotator who read only
// the guideline, the scoring rules and the dev set (judgement calls in
// testdata/blind21a/JUDGEMENT.md), frozen before the first run. At its
// first sight on the round's start (8d39041): F1 0.830 with dates, status
// 0.952, place 0.790, participants P 0.673 R 0.643. It was one of the
// round's two diagnosis sets: its errors were read and rules fixed with
// them in view. At the round's end (03c1672): F1 0.897, status 0.958,
// place 0.805, participants P 0.710 R 0.674. The floors sit a little below.
func TestBlind21aSet(t *testing.T) {
	rep := evalFile(t, "blind21a.jsonl", 50)
	checkFloors(t, rep, floors{withDates: 0.88, noDates: 0.90, status: 0.94, place: 0.78, participants: 0.65, partPrecision: 0.69})
}

// TestBlind21bSet scores testdata/blind21b.jsonl: 50 texts (38 wire
// stories, 12 notices, statements and schedules; 145 meetings plus 5
// optional), written and frozen like blind21a (testdata/blind21b/). At its
// first sight on the round's start (8d39041): F1 0.855 with dates, status
// 0.976, place 0.871, participants P 0.646 R 0.674. The round's other
// diagnosis set; at its end (03c1672): F1 0.903, status 0.977, place
// 0.885, participants P 0.677 R 0.677. The floors sit a little below.
func TestBlind21bSet(t *testing.T) {
	rep := evalFile(t, "blind21b.jsonl", 50)
	checkFloors(t, rep, floors{withDates: 0.89, noDates: 0.90, status: 0.96, place: 0.86, participants: 0.65, partPrecision: 0.66})
}

// TestFresh17qSet scores testdata/fresh17q.jsonl: 35 wire stories (41
// meetings, one story with none) on places, status and dates, written by
// helper 17c before any rule change and measured once on main 404c104: F1
// 0.872 with dates (P 0.919 R 0.829), 0.949 ignoring dates, status 0.941,
// place 0.647, participants P 0.848 R 0.848. Then a sentence's first word is
// no city or party by its capital alone ("Merger talks"), "the Nigerian
// capital" is the year's capital, a month where a decision may come keeps
// its year ("favoured a cut at the Fed's December meeting"), a summit that
// opened and closes tomorrow is under way, "in this historic city", talks
// on a summit's sidelines, by video link, hosted or mediated by the
// dateline's country (F1 0.962, status 1.000, place 0.868, participants P
// 0.811 R 0.827); at 0a4366a, after the fresh17q2 and fresh17q3 rules, F1
// 0.975, status 1.000, place 0.974, participants P 0.818 R 0.833.
func TestFresh17qSet(t *testing.T) {
	rep := evalFile(t, "fresh17q.jsonl", 35)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.97, place: 0.92, participants: 0.78, partPrecision: 0.78})
}

// TestFresh17q2Set scores testdata/fresh17q2.jsonl: 30 wire stories (34
// meetings, one story with none), the fresh17q classes in other wordings,
// written after the fresh17q rules landed and measured once on main
// 2b57a2e: F1 0.939 with dates (P 0.969 R 0.912), 0.939 ignoring dates,
// status 0.871, place 0.871, participants P 0.909 R 0.769. Then talks begun
// today by a start verb past their qualifying words, "reconvened", "kicked
// off" (status 1.000); at 0a4366a F1 1.000, status 1.000, place 0.971,
// participants P 0.919 R 0.791.
func TestFresh17q2Set(t *testing.T) {
	rep := evalFile(t, "fresh17q2.jsonl", 30)
	checkFloors(t, rep, floors{withDates: 0.97, noDates: 0.97, status: 0.97, place: 0.92, participants: 0.74, partPrecision: 0.87})
}

// TestFresh17q3Set scores testdata/fresh17q3.jsonl: 24 wire stories (25
// meetings, one story with none) on places, status and dates in wordings
// neither fresh17q nor fresh17q2 uses, written after the fresh17q2 rules
// landed and measured once on main 0d0530d: F1 0.913 with dates (P 1.000 R
// 0.840), 0.913 ignoring dates, status 0.952, place 0.762, participants P
// 0.926 R 0.893. Then Naypyitaw, "the Commonwealth summit" is no city, a
// summit under way at the dateline, "wrapped up two days of talks", "The
// meeting will be held in Vienna's Hofburg palace", "returned to the
// bargaining table", "will receive the leaders of", "ministers from the
// Mediterranean states will gather" (F1 0.980, status 1.000, place 0.917;
// left: "will take evidence from").
func TestFresh17q3Set(t *testing.T) {
	rep := evalFile(t, "fresh17q3.jsonl", 24)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.88, participants: 0.85, partPrecision: 0.88})
}

// evalFile scores testdata/name, which must hold docs stories.
func evalFile(t *testing.T, name string, docs int) Report {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rep, err := Eval(context.Background(), f, io.Discard, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Docs != docs {
		t.Fatalf("read %d stories from %s, want %d", rep.Docs, name, docs)
	}
	t.Logf("%s: F1 with dates %.3f, ignoring dates %.3f, status %.3f, place %.3f, participants P %.3f R %.3f", name,
		rep.WithDates.F1(), rep.NoDates.F1(), rep.StatusAcc(), rep.PlaceAcc(), rep.PartPrecision(), rep.PartRecall())
	return rep
}

// floors are the least scores a test accepts.
type floors struct {
	withDates, noDates, status, place float64
	participants, partPrecision       float64 // recall and precision
}

func checkFloors(t *testing.T, rep Report, f floors) {
	t.Helper()
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"F1 with dates", rep.WithDates.F1(), f.withDates},
		{"F1 ignoring dates", rep.NoDates.F1(), f.noDates},
		{"status", rep.StatusAcc(), f.status},
		{"place", rep.PlaceAcc(), f.place},
		{"participants recall", rep.PartRecall(), f.participants},
		{"participants precision", rep.PartPrecision(), f.partPrecision},
	} {
		if c.got < c.want {
			t.Errorf("%s = %.3f, below the floor %.2f", c.name, c.got, c.want)
		}
	}
}

// devDocs loads the dev stories for the benchmark.
func devDocs(tb testing.TB) []goldDoc {
	f := devFile(tb)
	var docs []goldDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, maxLine)
	for sc.Scan() {
		var g goldDoc
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, g)
	}
	return docs
}

// BenchmarkExtract reports docs/s over the dev stories (one goroutine).
func BenchmarkExtract(b *testing.B) {
	docs := devDocs(b)
	pubs := make([]time.Time, len(docs))
	for i, d := range docs {
		pubs[i], _ = time.Parse("2006-01-02", d.Published)
	}
	b.ResetTimer()
	cpu0 := benchcpu.Used()
	for i := 0; i < b.N; i++ {
		d := docs[i%len(docs)]
		_ = Extract(d.Text, pubs[i%len(docs)], briefs.Dateline{})
	}
	reportDocs(b, b.N, benchcpu.Used()-cpu0)
}

// BenchmarkRunJSONL measures `extract -jsonl` end to end on the dev stories.
func BenchmarkRunJSONL(b *testing.B) {
	docs := devDocs(b)
	var in []byte
	for _, d := range docs {
		line, _ := json.Marshal(map[string]string{"id": d.ID, "text": d.Text, "published": d.Published})
		in = append(append(in, line...), '\n')
	}
	b.ResetTimer()
	cpu0 := benchcpu.Used()
	for i := 0; i < b.N; i++ {
		if _, err := RunJSONL(context.Background(), bytesReader(in), io.Discard, time.Time{}); err != nil {
			b.Fatal(err)
		}
	}
	reportDocs(b, b.N*len(docs), benchcpu.Used()-cpu0)
}

// reportDocs reports docs per wall-clock second and per CPU-second (the
// per-core figure, steadier when other processes share the machine).
func reportDocs(b *testing.B, n int, cpu time.Duration) {
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
	if cpu > 0 {
		b.ReportMetric(float64(n)/cpu.Seconds(), "docs/cpu-s")
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"New Delhi, Dec 4 (IANS) The 22nd meeting will be held at the Manekshaw Centre later today.",
		"PARIS, March 2 - OPEC ministers met here on Monday and will meet again from June 3 to 6, 1987.",
		"The meeting of the board on May 32 at 25:99 p.m.", "talks talks talks next week's summit meeting's",
		"", "\u00a0May", "Dec 4 (", "met met met Monday Tuesday", "Ministers met", "They will meet briefly",
	} {
		f.Add(s, int64(0))
	}
	// The non-wire sets' texts seed the fuzzer too: their line layouts reach
	// the listing, block and roster readers that wire-like seeds do not.
	for _, name := range []string{"blind17f.jsonl", "fresh17s.jsonl", "heldout17notes.jsonl", "fresh17v.jsonl", "fresh17v2.jsonl", "fresh17v3.jsonl"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		for line := range strings.Lines(string(data)) {
			var doc struct{ Text string }
			if err := json.Unmarshal([]byte(line), &doc); err != nil {
				f.Fatalf("%s: %v", name, err)
			}
			f.Add(doc.Text, int64(1767225600)) // 2026-01-01
		}
	}
	f.Fuzz(func(t *testing.T, text string, sec int64) {
		pub := time.Unix(sec%(1<<33), 0).UTC()
		res := Extract(text, pub, briefs.Dateline{})
		for _, m := range res.Meetings {
			if _, ok := m.Start(time.UTC); !ok {
				t.Errorf("meeting with unreadable date %q", m.Date)
			}
			if m.Key == "" && m.Title != "" && Key(m) != "" {
				t.Errorf("Key not set: %+v", m)
			}
		}
		runes := len([]rune(text))
		for _, d := range res.Dates {
			if d.Start < 0 || d.End > runes || d.Start > d.End {
				t.Errorf("date span %d..%d outside text of %d runes", d.Start, d.End, runes)
			}
		}
	})
}

// TestFresh17sSet scores testdata/fresh17s.jsonl: 25 non-wire texts (53
// meetings) in layouts the earlier sets do not have — committee schedules
// with one venue line for all rows, minutes with their heading and next
// meeting, bare diary lines, dotted-date calendars, company diaries, lists
// of dates per committee, an agenda's head, a work session, union notices,
// readouts, exchange filings, a table of engagements — written before any
// rule change of helper 17d (round two) and measured once on main 404c104:
// F1 0.674 with dates, 0.719 ignoring dates, status 1.000, place 0.533,
// participants P 0.429 R 0.568. Then a schedule's one venue line
// (listing.shared-venue), a table's or schedule's time column after a
// date-first line's date, dotted dates ("23.04.2026"), and ingest keeping
// a notice's short heading lines and a label's line: F1 0.739, place
// 0.765, participants P 0.500 R 0.561. Then a heading in capitals read as
// title case (its small words, "MEETING OF", a notice's words), the body
// of a notice's heading for its bare meetings (parties.heading-body), a
// room's number and building ("in Committee Room 2, Town Hall"), with
// main's work of the other helpers merged: F1 0.761, place 0.771,
// participants P 0.592 R 0.690. Then a week's weekday headings ("Monday"
// over "11:00 Cabinet", "Monday: Cabinet, Government Buildings."), a
// body's one word or its name and "plenary" as a body line, a diary's
// "Bilateral with", a street address closing a line: F1 0.812, place
// 0.846, participants P 0.647 R 0.717. Then (with fresh17s2's rules) a
// schedule's title line is no meeting, "Panel" ends a body's name: F1
// 0.842, place 0.850, participants P 0.654 R 0.723. Then lists of days on
// a body's line ("Full Parish Council: 14 January, 11 March, 13 May"), with
// semicolons, and as a run of day headings after "on the following
// dates:": F1 0.911, place 0.891, participants P 0.714 R 0.714. Then a
// company's heading is no dateline ("Halvorsen Shipping ASA - Financial
// calendar 2026"): participants P 0.719 R 0.732. Then a company diary's
// "AGM"/"EGM" lines (the line's prefix is the company, not a place): F1
// 0.932, place 0.896, participants P 0.729 R 0.741. Then minutes' "Held:"
// line (its day and, past its day and time, its room): F1 0.942, place
// 0.898, participants P 0.733 R 0.746. Then "will hold a work session",
// "will hold a public hearing": F1 0.952, place 0.900, participants P
// 0.738 R 0.750. Then a bulletin's "Pay talks update, 8 July 2026" is a
// document: F1 0.962.
func TestFresh17sSet(t *testing.T) {
	rep := evalFile(t, "fresh17s.jsonl", 25)
	checkFloors(t, rep, floors{withDates: 0.94, noDates: 0.95, status: 0.95, place: 0.87, participants: 0.73, partPrecision: 0.72})
}

// TestFresh17s2Set scores testdata/fresh17s2.jsonl: 20 more non-wire texts
// (33 meetings) in layouts neither fresh17s nor the earlier sets have — a
// combined "Date and time:" label, an order paper, a union circular's
// label line, a month-first table, an embassy readout, an AGM's result, a
// forward plan, abbreviated diary days, a newsletter with a habitual
// meeting, a timetable in columns, a UN programme, a legal notice, a
// bargaining update, minutes with no next date, a joint statement, a
// semicolon list of dates, a residents' email, a hearing notice — written
// after fresh17s's rules landed and measured once on main d8f61a7: F1
// 0.737 with dates, 0.772 ignoring dates, status 0.952, place 0.667,
// participants P 0.433 R 0.565. Then a record's "Date and time:" label and
// its title's body, a schedule's title line of plural meetings is no
// meeting, weekday abbreviations and label words ("Approval",
// "Statement") are no parties, "Panel" ends a body's name: F1 0.737, place
// 0.714, participants P 0.636 R 0.609. Then lists of days with
// semicolons, running forward and sharing one room: F1 0.800, place
// 0.792, participants P 0.720 R 0.692. Then a company's heading and
// suffix ("Solway Renewables plc"), a circular's one calendar line that
// names its meeting, short label lines kept apart by ingest: F1 0.800,
// place 0.833, participants P 0.800 R 0.769. Then a record's title
// opened by its meeting's label ("Hearing: Oversight of ..." over "When:",
// "Where:"), a clock time in a date line is no day: F1 0.820, place
// 0.840, participants P 0.808 R 0.750 (one meeting more matched, one of
// its two parties found). Then a central bank's heading ("Central Bank of
// Corvania - 2026 schedule") is no dateline and names the body of its
// table's bare meetings: participants P 0.821 R 0.821. Then "will hold a
// public hearing" (its body's town no party): F1 0.839, place 0.846,
// participants P 0.828 R 0.828. Then a timetable "for" its day, its
// lines opened by time ranges and a column bar ("10:00-11:00 | Meeting
// with ..."): F1 0.875, place 0.857, participants P 0.839 R 0.839. Then
// "meets on the second Tuesday of each month" is habitual, a newsletter's
// heading no dateline: F1 0.889.
func TestFresh17s2Set(t *testing.T) {
	rep := evalFile(t, "fresh17s2.jsonl", 20)
	checkFloors(t, rep, floors{withDates: 0.87, noDates: 0.88, status: 0.90, place: 0.83, participants: 0.82, partPrecision: 0.82})
}
