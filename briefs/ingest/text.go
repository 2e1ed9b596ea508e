package ingest

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// maxTitleLine is the longest first line that may stand alone as a title.
const maxTitleLine = 120

// splitTitle separates a text file's title from its body. The first line
// is the title when it is a markdown heading ("# Title", or "Title" over a
// line of "=" or "-"), or when it stands alone
// (a blank line follows), is short and does not end with a period. Else
// title is "" and the whole text is the body.
func splitTitle(text string) (title, body string) {
	text = strings.TrimLeft(strings.ReplaceAll(text, "\r\n", "\n"), " \t\n\r\ufeff")
	first, rest, _ := strings.Cut(text, "\n")
	first = strings.TrimSpace(first)
	if h, ok := atxHeading(first); ok && strings.TrimSpace(rest) != "" {
		return h, rest
	}
	if under, after, _ := strings.Cut(rest, "\n"); setextUnderline(under) && first != "" && strings.TrimSpace(after) != "" {
		return first, after
	}
	if strings.TrimSpace(rest) == "" || !startsWithBlankLine(rest) {
		return "", text
	}
	if utf8.RuneCountInString(first) > maxTitleLine || strings.HasSuffix(first, ".") {
		return "", text
	}
	if _, _, ok := ParseDateline(first, time.Time{}, time.Time{}); ok {
		return "", text // a headline never starts with a dateline
	}
	return first, rest
}

// setextUnderline reports a line of three or more "=" or "-" under a
// markdown heading.
func setextUnderline(line string) bool {
	line = strings.TrimSpace(line)
	return len(line) >= 3 && (strings.Trim(line, "=") == "" || strings.Trim(line, "-") == "")
}

func startsWithBlankLine(s string) bool {
	line, _, _ := strings.Cut(s, "\n")
	return strings.TrimSpace(line) == ""
}

// atxHeading returns the text of a "# heading" line.
func atxHeading(line string) (string, bool) {
	level := len(line) - len(strings.TrimLeft(line, "#"))
	if level == 0 || level > 6 || len(line) == level || line[level] != ' ' {
		return "", false
	}
	return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(line[level:]), "#")), true
}

var (
	mdImage    = regexp.MustCompile(`!\[([^\]\n]*)\]\([^)\n]*\)`)
	mdLink     = regexp.MustCompile(`\[([^\]\n]+)\]\([^)\n]*\)`)
	mdRefLink  = regexp.MustCompile(`\[([^\]\n]+)\]\[[^\]\n]*\]`)
	mdRefDef   = regexp.MustCompile(`(?m)^ {0,3}\[[^\]\n]+\]:\s+\S+.*$`)
	mdStrong   = regexp.MustCompile(`(\*\*|__)(\S(?:[^\n]*?\S)?)(\*\*|__)`)
	mdEmStar   = regexp.MustCompile(`\*(\S(?:[^*\n]*?\S)?)\*`)
	mdEmUnder  = regexp.MustCompile(`(^|[\s(])_(\S(?:[^_\n]*?\S)?)_([\s).,;:!?]|$)`)
	mdCode     = regexp.MustCompile("`([^`\n]+)`")
	mdHeading  = regexp.MustCompile(`(?m)^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$`)
	mdQuote    = regexp.MustCompile(`(?m)^ {0,3}>[ \t]?`)
	mdRule     = regexp.MustCompile(`(?m)^ {0,3}([-*_])([ \t]*[-*_]){2,}[ \t]*$`)
	mdFence    = regexp.MustCompile("(?m)^ {0,3}(```|~~~).*$")
	mdComment  = regexp.MustCompile(`(?s)<!--.*?-->`)
	mdListStar = regexp.MustCompile(`(?m)^(\s*)[*+][ \t]+`)
)

// stripMarkdown removes light markdown syntax: headings, emphasis, links
// (keeping their text), images (keeping their alt text), inline code,
// block quotes, rules, code fences and comments. List items become "- ".
func stripMarkdown(s string) string {
	s = mdComment.ReplaceAllString(s, "")
	s = mdFence.ReplaceAllString(s, "")
	s = mdRule.ReplaceAllString(s, "")
	s = mdRefDef.ReplaceAllString(s, "")
	s = mdHeading.ReplaceAllString(s, "$1")
	s = mdQuote.ReplaceAllString(s, "")
	s = mdListStar.ReplaceAllString(s, "$1- ")
	s = mdImage.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdRefLink.ReplaceAllString(s, "$1")
	s = mdCode.ReplaceAllString(s, "$1")
	s = mdStrong.ReplaceAllString(s, "$2")
	s = mdEmStar.ReplaceAllString(s, "$1")
	s = mdEmUnder.ReplaceAllString(s, "$1$2$3")
	return s
}
