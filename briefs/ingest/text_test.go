package ingest

import "testing"

func TestSplitTitle(t *testing.T) {
	tests := []struct {
		name, in    string
		title, body string
	}{
		{"stands alone", "Talks resume\n\nBody text here.", "Talks resume", "\nBody text here."},
		{"question headline", "Will talks resume?\n\nBody.", "Will talks resume?", "\nBody."},
		{"leading blank lines", "\n\n  Talks resume  \n\nBody.", "Talks resume", "\nBody."},
		{"crlf", "Talks resume\r\n\r\nBody.", "Talks resume", "\nBody."},
		{"ends with a period", "The talks resumed.\n\nBody.", "", "The talks resumed.\n\nBody."},
		{"no blank line after", "Talks resume\nBody.", "", "Talks resume\nBody."},
		{"only one line", "Talks resume", "", "Talks resume"},
		{"markdown heading", "## Talks resume ##\nBody.", "Talks resume", "Body."},
		{"setext heading", "Talks resume\n============\nBody.", "Talks resume", "Body."},
		{"setext with dashes", "Talks resume\n---\n\nBody.", "Talks resume", "\nBody."},
		{"heading alone", "# Talks resume\n", "", "# Talks resume\n"},
		{"hash without space", "#hashtag\n\nBody.", "#hashtag", "\nBody."},
		{"dateline alone", "WASHINGTON (Reuters) -\n\nThe Senate voted.", "", "WASHINGTON (Reuters) -\n\nThe Senate voted."},
		{"starts with a dateline", "WASHINGTON (Reuters) - The Senate voted\n\nMore.", "", "WASHINGTON (Reuters) - The Senate voted\n\nMore."},
		{"too long", "A very long first line that goes on and on about the talks and the ministers and the memorial and the agenda and the weather and more besides\n\nBody.", "", "A very long first line that goes on and on about the talks and the ministers and the memorial and the agenda and the weather and more besides\n\nBody."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title, body := splitTitle(tt.in)
			if title != tt.title || body != tt.body {
				t.Errorf("splitTitle(%q) = %q, %q; want %q, %q", tt.in, title, body, tt.title, tt.body)
			}
		})
	}
}

func TestStripMarkdown(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"heading", "### Agenda", "Agenda"},
		{"closed heading", "# Agenda #", "Agenda"},
		{"strong and emphasis", "**Bold**, __also__, *em* and _this_ one", "Bold, also, em and this one"},
		{"snake_case survives", "use max_bytes_limit here", "use max_bytes_limit here"},
		{"arithmetic survives", "2 * 3 * 4", "2 * 3 * 4"},
		{"link", "see [the statement](https://x.example/s?a=1) now", "see the statement now"},
		{"reference link", "see [the statement][1]\n[1]: https://x.example", "see the statement\n"},
		{"image", "![a chart](c.png)", "a chart"},
		{"inline code", "run `make test`", "run make test"},
		{"quote", "> quoted\n> more", "quoted\nmore"},
		{"rule", "one\n\n---\n\ntwo", "one\n\n\n\ntwo"},
		{"star list", "* one\n+ two\n- three", "- one\n- two\n- three"},
		{"fence", "```go\nx := 1\n```", "\nx := 1\n"},
		{"comment", "a<!-- hidden\nnote -->b", "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stripMarkdown(tt.in); got != tt.want {
				t.Errorf("stripMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
