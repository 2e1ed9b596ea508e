package meetings

import "testing"

// The fresh sets of issue 17's place work in session 6, each written
// before the rule changes made with it in view and measured once first.

// TestUnseen17uSet scores testdata/unseen17u.jsonl: 18 stories (21
// meetings) for the place classes (bodies at home under new wordings, a
// place in a later sentence, company meetings and parties abroad, another
// clause's city, appositions, "at the offices of", places left empty),
// measured once on main 75fa042: F1 0.952 with dates, status 1.000, place
// 0.850, participants P 0.962 R 0.893. Then fixed with them in view (place
// 1.000: another clause's city, a flight's destination, a lowercase venue).
func TestUnseen17uSet(t *testing.T) {
	rep := evalFile(t, "unseen17u.jsonl", 18)
	checkFloors(t, rep, floors{withDates: 0.90, noDates: 0.90, status: 0.95, place: 0.95, participants: 0.85, partPrecision: 0.90})
}

// TestUnseen17place2Set scores testdata/unseen17place2.jsonl: 18 stories (20
// meetings and one optional) written after the unseen17u fixes had landed
// (international bodies at their seats and away, home bodies under new
// wordings, a place given by a later sentence, parties abroad, an
// apposition after the city, capitalised offices, company meetings in the
// dateline city), measured once on main 96223dc: F1 1.000 with dates,
// status 1.000, place 0.600, participants P 0.889 R 0.889. Then fixed with
// them in view (place 1.000: seats from data/seats.tsv and a body seated
// elsewhere, "there", "The venue will be", an occasion's place, another
// relative clause's place, a home group by nationality, a legislature's
// special session).
func TestUnseen17place2Set(t *testing.T) {
	rep := evalFile(t, "unseen17place2.jsonl", 18)
	checkFloors(t, rep, floors{withDates: 0.95, noDates: 0.95, status: 0.95, place: 0.95, participants: 0.85, partPrecision: 0.85})
}
