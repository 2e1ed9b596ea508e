package telegram

import (
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata/")

// digestReply is a representative digest: 12 items with links, details,
// buttons, and text that must be escaped.
func digestReply() bot.Reply {
	var items []bot.Item
	for i := 1; i <= 12; i++ {
		it := bot.Item{
			Line: bot.Line{bot.B(fmt.Sprintf("Brief %d", i)), bot.Text(": India & Russia <b>talks</b> "),
				bot.Link("source", fmt.Sprintf("https://example.com/briefs/%d?a=1&b=2", i))},
			Details: []bot.Line{{bot.Text("New Delhi, Dec 4 · "), bot.M("22nd IRIGC-M&MTC meeting")}},
			Buttons: []bot.Button{{Label: "Full brief", Command: fmt.Sprintf("/brief %d", i)}},
		}
		if i == 3 {
			it.Line = append(it.Line, bot.Text(" <!channel> ping <@U123>"))
		}
		if i == 4 {
			it.Line = append(it.Line, bot.Span{Text: "x < y && y > z", Style: bot.Code}, bot.Link("bad link", "javascript:alert(1)"))
		}
		items = append(items, it)
	}
	return bot.Reply{
		Title: "Morning digest <b>Dec 4</b>",
		Sections: []bot.Section{
			{Heading: "Briefs & meetings", Text: bot.Line{bot.Text("12 new briefs since "), bot.I("yesterday")}, Items: items},
			{Heading: "More", Text: bot.Line{bot.M("3 more on the next page")}},
		},
		Buttons: []bot.Button{{Label: "Next page", Command: "/digest 2"}, {Label: "Too long", Command: "/" + strings.Repeat("x", 70)}},
	}
}

func TestRenderGolden(t *testing.T) {
	r := digestReply()
	msgs := RenderHTML(r)
	kb, err := json.MarshalIndent(keyboard(r), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(msgs, "\n----- message -----\n") + "\n----- keyboard -----\n" + string(kb) + "\n"
	path := filepath.Join("testdata", "digest.golden")
	if *updateGolden {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("rendered digest differs from %s (go test -update rewrites it):\n%s", path, got)
	}
	for _, m := range msgs {
		checkMessage(t, m)
		for _, raw := range []string{"<!channel>", "<@U123>", "<b>talks</b>", "javascript:"} {
			if strings.Contains(m, raw) {
				t.Errorf("message contains unescaped %q", raw)
			}
		}
	}
}

func TestRenderHTMLSplits(t *testing.T) {
	longLine := bot.Line{bot.B(strings.Repeat("bold & ", 500)), bot.Link(strings.Repeat("link <x> ", 400), "https://e.com/?q=1&r=2"), bot.Text(strings.Repeat("é😀", 900))}
	var many []bot.Item
	for i := 0; i < 400; i++ {
		many = append(many, bot.Item{Line: bot.Line{bot.B(fmt.Sprintf("item %03d", i)), bot.Text(" & more text here")}})
	}
	tests := []struct {
		name  string
		reply bot.Reply
		min   int // at least this many messages
	}{
		{"short", bot.Textf("Hi", "there"), 1},
		{"many lines", bot.Reply{Title: "List", Sections: []bot.Section{{Items: many}}}, 3},
		{"one huge line", bot.Reply{Title: "Huge", Sections: []bot.Section{{Text: longLine}}}, 2},
		{"empty", bot.Reply{}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			msgs := RenderHTML(tc.reply)
			if len(msgs) < tc.min {
				t.Fatalf("%d messages, want at least %d", len(msgs), tc.min)
			}
			var text strings.Builder
			for _, m := range msgs {
				checkMessage(t, m)
				text.WriteString(visible(m))
			}
			// Nothing lost or reordered: the visible text, ignoring the
			// newlines at the cuts, is the reply's text.
			want := strings.ReplaceAll(plainOf(tc.reply), "\n", "")
			if got := strings.ReplaceAll(text.String(), "\n", ""); got != want {
				t.Errorf("visible text differs from the plain text\n got %.200q\nwant %.200q", got, want)
			}
		})
	}
}

var tagRE = regexp.MustCompile(`<(/?)([a-z]+)[^>]*>`)

// checkMessage fails unless m fits Telegram's limit, its tags are balanced
// and properly nested, and every & starts a whole entity.
func checkMessage(t *testing.T, m string) {
	t.Helper()
	if n := textLen(visible(m)); n > MaxMessageLen || strings.TrimSpace(m) == "" {
		t.Errorf("message of %d characters", n)
	}
	var stack []string
	for _, g := range tagRE.FindAllStringSubmatch(m, -1) {
		if g[1] == "" {
			stack = append(stack, g[2])
			continue
		}
		if len(stack) == 0 || stack[len(stack)-1] != g[2] {
			t.Errorf("unbalanced </%s> in %.80q", g[2], m)
			return
		}
		stack = stack[:len(stack)-1]
	}
	if len(stack) > 0 {
		t.Errorf("unclosed tags %v", stack)
	}
	if strings.Count(tagRE.ReplaceAllString(m, ""), "<") > 0 {
		t.Errorf("raw < in %.80q", m)
	}
	for i := strings.IndexByte(m, '&'); i >= 0; i = nextAmp(m, i) {
		if !regexp.MustCompile(`^&(amp|lt|gt|quot|#39);`).MatchString(m[i:]) {
			t.Errorf("broken entity at %.20q", m[i:])
		}
	}
}

func nextAmp(s string, i int) int {
	j := strings.IndexByte(s[i+1:], '&')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

// visible is what Telegram shows for m: tags dropped, entities decoded.
func visible(m string) string { return html.UnescapeString(tagRE.ReplaceAllString(m, "")) }

// plainOf is the text of r as RenderHTML shows it, without markup.
func plainOf(r bot.Reply) string {
	var b strings.Builder
	b.WriteString(r.Title)
	for _, s := range r.Sections {
		b.WriteString(s.Heading + s.Text.String())
		for _, it := range s.Items {
			b.WriteString("• " + it.Line.String())
			for _, d := range it.Details {
				b.WriteString(d.String())
			}
		}
	}
	return b.String()
}
