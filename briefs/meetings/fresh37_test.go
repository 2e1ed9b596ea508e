package meetings

// Fresh documents for the rules of round 22, written in my own words and
// measured once on main before any rule of the round:
// testdata/fresh37a.jsonl (bodies called by a bare head noun after their
// full name, organisations called by their kind in a possessive, and blocs'
// summits named as the occasion of something else; written after reading
// the read sets' matched meetings that had no predicted party, so not
// blind to the classes), on 7246586: F1 0.872, place 0.941, participants
// P 0.833 (10/12) R 0.526 (10/19). Two of those errors were my gold's (a
// week-precision date written as a month, and the ECB board's home city
// left out against the guideline); corrected, the same code read F1 0.923,
// place 1.000, P 0.833 (10/12) R 0.500 (10/20).
// Cases named "(guard)" pass on the code before their rule too.

import "testing"

// TestRound22HeadNoun: a meeting whose sentence calls its body by a bare
// capitalised head noun ("The Committee's next meeting", "Council
// considered ... at its meeting") takes the body's full name, from the
// notice's heading or the nearest earlier sentence (headnoun.go
// headNounBody).
func TestRound22HeadNoun(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "the committee under its notice's heading", pub: "2026-02-27",
			text: "LEGISLATIVE ASSEMBLY OF MANITOBA\nStanding Committee on Public Accounts\n\nNOTICE OF MEETING\n\nOrders of the Day\n\nRural water systems\n\nThe Committee's next meeting is scheduled for Thursday, 12 March 2026.\n",
			want: []string{"2026-03-12 Standing Committee on Public Accounts"}},
		describedCase{name: "council named in full a sentence before", pub: "2025-12-02",
			text: "TOWN OF HALLORAN\nPUBLIC NOTICE\n\nThe Town of Halloran Council adopted its budget in October.\n\nCouncil considered the draft plan at its Committee of the Whole meeting on November 18, 2025, and asked for changes.\n",
			want: []string{"2025-11-18 Town of Halloran Council"}},
		describedCase{name: "an organisation's board keeps its owner", pub: "2026-04-17",
			text: "FRANKFURT, April 17 - The European Central Bank's Supervisory Board published new capital rules for regional lenders on Friday. The Board's next meeting is on 14 May.",
			want: []string{"2026-05-14 European Central Bank Supervisory Board"}},
		describedCase{name: "a room named after the council is no body", pub: "2026-01-20",
			text: "HALLORAN, Jan 20 - Residents filled the Council Chambers on Monday. The Council will meet again on February 3.",
			want: []string{"2026-02-03 "}},
		describedCase{name: "a head noun with a name of its own (guard)", pub: "2026-03-02",
			text: "NAIROBI, March 2 - The Parliamentary Service Commission approved new travel rules. The Budget Committee will meet on March 9.",
			want: []string{"2026-03-09 Budget Committee"}})
}

// TestFresh37aSet: bare head nouns, possessive kinds and blocs' summits,
// as a floor.
func TestFresh37aSet(t *testing.T) {
	rep := evalFile(t, "fresh37a.jsonl", 12)
	checkFloors(t, rep, floors{withDates: 0.92, noDates: 0.92, status: 0.99, place: 0.99, participants: 0.70, partPrecision: 0.85})
}
