package ingest

import (
	"regexp"
	"strings"
)

// A calendar laid out as a table whose columns are aligned with spaces, not
// divided by " | ", keeps its columns when the body's runs of spaces are
// collapsed: normaliseBody divides them with " | " first, so
//
//	Date                  Meeting                                   Venue
//	Mon 2 Mar             Competitiveness Council                   Brussels
//
// is stored as "Mon 2 Mar | Competitiveness Council | Brussels", and the
// listing rules read a row's date, meeting and venue column as they do in a
// table written with bars. Only the header row and the rows under it, up
// to a blank line, change.

// columnGap divides an aligned table's cells: two spaces or more, or a tab.
var columnGap = regexp.MustCompile(`[ \t]{2,}|\t`)

// alignedCells are the cells of a line whose columns are aligned.
func alignedCells(l string) []string {
	return columnGap.Split(strings.TrimSpace(l), -1)
}

// pipeAlignedTables rewrites each aligned table of text: a header row of
// three columns or more (alignedHeader) and the rows under it, each of two
// cells or more, up to a blank line or a line of one cell; a rule line of
// dashes stays. ok is false when text has no such table of two rows.
func pipeAlignedTables(text string) (string, bool) {
	if !strings.Contains(text, "  ") && !strings.Contains(text, "\t") {
		return text, false // no run of spaces, no tab: no aligned column (most briefs)
	}
	lines := strings.Split(text, "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if !strings.Contains(lines[i], "  ") && !strings.Contains(lines[i], "\t") || strings.Contains(lines[i], "|") || !alignedHeader(alignedCells(lines[i])) {
			continue
		}
		var rows []int
		j := i + 1
		for ; j < len(lines); j++ {
			l := strings.TrimSpace(lines[j])
			if ruleLine(l) {
				continue
			}
			if l == "" || strings.Contains(l, "|") || len(alignedCells(l)) < 2 {
				break
			}
			rows = append(rows, j)
		}
		if len(rows) < 2 {
			continue
		}
		for _, k := range append([]int{i}, rows...) {
			lines[k] = strings.Join(alignedCells(lines[k]), " | ")
		}
		changed = true
		i = j - 1
	}
	if !changed {
		return text, false
	}
	return strings.Join(lines, "\n"), true
}

// ruleLine reports a line drawn under a header: "-----", "=====".
func ruleLine(l string) bool {
	return len(l) >= 3 && strings.Trim(l, "-=_–— ") == ""
}

// alignedHeader reports a table's header row: three cells or more of one to
// three words without digits, one naming the date or day column and one
// the meeting's or its place's.
func alignedHeader(cells []string) bool {
	if len(cells) < 3 {
		return false
	}
	when, what := false, false
	for _, c := range cells {
		ws := strings.Fields(strings.ToLower(c))
		if len(ws) == 0 || len(ws) > 3 || strings.ContainsAny(c, "0123456789") {
			return false
		}
		when = when || dateColumns[ws[0]]
		what = what || eventColumns[ws[len(ws)-1]] || placeColumns[ws[len(ws)-1]]
	}
	return when && what
}

// dateColumns name a table's column of dates or days.
var dateColumns = map[string]bool{"date": true, "dates": true, "day": true, "when": true}

// eventColumns name a table's column of meetings.
var eventColumns = map[string]bool{"meeting": true, "meetings": true, "event": true, "events": true, "engagement": true,
	"body": true, "committee": true, "board": true, "session": true}

// placeColumns name a table's column of places.
var placeColumns = map[string]bool{"location": true, "venue": true, "place": true, "where": true, "room": true}
