package meetings

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/ingest"
)

// datelineOf reads the story's dateline with the ingest package's parser,
// falling back to a small local pattern; it returns the rune offset where
// the story proper starts.
func datelineOf(text string, published time.Time) (briefs.Dateline, int) {
	if dl, rest, ok := ingest.ParseDateline(text, published, time.Time{}); ok {
		return dl, rest
	}
	return parseDateline(text, published)
}

// datelineRE matches "New Delhi, Dec 4 (IANS)", "DETROIT, April 17 -" and
// "LAS VEGAS, Nev., March 16 -" at the start of a story.
var datelineRE = regexp.MustCompile(`^\s*([A-Z][A-Za-z.'’ -]{1,40}?)\s*,\s*(?:[A-Z][A-Za-z.]{1,12},\s*)?` +
	`(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b\s*(?:\(([^)]{1,30})\))?\s*[-–—:]?`)

// parseDateline reads the dateline at the start of text. It returns the
// dateline (Date from published's year, nearest to it) and the rune offset
// where it ends; 0 when there is none.
func parseDateline(text string, published time.Time) (briefs.Dateline, int) {
	loc := datelineRE.FindStringSubmatchIndex(text)
	if loc == nil {
		return briefs.Dateline{}, 0
	}
	place := strings.TrimSpace(text[loc[2]:loc[3]])
	dl := briefs.Dateline{Place: titleCase(place)}
	if loc[8] >= 0 {
		dl.Source = text[loc[8]:loc[9]]
	}
	if !published.IsZero() {
		m := monthNames[strings.ToLower(text[loc[4]:loc[5]])]
		day, _ := strconv.Atoi(text[loc[6]:loc[7]])
		ref := time.Date(published.Year(), published.Month(), published.Day(), 0, 0, 0, 0, time.UTC)
		if t, ok := monthDay(ref, -1, m, day, 0); ok && absDur(t.Sub(ref)) < 40*24*time.Hour {
			dl.Date = t.Format("2006-01-02")
		}
	}
	return dl, len([]rune(text[:loc[1]]))
}

// titleCase turns "NEW DELHI" into "New Delhi" and leaves "New Delhi" alone.
func titleCase(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}
