package meetings

import (
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// RuleDateYearOwned moves a month to the year that owns its meeting.
const RuleDateYearOwned Rule = "date.year-owned"

// yearOwned gives a meeting dated by a month with no year of its own the
// year its name is owned by (rule date.year-owned): "At last year's
// summit in Madrid in June" is last year's June, "Next year's conference
// in Dubai in November" next year's, "The 2024 summit in Lima in November"
// 2024's; the tense alone would take the nearest June or November.
func (d *doc) yearOwned(toks []token, m *mention) {
	x := m.date
	if x == nil || x.prec != briefs.PrecisionMonth || len(x.date) != 7 || x.tokStart < m.nameStart {
		return
	}
	for k := x.tokStart; k < x.tokEnd; k++ {
		if yearAt(toks, k) > 0 {
			return // "in November 2024": its own year
		}
	}
	y, ok := d.owningYear(toks, m.nameStart)
	if !ok {
		return
	}
	t, err := time.Parse("2006-01", x.date)
	if err != nil || t.Year() == y {
		return
	}
	c := *x
	moveMonth(&c, t.AddDate(y-t.Year(), 0, 0))
	m.date = &c
	m.byTokens(FieldDate, RuleDateYearOwned, toks, x.tokStart, x.tokEnd)
}

// owningYear is the year written before a meeting's name at k: "last
// year's" (the reference year less one), "this year's", "next year's",
// "The 2024".
func (d *doc) owningYear(toks []token, k int) (int, bool) {
	if lowerAt(toks, k-1) == "the" || k < 1 {
		return 0, false
	}
	if y := yearAt(toks, k-1); y > 0 {
		return y, true // "The 2024 summit"
	}
	if lowerAt(toks, k-1) != "s" || !isApostrophe(lowerAt(toks, k-2)) || lowerAt(toks, k-3) != "year" {
		return 0, false
	}
	switch lowerAt(toks, k-4) {
	case "last":
		return d.ref.Year() - 1, true
	case "this":
		return d.ref.Year(), true
	case "next":
		return d.ref.Year() + 1, true
	}
	return 0, false
}
