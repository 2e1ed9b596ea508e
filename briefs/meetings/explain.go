package meetings

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/analysis/reading"
)

// Step is one field of a meeting: its value, the rule that decided it and
// the text the rule read (Start and End are rune offsets into the text;
// -1 when the rule read no one span).
type Step struct {
	Field      Field  `json:"field"`
	Value      string `json:"value"`
	Rule       Rule   `json:"rule"`
	Start, End int    `json:"-"`
	Text       string `json:"text,omitempty"`
}

// Untagged is the rule a step shows when no named rule recorded the field:
// a gap in the tagging to fix.
const Untagged Rule = "untagged"

// Explanation is how one meeting of a Result was found, field by field in
// the order of Fields (participants one step each).
type Explanation struct {
	Title string `json:"title"`
	Steps []Step `json:"steps"`
}

// Explain is Of with, for each meeting of the result, the rules that
// decided its fields (`briefbot extract -explain`).
func Explain(r *reading.Reading) (Result, []Explanation) {
	if h := headed(r); h != nil {
		defer h.Release()
		r = h
	}
	d, res := run(r)
	out := make([]Explanation, len(res.Meetings))
	used := make([]bool, len(d.traces))
	for i, m := range res.Meetings {
		out[i] = Explanation{Title: m.Title}
		for k, tr := range d.traces {
			if !used[k] && tr.key == m.Key && tr.evidence == m.Evidence {
				used[k] = true
				out[i].Steps = d.steps(m, tr)
				break
			}
		}
	}
	return res, out
}

// trace is what d.meeting keeps of how it built one meeting.
type trace struct {
	key, evidence string
	c             *cluster
	best          *mention
	title         Rule
	titleFrom     *mention // the mention whose name gave the title; nil when none
	status        Rule
	sidelines     *mention // the mention that placed the gathering on whose sidelines it is held, or that it prepares, when that gave this one's place
	borrowed      Rule     // place.sidelines or place.prepares, with sidelines
	series        *cluster // the meeting of the same kind whose parties this one took (parties.series)
	implied       bool     // the dateline's city is its place (place.dateline-implied)
}

// steps explains meeting m, built as tr records.
func (d *doc) steps(m briefs.Meeting, tr trace) []Step {
	best := tr.best
	var out []Step
	add := func(f Field, value string, from *mention, rule Rule) {
		s := Step{Field: f, Value: value, Rule: rule, Start: -1, End: -1}
		if from != nil {
			if w, ok := from.why[f]; ok {
				s.Start, s.End = w.start, w.end
				if rule == "" {
					s.Rule = w.rule
				}
			}
		}
		if s.Rule == "" {
			s.Rule = Untagged
		}
		if s.Start >= 0 && s.End <= len(d.runes) && s.Start < s.End {
			s.Text = string(d.runes[s.Start:s.End])
		}
		out = append(out, s)
	}
	add(FieldKind, tr.c.kind, best, "")
	titleFrom := tr.titleFrom
	if titleFrom != nil {
		if w, ok := titleFrom.why[FieldTitle]; ok && (tr.title == w.rule || tr.title == RuleTitleKind) {
			add(FieldTitle, m.Title, titleFrom, "")
		} else {
			add(FieldTitle, m.Title, titleFrom, tr.title)
		}
	} else {
		add(FieldTitle, m.Title, nil, tr.title)
	}
	add(FieldDate, m.Date, best, "")
	if m.EndDate != "" {
		if _, ok := best.why[FieldEndDate]; ok {
			add(FieldEndDate, m.EndDate, best, "")
		} else {
			add(FieldEndDate, m.EndDate, best, RuleEndRange)
			out[len(out)-1].Start, out[len(out)-1].End, out[len(out)-1].Text = out[2].Start, out[2].End, out[2].Text
		}
	}
	status := tr.status
	if m.Status == briefs.StatusCancelled {
		status = RuleStatusCancelled
	}
	add(FieldStatus, string(m.Status), nil, status)
	if s := &out[len(out)-1]; status != RuleStatusCancelled {
		s.Start, s.End, s.Text = out[2].Start, out[2].End, out[2].Text // the date the status reads
	}
	if m.Place != "" {
		from, rule := d.placeFrom(m.Place, tr)
		add(FieldPlace, m.Place, from, rule)
	}
	for _, p := range m.Participants {
		rule, start, end := d.partyFrom(p, tr.c)
		if tr.series != nil {
			_, start, end = d.partyFrom(p, tr.series)
			rule = RulePartySeries
		}
		s := Step{Field: FieldParticipants, Value: p, Rule: rule, Start: start, End: end}
		if start >= 0 {
			s.Text = string(d.runes[start:end])
		}
		out = append(out, s)
	}
	return out
}

// placeFrom is the mention whose place the meeting took and the rule, when
// it is not that mention's own.
func (d *doc) placeFrom(place string, tr trace) (*mention, Rule) {
	if tr.sidelines != nil {
		return tr.sidelines, tr.borrowed
	}
	if tr.best.place == place {
		return tr.best, ""
	}
	for _, o := range tr.c.mentions {
		if o.place == place {
			return o, RulePlaceOtherMention
		}
	}
	if o := tr.c.later; o != nil && o.place == place {
		return o, RulePlaceOtherMention
	}
	if place == d.datelineCity() {
		return nil, RulePlaceDateline
	}
	return nil, Untagged
}

// partyFrom is the rule that named participant p of cluster c and where
// the text names it.
func (d *doc) partyFrom(p string, c *cluster) (Rule, int, int) {
	rule := RulePartyCompany
	for _, m := range c.mentions {
		if w, ok := m.partWhy[p]; ok {
			rule = w.rule
			break
		}
		if w, ok := m.partWhy[withPostNominal(m, p)]; ok {
			rule = w.rule // "Richard Marles MP" named, "Richard Marles" taking part
			break
		}
		if m.owner == p {
			rule = RulePartyOwner
			break
		}
		for _, n := range m.nameOrgs {
			if n == p {
				rule = RulePartyNameOrg
			}
		}
	}
	i := strings.Index(d.text, p)
	if i < 0 {
		return rule, -1, -1
	}
	start := utf8.RuneCountInString(d.text[:i])
	return rule, start, start + utf8.RuneCountInString(p)
}

// withPostNominal is the name of m that participant p was before
// dropPostNominal; "" when none.
func withPostNominal(m *mention, p string) string {
	for n := range m.partWhy {
		if n != p && dropPostNominal(n) == p {
			return n
		}
	}
	return ""
}

// namedBy records rule r for the names of m.named no rule has named yet.
func (d *doc) namedBy(m *mention, r Rule) {
	for _, n := range m.named {
		m.byName(n, r, -1, -1)
	}
}

// placeBy records the rule that gave m its place, unless placeOf did:
// "here", a place in the meeting's name, a venue in the dateline's city, or
// the nearest place after a preposition.
func (d *doc) placeBy(m *mention) {
	if m.place == "" {
		return
	}
	if _, ok := m.why[FieldPlace]; ok {
		return
	}
	toks, at := d.toks[m.sent], m.placeAt
	if at < 0 || at >= len(toks) {
		m.by(FieldPlace, RulePlacePrep, -1, -1)
		return
	}
	end := at + 1
	if ws := strings.Fields(m.place); len(ws) > 1 && ws[0] == toks[at].text {
		for i := 1; i < len(ws) && end < len(toks) && toks[end].text == ws[i]; i++ {
			end++ // "foreign ministry": the venue's words
		}
	}
	for _, c := range d.chunks(m.sent) {
		if c.start == at {
			end = c.end
		}
	}
	rule := RulePlacePrep
	switch {
	case toks[at].lower == "here":
		rule = RulePlaceHere
	case thisPlace(toks, at) > at:
		rule, end = RulePlaceHere, thisPlace(toks, at)
	case !m.verb && at == m.trig:
		rule, end = RulePlaceInName, m.nameEnd
		at = m.nameStart
	case d.dl.Place != "" && strings.HasSuffix(m.place, ", "+d.dl.Place):
		rule = RulePlaceVenueCity
	}
	m.byTokens(FieldPlace, rule, toks, at, end)
}

// WriteExplain prints res's meetings field by field with the rule that
// decided each and the text it read.
func WriteExplain(w io.Writer, res Result, ex []Explanation) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "dateline\t%s\t%s\n", res.Dateline.Place, res.Dateline.Date)
	for i, e := range ex {
		fmt.Fprintf(tw, "\nmeeting %d\t%s\n", i+1, e.Title)
		for _, s := range e.Steps {
			text := ""
			if s.Text != "" {
				text = fmt.Sprintf("%q @%d", s.Text, s.Start)
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", s.Field, s.Value, s.Rule, text)
		}
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("meetings: explain: %w", err)
	}
	return nil
}
