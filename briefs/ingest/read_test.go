package ingest

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	tests := []struct {
		name, label, in string
		opts            Options
		want            []string
	}{
		{
			name: "jsonl stream", label: "stdin.jsonl",
			in:   "{\"id\": 1, \"text\": \"PARIS (AFP) - One.\"}\n\n{\"id\": 2}\n{\"id\": 3, \"text\": \"Three.\"}\n",
			want: []string{"1 Paris One", `3 error: "stdin.jsonl": line 3: "text" is required`, "4 Three"},
		},
		{
			name: "jsonl longer than MaxBytes in all", label: "in.jsonl", opts: Options{MaxBytes: 30},
			in:   strings.Repeat("{\"text\": \"Short.\"}\n", 5),
			want: []string{"1 Short", "2 Short", "3 Short", "4 Short", "5 Short"},
		},
		{
			name: "text", label: "stdin.txt", in: "Title\n\nKolkata: The state said.",
			want: []string{"0 Kolkata Title"},
		},
		{
			name: "text over the limit", label: "stdin.txt", opts: Options{MaxBytes: 8}, in: "0123456789",
			want: []string{`0 error: "stdin.txt": input is over the 8-byte limit`},
		},
		{
			name: "unknown format", label: "-", in: "x",
			want: []string{`0 error: "-": no file extension (want .txt, .md, .markdown, .html, .htm, .json or .jsonl)`},
		},
		{
			name: "empty stream", label: "stdin.jsonl", in: "",
			want: []string{`0 error: "stdin.jsonl": file is empty`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			err := Read(context.Background(), tt.label, strings.NewReader(tt.in), tt.opts, func(it Item) error {
				row := string(rune('0' + it.Line))
				if it.Err != nil {
					row += " error: " + it.Err.Error()
				} else {
					row += " " + strings.TrimSpace(it.Brief.Dateline.Place+" "+it.Brief.Title)
				}
				got = append(got, row)
				return nil
			})
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestReadStops(t *testing.T) {
	stop := errors.New("enough")
	n := 0
	err := Read(context.Background(), "x.jsonl", strings.NewReader(strings.Repeat("{\"text\": \"a\"}\n", 10)), Options{}, func(Item) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 2 {
		t.Errorf("Read = %v after %d items, want %v after 2", err, n, stop)
	}
	var fe *FileError
	if errors.As(err, &fe) {
		t.Errorf("fn's error came back wrapped as a FileError: %v", err)
	}
}

type errReader struct{ after string }

func (r *errReader) Read(p []byte) (int, error) {
	if r.after != "" {
		n := copy(p, r.after)
		r.after = r.after[n:]
		return n, nil
	}
	return 0, errTest
}

func TestReadBrokenReader(t *testing.T) {
	var got []string
	err := Read(context.Background(), "x.jsonl", &errReader{after: "{\"text\": \"a\"}\n"}, Options{}, func(it Item) error {
		if it.Err != nil {
			got = append(got, it.Err.Error())
		}
		return nil
	})
	if err != nil || len(got) != 1 || got[0] != "\"x.jsonl\": line 2: cannot read: disk on fire" {
		t.Errorf("Read = %v, items %q", err, got)
	}
}
