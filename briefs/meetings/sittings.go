package meetings

// A named council or forum met or attended on a day is a gathering of its
// own, though "council" and "forum" are no meeting nouns (they name bodies
// that take part elsewhere): "at the Agriculture and Fisheries Council on
// February 24" is the council's sitting (rule head.council-sitting), "is
// due to attend the Doha Forum in Qatar on Dec. 7-8" the forum's
// (head.forum-attended).

// councilSitting reports a named council met "at" on a day, a sitting of
// the council: "to be discussed by EU fisheries ministers at the
// Agriculture and Fisheries Council on February 24", "at the Foreign
// Affairs Council on Monday" (the EU's councils are its ministers'
// meetings). The council's name must have a word of its own before
// "Council", and a day or a time word follow it.
func councilSitting(toks []token, i int) bool {
	if toks[i].lower != "council" {
		return false
	}
	k, ok := namedBefore(toks, i)
	if n := i + 1; !ok || n < len(toks) && toks[n].word && !toks[n].cap && !councilFollowers[toks[n].lower] {
		return false // "attend the City Council work session": the council names the session, the head
	}
	j := i + 1
	if lowerAt(toks, j) == "(" && lowerAt(toks, j+2) == ")" {
		j += 3 // "the Agriculture and Fisheries Council (AGRIFISH) in Brussels on Monday"
	}
	if lowerAt(toks, j) == "in" && j+1 < len(toks) && toks[j+1].cap {
		j += 2 // "at the Justice and Home Affairs Council in Luxembourg on June 12"
	}
	switch lowerAt(toks, k-1) {
	case "at", "for":
		return dayAfter(toks, j) // "will travel to Brussels for the European Council on December 18-19"
	case "attend", "attends", "attended", "attending":
		return dayAfter(toks, j) || councilOf(toks, j) || k-1 > 0 && (dayLabel(toks, k-1) || weekBefore(toks, k-1)) // "attends the AGRIFISH Council of EU agriculture ministers" on a diary's dated line; "Last week, the Minister attended the ... Council"
	}
	return false
}

// weekBefore reports "last week" or "this week" opening the clause before
// token k: "Last week, the Minister attended the European Union Foreign
// Affairs Council in Luxembourg".
func weekBefore(toks []token, k int) bool {
	for j := 0; j+1 < k; j++ {
		if w := toks[j].lower; (w == "last" || w == "this") && toks[j+1].lower == "week" {
			return true
		}
	}
	return false
}

// councilFollowers may follow a council's name that is itself the
// sitting: "of", "in Luxembourg", "on Monday", "next week".
var councilFollowers = map[string]bool{"of": true, "in": true, "on": true, "from": true, "next": true, "this": true, "later": true, "at": true, "and": true}

// councilOf reports "of" and its ministers after a council's name at j:
// "the AGRIFISH Council of EU agriculture and fisheries ministers".
func councilOf(toks []token, j int) bool {
	if lowerAt(toks, j) != "of" {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+8; k++ {
		if w := toks[k].lower; w == "ministers" || w == "leaders" || w == "governors" {
			return true
		}
	}
	return false
}

// dayLabel reports a day named before token k in its sentence: "Monday
// 20 March, Brussels: the Minister attends".
func dayLabel(toks []token, k int) bool {
	for j := 0; j < k; j++ {
		if _, day := weekdayNames[toks[j].lower]; day {
			return true
		}
	}
	return false
}

// forumAttended reports a named forum attended or met at on a day, a
// gathering: "is due to attend the Doha Forum in Qatar on Dec. 7-8", "at
// the Boao Forum next week" ("the Pacific Islands Forum" that meets is a
// body, a party).
func forumAttended(toks []token, i int) bool {
	if toks[i].lower != "forum" && toks[i].lower != "congress" {
		return false
	}
	if !toks[i].cap || toks[i].lower == "forum" && (possessives[lowerAt(toks, i-1)] || possessives[lowerAt(toks, i-2)]) {
		return lowerForumHeld(toks, i) // also "will hold its annual Forum on Central Banking in Sintra from June 29"
	}
	if toks[i].lower != "forum" {
		return false
	}
	k, ok := namedBefore(toks, i)
	if !ok {
		return false
	}
	switch lowerAt(toks, k-1) {
	case "attend", "attends", "attended", "attending", "at":
	default:
		return false
	}
	j := i + 1
	if lowerAt(toks, j) == "in" && j+1 < len(toks) && toks[j+1].cap {
		j += 2 // "in Qatar"
	}
	return dayAfter(toks, j)
}

// lowerForumHeld reports a forum or congress in lower case that is held on
// a day: attended or hosted ("will attend a China-Laos railway cooperation
// forum in Kunming on Thursday"), opening ("A three-day regional forum on
// drought resilience ... opened in Nairobi on Tuesday"), or a body's own
// ("will elect a new president at its congress in Lisbon on May 17").
// Not a forum for dialogue with no day.
func lowerForumHeld(toks []token, i int) bool {
	held := possessives[lowerAt(toks, i-1)] && toks[i].lower == "congress"
	for k := i - 1; !held && k >= 0 && k >= i-7; k-- {
		w := toks[k].lower
		if forumVerbs[w] {
			held = true
			break
		}
		if !toks[k].word && w != "-" && w != "'" {
			break
		}
	}
	for k := i + 1; !held && k < len(toks) && k <= i+12; k++ {
		w := toks[k].lower
		if w == "," || w == ";" || w == "." {
			break
		}
		held = forumOpens[w]
	}
	if !held {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+14; k++ {
		if w := toks[k].lower; w == ";" || w == "." {
			return false
		}
		if dayAfter(toks, k) {
			return true
		}
	}
	return false
}

// forumVerbs before a forum say it is held: "will attend a ... forum".
var forumVerbs = map[string]bool{"attend": true, "attends": true, "attended": true, "attending": true, "host": true, "hosts": true,
	"hosted": true, "hold": true, "holds": true, "held": true, "organise": true, "organize": true, "convene": true, "convenes": true}

// forumOpens after a forum say it is held: "opened in Nairobi on Tuesday".
var forumOpens = map[string]bool{"opened": true, "opens": true, "open": true, "began": true, "begins": true, "convened": true, "convenes": true}

// namedBefore reports a capitalised name ending at head i after "the"
// ("the Agriculture and Fisheries Council"), with the index of "the".
func namedBefore(toks []token, i int) (int, bool) {
	if !toks[i].cap || i < 3 || !toks[i-1].cap || !toks[i-1].word {
		return 0, false
	}
	k := i - 1
	for k > 0 && (toks[k].cap && toks[k].word || toks[k].lower == "and") {
		k--
	}
	return k, toks[k].lower == "the"
}

// dayAfter reports a day opening at token j ("on February 24", "on
// Monday", "on Dec. 7-8", "on 24 February") or a word that opens a time to
// come or now ("next", "this", "later": "next week", "this month").
func dayAfter(toks []token, j int) bool {
	next, after := lowerAt(toks, j), lowerAt(toks, j+1)
	_, month := monthNames[after]
	abbreviated := month && lowerAt(toks, j+2) == "." // "Dec."
	return (next == "on" || next == "from") && (isMonthOrDay(after) || abbreviated || j+1 < len(toks) && toks[j+1].num) || next == "next" || next == "this" || next == "later"
}

// councilMention names the sitting of a council met "at" on a day
// (councilSitting) after the council, its party: "the Agriculture and
// Fisheries Council meeting".
func (d *doc) councilMention(si int, m *mention) {
	toks := d.toks[si]
	m.byTokens(FieldKind, RuleHeadCouncil, toks, m.trig, m.trig+1)
	if c, ok := d.chunkAround(si, m.trig); ok {
		m.title = c.text + " meeting"
		m.byTokens(FieldTitle, RuleHeadCouncil, toks, c.start, c.end)
		m.nameChunk(toks, c, RuleHeadCouncil)
	}
}

// chunkAround is the name chunk of sentence si that holds token k.
func (d *doc) chunkAround(si, k int) (chunk, bool) {
	for _, c := range d.chunks(si) {
		if c.start <= k && k < c.end {
			return c, true
		}
	}
	return chunk{}, false
}

// forumMention names a forum attended on a day (forumAttended) after
// itself, a gathering of the conference kind: "Doha Forum".
func (d *doc) forumMention(si int, m *mention) {
	toks := d.toks[si]
	m.kind = "conference"
	m.byTokens(FieldKind, RuleHeadForum, toks, m.trig, m.trig+1)
	if c, ok := d.chunkAround(si, m.trig); ok {
		m.title = c.text
		m.byTokens(FieldTitle, RuleHeadForum, toks, c.start, c.end)
	}
}

// houseSits reports a legislature's sitting told by its verb: "The House
// will sit at 2.00 pm on Tuesday 10 June 2025", "the Senate sits on
// Monday", "Parliament sat until midnight on Thursday". The subject just
// before the verb (past an auxiliary) must be a legislature's word and a
// day must follow within the clause, so "sat on the board" is none.
func houseSits(toks []token, i int) bool {
	switch toks[i].lower {
	case "sit", "sits", "sat":
	default:
		return false
	}
	k := i - 1
	for k >= 0 && auxiliaries[toks[k].lower] {
		k--
	}
	if k < 0 || !toks[k].cap || !legislatureWords[toks[k].lower] {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+8; j++ {
		if isMonthOrDay(toks[j].lower) || isMonthName(toks[j].lower) || toks[j].lower == "today" || toks[j].lower == "tomorrow" {
			return true
		}
	}
	return false
}

// legislatureWords name a house that sits: "The House will sit", "The
// Dewan Negara will sit from Dec 1 to Dec 18", "the Lok Sabha sat".
var legislatureWords = map[string]bool{"house": true, "senate": true, "assembly": true, "parliament": true,
	"legislature": true, "chamber": true, "council": true, "court": true, "tribunal": true, "commons": true, "lords": true,
	"negara": true, "rakyat": true, "sabha": true, "majlis": true, "dáil": true, "dail": true, "seanad": true, "sejm": true,
	"bundestag": true, "bundesrat": true, "knesset": true, "duma": true, "congress": true, "storting": true, "riksdag": true,
	"folketing": true, "eduskunta": true, "diet": true, "yuan": true, "cortes": true, "congreso": true, "senado": true}
