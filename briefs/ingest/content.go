package ingest

import (
	"errors"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// FromContent builds a brief from text that did not come in a file: a feed
// item (isHTML: its description or content, read as a page is) or a chat
// message. It applies a file's checks — valid UTF-8, the size limit, some
// text — and, when title is "", derives the title as FromText does.
func FromContent(title, content string, isHTML bool, published time.Time, opts Options) (briefs.Brief, error) {
	if err := checkSize("text", int64(len(content)), opts.maxBytes()); err != nil {
		return briefs.Brief{}, err
	}
	if err := checkUTF8([]byte(content)); err != nil {
		return briefs.Brief{}, err
	}
	text := content
	if isHTML {
		var err error
		if _, text, err = HTMLToText(strings.NewReader(content)); err != nil {
			return briefs.Brief{}, err
		}
	}
	if blank(text) {
		return briefs.Brief{}, errors.New("no text")
	}
	return FromText(title, text, published, opts), nil
}

// FromJSON turns one JSON object in the ingest format (text required; id,
// title, source, url, published optional; other fields kept as metadata)
// into a brief, as one line of a .jsonl file is read.
func FromJSON(data []byte, opts Options) (briefs.Brief, error) {
	if err := checkSize("object", int64(len(data)), opts.maxBytes()); err != nil {
		return briefs.Brief{}, err
	}
	if err := checkUTF8(data); err != nil {
		return briefs.Brief{}, err
	}
	return parseJSONBrief(data, opts)
}
