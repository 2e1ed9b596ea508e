package telegram

import (
	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/briefbot/briefbot/bot"
)

// Telegram's limits on inline keyboards.
const (
	maxCallbackData = 64  // bytes of callback_data
	maxButtons      = 100 // buttons in one keyboard
)

// keyboard returns the inline keyboard for r's buttons: one row for each
// item that has buttons, then one row for the reply's own buttons. A
// button's callback data is its command ("/brief 12"); a button whose
// command is empty or longer than Telegram's 64 bytes is left out, and so
// are buttons past Telegram's 100. It returns nil when there are no buttons.
func keyboard(r bot.Reply) *tgbotapi.InlineKeyboardMarkup {
	var rows [][]tgbotapi.InlineKeyboardButton
	total := 0
	addRow := func(bs []bot.Button) {
		var row []tgbotapi.InlineKeyboardButton
		for _, b := range bs {
			if b.Command == "" || len(b.Command) > maxCallbackData || b.Label == "" || total >= maxButtons {
				continue
			}
			row = append(row, tgbotapi.NewInlineKeyboardButtonData(b.Label, b.Command))
			total++
		}
		if len(row) > 0 {
			rows = append(rows, row)
		}
	}
	for _, s := range r.Sections {
		for _, it := range s.Items {
			addRow(it.Buttons)
		}
	}
	addRow(r.Buttons)
	if len(rows) == 0 {
		return nil
	}
	return &tgbotapi.InlineKeyboardMarkup{InlineKeyboard: rows}
}
