package digest

import (
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefs/sentences"
)

// budget is the most characters of text a digest aims for, so that at the
// default max_items it is one Telegram message (4,096 characters) with room
// for numbering and line breaks.
const budget = 3800

// shortSummary is the length a summary is cut to when the first sentence
// alone does not fit.
const shortSummary = 160

// fit renders the digest with build, shortening summaries until its text
// is within budget: the lowest-ranked stories' summaries first become their
// first sentence, then are cut to shortSummary characters at a word
// boundary. The full brief is one button away.
func fit(stories []*story, build func(sums []string) bot.Reply) bot.Reply {
	sums := make([]string, len(stories))
	for i, s := range stories {
		sums[i] = s.briefs[0].Summary
	}
	r := build(sums)
	for _, cut := range []func(string) string{firstSentence, clip} {
		for i := len(sums) - 1; i >= 0 && utf8.RuneCountInString(r.PlainText()) > budget; i-- {
			if short := cut(sums[i]); short != sums[i] {
				sums[i] = short
				r = build(sums)
			}
		}
	}
	return r
}

// firstSentence returns the first sentence of s, or s when that sentence
// is too short to say anything on its own.
func firstSentence(s string) string {
	ss := sentences.Split(s)
	if len(ss) < 2 || utf8.RuneCountInString(ss[0].Text) < 60 {
		return s
	}
	return strings.TrimSpace(ss[0].Text)
}

// clip cuts s to at most shortSummary characters at a word boundary, ending
// with "…".
func clip(s string) string {
	r := []rune(s)
	if len(r) <= shortSummary {
		return s
	}
	cut := shortSummary - 1
	for cut > shortSummary*2/3 && r[cut] != ' ' {
		cut--
	}
	return strings.TrimRight(string(r[:cut]), " ,;:") + "…"
}
