package meetings

import "strings"

// meetingAcronym is the kind of the meeting an initialism at token i of
// sentence si stands for, when the story gave it in brackets after a
// meeting's long name: "The previous SCM was held in Seoul" after "their
// annual Security Consultative Meeting (SCM)"; "" for any other token (rule
// head.acronym). Not the bracketed definition itself, nor an initialism
// the name goes on after ("the SCM joint communique"), which the ordinal
// and compound rules read.
func (d *doc) meetingAcronym(si, i int) string {
	toks := d.toks[si]
	t := toks[i]
	if !t.word || !mayBeInitialism(t) || !isAcronym(t.text) || lowerAt(toks, i-1) == "(" || !acronymEnds[lowerAt(toks, i+1)] {
		return ""
	}
	long := d.longName(t.text)
	if long == t.text {
		long = d.generalMeetingInitials(si, i)
	}
	if long == "" || long == t.text {
		return ""
	}
	kind, ok := meetingNouns[strings.ToLower(lastWord(long))]
	if !ok && d.bodyInitials(t.text) && seriesWord(lowerAt(toks, i-1)) && lowerAt(toks, i-2) == "the" {
		return "meeting" // "The next JNCC is scheduled for 23 September", "The next MPC is on 23 September": the committee's next sitting
	}
	if !ok {
		return ""
	}
	return kind
}

// bodyInitials reports an initialism the story defined for a body:
// "JNCC" after "Joint Negotiating and Consultative Committee (JNCC)".
func (d *doc) bodyInitials(text string) bool {
	return bodyNouns[strings.ToLower(lastWord(d.longName(text)))]
}

// seriesWord names one sitting of a body's series: "the next MPC", "the
// last JNCC".
func seriesWord(w string) bool { return w == "next" || w == "last" || w == "previous" }

// generalMeetingInitials is the long name of a company's or a society's
// "AGM" or "EGM" the story never defines ("Our AGM will be held on Sunday
// 19 July"); "" when the story defines them in quotes or brackets
// (`Annual General Meeting ("AGM")`), whose long name is the meeting's, and
// for a notice of one ("The Notice of AGM") or a term that runs to the next
// ("until the next AGM"), which name no sitting (rule head.meeting-acronym).
func (d *doc) generalMeetingInitials(si, i int) string {
	toks := d.toks[si]
	w := toks[i].text
	long := generalMeetingNames[w]
	if long == "" || strings.Contains(d.text, `"`+w+`"`) || strings.Contains(d.text, "“"+w+"”") || strings.Contains(d.text, "("+w+")") {
		return ""
	}
	if lowerAt(toks, i-1) == "of" && lowerAt(toks, i-2) == "notice" || lowerAt(toks, i-1) == "next" && lowerAt(toks, i-3) == "until" {
		return ""
	}
	return long
}

// generalMeetingNames are the long names of a general meeting's initials.
var generalMeetingNames = map[string]string{"AGM": "annual general meeting", "EGM": "extraordinary general meeting"}

// acronymEnds may follow a meeting's initialism that ends its name: a
// verb, a preposition, a comma or the sentence's end ("The previous SCM was
// held", "At last year's SCM, held in Seoul").
var acronymEnds = map[string]bool{
	"": true, ",": true, ".": true, ";": true, ")": true, "was": true, "is": true, "will": true, "would": true, "has": true,
	"had": true, "held": true, "opened": true, "began": true, "ended": true, "in": true, "on": true, "at": true,
	"next": true, "this": true, "last": true, "and": true, "with": true, "took": true, "takes": true, "meets": true,
}

// acronymHeads are the tokens of sentence si, beside heads, that are a
// meeting's initialism (meetingAcronym, which reads the story's bracketed
// names only for an initialism of three to eight letters outside
// brackets).
func (d *doc) acronymHeads(si int, heads []int) []int {
	var out []int
	for i, t := range d.toks[si] {
		if t.end > d.dlEnd && d.meetingAcronym(si, i) != "" && !nearHead(heads, i) {
			out = append(out, i)
		}
	}
	return out
}

// nearHead reports a head within two tokens of i: "the SCM meeting" is one.
func nearHead(heads []int, i int) bool {
	for _, h := range heads {
		if h >= i-2 && h <= i+2 {
			return true
		}
	}
	return false
}
