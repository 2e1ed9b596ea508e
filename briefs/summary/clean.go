package summary

import (
	"strings"

	"github.com/briefbot/briefbot/briefs/sentences"
)

// boilerplateStarts open sentences that are wire credits or page chrome,
// never story (compared lower-case).
var boilerplateStarts = []string{
	"(reporting by", "(writing by", "(editing by", "(additional reporting", "(compiled by",
	"click here", "all rights reserved", "©",
}

// shortBoilerplateStarts open boilerplate only in a short sentence:
// "Compiled by Jane Doe", not "Compiled by the central bank, the survey...".
var shortBoilerplateStarts = []string{
	"reporting by", "writing by", "editing by", "additional reporting by", "compiled by",
	"read more", "sign up", "subscribe", "follow us", "copyright", "posted by",
	"published by", "share this", "related:",
}

// boilerplateContains mark a sentence as boilerplate wherever they occur.
var boilerplateContains = []string{
	"all rights reserved", "click here", "(reporting by", "editing by ", "copyright ©",
}

// storySentences splits the story that starts at rune offset skip (after
// its dateline) and drops boilerplate sentences. dateline reports whether
// the story had one.
func storySentences(text string, skip int) (sents []sentences.Sentence, dateline bool) {
	if skip > 0 {
		text = skipRunes(text, skip)
		dateline = true
	}
	all := sentences.Split(text)
	out := all[:0]
	for _, s := range all {
		if s.Text == "" || isBoilerplate(s.Text) {
			continue
		}
		if skip > 0 {
			s.Start += skip
			s.End += skip
		}
		out = append(out, s)
	}
	return out, dateline
}

// skipRunes returns text from rune offset n (all of it if n is out of range).
func skipRunes(text string, n int) string {
	for i := range text {
		if n == 0 {
			return text[i:]
		}
		n--
	}
	if n == 0 {
		return ""
	}
	return text
}

func isBoilerplate(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	if strings.Trim(l, "-–—_=* ") == "" {
		return true // "--", "----", rules
	}
	switch strings.Trim(l, "()[].-–— ") {
	case "reuter", "reuters", "ap", "afp", "ians", "pti", "end", "ends", "more":
		return true // sign-offs: "REUTER", "(AP)", "-- END --"
	}
	for _, p := range boilerplateStarts {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	if len(l) < 160 && len(strings.Fields(l)) <= 12 {
		for _, p := range shortBoilerplateStarts {
			if strings.HasPrefix(l, p) {
				return true
			}
		}
	}
	for _, p := range boilerplateContains {
		if strings.Contains(l, p) {
			return true
		}
	}
	// A byline: "By Jane Smith" or "By Jane Smith, Staff Reporter".
	if strings.HasPrefix(l, "by ") && len(strings.Fields(l)) <= 6 && !strings.ContainsAny(l, ".!?") {
		return true
	}
	return false
}
