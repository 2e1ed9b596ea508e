package meetings

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/briefs/sentences"
)

// A legislature's committee schedule lays its week out as a table, one
// meeting a row, the committee named by its subject alone: "Mon., March 9
// | 9:00 AM | Judiciary | Room 214 | HB 301 (bail reform) - public
// testimony" under "Day | Time | Committee | Room | Business", or "1:30 PM
// | Health & Welfare | Room EW20 | HB 512 ..." under a day's heading in a
// "COMMITTEE HEARING SCHEDULE". The row names no meeting: it is a meeting
// of the committee in its committee column, its day the row's or its
// heading's (rule listing.committee-column). A row that is "CANCELLED",
// or whose committee cell says there is none ("No meetings scheduled"),
// is no meeting.

// RuleListingCommitteeColumn makes a committee schedule's row the meeting
// of the committee in its committee column.
const RuleListingCommitteeColumn Rule = "listing.committee-column"

// committeeColumns name a table's column of committees.
var committeeColumns = map[string]bool{"committee": true, "committees": true, "meeting": true, "meetings": true, "body": true}

// eventColumn are the committee columns whose cell may name the meeting
// itself rather than its body.
var eventColumn = map[string]bool{"meeting": true, "meetings": true}

// bodyCellEnd is where the body named by the cell [a, b) of a "Meeting"
// column ends: b for a body alone ("Planning Board"), the spaced dash
// before its meeting ("Town Council - Regular Meeting"); -1 for a cell
// that names a meeting with no body before a dash.
func bodyCellEnd(toks []token, a, b int) int {
	for k := a + 1; k < b-1; k++ {
		if (toks[k].lower == "-" || toks[k].lower == "–") && toks[k].start > toks[k-1].end {
			return k
		}
	}
	for _, t := range toks[a:b] {
		if _, ok := meetingNouns[t.lower]; ok {
			return -1
		}
	}
	return b
}

// committeeHeadWindow is how many runes of a text's head may call it a
// committee schedule when its table has no header row.
const committeeHeadWindow = 300

// committeeRow is a committee schedule's dated table row: its committee
// cell and the header row over it (nil when none).
type committeeRow struct {
	cell   chunk
	header []string
	with   bool // the cell names whom a minister met (withColumn), not a committee
}

// findCommitteeRow finds, in a committee schedule, sentence si as a dated
// row of its table, or ok false.
func (d *doc) findCommitteeRow(si int) (r committeeRow, ok bool) {
	e := d.entries[si]
	split := e != nil && e.headSent >= 0 && d.sameLine(e.headSent, si) // "Tue 8 Sep | Nordic Ministers for Co-operation | Reykjavik": the date cell read as the row's heading
	if d.dlEnd > 0 || !d.isTableRow(si) && !(split && strings.Contains(d.sents[si].Text, " | ")) {
		return committeeRow{}, false
	}
	if len(d.dates[si]) == 0 && (e == nil || e.headSent < 0) {
		return committeeRow{}, false // a row with no day of its own or of a heading
	}
	toks := d.toks[si]
	cells := tableCells(toks)
	r.header = d.tableHeader(si, len(cells))
	if r.header == nil && split {
		if h := d.tableHeader(si, len(cells)+1); h != nil {
			r.header = h[1:] // "Apr 7 | Tue | 6:30 PM | Planning Board": the row's date cell was read as its day's heading
		}
	}
	col := slices.IndexFunc(r.header, func(c string) bool { return committeeColumns[c] })
	if col < 0 {
		col = withColumn(r.header) // "Date | Name of organisation or individual | Purpose of meeting": a minister's meetings
		r.with = col >= 0
	}
	if col < 0 && d.committeeSchedule() {
		col = firstNameCell(toks, cells)
	}
	if col < 0 || col >= len(cells) {
		return committeeRow{}, false
	}
	for _, t := range toks {
		if t.lower == "cancelled" || t.lower == "canceled" {
			return committeeRow{}, false // "HB 530 (consumer data privacy) - CANCELLED"
		}
	}
	a, b := cells[col][0], cells[col][1]
	if a >= b || !toks[a].cap || toks[a].lower == "no" || b-a > 8 {
		return committeeRow{}, false // "No meetings scheduled", "—"
	}
	if col < len(r.header) && eventColumn[r.header[col]] {
		if b = bodyCellEnd(toks, a, b); b < 0 {
			return committeeRow{}, false // "Pay talks with Northern Metro management" under "Meeting": the meeting rules read it
		}
	}
	r.cell = chunk{start: a, end: b, text: sliceText(d.runes, toks[a].start, toks[b-1].end)}
	return r, true
}

// sameLine reports sentences a and b on one line of the text.
func (d *doc) sameLine(a, b int) bool {
	from, to := d.sents[a].End, d.sents[b].Start
	if from > to || to > len(d.runes) {
		return false
	}
	return !slices.Contains(d.runes[from:to], '\n')
}

// isTableRow reports sentence si laid out as a table's row.
func (d *doc) isTableRow(si int) bool {
	s := d.sents[si]
	return sentences.TableRowRunes(d.runes[s.Start:s.End])
}

// tableCells divides a row's tokens at its bars: each cell's token range.
// A markdown row's outer bars ("| 04/07/2023 | Scotch Whisky Association |")
// open and close no cell.
func tableCells(toks []token) [][2]int {
	var out [][2]int
	s := 0
	for k, t := range toks {
		if t.lower == "|" {
			if k > 0 || s != 0 {
				out = append(out, [2]int{s, k})
			}
			s = k + 1
		}
	}
	if s < len(toks) || len(out) == 0 {
		out = append(out, [2]int{s, len(toks)})
	}
	return out
}

// tableHeader is the header row over sentence si, a table row of n cells,
// its cells lower-cased: the nearest table row before it whose cells are
// all short words with no digit, of n cells; nil when there is none.
func (d *doc) tableHeader(si, n int) []string {
	for k := si - 1; k >= 0; k-- {
		if !d.isTableRow(k) {
			continue // a day's heading between the rows
		}
		cells := strings.Split(strings.TrimSpace(strings.Trim(strings.TrimSpace(d.sents[k].Text), "|")), " | ") // a markdown row's outer bars too
		if len(cells) != n || !headerCells(cells) {
			continue
		}
		for i, c := range cells {
			cells[i] = strings.ToLower(strings.TrimSpace(c))
		}
		return cells
	}
	return nil
}

// withColumn is the column of the organisations or persons met in a table
// of meetings, one a row, whose header names the meeting's purpose: "Name
// of organisation or individual" beside "Purpose of meeting"; -1 when the
// header is none such.
func withColumn(header []string) int {
	if !slices.ContainsFunc(header, func(c string) bool { w := lastWord(c); return w == "meeting" || w == "meetings" }) {
		return -1
	}
	return slices.IndexFunc(header, func(c string) bool {
		return strings.Contains(c, "organisation") || strings.Contains(c, "organization") || strings.Contains(c, "individual")
	})
}

// headerCells reports a table's header row: each cell one to five words
// with no digit ("Day", "Time", "Presented by", "Name of organisation or
// individual"); not a markdown table's rule row ("---").
func headerCells(cells []string) bool {
	for _, c := range cells {
		if n := len(strings.Fields(c)); n == 0 || n > 5 || strings.ContainsAny(c, "0123456789") || strings.Trim(c, "-: ") == "" {
			return false
		}
	}
	return true
}

// committeeSchedule reports a text whose head calls it a schedule of
// committee meetings or hearings: "COMMITTEE HEARING SCHEDULE", "STANDING
// COMMITTEE MEETINGS", "HOUSE COMMITTEE HEARINGS".
func (d *doc) committeeSchedule() bool {
	head := strings.ToLower(string(d.runes[:min(len(d.runes), committeeHeadWindow)]))
	return strings.Contains(head, "committee") &&
		(strings.Contains(head, "hearing") || strings.Contains(head, "meetings") || strings.Contains(head, "schedule"))
}

// firstNameCell is the first cell of a row, with no header, that holds a
// name: capitalised, with no digit, no day, no room; -1 when none.
func firstNameCell(toks []token, cells [][2]int) int {
	for i, cl := range cells {
		a, b := cl[0], cl[1]
		if a >= b || !toks[a].cap || toks[a].lower == "room" {
			continue
		}
		named, clock := true, true
		for _, t := range toks[a:b] {
			clock = clock && (clockWord(t) || timePunct[t.lower])
			if t.num || startsWithDigit(t.text) || isMonthOrDay(t.lower) {
				named = false
				break
			}
		}
		if named && !clock {
			return i // not "AM" of "8:00 AM", its digits a diary's time the line's prefix took
		}
	}
	return -1
}

// committeeRowMention makes m, the mention of a committee schedule's row
// r, that committee's meeting: "Judiciary" is the "Judiciary Committee
// meeting" and its party.
func (d *doc) committeeRowMention(si int, m *mention, r committeeRow) {
	toks, c := d.toks[si], r.cell
	m.byTokens(FieldKind, RuleListingCommitteeColumn, toks, c.start, c.end)
	name, body := c.text, false
	if i := strings.Index(name, " ("); i > 0 {
		name = name[:i] // "Joint Finance-Appropriations Committee (JFAC)": the name, its initialism the same party
	}
	dropNamed(m, c.start, c.end)
	for _, t := range toks[c.start:c.end] {
		body = body || listedBodies[t.lower]
	}
	if !body && (r.header == nil || slices.ContainsFunc(r.header, func(c string) bool { return c == "committee" || c == "committees" })) {
		name += " Committee" // not "Joint Finance-Appropriations Committee (JFAC) Committee", nor a body under "Meeting"
	}
	cells := tableCells(toks)
	for i, c := range r.header {
		if a, b := cells[i][0], cells[i][1]; venueColumns[c] && a < b && !noVenueCells[toks[a].lower] {
			m.place, m.placeAt = sliceText(d.runes, toks[a].start, toks[b-1].end), a // the cell under "Location"
			m.byTokens(FieldPlace, RuleListingCommitteeColumn, toks, a, b)
		}
	}
	if m.place == "" {
		for _, cl := range cells {
			if a, b := cl[0], cl[1]; b-a > 1 && b-a <= 4 && toks[a].lower == "room" {
				m.place, m.placeAt = sliceText(d.runes, toks[a].start, toks[b-1].end), a // "Room EW42": a row's room, where no header names the column
				m.byTokens(FieldPlace, RuleListingCommitteeColumn, toks, a, b)
			}
		}
	}
	m.title = name + " meeting"
	m.byTokens(FieldTitle, RuleListingCommitteeColumn, toks, c.start, c.end)
	if r.with {
		dropNamed(m, 0, len(toks)) // the purpose's words name no party: "Implementation of the Australia and New Zealand FTAs"
		if p := d.headingPerson(si); p != "" {
			m.addNamed(c.start, p) // "Minister of State for Trade Policy, Nigel Hartwell MP" over the table: whose meetings they are
			m.byName(p, RuleListingCommitteeColumn, -1, -1)
		}
		for _, n := range strings.Split(name, ";") {
			if n = strings.TrimSpace(n); n != "" {
				m.addNamed(c.start, n) // "Confederation of British Industry; techUK": two parties
				m.byName(n, RuleListingCommitteeColumn, toks[c.start].start, toks[c.end-1].end)
			}
		}
		return
	}
	for _, n := range slices.Clone(m.named) {
		if at, ok := m.namedAt[n]; ok && billCode(toks, at, n) {
			dropNamed(m, at, at+1) // "HB 301", "Bill No. 329": a bill's number, no party
		}
	}
	if !slices.Contains(m.named, name) {
		m.addNamed(c.start, name)
		m.byName(name, RuleListingCommitteeColumn, toks[c.start].start, toks[c.end-1].end)
	}
}

// billCode reports name n, named at token at, followed by a number: a
// bill's or a document's code ("HB 301", "Bill No. 329").
func billCode(toks []token, at int, n string) bool {
	k := at + len(strings.Fields(n))
	if lowerAt(toks, k) == "." {
		k++
	}
	return k < len(toks) && toks[k].num
}

// headingPerson is the person a document's head names before the table
// row at si, whose meetings the table lists: "Minister of State for Trade
// Policy, Nigel Hartwell MP"; "" when its head names nobody.
func (d *doc) headingPerson(si int) string {
	for s := 0; s < si && s < 4; s++ {
		for _, c := range d.chunks(s) {
			if n := dropPostNominal(c.text); isPersonName(n) && n != c.text || isPersonName(n) && c.start > 0 && lowerAt(d.toks[s], c.start-1) == "," {
				return n // a name after its post's comma, or with its letters: "..., Nigel Hartwell MP"
			}
		}
	}
	return ""
}
