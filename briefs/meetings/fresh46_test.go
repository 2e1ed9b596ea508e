package meetings

// Fresh documents for meetings set out as lists, round 31, written before
// any rule of the round and measured once on 5c79536:
// testdata/fresh46.jsonl (ten documents without a dateline: a planning
// board's schedule of hearings, a week-ahead calendar whose lines open
// "MON OCT 11 - CITY -", a shareholders' invitation to an "Ordinary
// General Assembly", a committee's programme of hearings at venues, a
// union bulletin, a federation's notice of a council meeting, a minister's
// diary table, a town council agenda, a joint press release, a trust's
// board readout), F1 0.636 (21 of 42 found, 3 false alarms), place 0.762,
// participants P 0.800 (24/30), R 0.800 (24/30). Cases named "(guard)"
// pass on the code before their rule too.

import "testing"

// TestRound31WeekAheadCityLines: a week-ahead line "WED OCT 13 - LUXEMBOURG
// - ..." is a calendar line however long its event (listing.cityDashed),
// its month may be spelt in capitals past three letters ("SEPT"), and its
// event may be "X meets ahead of Y" or "X joint committee, sixth session"
// (mention.go isMeetingVerb, isMeetingNoun).
func TestRound31WeekAheadCityLines(t *testing.T) {
	const head = "WEEK AHEAD - Energy and commodities, Oct 11-16\nCompiled Friday, Oct 8, 2021. Times local.\n\n"
	checkDescribed(t, dayPlaceParties,
		describedCase{name: "a long line", pub: "2021-10-08",
			text: head + "TUE OCT 12 - CANBERRA - Senate economics committee hearing on gas export controls.\nWED OCT 13 - LUXEMBOURG - EU energy ministers meet; gas price measures on agenda (to Oct 14).\n",
			want: []string{"2021-10-12 Canberra economics committee", "2021-10-13 Luxembourg EU energy ministers"}},
		describedCase{name: "meets ahead of", pub: "2021-10-08",
			text: head + "MON OCT 11 - VIENNA - OPEC technical committee meets ahead of the ministerial review.\nTUE OCT 12 - CANBERRA - Senate economics committee hearing on gas export controls.\n",
			want: []string{"2021-10-11 Vienna OPEC", "2021-10-12 Canberra economics committee"}},
		describedCase{name: "a body's numbered session", pub: "2021-10-08",
			text: head + "TUE OCT 12 - CANBERRA - Senate economics committee hearing on gas export controls.\nTHU OCT 14 - SANTIAGO - Chile-Peru joint mining commission, third session.\n",
			want: []string{"2021-10-12 Canberra economics committee", "2021-10-14 Santiago Chile;Peru"}},
		describedCase{name: "a month in capitals", pub: "2016-09-23",
			text: "WEEK AHEAD - Sept 26 to Oct 1\nCompiled Friday, Sept 23, 2016.\n\nWED SEPT 28 - LONDON - CPWA postal executive meets to consider result of strike ballot.\nTHU SEPT 29 - DUBLIN - Fingal Coast Health Board monthly meeting; hospital overcrowding report.\n",
			want: []string{"2016-09-28 London CPWA", "2016-09-29 Dublin Fingal Coast Health Board"}},
		describedCase{name: "a market's line (guard)", pub: "2021-10-08",
			text: head + "TUE OCT 12 - DATA - China: September trade figures.\nTUE OCT 12 - CANBERRA - Senate economics committee hearing on gas export controls.\n",
			want: []string{"2021-10-12 Canberra economics committee"}})
}
