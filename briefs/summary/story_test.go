package summary

import (
	"bufio"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/analysis/reading"
	"github.com/briefbot/briefbot/briefs/samples"
	"github.com/briefbot/briefbot/briefs/sentences"
)

// TestStoryOfSplitMatchesSplit checks that the story's sentences taken
// from the whole text's split (Options.Split, as analysis.Brief passes the
// reading's) are exactly those of splitting the story again: same texts,
// offsets and paragraphs, so the summary is the same.
func TestStoryOfSplitMatchesSplit(t *testing.T) {
	texts := []string{
		"LONDON, March 3 (Reuters) - Talks end. More talks follow.",
		"NEW DELHI, Dec 4 (IANS)\n\nThe council will meet.\n\nIt met last week.",
		"WASHINGTON, D.C. — The council met. Reporting by Jane Doe",
		"PARIS (AFP) -",
		"No dateline here.\n\nSecond paragraph.",
		"",
	}
	texts = append(texts, sampleTexts(t)...)
	for _, name := range []string{"summaries.dev.jsonl", "meetings.dev.jsonl", "dates.dev.jsonl"} {
		texts = append(texts, jsonlTexts(t, filepath.Join(evalDir(), name))...)
	}
	texts = append(texts, jsonlTexts(t, filepath.Join("testdata", "highlights.jsonl"))...)
	withDateline := 0
	for _, text := range texts {
		text = briefs.AnalysedText(text)
		skip := reading.StoryStart(text)
		if skip > 0 {
			withDateline++
		}
		split := sentences.Split(text)
		want, wantDL := storySentences(text, skip)
		got, gotDL := storyOfSplit(split, skip)
		if len(want) == 0 && len(got) == 0 {
			want, got = nil, nil
		}
		if !reflect.DeepEqual(got, want) || gotDL != wantDL {
			t.Errorf("story of %.60q (skip %d):\n got %+v\nwant %+v", text, skip, got, want)
		}
		if !reflect.DeepEqual(split, sentences.Split(text)) {
			t.Fatalf("storyOfSplit changed the split of %.60q", text)
		}
	}
	t.Logf("%d texts, %d with a dateline", len(texts), withDateline)
}

func evalDir() string {
	if dir := os.Getenv("BRIEFBOT_EVAL_DIR"); dir != "" {
		return dir
	}
	return filepath.Join("..", "..", "..", "shared", "eval")
}

func sampleTexts(t *testing.T) []string {
	names, _ := fs.Glob(samples.FS, "briefs/*.txt")
	var out []string
	for _, name := range names {
		data, err := fs.ReadFile(samples.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(data))
	}
	return out
}

// jsonlTexts reads the "text" of each line of a JSON-lines file; none
// when the file is not there (the shared eval folder is optional).
func jsonlTexts(t *testing.T, path string) []string {
	f, err := os.Open(path)
	if err != nil {
		t.Logf("skipping %s: %v", path, err)
		return nil
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		var d struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, d.Text)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return out
}

func TestCutBefore(t *testing.T) {
	for _, c := range []struct {
		s     sentences.Sentence
		skip  int
		text  string
		start int
	}{
		{sentences.Sentence{Text: "PARIS, May 3 - Talks begin.", Start: 10, End: 37}, 25, "Talks begin.", 25},
		{sentences.Sentence{Text: "ZÜRICH — Die Gespräche", Start: 0, End: 22}, 7, "— Die Gespräche", 7},
		{sentences.Sentence{Text: "a\xffb  c", Start: 0, End: 6}, 3, "c", 5},
	} {
		got := cutBefore(c.s, c.skip)
		if got.Text != c.text || got.Start != c.start || got.End != c.s.End {
			t.Errorf("cutBefore(%q, %d) = %q at %d-%d, want %q at %d-%d", c.s.Text, c.skip, got.Text, got.Start, got.End, c.text, c.start, c.s.End)
		}
	}
}
