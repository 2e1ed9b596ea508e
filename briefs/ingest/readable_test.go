package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestReadablePages reads saved pages of the usual shapes: page furniture
// (menus, share bars, related links, cookie banners, sidebars) must not
// reach the text, and the story must open with its dateline.
func TestReadablePages(t *testing.T) {
	tests := []struct {
		file, place, title string
		opening            string
		absent             []string
	}{
		{
			file: "wire-divs.html", place: "Vienna", title: "OPEC+ ministers to meet in Vienna on Sunday",
			opening: "VIENNA, Nov 28 (Reuters) - Oil ministers",
			absent: []string{"cookies", "Home", "Share on", "Email", "Related stories", "Riyadh", "Most read",
				"Toronto", "newsletter", "All rights reserved", "Anna Keller"},
		},
		{
			file: "press-release.html", place: "Brussels", title: "Foreign Ministers to meet in Brussels",
			opening: "BRUSSELS, 1 December 2025 — The Minister",
			absent:  []string{"Skip to", "Ministry home", "Share this page", "LinkedIn", "See also", "Tokyo", "NATO", "Switchboard"},
		},
		{
			file: "news-article.html", place: "New Delhi", title: "India, Russia hold defence talks in New Delhi",
			opening: "New Delhi, Dec 4 (IANS) Defence Minister",
			absent: []string{"Since 1921", "Opinion", "Tweet", "WhatsApp", "Also read", "Quad", "More from India",
				"BRICS", "morning briefing", "Careers"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "in", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			items := Parse(tt.file, data, Options{Now: time.Date(2025, 12, 5, 0, 0, 0, 0, time.UTC)})
			if len(items) != 1 || items[0].Err != nil {
				t.Fatalf("Parse = %+v", items)
			}
			b := items[0].Brief
			if b.Title != tt.title {
				t.Errorf("title = %q, want %q", b.Title, tt.title)
			}
			if b.Dateline.Place != tt.place {
				t.Errorf("dateline place = %q, want %q", b.Dateline.Place, tt.place)
			}
			if !strings.HasPrefix(b.Body, tt.opening) {
				t.Errorf("body opens %.80q, want %q", b.Body, tt.opening)
			}
			for _, s := range tt.absent {
				if strings.Contains(b.Body, s) {
					t.Errorf("body contains page furniture %q:\n%s", s, b.Body)
				}
			}
		})
	}
}

func TestDropClutterKeepsStory(t *testing.T) {
	in := `<body><div class="cookie-banner">We use cookies</div><div role="navigation">Home</div>` +
		`<main><p><span class="dateline">Paris, May 2</span> Talks began.</p><div class="shared-story">Kept.</div><div class="share_bar">Share</div></main></body>`
	_, text, err := HTMLToText(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(text, "cookies") || strings.Contains(text, "Home") || strings.Contains(text, "Share") {
		t.Errorf("text = %q, want no banner or navigation", text)
	}
	if text != "Paris, May 2 Talks began.\n\nKept." {
		t.Errorf("text = %q, want the dateline and the shared story kept", text)
	}
}
