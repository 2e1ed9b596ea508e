package meetings

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

// TestCutTextDoesNotPanic runs the extractor on every word prefix and
// suffix of every sentence of the test sets: text cut off mid-clause ("The
// talks, which began on Monday,") is what rules reading a token or two
// ahead trip over, and a panic there used to stop an ingest.
func TestCutTextDoesNotPanic(t *testing.T) {
	files, err := filepath.Glob("testdata/*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("test sets: %v %v", files, err)
	}
	pub := time.Date(1987, 3, 11, 12, 0, 0, 0, time.UTC)
	dl := briefs.Dateline{Place: "Paris", Date: "1987-03-11"}
	tried := 0
	for _, f := range files {
		for _, text := range setTexts(t, f) {
			for _, sent := range strings.SplitAfter(text, ". ") {
				words := strings.Fields(sent)
				for i := 1; i <= len(words); i++ {
					for _, cut := range []string{strings.Join(words[:i], " "), strings.Join(words[len(words)-i:], " ")} {
						tried++
						func() {
							defer func() {
								if p := recover(); p != nil {
									t.Fatalf("%s: panic %v on %q", f, p, cut)
								}
							}()
							Extract(cut, pub, dl)
						}()
					}
				}
			}
		}
	}
	if tried < 1000 {
		t.Fatalf("only %d cut texts tried", tried)
	}
}

// setTexts returns the "text" of each line of a JSONL test set.
func setTexts(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		var d struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		texts = append(texts, d.Text)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return texts
}
