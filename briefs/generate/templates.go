package generate

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefs/ingest"
	"github.com/briefbot/briefbot/briefs/samples"
)

// maxLine bounds one JSON line of a template file.
const maxLine = 4 << 20

// Samples returns the sample briefs shipped in the binary, as read by
// `briefbot demo`.
func Samples() ([]Template, error) {
	now, err := time.Parse(time.RFC3339, samples.Now)
	if err != nil {
		return nil, fmt.Errorf("samples: %w", err)
	}
	names, err := fs.Glob(samples.FS, "briefs/*.txt")
	if err != nil {
		return nil, fmt.Errorf("samples: %w", err)
	}
	var ts []Template
	for _, name := range names {
		data, err := samples.FS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("samples: %w", err)
		}
		for _, it := range ingest.Parse(name, data, ingest.Options{Now: now}) {
			if it.Err != nil {
				return nil, fmt.Errorf("sample %s: %w", name, it.Err)
			}
			b := it.Brief
			ts = append(ts, Template{ID: name, Title: b.Title, Text: b.Body, Source: b.Source, Published: b.Published})
		}
	}
	return ts, nil
}

// Load reads templates from JSONL files (one {"id","title","text",
// "source","published"} object a line, as the dev sets under ../shared/eval
// are) and from folders, whose *.jsonl files are read in name order.
func Load(paths ...string) ([]Template, error) {
	var ts []Template
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("templates: %w", err)
		}
		files := []string{p}
		if info.IsDir() {
			if files, err = filepath.Glob(filepath.Join(p, "*.jsonl")); err != nil {
				return nil, fmt.Errorf("templates: %w", err)
			}
			if len(files) == 0 {
				return nil, fmt.Errorf("templates: no .jsonl files in %s", p)
			}
		}
		for _, f := range files {
			more, err := loadFile(f)
			if err != nil {
				return nil, fmt.Errorf("templates: %w", err)
			}
			ts = append(ts, more...)
		}
	}
	return ts, nil
}

// loadFile reads the templates of one JSONL file; a line without text is
// an error naming the file and line.
func loadFile(path string) ([]Template, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	var ts []Template
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		t, err := parseTemplate(sc.Bytes())
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		ts = append(ts, t)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ts, nil
}

func parseTemplate(data []byte) (Template, error) {
	var d struct {
		ID, Title, Text, Source string
		Published               *string
	}
	if err := json.Unmarshal(data, &d); err != nil {
		return Template{}, err
	}
	if strings.TrimSpace(d.Text) == "" {
		return Template{}, errors.New(`no "text"`)
	}
	t := Template{ID: d.ID, Title: d.Title, Text: d.Text, Source: d.Source}
	if d.Published != nil && *d.Published != "" {
		var err error
		if t.Published, err = parsePublished(*d.Published); err != nil {
			return Template{}, err
		}
	}
	return t, nil
}

func parsePublished(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("published %q: want RFC 3339 or YYYY-MM-DD", s)
}
