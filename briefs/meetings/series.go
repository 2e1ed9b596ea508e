package meetings

import (
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// dateSeries gives each date of a list a meeting of its own: "The Monetary
// Policy Committee will meet on 21 January, 25 March, 20 May and 15 July
// 2026" is four meetings, not one on the first date (rule date.series). A
// list is three days or more joined by commas, semicolons and "and", or two a week
// apart or more ("on Monday and Tuesday" is one meeting of two days).
func (d *doc) dateSeries(toks []token, ds []dateSpan, ms []*mention) []*mention {
	var out []*mention
	for _, m := range ms {
		if m.date == nil || m.date.prec != briefs.PrecisionDay || m.date.endDate != "" {
			continue
		}
		chain := seriesAfter(toks, ds, m.date)
		if len(chain) == 0 || len(chain) == 1 && !weekApart(m.date.date, chain[0].date) {
			continue
		}
		prev := m.date.date
		for _, x := range chain {
			if x.date < prev && x.date == x.value {
				x.date = nextYearAfter(x.date, prev) // "12 February; 14 May; 10 September": a list runs forward
				x.value = x.date
			}
			prev = x.date
			c := m.clone()
			c.date = &x
			c.by(FieldDate, RuleDateSeries, x.start, x.end)
			out = append(out, c)
		}
	}
	return out
}

// seriesAfter is the days that follow date x in the sentence, each joined
// to the one before by "," or "and" alone: the rest of a list of dates.
func seriesAfter(toks []token, ds []dateSpan, x *dateSpan) []dateSpan {
	var out []dateSpan
	end := x.tokEnd
	for {
		next := -1
		for i := range ds {
			if ds[i].tokStart >= end && (next < 0 || ds[i].tokStart < ds[next].tokStart) {
				next = i
			}
		}
		if next < 0 || ds[next].prec != briefs.PrecisionDay || ds[next].endDate != "" || ds[next].bare {
			return out
		}
		for k := end; k < ds[next].tokStart; k++ {
			switch toks[k].lower {
			case ",", "and", ";":
			default:
				return out
			}
		}
		if ds[next].tokStart == end {
			return out // nothing between: one expression timex split
		}
		out = append(out, ds[next])
		end = ds[next].tokEnd
	}
}

// weekApart reports two days (YYYY-MM-DD) seven days apart or more.
func weekApart(a, b string) bool {
	ta, err1 := time.Parse("2006-01-02", a)
	tb, err2 := time.Parse("2006-01-02", b)
	return err1 == nil && err2 == nil && tb.Sub(ta) >= 7*24*time.Hour
}

// nextYearAfter moves day (YYYY-MM-DD) on by whole years until it is not
// before prev.
func nextYearAfter(day, prev string) string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return day
	}
	for n := 0; n < 2 && t.Format("2006-01-02") < prev; n++ {
		t = t.AddDate(1, 0, 0)
	}
	return t.Format("2006-01-02")
}
