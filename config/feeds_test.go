package config

import (
	"strings"
	"testing"
	"time"
)

func TestLoadFeeds(t *testing.T) {
	path := writeFile(t, "c.yaml", `
feeds:
  - url: https://example.org/world/rss.xml
    name: Example world desk
    every: 5m
    source: Example
    full_text: true
  - url: " https://example.org/atom.xml "
`)
	c, err := Load(path, env(nil))
	if err != nil {
		t.Fatal(err)
	}
	want := []Feed{
		{URL: "https://example.org/world/rss.xml", Name: "Example world desk", Every: 5 * time.Minute, Source: "Example", FullText: true},
		{URL: "https://example.org/atom.xml", Name: "https://example.org/atom.xml", Every: DefaultFeedEvery},
	}
	if len(c.Feeds) != len(want) {
		t.Fatalf("feeds = %+v", c.Feeds)
	}
	for i := range want {
		if c.Feeds[i] != want[i] {
			t.Errorf("feeds[%d] = %+v, want %+v", i, c.Feeds[i], want[i])
		}
	}
	if err := c.Validate(); err != nil {
		t.Errorf("Validate: %v", err)
	}
}

func TestValidateFeeds(t *testing.T) {
	tests := []struct {
		name  string
		feeds []Feed
		want  []string
	}{
		{"no url", []Feed{{Name: "a", Every: time.Hour}}, []string{"feeds[0].url: required"}},
		{"not http", []Feed{{URL: "ftp://x/y", Name: "a", Every: time.Hour}}, []string{`feeds[0].url: "ftp://x/y" is not an absolute http or https URL`}},
		{"too often", []Feed{{URL: "https://x/y", Name: "a", Every: 30 * time.Second}}, []string{"feeds[0].every: must be at least 1m0s, got 30s"}},
		{"same url", []Feed{{URL: "https://x/y", Name: "a", Every: time.Hour}, {URL: "https://x/y", Name: "b", Every: time.Hour}},
			[]string{`feeds[1].url: "https://x/y" is also the url of feeds[0]`}},
		{"same name", []Feed{{URL: "https://x/y", Name: "a", Every: time.Hour}, {URL: "https://x/z", Name: "a", Every: time.Hour}},
			[]string{`feeds[1].name: "a" is also the name of feeds[0]`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Default()
			c.Feeds = tt.feeds
			err := c.Validate()
			if err == nil {
				t.Fatal("Validate accepted the feeds")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}
