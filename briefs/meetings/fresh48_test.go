package meetings

// Fresh stories in the plain variety of agency copy, round 31, written
// before any rule that reads them and measured once on 5a6eb9a:
// testdata/fresh48.jsonl (eight wire stories), F1 0.829 first, 0.878 with
// one gold date mended ("next Thursday" said on a Wednesday is the coming
// day), place 0.944, participants P 0.724 (21/29), R 0.840 (21/25).

import (
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestRound31PlainCopy: "will hold an emergency sitting on Thursday", "held a
// round-table with farm and mining groups" (its hyphen split off by the
// tokenizer) and "will dine with X on Wednesday evening" are meetings
// (mention.go isMeetingNoun, lexicon.go meetingVerbs).
func TestRound31PlainCopy(t *testing.T) {
	checkDescribed(t, func(m briefs.Meeting) string { return m.Date },
		describedCase{name: "an emergency sitting", pub: "2022-01-19",
			text: "THE HAGUE, Jan 19 (Reuters) - The Dutch parliament will hold an emergency sitting on Thursday on compensation for homes damaged by earthquakes.",
			want: []string{"2022-01-20"}},
		describedCase{name: "a round-table held", pub: "2009-11-03",
			text: "CANBERRA, Nov 3 (AAP) - Opposition leader Malcolm Turnbull held a round-table with farm and mining groups at Parliament House on Monday.",
			want: []string{"2009-11-02"}},
		describedCase{name: "dine with", pub: "2013-05-07",
			text: "ZURICH, May 7 (Reuters) - Confederation presidents will dine with FIFA president Sepp Marten on Wednesday evening.",
			want: []string{"2013-05-08"}},
		describedCase{name: "a round table of figures (guard)", pub: "2009-11-03",
			text: "CANBERRA, Nov 3 (AAP) - The second round of figures released on Monday showed a rise in exports.",
			want: nil})
}

// TestRound31HyphenedModifier: the lexicons spell "closed-door",
// "high-level", "semi-annual" whole, but the tokenizer splits the hyphen
// off; the word before a meeting's noun is joined again (mention.go
// hyphenedBefore), so "at a closed-door session yesterday" is a sitting.
func TestRound31HyphenedModifier(t *testing.T) {
	checkDescribed(t, func(m briefs.Meeting) string { return m.Date },
		describedCase{name: "a closed-door session", pub: "1987-11-17",
			text: "OTTAWA, Nov 17 (Reuters) - Fenwick told reporters the all-party committee had agreed at a closed-door session this morning to call the central bank governor.",
			want: []string{"1987-11-17"}},
		describedCase{name: "a semi-annual congress (guard)", pub: "2011-09-20",
			text: "ZURICH, Sept 20 (Reuters) - The decision would now fall to the federation's semi-annual congress, which opens in Bratislava on Thursday.",
			want: []string{"2011-09-22"}})
}
