package summary

import (
	"regexp"
	"strings"
	"unicode/utf8"

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

// agencies are the wire services whose "(NAME)" ends a dateline.
var agencies = []string{"(ians)", "(reuters)", "(ap)", "(afp)", "(pti)", "(ani)", "(upi)", "(xinhua)", "(dpa)", "(bloomberg)"}

// storySentences splits the story that starts at rune offset skip, drops
// boilerplate sentences and an opening wire dateline the caller did not
// skip. dateline reports whether the story had one (skipped or stripped).
func storySentences(text string, skip int) (sents []sentences.Sentence, dateline bool) {
	if skip > 0 {
		text = skipRunes(text, skip)
		dateline = true
	}
	all := sentences.Split(text)
	out := all[:0]
	for i, s := range all {
		if i == 0 {
			var stripped bool
			s, stripped = stripDateline(s)
			dateline = dateline || stripped
		}
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

// datelineRE matches an opening "PLACE, Month Day" followed by an agency
// in brackets and/or a dash: "STOCKHOLM, March 20 - ", "New Delhi, Dec 4
// (IANS) ", "WASHINGTON, Jan. 5 (Reuters) -".
var datelineRE = regexp.MustCompile(`^[A-Z][A-Za-z.'\- ]{1,40}(?:, [A-Z][A-Za-z.'\- ]{1,30})?, ` +
	`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}` +
	`(?: \([A-Za-z .]{2,20}\) *[-–—:]* *| *[-–—]+ *)`)

// stripDateline removes an opening dateline the caller did not skip
// ("PLACE, Date (AGENCY) -", "PLACE (AGENCY) -", "PLACE, Date -"), keeping
// the sentence's offsets right.
func stripDateline(s sentences.Sentence) (sentences.Sentence, bool) {
	cut := 0
	if loc := datelineRE.FindStringIndex(s.Text); loc != nil {
		cut = loc[1]
	} else {
		head := s.Text
		if len(head) > 120 {
			head = head[:120]
		}
		l := strings.ToLower(head)
		for _, a := range agencies {
			if i := strings.Index(l, a); i >= 0 {
				rest := strings.TrimLeft(s.Text[i+len(a):], " \t-–—:")
				cut = len(s.Text) - len(rest)
				break
			}
		}
	}
	if cut == 0 || cut >= len(s.Text) {
		return s, false
	}
	s.Start += utf8.RuneCountInString(s.Text[:cut])
	s.Text = s.Text[cut:]
	return s, true
}
