package feeds

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/ingest"
)

// entry is a feed item read as a brief, with the key it is remembered by.
type entry struct {
	key   string // "guid:…", else "link:…", else "text:" and the body's hash
	brief briefs.Brief
}

// entries reads the items of doc, fetched from docURL, as briefs. Items
// with no text and no title are logged and left out; an item seen twice in
// one document is read once. Relative links resolve against the feed's
// site link when it is absolute (as feed readers do), else docURL.
func (p *Poller) entries(ctx context.Context, f Feed, doc *gofeed.Feed, docURL *url.URL, opts ingest.Options) []entry {
	base := docURL
	if site, err := url.Parse(strings.TrimSpace(doc.Link)); err == nil && site.IsAbs() {
		base = site
	}
	source := f.Source
	if source == "" {
		source = strings.TrimSpace(doc.Title)
	}
	var out []entry
	keys := map[string]bool{}
	for i, it := range doc.Items {
		e, err := itemEntry(it, base, opts)
		if err != nil {
			p.log().WarnContext(ctx, "feed item skipped", slog.String("feed", f.Name), slog.Int("item", i+1), slog.Any("err", err))
			continue
		}
		if keys[e.key] {
			continue
		}
		keys[e.key] = true
		e.brief.Source = source
		e.brief.Via = briefs.ViaFeedPrefix + f.Name
		out = append(out, e)
	}
	return out
}

// itemEntry reads one item: its content (or description, or title) as
// HTML, its link made absolute, its publication (or update) time.
func itemEntry(it *gofeed.Item, base *url.URL, opts ingest.Options) (entry, error) {
	content := it.Content
	if strings.TrimSpace(content) == "" {
		content = it.Description
	}
	if strings.TrimSpace(content) == "" {
		content = it.Title
	}
	var published time.Time
	if it.PublishedParsed != nil {
		published = *it.PublishedParsed
	} else if it.UpdatedParsed != nil {
		published = *it.UpdatedParsed
	}
	b, err := ingest.FromContent(plainTitle(it.Title), content, true, published, opts)
	if err != nil {
		return entry{}, fmt.Errorf("%.60q: %w", it.Title, err)
	}
	b.URL = absolute(base, it.Link)
	b.ExternalID = strings.TrimSpace(it.GUID)
	e := entry{brief: b}
	switch {
	case b.ExternalID != "":
		e.key = "guid:" + b.ExternalID
	case b.URL != "":
		e.key = "link:" + b.URL
	default:
		e.key = "text:" + b.Hash
	}
	return e, nil
}

// plainTitle drops markup from a title (Atom's type="html" titles).
func plainTitle(title string) string {
	if !strings.Contains(title, "<") {
		return strings.TrimSpace(title)
	}
	if _, text, err := ingest.HTMLToText(strings.NewReader(title)); err == nil {
		return text
	}
	return strings.TrimSpace(title)
}

// absolute resolves link against base; "" stays "".
func absolute(base *url.URL, link string) string {
	link = strings.TrimSpace(link)
	if link == "" || base == nil {
		return link
	}
	u, err := base.Parse(link)
	if err != nil {
		return link
	}
	return u.String()
}

// fullText replaces e's body with the text of the page its link points to;
// on failure the item's own text is kept and the reason logged.
func (p *Poller) fullText(ctx context.Context, f Feed, e *entry, opts ingest.Options) {
	if e.brief.URL == "" {
		return
	}
	resp, err := p.fetch(ctx, e.brief.URL, "", "", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
	if err == nil {
		items := ingest.Parse("page.html", resp.body, opts)
		if err = items[0].Err; err == nil {
			page := items[0].Brief
			b := ingest.FromText(e.brief.Title, page.Body, e.brief.Published, opts)
			b.URL, b.ExternalID, b.Source, b.Via = e.brief.URL, e.brief.ExternalID, e.brief.Source, e.brief.Via
			e.brief = b
			return
		}
	}
	p.log().WarnContext(ctx, "feed item: full text not fetched; keeping the item's text",
		slog.String("feed", f.Name), slog.String("url", e.brief.URL), slog.Any("err", err))
}
