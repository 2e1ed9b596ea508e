package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/ingest"
)

// item is one brief of a POST body, with the line it starts on.
type item struct {
	line int
	raw  json.RawMessage
}

// added and the other parts are the POST answer.
type (
	ref struct {
		ID  int64  `json:"id"`
		Ref string `json:"ref"` // the client's id when it gave one, else the brief id
	}
	itemError struct {
		Line  int    `json:"line"`
		Error string `json:"error"`
	}
	postResult struct {
		Added      []ref       `json:"added"`
		Duplicates []ref       `json:"duplicates"`
		Errors     []itemError `json:"errors"`
	}
)

func (s *Server) postBriefs(w http.ResponseWriter, r *http.Request) {
	limit := s.MaxBody
	if limit <= 0 {
		limit = DefaultMaxBody
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("body is over the %d-byte limit; send fewer briefs per request", limit))
		return
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, "read body: "+err.Error())
		return
	}
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var items []item
	if mt == "application/x-ndjson" || mt == "application/jsonl" || mt == "application/x-jsonlines" {
		items, err = splitNDJSON(body)
	} else {
		items, err = splitJSON(body)
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	res, err := s.store(r, items)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	status := http.StatusOK
	if len(res.Added) > 0 {
		status = http.StatusCreated
	}
	writeJSON(w, status, res)
}

// store turns items into briefs and adds the new ones: a client id already
// stored (or given twice) is a duplicate, as is a text already stored.
func (s *Server) store(r *http.Request, items []item) (postResult, error) {
	res := postResult{Added: []ref{}, Duplicates: []ref{}, Errors: []itemError{}}
	maxBrief := s.MaxBrief
	if maxBrief <= 0 {
		maxBrief = DefaultMaxBrief
	}
	opts := ingest.Options{MaxBytes: maxBrief, Now: s.Now()}
	var fresh []*briefs.Brief
	ids := map[string]bool{}
	for _, it := range items {
		b, err := ingest.FromJSON(it.raw, opts)
		if err != nil {
			s.reject("invalid")
			res.Errors = append(res.Errors, itemError{Line: it.line, Error: err.Error()})
			continue
		}
		b.Via = briefs.ViaAPI
		if b.ExternalID != "" {
			if ids[b.ExternalID] {
				s.reject("duplicate")
				res.Duplicates = append(res.Duplicates, ref{Ref: b.ExternalID})
				continue
			}
			ids[b.ExternalID] = true
			old, err := s.Store.BriefByExternalID(r.Context(), b.ExternalID)
			if err == nil {
				s.reject("duplicate")
				res.Duplicates = append(res.Duplicates, ref{ID: old.ID, Ref: b.ExternalID})
				continue
			}
			if !errors.Is(err, briefs.ErrNotFound) {
				return res, err
			}
		}
		fresh = append(fresh, &b)
	}
	if len(fresh) == 0 {
		return res, nil
	}
	added, err := s.Add(r.Context(), fresh)
	if err != nil {
		return res, err
	}
	for i, a := range added {
		rf := ref{ID: a.ID, Ref: refOf(*fresh[i])}
		if a.Created {
			res.Added = append(res.Added, rf)
		} else {
			res.Duplicates = append(res.Duplicates, rf)
		}
	}
	return res, nil
}

// refOf is how a client names a brief: its own id, else the brief id.
func refOf(b briefs.Brief) string {
	if b.ExternalID != "" {
		return b.ExternalID
	}
	return fmt.Sprint(b.ID)
}

// splitNDJSON splits a body into its non-blank lines, each of which must
// be well-formed JSON.
func splitNDJSON(body []byte) ([]item, error) {
	var items []item
	for n, line := range bytes.Split(body, []byte("\n")) {
		line = bytes.TrimSpace(bytes.TrimPrefix(line, []byte("\ufeff")))
		if len(line) == 0 {
			continue
		}
		if !json.Valid(line) {
			var v any
			err := json.Unmarshal(line, &v)
			return nil, fmt.Errorf("line %d: malformed JSON: %v", n+1, err)
		}
		items = append(items, item{line: n + 1, raw: line})
	}
	if len(items) == 0 {
		return nil, errors.New("empty body: send a JSON object, a JSON array or NDJSON lines")
	}
	return items, nil
}

// splitJSON reads a body holding one JSON object or an array of them.
func splitJSON(body []byte) ([]item, error) {
	body = bytes.TrimPrefix(body, []byte("\ufeff"))
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return nil, errors.New("empty body: send a JSON object, a JSON array or NDJSON lines")
	}
	if !json.Valid(body) {
		return nil, malformed(body)
	}
	if trimmed[0] != '[' {
		return []item{{line: lineAt(body, int64(bytes.IndexByte(body, trimmed[0]))), raw: trimmed}}, nil
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.Token() // [
	var items []item
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, malformed(body)
		}
		start := dec.InputOffset() - int64(len(raw))
		items = append(items, item{line: lineAt(body, start), raw: raw})
	}
	if len(items) == 0 {
		return nil, errors.New("empty array: no briefs")
	}
	return items, nil
}

// malformed names the line of a JSON syntax error in body.
func malformed(body []byte) error {
	var v any
	err := json.Unmarshal(body, &v)
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("line %d: malformed JSON: %v (for one brief per line, send Content-Type: application/x-ndjson)", lineAt(body, se.Offset-1), err)
	}
	return fmt.Errorf("malformed JSON: %v", err)
}

// lineAt is the 1-based line of byte offset off in body.
func lineAt(body []byte, off int64) int {
	off = max(0, min(off, int64(len(body))))
	return bytes.Count(body[:off], []byte("\n")) + 1
}
