package config

import (
	"fmt"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Feed poll intervals.
const (
	DefaultFeedEvery = 15 * time.Minute
	MinFeedEvery     = time.Minute
)

// Feed is an RSS or Atom feed whose items become briefs.
type Feed struct {
	URL      string        `yaml:"url"`       // http(s) URL of the RSS, RDF or Atom document
	Name     string        `yaml:"name"`      // shown in logs and "briefbot feeds"; default: the URL
	Every    time.Duration `yaml:"every"`     // poll interval; default 15m, at least 1m
	Source   string        `yaml:"source"`    // the briefs' source label; default: the feed's title
	FullText bool          `yaml:"full_text"` // fetch each item's link and extract the article text
}

// DefaultFeed returns a feed with every defaulted field set; Load starts
// each feed from it.
func DefaultFeed() Feed { return Feed{Every: DefaultFeedEvery} }

// decodeFeeds re-decodes each feed on top of DefaultFeed, so absent keys
// get their defaults, and names each nameless feed after its URL.
func decodeFeeds(doc *yaml.Node, c *Config) error {
	seq := mappingValue(doc, "feeds")
	if seq == nil || seq.Kind != yaml.SequenceNode || len(seq.Content) == 0 {
		c.Feeds = nil // "feeds: []" means the same as absent
		return nil
	}
	c.Feeds = make([]Feed, len(seq.Content))
	for i, item := range seq.Content {
		f := DefaultFeed()
		if err := item.Decode(&f); err != nil {
			return fmt.Errorf("feeds[%d]: %w", i, err)
		}
		f.URL, f.Name = strings.TrimSpace(f.URL), strings.TrimSpace(f.Name)
		if f.Name == "" {
			f.Name = f.URL
		}
		c.Feeds[i] = f
	}
	return nil
}

func (c Config) validateFeeds(p *problems) {
	names, urls := map[string]int{}, map[string]int{}
	for i, f := range c.Feeds {
		field := fmt.Sprintf("feeds[%d]", i)
		if f.URL == "" {
			p.addf(field+".url", "required: the http(s) URL of an RSS or Atom feed")
		} else {
			checkURL(p, field+".url", f.URL, "http", "https")
		}
		if j, dup := urls[f.URL]; dup && f.URL != "" {
			p.addf(field+".url", "%q is also the url of feeds[%d]; each feed once", f.URL, j)
		} else {
			urls[f.URL] = i
		}
		if j, dup := names[f.Name]; dup && f.Name != "" {
			p.addf(field+".name", "%q is also the name of feeds[%d]; names must be unique", f.Name, j)
		} else {
			names[f.Name] = i
		}
		if f.Every < MinFeedEvery {
			p.addf(field+".every", "must be at least %s, got %s", MinFeedEvery, f.Every)
		}
	}
}
