package store

import (
	"slices"

	"github.com/briefbot/briefbot/briefs"
)

// A brief may call a meeting off without its date ("The ASEAN Defence
// Senior Officials' Meeting has been called off"): the extractor keeps such
// a meeting undated, cancelled, under the meeting's own key. It cancels the
// meeting of that key reported last before it.

// undatedCancel reports whether r is such a report.
func undatedCancel(r meetingRow) bool {
	return r.m.Date == "" && r.m.Status == briefs.StatusCancelled
}

// joinCancels moves each undated cancelling row of undated into the dated
// group (of the same key) reported last before it, and returns the rows
// left undated.
func joinCancels(groups [][]meetingRow, undated []meetingRow) [][]meetingRow {
	var left []meetingRow
	for _, r := range undated {
		best, bestOrder := -1, ""
		for i, g := range groups {
			for _, o := range g {
				if o.order <= r.order && o.order >= bestOrder && !undatedCancel(o) {
					best, bestOrder = i, o.order
				}
			}
		}
		if !undatedCancel(r) || best < 0 {
			left = append(left, r)
			continue
		}
		groups[best] = append(groups[best], r)
	}
	if len(left) > 0 {
		groups = append(groups, left)
	}
	return groups
}

// mergeCancelled merges rows, sorted oldest report first, when the newest
// is an undated cancel of the others: the meeting they report, cancelled,
// with the cancelling brief among its sources.
func mergeCancelled(rows []meetingRow) (briefs.Meeting, bool) {
	n := len(rows)
	if n < 2 || !undatedCancel(rows[n-1]) {
		return briefs.Meeting{}, false
	}
	m := mergeMeetings(rows[:n-1])
	m.Status = briefs.StatusCancelled
	m.Sources = append(m.Sources, rows[n-1].m.BriefID)
	slices.Sort(m.Sources)
	m.Sources = slices.Compact(m.Sources)
	return m, true
}
