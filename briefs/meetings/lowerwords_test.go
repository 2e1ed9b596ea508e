package meetings

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

var updateLowerWords = flag.Bool("update-lowerwords", false, "write data/lowerwords.txt again from the stories of ../shared/eval")

// Thresholds of data/lowerwords.txt: a word is kept when prose writes it
// in lower case at least minLower times inside sentences, and at least
// twice as often as capitalised there.
const (
	minLower    = 3
	lowerOverUp = 2
)

func TestLowerWordsFile(t *testing.T) {
	if *updateLowerWords {
		writeLowerWords(t)
	}
	for _, w := range []string{"traders", "persons", "women", "company", "members"} {
		if !proseLower[w] {
			t.Errorf("data/lowerwords.txt lacks %q, a word prose writes in lower case", w)
		}
	}
	for _, w := range []string{"japan", "opec", "ford", "treasury", "congress", "parliament", "reagan"} {
		if proseLower[w] {
			t.Errorf("data/lowerwords.txt holds %q, a name", w)
		}
	}
}

// writeLowerWords counts the words of the eval stories by case, skipping
// each sentence's first word, and writes those written in lower case.
func writeLowerWords(t *testing.T) {
	sentenceEnd := regexp.MustCompile(`[.!?"]\s+|\n+`)
	word := regexp.MustCompile(`\p{L}[\p{L}'-]*`)
	lower, upper := map[string]int{}, map[string]int{}
	for _, name := range []string{"summaries.dev.jsonl", "dates.dev.jsonl"} {
		f, err := os.Open(filepath.Join("..", "..", "..", "shared", "eval", name))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var story struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &story); err != nil {
				t.Fatal(err)
			}
			for _, s := range sentenceEnd.Split(story.Text, -1) {
				ws := word.FindAllString(s, -1)
				for _, w := range ws[min(1, len(ws)):] {
					switch r := rune(w[0]); {
					case unicode.IsLower(r):
						lower[strings.ToLower(w)]++
					case w != strings.ToUpper(w):
						upper[strings.ToLower(w)]++
					}
				}
			}
		}
		f.Close()
	}
	var keep []string
	for w, n := range lower {
		if len(w) >= 3 && n >= minLower && n >= lowerOverUp*upper[w] {
			keep = append(keep, w)
		}
	}
	slices.Sort(keep)
	out := fmt.Sprintf("# words English news prose writes in lower case inside a sentence (lowerwords_test.go writeLowerWords: at least %d times, %dx as often as capitalised)\n%s\n", minLower, lowerOverUp, strings.Join(keep, "\n"))
	if err := os.WriteFile(filepath.Join("data", "lowerwords.txt"), []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("data/lowerwords.txt: %d words", len(keep))
}

// TestCommonOpener: a lone word capitalised only as its sentence's first,
// which prose writes in lower case, names no party (parties.sentence); a
// name in that place still does.
func TestCommonOpener(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"traders", "NEW YORK, June 29 - The Federal Reserve held rates. Traders expect another cut at the Federal Reserve's meeting next month.", []string{"Federal Reserve"}},
		{"farmers", "PARIS, June 29 - Farmers will meet Agriculture Minister Annie Genevard on Friday.", []string{"Annie Genevard"}},
		{"a company opens the sentence", "DETROIT, June 29 - Ford will hold its annual meeting on July 9.", []string{"Ford"}},
		{"a country opens the sentence", "TOKYO, June 29 - Japan and Australia will hold talks on Friday.", []string{"Japan", "Australia"}},
	} {
		t.Run(c.name, func(t *testing.T) { checkLastParties(t, c.text, c.want) })
	}
}
