package slack

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// digestReply is a representative digest: 12 items with links, details,
// buttons, and text that must not format or mention anyone.
func digestReply() bot.Reply {
	r := bot.Reply{
		Title: "Daily brief — Thursday 4 December",
		Sections: []bot.Section{{
			Heading: "New briefs",
			Text:    bot.Line{bot.Text("12 briefs since yesterday. "), bot.M("Times are IST.")},
		}},
		Buttons: []bot.Button{{Label: "More", Command: "/digest more 2"}, {Label: "Upcoming meetings", Command: "/meetings upcoming"}},
	}
	hostile := []string{
		"<b>Bold claim</b> & counter-claim",
		"Alert <!channel> and <!here> about <@U123>",
		"Prices rose > 5% & fell < 2%",
	}
	for i := 1; i <= 12; i++ {
		title := fmt.Sprintf("India and Russia hold talks, round %d", i)
		if i <= len(hostile) {
			title = hostile[i-1]
		}
		it := bot.Item{
			Line: bot.Line{bot.B(fmt.Sprintf("#%d ", i)), bot.Link(title, fmt.Sprintf("https://example.com/briefs/%d?a=1&b=2", i))},
			Details: []bot.Line{
				{bot.M("New Delhi, Dec 4"), bot.Text(" · "), bot.I("Rajnath Singh, Andrei Belousov")},
				bot.Plain("Meeting: 22nd IRIGC-M&MTC, Manekshaw Centre <upcoming>"),
			},
			Buttons: []bot.Button{{Label: "Full brief", Command: fmt.Sprintf("/brief %d", i)}},
		}
		r.Sections[0].Items = append(r.Sections[0].Items, it)
	}
	r.Sections = append(r.Sections, bot.Section{Heading: "Meetings today", Items: []bot.Item{{
		Line:    bot.Line{{Text: "22nd ministerial meeting", Style: bot.Bold}, bot.Text(" "), {Text: "2025-12-04", Style: bot.Code}},
		Buttons: []bot.Button{{Label: "Brief", Command: "/brief 1"}, {Label: "Calendar", Command: "/meetings today"}},
	}}})
	return r
}

func TestRenderGolden(t *testing.T) {
	blocks, fallback := RenderBlocks(digestReply())
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(map[string]any{"messages": blocks, "fallback": fallback}); err != nil {
		t.Fatal(err)
	}
	got := buf.Bytes()
	path := filepath.Join("testdata", "digest.golden.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(bytes.TrimSpace(got), bytes.TrimSpace(want)) {
		t.Errorf("rendered digest differs from %s; run go test -update and review the diff\n%s", path, got)
	}
}

// TestRenderEscapes checks that no rendered text can mention or format.
func TestRenderEscapes(t *testing.T) {
	blocks, fallback := RenderBlocks(digestReply())
	raw, _ := json.Marshal(blocks)
	var all []map[string]any
	var msgs [][]map[string]any
	if err := json.Unmarshal(raw, &msgs); err != nil {
		t.Fatal(err)
	}
	for _, m := range msgs {
		all = append(all, m...)
	}
	text := blockTexts(all) + strings.Join(fallback, "\n")
	for _, bad := range []string{"<!channel>", "<!here>", "<@U123>", "<b>", "& counter"} {
		if strings.Contains(text, bad) {
			t.Errorf("rendered output contains %q unescaped", bad)
		}
	}
	for _, want := range []string{"&lt;!channel&gt;", "&lt;@U123&gt;", "&lt;b&gt;Bold claim&lt;/b&gt; &amp; counter-claim", "<https://example.com/briefs/1?a=1&amp;b=2|"} {
		if !strings.Contains(text, want) {
			t.Errorf("rendered output lacks %q", want)
		}
	}
}

func TestSpan(t *testing.T) {
	tests := []struct {
		name string
		in   bot.Span
		want string
	}{
		{"plain", bot.Text("a & b"), "a &amp; b"},
		{"bold keeps spaces outside", bot.B(" x "), " *x* "},
		{"italic", bot.I("x<y"), "_x&lt;y_"},
		{"muted is italic", bot.M("Dec 4"), "_Dec 4_"},
		{"code", bot.Span{Text: "a`b", Style: bot.Code}, "`a'b`"},
		{"link", bot.Link("read", "https://e.com/a?x=1&y=2"), "<https://e.com/a?x=1&amp;y=2|read>"},
		{"link pipe in text", bot.Link("a|b", "https://e.com"), "<https://e.com|a¦b>"},
		{"link with pipe in url", bot.Link("t", "https://e.com/a|b"), "<https://e.com/a%7Cb|t>"},
		{"mention url refused", bot.Link("x", "!channel"), "x"},
		{"javascript url refused", bot.Link("x", "javascript:alert(1)"), "x"},
		{"user url refused", bot.Link("x", "@U123"), "x"},
		{"bold link", bot.Span{Text: "t", URL: "https://e.com", Style: bot.Bold}, "*<https://e.com|t>*"},
		{"mailto not linked: only http(s) links go out", bot.Span{Text: "mail", URL: "mailto:a@b.org"}, "mail"},
		{"javascript span refused", bot.Span{Text: "y", URL: "javascript:alert(1)"}, "y"},
		{"spaces only", bot.B("  "), "  "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := span(tt.in); got != tt.want {
				t.Errorf("span(%+v) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestRenderLimits checks every message stays within Slack's limits and no
// content is lost when a reply is split.
func TestRenderLimits(t *testing.T) {
	long := strings.Repeat("word ", 1500) // 7500 characters
	many := bot.Reply{Title: strings.Repeat("T", 400), Sections: []bot.Section{{Heading: "Items", Text: bot.Plain(long)}}}
	for i := range 120 {
		many.Sections[0].Items = append(many.Sections[0].Items, bot.Item{
			Line:    bot.Plain(fmt.Sprintf("item-%03d", i)),
			Details: []bot.Line{bot.Plain("detail")},
			Buttons: []bot.Button{{Label: strings.Repeat("L", 100), Command: "/brief 1"}, {Label: "b", Command: "/brief 2"}},
		})
	}
	tests := []struct {
		name      string
		r         bot.Reply
		wantMsgs  int
		wantItems int
	}{
		{"empty", bot.Reply{}, 1, 0},
		{"one line", bot.Textf("Hi", "there"), 1, 0},
		{"digest", digestReply(), 1, 0},
		{"huge", many, 8, 120},
		{"one enormous paragraph", bot.Textf("Big", strings.Repeat("x ", 100000)), 0, 0},
		{"one enormous item", bot.Reply{Sections: []bot.Section{{Items: []bot.Item{{Line: bot.Plain(strings.Repeat("y ", 100000))}}}}}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, fallback := RenderBlocks(tt.r)
			if len(blocks) != len(fallback) {
				t.Fatalf("%d messages but %d fallbacks", len(blocks), len(fallback))
			}
			if tt.wantMsgs > 0 && len(blocks) != tt.wantMsgs {
				t.Errorf("%d messages, want %d", len(blocks), tt.wantMsgs)
			}
			items := 0
			for i, m := range blocks {
				if len(m) == 0 || len(m) > maxBlocks {
					t.Errorf("message %d has %d blocks", i, len(m))
				}
				if fallback[i] == "" {
					t.Errorf("message %d has no fallback text", i)
				}
				for _, b := range m {
					items += checkBlock(t, b)
				}
			}
			if items != tt.wantItems && tt.wantItems > 0 {
				t.Errorf("%d item lines rendered, want %d", items, tt.wantItems)
			}
		})
	}
}

// checkBlock fails on a block past Slack's limits and counts item lines.
func checkBlock(t *testing.T, b slack.Block) int {
	t.Helper()
	n := 0
	switch x := b.(type) {
	case *slack.HeaderBlock:
		if c := utf8.RuneCountInString(x.Text.Text); c > maxHeaderChars {
			t.Errorf("header of %d characters", c)
		}
	case *slack.SectionBlock:
		if c := utf8.RuneCountInString(x.Text.Text); c > maxSectionChars {
			t.Errorf("section of %d characters", c)
		}
		if strings.HasPrefix(x.Text.Text, "item-") {
			n++
		}
	case *slack.ContextBlock:
		for _, e := range x.ContextElements.Elements {
			if tb, ok := e.(*slack.TextBlockObject); ok && utf8.RuneCountInString(tb.Text) > maxSectionChars {
				t.Errorf("context of %d characters", utf8.RuneCountInString(tb.Text))
			}
		}
	case *slack.ActionBlock:
		if len(x.Elements.ElementSet) > maxActions {
			t.Errorf("actions block with %d elements", len(x.Elements.ElementSet))
		}
		for _, e := range x.Elements.ElementSet {
			if bt, ok := e.(*slack.ButtonBlockElement); ok && utf8.RuneCountInString(bt.Text.Text) > maxButtonChars {
				t.Errorf("button label of %d characters", utf8.RuneCountInString(bt.Text.Text))
			}
		}
	}
	return n
}

func TestSplitKeepsEverything(t *testing.T) {
	tests := []struct {
		name string
		in   string
		n    int
	}{
		{"short", "abc", 10},
		{"spaces", strings.Repeat("abc ", 100), 30},
		{"no spaces", strings.Repeat("x", 95), 10},
		{"lines", strings.Repeat("line one\n", 50), 40},
		{"entities", strings.Repeat("&amp;", 40), 13},
		{"runes", strings.Repeat("дели ", 40), 17},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := split(tt.in, tt.n)
			for _, p := range parts {
				if utf8.RuneCountInString(p) > tt.n {
					t.Errorf("part of %d runes > %d", utf8.RuneCountInString(p), tt.n)
				}
				if strings.Count(p, "&") != strings.Count(p, ";") {
					t.Errorf("part %q cuts an entity", p)
				}
			}
			strip := func(s string) string { return strings.Join(strings.Fields(s), "") }
			if got := strip(strings.Join(parts, "")); got != strip(tt.in) {
				t.Errorf("split lost text: got %q", got)
			}
		})
	}
}
