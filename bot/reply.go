package bot

import (
	"strings"

	"github.com/briefbot/briefbot/briefs"
)

// Reply is a small rich-text document that a handler returns and each adapter
// renders in its platform's format (console text, Telegram HTML, Slack Block
// Kit). Handlers never format for a platform themselves: every string in a
// Reply is plain text, and adapters escape it.
type Reply struct {
	// Title is the bold heading of the whole reply, e.g. "Upcoming meetings".
	Title string
	// Sections follow the title in order.
	Sections []Section
	// Buttons are actions offered under the reply ("Full brief", "Next page").
	Buttons []Button
	// Private asks the adapter to show the reply to the asker only, where the
	// platform allows it (Slack ephemeral messages).
	Private bool
}

// Section is a group of lines under an optional heading.
type Section struct {
	Heading string
	// Text is a paragraph shown before the items.
	Text Line
	// Items are shown as a bulleted list.
	Items []Item
}

// Item is one entry of a list: a line, optional detail lines under it, and
// optional buttons that belong to it.
type Item struct {
	Line    Line
	Details []Line
	Buttons []Button
	// About names what the item is about, for those who record or later
	// edit a post ("meeting KEY DATE" for a digest's meeting line); it is
	// not shown.
	About string
}

// Line is a run of styled spans on one line.
type Line []Span

// Span is a piece of text with one style and an optional link.
type Span struct {
	Text  string
	Style Style
	URL   string // when set, Text links to it
}

// Style is a set of text styles.
type Style uint8

// Styles a span may have; combine with |.
const (
	Bold Style = 1 << iota
	Italic
	Code
	Muted // secondary text: dates, sources, hints
)

// Button is an action under a reply. Pressing it runs Command as if the user
// had typed it (for example "/brief 12" or "/meetings all 2").
type Button struct {
	Label   string
	Command string
}

// Plain returns a line of unstyled text.
func Plain(s string) Line { return Line{{Text: s}} }

// Text is shorthand for an unstyled span.
func Text(s string) Span { return Span{Text: s} }

// B is shorthand for a bold span.
func B(s string) Span { return Span{Text: s, Style: Bold} }

// I is shorthand for an italic span.
func I(s string) Span { return Span{Text: s, Style: Italic} }

// M is shorthand for a muted span.
func M(s string) Span { return Span{Text: s, Style: Muted} }

// Href is the span's link target when it is one that may be shown: an
// absolute http or https URL (briefs.WebURL); "" for anything else. Every
// renderer links through it.
func (s Span) Href() string { return briefs.WebURL(s.URL) }

// Link is shorthand for a span that links to url. Only http and https links
// are kept (see briefs.WebURL); any other url leaves the text unlinked.
func Link(s, url string) Span { return Span{Text: s, URL: briefs.WebURL(url)} }

// String returns the line's text without styles.
func (l Line) String() string {
	var b strings.Builder
	for _, s := range l {
		b.WriteString(s.Text)
	}
	return b.String()
}

// plain returns the line's text with each link's address after its text,
// for plain-text renderings.
func (l Line) plain() string {
	var b strings.Builder
	for _, s := range l {
		b.WriteString(s.Text)
		if u := s.Href(); u != "" && u != s.Text {
			b.WriteString(" (" + u + ")")
		}
	}
	return b.String()
}

// Empty reports whether the line has no visible text.
func (l Line) Empty() bool { return strings.TrimSpace(l.String()) == "" }

// Plural returns one when n is 1 and many otherwise: "1 brief", "3 briefs".
func Plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Textf is a convenience for a reply that is one short paragraph.
func Textf(title, text string) Reply {
	return Reply{Title: title, Sections: []Section{{Text: Plain(text)}}}
}

// PlainText renders r as plain text with no markup: the fallback text of a
// chat message, and what tests and the console compare against.
func (r Reply) PlainText() string {
	var b strings.Builder
	if r.Title != "" {
		b.WriteString(r.Title)
		b.WriteString("\n")
	}
	for i, s := range r.Sections {
		if i > 0 || r.Title != "" {
			b.WriteString("\n")
		}
		if s.Heading != "" {
			b.WriteString(s.Heading)
			b.WriteString("\n")
		}
		if !s.Text.Empty() {
			b.WriteString(s.Text.plain())
			b.WriteString("\n")
		}
		for _, it := range s.Items {
			b.WriteString("• ")
			b.WriteString(it.Line.plain())
			b.WriteString("\n")
			for _, d := range it.Details {
				b.WriteString("  ")
				b.WriteString(d.plain())
				b.WriteString("\n")
			}
		}
	}
	return strings.TrimRight(b.String(), "\n")
}
