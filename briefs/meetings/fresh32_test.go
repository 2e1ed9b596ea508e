package meetings

// Fresh stories for the rules of round 17, on documents laid out as tables.
// testdata/fresh32a.jsonl was written for the table class and measured once
// on main cb79768: F1 0.857, status 1.000, place 0.889, participants
// P 0.550 R 0.440. Cases named "(guard)" pass on the code before their rule
// too: they keep the rule from reaching what it must not.

import "testing"

// TestRound17TableRows: each row of a table is a sentence of its own, so a
// meeting an agenda's row names does not take the names of the rows above
// it (sentences.TableRow; listing.Keeps keeps the rows' line breaks).
func TestRound17TableRows(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "an agenda's rows", pub: "2025-04-07",
			text: "AGENDA\n\nItem | Subject | Presented by\n1 | Apologies for absence | Chair\n2 | Declarations of interest | Monitoring Officer\n3 | Minutes of the Cabinet meeting held on 19 March 2025 | Chair",
			want: []string{"2025-03-19 Cabinet"}},
		describedCase{name: "a bar in prose (guard)", pub: "2025-04-07",
			text: "LONDON, April 7 - Rail | bus union leaders will meet\nTransport Secretary Ann Lowe on Thursday, the union said.",
			want: []string{"2025-04-10 Ann Lowe"}})
}
