package ingest

import (
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// clutterWords mark, as a hyphen- or underscore-separated part of an
// element's class or id ("share-bar", "cookie_banner", "breadcrumbs"), page furniture that is
// never part of a story: cookie banners, share bars, menus, related links.
var clutterWords = []string{
	"cookie", "consent", "gdpr", "share", "social", "related", "also-read", "see-also", "more-from",
	"most-read", "newsletter", "signup", "subscribe", "breadcrumb", "menu", "masthead", "promo",
	"advert", "ad", "skip-link", "tag", "footer", "sidebar", "popup", "modal",
}

// clutterRoles are ARIA landmark roles that hold no story text.
var clutterRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "dialog": true, "alertdialog": true,
}

// readableNode returns the element holding a page's story, as the
// readability algorithm (Mozilla's Readability, ported to Go) finds it
// after the page's furniture is removed; nil when root does not look like
// an article (a snippet, a short note), so the whole page is read instead.
func readableNode(root *html.Node, pageURL string) *html.Node {
	if !readability.CheckDocument(root) {
		return nil
	}
	u, err := url.Parse(pageURL)
	if err != nil || !u.IsAbs() {
		u = &url.URL{Scheme: "https", Host: "page.invalid", Path: "/"}
	}
	p := readability.NewParser()
	art, err := p.ParseDocument(root, u)
	if err != nil || art.Node == nil {
		return nil
	}
	return art.Node
}

// dropClutter removes furniture from the tree under n. It also hides a
// "dateline" class from readability, which would take the element for a
// byline and cut the dateline out of the story.
func dropClutter(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && isClutter(c) {
			n.RemoveChild(c)
		} else {
			dropClutter(c)
		}
		c = next
	}
	if n.Type == html.ElementNode {
		for i, a := range n.Attr {
			if (a.Key == "class" || a.Key == "id") && strings.Contains(strings.ToLower(a.Val), "dateline") {
				n.Attr[i].Val = strings.ReplaceAll(strings.ToLower(a.Val), "dateline", "place-date")
			}
		}
	}
}

// isClutter reports an element that is page furniture by its role, its
// hidden state or a word in its class or id. The story's own containers
// (body, main, article) are never clutter.
func isClutter(n *html.Node) bool {
	switch n.Data {
	case "html", "body", "main", "article":
		return false
	}
	if clutterRoles[strings.ToLower(attr(n, "role"))] || attr(n, "aria-hidden") == "true" {
		return true
	}
	for _, key := range []string{"class", "id"} {
		for _, tok := range strings.Fields(strings.ToLower(attr(n, key))) {
			tok = "-" + strings.ReplaceAll(tok, "_", "-") + "-"
			for _, w := range clutterWords {
				if strings.Contains(tok, "-"+w+"-") || strings.Contains(tok, "-"+w+"s-") {
					return true
				}
			}
		}
	}
	return false
}
