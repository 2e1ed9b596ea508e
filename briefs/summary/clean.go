package summary

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/briefs/tokens"
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

// boilerplateContainsBytes are boilerplateContains as byte slices, for
// bytes.Contains.
var boilerplateContainsBytes = func() [][]byte {
	out := make([][]byte, len(boilerplateContains))
	for i, p := range boilerplateContains {
		out[i] = []byte(p)
	}
	return out
}()

// maxLoweredInPlace is the longest ASCII sentence isBoilerplate lower-cases
// into a buffer of its own frame rather than a new string: news sentences
// rarely run longer, and a new string a sentence was most of its cost.
const maxLoweredInPlace = 512

func isBoilerplate(s string) bool {
	t := strings.TrimSpace(s)
	var buf [maxLoweredInPlace]byte
	if l, ok := tokens.AppendLowerASCII(buf[:0], t); ok {
		return isBoilerplateLower(l)
	}
	return isBoilerplateLower([]byte(strings.ToLower(t)))
}

// isBoilerplateLower is isBoilerplate of l, a trimmed sentence lower-cased.
func isBoilerplateLower(l []byte) bool {
	if len(bytes.Trim(l, "-–—_=* ")) == 0 {
		return true // "--", "----", rules
	}
	if w := bytes.Trim(l, "()[].-–— "); len(w) <= len("reuters") {
		switch string(w) {
		case "reuter", "reuters", "ap", "afp", "ians", "pti", "end", "ends", "more":
			return true // sign-offs: "REUTER", "(AP)", "-- END --"
		}
	}
	if hasPrefix(l, boilerplateStarts) {
		return true
	}
	if len(l) < 160 && hasPrefix(l, shortBoilerplateStarts) && fieldsAtMost(string(l), 12) {
		return true // the prefix first: counting words costs more
	}
	for _, p := range boilerplateContainsBytes {
		if bytes.Contains(l, p) {
			return true
		}
	}
	// A byline: "By Jane Smith" or "By Jane Smith, Staff Reporter".
	if hasPrefix(l, []string{"by "}) && fieldsAtMost(string(l), 6) && !bytes.ContainsAny(l, ".!?") {
		return true
	}
	return false
}

// hasPrefix reports whether s starts with one of prefixes.
func hasPrefix(s []byte, prefixes []string) bool {
	for _, p := range prefixes {
		if len(s) >= len(p) && string(s[:len(p)]) == p {
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
