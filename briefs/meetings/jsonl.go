package meetings

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// maxLine is the longest input line RunJSONL and Eval accept (4 MiB).
const maxLine = 4 << 20

// jsonlIn is one input line of `extract -jsonl`.
type jsonlIn struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Published string          `json:"published"`
}

// jsonlErr is the output line for a bad input line.
type jsonlErr struct {
	ID    string `json:"id,omitempty"`
	Error string `json:"error"`
}

// RunJSONL is `briefbot extract -jsonl`: input lines {"id","text","published"}
// -> output lines {"id","dateline","dates","meetings"}; bad lines reported as
// {"id":..,"error":"line N: ..."}; order kept. published is RFC 3339 or
// YYYY-MM-DD; a line without it is read as ingested at ingested. It returns
// the number of bad lines; err is an I/O error.
func RunJSONL(ctx context.Context, r io.Reader, w io.Writer, ingested time.Time) (bad int, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	line := 0
	for sc.Scan() {
		line++
		if err := ctx.Err(); err != nil {
			return bad, fmt.Errorf("meetings: extract jsonl: %w", err)
		}
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		res, id, perr := extractLine(sc.Bytes(), ingested)
		var out any = res
		if perr != nil {
			bad++
			out = jsonlErr{ID: id, Error: fmt.Sprintf("line %d: %v", line, perr)}
		}
		if err := enc.Encode(out); err != nil {
			return bad, fmt.Errorf("meetings: extract jsonl: write: %w", err)
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = fmt.Errorf("line %d longer than %d bytes: %w", line+1, maxLine, err)
		}
		_ = bw.Flush()
		return bad, fmt.Errorf("meetings: extract jsonl: read: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return bad, fmt.Errorf("meetings: extract jsonl: write: %w", err)
	}
	return bad, nil
}

// extractLine decodes and extracts one input line; id is what it could read.
func extractLine(b []byte, ingested time.Time) (Result, string, error) {
	var in jsonlIn
	if err := json.Unmarshal(b, &in); err != nil {
		return Result{}, "", fmt.Errorf("bad JSON: %w", err)
	}
	id := rawID(in.ID)
	if in.Text == nil {
		return Result{}, id, errors.New(`missing "text"`)
	}
	var pub time.Time
	if strings.TrimSpace(in.Published) != "" {
		var err error
		if pub, err = ParsePublished(in.Published); err != nil {
			return Result{}, id, err
		}
	}
	res, err := safeOfText(*in.Text, pub, ingested)
	if err != nil {
		return Result{}, id, err
	}
	res.ID = id
	return res, id, nil
}

// rawID renders a JSON id (string or number) as a string.
func rawID(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return strings.TrimSpace(string(raw))
}

// ParsePublished reads a publication time given as RFC 3339 or YYYY-MM-DD.
// The empty string is an error: dates cannot be resolved without it.
func ParsePublished(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, errors.New(`missing "published"`)
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("published %q: want RFC 3339 or YYYY-MM-DD", s)
}
