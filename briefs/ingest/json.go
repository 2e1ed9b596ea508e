package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefs"
)

// timeLayouts are the accepted forms of "published".
var timeLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02"}

// parseTime reads RFC 3339, YYYY-MM-DD or "2006-01-02 15:04:05" (UTC when
// no zone is given).
func parseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("cannot parse %q (want RFC 3339 or YYYY-MM-DD)", s)
}

// known are the fields of a JSON brief; others go to Brief.Meta.
var known = map[string]bool{"id": true, "title": true, "text": true, "source": true, "url": true, "published": true}

// jsonBrief is a decoded JSON brief before it becomes a briefs.Brief.
type jsonBrief struct {
	id, title, text, source, url string
	published                    time.Time
	meta                         json.RawMessage
}

// parseJSONBrief turns one JSON object into a brief.
func parseJSONBrief(data []byte, opts Options) (briefs.Brief, error) {
	jb, err := decodeJSONBrief(data)
	if err != nil {
		return briefs.Brief{}, err
	}
	b := FromText(jb.title, jb.text, opts.published(jb.published), opts)
	b.ExternalID = jb.id
	b.URL = jb.url
	if jb.source != "" {
		b.Source = jb.source
	}
	b.Meta = jb.meta
	return b, nil
}

func decodeJSONBrief(data []byte) (jsonBrief, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return jsonBrief{}, jsonError(data, err)
	}
	if fields == nil {
		return jsonBrief{}, errors.New("want a JSON object, got null")
	}
	var jb jsonBrief
	var err error
	str := func(key string) string {
		if err != nil {
			return ""
		}
		var s string
		s, err = stringField(fields, key)
		return s
	}
	jb.id, jb.title, jb.source, jb.url = idField(fields, &err), str("title"), str("source"), str("url")
	jb.text = str("text")
	published := str("published")
	if err != nil {
		return jsonBrief{}, err
	}
	if blank(jb.text) {
		return jsonBrief{}, errors.New(`"text" is required`)
	}
	if published != "" {
		if jb.published, err = parseTime(published); err != nil {
			return jsonBrief{}, fmt.Errorf(`"published": %w`, err)
		}
	}
	jb.meta, err = metaOf(fields)
	return jb, err
}

// stringField reads an optional string field; null counts as absent.
func stringField(fields map[string]json.RawMessage, key string) (string, error) {
	raw, ok := fields[key]
	if !ok || string(raw) == "null" {
		return "", nil
	}
	s, ok := plainString(raw)
	if !ok {
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("%q must be a string, got %s", key, jsonKind(raw))
		}
	}
	return strings.TrimSpace(s), nil
}

// plainString returns the JSON string raw (valid JSON) holds when it has
// no escapes and is valid UTF-8, as json.Unmarshal would decode it, without
// scanning it twice more; ok is false for anything else.
func plainString(raw []byte) (s string, ok bool) {
	if len(raw) < 2 || raw[0] != '"' || bytes.IndexByte(raw, '\\') >= 0 || !utf8.Valid(raw) {
		return "", false
	}
	return string(raw[1 : len(raw)-1]), true
}

// idField reads "id", a string or a number.
func idField(fields map[string]json.RawMessage, errp *error) string {
	raw, ok := fields["id"]
	if !ok || string(raw) == "null" || *errp != nil {
		return ""
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String()
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		*errp = fmt.Errorf(`"id" must be a string or a number, got %s`, jsonKind(raw))
	}
	return strings.TrimSpace(s)
}

// metaOf returns the unknown fields as a compact JSON object, nil when
// there are none.
func metaOf(fields map[string]json.RawMessage) (json.RawMessage, error) {
	extra := map[string]json.RawMessage{}
	for k, v := range fields {
		if !known[k] {
			extra[k] = v
		}
	}
	if len(extra) == 0 {
		return nil, nil
	}
	out, err := json.Marshal(extra) // sorted keys, compact values
	if err != nil {
		return nil, fmt.Errorf("ingest: encode extra fields: %w", err)
	}
	return out, nil
}

// jsonKind names the JSON type of a value for error messages.
func jsonKind(raw json.RawMessage) string {
	switch t := bytes.TrimSpace(raw); {
	case len(t) == 0:
		return "nothing"
	case t[0] == '{':
		return "an object"
	case t[0] == '[':
		return "an array"
	case t[0] == '"':
		return "a string"
	case t[0] == 't' || t[0] == 'f':
		return "a boolean"
	case t[0] == 'n':
		return "null"
	}
	return "a number"
}

// jsonError words a decoding error: "malformed JSON: unexpected end of
// input", "malformed JSON at line 2, column 5: invalid character ...", or
// "want a JSON object, got an array".
func jsonError(data []byte, err error) error {
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		kind := jsonKind(data)
		if kind == "an array" {
			return errors.New("want one JSON object, got an array (put one brief per line in a .jsonl file)")
		}
		return fmt.Errorf("want a JSON object, got %s", kind)
	}
	var syn *json.SyntaxError
	if !errors.As(err, &syn) {
		return fmt.Errorf("malformed JSON: %w", err)
	}
	msg := strings.TrimPrefix(syn.Error(), "json: ")
	if msg == "unexpected end of JSON input" {
		return errors.New("malformed JSON: unexpected end of input")
	}
	line, col := position(data, syn.Offset)
	if bytes.Count(data, []byte("\n")) == 0 {
		// Offset counts the bad byte itself; bytes are numbered from 0.
		return fmt.Errorf("malformed JSON at byte %d: %s", max(syn.Offset-1, 0), msg)
	}
	return fmt.Errorf("malformed JSON at line %d, column %d: %s", line, col, msg)
}

// position turns a byte offset into a 1-based line and column.
func position(data []byte, off int64) (line, col int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(off) - (bytes.LastIndexByte(before, '\n') + 1)
	return line, col
}
