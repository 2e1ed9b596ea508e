package timex

import "testing"

// TestFindClauseCues (round 21): a word glued by a hyphen to the word before
// it is an adjective's last word and no tense cue ("larger-than-expected");
// "before" or "after" with a gerund opens a clause of its own and is no
// future cue; "set" with its object is a verb, past unless a modal comes
// first. Written from blind25b-24's miss and fresh36d, not from the dev set.
func TestFindClauseCues(t *testing.T) {
	runFindCases(t, []findCase{
		{"a compound adjective ending in expected", "2025-11-28",
			"The panel cut the rate by a larger-than-expected 50 basis points at its June meeting.",
			[]string{"June|DATE|2025-06"}},
		{"before with a gerund", "2025-11-28",
			"The panel cut the rate at its June meeting before holding it steady at its August meeting.",
			[]string{"June|DATE|2025-06", "August|DATE|2025-08"}},
		{"set with its object (guard)", "2026-10-02",
			"The council set the tax rate at its April session.",
			[]string{"April|DATE|2026-04"}},
		{"will set with its object (guard)", "2026-10-02",
			"The council will set the tax rate at its April session.",
			[]string{"April|DATE|2027-04"}},
		{"set for a date (guard)", "2026-10-02",
			"The vote is set for April.",
			[]string{"April|DATE|2027-04"}},
		{"a prefixed verb stays a verb (guard)", "2026-10-02",
			"The vote was re-scheduled to April.",
			[]string{"April|DATE|2027-04"}},
	})
}
