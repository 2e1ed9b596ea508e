package meetings

import "github.com/briefbot/briefbot/briefs/tokens"

// Filters in front of the lexicons looked up at every token of a sentence
// (findMentions, findChunks, reschedule, noteLowerWords, excluded,
// travelledTo): most tokens are in none of them, and the filter says so
// without hashing the word.
var (
	headFilter        = tokens.NewFilter(meetingNouns).Or(tokens.NewFilter(meetingVerbs))
	monthFilter       = tokens.NewFilter(monthNames)
	dateNameFilter    = monthFilter.Or(tokens.NewFilter(weekdayNames))
	rescheduleFilter  = tokens.NewFilter(rescheduleCues)
	sportFilter       = tokens.NewFilter(gameWords).Or(tokens.NewFilter(sportsWords))
	decideFilter      = tokens.NewFilter(decidedVerbs).Or(tokens.NewFilter(decideVerbs))
	travelFilter      = tokens.NewFilter(travelVerbs).Or(tokens.NewFilter(arrivals))
	cancelSportFilter = tokens.NewFilter(cancelCues).Or(sportFilter)
)

// isMeetingNounWord reports whether w is one of meetingNouns.
func isMeetingNounWord(w string) bool {
	if !headFilter.May(w) {
		return false
	}
	_, ok := meetingNouns[w]
	return ok
}

// isMeetingVerbWord reports whether w is one of meetingVerbs.
func isMeetingVerbWord(w string) bool { return headFilter.May(w) && meetingVerbs[w] }

// isMonthName reports whether w is one of monthNames ("may", "sept").
func isMonthName(w string) bool {
	if !monthFilter.May(w) {
		return false
	}
	_, ok := monthNames[w]
	return ok
}

// isRescheduleCue reports whether w is one of rescheduleCues.
func isRescheduleCue(w string) bool { return rescheduleFilter.May(w) && rescheduleCues[w] }
