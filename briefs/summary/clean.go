package summary

import (
	"strings"
	"unicode"
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

func isBoilerplate(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	if strings.Trim(l, "-–—_=* ") == "" {
		return true // "--", "----", rules
	}
	switch strings.Trim(l, "()[].-–— ") {
	case "reuter", "reuters", "ap", "afp", "ians", "pti", "end", "ends", "more":
		return true // sign-offs: "REUTER", "(AP)", "-- END --"
	}
	if hasPrefix(l, boilerplateStarts) {
		return true
	}
	if len(l) < 160 && hasPrefix(l, shortBoilerplateStarts) && fieldsAtMost(l, 12) {
		return true // the prefix first: counting words costs more
	}
	for _, p := range boilerplateContains {
		if strings.Contains(l, p) {
			return true
		}
	}
	// A byline: "By Jane Smith" or "By Jane Smith, Staff Reporter".
	if strings.HasPrefix(l, "by ") && fieldsAtMost(l, 6) && !strings.ContainsAny(l, ".!?") {
		return true
	}
	return false
}

// hasPrefix reports whether s starts with one of prefixes.
func hasPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// fieldsAtMost reports whether s has at most n words as strings.Fields
// splits it, without making the list.
func fieldsAtMost(s string, n int) bool {
	words, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			if words++; words > n {
				return false
			}
			in = true
		}
	}
	return true
}
