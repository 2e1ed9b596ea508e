package briefs

import (
	"strings"
	"unicode/utf8"
)

// MaxAnalysedBytes is how much of a brief's text the summary and the meeting
// extraction read. A news brief is a few KiB; past this the text is a report,
// a transcript or generated input, and analysing it whole costs seconds of
// CPU and hundreds of MB per brief (the meeting step is super-linear) while a
// stop waits. A longer brief is stored and searchable whole; its summary and
// meetings come from its first MaxAnalysedBytes.
const MaxAnalysedBytes = 64 << 10

// AnalysedText is the part of text the analysis reads: all of it when it is
// at most MaxAnalysedBytes, else its start up to the last paragraph break,
// sentence end or space before the limit (never splitting a character).
func AnalysedText(text string) string {
	if len(text) <= MaxAnalysedBytes {
		return text
	}
	head := text[:MaxAnalysedBytes]
	for len(head) > 0 && !utf8.RuneStart(text[len(head)]) {
		head = head[:len(head)-1]
	}
	half := len(head) / 2
	for _, sep := range []string{"\n\n", ". ", "\n", " "} {
		if i := strings.LastIndex(head, sep); i >= half {
			return head[:i+len(strings.TrimRight(sep, " \n"))]
		}
	}
	return head
}
