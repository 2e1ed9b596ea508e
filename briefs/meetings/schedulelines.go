package meetings

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A schedule of hearings or sittings lists its days one line each, the
// day first and then what is heard, with no meeting's word of its own:
//
//	Hearings begin at 7:00 p.m. in the Board Room, County Administration Building.
//	Tuesday, March 5, 2019 - Application PB-19-03: Site plan for Eastgate Commons, Phase I.
//	Monday 14 May 2012, 11:00 - Committee Room 2, Assembly Building, Karachi. Witnesses: ...
//
// Each such line is a meeting of the kind the lead before the list names
// in the plural (rule listing.schedule-line).

// scheduleLines gives each date-first line of a schedule whose event names
// no meeting a meeting of its lead's kind on the line's day, and drops the
// lead, which the lines stand for.
func (d *doc) scheduleLines() {
	if len(d.entries) == 0 {
		return // prose: no listing line at all, the most texts
	}
	has := make(map[int]bool, len(d.mentions))
	for _, m := range d.mentions {
		has[m.sent] = true
	}
	days := map[int]bool{} // the day headings the listing lines read their dates from
	for _, e := range d.entries {
		days[e.headSent] = true
	}
	leads := map[*mention]bool{}
	for si := range d.sents {
		e := d.entries[si]
		if e == nil || e.dateOnly || e.day != "" || e.headSent < 0 || has[si] || has[e.headSent] || !d.dayOpensLine(e.headSent, si) {
			continue
		}
		before := d.beforeRun(si, days)
		lead, others := d.scheduleLead(before)
		if lead == nil || lead.date != nil && lead.date.endDate != "" || calledOff(d.toks[si]) {
			continue // "will hold public hearings ... from Tuesday 3 June to Thursday 5 June": the lines are its days; "Hearing on wildfire resilience. POSTPONED."
		}
		for _, o := range others {
			leads[o] = true
		}
		first, last := headingDay(d.sents[e.headSent].Text, d.ref)
		if first == "" {
			continue
		}
		c := d.listMention(si, lead, first, last)
		c.by(FieldDate, RuleListingSchedule, d.sents[e.headSent].Start, d.sents[e.headSent].End)
		ev := d.sents[si]
		if e.place != "" {
			c.place, c.placeAt = e.place, -1 // "Draft Harlow Riverfront Plan; location: Harlow Middle School cafeteria"
			c.by(FieldPlace, e.placeRule, e.placeStart, e.placeEnd)
		} else if v := eventVenue(ev.Text); v != "" {
			c.place, c.placeAt = v, -1 // "Town Hall, Vryheid. Witnesses: ..."
			c.by(FieldPlace, RuleListingSchedule, ev.Start, ev.Start+len([]rune(v)))
		}
		if body, ok := d.announcer(before); ok {
			c.named, c.namedAt, c.nameOrgs = []string{body}, nil, nil // "The Portfolio Committee on ... will take evidence ... at the following venues:"
			c.byName(body, RuleListingSchedule, -1, -1)
		}
		own := lineParties(ev.Text)
		if b := d.headingBody(); b != "" && len(own) > 0 && len(c.named) == 0 {
			c.named = append(c.named, b) // the board that hears "(applicant: Brookfield Glen LLC)", named by the schedule's heading
			c.byName(b, RulePartyHeading, -1, -1)
		}
		for _, n := range own {
			if !slices.Contains(c.named, n) {
				c.named = append(c.named, n) // "Witnesses: Zululand Game Ranchers' Association; ...", "(applicant: Brookfield Glen LLC)"
				c.byName(n, RuleListingSchedule, -1, -1)
			}
		}
		d.mentions = append(d.mentions, c)
		d.scheduled = append(d.scheduled, line{ev.Start, ev.End})
		leads[lead] = true
	}
	if len(leads) > 0 {
		d.mentions = slices.DeleteFunc(d.mentions, func(m *mention) bool { return leads[m] })
	}
}

// dayOpensLine reports head sentence h as the day that opens entry si's
// own line ("Tuesday, March 5, 2019 - Application ..."), not a heading
// over it.
func (d *doc) dayOpensLine(h, si int) bool {
	a, b := d.sents[h].End, d.sents[si].Start
	return a <= b && !strings.ContainsRune(string(d.runes[a:b]), '\n')
}

// scheduleLead is the mention of a plural hearing or sitting ("Hearings
// begin at 7:00 p.m. in the Board Room", "will hold public hearings as
// follows:") in the leadWindow sentences from k back, k the sentence
// before the run of dated lines (beforeRun), with every other such mention there (a
// schedule's title, "Schedule of Public Hearings, February to April
// 2019"), which the lines stand for too; or, when none was kept, a mention
// made at such a word of a schedule's title ("PROGRAMME OF PUBLIC HEARINGS
// ON THE DRAFT BILL", a title line no meeting of its own). nil when there
// is neither.
func (d *doc) scheduleLead(k int) (lead *mention, others []*mention) {
	for n, j := 0, k; j >= 0 && n < leadWindow; j, n = j-1, n+1 {
		for _, m := range d.mentions {
			if m.sent == j && !m.verb && !m.listed && scheduleNouns[d.toks[j][m.trig].lower] {
				if lead == nil {
					lead = m
				} else {
					others = append(others, m)
				}
			}
		}
	}
	if lead != nil {
		return lead, others
	}
	for n, j := 0, k; j >= 0 && n < leadWindow; j, n = j-1, n+1 {
		for h, t := range d.toks[j] {
			if scheduleNouns[t.lower] && !excluded(d.toks[j], h) {
				return d.newMention(j, h), nil
			}
		}
	}
	return nil, nil
}

// beforeRun is the sentence just before the run of listing lines and
// their day headings (days) that line si is part of; -1 when the run
// opens the text.
func (d *doc) beforeRun(si int, days map[int]bool) int {
	k := si - 1
	for k >= 0 && (d.entries[k] != nil || days[k]) {
		k--
	}
	return k
}

// scheduleNouns name the sittings a schedule lists line by line.
var scheduleNouns = map[string]bool{"hearings": true, "sittings": true, "sessions": true}

// eventVenue is the venue a schedule line's event opens with, up to its
// first full stop: "Community Hall, Ulundi" of "Community Hall, Ulundi.
// Witnesses: ...", "Committee Room 3, Legislature Building,
// Pietermaritzburg"; "" when its first part names no building or room.
func eventVenue(ev string) string {
	v, _, _ := strings.Cut(ev, ". ")
	v = strings.TrimRight(v, ".")
	first, _, _ := strings.Cut(v, ", ")
	if ws := strings.Fields(first); len(ws) > 1 && isDigits(ws[len(ws)-1]) {
		first = strings.Join(ws[:len(ws)-1], " ") // "Committee Room 3"
	}
	if !itineraryVenue(first) {
		return ""
	}
	return venueName(v)
}

// isDigits reports a word of ASCII digits only.
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// lineParties are the parties a schedule line names after its
// "Witnesses:" or "applicant:" label, one to a semicolon; a title before a
// comma gives way to its body ("Managing Director, Karachi Bulk Water
// Authority"). Lower-case groups are left out.
func lineParties(ev string) []string {
	var out []string
	for _, label := range []string{"Witnesses: ", "Witness: ", "applicant: ", "Applicant: "} {
		_, rest, ok := strings.Cut(ev, label)
		if !ok {
			continue
		}
		rest, _, _ = strings.Cut(rest, ")")
		for _, seg := range strings.Split(strings.TrimRight(rest, ". "), "; ") {
			if i := strings.LastIndex(seg, ", "); i >= 0 {
				seg = seg[i+2:]
			}
			seg = strings.TrimSpace(strings.TrimRight(seg, "."))
			if r, _ := utf8.DecodeRuneInString(seg); unicode.IsUpper(r) {
				out = append(out, seg)
			}
		}
	}
	return out
}

// announcer is the body that sentence k, the one just before a line's
// run (beforeRun), names as its subject when it announces the run with a
// closing colon: "The Portfolio Committee on Agriculture and Environmental Affairs
// will take evidence on the draft bill at the following venues:".
func (d *doc) announcer(k int) (string, bool) {
	if k < 0 || !strings.HasSuffix(strings.TrimSpace(d.sents[k].Text), ":") {
		return "", false
	}
	for _, c := range d.chunks(k) {
		if c.start <= 1 && c.end-c.start > 1 && slices.ContainsFunc(strings.Fields(c.text), func(w string) bool { return bodyWords[strings.ToLower(w)] }) {
			return c.text, true
		}
	}
	return "", false
}

// calledOff reports a schedule line whose day holds no sitting: "Hearing on
// wildfire resilience. POSTPONED.", "No sitting. Members travelling.",
// "Kisumu public hearing ...: CANCELLED."
func calledOff(toks []token) bool {
	for k, t := range toks {
		switch t.lower {
		case "postponed", "cancelled", "canceled", "suspended", "deferred", "adjourned":
			return true
		case "no":
			if scheduleNouns[lowerAt(toks, k+1)+"s"] || isMeetingNounWord(lowerAt(toks, k+1)) {
				return true
			}
		}
	}
	return false
}
