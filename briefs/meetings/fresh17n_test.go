package meetings

import "testing"

// TestFresh17nSet scores testdata/fresh17n.jsonl: 36 wire stories (36
// meetings) written before the entity-table rules for the participant
// classes of issue 17 (testdata/fresh17n.py). Measured once on main
// 404c104 before any change: F1 0.943 with dates, status 1.000, place
// 0.909, participants P 0.759 (41/54) R 0.621 (41/66).
func TestFresh17nSet(t *testing.T) {
	rep := evalFile(t, "fresh17n.jsonl", 36)
	checkFloors(t, rep, floors{withDates: 0.92, noDates: 0.92, status: 0.95, place: 0.85, participants: 0.75, partPrecision: 0.78})
}

// TestGroupRef checks the entity table's group words (rule
// parties.group-ref).
func TestGroupRef(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"the three: the last list of three", "LUSAKA, June 29 - Zambia, Malawi and Mozambique signed a rail accord in May. The three will meet in Lilongwe on Friday to agree tariffs.", []string{"Zambia", "Malawi", "Mozambique"}},
		{"the ministers: the last list of countries", "LIMA, June 29 - The trade ministries of Peru, Chile and Ecuador want a joint fishing quota, they said. The ministers will meet in Quito on Monday.", []string{"Peru", "Chile", "Ecuador"}},
		{"the companies: a list of bodies shaped like persons", "TOKYO, June 29 - Mazda Motor and Suzuki Motor ended alliance talks last year. The companies will meet again next week to discuss engines.", []string{"Mazda Motor", "Suzuki Motor"}},
		{"the union: a body of that kind by apposition", "LONDON, June 29 - Unison, the public service union, said nurses would strike in July. The union will meet NHS Employers on Thursday.", []string{"Unison", "NHS Employers"}},
		{"not a group word before a noun", "LONDON, June 29 - Unison and Unite called a strike. The three-day talks with employers open on Thursday.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkLastParties(t, c.text, c.want) })
	}
}
