package meetings

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/listing"
)

// A conference's or a forum's programme, notice or concept note opens
// with the gathering's name, its venue and its days on short lines of
// their own: "12th PACIFIC PORTS FORUM" over "Grand Pacific Hotel, Suva,
// Fiji" and "9–11 June 2026"; "ANDEAN WATER UTILITIES CONGRESS 2026" over
// "Sheraton Lima Hotel & Convention Center, Lima, Peru | 21-23 October
// 2026". The name is the gathering, held there on those days (rule
// head.programme).

// RuleHeadProgramme names the gathering a programme's head lines give.
const RuleHeadProgramme Rule = "head.programme"

// gatheringWords end the name of a gathering in a programme's head.
var gatheringWords = map[string]string{"forum": "conference", "conference": "conference", "congress": "conference",
	"summit": "summit", "symposium": "conference", "dialogue": "dialogue", "convention": "conference", "expo": "conference",
	"workshop": "conference", "seminar": "conference", "colloquium": "conference"}

// maxHeadLines is how many of a text's first lines a programme's head holds.
const maxHeadLines = 6

// progHead is a programme's head: the rune offset of its gathering's word,
// the date of its days and its venue.
type progHead struct {
	word       int    // rune offset of the gathering's word; -1 when there is no head
	name       string // the gathering's name as the head writes it
	kind       string
	date       *dateSpan
	place      string
	placeStart int
}

// programmeHead finds a programme's head in a text with no dateline: a
// line among the first three that names a gathering, then within three
// lines a line whose date is a day or a run of days, and a venue line or
// a venue beside the date after " | ". It is read once.
func (d *doc) programmeHead() *progHead {
	if d.prog != nil {
		return d.prog
	}
	d.prog = &progHead{word: -1}
	if d.dlEnd > 0 {
		return d.prog
	}
	ls := textLines(d.runes)
	for i := 0; i < len(ls) && i < 3; i++ {
		if p := d.joinedHead(ls[i]); p != nil {
			d.prog = p // the head's lines joined into one by the reading
			return d.prog
		}
		word, kind := d.gatheringWordAt(ls[i])
		if word < 0 {
			continue
		}
		for j := i + 1; j < len(ls) && j <= i+3 && j < maxHeadLines; j++ {
			x := d.timedDayLine(ls[j]) // "Thursday 20 November 2025, 09:30–13:00": the gathering's day and hours
			if lj := string(d.runes[ls[j].start:ls[j].end]); x == nil && (len(strings.Fields(lj)) > 14 || listing.DayHeading(lj)) {
				break // prose, or the programme's first day: the head is over
			}
			if x == nil {
				x = d.dayOfLine(ls[j])
			}
			if x == nil {
				continue
			}
			place, at := d.headVenue(ls, i, j)
			if place == "" && j+1 < len(ls) && j+1 < maxHeadLines {
				if v := string(d.runes[ls[j+1].start:ls[j+1].end]); venueParts(v) {
					place, at = v, ls[j+1].start // "Thursday 20 November 2025, 09:30–13:00" over "Serena Hotel, Islamabad"
				}
			}
			if place == "" && x.endDate == "" {
				return d.prog // "4 October 2024" under a joint statement's title: the day it was issued
			}
			d.prog = &progHead{word: word, name: strings.TrimSpace(string(d.runes[ls[i].start:ls[i].end])), kind: kind, date: x, place: place, placeStart: at}
			return d.prog
		}
	}
	return d.prog
}

// joinedHead reads a head whose lines the reading joined into one: "12th
// PACIFIC PORTS FORUM \"Resilient Harbours, Shared Prosperity\" Grand
// Pacific Hotel, Suva, Fiji 9–11 June 2026": the name up to its gathering
// word, a tagline in quotes, the venue, then the days; nil when l is none.
func (d *doc) joinedHead(l line) *progHead {
	x := d.dayOfLine(l)
	if x == nil || x.end != l.end && !headHosts.MatchString(string(d.runes[x.end:l.end])) {
		return nil
	}
	s := string(d.runes[l.start:x.start])
	ws := strings.Fields(s)
	for n := 2; n < len(ws) && n <= 8; n++ {
		kind, ok := gatheringWords[strings.ToLower(ws[n-1])]
		if !ok || !unicode.IsUpper([]rune(ws[n-1])[0]) {
			continue
		}
		head := strings.Join(ws[:n], " ")
		rest := strings.TrimSpace(strings.Join(ws[n:], " "))
		if yearWord(ws[min(n, len(ws)-1)]) {
			rest = strings.TrimSpace(strings.TrimPrefix(rest, ws[n]))
		}
		if i := strings.Index(rest, ") "); strings.HasPrefix(rest, "(") && i > 0 && len(strings.Fields(rest[:i])) <= 3 {
			rest = strings.TrimSpace(rest[i+1:]) // past "(SAWMF 2026)"
		}
		if strings.HasPrefix(rest, "\"") || strings.HasPrefix(rest, "“") {
			if i := strings.IndexAny(rest[1:], "\"”"); i >= 0 {
				rest = strings.TrimSpace(rest[1+i+len(string([]rune(rest[1+i:])[0])):]) // past the tagline
			}
		}
		rest = strings.Trim(rest, " |-–—")             // "Kigali Convention Centre, Kigali, Rwanda - 22-24 April 2025", "FORUM | Kigali Convention Centre | 14–16 October 2025"
		place := strings.ReplaceAll(rest, " | ", ", ") // "Kathmandu, Nepal | Hotel Annapurna |" before the days
		if !venueParts(place) {
			return nil
		}
		at := strings.Index(s, rest)
		wat := strings.Index(s, ws[n-1]+" ")
		if at < 0 || wat < 0 || len(strings.Fields(s[:wat])) != n-1 {
			return nil // spaced otherwise than one space a word: read no further
		}
		word := l.start + len([]rune(s[:wat]))
		return &progHead{word: word, name: head, kind: kind, date: x, place: place, placeStart: l.start + len([]rune(s[:at]))}
	}
	return nil
}

// headHosts follows a joined head's days: " Organised by the Ministry of
// Energy", " Hosted by Busan Port Authority".
var headHosts = regexp.MustCompile(`^[ ,.;]*(?i:organi[sz]ed|hosted|convened|co-organi[sz]ed|presented) (?:jointly )?by\b`)

// gatheringWordAt is the rune offset of the gathering's word in a short
// line that names a gathering ("12th PACIFIC PORTS FORUM", "Andean Water
// Utilities Congress 2026", "INTERNATIONAL SYMPOSIUM ON DESERT LOCUST
// CONTROL", "... FORUM (APPAF 2025)"), with the kind it names; -1 when the
// line is none. The word closes the line, before any year or short
// bracket, or is followed by "on", "of" or "for" and its capitalised topic.
func (d *doc) gatheringWordAt(l line) (int, string) {
	s := headWithoutBracket(string(d.runes[l.start:l.end]))
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 10 {
		return -1, ""
	}
	last := len(ws) - 1
	if yearWord(ws[last]) {
		last-- // "... CONGRESS 2026"
	}
	if last < 1 {
		return -1, ""
	}
	at := -1
	kind, ok := gatheringWords[strings.ToLower(ws[last])]
	if ok && unicode.IsUpper([]rune(ws[last])[0]) {
		at = strings.LastIndex(s, " "+ws[last]) + 1
	} else if k := topicGathering(ws); k >= 0 {
		kind, at = gatheringWords[strings.ToLower(ws[k])], wordOffset(s, k)
	}
	if at < 0 {
		return -1, ""
	}
	return l.start + len([]rune(s[:at])), kind
}

// headWithoutBracket is a head line without a closing bracket of three
// words at most: "14th ASIA-PACIFIC PORT AUTHORITIES FORUM (APPAF 2025)"
// -> "14th ASIA-PACIFIC PORT AUTHORITIES FORUM".
func headWithoutBracket(s string) string {
	i := strings.LastIndex(s, " (")
	if i <= 0 || !strings.HasSuffix(s, ")") || len(strings.Fields(s[i:])) > 3 {
		return s
	}
	return s[:i]
}

// topicGathering is the index of a gathering's word that its topic
// follows ("SYMPOSIUM ON DESERT LOCUST CONTROL", "Dialogue on Migration"):
// capitalised, then "on", "of" or "for" and capitalised words to the end;
// -1 when none ("WORKSHOP ON COASTAL RESILIENCE" opens with its word: 0).
func topicGathering(ws []string) int {
	for k := 0; k+2 < len(ws); k++ {
		if _, ok := gatheringWords[strings.ToLower(ws[k])]; !ok || !unicode.IsUpper([]rune(ws[k])[0]) {
			continue
		}
		switch strings.ToLower(ws[k+1]) {
		case "on", "of", "for":
		default:
			return -1
		}
		for _, w := range ws[k+2:] {
			if r := []rune(w)[0]; !unicode.IsUpper(r) && !unicode.IsDigit(r) && !joinWords[strings.ToLower(w)] {
				return -1
			}
		}
		return k
	}
	return -1
}

// joinWords may stand lower-case inside a title: "Dialogue on Peace and
// Security in the Sahel".
var joinWords = map[string]bool{"and": true, "of": true, "the": true, "in": true, "on": true, "for": true, "&": true}

// wordOffset is the byte offset of the k-th word of s, its words split
// by single spaces.
func wordOffset(s string, k int) int {
	at := 0
	for i := 0; i < k; i++ {
		j := strings.Index(s[at:], " ")
		if j < 0 {
			return -1
		}
		at += j + 1
		for at < len(s) && s[at] == ' ' {
			at++
		}
	}
	return at
}

// issuedOn closes the words before a document's own date: "PROVISIONAL
// PROGRAMME (as of 25 August 2025)", "Updated 3 March 2026".
var issuedOn = regexp.MustCompile(`(?i)\b(?:as(?: of| at)?|updated|published|issued|posted|dated)\s*$`)

// dayOfLine is the date of a day or a run of days written on line l, the
// line being no more than that date and a venue beside it; nil when none.
func (d *doc) dayOfLine(l line) *dateSpan {
	return d.daySpanIn(l, func(x dateSpan) bool {
		return x.clock == "" && !issuedOn.MatchString(string(d.runes[l.start:x.start]))
	})
}

// daySpanIn is a copy of the first day-precise date span wholly inside
// line l that ok accepts, nil when none.
func (d *doc) daySpanIn(l line, ok func(dateSpan) bool) *dateSpan {
	for si, s := range d.sents {
		if s.End <= l.start || s.Start >= l.end {
			continue
		}
		for _, x := range d.dates[si] {
			if x.start >= l.start && x.end <= l.end && x.prec == briefs.PrecisionDay && ok(x) {
				y := x
				return &y
			}
		}
	}
	return nil
}

// hoursOnly is what follows a day on a head's line when it is only the
// day's hours: ", 09:30–13:00", ", 10.00 am".
var hoursOnly = regexp.MustCompile(`^,?\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?(?:\s*[ap]\.?m\.?)?\s*$`)

// timedDayLine is the day of a head's line that is only a day and its
// hours, "Thursday 20 November 2025, 09:30–13:00"; nil when l is none.
func (d *doc) timedDayLine(l line) *dateSpan {
	s := string(d.runes[l.start:l.end])
	n := strings.LastIndex(s, ", ")
	if n <= 0 || !hoursOnly.MatchString(s[n:]) || !listing.DateLine(s[:n]) {
		return nil
	}
	x := d.daySpanIn(l, func(dateSpan) bool { return true })
	if x != nil {
		x.clock = ""
	}
	return x
}

// headVenue is the venue on the head's lines after the name's line i and
// up to the date's line j: a line of capitalised parts ("Grand Pacific
// Hotel, Suva, Fiji", "Astana, Kazakhstan") or the part of the date's
// line before or after " | ".
func (d *doc) headVenue(ls []line, i, j int) (string, int) {
	for k := i + 1; k <= j; k++ {
		s := string(d.runes[ls[k].start:ls[k].end])
		at := 0
		if k == j {
			if !strings.Contains(s, " | ") {
				if x := d.dayOfLine(ls[k]); x != nil && x.start > ls[k].start && x.endDate != "" { // not "Oslo, 12 September 2025", a statement's day of issue
					before := strings.TrimRight(string(d.runes[ls[k].start:x.start]), " ,–-")
					if before != "" && (venueParts(before) || placeSegment(before)) {
						return before, ls[k].start // "Rotterdam, 24-25 March 2026": the place before the days
					}
				}
				continue
			}
			s, at = d.venueCells(ls[k], s)
		}
		if venueParts(s) {
			return s, ls[k].start + at
		}
	}
	return "", -1
}

// venueCells is the cells of a head's date line s (on line l) that hold no
// day, joined by commas, with the rune offset of the first in the line:
// "Busan, Republic of Korea | BEXCO Convention Hall | 22-24 October 2025"
// -> "Busan, Republic of Korea, BEXCO Convention Hall".
func (d *doc) venueCells(l line, s string) (string, int) {
	var keep []string
	at, first := 0, -1
	for _, c := range strings.Split(s, " | ") {
		n := len([]rune(c))
		if d.dayOfLine(line{l.start + at, l.start + at + n}) == nil {
			keep = append(keep, strings.TrimSpace(c))
			if first < 0 {
				first = at
			}
		}
		at += n + len(" | ")
	}
	return strings.Join(keep, ", "), max(first, 0)
}

// venueParts reports a line of two to four comma parts, each opening with
// a capital, of twelve words at most (a venue and its town), or one that
// names a room or a building.
func venueParts(s string) bool {
	parts := strings.Split(s, ", ")
	if len(parts) > 4 || len(strings.Fields(s)) > 12 || strings.ContainsAny(s, "\"“”:") || len(parts) < 2 && !venueLine(s) {
		return false // "Programme of side events" is no venue
	}
	for _, p := range parts {
		if r := []rune(strings.TrimSpace(p)); len(r) == 0 || !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}

// programmeMention makes m, found at the head's gathering word, the
// gathering the head gives: its name, its kind, its days and its venue.
func (d *doc) programmeMention(m *mention) {
	p := d.programmeHead()
	if m.kind == "" {
		m.kind = p.kind
	}
	m.byTokens(FieldKind, RuleHeadProgramme, d.toks[m.sent], m.trig, m.trig+1)
	if p.name != "" {
		m.title = p.name // "12th PACIFIC PORTS FORUM", not the tagline or the venue beside it
		m.named, m.nameOrgs = nil, nil
	}
	if p.date != nil {
		x := *p.date
		x.tokStart, x.tokEnd = 0, 0 // its tokens are another sentence's
		m.date, m.dist = &x, 0
		m.by(FieldDate, RuleHeadProgramme, p.date.start, p.date.end)
	}
	if p.place != "" {
		m.place, m.placeAt = p.place, -1
		m.by(FieldPlace, RuleHeadProgramme, p.placeStart, p.placeStart+len([]rune(p.place)))
	}
}

// programmeWord is the token of sentence si that is the programme head's
// gathering word, -1 when si holds none.
func (d *doc) programmeWord(si int) int {
	if si > maxHeadLines {
		return -1
	}
	p, s := d.programmeHead(), d.sents[si]
	if p.word < s.Start || p.word >= s.End {
		return -1
	}
	for k, t := range d.toks[si] {
		if t.start == p.word {
			return k
		}
	}
	return -1
}
