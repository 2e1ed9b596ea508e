package ingest

import (
	"strings"
	"testing"
)

func TestHTMLToText(t *testing.T) {
	tests := []struct {
		name, in    string
		title, text string
	}{
		{
			name:  "drops script style nav header footer",
			in:    `<html><head><title>T</title><style>.a{}</style></head><body><header>Site</header><nav>Menu</nav><script>evil()</script><p>One.</p><footer>(c)</footer></body></html>`,
			title: "T", text: "One.",
		},
		{
			name: "paragraphs and inline markup",
			in: `<body><p>First <b>bold</b> and <a href="x">linked</a>.</p><div>Second
			   line.</div></body>`,
			title: "", text: "First bold and linked.\n\nSecond line.",
		},
		{
			name:  "h1 is the title when there is no title element",
			in:    `<body><h1>Headline here</h1><p>Body.</p></body>`,
			title: "Headline here", text: "Body.",
		},
		{
			name:  "title with site name gives way to h1",
			in:    `<title>Headline | Daily News</title><h1>Headline</h1><p>Body.</p>`,
			title: "Headline", text: "Body.",
		},
		{
			name:  "different h1 stays in the text",
			in:    `<title>Page title</title><h1>Section</h1><p>Body.</p>`,
			title: "Page title", text: "Section\n\nBody.",
		},
		{
			name: "entities and no-break spaces",
			in:   `<p>Tom &amp; Jerry&nbsp;&nbsp;met &ldquo;here&rdquo;.</p>`,
			text: "Tom & Jerry met “here”.",
		},
		{
			name: "list items with nested paragraphs",
			in:   `<p>Agenda:</p><ul><li><p>Trade</p></li><li></li><li>Defence</li></ul><p>After.</p>`,
			text: "Agenda:\n\n- Trade\n- Defence\n\nAfter.",
		},
		{
			name: "double br splits paragraphs",
			in:   `<div>One<br>still one<br><br>Two</div>`,
			text: "One still one\n\nTwo",
		},
		{
			name: "no body text",
			in:   `<nav>only navigation</nav>`,
			text: "",
		},
		{
			name: "unclosed tags",
			in:   `<p>One<p>Two<div>Three`,
			text: "One\n\nTwo\n\nThree",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title, text, err := HTMLToText(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if title != tt.title {
				t.Errorf("title = %q, want %q", title, tt.title)
			}
			if text != tt.text {
				t.Errorf("text = %q, want %q", text, tt.text)
			}
		})
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errTest }

func TestHTMLToTextReadError(t *testing.T) {
	if _, _, err := HTMLToText(failingReader{}); err == nil || !strings.Contains(err.Error(), "disk on fire") {
		t.Errorf("err = %v, want the reader's error", err)
	}
}
