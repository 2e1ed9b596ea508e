package meetings

// Fresh stories for the participants of meetings, round 30, written before
// any rule of the round and measured once on a143d4c:
// testdata/fresh45.jsonl (eight wire stories: a body whose name holds
// "and", a minister whose title names a remit, a body defined with its
// initialism in brackets, "met with representatives of", modifiers that
// are not parties, "South and North Korean" officials, a company named
// "A/S", the leaders of "both co-operatives" named after), F1 0.903 (28 of
// 32 found, 2 false alarms), place 0.964, participants P 0.822 (37/45),
// R 0.841 (37/44). Cases named "(guard)" pass on the code before their
// rule too.

import "testing"

// TestRound30AndInsideUnionName: "and" inside a union's or federation's
// name whose second part is a plural owning the body ("Paper and Forest
// Workers' Union") keeps the name whole (names.go nameEnd,
// possessiveBodyAfter).
func TestRound30AndInsideUnionName(t *testing.T) {
	checkDescribed(t, dayParties,
		describedCase{name: "paper and forest workers' union", pub: "1996-03-12",
			text: "STOCKHOLM, March 12 (Reuters) - The Swedish Paper and Forest Workers' Union will resume wage talks with the Forest Industries Employers' Association on Thursday, the union said.",
			want: []string{"1996-03-14 Swedish Paper and Forest Workers' Union;Forest Industries Employers' Association"}},
		describedCase{name: "transport and general workers' union", pub: "1987-03-10",
			text: "LONDON, March 10 (Reuters) - Leaders of the Transport and General Workers' Union will meet Ford management on Friday to discuss the pay offer.",
			want: []string{"1987-03-13 Transport and General Workers' Union;Ford"}},
		describedCase{name: "two countries' unions (guard)", pub: "1987-03-10",
			text: "LONDON, March 10 (Reuters) - Britain and Norway's Seamen's Union will hold talks on Friday on North Sea crews.",
			want: []string{"1987-03-13 Britain;Seamen's Union"}})
}
