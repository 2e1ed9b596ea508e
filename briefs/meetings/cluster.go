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
		if m.anaphoric && into == nil {
			for i := len(cs) - 1; i >= 0 && m.kind != "meeting"; i-- {
				if sameKind(cs[i].kind, m.kind) && compatible(cs[i], m) && (!m.possDate || len(cs[i].dates) > 0) && !d.otherLines(cs[i], m) {
					into = cs[i] // "The talks in Geneva": the talks, not the later "meet again"
					break
				}
			}
			for i := len(cs) - 1; i >= 0 && into == nil; i-- {
				if (sameKind(cs[i].kind, m.kind) || m.kind == "meeting" || cs[i].kind == "meeting" || m.possDate) && compatible(cs[i], m) &&
					(!m.possDate || len(cs[i].dates) > 0) && !d.otherLines(cs[i], m) {
					into = cs[i]
					break
				}
			}
		} else if k := mentionKey(m); k != "" && into == nil && !seriesNeighbour(d.toks[m.sent], m.nameStart, m.trig) {
			for _, c := range cs {
				if c.key == k && compatible(c, m) {
					into = c
					break
				}
			}
		}
		if into == nil && d.refersBack(m, cs) {
			into = cs[len(cs)-1]
			m.date = nil // "The talks follow a ruling ... last month": the ruling's date
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
	return d.joinDayOfPeriod(cs)
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
	return normKey(m.title)
}

// meetings turns the dated clusters into meetings, in text order.
func (d *doc) meetings() []briefs.Meeting {
	out := []briefs.Meeting{}
	cs := d.clusters()
	for c, names := range d.rosterOwners(cs) {
		c.roster = names
	}
	first := len(d.traces)
	for _, c := range cs {
		best := bestMention(c)
		if best == nil {
			continue
		}
		out = append(out, d.meeting(c, best))
	}
	d.sidelinesPlaces(out, d.traces[first:])
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
			for j := range trs {
				if j != i && out[j].Place != "" && (slices.Contains(trs[j].c.mentions, n) || sameName(trs[j].c, n)) {
					out[i].Place, trs[i].sidelines = out[j].Place, n
					if src, _ := d.placeFrom(out[j].Place, trs[j]); src != nil {
						trs[i].sidelines = src // explain shows the words that place the gathering
					}
					out[i].Key = Key(out[i])
					trs[i].key = out[i].Key
				}
			}
		}
	}
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

// meeting builds the meeting of cluster c from its best mention.
func (d *doc) meeting(c *cluster, best *mention) briefs.Meeting {
	x := best.date
	m := briefs.Meeting{
		Date: x.date, Precision: x.prec, EndDate: x.endDate, Time: x.clock,
		Evidence: d.evidence(best), Place: best.place, MovedFrom: best.movedFrom,
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
	if m.Place == "" && !heldOnline(c) && (d.impliedHere(c) || d.underWayHere(c, best)) {
		m.Place = d.dl.Place
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
	m.Status, tr.status = status(best, d.ref)
	m.Key = Key(m)
	tr.key, tr.evidence, tr.c, tr.best = m.Key, m.Evidence, c, best
	d.traces = append(d.traces, tr)
	return m
}

// evidence is the mention's sentence without the dateline in front of it.
func (d *doc) evidence(m *mention) string {
	s := d.sents[m.sent]
	if s.Start >= d.dlEnd || d.dlEnd >= s.End {
		return s.Text
	}
	return sliceText(d.runes, d.dlEnd, s.End)
}

// maxParticipants bounds the parties listed for one meeting.
const maxParticipants = 12

// participants is the union of the cluster's named parties in text order;
// organisations inside the meeting's name count when no one else is named.
func (d *doc) participants(c *cluster, place string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(n string) {
		k := strings.ToLower(n)
		if seen[k] || n == "" || c.notParty(n) || namesPlace(place, n) {
			return
		}
		seen[k] = true
		out = append(out, n)
	}
	listed := 0 // the names of the cluster's roster among out
	if corporate(c) && !hasProperTitle(c.mentions[0].title) {
		add(d.leadOrg())
	}
	for _, m := range c.mentions {
		add(m.owner) // "its policy meeting": the Bank of Japan takes part
		for _, n := range m.named {
			if !m.anaphoric || isPersonName(n) || d.titledWord(m.sent, n) || d.subjectOf(m, n) || slices.Contains(m.groupRefs, n) {
				add(n)
			}
		}
		for _, n := range m.sides {
			add(n)
		}
		for _, n := range c.roster {
			m.byName(n, RulePartyRoster, -1, -1)
			k := len(out)
			add(n) // "Present: Cllr J. Marsh (Chair), ..."
			listed += len(out) - k
		}
		b := nameBody(m.title)
		if b == "" && !m.verb && !d.heldAt(m) {
			b = blocBody(m.title) // the summit itself, not "the two leaders last met at the ASEAN Summit"
		}
		if b != "" && !m.anaphoric && hasProperTitle(m.title) && !d.isDatelinePlace(b) {
			m.byName(b, RulePartyNameBody, -1, -1)
			add(b) // "The Pacific Islands Forum Leaders Meeting"
		}
	}
	if len(out) == 0 && corporate(c) {
		add(d.leadOrg())
	}
	if len(out) == 0 {
		for _, m := range c.mentions {
			for _, n := range m.nameOrgs {
				if !m.anaphoric && !d.isDatelinePlace(n) && (!strings.ContainsAny(n, " -") || isOrg(n) || isParliament(n)) && !nationalities[strings.ToLower(n)] {
					add(n) // the body named only in the meeting's name: "the annual Comecon session"
				}
			}
		}
	}
	for _, m := range c.mentions {
		if b := d.kindBody(m); len(out) == 0 && b != "" && !m.anaphoric {
			m.byName(b, RulePartyKindBody, -1, -1)
			add(b) // "The cabinet is expected to approve the draft at its regular session on Tuesday"
		}
	}
	for _, m := range c.mentions {
		if len(out) > 0 {
			break
		}
		if b := d.blockBody(m); b != "" {
			m.byName(b, RuleListingBlock, -1, -1)
			add(b) // "Meeting No. 34" under the notice's "Standing Committee on Finance"
		}
	}
	if len(out) == listed && d.bareMeeting(c) {
		if b := d.headingBody(); b != "" { // the body, beside its roster's members and witnesses
			c.mentions[0].byName(b, RulePartyHeading, -1, -1)
			add(b) // "The next meeting will be held on ..." in the minutes of the Audit Committee
		}
	}
	if o := d.diaryOwner(); o != "" && d.ownerSpeaks(c) {
		c.mentions[0].byName(o, RulePartyDiaryOwner, -1, -1)
		add(o) // "Today I met with the Foreign Minister of Ghana" under "A note from Ambassador Ingrid Falk"
	}
	persons := false
	for _, n := range out {
		if isPersonName(n) {
			persons = true
		}
	}
	bloc := c.kind == "summit" || c.kind == "conference" // "the BRICS summit": BRICS takes part
	if !persons || bloc {
		for _, m := range c.mentions {
			if m.anaphoric {
				continue
			}
			for _, n := range m.nameOrgs {
				if isAcronym(n) || corporateName(n) && !persons {
					add(n)
				}
			}
		}
	}
	if len(out) > maxParticipants {
		out = out[:maxParticipants]
	}
	out = d.dropShortForms(out)
	pos := make(map[string]int, len(out))
	for _, n := range out {
		pos[n] = d.firstIndex(n)
	}
	sort.SliceStable(out, func(a, b int) bool { return pos[out[a]] < pos[out[b]] })
	out = d.dropRepresented(d.joinAndTails(c, dropInitialisms(dropGeneric(d.dropAliases(d.subBodies(c, out))))))
	if corporate(c) {
		if co := d.company(c, out); co != "" && !publicBody(co) && !isCountry(co) { // not "Venezuela and its commercial bank creditors"
			return append([]string{co}, d.officers(c, out)...) // a company's board or shareholders: the company is the party
		}
	}
	if out == nil {
		out = []string{}
	}
	return out
}

// heldAt reports a meeting's name after "at" or "during": the gathering
// another meeting is held at ("last met at the ASEAN Summit").
func (d *doc) heldAt(m *mention) bool {
	toks := d.toks[m.sent]
	k := m.nameStart - 1
	if lowerAt(toks, k) == "the" {
		k--
	}
	w := lowerAt(toks, k)
	return w == "at" || w == "during" || w == "of" && lowerAt(toks, k-1) == "sidelines"
}

// namesPlace reports a name the meeting's place already says ("Brussels"
// for a meeting in Brussels); a country inside a city's name is still a
// party ("Mexico" for talks in Mexico City).
func namesPlace(place, n string) bool {
	lp, ln := strings.ToLower(place), strings.ToLower(n)
	if place == "" || !strings.Contains(lp, ln) {
		return false
	}
	if !isCountry(n) {
		return true
	}
	for _, part := range strings.Split(lp, ",") {
		if strings.TrimSpace(part) == ln {
			return true // "Suva, Fiji"
		}
	}
	return false
}

// subjectOf reports whether n is the subject of the sentence of mention m
// that refers back to a meeting: "The United States and the European
// Community presented rival plans at the meeting" (said before the
// meeting's words, with no verb of saying between).
func (d *doc) subjectOf(m *mention, n string) bool {
	at, ok := m.namedAt[n]
	if !ok || at >= m.nameStart {
		return false
	}
	toks := d.toks[m.sent]
	for k := 0; k < m.nameStart && k < len(toks); k++ {
		if reporting(toks[k].lower) {
			return false
		}
	}
	return true
}

// dropGeneric drops a party named by a bare kind of body or group: "the
// Commission", "Ministers" say no more than the meeting already does.
func dropGeneric(names []string) []string {
	var out []string
	for _, n := range names {
		if lw := strings.ToLower(n); !strings.Contains(lw, " ") && (orgWords[lw] || delegationWords[lw] || groupNouns[lw]) &&
			!homeBodies[lw] && lw != "congress" && lw != "senate" && lw != "presidium" {
			continue
		}
		out = append(out, n)
	}
	return out
}

// dropInitialisms keeps one written form of a party named twice: "Group of
// Seven" and "G-7", "International Monetary Fund" and "IMF".
func dropInitialisms(names []string) []string {
	var out []string
	for _, n := range names {
		dup := false
		for i, k := range out {
			if compassInitialism(n, k) {
				out[i], dup = n, true // "ASEAN", as the scorer's initialisms do not spell "Southeast" in two
			}
			dup = dup || initialismOf(n, k) || initialismOf(k, n) || compassInitialism(k, n)
		}
		if !dup {
			out = append(out, n)
		}
	}
	return out
}

// compassInitialism reports an initialism that spells a compass word as two
// letters: "ASEAN" for "Association of Southeast Asian Nations".
func compassInitialism(short, long string) bool {
	if !isAcronym(short) || !strings.Contains(long, " ") {
		return false
	}
	r := strings.NewReplacer("Southeast", "South East", "Southwest", "South West", "Northeast", "North East", "Northwest", "North West")
	spelt := r.Replace(long)
	return spelt != long && initialismOf(short, spelt)
}

// company is the company whose board or shareholders meet: the owner a
// possessive names ("its board"), the company the story leads with, else
// the first party that is no person.
func (d *doc) company(c *cluster, parties []string) string {
	for _, m := range c.mentions {
		if m.owner != "" {
			return m.owner
		}
	}
	if o := d.leadOrg(); o != "" {
		return o
	}
	for _, m := range c.mentions {
		for _, ch := range d.chunks(m.sent) {
			if ch.start >= m.nameStart && ch.end <= m.skipEnd && corporateName(d.withSuffix(m.sent, ch)) {
				co := d.withSuffix(m.sent, ch)
				if i := strings.LastIndex(co, " of "); i >= 0 {
					co = co[i+4:] // "the Annual General Meeting of Shareholders of Nordlicht AG"
				}
				return strings.TrimPrefix(co, "the ")
			}
		}
		if _, co, ok := strings.Cut(m.title, " of "); ok && corporateName(co) {
			return strings.TrimPrefix(co, "the ") // "the Annual General Meeting of Kestrel Mining Limited"
		}
	}
	if o := d.headingCompany(); o != "" {
		return o // "Norsk Aluminium ASA - Financial calendar 2026" over "Annual General Meeting: 14 May 2026, Oslo"
	}
	for _, p := range parties {
		if !isPersonName(p) {
			if _, rest, ok := strings.Cut(p, " of "); ok && groupNouns[strings.ToLower(strings.Fields(p)[0])] {
				return rest // "Directors of Pacific Gas and Electric Co"
			}
			return p
		}
	}
	return ""
}

// dropShortForms drops a name that is a word of a longer one ("Saddam"
// beside "Saddam Hussein"), unless the text joins them as two parties
// ("Reagan and Nancy Reagan").
func (d *doc) dropShortForms(names []string) []string {
	var out []string
	for _, n := range names {
		short := false
		for _, o := range names {
			if o != n && len(o) > len(n) && containsWord(o, n) &&
				!strings.Contains(d.text, n+" and "+o) && !strings.Contains(d.text, o+" and "+n) {
				short = true
				break
			}
		}
		if !short {
			out = append(out, n)
		}
	}
	return out
}

// containsWord reports whether w occurs in s as whole words.
func containsWord(s, w string) bool {
	return strings.HasPrefix(s, w+" ") || strings.HasSuffix(s, " "+w) || strings.Contains(s, " "+w+" ")
}

// corporate reports whether any mention of c is a company's meeting.
func corporate(c *cluster) bool {
	for _, m := range c.mentions {
		if m.corporate {
			return true
		}
	}
	return false
}

// leadOrg is the company a wire story is about: the first name of its
// first sentence when a verb of saying or a ticker follows it.
func (d *doc) leadOrg() string {
	if len(d.sents) == 0 {
		return ""
	}
	toks := d.toks[0]
	chunks := d.chunks(0)
	if len(chunks) == 0 {
		return ""
	}
	c := chunks[0] // only the sentence's first name can be its subject
	if n := stripTitles(c.text); n != c.text && isPersonName(n) {
		return "" // "Investor Carl Icahn said he will seek seats at USX Corp's annual meeting"
	}
	if nx := lowerAt(toks, c.end); nx == "said" || nx == "<" || nx == "says" || nx == "has" || nx == "management" ||
		isApostrophe(nx) && corporateName(c.text) && (lowerAt(toks, c.end+2) == "board" || lowerAt(toks, c.end+2) == "directors") {
		return stripTitles(c.text) // "General Motors Corp's board met"
	}
	return ""
}

// corporateName reports whether a name ends like a company's.
func corporateName(n string) bool {
	ws := strings.Fields(n)
	if len(ws) == 0 {
		return false
	}
	last := strings.ToLower(strings.Trim(ws[len(ws)-1], ".,"))
	return last == "co" || last == "corp" || last == "inc" || last == "ltd" || last == "plc" || last == "company" || companySuffixes[last]
}

// companySuffixes end company names beside the wire's "Co", "Corp", "Inc":
// "Kestrel Mining Limited", "Norsk Aluminium ASA", "Lumo Oyj", "Nordlicht AG".
var companySuffixes = map[string]bool{
	"limited": true, "asa": true, "ab": true, "oyj": true, "ag": true, "nv": true, "se": true, "spa": true,
	"bhd": true, "tbk": true, "llc": true, "corporation": true, "incorporated": true, "holdings": true,
}

// firstIndex is the rune position of name's first occurrence in the text.
func (d *doc) firstIndex(name string) int {
	i := strings.Index(d.text, name)
	if i < 0 {
		return len(d.text)
	}
	return i
}

// hasProperTitle: a word other than the kind of gathering is capitalised or a number.
func hasProperTitle(t string) bool {
	for _, w := range strings.Fields(t) {
		if _, kind := meetingNouns[strings.ToLower(w)]; kind {
			continue
		}
		if r := w[0]; r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}

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

// underWayHere reports a summit or conference under way on the day of a
// story filed where no other place is named and no party travels: "The
// Commonwealth summit, which got under way on Thursday, ends on Saturday"
// from Apia is held there, where its reporters are.
func (d *doc) underWayHere(c *cluster, best *mention) bool {
	if d.dl.Place == "" || c.kind != "summit" && c.kind != "conference" {
		return false
	}
	if st, _ := status(best, d.ref); st != briefs.StatusOngoing || best.openEnded {
		return false
	}
	return !d.awayFromHere(c)
}

// impliedHere: the dateline city is the place of a gathering that names no
// other (meetings.GUIDELINE.md) — a government or body meeting where the
// story was filed — but not of a company's board or shareholders.
func (d *doc) impliedHere(c *cluster) bool {
	if d.dl.Place == "" || d.awayFromHere(c) {
		return false
	}
	for _, m := range c.mentions {
		for _, n := range append(m.named, m.owner) {
			if n != "" && (d.homeInstitution(n) || d.seatedHere(n) && (m.kind != "summit" || d.summitAtSeat(n))) || d.centralBankNear(m) || d.homeBodyBefore(m) {
				return true // "Finance Ministry officials", "The policy board will hold its next meeting" (the Bank of Japan's), NATO in Brussels (not a summit: summits move)
			}
		}
	}
	if corporate(c) {
		return false
	}
	for _, m := range c.mentions {
		if d.homeSubject(m) || d.homePerson(m) || d.homeGroup(m) || d.seatedName(m) || d.hostedHere(m) {
			return true // "The Senate Judiciary Committee will open hearings", "Chancellor Helmut Kohl will meet", "consultations with Finance Minister Nigel Lawson"
		}
		for _, n := range m.named {
			if strings.HasSuffix(n, " government") {
				return true // "the state government and the union will resume talks"
			}
		}
		for si := max(m.sent-1, 0); si <= m.sent+1 && si < len(d.toks); si++ {
			for k, t := range d.toks[si] {
				if si == m.sent && (t.lower == "here" || homeBodies[t.lower] && !t.cap && t.lower != "government" && !d.foreignOwner(d.toks[si], k)) || hostCues[t.lower] {
					return true // "arrived here", "a visiting delegation", the cabinet or parliament itself (not "France's cabinet" in London)
				}
				if homeBodies[t.lower] && t.cap && si == m.sent && k >= m.nameStart-4 && k < m.skipEnd+2 && !d.foreignOwner(d.toks[si], k) ||
					centralCommittee(d.toks[si], k) && si == m.sent && k >= m.nameStart-4 && k < m.skipEnd+4 && !d.foreignOwner(d.toks[si], k) ||
					t.lower == "soviet" && lowerAt(d.toks[si], k-1) == "supreme" && si == m.sent ||
					t.lower == "council" && si == m.sent && k >= m.nameStart-4 && k < m.skipEnd+2 && !d.foreignOwner(d.toks[si], k) {
					return true // "The Supreme Soviet ... opens its session", "the Politburo met", "the central bank council is meeting"
				}
			}
		}
	}
	return false
}

// hostCues say that visitors came to where the story was filed.
var hostCues = map[string]bool{
	"visiting": true, "arrived": true, "arrives": true, "ambassador": true, "hosted": true, "hosts": true, "hosting": true, "host": true,
}

// homeBodies meet in their own capital: a parliament, a cabinet, a state
// government.
var homeBodies = map[string]bool{
	"parliament": true, "soviet": false, "politburo": true, "cabinet": true, "government": true,
	"diet": true, "knesset": true, "duma": true, "presidium": true, "legislature": true, "assembly": true,
	"commons": true, "bundestag": true, "senate": true, "centre": true, // India's central government: "The Centre will hold talks"
}

// homeSubject reports a meeting whose subject is a public body or a head of
// government, who meet at home: "The Senate Judiciary Committee will open
// hearings", "India's GST Council, made up of ..., will meet", "Chancellor
// Helmut Kohl will meet union leaders". Not a bank's committee (a central
// bank's is homeInstitution's to judge; a commercial bank's has no implied
// place), nor a summit.
func (d *doc) homeSubject(m *mention) bool {
	if m.kind == "summit" || m.anaphoric {
		return false
	}
	toks := d.toks[m.sent]
	k := m.nameStart - 1
	if !m.verb && (lowerAt(toks, k) == "a" || lowerAt(toks, k) == "its") {
		k--
	}
	for j := k; !m.verb && j >= 0 && j > k-4 && toks[j].word && !toks[j].cap; j-- {
		if holdVerbs[toks[j].lower] {
			k = j - 1 // "will open hearings", "will hold a hearing", "will convene its first regular session"
			break
		}
	}
	if !m.verb && lowerAt(toks, k) == "which" && lowerAt(toks, k-1) == "," {
		k -= 2 // "The Senate Foreign Relations Committee, which held hearings"
	}
	for n := 0; n < 3 && k >= 0 && (auxiliaries[toks[k].lower] || strings.HasSuffix(toks[k].lower, "ly") && !toks[k].cap); n++ {
		k-- // "will meet", "met privately"
	}
	if m.verb && lowerAt(toks, k) == "and" {
		for _, o := range d.mentions {
			if o.sent == m.sent && o.trig < m.trig && o != m {
				return d.homeSubject(o) // "met for three hours today ... and will meet again on Friday"
			}
		}
	}
	if lowerAt(toks, k) == "," {
		for j := k - 1; j > 0 && j > k-15; j-- {
			if toks[j].lower == "in" && toks[j+1].cap {
				return false // "The GST Council, which met in Jaisalmer ..., will meet again": not at home
			}
			if toks[j].lower == "," {
				k = j - 1 // "India's GST Council, made up of ... ministers, will meet"
				break
			}
		}
	}
	lowBody := ""
	for j := k; j >= 0 && j > k-4 && toks[j].word && !toks[j].cap; j-- {
		if bodyWords[toks[j].lower] {
			lowBody, k = toks[j].lower, j-1 // "The House Energy and Commerce subcommittee on oversight will hold a hearing"
			for n := 0; n < 2 && k > 0 && toks[k].word && !toks[k].cap; n++ {
				k-- // "The Senate estimates committee"
			}
			break
		}
	}
	for i, c := range d.chunks(m.sent) {
		next := lowerAt(toks, c.end)
		if c.end-1 != k && !(i == 0 && c.end < m.nameStart && (auxiliaries[next] && next != "to" && next != "'" || next == "and")) {
			continue // the subject of the meeting, or of the sentence: "Chancellor Helmut Kohl will meet ... for talks"
		}
		ws := strings.Fields(strings.ToLower(c.text))
		for _, w := range ws {
			if w == "bank" || corporateName(c.text) {
				return false
			}
		}
		last := ws[len(ws)-1]
		if lowBody != "" && c.end-1 == k {
			last = lowBody // "The House Energy and Commerce subcommittee", "The Senate estimates committee"
		}
		if homeBodies[last] || last == "council" || last == "party" && lowerAt(toks, c.start-1) == "ruling" ||
			(last == "committee" || last == "subcommittee") && (len(ws) > 1 || lowBody != "") && (homeBodies[ws[0]] || ws[0] == "house") {
			return !d.foreignOwner(toks, c.end) // not "The German cabinet met" in London
		}
		return len(ws) > 2 && headOfGovernment[ws[0]] || len(ws) > 3 && ws[0] == "prime" && ws[1] == "minister" || homeOfficial(toks, c) ||
			isPersonName(c.text) && (titledBefore(toks, c.start, "chancellor") || titledBefore(toks, c.start, "premier") ||
				lowerAt(toks, c.start-1) == "minister" && lowerAt(toks, c.start-2) == "prime")
	}
	return false
}

// headOfGovernment are the titles of a government's head.
var headOfGovernment = map[string]bool{"chancellor": true, "premier": true}

// homeOfficial reports a person whose title has no nationality before it:
// in wire style, "Finance Minister Gerhard Stoltenberg" in a Bonn story is
// the home country's minister (a visitor is "Mexican Finance Minister").
func homeOfficial(toks []token, c chunk) bool {
	name := stripTitles(c.text)
	if !isPersonName(name) && (strings.Contains(name, " ") || name == c.text && !(c.start > 0 && toks[c.start-1].cap && titleWords[toks[c.start-1].lower])) {
		return false // but "King Fahd", "President Reagan": a title and one name
	}
	title := false
	if prefix := strings.TrimSuffix(c.text, name); prefix != c.text && prefix != "" {
		for _, w := range strings.Fields(strings.ToLower(prefix)) {
			if nationalities[w] || countries[w] != "" || strings.Contains(w, ".") || regionalAdjectives[w] {
				return false // "Mexican Finance Minister", "U.S. Treasury Secretary"
			}
			title = title || isTitleWord(w)
		}
	}
	for j := c.start - 1; j >= 0 && j >= c.start-4 && (toks[j].cap || toks[j].lower == "."); j-- {
		w := toks[j].lower
		if nationalities[w] || countries[w] != "" || w == "." || regionalAdjectives[w] {
			return false
		}
		title = title || titleWords[w] && w != "u.s."
	}
	return title
}
