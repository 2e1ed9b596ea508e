package telegram

import (
	"strconv"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/briefbot/briefbot/bot"
)

// Telegram's limits on inline keyboards, and our row width.
const (
	maxCallbackData = 64  // bytes of callback_data
	maxButtons      = 100 // buttons in one keyboard
	numbersPerRow   = 5   // numbered buttons in one row
)

// keyboard returns the inline keyboard for r's buttons. When several items
// have one button each (a digest's stories, search results), those buttons
// are labelled with the items' numbers, as RenderHTML numbers the items,
// and laid out five to a row; an item with more buttons gets its own row
// with their labels; the reply's own buttons come last, in one row. A
// button's callback data is its command ("/brief 12"); a button whose
// command or label is empty, or whose command is longer than Telegram's 64
// bytes, is left out, and so are buttons past Telegram's 100. It returns nil
// when there are no buttons.
func keyboard(r bot.Reply) *tgbotapi.InlineKeyboardMarkup {
	return keyboardWith(r, nil)
}

// keyboardWith is keyboard with the buttons whose command link gives a
// URL for opening that URL instead (Telegram deep links); link may be nil.
func keyboardWith(r bot.Reply, link func(command string) string) *tgbotapi.InlineKeyboardMarkup {
	kb := &keys{link: link}
	numbered := numberedButtons(r)
	if len(numbered) > 1 {
		for i, b := range numbered {
			kb.add(i%numbersPerRow == 0, strconv.Itoa(i+1), b.Command)
		}
	}
	for _, s := range r.Sections {
		for _, it := range s.Items {
			if len(numbered) > 1 && usableButtons(it.Buttons) == 1 {
				continue
			}
			kb.addRow(it.Buttons)
		}
	}
	kb.addRow(r.Buttons)
	if len(kb.rows) == 0 {
		return nil
	}
	return &tgbotapi.InlineKeyboardMarkup{InlineKeyboard: kb.rows}
}

// keys builds keyboard rows within Telegram's limit on buttons.
type keys struct {
	rows  [][]tgbotapi.InlineKeyboardButton
	total int
	link  func(command string) string // nil: callback buttons only
}

// add appends a button, on a new row when newRow is set.
func (k *keys) add(newRow bool, label, command string) {
	if k.total >= maxButtons {
		return
	}
	b := tgbotapi.NewInlineKeyboardButtonData(label, command)
	if k.link != nil {
		if u := k.link(command); u != "" {
			b = tgbotapi.NewInlineKeyboardButtonURL(label, u)
		}
	}
	if newRow || len(k.rows) == 0 {
		k.rows = append(k.rows, nil)
	}
	k.rows[len(k.rows)-1] = append(k.rows[len(k.rows)-1], b)
	k.total++
}

// addRow appends the usable buttons of bs as one new row.
func (k *keys) addRow(bs []bot.Button) {
	first := true
	for _, b := range bs {
		if usable(b) {
			k.add(first, b.Label, b.Command)
			first = false
		}
	}
}

// numberedButtons returns, in reading order, the button of every item that
// has exactly one usable button.
func numberedButtons(r bot.Reply) []bot.Button {
	var out []bot.Button
	for _, s := range r.Sections {
		for _, it := range s.Items {
			if usableButtons(it.Buttons) == 1 {
				for _, b := range it.Buttons {
					if usable(b) {
						out = append(out, b)
					}
				}
			}
		}
	}
	return out
}

func usableButtons(bs []bot.Button) int {
	n := 0
	for _, b := range bs {
		if usable(b) {
			n++
		}
	}
	return n
}

// usable reports whether Telegram can carry b as a callback button.
func usable(b bot.Button) bool {
	return b.Command != "" && len(b.Command) <= maxCallbackData && b.Label != ""
}

// Render returns r as Telegram shows it: the HTML of each message and the
// inline keyboard sent under the last one (nil when there are no buttons).
// It is what Send posts, for previews and golden files.
func Render(r bot.Reply) (messages []string, kb *tgbotapi.InlineKeyboardMarkup) {
	return RenderHTML(r), keyboard(r)
}

// RenderPost is Render for a post to a group by the bot named botName (a
// digest, a reminder): its "/brief N" buttons are deep links that open the
// brief in a private chat with the bot, as Send posts them.
func RenderPost(r bot.Reply, botName string) (messages []string, kb *tgbotapi.InlineKeyboardMarkup) {
	return RenderHTML(r), keyboardWith(r, briefLinks(botName))
}
