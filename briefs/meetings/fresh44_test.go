package meetings

// Fresh stories for the meetings the read sets miss, round 29, written
// before any rule of the round and measured once on 2861610:
// testdata/fresh44.jsonl (ten wire stories: a committee that will hear or
// question a minister, ministers due to discuss a matter in a city on a
// day, a union's assembly of members, "met both sides", a review mission,
// "will host"), F1 0.759 (17 of 47 missed), place 0.833, participants
// P 0.786 (33/42), R 0.767 (33/43). Cases named "(guard)" pass on the code
// before their rule too.

import "testing"

// TestRound29GroupDueToDiscuss: a group "due to", "expected to" or
// "scheduled to" discuss a matter on a day sits as a meeting, as one that
// "will discuss" it did (mention.go discussWith, futureChain); not when
// the clause names no day (the topic of a meeting told of before) or the
// discussion is at a meeting named beside it (discussAtMeeting).
func TestRound29GroupDueToDiscuss(t *testing.T) {
	checkDescribed(t, dayPlaceParties,
		describedCase{name: "ministers due to discuss", pub: "2015-02-10",
			text: "OSLO, Feb 10 (Reuters) - Nordic finance ministers are due to discuss the oil price slump in Copenhagen on March 2, a ministry spokesman said.",
			want: []string{"2015-03-02 Copenhagen Nordic finance ministers"}},
		describedCase{name: "cabinet due to discuss this week", pub: "2026-01-27",
			text: "BERLIN, Jan 27 (Reuters) - The cabinet is due to discuss the draft pension law later this week regardless of the outcome, Labour Minister Anke Reinhardt said.",
			want: []string{"2026-01-26 Berlin cabinet"}},
		describedCase{name: "no day: the topic of the talks before (guard)", pub: "2022-03-08",
			text: "ANKARA, March 8 (Reuters) - Turkish, Azerbaijani and Georgian foreign ministers will meet in Baku on Thursday, sources said. The ministers are expected to discuss the Middle Corridor transport route linking China and Europe, the sources said.",
			want: []string{"2022-03-10 Baku Azerbaijan;Georgia;Turkey"}},
		describedCase{name: "the discussion at a meeting named after it (guard)", pub: "2024-01-24",
			text: "BRUSSELS, Jan 24 (Reuters) - EU agriculture ministers are due to discuss the farm protests at their next meeting in Brussels on January 29.",
			want: []string{"2024-01-29 Brussels EU"}})
}
