package meetings

// Fresh documents for the rules of round 23, written by two helpers who
// read only the guideline, the scoring rules and the dev set (not the code,
// nor the held-out sets), and measured once on cd925bf before any rule of
// the round: testdata/fresh38a.jsonl (the dateline city as the implied
// place of a body meeting at home or at its seat, beside company boards,
// video calls and bodies seated elsewhere), F1 0.940, place 0.872,
// participants P 0.825 (47/57) R 0.797 (47/59); testdata/fresh38b.jsonl (a
// place stated indirectly: a journey to it for the meeting, "there", "in
// the town", "the Kenyan port city", a postponed meeting's new city),
// F1 0.889, place 0.550 (11 of 20), participants P 0.829 (29/35) R 0.690
// (29/42). Both were asked for after reading the read sets' place errors,
// so the classes are not blind; the stories are.
// Cases named "(guard)" pass on the code before their rule too.

import "testing"

// TestRound23Journey: a meeting a party is sent, called, led or welcomed
// to, or a city visited for it, is held at the destination (rule
// place.preposition; place.go senders, visitVerbs, timeWordsBetween).
func TestRound23Journey(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "a team sent to a city for talks", pub: "2026-03-02",
			text: "SEOUL, March 2 - South Korea will send a delegation of senior customs officials to Canberra for talks on tariff quotas next week, the trade ministry said.",
			want: []string{"2026-03-09 Canberra"}},
		describedCase{name: "both sides called to the capital", pub: "2026-03-02",
			text: "PORTO ALEGRE, March 2 - Labour Minister Rita Campos has called both sides to Brasilia for a mediation meeting on Thursday.",
			want: []string{"2026-03-05 Brasilia"}},
		describedCase{name: "a city visited for talks", pub: "2026-03-02",
			text: "WELLINGTON, March 2 - Trade Minister Aroha Tane said she would raise the dairy quota again when she visits Seoul in May for talks with her Korean counterpart.",
			want: []string{"2026-05 Seoul"}},
		describedCase{name: "travel next month to a city", pub: "2026-03-02",
			text: "HAVANA, March 2 - A Cuban trade delegation will travel next month to Hanoi for the annual round of economic consultations, the ministry said.",
			want: []string{"2026-04 Hanoi"}},
		describedCase{name: "a journey for something else is no place (guard)", pub: "2026-03-02",
			text: "NAIROBI, March 2 - Kenya sent a shipment of tea to Karachi last week. Kenyan and Pakistani officials will hold talks on Friday by video link.",
			want: []string{"2026-03-06 "}})
}

// TestRound23FormerPlan: the place of a plan given up in a relative clause
// is not the meeting's (placeof.go formerPlan).
func TestRound23FormerPlan(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "due in one city, now held in another", pub: "2026-10-02",
			text: "MANILA, Oct 2 - A special meeting of ASEAN transport ministers, which had been due to open in Phnom Penh next week, would now be held in Bangkok on Nov. 6, officials said.",
			want: []string{"2026-11-06 Bangkok"}},
		describedCase{name: "a relative clause that holds the meeting keeps its place (guard)", pub: "2026-10-02",
			text: "MANILA, Oct 2 - The ministers' special meeting, which will be held in Bangkok on Nov. 6, will discuss rail links, officials said.",
			want: []string{"2026-11-06 Bangkok"}})
}

// TestRound23PlaceByKind: "in the town", "in the Kenyan port city" and
// "there" stand for the place named or given before (rule place.there;
// place.go placeNounRef, placedBefore).
func TestRound23PlaceByKind(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "in the town", pub: "2026-05-20",
			text: "KAMPALA, May 20 - Water ministers of the Nile basin will meet in Entebbe on June 4. A technical committee will meet in the town on June 2 to prepare the agenda.",
			want: []string{"2026-06-04 Entebbe", "2026-06-02 Entebbe"}},
		describedCase{name: "a nationality before the kind", pub: "2026-04-09",
			text: "DAR ES SALAAM, April 9 - Importers have complained of delays at Mombasa for months. Regional transport ministers will meet in the Kenyan port city on April 16 to discuss the backlog.",
			want: []string{"2026-04-16 Mombasa"}},
		describedCase{name: "there after a capital named by its country", pub: "2025-09-25",
			text: "DUBAI, Sept 25 - Gulf energy ministers will gather in the Saudi capital on Sunday for a one-day session. Their deputies will hold a preparatory meeting there on Saturday.",
			want: []string{"2025-09-28 Riyadh", "2025-09-27 Riyadh"}},
		describedCase{name: "the city of a name is the name's (guard)", pub: "2026-04-09",
			text: "NAIROBI, April 9 - Transport ministers will meet in the city of Kisumu on April 16.",
			want: []string{"2026-04-16 Kisumu"}})
}

// TestRound23HomeAtSeat: a story whose lead names a body sitting in the
// dateline city places there the meetings that name no party of their own,
// and a government's coalition meets in the capital (rule
// place.dateline-implied; impliedhere.go leadSeatedHere,
// governingCoalition).
func TestRound23HomeAtSeat(t *testing.T) {
	checkDescribed(t, dayPlace,
		describedCase{name: "the body's working group in its seat", pub: "2026-03-16",
			text: "LONDON, March 16 - The International Cocoa Organization failed to agree new buffer stock rules on Monday. A working group met on Friday and Saturday to narrow differences, delegates said.",
			want: []string{"2026-03-13 London"}},
		describedCase{name: "the coalition committee", pub: "2026-06-09",
			text: "BERLIN, June 9 - Leaders of the governing parties will meet in the coalition committee on Wednesday evening to settle a dispute over pension funding, a spokesman said.",
			want: []string{"2026-06-10 Berlin"}},
		describedCase{name: "a party congress on coalition talks is no coalition meeting (guard)", pub: "2026-06-09",
			text: "BERLIN, June 9 - The Greens will hold a special party congress on June 20 to decide whether to enter formal coalition negotiations.",
			want: []string{"2026-06-20 "}},
		describedCase{name: "the EU's Brussels is no seat for the lead rule (guard)", pub: "1987-03-16",
			text: "BRUSSELS, March 16 - The European Community proposed new farm price cuts on Monday. Ministers will discuss the package at a session in April, diplomats said.",
			want: []string{"1987-04 "}})
}
