package meetings

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Minutes, readouts and committee notices list who takes part on a line of
// its own: "Present: Cllr J. Marsh (Chair), Cllr P. Okafor", "Attendees:
// Sarah Whitfield (Chair), Imran Qureshi", "Members: Councillors A. Patel
// (Chairman), B. Evans and C. Grant" (rule parties.roster). Each name is a
// party of the meeting the document names just before the line (or of its
// first meeting when the line comes first); "Apologies:" and "Absent:"
// lines are not read.

// RulePartyRoster names the parties a roster line lists.
const RulePartyRoster Rule = "parties.roster"

// rosterLabels open a roster line, lower case, before its colon.
var rosterLabels = map[string]bool{
	"present": true, "members present": true, "also present": true, "in attendance": true, "attendees": true,
	"attending": true, "members": true, "attendance": true, "participants": true, "councillors present": true,
	"directors present": true, "board members present": true, "committee members": true, "officers present": true,
	"staff present": true, "committee present": true, "also attending": true, "commissioners present": true, // "Staff present: City Manager Paul Deering"
	"witnesses": true, "witness": true, "witness list": true, "panel": true, "speakers": true, "trustees present": true, "governors present": true,
	"chair": true, "chairs": true, "co-chairs": true, "co-chair": true, "delegations": true, "heads of delegation": true, // "Co-chairs: Somsak Phommachanh (Lao PDR) and Nguyen Thi Lan (Viet Nam)"
}

// rosterRoles are one-word roles a roster writes after a name ("Karen Liu,
// President"), lower case: no name of their own.
var rosterRoles = map[string]bool{
	"president": true, "chair": true, "chairman": true, "chairwoman": true, "chairperson": true, "vice-chair": true,
	"secretary": true, "treasurer": true, "clerk": true, "superintendent": true, "principal": true, "member": true,
	"director": true, "manager": true, "officer": true, "minutes": true, "mayor": true, "deputy": true, "permanent": true,
}

// rosterHonorifics are dropped from the front of a roster name.
var rosterHonorifics = map[string]bool{
	"cllr": true, "cllrs": true, "councillor": true, "councillors": true, "councilman": true, "councilwoman": true,
	"councilmember": true, "alderman": true, "mr": true, "mrs": true, "ms": true, "miss": true, "dr": true,
	"prof": true, "sir": true, "dame": true, "hon": true, "rev": true, "commissioner": true, "commissioners": true,
	"trustee": true, "trustees": true, "director": true, "directors": true, "selectman": true, "supervisor": true, "professor": true,
	"rt": true, "the": true, "mayor": true, "councilmembers": true,
}

// rosterPluralRoles open an item that lists several members after one
// plural role: "Council Members Robert Ames, Denise Holloway, Frank Ybarra"
// in "Present: Mayor Linda Castellano; Council Members ..." (lower case).
var rosterPluralRoles = map[string]bool{"council members": true, "councilmembers": true, "councillors": true, "cllrs": true,
	"directors": true, "trustees": true, "commissioners": true, "members": true, "board members": true}

// bodyJoins join the capitalised words of a body's name on a roster.
var bodyJoins = map[string]bool{"for": true, "of": true, "and": true, "on": true}

// memberLetters close a member's name in a roster: "Pat McFadden MP".
var memberLetters = map[string]bool{"MP": true, "TD": true, "MSP": true, "MLA": true, "MS": true, "MEP": true, "KC": true, "QC": true,
	"MLC": true, "MHA": true, "MPP": true, "MNA": true, "KCB": true, "CBE": true, "OBE": true, "MBE": true, "KBE": true, "DBE": true}

// roster is one roster line: where it starts (a rune offset) and its names.
type roster struct {
	at    int
	names []string
}

// rosterLabel finds the labels of a line's parts, "Present:", "In
// attendance:", "Apologies:": ingest may have joined a notice's lines.
var rosterLabel = regexp.MustCompile(`(?:^|[\s.;])([A-Z][a-z]+(?: [a-z]+){0,2}|[A-Z]+(?: [A-Z]+){0,2})(?: \d{1,2})?:`) // "PRESENT:" too

// rosters are the document's roster lines, read once per document.
func (d *doc) rosters() []roster {
	var out []roster
	off := 0
	var under *roster // a label alone on its line ("Witnesses:"), the names on the lines below it
	for _, line := range strings.SplitAfter(d.text, "\n") {
		at := off
		off += len(line)
		if under != nil {
			if ns := rosterLineNames(line); len(ns) > 0 && len(under.names) < maxParticipants {
				under.names = append(under.names, ns...)
				continue
			}
			if len(under.names) > 0 {
				out = append(out, *under)
			}
			under = nil
		}
		if !strings.Contains(line, ":") {
			continue
		}
		if label, rest, _ := strings.Cut(strings.TrimSpace(line), ":"); rest == "" && rosterLabels[strings.ToLower(label)] {
			under = &roster{at: utf8.RuneCountInString(d.text[:at])}
			continue
		}
		ls := rosterLabel.FindAllStringSubmatchIndex(line, -1)
		for i, l := range ls {
			if !rosterLabels[strings.ToLower(line[l[2]:l[3]])] {
				continue
			}
			end := len(line)
			if i+1 < len(ls) {
				end = ls[i+1][2]
			}
			if names := rosterNames(line[l[1]:end]); len(names) > 0 {
				out = append(out, roster{at: utf8.RuneCountInString(d.text[:at+l[2]]), names: names})
			}
		}
	}
	if under != nil && len(under.names) > 0 {
		out = append(out, *under)
	}
	return out
}

// rosterLineNames are the names of a line of a list under a roster's
// label: the name opening it (rosterLineName), or a body or country and
// the person after its dash ("Indonesia – Director-General Rudi Santoso").
func rosterLineNames(line string) []string {
	line = listNumber.ReplaceAllString(strings.TrimSpace(line), "") // "1. Mr. Joseph Kiprono Langat, Chairman"
	l := strings.TrimSpace(strings.TrimLeft(line, "*•·-– \t"))
	if org, who, ok := dashNames(l, dropTitle); ok {
		return []string{org, who}
	}
	if n := rosterLineName(line); n != "" {
		if b := bracketBody(l); b != "" {
			return []string{n, b} // "Dr Ayesha Malik (Ministry of Water Resources)": the speaker and her body
		}
		return []string{n}
	}
	return nil
}

// bracketBody is the body a roster's line names in brackets after the
// person, "(Ministry of Water Resources)", "(Asian Development Bank)"; ""
// for a role ("(Chair)") or none.
func bracketBody(l string) string {
	a, b := strings.Index(l, "("), strings.Index(l, ")")
	if a < 0 || b < a {
		return ""
	}
	in := strings.TrimSpace(l[a+1 : b])
	if ws := strings.Fields(in); len(ws) < 2 || titleWordOrHyphened(ws[0]) {
		return "" // "(Chair)", "(Deputy Chair)"
	}
	return rosterName(in)
}

// dropTitle removes the capitalised office words before a person's name:
// "Director-General Rudi Santoso" -> "Rudi Santoso", "Undersecretary
// Carlos Mendoza" -> "Carlos Mendoza".
func dropTitle(s string) string {
	ws := strings.Fields(s)
	for len(ws) > 2 && titleWordOrHyphened(ws[0]) {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// titleWordOrHyphened reports an office word, or one of hyphened office
// words: "Director-General", "Secretary-General", "Undersecretary".
func titleWordOrHyphened(w string) bool {
	for _, p := range strings.Split(strings.ToLower(w), "-") {
		if !titleWords[p] && !rosterRoles[p] && p != "undersecretary" && p != "general" {
			return false
		}
	}
	return true
}

// rosterLineName is the name opening a line of a list under a roster's
// label ("Dr. Rebecca Lindqvist, Chief Pharmacy Officer, Prairie Health
// System"), "" for a blank line or one that opens with no name.
func rosterLineName(line string) string {
	line = strings.TrimSpace(strings.TrimLeft(line, "*•·-– \t"))
	if line == "" || strings.HasSuffix(line, ":") {
		return ""
	}
	first, _, _ := strings.Cut(line, ",")
	if i := strings.IndexAny(first, "(–—"); i >= 0 {
		first = first[:i]
	}
	return rosterName(first)
}

// rosterNames splits a roster's list into names: commas, semicolons and
// "and" separate them; a bracketed role ("(Chair)") and honorifics go.
func rosterNames(list string) []string {
	var b strings.Builder
	depth := 0
	for _, r := range list {
		switch {
		case r == '(':
			depth++
		case r == ')':
			depth = max(depth-1, 0)
		case depth == 0:
			b.WriteRune(r)
		}
	}
	var out []string
	sep := func(r rune) bool { return r == ',' || r == ';' }
	if strings.Contains(b.String(), ";") {
		sep = func(r rune) bool { return r == ';' } // "Karen Liu, President; Daniel Ortiz": a name and its role a part
	}
	person := false // the part before named a person, whose role may follow
	for _, part := range strings.FieldsFunc(b.String(), sep) {
		if names := pluralRoleNames(part); len(names) > 0 {
			out = append(out, names...) // "Council Members Robert Ames, Denise Holloway, Frank Ybarra"
			person = false
			continue
		}
		part, _, _ = strings.Cut(part, ",")
		if first, _, _ := strings.Cut(strings.TrimSpace(part), " "); person && (titleWords[strings.ToLower(first)] || rosterRoles[strings.ToLower(first)]) && !isPersonName(rosterName(part)) {
			person = false
			continue // "Stephen Kinnock MP, Minister of State for Care": his post, no party
		}
		person = false
		if org, who, ok := dashNames(part, nil); ok {
			out = append(out, org, who) // "Department of Health – Dr Louise Fairweather": the body and its witness
			person = true
			continue
		}
		items := strings.Split(part, " and ")
		if len(items) == 2 && (strings.Contains(items[0], " for ") || strings.Contains(items[0], " of ")) {
			items = []string{part} // "Department for Work and Pensions": one body
		}
		for _, item := range items {
			if n := rosterName(item); n != "" && len(out) < maxParticipants {
				out = append(out, n)
				person = isPersonName(n)
			}
		}
	}
	return out
}

// pluralRoleNames are the names of a roster item that opens with a plural
// role and lists its members with commas and "and": "Council Members
// Robert Ames, Denise Holloway, Frank Ybarra and Gerald Whitcomb"; nil for
// any other item.
func pluralRoleNames(item string) []string {
	ws := strings.Fields(item)
	n := 0
	switch {
	case len(ws) > 2 && rosterPluralRoles[strings.ToLower(ws[0]+" "+ws[1])]:
		n = 2
	case len(ws) > 1 && rosterPluralRoles[strings.ToLower(ws[0])]:
		n = 1
	default:
		return nil
	}
	var out []string
	for _, part := range strings.Split(strings.Join(ws[n:], " "), ",") {
		for _, it := range strings.Split(part, " and ") {
			if name := rosterName(it); name != "" && len(out) < maxParticipants {
				out = append(out, name)
			}
		}
	}
	return out
}

// listNumber is a numbered line's number: "1. ", "2) ".
var listNumber = regexp.MustCompile(`^\d{1,2}[.)]\s+`)

// dashNames reads a roster's item "Body – Person": the body and the
// person, the person without a role after a comma and, when office is not
// nil, without what office drops ("Indonesia – Director-General Rudi
// Santoso" under "Delegations:"); ok false unless both are names.
func dashNames(item string, office func(string) string) (org, who string, ok bool) {
	o, w, ok := cutDash(item)
	if !ok {
		return "", "", false
	}
	w, _, _ = strings.Cut(w, ",")
	if office != nil {
		w = office(w)
	}
	org, who = rosterName(o), rosterName(w)
	return org, who, org != "" && who != ""
}

// cutDash splits a roster's item at a spaced dash: "Regional Roads
// Victoria – Mark Tennant".
func cutDash(part string) (before, after string, ok bool) {
	for _, dash := range []string{" – ", " — ", " - "} {
		if b, a, ok := strings.Cut(part, dash); ok {
			return b, a, true
		}
	}
	return part, "", false
}

// rosterName is one item of a roster less its honorifics, or "" when it is
// no name: a lower-case word ("none"), a number, a long phrase.
func rosterName(item string) string {
	ws := strings.Fields(strings.TrimRight(strings.TrimSpace(item), ".:; ")) // "Group.\n" closing a line
	for len(ws) > 0 && rosterHonorifics[strings.ToLower(strings.TrimSuffix(ws[0], "."))] {
		ws = ws[1:]
	}
	for len(ws) > 1 && memberLetters[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1] // "Rt Hon Pat McFadden MP"
	}
	if len(ws) == 0 || len(ws) > 5 || len(ws) == 1 && rosterRoles[strings.ToLower(ws[0])] {
		return "" // "President" after "Karen Liu,"
	}
	role := true
	for _, w := range ws {
		lw := strings.ToLower(w)
		role = role && (titleWords[lw] || rosterRoles[lw])
	}
	if role {
		return "" // "Executive Director" of "Witnesses: Executive Director, Port Authority"
	}
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameParticles[w] && !(i > 0 && i < len(ws)-1 && bodyJoins[w]) {
			return "" // "none", "2 members of the public"; not "Department for Work and Pensions"
		}
	}
	return strings.Join(ws, " ")
}

// rosterOwners gives each roster line's names to the cluster with the
// latest mention before the line, else to the first cluster.
func (d *doc) rosterOwners(cs []*cluster) map[*cluster][]string {
	rs := d.rosters()
	if len(rs) == 0 || len(cs) == 0 {
		return nil
	}
	out := map[*cluster][]string{}
	for _, r := range rs {
		if slices.ContainsFunc(d.scheduled, func(l line) bool { return l.start <= r.at && r.at < l.end }) {
			continue // "Witnesses: ..." of a schedule's line: that line's meeting names them (scheduleLines)
		}
		owner, last := cs[0], -1
		for _, c := range cs {
			for _, m := range c.mentions {
				if s := d.sents[m.sent].Start; s < r.at && s > last {
					owner, last = c, s
				}
			}
		}
		out[owner] = append(out[owner], r.names...)
	}
	return out
}

// chairMarked is a roster's member marked as its chair: "Cllr J. Marsh
// (Chair)", "Margaret Quinlan (Chairperson)".
var chairMarked = regexp.MustCompile(`([\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,4})\s*\((?:Chair|Chairman|Chairwoman|Chairperson|in the Chair)\)`)

// rosterChair is the person a minutes' roster marks as the chair; "" when
// the text has no roster or marks no one.
func (d *doc) rosterChair() string {
	if d.chair != nil {
		return *d.chair
	}
	ch := ""
	d.chair = &ch
	if len(d.rosters()) == 0 {
		return ""
	}
	if m := chairMarked.FindStringSubmatch(d.text); m != nil {
		ch = rosterName(m[1])
	}
	return ch
}

// chairReports reports a meeting of cluster c that the minutes' chair
// reports on as her own: a sentence that opens "The Chair reported on her
// meeting with ..." or "The Chair met ...".
func (d *doc) chairReports(c *cluster) bool {
	for _, m := range c.mentions {
		toks := d.toks[m.sent]
		k := d.sentenceStart(m.sent)
		if lowerAt(toks, k) != "the" || lowerAt(toks, k+1) != "chair" || m.trig > k+12 {
			continue
		}
		if m.verb && m.trig <= k+4 {
			return true // "The Chair met the Town Clerk on 4 March"
		}
		if w := lowerAt(toks, m.trig-1); w == "her" || w == "his" {
			return true // "The Chair reported on her meeting with ..."
		}
	}
	return false
}
