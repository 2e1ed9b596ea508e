package telegram

import (
	"strings"
	"unicode/utf8"
)

// pack joins rendered lines into messages of at most max visible characters
// each, breaking between lines and splitting a line only when it alone is
// too long.
// Blank lines at the edges of a message are dropped.
func pack(lines []string, max int) []string {
	var msgs []string
	var cur []string
	n := 0
	flush := func() {
		if m := strings.Trim(strings.Join(cur, "\n"), "\n"); strings.TrimSpace(m) != "" {
			msgs = append(msgs, m)
		}
		cur, n = cur[:0], 0
	}
	for _, line := range lines {
		parts := []string{line}
		if visibleLen(line) > max {
			parts = splitLine(line, max)
		}
		for _, p := range parts {
			l := visibleLen(p)
			if len(cur) > 0 && n+1+l > max {
				flush()
			}
			if len(cur) > 0 {
				n++
			}
			cur = append(cur, p)
			n += l
		}
	}
	flush()
	return msgs
}

// splitLine cuts one balanced HTML line into pieces of at most max visible
// characters. It never cuts inside a tag or an entity: before each cut it
// closes the tags open at that point and reopens them in the next piece.
func splitLine(line string, max int) []string {
	var out []string
	var cur strings.Builder
	n := 0
	var stack []string // open tags, outermost first
	for _, tok := range tokens(line) {
		l := visibleLen(tok)
		if n > 0 && n+l > max {
			cur.WriteString(closeAll(stack))
			out = append(out, cur.String())
			cur.Reset()
			cur.WriteString(strings.Join(stack, ""))
			n = 0
		}
		switch {
		case isClosingTag(tok):
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case isTag(tok):
			stack = append(stack, tok)
		}
		cur.WriteString(tok)
		n += l
	}
	if cur.Len() > 0 {
		cur.WriteString(closeAll(stack))
		out = append(out, cur.String())
	}
	return out
}

// tokens splits HTML into tags, entities and single characters.
func tokens(s string) []string {
	var out []string
	for len(s) > 0 {
		var end int
		switch s[0] {
		case '<':
			end = strings.IndexByte(s, '>') + 1
		case '&':
			end = strings.IndexByte(s, ';') + 1
		}
		if end <= 0 {
			_, end = utf8.DecodeRuneInString(s)
		}
		out = append(out, s[:end])
		s = s[end:]
	}
	return out
}

func isTag(tok string) bool        { return strings.HasPrefix(tok, "<") && len(tok) > 1 }
func isClosingTag(tok string) bool { return strings.HasPrefix(tok, "</") }

// closeTag returns the closing tag for an opening tag such as `<a href="x">`.
func closeTag(open string) string {
	name := strings.TrimSuffix(strings.TrimPrefix(open, "<"), ">")
	if i := strings.IndexByte(name, ' '); i >= 0 {
		name = name[:i]
	}
	return "</" + name + ">"
}

func closeAll(stack []string) string {
	var b strings.Builder
	for i := len(stack) - 1; i >= 0; i-- {
		b.WriteString(closeTag(stack[i]))
	}
	return b.String()
}
