package ingest

import (
	"fmt"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// DefaultMaxBytes is the size limit of a file, or of one line of a .jsonl
// file, when Options.MaxBytes is 0.
const DefaultMaxBytes = 1 << 20

// Options tune ingestion.
type Options struct {
	MaxBytes int64 // per file, or per line of a .jsonl file; 0 = 1 MiB default
	// Now is the ingest time: IngestedAt, and the reference for a dateline's
	// year when a brief has no publication time. The caller's clock sets it.
	Now time.Time
	// Published is the publication time of documents that do not give their
	// own (a .txt file, a JSON record without "published"); zero = none.
	Published time.Time
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// published is a document's own publication time, else the default.
func (o Options) published(own time.Time) time.Time {
	if own.IsZero() {
		return o.Published
	}
	return own
}

// Item is one brief read from a file, or the error for one file or line.
type Item struct {
	Path  string
	Line  int // 1-based for .jsonl, else 0
	Brief briefs.Brief
	Err   error // a *FileError when set
}

// FileError is what is wrong with one file, or one line of a .jsonl file.
type FileError struct {
	Path string
	Line int // 1-based line of a .jsonl file; 0 for the whole file
	Err  error
}

// Error reads `"notes/a.jsonl": line 7: malformed JSON: unexpected end of
// input`. The name is quoted, so a file name holding a newline or control
// characters cannot forge a line of output.
func (e *FileError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%q: line %d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%q: %v", e.Path, e.Err)
}

// Unwrap returns the underlying error.
func (e *FileError) Unwrap() error { return e.Err }

func errItem(path string, line int, err error) Item {
	return Item{Path: path, Line: line, Err: &FileError{Path: path, Line: line, Err: err}}
}
