package ingest

import (
	"bytes"
	"strings"
)

// Sniff guesses the format of an input that has no file name (standard
// input) from its first bytes, and returns the extension Read and Parse
// go by: ".jsonl" when the first line is a whole JSON object, ".json" for
// any other JSON, ".html" for markup, ".md" for a markdown heading or front
// matter, else ".txt".
func Sniff(head []byte) string {
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\ufeff")), " \t\r\n")
	first, _, _ := bytes.Cut(head, []byte("\n"))
	first = bytes.TrimSpace(first)
	switch {
	case len(head) == 0:
		return ".txt"
	case head[0] == '{' && len(first) > 1 && first[len(first)-1] == '}':
		return ".jsonl"
	case head[0] == '{' || head[0] == '[':
		return ".json"
	case head[0] == '<':
		return ".html"
	case head[0] == '#' || bytes.HasPrefix(head, []byte("---\n")) || bytes.HasPrefix(head, []byte("---\r\n")):
		return ".md"
	}
	return ".txt"
}

// Extension returns the extension for a format name given by a user
// ("jsonl", ".md", "markdown", "text"), and whether it is one ingest reads.
func Extension(format string) (string, bool) {
	f := strings.ToLower(strings.TrimPrefix(format, "."))
	if f == "text" {
		f = "txt"
	}
	ext := "." + f
	_, ok := formats[ext]
	return ext, ok
}
