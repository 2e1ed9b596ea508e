package telegram

import (
	"html"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
)

// MaxMessageLen is Telegram's limit on one message's text after entity
// parsing, counted in UTF-16 code units. RenderHTML keeps the visible text
// of every message within it; tags and link addresses do not count.
const MaxMessageLen = 4096

// RenderHTML renders r as Telegram HTML (parse_mode "HTML"): the title and
// section headings bold, items as bullet lines with their details on the
// lines under them as written, not indented, since a wrapped indented line
// reads badly on a phone (plain text stays plain, muted text is italic), spans
// styled, and titles linked to their http(s) address. An item with exactly
// one button is numbered ("1.", "2.", ...) when a reply has several, so
// the compact numbered keyboard keyboard() builds tells them apart. Every
// piece of text is escaped. The result is split into messages of at most
// MaxMessageLen visible characters, at line boundaries; a single over-long
// line is cut between characters with its tags closed before the cut and
// reopened after it, so no message breaks a tag or an entity. An empty
// reply renders as no messages.
func RenderHTML(r bot.Reply) []string {
	return pack(renderLines(r), MaxMessageLen)
}

// renderLines returns the reply's lines, each one a balanced HTML fragment.
// An empty string is a blank line.
func renderLines(r bot.Reply) []string {
	var lines []string
	if strings.TrimSpace(r.Title) != "" {
		lines = append(lines, "<b>"+esc(r.Title)+"</b>")
	}
	numbered := len(numberedButtons(r)) > 1
	n := 0
	for _, s := range r.Sections {
		if len(lines) > 0 {
			lines = append(lines, "")
		}
		if strings.TrimSpace(s.Heading) != "" {
			lines = append(lines, "<b>"+esc(s.Heading)+"</b>")
		}
		if !s.Text.Empty() {
			lines = append(lines, renderLine("", s.Text))
		}
		for _, it := range s.Items {
			lines = append(lines, renderLine(itemPrefix(it, numbered, &n), it.Line))
			for _, d := range it.Details {
				lines = append(lines, renderLine("", d))
			}
		}
	}
	return lines
}

// itemPrefix is "• ", or the item's number when the reply is numbered and
// the item has its one button; n counts the numbered items so far.
func itemPrefix(it bot.Item, numbered bool, n *int) string {
	if !numbered || usableButtons(it.Buttons) != 1 {
		return "• "
	}
	*n++
	return strconv.Itoa(*n) + ". "
}

// renderLine renders one line after prefix.
func renderLine(prefix string, l bot.Line) string {
	var b strings.Builder
	b.WriteString(esc(prefix))
	for _, s := range l {
		b.WriteString(renderSpan(s, esc(s.Text)))
	}
	return b.String()
}

// renderSpan wraps escaped text in the span's tags.
func renderSpan(s bot.Span, text string) string {
	if text == "" {
		return ""
	}
	open, close := spanTags(s)
	return open + text + close
}

// spanTags returns the opening and closing tags of a span's style and link.
func spanTags(s bot.Span) (open, close string) {
	var o, c []string
	if u := s.Href(); u != "" {
		o, c = append(o, `<a href="`+esc(u)+`">`), append(c, "</a>")
	}
	if s.Style&bot.Bold != 0 {
		o, c = append(o, "<b>"), append(c, "</b>")
	}
	if s.Style&(bot.Italic|bot.Muted) != 0 {
		o, c = append(o, "<i>"), append(c, "</i>")
	}
	if s.Style&bot.Code != 0 {
		o, c = append(o, "<code>"), append(c, "</code>")
	}
	for i, j := 0, len(c)-1; i < j; i, j = i+1, j-1 {
		c[i], c[j] = c[j], c[i]
	}
	return strings.Join(o, ""), strings.Join(c, "")
}

// esc escapes text for Telegram HTML: <, >, & and quotes.
func esc(s string) string { return html.EscapeString(s) }

// textLen is the length Telegram counts: UTF-16 code units.
func textLen(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// visibleLen is the length Telegram counts for an HTML fragment: its text
// after entity parsing, without tags, each entity one character.
func visibleLen(s string) int {
	n := 0
	for len(s) > 0 {
		end := 0 // the end of a tag or entity at s's start, as tokens reads them
		switch s[0] {
		case '<':
			end = strings.IndexByte(s, '>') + 1
		case '&':
			end = strings.IndexByte(s, ';') + 1
		}
		if end > 1 {
			if s[0] == '&' {
				n++
			}
			s = s[end:]
			continue
		}
		r, size := utf8.DecodeRuneInString(s)
		n += utf16.RuneLen(r)
		s = s[size:]
	}
	return n
}
