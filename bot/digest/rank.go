package digest

import (
	"sort"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// story is one digest entry: a brief and the near-duplicates of it.
type story struct {
	briefs []briefs.Brief // the first is shown
	vec    termVec        // the first brief's weighted words
	score  float64
	order  int // position among the stories, for stable tie-breaks
	seen   int // the last brief compared with it, plus one (cluster)
}

// rank orders stories most important first: stories reported by more
// sources, stories that mention meetings (hasMeetings says which briefs
// do), then the most recent.
func rank(ss []*story, now time.Time, hasMeetings func(id int64) bool) []*story {
	for _, s := range ss {
		s.score = float64(len(s.briefs)) * 2
		newest := time.Time{}
		for _, b := range s.briefs {
			if hasMeetings(b.ID) {
				s.score += 1
				break
			}
		}
		for _, b := range s.briefs {
			if b.Published.After(newest) {
				newest = b.Published
			}
		}
		if !newest.IsZero() {
			age := now.Sub(newest).Hours()
			s.score += 1 / (1 + max(age, 0)/24)
		}
	}
	sort.SliceStable(ss, func(i, j int) bool {
		if ss[i].score != ss[j].score {
			return ss[i].score > ss[j].score
		}
		return ss[i].briefs[0].ID < ss[j].briefs[0].ID
	})
	return ss
}
