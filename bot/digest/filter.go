package digest

import (
	"strings"

	"github.com/briefbot/briefbot/briefs"
)

// MatchMeeting reports whether m passes the filter's keywords (in the
// title, place, participants or evidence) and places. Sources do not apply
// to meetings.
func (f Filter) MatchMeeting(m briefs.Meeting) bool {
	text := strings.ToLower(m.Title + "\n" + m.Place + "\n" + strings.Join(m.Participants, "\n") + "\n" + m.Evidence)
	return (len(f.Keywords) == 0 || anyContains(text, f.Keywords)) &&
		(len(f.Places) == 0 || anyContains(strings.ToLower(m.Place), f.Places))
}
