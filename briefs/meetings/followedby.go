package meetings

// A meeting's sentence often names the next one only by its body after
// "followed by": "The Interim Committee meets on Thursday, followed on
// Friday by the joint IMF-World Bank Development Committee"; "will meet on
// April 8, followed by the IMF's Interim Committee on April 9". The body is
// that meeting's, on the day given with it (rule head.followed-by).

// RuleHeadFollowedBy names a body's meeting told after "followed by".
const RuleHeadFollowedBy Rule = "head.followed-by"

// followedBodyWords end a body that meets.
var followedBodyWords = map[string]bool{"committee": true, "council": true, "board": true, "commission": true, "subcommittee": true}

// followedBodies are the tokens of the bodies named after "followed by"
// (or "followed on Friday by") in toks: the body's last word, its
// committee or council, up to seven words after "by".
func followedBodies(toks []token) []int {
	var out []int
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].lower != "followed" {
			continue
		}
		by := k + 1
		for by < len(toks) && by <= k+5 && toks[by].lower != "by" {
			by++ // "followed on Friday by"
		}
		if by >= len(toks) || toks[by].lower != "by" {
			continue
		}
		for j := by + 1; j < len(toks) && j <= by+8; j++ {
			if !toks[j].word && !isApostrophe(toks[j].lower) && toks[j].lower != "-" {
				break
			}
			if _, ok := meetingNouns[toks[j].lower]; ok {
				break // "followed by a meeting of the Trade Policy Committee": a mention of its own
			}
			if followedBodyWords[toks[j].lower] && lowerAt(toks, j+1) != "'" && lowerAt(toks, j+1) != "’" {
				out = append(out, j)
				break
			}
		}
	}
	return out
}

// followedMention makes m, found at a body's word after "followed by",
// that body's meeting.
func (d *doc) followedMention(si int, m *mention) {
	toks := d.toks[si]
	m.kind, m.verb = "meeting", false
	m.byTokens(FieldKind, RuleHeadFollowedBy, toks, m.trig, m.trig+1)
	if c, ok := d.nameEndingAt(si, m.trig); ok {
		m.title = c.text + " meeting"
		m.nameChunk(toks, c, RuleHeadFollowedBy)
	}
}

// followedDate gives m, a body's meeting after "followed by", the date
// written between "followed" and "by" ("followed on Friday by") or right
// after the body ("by the Interim Committee on April 9"), not another
// mention's; a weekday that would fall before the first meeting of the
// sentence is the one after it ("meets on Thursday, followed on Friday").
func followedDate(toks []token, ds []dateSpan, m *mention, ms []*mention) {
	var pick *dateSpan
	for i := range ds {
		x := &ds[i]
		between := x.tokStart < m.trig && x.tokStart > m.trig-12 && followedBefore(toks, x.tokStart, m.trig)
		after := x.tokStart > m.trig && x.tokStart <= m.trig+3
		if (between || after) && x.date != "" {
			pick = x
			break
		}
	}
	if pick == nil {
		m.date = nil
		return
	}
	x := *pick
	for _, o := range ms {
		if o == m || o.date == nil || o.date.date == "" || o.trig > m.trig {
			continue
		}
		if x.date < o.date.date && weekdayOnly(toks, x) {
			x.date = daysAfter(x.date, 7)
			x.value = x.date
		}
	}
	m.date, m.dist = &x, 0
	m.by(FieldDate, RuleHeadFollowedBy, x.start, x.end)
}

// followedBefore reports a "followed" between token k and the body at trig
// with "by" after k: the date of "followed on Friday by".
func followedBefore(toks []token, k, trig int) bool {
	f, by := -1, -1
	for j := max(k-3, 0); j < trig; j++ {
		switch toks[j].lower {
		case "followed":
			f = j
		case "by":
			by = j
		}
	}
	return f >= 0 && f < k && by > k
}

// weekdayOnly reports a date written as a weekday alone: "Friday".
func weekdayOnly(toks []token, x dateSpan) bool {
	if x.tokEnd-x.tokStart != 1 {
		return false
	}
	_, ok := weekdayNames[toks[x.tokStart].lower]
	return ok
}
