package meetings

import "testing"

// TestFresh17tSet scores testdata/fresh17t.jsonl: 31 wire stories (35
// meetings) written for the participants of helper 17t's session — a person
// introduced as a country's representative (nationality adjective,
// "Japan's", "of Japan", an apposition) standing for the country, a country
// or capital with no person for it, a body named in full and then by its
// head noun ("the council", "the bank", "the union", "the cartel", "the
// group"), a reported-speech source, a body that welcomed the talks, lower-
// case groups and a name with a hyphen — annotated by the guideline and
// measured once on main b368508 before any rule change: F1 0.971 with and
// ignoring dates, status 1.000, place 0.909, participants P 0.849 R 0.804.
// Then a country is no party beside the person who represents it
// (parties.represented): participants P 0.900 R 0.804. Then a body named
// before and then by its head noun (parties.body-noun): P 0.911 R 0.911.
// Then parties.represented reads title phrases, "his New Zealand
// counterpart" and "X of Turkey" (fresh17t unchanged). Then the host of a
// gathering on whose sidelines the meeting is held is no party: P 0.927
// (51/55) R 0.911. Then a body's name split at its "and" is one party
// again (parties.and-tail): P 0.944 (51/54) R 0.911. Round 15 stopped
// naming a capital for its government ("Seoul and Washington"), which the
// independent annotators of sixteen read held-out sets do 4 times in some 4,000
// parties: R 0.875 here, where this set names them.
func TestFresh17tSet(t *testing.T) {
	rep := evalFile(t, "fresh17t.jsonl", 31)
	checkFloors(t, rep, floors{withDates: 0.96, noDates: 0.96, status: 0.97, place: 0.89, participants: 0.87, partPrecision: 0.92})
}

// TestFresh17t2Set scores testdata/fresh17t2.jsonl: 26 more wire stories
// (28 meetings) of the same kinds with other wording, countries and bodies
// ("Foreign Minister Hakan Fidan of Turkey", "Moscow and Kyiv", "the
// regulator", "the fund", "the alliance", "the lender", "the carmaker",
// "the cartel" for OPEC, a source's branch, a body that criticised the
// visit), written after parties.represented and parties.body-noun landed
// and measured once at first sight on main a0a2abc: F1 0.885 with and
// ignoring dates, status 1.000, place 0.957, participants P 0.930 (40/43)
// R 0.909 (40/44). Then parties.represented reads "Egypt's top diplomat"
// and "Hakan Fidan of Turkey": P 0.952 (40/42) R 0.909. Then
// parties.body-noun reads "the lender", "the carmaker", "the cartel" for
// OPEC: P 0.956 (43/45) R 0.977 (43/44). Round 15 stopped naming a
// capital for its government ("Moscow and Kyiv"): R 0.894.
func TestFresh17t2Set(t *testing.T) {
	rep := evalFile(t, "fresh17t2.jsonl", 26)
	checkFloors(t, rep, floors{withDates: 0.87, noDates: 0.87, status: 0.97, place: 0.93, participants: 0.89, partPrecision: 0.94})
}
