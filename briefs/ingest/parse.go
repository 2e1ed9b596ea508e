package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefs"
)

// format is how a file's bytes become briefs.
type format int

const (
	formatUnknown format = iota
	formatText
	formatMarkdown
	formatHTML
	formatJSON
	formatJSONL
)

var formats = map[string]format{
	".txt": formatText, ".md": formatMarkdown, ".markdown": formatMarkdown, ".html": formatHTML,
	".htm": formatHTML, ".json": formatJSON, ".jsonl": formatJSONL,
}

func formatOf(name string) format {
	return formats[strings.ToLower(filepath.Ext(name))]
}

// errUnsupported names the extensions Parse knows.
func errUnsupported(name string) error {
	ext := filepath.Ext(name)
	if ext == "" {
		return errors.New("no file extension (want .txt, .md, .markdown, .html, .htm, .json or .jsonl)")
	}
	return fmt.Errorf("unsupported file type %q (want .txt, .md, .markdown, .html, .htm, .json or .jsonl)", ext)
}

// Parse parses one file's bytes; name's extension picks the format. It
// returns one Item per brief — one for a text, markdown, HTML or JSON
// file, one per non-blank line of a .jsonl file — or Items carrying the
// error (a *FileError) for the file or line. Item.Path is name.
func Parse(name string, data []byte, opts Options) []Item {
	f := formatOf(name)
	if f == formatUnknown {
		return []Item{errItem(name, 0, errUnsupported(name))}
	}
	if f == formatJSONL {
		return parseJSONL(name, data, opts)
	}
	if err := checkSize("file", int64(len(data)), opts.maxBytes()); err != nil {
		return []Item{errItem(name, 0, err)}
	}
	b, err := parseDoc(f, data, opts)
	if err != nil {
		return []Item{errItem(name, 0, err)}
	}
	return []Item{{Path: name, Brief: b}}
}

// parseJSONL parses every non-blank line of a .jsonl file.
func parseJSONL(name string, data []byte, opts Options) []Item {
	var items []Item
	for n, line := range bytes.SplitAfter(data, []byte("\n")) {
		if it, ok := parseLine(name, n+1, line, opts); ok {
			items = append(items, it)
		}
	}
	if len(items) == 0 {
		return []Item{errItem(name, 0, errors.New("file is empty"))}
	}
	return items
}

// parseLine parses one line of a .jsonl file; ok is false for a blank line.
func parseLine(name string, n int, line []byte, opts Options) (Item, bool) {
	if err := checkSize("line", int64(len(bytes.TrimRight(line, "\r\n"))), opts.maxBytes()); err != nil {
		return errItem(name, n, err), true
	}
	if err := checkUTF8(line); err != nil {
		return errItem(name, n, err), true
	}
	line = bytes.TrimSpace(bytes.TrimPrefix(line, []byte("\ufeff")))
	if len(line) == 0 {
		return Item{}, false
	}
	b, err := parseJSONBrief(line, opts)
	if err != nil {
		return errItem(name, n, err), true
	}
	return Item{Path: name, Line: n, Brief: b}, true
}

// parseDoc parses a whole-file format.
func parseDoc(f format, data []byte, opts Options) (b briefs.Brief, err error) {
	if err := checkUTF8(data); err != nil {
		return b, err
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if len(bytes.TrimSpace(data)) == 0 {
		return b, errors.New("file is empty")
	}
	switch f {
	case formatJSON:
		return parseJSONBrief(data, opts)
	case formatHTML:
		return parseHTMLBrief(data, opts)
	}
	title, body := splitTitle(string(data))
	if f == formatMarkdown {
		title, body = stripMarkdown(title), stripMarkdown(body)
	}
	if blank(body) {
		return b, errors.New("no text")
	}
	return FromText(title, body, opts.published(time.Time{}), opts), nil
}

// parseHTMLBrief reads a page: its title, text, publication time and
// canonical URL.
func parseHTMLBrief(data []byte, opts Options) (briefs.Brief, error) {
	doc, err := readHTML(bytes.NewReader(data))
	if err != nil {
		return briefs.Brief{}, err
	}
	if blank(doc.text) {
		return briefs.Brief{}, errors.New("no text in the page (after dropping scripts, styles and navigation)")
	}
	b := FromText(doc.title, doc.text, opts.published(doc.published), opts)
	b.URL = doc.url
	return b, nil
}

// checkUTF8 reports the first byte that is not valid UTF-8.
func checkUTF8(data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return fmt.Errorf("not valid UTF-8 at byte %d", i)
		}
		i += size
	}
	return nil
}

// checkSize reports a file or line over the limit: "file is 3.2 MB, over the 1 MiB
// limit".
func checkSize(what string, size, limit int64) error {
	if size <= limit {
		return nil
	}
	human := humanBytes(size)
	if size < limit+limit/10 {
		human = fmt.Sprintf("%d bytes", size) // "1.0 MB, over the 1 MiB limit" would puzzle
	}
	return fmt.Errorf("%s is %s, over the %s limit", what, human, humanLimit(limit))
}

// humanBytes writes a size in decimal units: "812 bytes", "3.2 MB".
func humanBytes(n int64) string {
	switch {
	case n >= 1e9:
		return fmt.Sprintf("%.1f GB", float64(n)/1e9)
	case n >= 1e6:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%.1f kB", float64(n)/1e3)
	}
	return fmt.Sprintf("%d bytes", n)
}

// humanLimit writes a limit in binary units when it is a whole number of
// them: "1 MiB", "64 KiB", else in bytes.
func humanLimit(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d-byte", n)
}
