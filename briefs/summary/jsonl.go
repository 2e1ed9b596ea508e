package summary

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
)

// jsonlIn is one input line of RunJSONL.
type jsonlIn struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Sentences *int            `json:"sentences"`
}

// jsonlOut is one output line of RunJSONL.
type jsonlOut struct {
	ID        json.RawMessage `json:"id"`
	Summary   *string         `json:"summary,omitempty"`
	Sentences *[]string       `json:"sentences,omitempty"`
	Error     string          `json:"error,omitempty"`
}

// jsonlBatch is how many lines are read before they are summarised in
// parallel and written, in input order.
const jsonlBatch = 512

// RunJSONL is `briefbot summarize -jsonl`: it reads {"id","text"} lines
// (an optional per-line "sentences" overrides opts.Sentences) and writes
// {"id","summary","sentences":[...]} lines in input order, "sentences"
// being the chosen sentences in document order. A bad line is written as
// {"id":..,"error":"line N: ..."} and processing continues; blank lines
// are skipped. It uses every core and returns the count of bad lines; err
// is for reading, writing or a cancelled ctx. A sentence count given
// explicitly is honoured exactly, so the caller should set opts.MaxChars
// only when the user asked for a character cap (-chars), not from the
// configured default.
func RunJSONL(ctx context.Context, r io.Reader, w io.Writer, opts Options) (bad int, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 64<<20)
	bw := bufio.NewWriter(w)
	var lines [][]byte
	var nums []int
	lineNo := 0
	flush := func() error {
		outs := summariseBatch(lines, nums, opts)
		for _, o := range outs {
			if o.Error != "" {
				bad++
			}
			b, err := json.Marshal(o)
			if err != nil {
				return fmt.Errorf("summary: jsonl: encode line: %w", err)
			}
			bw.Write(b)
			if err := bw.WriteByte('\n'); err != nil {
				return fmt.Errorf("summary: jsonl: write: %w", err)
			}
		}
		lines, nums = lines[:0], nums[:0]
		return nil
	}
	for sc.Scan() {
		lineNo++
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		lines = append(lines, bytes.Clone(sc.Bytes()))
		nums = append(nums, lineNo)
		if len(lines) == jsonlBatch {
			if err := ctx.Err(); err != nil {
				return bad, fmt.Errorf("summary: jsonl: %w", err)
			}
			if err := flush(); err != nil {
				return bad, err
			}
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = fmt.Errorf("line %d longer than 64 MiB: %w", lineNo+1, err)
		}
		return bad, fmt.Errorf("summary: jsonl: read: %w", err)
	}
	if err := flush(); err != nil {
		return bad, err
	}
	if err := bw.Flush(); err != nil {
		return bad, fmt.Errorf("summary: jsonl: write: %w", err)
	}
	return bad, nil
}

// summariseBatch handles lines on all cores, keeping their order.
func summariseBatch(lines [][]byte, nums []int, opts Options) []jsonlOut {
	out := make([]jsonlOut, len(lines))
	workers := min(runtime.GOMAXPROCS(0), len(lines))
	var wg sync.WaitGroup
	for wk := 0; wk < workers; wk++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := wk; i < len(lines); i += workers {
				out[i] = summariseLine(lines[i], nums[i], opts)
			}
		}()
	}
	wg.Wait()
	return out
}

func summariseLine(line []byte, num int, opts Options) jsonlOut {
	var in jsonlIn
	if err := json.Unmarshal(line, &in); err != nil {
		return jsonlOut{ID: json.RawMessage("null"), Error: fmt.Sprintf("line %d: bad JSON: %v", num, err)}
	}
	id := in.ID
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	fail := func(msg string) jsonlOut { return jsonlOut{ID: id, Error: fmt.Sprintf("line %d: %s", num, msg)} }
	switch {
	case in.Text == nil:
		return fail(`no "text"`)
	case in.Sentences != nil && *in.Sentences < 1:
		return fail(fmt.Sprintf(`"sentences" must be at least 1, got %d`, *in.Sentences))
	}
	o := opts
	if in.Sentences != nil {
		o.Sentences = *in.Sentences
	}
	sents, idx := summarySentences(*in.Text, o)
	parts := cappedParts(sents, idx, o.MaxChars)
	summary := joinParts(parts)
	return jsonlOut{ID: id, Summary: &summary, Sentences: &parts}
}
