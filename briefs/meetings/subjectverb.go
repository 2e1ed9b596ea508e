package meetings

// mergeSubjectVerb makes one mention of a meeting noun and the meeting verb
// it is the subject of: "The full IOC Session will meet in Milan on Feb.
// 3-4, before the Games open on Feb. 6" is one gathering, the verb's day
// and place, not a session on Feb. 6 beside a meeting on Feb. 3. The noun
// keeps its name; the verb gives the date, end, place and persons it found
// (rule date.subject-verb).
func mergeSubjectVerb(toks []token, ms []*mention) {
	for _, n := range ms {
		if n.verb {
			continue
		}
		for _, v := range ms {
			if !v.verb || v.date == nil || !meetingVerbs[toks[v.trig].lower] || !subjectOfVerb(toks, n, v.trig) {
				continue
			}
			n.date, n.dist = v.date, v.dist
			n.by(FieldDate, RuleDateSubjectVerb, v.date.start, v.date.end)
			if w, ok := v.why[FieldEndDate]; ok {
				n.why[FieldEndDate] = w
			}
			if n.place == "" && v.place != "" {
				n.place, n.placeAt = v.place, v.placeAt
				if w, ok := v.why[FieldPlace]; ok {
					n.why[FieldPlace] = w
				}
			}
			n.started, n.ended, n.openEnded = n.started || v.started, n.ended || v.ended, n.openEnded || v.openEnded
			n.takePersons(v)
			v.date = nil
			delete(v.why, FieldDate)
			break
		}
	}
}

// subjectOfVerb reports noun mention n as the subject of the verb at h:
// its phrase ends right before h but for auxiliaries ("will", "is due
// to", "is expected to"), and no preposition puts it inside another phrase
// ("ministers at the summit will meet").
func subjectOfVerb(toks []token, n *mention, h int) bool {
	if h <= n.trig || h-n.skipEnd > 4 || n.skipEnd > h {
		return false
	}
	for k := n.skipEnd; k < h; k++ {
		if !auxiliaries[toks[k].lower] {
			return false
		}
	}
	switch lowerAt(toks, n.nameStart-1) {
	case "at", "in", "of", "on", "for", "to", "from", "with", "after", "before", "during", "since", "until", "ahead", "by", "following":
		return false
	}
	return true
}
