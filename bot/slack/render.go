package slack

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

// Slack's Block Kit limits, from https://docs.slack.dev/reference/block-kit.
const (
	maxBlocks       = 50   // blocks in one message
	maxSectionChars = 3000 // text of a section or a context element
	maxHeaderChars  = 150  // text of a header block
	maxButtonChars  = 75   // a button's label
	maxButtonValue  = 2000 // a button's value
	maxActions      = 25   // elements in an actions block
	maxFallback     = 3000 // our cap on a message's fallback text
)

// actionPrefix starts the action_id of every button the adapter renders.
const actionPrefix = "briefbot_cmd_"

// unit is a run of blocks that stays in one message, with its plain text.
type unit struct {
	blocks []slack.Block
	text   string
	items  int // list items it shows
}

// RenderBlocks renders r as one or more Block Kit messages within Slack's
// limits (50 blocks a message, 3000 characters a section, 150 a header) and
// returns, for each message, its fallback text: the same content as plain
// text, already escaped for mrkdwn and ready for the message's text field.
// Every string from r is escaped, so it can mention or format nobody. A
// reply longer than one message continues in the next with no part lost.
func RenderBlocks(r bot.Reply) (blocks [][]slack.Block, fallback []string) {
	units := renderUnits(r)
	var cur []slack.Block
	var text []string
	flush := func() {
		if len(cur) == 0 {
			return
		}
		blocks = append(blocks, cur)
		fallback = append(fallback, escape(truncate(strings.Join(text, "\n"), maxFallback)))
		cur, text = nil, nil
	}
	for _, u := range splitUnits(units, maxBlocks-1) {
		if len(cur)+len(u.blocks) > maxBlocks-1 { // one left for a "continued" note
			flush()
		}
		cur = append(cur, u.blocks...)
		text = append(text, u.text)
	}
	flush()
	if len(blocks) == 0 {
		b := section("\u200b")
		return [][]slack.Block{{b}}, []string{" "}
	}
	return blocks, fallback
}

// splitUnits cuts any unit longer than n blocks into pieces of n.
func splitUnits(us []unit, n int) []unit {
	var out []unit
	for _, u := range us {
		for len(u.blocks) > n {
			out = append(out, unit{blocks: u.blocks[:n], text: u.text})
			u = unit{blocks: u.blocks[n:], text: "(continued)"}
		}
		out = append(out, u)
	}
	return out
}

// renderUnits turns r into units in reading order.
func renderUnits(r bot.Reply) []unit {
	var us []unit
	ids := &buttonIDs{}
	if t := strings.TrimSpace(r.Title); t != "" {
		us = append(us, titleUnit(t))
	}
	for _, s := range r.Sections {
		us = append(us, sectionUnits(s, ids)...)
	}
	if len(r.Buttons) > 0 {
		us = append(us, buttonUnits(r.Buttons, ids)...)
	}
	return us
}

// titleUnit renders the title as a header block, or as a bold section
// when it is too long for a header, so no part of it is lost.
func titleUnit(t string) unit {
	if utf8.RuneCountInString(t) > maxHeaderChars {
		return unit{blocks: sections("*" + escape(t) + "*"), text: t}
	}
	h := slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, t, false, false))
	return unit{blocks: []slack.Block{h}, text: t}
}

// sectionUnits renders a section: its heading and text, then its items.
// Items with buttons are cards (section, context, accessory) separated by
// dividers; a run of items without buttons is one compact list section.
func sectionUnits(s bot.Section, ids *buttonIDs) []unit {
	var us []unit
	var head []string
	var plain []string
	if h := strings.TrimSpace(s.Heading); h != "" {
		head = append(head, "*"+escape(h)+"*")
		plain = append(plain, h)
	}
	if !s.Text.Empty() {
		head = append(head, mrkdwn(s.Text))
		plain = append(plain, s.Text.String())
	}
	if len(head) > 0 {
		us = append(us, unit{blocks: sections(strings.Join(head, "\n")), text: strings.Join(plain, "\n")})
	}
	var list []bot.Item
	flushList := func() {
		if len(list) > 0 {
			us = append(us, listUnit(list))
			list = nil
		}
	}
	prevCard := false
	for _, it := range s.Items {
		if len(it.Buttons) == 0 {
			list = append(list, it)
			prevCard = false
			continue
		}
		flushList()
		u := itemUnit(it, ids)
		if prevCard {
			u.blocks = append([]slack.Block{slack.NewDividerBlock()}, u.blocks...)
		}
		us = append(us, u)
		prevCard = true
	}
	flushList()
	return us
}

// listUnit renders items without buttons as one bulleted section, each
// item's details on indented lines under it.
func listUnit(items []bot.Item) unit {
	var lines, plain []string
	for _, it := range items {
		lines = append(lines, "• "+mrkdwn(it.Line))
		plain = append(plain, "• "+it.Line.String())
		for _, d := range it.Details {
			lines = append(lines, "      "+mrkdwn(d))
			plain = append(plain, "   "+d.String())
		}
	}
	return unit{blocks: sections(strings.Join(lines, "\n")), text: strings.Join(plain, "\n"), items: len(items)}
}

// itemUnit renders a list item as a card: a section whose text is the
// item's line and its details (the summary people came for), the trailing
// muted details (source, place, date) as a context block under it, and its
// buttons: one as the section's accessory, more in an actions block.
func itemUnit(it bot.Item, ids *buttonIDs) unit {
	body, meta := splitMeta(it.Details)
	text := []string{mrkdwn(it.Line)}
	plain := []string{"• " + it.Line.String()}
	for _, d := range body {
		text = append(text, mrkdwn(d))
		plain = append(plain, "   "+d.String())
	}
	secs := sections(strings.Join(text, "\n"))
	if len(it.Buttons) == 1 {
		if sb, ok := secs[len(secs)-1].(*slack.SectionBlock); ok {
			sb.Accessory = slack.NewAccessory(button(it.Buttons[0], ids))
		}
	}
	blocks := secs
	if len(meta) > 0 {
		var lines []string
		for _, d := range meta {
			lines = append(lines, mrkdwn(d))
			plain = append(plain, "   "+d.String())
		}
		blocks = append(blocks, contexts(strings.Join(lines, "\n"))...)
	}
	if len(it.Buttons) > 1 {
		blocks = append(blocks, actionBlocks(it.Buttons, ids)...)
	}
	return unit{blocks: blocks, text: strings.Join(plain, "\n"), items: 1}
}

// splitMeta splits details into the body and the trailing lines that are
// wholly muted, which Slack shows as small context text.
func splitMeta(details []bot.Line) (body, meta []bot.Line) {
	i := len(details)
	for i > 0 && allMuted(details[i-1]) {
		i--
	}
	return details[:i], details[i:]
}

func allMuted(l bot.Line) bool {
	for _, s := range l {
		if s.Style&bot.Muted == 0 && strings.TrimSpace(s.Text) != "" {
			return false
		}
	}
	return !l.Empty()
}

func buttonUnits(bs []bot.Button, ids *buttonIDs) []unit {
	return []unit{{blocks: actionBlocks(bs, ids)}}
}

func actionBlocks(bs []bot.Button, ids *buttonIDs) []slack.Block {
	var out []slack.Block
	for start := 0; start < len(bs); start += maxActions {
		end := min(start+maxActions, len(bs))
		var els []slack.BlockElement
		for _, b := range bs[start:end] {
			els = append(els, button(b, ids))
		}
		out = append(out, slack.NewActionBlock("", els...))
	}
	return out
}

// buttonIDs numbers buttons so action_ids are unique within a reply.
type buttonIDs struct{ n int }

func (b *buttonIDs) next() string {
	b.n++
	return fmt.Sprintf("%s%d", actionPrefix, b.n)
}

func button(b bot.Button, ids *buttonIDs) *slack.ButtonBlockElement {
	label := truncate(strings.TrimSpace(b.Label), maxButtonChars)
	if label == "" {
		label = truncate(b.Command, maxButtonChars)
	}
	value := b.Command
	if len(value) > maxButtonValue {
		value = truncateBytes(value, maxButtonValue)
	}
	return slack.NewButtonBlockElement(ids.next(), value, slack.NewTextBlockObject(slack.PlainTextType, label, false, false))
}

// sections returns mrkdwn section blocks for text, split at line breaks or
// spaces so none is longer than Slack allows.
func sections(text string) []slack.Block {
	var out []slack.Block
	for _, part := range split(text, maxSectionChars) {
		out = append(out, section(part))
	}
	return out
}

func section(text string) *slack.SectionBlock {
	return slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, text, false, true), nil, nil)
}

func contexts(text string) []slack.Block {
	var out []slack.Block
	for _, part := range split(text, maxSectionChars) {
		out = append(out, slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, part, false, true)))
	}
	return out
}

// mrkdwn renders a line as Slack mrkdwn with every span escaped.
func mrkdwn(l bot.Line) string {
	var b strings.Builder
	for _, s := range l {
		b.WriteString(span(s))
	}
	return b.String()
}

func span(s bot.Span) string {
	text := s.Text
	if strings.TrimSpace(text) == "" {
		return escape(text)
	}
	lead := text[:len(text)-len(strings.TrimLeft(text, " \t\n"))]
	trail := text[len(strings.TrimRight(text, " \t\n")):]
	core := escape(strings.TrimSpace(text))
	if s.Style&bot.Code != 0 {
		core = "`" + strings.ReplaceAll(core, "`", "'") + "`"
	}
	if u, ok := safeURL(s.Href()); ok {
		core = "<" + u + "|" + strings.ReplaceAll(core, "|", "¦") + ">"
	}
	if s.Style&bot.Bold != 0 {
		core = "*" + core + "*"
	}
	if s.Style&(bot.Italic|bot.Muted) != 0 {
		core = "_" + core + "_"
	}
	return lead + core + trail
}

// safeURL returns raw escaped for use inside <...|...> when it is an
// absolute http, https or mailto URL; anything else (such as "!channel")
// is refused so a link can never become a mention. Spans reach it through
// bot.Span.Href, which lets only http and https through.
func safeURL(raw string) (string, bool) {
	if raw == "" {
		return "", false
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return "", false
		}
	case "mailto":
	default:
		return "", false
	}
	s := u.String()
	s = strings.NewReplacer("|", "%7C", " ", "%20").Replace(s)
	return escape(s), true
}

// escape escapes the three characters Slack's mrkdwn treats as control
// characters, so text shows as written and can never mention anyone.
func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// unescape undoes Slack's escaping of message text sent to the bot.
func unescape(s string) string {
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(s)
}

// truncate shortens s to at most n runes, ending with an ellipsis.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

func truncateBytes(s string, n int) string {
	for len(s) > n {
		_, size := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-size]
	}
	return s
}

// split cuts s into pieces of at most n runes, preferring line breaks, then
// spaces, and never cutting an escape sequence such as "&amp;".
func split(s string, n int) []string {
	var out []string
	for utf8.RuneCountInString(s) > n {
		r := []rune(s)
		cut := n
		head := string(r[:cut])
		if i := strings.LastIndex(head, "\n"); i > len(head)/2 {
			cut = utf8.RuneCountInString(head[:i])
		} else if i := strings.LastIndex(head, " "); i > len(head)/2 {
			cut = utf8.RuneCountInString(head[:i])
		} else if i := strings.LastIndex(head, "&"); i >= 0 && i > len(head)-6 && !strings.Contains(head[i:], ";") {
			cut = utf8.RuneCountInString(head[:i])
		}
		out = append(out, strings.TrimRight(string(r[:cut]), " \n"))
		s = strings.TrimLeft(string(r[cut:]), " \n")
	}
	if s != "" || len(out) == 0 {
		out = append(out, s)
	}
	return out
}
