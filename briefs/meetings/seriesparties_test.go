package meetings

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestSeriesParties: a meeting that names no party takes the countries and
// bodies of the story's first meeting of its kind (parties.series); persons
// do not carry over, nor parties of a meeting of another kind.
func TestSeriesParties(t *testing.T) {
	for _, c := range []struct {
		name, pub, text, second string
		want                    []string
	}{
		{"an earlier round", "2023-04-28", "BOGOTA, April 28 (Reuters) - Colombia and the ELN will open a third round of peace talks in Havana on Tuesday. The second round was held in Mexico City in March.", "The second round", []string{"Colombia", "ELN"}},
		{"persons stay", "2024-05-24", "TOKYO, May 24 - Prime Minister Fumio Kishida will hold talks with Premier Li Qiang in Seoul on Monday. A round of talks was held in Beijing in March.", "A round", nil},
		{"another kind", "1987-09-10", "NAIROBI, Sept 10 - Kenya and Uganda will hold talks on coffee quotas on Thursday. A conference of exporters opened in London in March.", "A conference", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			ms := Scheduled(Extract(c.text, day(c.pub), briefs.Dateline{}).Meetings)
			i := slices.IndexFunc(ms, func(m briefs.Meeting) bool { return strings.HasPrefix(m.Evidence, c.second) })
			if len(ms) != 2 || i < 0 {
				t.Fatalf("meetings %s, want two, one told by %q", meetingList(ms), c.second)
			}
			if got := ms[i].Participants; !slices.Equal(got, c.want) && !(len(got) == 0 && len(c.want) == 0) {
				t.Errorf("%q: participants %q, want %q", ms[i].Title, got, c.want)
			}
		})
	}
}
