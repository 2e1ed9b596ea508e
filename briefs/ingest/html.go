package ingest

import (
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLToText extracts a page's title and text. It drops script, style,
// nav, header, footer, aside, noscript, template, svg, iframe and form
// content; block elements (p, div, h1-h6, li, blockquote, table rows, ...)
// become paragraphs separated by a blank line. The title is the <title>, or
// the first <h1> when there is no <title> or the <title> is the <h1> plus a
// site name; an <h1> used as the title is not repeated in text.
func HTMLToText(r io.Reader) (title, text string, err error) {
	doc, err := readHTML(r)
	if err != nil {
		return "", "", err
	}
	return doc.title, doc.text, nil
}

// htmlDoc is what a page yields.
type htmlDoc struct {
	title, text string
	published   time.Time
	url         string
}

func readHTML(r io.Reader) (htmlDoc, error) {
	root, err := html.Parse(r)
	if err != nil {
		return htmlDoc{}, fmt.Errorf("ingest: parse HTML: %w", err)
	}
	dropClutter(root)
	page := &htmlWalker{} // the head, the headline and, for a snippet, the text
	page.walk(root)
	page.endBlock()
	if page.h1 == "" {
		page.h1, page.h1Para = firstH1(root), -1 // an <h1> in a <header>
	}
	doc := htmlDoc{title: collapseSpaces(page.title), published: page.published, url: page.url}
	paras, h1Para := page.paras, page.h1Para
	if story := readableNode(root, page.url); story != nil {
		w := &htmlWalker{h1Para: -1}
		w.walk(story)
		w.endBlock()
		paras, h1Para = datelineFirst(w.paras, doc.published), -1
		if len(paras) > 0 && paras[0] == collapseSpaces(page.h1) {
			h1Para = 0
		}
	}
	h1 := collapseSpaces(page.h1)
	if h1 != "" && (doc.title == "" || strings.Contains(doc.title, h1)) {
		doc.title = h1
	}
	var kept []string
	for i, p := range paras {
		if i == h1Para && h1 != "" && p == h1 && doc.title == h1 {
			continue
		}
		kept = append(kept, p)
	}
	doc.text = strings.Join(kept, "\n\n")
	return doc, nil
}

// maxKickerRunes is the longest line above a dateline taken for a kicker
// ("Press release 412/2025 · 1 December 2025") rather than story.
const maxKickerRunes = 100

// datelineFirst drops the short lines (kickers, standfirst, release
// numbers) above a story's dateline among its first three paragraphs, so
// the dateline opens the text as it does on the wire.
func datelineFirst(paras []string, published time.Time) []string {
	for i, p := range paras[:min(3, len(paras))] {
		if _, _, ok := ParseDateline(p, published, time.Time{}); ok {
			return paras[i:]
		}
		if len([]rune(p)) > maxKickerRunes {
			break
		}
	}
	return paras
}

// htmlWalker collects paragraphs from a parsed page.
type htmlWalker struct {
	paras     []string
	cur       strings.Builder
	title     string
	h1        string
	h1Para    int
	bullet    bool // the paragraph being collected is a list item
	lastList  bool // the last paragraph was a list item
	published time.Time
	url       string
}

var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Nav: true, atom.Header: true, atom.Footer: true,
	atom.Aside: true, atom.Noscript: true, atom.Template: true, atom.Svg: true, atom.Iframe: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Object: true, atom.Canvas: true,
}

var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true, atom.Pre: true,
	atom.Section: true, atom.Article: true, atom.Main: true, atom.Tr: true, atom.Table: true,
	atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Figure: true,
	atom.Figcaption: true, atom.Address: true, atom.Hr: true, atom.Body: true, atom.Caption: true,
	atom.Details: true, atom.Summary: true,
}

func (w *htmlWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if w.element(n) {
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if n.Type == html.ElementNode && blocks[n.DataAtom] {
		w.endBlock()
		w.bullet = w.bullet && n.DataAtom != atom.Li // an empty item marks nothing after it
	}
}

// element handles an element's start; it reports whether its children are
// already dealt with.
func (w *htmlWalker) element(n *html.Node) bool {
	switch {
	case skipped[n.DataAtom]:
		return true
	case n.DataAtom == atom.Title:
		if w.title == "" {
			w.title = textOf(n)
		}
		return true
	case n.DataAtom == atom.Meta:
		w.meta(n)
		return true
	case n.DataAtom == atom.Link:
		if attr(n, "rel") == "canonical" && w.url == "" {
			w.url = strings.TrimSpace(attr(n, "href"))
		}
		return true
	case n.DataAtom == atom.Head:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				w.element(c)
			}
		}
		return true
	case n.DataAtom == atom.Br:
		w.cur.WriteString("\n")
		return true
	case blocks[n.DataAtom]:
		w.endBlock()
		if n.DataAtom == atom.H1 && w.h1 == "" {
			w.h1, w.h1Para = textOf(n), len(w.paras)
		}
		if n.DataAtom == atom.Li {
			w.bullet = true
		}
	}
	return false
}

// meta reads the publication time and canonical URL from <meta> tags.
func (w *htmlWalker) meta(n *html.Node) {
	key := attr(n, "property")
	if key == "" {
		key = attr(n, "name")
	}
	content := strings.TrimSpace(attr(n, "content"))
	switch strings.ToLower(key) {
	case "article:published_time", "datepublished", "date", "dc.date", "pubdate":
		if t, err := parseTime(content); err == nil && w.published.IsZero() {
			w.published = t
		}
	case "og:url":
		if w.url == "" {
			w.url = content
		}
	}
}

// endBlock closes the paragraph being collected.
func (w *htmlWalker) endBlock() {
	p := normaliseBody(w.cur.String())
	w.cur.Reset()
	if p == "" {
		return
	}
	if !w.bullet {
		w.paras = append(w.paras, p) // "<br><br>" leaves a paragraph break in p
		w.lastList = false
		return
	}
	p = "- " + strings.ReplaceAll(p, "\n\n", " ")
	w.bullet = false
	if n := len(w.paras); n > 0 && w.lastList {
		w.paras[n-1] += "\n" + p // items of a list stay on consecutive lines
		return
	}
	w.paras = append(w.paras, p)
	w.lastList = true

}

// firstH1 is the text of the first <h1> under n, or "".
func firstH1(n *html.Node) string {
	if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
		return textOf(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := firstH1(c); t != "" {
			return t
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf is the text inside n, skipping dropped elements.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && skipped[n.DataAtom] {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return collapseSpaces(b.String())
}
