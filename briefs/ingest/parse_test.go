package ingest

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseBadInput(t *testing.T) {
	big := bytes.Repeat([]byte("word "), 3_355_444/5) // 3.2 MB
	tests := []struct {
		name string
		file string
		data []byte
		opts Options
		want string
	}{
		{"not UTF-8", "a.txt", append([]byte(strings.Repeat("x", 1234)), 0xff, 'y'), Options{}, "\"a.txt\": not valid UTF-8 at byte 1234"},
		{"not UTF-8 in HTML", "a.html", []byte("<p>caf\xe9</p>"), Options{}, "\"a.html\": not valid UTF-8 at byte 6"},
		{"too big", "a.md", big, Options{}, "\"a.md\": file is 3.4 MB, over the 1 MiB limit"},
		{"over a small limit", "a.txt", []byte("Hello world."), Options{MaxBytes: 10}, "\"a.txt\": file is 12 bytes, over the 10-byte limit"},
		{"over a KiB limit", "a.txt", bytes.Repeat([]byte("x"), 3000), Options{MaxBytes: 2048}, "\"a.txt\": file is 3.0 kB, over the 2 KiB limit"},
		{"just over a limit", "a.txt", bytes.Repeat([]byte("x"), 1<<20+1), Options{}, "\"a.txt\": file is 1048577 bytes, over the 1 MiB limit"},
		{"empty", "a.txt", nil, Options{}, "\"a.txt\": file is empty"},
		{"only white space", "a.md", []byte(" \n\t\n"), Options{}, "\"a.md\": file is empty"},
		{"only a BOM", "a.json", []byte("\ufeff"), Options{}, "\"a.json\": file is empty"},
		{"markdown with nothing left", "a.md", []byte("---\n\n<!-- x -->\n"), Options{}, "\"a.md\": no text"},
		{"unknown extension", "a.pdf", []byte("%PDF"), Options{}, `"a.pdf": unsupported file type ".pdf" (want .txt, .md, .markdown, .html, .htm, .json or .jsonl)`},
		{"no extension", "README", []byte("Hello"), Options{}, "\"README\": no file extension (want .txt, .md, .markdown, .html, .htm, .json or .jsonl)"},
		{"empty jsonl", "a.jsonl", []byte("\n\n"), Options{}, "\"a.jsonl\": file is empty"},
		{"long jsonl line", "a.jsonl", []byte(`{"text": "` + strings.Repeat("x", 50) + `"}`), Options{MaxBytes: 40}, "\"a.jsonl\": line 1: line is 62 bytes, over the 40-byte limit"},
		{"bad UTF-8 in a jsonl line", "a.jsonl", []byte("{\"text\": \"ok\"}\n{\"text\": \"\xc3\"}"), Options{}, "\"a.jsonl\": line 2: not valid UTF-8 at byte 10"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := Parse(tt.file, tt.data, tt.opts)
			var errs []string
			for _, it := range items {
				if it.Err != nil {
					errs = append(errs, it.Err.Error())
					var fe *FileError
					if !errors.As(it.Err, &fe) || fe.Path != tt.file || it.Path != tt.file {
						t.Errorf("error %v is not a *FileError for %s", it.Err, tt.file)
					}
				}
			}
			if len(errs) != 1 || errs[0] != tt.want {
				t.Errorf("errors = %q, want [%q]", errs, tt.want)
			}
		})
	}
}

func TestParseExtensions(t *testing.T) {
	for _, name := range []string{"a.txt", "a.TXT", "a.md", "a.markdown", "a.html", "a.htm", "a.json", "a.jsonl"} {
		data := "PARIS (AFP) - France said."
		switch formatOf(name) {
		case formatHTML:
			data = "<p>" + data + "</p>"
		case formatJSON, formatJSONL:
			data = `{"text": "` + data + `"}`
		}
		items := Parse(name, []byte(data), Options{})
		if len(items) != 1 || items[0].Err != nil || items[0].Brief.Dateline.Place != "Paris" {
			t.Errorf("Parse(%s) = %+v, want one brief from Paris", name, items)
		}
	}
}

func TestCheckUTF8(t *testing.T) {
	if err := checkUTF8([]byte("ok é ✓")); err != nil {
		t.Errorf("valid text: %v", err)
	}
	if err := checkUTF8([]byte("ab\xed\xa0\x80")); err == nil || err.Error() != "not valid UTF-8 at byte 2" {
		t.Errorf("surrogate: %v", err)
	}
}

func FuzzParse(f *testing.F) {
	seeds := map[string]string{
		"a.txt":   "Title\n\nNew Delhi, Dec 4 (IANS) Body.",
		"a.md":    "# T\n\n**b** [l](u) `c`",
		"a.html":  "<title>T</title><p>WASHINGTON (Reuters) - x</p><script>y</script>",
		"a.json":  `{"text":"x","published":"2025-01-02","k":1}`,
		"a.jsonl": "{\"text\":\"x\"}\n{bad\n",
	}
	for name, data := range seeds {
		f.Add(name, []byte(data))
	}
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		exts := []string{".txt", ".md", ".html", ".json", ".jsonl", ".bin"}
		name = "f" + exts[len(name)%len(exts)]
		items := Parse(name, data, Options{MaxBytes: 4096, Now: date("2026-01-01T00:00:00Z")})
		if len(items) == 0 {
			t.Fatal("no items: want a brief or an error")
		}
		for _, it := range items {
			if it.Err != nil {
				continue
			}
			b := it.Brief
			if b.Title == "" || b.Body == "" || len(b.Hash) != 64 || !utf8.ValidString(b.Body) {
				t.Fatalf("bad brief %+v", b)
			}
		}
	})
}
