package meetings

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// cluster is every mention of one meeting.
type cluster struct {
	key      string
	kind     string
	mentions []*mention
	later    *mention          // an undated later mention of it that says where it is held ("the G-7 Washington talks")
	dates    []*dateSpan       // the distinct dates of its mentions
	seen     map[string]bool   // their date|precision|end keys
	subOf    map[string]string // a body joined with its committee -> the committee (roles.go subBodies)
	roster   []string          // the names of the roster lines that follow it (roster.go)
}

// add appends m to c, remembering a date not seen before.
func (c *cluster) add(m *mention) {
	c.mentions = append(c.mentions, m)
	if m.date == nil {
		return
	}
	k := m.date.date + "|" + string(m.date.prec) + "|" + m.date.endDate
	if c.seen == nil {
		c.seen = map[string]bool{}
	}
	if !c.seen[k] {
		c.seen[k] = true
		c.dates = append(c.dates, m.date)
	}
}

// clusters groups the mentions: same name, or "the meeting" referring back.
func (d *doc) clusters() []*cluster {
	var cs []*cluster
	for _, m := range d.mentions {
		var into *cluster
		if m.possDate {
			for i := len(cs) - 1; i >= 0 && into == nil; i-- {
				if sameDay(cs[i], m) {
					into = cs[i] // "Monday's talks": the meeting of that Monday, not "later this month"'s
				}
			}
			for i := len(cs) - 1; i >= 0 && into == nil; i-- {
				if o := weekdayOtherWay(d.toks[m.sent], cs[i], m); o != nil {
					into, m.date = cs[i], o // "Friday's talks follow ...": the Friday of the talks named before
				}
			}
		}
		if m.anaphoric && into == nil && !d.separately(m) {
			for i := len(cs) - 1; i >= 0 && m.kind != "meeting"; i-- {
				if sameKind(cs[i].kind, m.kind) && compatible(cs[i], m) && (!m.possDate || len(cs[i].dates) > 0) && !d.otherLines(cs[i], m) && !d.hostsOneOf(cs[i], m) {
					into = cs[i] // "The talks in Geneva": the talks, not the later "meet again"
					break
				}
			}
			for i := len(cs) - 1; i >= 0 && into == nil; i-- {
				if (sameKind(cs[i].kind, m.kind) || m.kind == "meeting" || cs[i].kind == "meeting" && !(m.kind == "talks" && d.bodySitting(cs[i])) || m.possDate) && compatible(cs[i], m) &&
					(!m.possDate || len(cs[i].dates) > 0) && !d.otherLines(cs[i], m) && !d.hostsOneOf(cs[i], m) {
					into = cs[i]
					break
				}
			}
		} else if k := mentionKey(m); k != "" && into == nil && !seriesNeighbour(d.toks[m.sent], m.nameStart, m.trig) {
			for _, c := range cs {
				if c.key == k && compatible(c, m) && !d.otherTimedLines(c, m) && !indefiniteOther(d.toks[m.sent], m, c) {
					into = c
					break
				}
			}
			for _, c := range cs {
				if into != nil {
					break
				}
				if c.key != k && keySubset(c.key, k) && sameDayOnly(c, m) && !d.listedWith(c, m) && !d.otherTimedLines(c, m) && !followsOne(d.toks[m.sent], m) {
					into = c // "Climate Roundtable, 23 April 2026" in a subject line, "the Nordic Cities Climate Roundtable will take place on 23 April 2026"
				}
			}
		}
		if into == nil && d.refersBack(m, cs) {
			into = cs[len(cs)-1]
			m.date = nil // "The talks follow a ruling ... last month": the ruling's date
		}
		if into == nil && d.restatesLast(m, cs) {
			into = cs[len(cs)-1] // "... for a trilateral meeting ... this weekend. The three-way talks with X and Y will take place Saturday"
		}
		if into == nil {
			if m.possDate {
				m.anaphoric = false // "next month's meeting" of no meeting named before: a new one
			}
			into = &cluster{key: mentionKey(m), kind: m.kind}
			cs = append(cs, into)
		}
		into.add(m)
	}
	for i, u := range cs {
		if len(u.dates) > 0 {
			continue
		}
		for _, m := range u.mentions {
			if m.place == "" || m.anaphoric || m.verb || seriesNeighbour(d.toks[m.sent], m.nameStart, m.trig) {
				continue // not "The next round will be held in Brussels"
			}
			for j := i - 1; j >= 0; j-- {
				if c := cs[j]; len(c.dates) > 0 && c.kind == u.kind && c.later == nil && namesOneOf(m, c) {
					c.later = m // "talks held by Group of Seven (G-7) Finance Ministers ... the G-7 Washington talks"
					break
				}
			}
		}
	}
	d.carryNextPlace(cs)
	return d.joinHeadingMeeting(d.joinDayOfPeriod(cs))
}

// joinHeadingMeeting joins the meeting a notice's heading names
// ("Readout: Board of Trustees meeting, 14 November 2023") to the meeting
// its body tells on that same day with a party the heading's names in part
// ("The Board of Trustees of Kestrel Valley Water Trust met on 14 November
// 2023"): one meeting, told twice, its fields the body's.
func (d *doc) joinHeadingMeeting(cs []*cluster) []*cluster {
	for i := 0; i < len(cs); i++ {
		a := cs[i]
		if !d.headingOnly(a) || len(a.dates) != 1 || a.dates[0].endDate != "" {
			continue // not "Pacific Ports & Shipping Forum 2025 – Suva, Fiji, Tuesday 14 – Wednesday 15 October 2025" over its programme's sittings
		}
		for j, b := range cs {
			if j == i || d.headingOnly(b) || !sameDayOnly(b, a.mentions[0]) || !sharesParty(a, b) || !sameKind(a.kind, b.kind) && a.kind != "meeting" && b.kind != "meeting" {
				continue
			}
			for _, m := range a.mentions {
				m.named, m.nameOrgs = nil, nil // the body names the parties: the heading's shouted title ("REGULAR SESSION OREGON STATE SENATE Committee Meeting Schedule") is none
				b.add(m)
			}
			cs = append(cs[:i], cs[i+1:]...)
			i--
			break
		}
	}
	return cs
}

// headingOnly reports cluster c told only on the first line of a text
// with no dateline, its heading.
func (d *doc) headingOnly(c *cluster) bool {
	if d.dlEnd > 0 || len(d.sents) == 0 {
		return false
	}
	end := len(d.runes)
	for k := d.sents[0].Start; k < len(d.runes); k++ {
		if d.runes[k] == '\n' {
			end = k
			break
		}
	}
	for _, m := range c.mentions {
		if m.sent != 0 || d.toks[0][m.trig].end > end {
			return false
		}
	}
	return len(c.mentions) > 0
}

// sharesParty reports a party of cluster a that one of b's parties names,
// in full or in part ("Board of Trustees", "Board of Trustees of Kestrel
// Valley Water Trust").
func sharesParty(a, b *cluster) bool {
	for _, m := range a.mentions {
		for _, n := range slices.Concat(m.named, m.nameOrgs) {
			for _, o := range b.mentions {
				if slices.ContainsFunc(slices.Concat(o.named, o.nameOrgs), func(x string) bool { return partyMatches(n, x) }) {
					return true
				}
			}
		}
	}
	return false
}

// indefiniteOther reports an undated mention brought in by "a" or "an"
// ("on the sidelines of a regional summit") after cluster c was dated: a
// new gathering of the same kind, not the one told before.
func indefiniteOther(toks []token, m *mention, c *cluster) bool {
	if m.date != nil || len(c.dates) == 0 {
		return false
	}
	for k := m.nameStart - 1; k >= 0 && k >= m.nameStart-3; k-- {
		switch toks[k].lower {
		case "a", "an":
			return true
		case "the", "this", "that", "its", "their":
			return false
		}
	}
	return false
}

// followsOne reports a meeting whose own verb says it follows another:
// "The Annual Meeting of the Parish Council will follow at 8.00pm on the
// same evening" is not the Annual Parish Meeting before it.
func followsOne(toks []token, m *mention) bool {
	k := m.skipEnd
	for n := 0; n < 3 && auxiliaries[lowerAt(toks, k)]; n++ {
		k++
	}
	switch lowerAt(toks, k) {
	case "follow", "follows", "followed":
		return lowerAt(toks, k+1) != "by"
	}
	return false
}

// separately reports a mention in a sentence that opens with
// "Separately": "Separately, the Cabinet Committee on Economic Affairs ...
// approved ... at its meeting today" is no meeting named before.
func (d *doc) separately(m *mention) bool {
	toks, k := d.toks[m.sent], d.sentenceStart(m.sent)
	return lowerAt(toks, k) == "separately" && lowerAt(toks, k+1) == ","
}

// bodySitting reports a cluster that is one body's sitting, each mention
// right after the body's word ("Kenya's cabinet is meeting this morning",
// "the cabinet meeting"): later talks ("The talks in Kampala, which began
// last Friday") are not that sitting.
func (d *doc) bodySitting(c *cluster) bool {
	for _, m := range c.mentions {
		toks := d.toks[m.sent]
		k := m.trig - 1
		for k >= 0 && auxiliaries[toks[k].lower] {
			k--
		}
		if k < 0 || !bodyWords[toks[k].lower] {
			return false
		}
	}
	return len(c.mentions) > 0
}

// hostsOneOf reports a mention m that is the occasion another mention of
// cluster c is held on the sidelines of, in the same sentence: "a
// bilateral meeting ... on the sidelines of the summit on July 2" is not
// the summit.
func (d *doc) hostsOneOf(c *cluster, m *mention) bool {
	if !sidelines(d.toks[m.sent], m) {
		return false
	}
	for _, o := range c.mentions {
		if o.sent == m.sent && o.trig < m.trig {
			return true
		}
	}
	return false
}

// otherLines reports a mention on a listing line and a cluster told only
// on other lines of the listing: each line of a diary is an item of its
// own, so "15:00 Talks with the European Commissioner for Trade" does not
// refer back to "09:30 Meeting with the Ambassador of Denmark".
func (d *doc) otherLines(c *cluster, m *mention) bool {
	if d.entries[m.sent] == nil {
		return false
	}
	for _, o := range c.mentions {
		if o.sent == m.sent || d.entries[o.sent] == nil {
			return false
		}
	}
	return true
}

// otherTimedLines reports a mention on a diary line that opens with its
// clock time and a cluster told only on other such lines: "09.00 Meeting
// with KiwiRail" and "14.00 Meeting with the Automobile Association" are
// two meetings of one day, though their names are alike.
func (d *doc) otherTimedLines(c *cluster, m *mention) bool {
	if e := d.entries[m.sent]; e == nil || !e.timed {
		return false
	}
	for _, o := range c.mentions {
		if e := d.entries[o.sent]; o.sent == m.sent || e == nil || !e.timed {
			return false
		}
	}
	return true
}

// joinDayOfPeriod joins a meeting dated only by a possessive period ("next
// week's meeting of the IMF's Interim Committee") to a later one on a day
// within that period whose body it names ("Members of the Interim
// Committee ... will gather on April 9"): one meeting, its day the later's.
func (d *doc) joinDayOfPeriod(cs []*cluster) []*cluster {
	for i := 0; i < len(cs); i++ {
		a := cs[i]
		if len(a.dates) != 1 || a.dates[0].prec == briefs.PrecisionDay || !a.mentions[0].possDate {
			continue
		}
		for j := i + 1; j < len(cs); j++ {
			b := cs[j]
			if len(b.dates) != 1 || b.dates[0].prec != briefs.PrecisionDay || !datesOverlap(a.dates[0], b.dates[0]) || !d.namesBody(a.mentions[0], b) {
				continue
			}
			for _, m := range a.mentions {
				b.add(m)
			}
			cs = append(cs[:i], cs[i+1:]...)
			i--
			break
		}
	}
	return cs
}

// namesBody reports whether the name of mention m, with what follows it up
// to the clause's end, holds a name of two words at least that cluster b's
// mentions name as a party ("Interim Committee").
func (d *doc) namesBody(m *mention, b *cluster) bool {
	toks := d.toks[m.sent]
	end := m.trig
	for end < len(toks) && end < m.trig+14 && toks[end].lower != "," && toks[end].lower != ";" {
		end++
	}
	if end <= m.trig+1 {
		return false
	}
	span := sliceText(d.runes, toks[m.nameStart].start, toks[end-1].end)
	for _, o := range b.mentions {
		for _, n := range append(append([]string{}, o.named...), o.nameOrgs...) {
			if len(strings.Fields(n)) >= 2 && strings.Contains(span, n) {
				return true
			}
		}
	}
	return false
}

// sameKind reports two kinds of gathering one meeting may be called by:
// the same, or talks and their sessions ("have held three sessions so far
// this week, and more talks are set for Friday").
func sameKind(a, b string) bool {
	return a == b || a == "talks" && b == "session" || a == "session" && b == "talks"
}

// namesOneOf reports whether the name of mention m holds a party or
// organisation the mentions of cluster c name: "the G-7 Washington talks"
// and talks "held by Group of Seven (G-7) Finance Ministers".
func namesOneOf(m *mention, c *cluster) bool {
	for _, w := range strings.Fields(m.title) {
		if !isAcronym(w) && !isCapWord(w) || strings.EqualFold(w, m.place) {
			continue
		}
		for _, o := range c.mentions {
			for _, n := range append(append([]string{}, o.named...), o.nameOrgs...) {
				if n == w {
					return true
				}
			}
		}
	}
	return false
}

// refersBack reports a sentence that opens with "The talks" or "The
// meeting" right after a meeting of that kind, whose date lies far from it
// in another clause: "The talks follow a ruling by the Texas Supreme Court
// last month", "The talks, at a downtown Ottawa hotel, will be the first
// since the union rejected a conciliation report on August 20". It is the
// meeting just named, and the date is another event's.
func (d *doc) refersBack(m *mention, cs []*cluster) bool {
	if !m.anaphoric || m.possDate || m.date == nil || m.dist < 8 || len(cs) == 0 || m.nameStart != 1 || lowerAt(d.toks[m.sent], 0) != "the" {
		return false
	}
	c := cs[len(cs)-1]
	last := c.mentions[len(c.mentions)-1]
	return last.sent == m.sent-1 && (c.kind == m.kind || m.kind == "meeting" || c.kind == "meeting") && len(c.dates) > 0
}

// restatesLast reports a sentence that opens with "The" and a talks' or
// meeting's noun phrase dated the very day of the meeting the sentence
// before named: the same meeting told again with its parties ("Cho will
// travel to Tokyo this weekend for a trilateral meeting ... The three-way
// talks with Japanese Foreign Minister Takeshi Iwaya and Chinese Foreign
// Minister Wang Yi will take place Saturday"), not a second one.
func (d *doc) restatesLast(m *mention, cs []*cluster) bool {
	toks := d.toks[m.sent]
	if len(cs) == 0 || m.verb || m.date == nil || m.nameStart > 6 || lowerAt(toks, 0) != "the" || d.separately(m) {
		return false
	}
	for k := 1; k < m.nameStart; k++ {
		if toks[k].cap {
			return false // "The Japan-China talks": a name of its own, which the keys compare
		}
	}
	c := cs[len(cs)-1]
	last := c.mentions[len(c.mentions)-1]
	return last.sent == m.sent-1 && restateKinds[c.kind] && restateKinds[m.kind] && sameDayOnly(c, m)
}

// restateKinds are the kinds a meeting is told again under.
var restateKinds = map[string]bool{"meeting": true, "talks": true, "session": true, "dialogue": true, "consultations": true}

// compatible says whether m's date can be that of cluster c.
func compatible(c *cluster, m *mention) bool {
	if m.date == nil {
		return true
	}
	for _, o := range c.dates {
		if !datesOverlap(o, m.date) && !(m.continues && laterDay(o, m.date)) {
			return false
		}
	}
	return true
}

// weekdayOtherWay returns the day of cluster c that a possessive weekday
// with no tense of its own names a week the other way ("Friday's talks
// follow a meeting in July", after "will meet on Friday"): a week apart,
// the same weekday; nil when there is none.
func weekdayOtherWay(toks []token, c *cluster, m *mention) *dateSpan {
	x := m.date
	if x == nil || x.prec != briefs.PrecisionDay || x.dir != 0 || x.tokEnd-x.tokStart != 1 || !possessiveWeekday(toks, x.tokStart, x.tokEnd) {
		return nil
	}
	for _, o := range c.dates {
		if o.prec == briefs.PrecisionDay && (addDays(x.date, 7) == o.date || addDays(x.date, -7) == o.date) {
			return o
		}
	}
	return nil
}

// sameDay reports a cluster dated the very day of mention m.
func sameDay(c *cluster, m *mention) bool {
	for _, o := range c.dates {
		if m.date != nil && m.date.prec == briefs.PrecisionDay && o.prec == briefs.PrecisionDay && o.date == m.date.date {
			return true
		}
	}
	return false
}

// laterDay reports a day within a week after the span of a: "The talks in
// Tokyo will continue tomorrow" goes on with talks begun today.
func laterDay(a, b *dateSpan) bool {
	_, ae := spanDays(a)
	bs, _ := spanDays(b)
	return bs.After(ae) && !bs.After(ae.AddDate(0, 0, 7))
}

// datesOverlap: one date lies within the other's span.
func datesOverlap(a, b *dateSpan) bool {
	as, ae := spanDays(a)
	bs, be := spanDays(b)
	return !as.After(be) && !bs.After(ae)
}

// spanDays is the first and last day a date covers.
func spanDays(x *dateSpan) (time.Time, time.Time) {
	m := briefs.Meeting{Date: x.date, Precision: x.prec, EndDate: x.endDate}
	s, _ := m.Start(time.UTC)
	e, _ := m.End(time.UTC)
	return s, e.AddDate(0, 0, -1)
}

// mentionKey is the in-document identity of a named mention ("" for a bare verb).
func mentionKey(m *mention) string {
	if m.verb || m.title == "" {
		return ""
	}
	if m.keyOf != m.title { // clustering asks it again and again; the title may change in between
		m.key, m.keyOf = normKey(meetingInitials.Replace(m.title)), m.title
	}
	return m.key
}

// listedWith reports a mention of cluster c listed with m in m's
// sentence, "and" or a comma between them: "the China-ASEAN (10+1) Foreign
// Ministers' Meeting and the ASEAN Plus Three (10+3) Foreign Ministers'
// Meeting on July 25" are two.
func (d *doc) listedWith(c *cluster, m *mention) bool {
	toks := d.toks[m.sent]
	return slices.ContainsFunc(c.mentions, func(o *mention) bool {
		if o.sent != m.sent {
			return false
		}
		a, b := min(o.trig, m.trig), max(o.trig, m.trig)
		return slices.ContainsFunc(toks[a:b], func(t token) bool { return t.lower == "and" || t.lower == "," })
	})
}

// sameDayOnly reports cluster c dated on one day, the day of m's date.
func sameDayOnly(c *cluster, m *mention) bool {
	if m.date == nil || m.date.prec != briefs.PrecisionDay || len(c.dates) == 0 {
		return false
	}
	for _, o := range c.dates {
		if o.prec != briefs.PrecisionDay || o.date != m.date.date {
			return false
		}
	}
	return true
}

// meetingInitials spell out the initialisms of a company's or a society's
// general meetings, so that "Annual General Meeting: Our AGM will be held
// on Saturday 23 March" is one meeting, not two.
var meetingInitials = strings.NewReplacer("AGM", "Annual General Meeting", "EGM", "Extraordinary General Meeting")

// meetings turns the dated clusters into meetings, in text order.
func (d *doc) meetings() []briefs.Meeting {
	out := []briefs.Meeting{}
	cs := d.clusters()
	for c, names := range d.rosterOwners(cs) {
		c.roster = names
	}
	first := len(d.traces)
	var beside map[*cluster]*cluster // meetings dated by the gathering they are held beside
	for _, c := range cs {
		best := bestMention(c)
		if best == nil {
			var g *cluster
			if best, g = d.sidelinesDated(c, cs); g != nil { // "hold talks with ... on the sidelines of the gathering"
				if beside == nil {
					beside = map[*cluster]*cluster{}
				}
				beside[c] = g
			}
		}
		if best == nil {
			continue
		}
		out = append(out, d.meeting(c, best))
	}
	d.sidelinesPlaces(out, d.traces[first:])
	d.sidelinesHeld(out, d.traces[first:], beside)
	d.preparedPlaces(out, d.traces[first:])
	d.seriesParties(out, d.traces[first:])
	d.homeAgain(out, d.traces[first:])
	d.sameDaysHere(out, d.traces[first:])
	d.programmeVenues(out, d.traces[first:])
	return d.dropOccasions(out, d.traces[first:])
}

// dayOfOther reports a mention whose date another mention of its sentence
// has too: "will meet Vance on Saturday on the margins of the conference".
func (d *doc) dayOfOther(m *mention) bool {
	for _, o := range d.mentions {
		if o != m && o.sent == m.sent && o.date != nil && m.date != nil && o.date.tokStart == m.date.tokStart {
			return true
		}
	}
	return m.date != nil && shared(m)
}

// dropOccasions leaves out a meeting known only as the occasion of another,
// dated by the other's day, when a meeting of the story names it itself:
// "will meet Vance on Saturday on the margins of the Munich Security
// Conference. The conference opens in Munich on Friday" is the conference
// of Friday, not one on Saturday too.
func (d *doc) dropOccasions(out []briefs.Meeting, trs []trace) []briefs.Meeting {
	var keep []briefs.Meeting
	for i := range trs {
		drop := true
		for _, m := range trs[i].c.mentions {
			drop = drop && sidelines(d.toks[m.sent], m) && d.dayOfOther(m)
		}
		named := false
		for j := range trs {
			named = named || j != i && sameName(trs[j].c, trs[i].best)
		}
		if !drop || !named {
			keep = append(keep, out[i])
		}
	}
	if len(keep) == len(out) {
		return out
	}
	return keep
}

// sidelinesPlaces gives a meeting held on the sidelines of another the
// other's place when the story names it and no word of the meeting's own
// does (rule place.sidelines): "Takaichi will hold talks with Xi on Friday
// on the sidelines of the APEC summit. The summit opens in Gyeongju" is in
// Gyeongju, not at the Tokyo dateline of a prime minister at home.
func (d *doc) sidelinesPlaces(out []briefs.Meeting, trs []trace) {
	for i := range trs {
		best := trs[i].best
		if ownPlace(trs[i].c, out[i].Place) {
			continue
		}
		for _, n := range d.mentions {
			if n.sent != best.sent || n == best || !sidelines(d.toks[n.sent], n) {
				continue
			}
			placed := false
			for j := range trs {
				if j != i && out[j].Place != "" && (slices.Contains(trs[j].c.mentions, n) || sameName(trs[j].c, n)) {
					d.borrowPlace(out, trs, i, j, n, RulePlaceSidelines)
					placed = true
				}
			}
			if !placed && n.place != "" && out[i].Place == "" {
				out[i].Place, trs[i].sidelines, trs[i].borrowed = n.place, n, RulePlaceSidelines // "on the sidelines of ASEAN-related meetings in Kuala Lumpur", undated
				rekey(out, trs, i)
			}
		}
	}
}

// borrowPlace gives meeting i meeting j's place, which mention n of i's
// sentence named (rule: place.sidelines or place.prepares); explain shows
// the words that place j, or n when none.
func (d *doc) borrowPlace(out []briefs.Meeting, trs []trace, i, j int, n *mention, rule Rule) {
	out[i].Place, trs[i].sidelines, trs[i].borrowed = out[j].Place, n, rule
	if src, _ := d.placeFrom(out[j].Place, trs[j]); src != nil {
		trs[i].sidelines = src
	}
	rekey(out, trs, i)
}

// rekey gives meeting i the key of what a pass after clustering made of
// it (a borrowed place, parties of its series).
func rekey(out []briefs.Meeting, trs []trace, i int) {
	out[i].Key = Key(out[i])
	trs[i].key = out[i].Key
}

// preparedPlaces gives a meeting held to prepare another the other's place
// when no word of the meeting's own names one (rule place.prepares):
// "Senior officials met on Friday to prepare the meeting", "Officials from
// the Group of Seven met on Wednesday to prepare for weekend talks ... The
// ministers will meet here on Saturday". The other is the meeting the
// prepared mention belongs to or, failing that, the one placed meeting
// dated after it.
func (d *doc) preparedPlaces(out []briefs.Meeting, trs []trace) {
	for i := range trs {
		best := trs[i].best
		if out[i].Place != "" && ownPlace(trs[i].c, out[i].Place) {
			continue
		}
		for _, n := range d.mentions {
			if n.sent != best.sent || n == best || !prepared(d.toks[n.sent], n) && !precededBy(d.toks[n.sent], n, best) {
				continue
			}
			if j := preparedMeeting(out, trs, i, n); j >= 0 {
				d.borrowPlace(out, trs, i, j, n, RulePlacePrepares)
				break
			}
		}
		if out[i].Place == "" {
			if kind := precededOpening(d.toks[best.sent], best); kind != "" {
				for j := i - 1; j >= 0; j-- {
					if out[j].Place != "" && trs[j].best.kind == kind {
						d.borrowPlace(out, trs, i, j, trs[j].best, RulePlacePrepares)
						break
					}
				}
			}
		}
	}
}

// precededOpening is the kind of the meeting a sentence opens with as
// preceded by m, when that opening is no mention of its own: "The Session
// will be preceded by a meeting of senior officials on 2 June" (the
// session named in the sentence before); "" when the sentence says
// nothing so.
func precededOpening(toks []token, m *mention) string {
	k := 0
	for k < len(toks) && !toks[k].word {
		k++
	}
	if lowerAt(toks, k) != "the" {
		return ""
	}
	kind, ok := meetingNouns[lowerAt(toks, k+1)]
	if !ok {
		return ""
	}
	if precededByIn(toks, k+2, min(k+6, m.nameStart)) {
		return kind
	}
	return ""
}

// preparedMeeting is the index of the placed meeting that mention n, which
// meeting i prepares, names; -1 when none or several could be.
func preparedMeeting(out []briefs.Meeting, trs []trace, i int, n *mention) int {
	later := -1
	for j := range trs {
		if j == i || out[j].Place == "" {
			continue
		}
		if slices.Contains(trs[j].c.mentions, n) || sameName(trs[j].c, n) {
			return j
		}
		if out[j].Date > out[i].Date {
			if later >= 0 {
				later = -2
			} else if later == -1 {
				later = j
			}
		}
	}
	return max(later, -1)
}

// precededBy reports "n will be preceded by m": m, held before n to ready
// it, is held where n is ("The summit will be preceded by an extraordinary
// meeting of the SADC Council of Ministers on Tuesday").
func precededBy(toks []token, n, m *mention) bool {
	return precededByIn(toks, n.trig+1, m.nameStart)
}

// precededByIn reports "preceded by" starting at a token in [from, to-1).
func precededByIn(toks []token, from, to int) bool {
	for k := from; k+1 < to && k+1 < len(toks); k++ {
		if toks[k].lower == "preceded" && toks[k+1].lower == "by" {
			return true
		}
	}
	return false
}

// prepared reports a meeting named as what another prepares: "to prepare
// the meeting", "to prepare for weekend talks", "in preparation for the
// summit".
func prepared(toks []token, n *mention) bool {
	for k := n.nameStart - 1; k >= 0 && k >= n.nameStart-4; k-- {
		switch w := toks[k].lower; {
		case w == "prepare" || w == "prepares" || w == "preparing" || w == "preparation" || w == "preparations":
			return true
		case !toks[k].word && !isApostrophe(w) && w != "-" || w == "with" || w == "and":
			return false
		}
	}
	return false
}

// sameName reports a cluster with a mention named as n is: "the Munich
// Security Conference" on whose margins two leaders meet on Saturday, and
// "The conference opens in Munich on Friday" after "the Munich Security
// Conference" of another sentence.
func sameName(c *cluster, n *mention) bool {
	k := mentionKey(n)
	if k == "" {
		return false
	}
	for _, o := range c.mentions {
		if mentionKey(o) == k || o.anaphoric && o.kind == n.kind && !o.verb && !n.verb && o.sent != n.sent {
			return true // "The conference opens in Munich": the one named before
		}
	}
	return false
}

// ownPlace reports a place that a mention of cluster c says itself.
func ownPlace(c *cluster, place string) bool {
	if place == "" {
		return false
	}
	for _, m := range c.mentions {
		if m.place == place {
			return true
		}
	}
	return c.later != nil && c.later.place == place
}

// bestMention is the dated mention with the finest date nearest its name.
func bestMention(c *cluster) *mention {
	var best *mention
	rank := map[briefs.Precision]int{briefs.PrecisionDay: 0, briefs.PrecisionWeek: 1, briefs.PrecisionMonth: 2}
	for _, m := range c.mentions {
		if m.date == nil || m.continues && len(c.dates) > 1 {
			continue // "Their talks will continue tomorrow": the day is not the meeting's start
		}
		if best == nil || rank[m.date.prec] < rank[best.date.prec] ||
			rank[m.date.prec] == rank[best.date.prec] && (spans(m) && !spans(best) || spans(m) == spans(best) && (shared(best) && !shared(m) ||
				shared(best) == shared(m) && (best.anaphoric && !m.anaphoric ||
					best.anaphoric == m.anaphoric && m.dist < best.dist))) {
			// the days a meeting spans beat one day of it, and a date of its
			// own one shared with another mention ("on the sidelines of the
			// G20 Summit ... on Sunday"; "The two-day G20 Summit, which
			// opened on Saturday")
			best = m
		}
	}
	return best
}

// laterToday reports a date told by a later part of the day: "this
// afternoon", "this evening", "tonight".
func laterToday(d *dateSpan) bool {
	return strings.HasSuffix(d.value, "TAF") || strings.HasSuffix(d.value, "TEV") || strings.HasSuffix(d.value, "TNI")
}

// spans reports a mention dated to several days.
func spans(m *mention) bool { return m.date.endDate != "" && m.date.endDate != m.date.date }

// statedBy is the mention whose sentence best states the meeting: best,
// unless best only refers back ("Thursday's meeting will be chaired by
// ...") to an earlier mention of the same day that names the meeting
// ("Nigeria's main labour unions will meet government officials on
// Thursday to resume talks", "The fourth round of talks ... will be held
// here on Sunday evening").
func statedBy(c *cluster, best *mention) *mention {
	if !best.anaphoric || best.date == nil {
		return best
	}
	for _, m := range c.mentions {
		if m.date != nil && m.date.date == best.date.date && m.date.prec == best.date.prec && m.sent < best.sent && (!m.anaphoric || !m.possDate) { // not another "Sunday's talks"
			return m
		}
	}
	return best
}

// meeting builds the meeting of cluster c from its best mention.
func (d *doc) meeting(c *cluster, best *mention) briefs.Meeting {
	x := best.date
	m := briefs.Meeting{
		Date: x.date, Precision: x.prec, EndDate: x.endDate, Time: x.clock,
		Evidence: d.evidence(statedBy(c, best)), Place: best.place, MovedFrom: best.movedFrom,
	}
	// A place said of the meeting by name beats one near "the summit".
	if best.anaphoric || m.Place == "" {
		for _, o := range c.mentions {
			if !o.anaphoric && o.place != "" {
				m.Place = o.place
				break
			}
		}
	}
	for _, o := range c.mentions {
		if m.Place == "" && o.place != "" {
			m.Place = o.place
		}
	}
	if m.Place == "" && c.later != nil {
		m.Place = c.later.place
	}
	m.Place = cityOfCountry(c, m.Place)
	if namesNoPlace(m.Place) {
		m.Place = "" // "in the Arab summit", "at the Congress": a people or a body, no place
	}
	implied := false
	if m.Place == "" && !heldOnline(c) && (d.impliedHere(c) || d.underWayHere(c, best)) {
		m.Place, implied = d.datelineCity(), true
	}
	m.Participants = d.participants(c, m.Place)
	if len(m.Participants) == 0 {
		if ps, by := d.homeBodyParties(c, m.Place); len(ps) > 0 {
			m.Participants = ps
			for _, n := range ps {
				by.byName(n, RulePartyHomeBody, -1, -1)
			}
		}
	}
	var tr trace
	m.Title, tr.title, tr.titleFrom = d.title(c, best, withoutSides(c, m.Participants), m.Place)
	m.Title = d.unshout(m.Title)
	m.Participants = d.spellOut(c.mentions[0], m.Participants)
	m.Status, tr.status = status(best, d.ref)
	m.Key = Key(m)
	tr.key, tr.evidence, tr.c, tr.best, tr.implied = m.Key, m.Evidence, c, best, implied
	d.traces = append(d.traces, tr)
	return m
}

// evidence is the mention's sentence without the dateline in front of it.
func (d *doc) evidence(m *mention) string {
	s := d.sents[m.sent]
	if m.listed {
		s = d.sents[d.sentenceAtRune(m.date.start)] // "41st | Tuesday 2 February - ...", not the lead's "All meetings take place at ..."
	}
	if s.Start >= d.dlEnd || d.dlEnd >= s.End {
		return s.Text
	}
	return sliceText(d.runes, d.dlEnd, s.End)
}

// maxParticipants bounds the parties listed for one meeting.
const maxParticipants = 12

// status places the meeting relative to the reference day, with the rule
// that decided it.
func status(m *mention, ref time.Time) (briefs.Status, Rule) {
	s, e := spanDays(m.date)
	switch {
	case e.Before(ref):
		if m.openEnded {
			return briefs.StatusOngoing, RuleStatusOpenEnded
		}
		return briefs.StatusPast, RuleStatusBefore
	case s.After(ref):
		return briefs.StatusUpcoming, RuleStatusAfter
	}
	dir := m.date.dir
	if m.date.prec == briefs.PrecisionDay {
		switch {
		case !s.Equal(e) && e.Equal(ref) && (m.ended || dir < 0 && !m.started):
			return briefs.StatusPast, RuleStatusEnded // "ended a two-day meeting today"
		case !s.Equal(e):
			return briefs.StatusOngoing, RuleStatusMultiDay // a multi-day meeting spanning the day
		case m.ended:
			return briefs.StatusPast, RuleStatusEnded // "at the end of its meeting on Friday"
		case m.started && laterToday(m.date) && dir >= 0 && !m.continues:
			return briefs.StatusUpcoming, RuleStatusToday // "is meeting his French counterpart this afternoon"
		case m.started:
			return briefs.StatusOngoing, RuleStatusStarted // "began its meeting today"
		}
	}
	switch {
	case m.openEnded:
		return briefs.StatusOngoing, RuleStatusOpenEnded
	case m.started && !m.ended:
		return briefs.StatusOngoing, RuleStatusStarted // "in session so far this week"
	case dir > 0:
		return briefs.StatusUpcoming, RuleStatusTense
	case dir < 0:
		return briefs.StatusPast, RuleStatusTense
	case s.Equal(e):
		return briefs.StatusUpcoming, RuleStatusToday
	}
	return briefs.StatusOngoing, RuleStatusTense
}

// sentenceAtRune is the index of the sentence that holds rune offset at,
// or the last sentence that starts before it.
func (d *doc) sentenceAtRune(at int) int {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].Start > at })
	return max(i-1, 0)
}
