package console

import (
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/bot"
)

// Render formats r for a terminal: bold headings, bullet items, dim details
// and a hint line for buttons. Without color it is plain text. Control
// characters in brief or user text are dropped so a brief cannot move the
// cursor or change the terminal's colours.
func Render(r bot.Reply, color bool) string {
	var b strings.Builder
	if r.Title != "" {
		b.WriteString(style(clean(r.Title), bot.Bold, color))
		b.WriteString("\n")
	}
	for i, s := range r.Sections {
		if i > 0 || r.Title != "" {
			b.WriteString("\n")
		}
		if s.Heading != "" {
			b.WriteString(style(clean(s.Heading), bot.Bold, color))
			b.WriteString("\n")
		}
		if !s.Text.Empty() {
			b.WriteString(line(s.Text, color))
			b.WriteString("\n")
		}
		for _, it := range s.Items {
			b.WriteString("  • ")
			b.WriteString(line(it.Line, color))
			b.WriteString(buttonHint(it, color))
			b.WriteString("\n")
			for _, d := range it.Details {
				b.WriteString("    ")
				b.WriteString(line(d, color))
				b.WriteString("\n")
			}
		}
	}
	if len(r.Buttons) > 0 {
		var hints []string
		for _, bt := range r.Buttons {
			hints = append(hints, clean(bt.Label)+": "+clean(bt.Command))
		}
		b.WriteString("\n")
		b.WriteString(style(strings.Join(hints, "   "), bot.Muted, color))
		b.WriteString("\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// buttonHint shows the commands of an item's buttons after its line, as
// a terminal has no buttons to press, unless the item already shows them.
func buttonHint(it bot.Item, color bool) string {
	shown := it.Line.String()
	for _, d := range it.Details {
		shown += "\n" + d.String()
	}
	var cmds []string
	for _, bt := range it.Buttons {
		if bt.Command != "" && !strings.Contains(shown, bt.Command) {
			cmds = append(cmds, clean(bt.Command))
		}
	}
	if len(cmds) == 0 {
		return ""
	}
	return style("  "+strings.Join(cmds, "  "), bot.Muted, color)
}

func line(l bot.Line, color bool) string {
	var b strings.Builder
	for _, sp := range l {
		t := clean(sp.Text)
		u := sp.Href()
		if u != "" && color {
			// OSC 8 hyperlink, shown as the text in terminals that support it.
			t = "\x1b]8;;" + clean(u) + "\x1b\\" + t + "\x1b]8;;\x1b\\"
		}
		b.WriteString(style(t, sp.Style, color))
		if u != "" && !color {
			b.WriteString(" <" + clean(u) + ">")
		}
	}
	return b.String()
}

func style(s string, st bot.Style, color bool) string {
	if !color || st == 0 || s == "" {
		return s
	}
	var codes []string
	if st&bot.Bold != 0 {
		codes = append(codes, "1")
	}
	if st&bot.Italic != 0 {
		codes = append(codes, "3")
	}
	if st&bot.Muted != 0 {
		codes = append(codes, "2")
	}
	if st&bot.Code != 0 {
		codes = append(codes, "36")
	}
	return "\x1b[" + strings.Join(codes, ";") + "m" + s + "\x1b[0m"
}

// clean drops control characters other than newline and tab.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && r != '\n' && r != '\t' {
			return -1
		}
		return r
	}, s)
}
