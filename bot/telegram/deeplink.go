package telegram

import (
	"net/url"
	"regexp"
	"strings"
)

// Deep links: a digest or a reminder posted in a group has its "/brief N"
// buttons open https://t.me/<bot>?start=brief_N instead of posting the
// brief in the group for everyone; Telegram opens the private chat with
// the bot, whose Start sends "/start brief_N", answered as "/brief N".

// briefCommand matches the command of a button that opens a brief.
var briefCommand = regexp.MustCompile(`^/brief (\d{1,18})$`)

// startPayload matches the start parameter of a brief's deep link.
var startPayload = regexp.MustCompile(`^brief_(\d{1,18})$`)

// deepLinks returns the link that replaces a button's command in posts to
// chat, or nil when none does: only in groups, and only when the bot's
// username is known.
func (a *Adapter) deepLinks(chat string) func(command string) string {
	if !isGroup(chat) {
		return nil
	}
	return briefLinks(a.BotName())
}

// briefLinks returns the deep link of a "/brief N" command for the bot
// named name ("" for other commands), or nil when name is empty.
func briefLinks(name string) func(command string) string {
	if name == "" {
		return nil
	}
	return func(command string) string {
		m := briefCommand.FindStringSubmatch(command)
		if m == nil {
			return ""
		}
		return "https://t.me/" + url.PathEscape(name) + "?start=brief_" + m[1]
	}
}

// fromDeepLink turns "/start brief_N" into "/brief N"; other commands are
// returned as they are.
func fromDeepLink(name string, args []string) (string, []string) {
	if !strings.EqualFold(name, "start") || len(args) != 1 {
		return name, args
	}
	if m := startPayload.FindStringSubmatch(args[0]); m != nil {
		return "brief", []string{m[1]}
	}
	return name, args
}
