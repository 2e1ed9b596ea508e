// Command render turns the golden renderings of the demo's digest
// (cmd/briefbot/testdata/render) into HTML mock-ups of a Telegram chat and
// a Slack channel, for screenshots in the README:
//
//	go run ./docs/render -out /tmp/mock
//	chromium --headless --screenshot=docs/telegram-digest.png --window-size=480,1900 /tmp/mock/telegram-digest.html
//
// The Telegram message is the HTML the bot sends (Telegram's HTML subset is
// HTML), its keyboard drawn as buttons; the Slack message is drawn block by
// block from the Block Kit JSON, mrkdwn turned into HTML.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

func main() {
	in := flag.String("in", "cmd/briefbot/testdata/render", "folder of golden files")
	out := flag.String("out", filepath.Join(os.TempDir(), "briefbot-mock"), "folder for the HTML mock-ups")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	for _, name := range []string{"digest", "meetings"} {
		tg, err := os.ReadFile(filepath.Join(*in, "telegram-"+name+".golden"))
		if err != nil {
			log.Fatal(err)
		}
		page, err := telegramPage(string(tg))
		if err != nil {
			log.Fatal(err)
		}
		write(filepath.Join(*out, "telegram-"+name+".html"), page)
		sl, err := os.ReadFile(filepath.Join(*in, "slack-"+name+".golden.json"))
		if err != nil {
			log.Fatal(err)
		}
		page, err = slackPage(sl)
		if err != nil {
			log.Fatal(err)
		}
		write(filepath.Join(*out, "slack-"+name+".html"), page)
	}
}

func write(path, s string) {
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		log.Fatal(err)
	}
}

const telegramCSS = `body{margin:0;background:#9bbf8f;font:15px/1.38 -apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#000}
.top{background:#517da2;color:#fff;padding:10px 16px;font-weight:600}
.chat{padding:12px 10px}
.msg{background:#fff;border-radius:12px;padding:8px 11px 6px;max-width:440px;white-space:pre-wrap;word-wrap:break-word;box-shadow:0 1px 1px rgba(0,0,0,.15)}
.msg a{color:#168acd;text-decoration:none}.msg code{font-family:"DejaVu Sans Mono",monospace;font-size:13px;color:#c0392b}
.msg i{color:#707579}
.time{text-align:right;color:#8ca68a;font-size:12px}
.kb{max-width:462px;margin-top:4px}.row{display:flex;gap:4px;margin-top:4px}
.row div{flex:1;position:relative;background:rgba(60,90,60,.45);color:#fff;text-align:center;border-radius:8px;padding:8px 0;font-weight:600;font-size:14px}
.row div.link::after{content:"\2197";position:absolute;top:1px;right:5px;font-size:10px}`

// telegramPage draws the golden messages and keyboard as a Telegram chat.
func telegramPage(golden string) (string, error) {
	text, kbJSON, _ := strings.Cut(golden, "\n----- keyboard -----\n")
	var kb struct {
		Rows [][]struct {
			Text string `json:"text"`
			URL  string `json:"url"` // a link button: Telegram marks it with an arrow
		} `json:"inline_keyboard"`
	}
	if strings.TrimSpace(kbJSON) != "null" {
		if err := json.Unmarshal([]byte(kbJSON), &kb); err != nil {
			return "", fmt.Errorf("keyboard: %w", err)
		}
	}
	var b strings.Builder
	b.WriteString("<!doctype html><meta charset=utf-8><style>" + telegramCSS + "</style><div class=top>Delhi desk · briefbot</div><div class=chat>")
	for _, m := range strings.Split(text, "\n----- message -----\n") {
		b.WriteString("<div class=msg>" + m + "<div class=time>09:00</div></div>")
	}
	b.WriteString("<div class=kb>")
	for _, row := range kb.Rows {
		b.WriteString("<div class=row>")
		for _, k := range row {
			class := ""
			if k.URL != "" {
				class = " class=link"
			}
			b.WriteString("<div" + class + ">" + html.EscapeString(k.Text) + "</div>")
		}
		b.WriteString("</div>")
	}
	b.WriteString("</div></div>")
	return b.String(), nil
}

const slackCSS = `body{margin:0;background:#fff;font:15px/1.46 Lato,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1d1c1d}
.top{border-bottom:1px solid #ddd;padding:10px 20px;font-weight:700}
.post{display:flex;padding:12px 20px}.avatar{width:36px;height:36px;border-radius:6px;background:#2eb67d;color:#fff;font-weight:700;text-align:center;line-height:36px;margin-right:10px;flex:none}
.name{font-weight:700}.name span{font-weight:400;color:#616061;font-size:12px;margin-left:6px}
.body{flex:1;max-width:640px}
h3{font-size:18px;margin:4px 0 6px}.sec{display:flex;justify-content:space-between;gap:12px;margin:6px 0;white-space:pre-wrap}
.ctx{color:#616061;font-size:13px;margin:2px 0 6px;white-space:pre-wrap}hr{border:0;border-top:1px solid #e8e8e8;margin:10px 0}
.btn{border:1px solid #bbb;border-radius:4px;padding:3px 12px;font-weight:700;font-size:13px;white-space:nowrap;align-self:flex-start;background:#fff}
.acts{display:flex;gap:8px;margin:8px 0}a{color:#1264a3;text-decoration:none}code{font-family:"DejaVu Sans Mono",monospace;font-size:12px;color:#e01e5a;background:#f6f6f6;border:1px solid #ddd;border-radius:3px;padding:0 3px}`

type block struct {
	Type      string `json:"type"`
	Text      *textObj
	Accessory *struct{ Text textObj }
	Elements  []struct {
		Text json.RawMessage `json:"text"`
	}
}

type textObj struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

// slackPage draws the golden Block Kit messages as a Slack channel.
func slackPage(golden []byte) (string, error) {
	var g struct {
		Messages [][]block `json:"messages"`
	}
	if err := json.Unmarshal(golden, &g); err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString("<!doctype html><meta charset=utf-8><style>" + slackCSS + "</style><div class=top># delhi-desk</div>")
	for _, msg := range g.Messages {
		b.WriteString("<div class=post><div class=avatar>b</div><div class=body><div class=name>briefbot<span>APP 9:00 AM</span></div>")
		for _, bl := range msg {
			b.WriteString(drawBlock(bl))
		}
		b.WriteString("</div></div>")
	}
	return b.String(), nil
}

func drawBlock(bl block) string {
	switch bl.Type {
	case "header":
		return "<h3>" + html.EscapeString(bl.Text.Text) + "</h3>"
	case "divider":
		return "<hr>"
	case "section":
		s := "<div class=sec><div>" + mrkdwn(bl.Text.Text) + "</div>"
		if bl.Accessory != nil {
			s += "<div class=btn>" + html.EscapeString(bl.Accessory.Text.Text) + "</div>"
		}
		return s + "</div>"
	case "context":
		var parts []string
		for _, e := range bl.Elements {
			var t string // a context element's text is a string
			if json.Unmarshal(e.Text, &t) == nil {
				parts = append(parts, mrkdwn(t))
			}
		}
		return "<div class=ctx>" + strings.Join(parts, " ") + "</div>"
	case "actions":
		s := "<div class=acts>"
		for _, e := range bl.Elements {
			var t textObj
			if json.Unmarshal(e.Text, &t) == nil {
				s += "<div class=btn>" + html.EscapeString(t.Text) + "</div>"
			}
		}
		return s + "</div>"
	}
	return ""
}

var (
	linkRE = regexp.MustCompile(`&lt;(https?://[^|&]*)\|([^&]*)&gt;`)
	boldRE = regexp.MustCompile(`(^|[\s(])\*([^*\n]+)\*`)
	italRE = regexp.MustCompile(`(^|[\s(])_([^_\n]+)_`)
	codeRE = regexp.MustCompile("`([^`\n]+)`")
)

// mrkdwn turns Slack mrkdwn (already escaped &, <, >) into HTML.
func mrkdwn(s string) string {
	s = strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace(s) // only links hold a raw <
	s = linkRE.ReplaceAllString(s, `<a href="$1">$2</a>`)
	s = codeRE.ReplaceAllString(s, "<code>$1</code>")
	s = boldRE.ReplaceAllString(s, "$1<b>$2</b>")
	s = italRE.ReplaceAllString(s, "$1<i>$2</i>")
	return s
}
