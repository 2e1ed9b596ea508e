package ingest

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestParseJSONErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"truncated", `{"text": "a`, "\"x.json\": malformed JSON: unexpected end of input"},
		{"bad character", `{"text": 'a'}`, "\"x.json\": malformed JSON at byte 9: invalid character '\\'' looking for beginning of value"},
		{"bad character on line 2", "{\n \"text\": x}", "\"x.json\": malformed JSON at line 2, column 10: invalid character 'x' looking for beginning of value"},
		{"missing text", `{"title": "T"}`, `"x.json": "text" is required`},
		{"empty text", `{"text": " \n "}`, `"x.json": "text" is required`},
		{"null text", `{"text": null}`, `"x.json": "text" is required`},
		{"text not a string", `{"text": 12}`, `"x.json": "text" must be a string, got a number`},
		{"title not a string", `{"text": "a", "title": ["x"]}`, `"x.json": "title" must be a string, got an array`},
		{"id an object", `{"text": "a", "id": {}}`, `"x.json": "id" must be a string or a number, got an object`},
		{"bad published", `{"text": "a", "published": "yesterday"}`, `"x.json": "published": cannot parse "yesterday" (want RFC 3339 or YYYY-MM-DD)`},
		{"published a number", `{"text": "a", "published": 1700000000}`, `"x.json": "published" must be a string, got a number`},
		{"array", `[{"text": "a"}]`, "\"x.json\": want one JSON object, got an array (put one brief per line in a .jsonl file)"},
		{"string", `"text"`, "\"x.json\": want a JSON object, got a string"},
		{"null", `null`, "\"x.json\": want a JSON object, got null"},
		{"trailing data", `{"text": "a"} {"text": "b"}`, "\"x.json\": malformed JSON at byte 14: invalid character '{' after top-level value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := Parse("x.json", []byte(tt.in), Options{})
			if len(items) != 1 || items[0].Err == nil {
				t.Fatalf("Parse = %+v, want one error", items)
			}
			if got := items[0].Err.Error(); got != tt.want {
				t.Errorf("error = %q\n         want %q", got, tt.want)
			}
			if items[0].Path != "x.json" {
				t.Errorf("Path = %q", items[0].Path)
			}
		})
	}
}

func TestParseJSONFields(t *testing.T) {
	in := `{"id": "ext-7", "title": " T ", "text": "PARIS (AFP) - France said.", "url": "https://e.example/a",
		"published": "2025-03-01T10:00:00+01:00", "source": null, "z": 1, "a": {"b": [1, 2]}}`
	items := Parse("x.JSON", []byte(in), Options{Now: date("2026-01-01T00:00:00Z")})
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("Parse = %+v", items)
	}
	b := items[0].Brief
	if b.ExternalID != "ext-7" || b.Title != "T" || b.URL != "https://e.example/a" || b.Source != "AFP" {
		t.Errorf("got ExternalID %q Title %q URL %q Source %q", b.ExternalID, b.Title, b.URL, b.Source)
	}
	if want := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC); !b.Published.Equal(want) {
		t.Errorf("Published = %v, want %v", b.Published, want)
	}
	if got, want := string(b.Meta), `{"a":{"b":[1,2]},"z":1}`; got != want {
		t.Errorf("Meta = %s, want %s", got, want)
	}
}

func TestParseTime(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-12-04T10:00:00Z", "2025-12-04T10:00:00Z"},
		{"2025-12-04T10:00:00.123+05:30", "2025-12-04T04:30:00.123Z"},
		{"2025-12-04", "2025-12-04T00:00:00Z"},
		{"2025-12-04 15:04:05", "2025-12-04T15:04:05Z"},
		{" 2025-12-04T15:04:05 ", "2025-12-04T15:04:05Z"},
	}
	for _, tt := range tests {
		got, err := parseTime(tt.in)
		if err != nil {
			t.Errorf("parseTime(%q): %v", tt.in, err)
			continue
		}
		if s := got.UTC().Format(time.RFC3339Nano); s != tt.want {
			t.Errorf("parseTime(%q) = %s, want %s", tt.in, s, tt.want)
		}
	}
	for _, bad := range []string{"", "yesterday", "12/04/2025", "2025-13-01", "2025-02-30"} {
		if _, err := parseTime(bad); err == nil || !strings.Contains(err.Error(), "want RFC 3339 or YYYY-MM-DD") {
			t.Errorf("parseTime(%q) err = %v, want a clear error", bad, err)
		}
	}
}

func TestParseJSONL(t *testing.T) {
	in := "{\"text\": \"One.\"}\n\n   \n{\"text\": \"Two.\"\n{\"title\": \"x\"}\r\n{\"text\": \"Three.\"}"
	items := Parse("b.jsonl", []byte(in), Options{})
	type row struct {
		line int
		err  string
		body string
	}
	want := []row{
		{1, "", "One."},
		{4, "\"b.jsonl\": line 4: malformed JSON: unexpected end of input", ""},
		{5, `"b.jsonl": line 5: "text" is required`, ""},
		{6, "", "Three."},
	}
	if len(items) != len(want) {
		t.Fatalf("got %d items, want %d: %+v", len(items), len(want), items)
	}
	for i, it := range items {
		got := row{line: it.Line, body: it.Brief.Body}
		if it.Err != nil {
			got.err = it.Err.Error()
		}
		if got != want[i] {
			t.Errorf("item %d = %+v, want %+v", i, got, want[i])
		}
	}
}

// TestPlainString: the fast path decodes exactly what json.Unmarshal does,
// and leaves escapes, invalid UTF-8 and non-strings to it.
func TestPlainString(t *testing.T) {
	for _, raw := range []string{`""`, `"plain"`, `"Zürich – 3 €"`, `"tab\there"`, `"quote \" in"`, `"\u00e9"`, "\"bad \xff utf8\"", `12`, `null`, `["a"]`} {
		s, ok := plainString([]byte(raw))
		var want string
		wantOK := json.Unmarshal([]byte(raw), &want) == nil && raw[0] == '"'
		plain := wantOK && !strings.Contains(raw, `\`) && utf8.ValidString(raw)
		if ok != plain || ok && s != want {
			t.Errorf("plainString(%s) = %q, %v; want %q, %v", raw, s, ok, want, plain)
		}
	}
}
