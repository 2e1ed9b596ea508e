package summary

import (
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/sentences"
)

// defaultSentences is the summary length when Options.Sentences is 0.
const defaultSentences = 2

// Options is the summary budget.
type Options struct {
	// Sentences is how many sentences to pick; 0 means the default of 2.
	Sentences int
	// MaxChars caps the summary's length in characters (runes); 0 is no cap.
	// Under a cap, sentences are taken best first while they fit; if even
	// the best does not fit alone, it is cut at a word boundary with "…".
	MaxChars int
	// Skip is the rune offset where the story starts, after a dateline
	// (reading.Reading.StoryStart in briefs/analysis); 0 means none.
	Skip int
	// StoryStart, when Skip is 0, gives that offset for each text: paths
	// that summarise many texts (RunJSONL, Eval) set it to
	// reading.StoryStart. nil: no dateline is skipped.
	StoryStart func(text string) int
	// Split, when not nil, is the sentences of the whole text as
	// sentences.Split gives them (reading.Reading.Sentences): the story's
	// sentences are taken from it instead of splitting the text again.
	// Like Skip, it belongs to one text: set it per call.
	Split []sentences.Sentence
}

// skip is where text's story starts under opts.
func (opts Options) skip(text string) int {
	if opts.Skip == 0 && opts.StoryStart != nil {
		return opts.StoryStart(text)
	}
	return opts.Skip
}

// Summarize returns the summary text: the chosen sentences in document
// order, joined by a space.
func Summarize(text string, opts Options) string {
	sents, idx := summarySentences(text, opts)
	return joinCapped(sents, idx, opts.MaxChars)
}

// summarySentences splits the story (after Skip, without boilerplate;
// taken from Split when it is set) and returns its sentences and the
// indexes chosen within the budget. Only briefs.AnalysedText(text) is
// read, so a huge text costs a bounded time.
func summarySentences(text string, opts Options) ([]sentences.Sentence, []int) {
	text = briefs.AnalysedText(text)
	sents, dateline := opts.story(text)
	return sents, selectBudget(sents, opts.Sentences, opts.MaxChars, defaultParams.forStory(sents, dateline))
}

// joinCapped joins the chosen sentences with spaces, keeping only those
// (in document order) that fit in maxChars runes; if not even the first
// fits, it is cut at a word boundary and ends with "…".
func joinCapped(sents []sentences.Sentence, idx []int, maxChars int) string {
	return joinParts(cappedParts(sents, idx, maxChars))
}

func joinParts(parts []string) string { return strings.Join(parts, " ") }

// cappedParts is the list of sentence texts joinCapped joins.
func cappedParts(sents []sentences.Sentence, idx []int, maxChars int) []string {
	parts := make([]string, 0, len(idx))
	n := 0
	for _, j := range idx {
		t := sents[j].Text
		l := utf8.RuneCountInString(t)
		if n > 0 {
			l++
		}
		if maxChars > 0 && n+l > maxChars {
			if n == 0 {
				parts = append(parts, cutWords(t, maxChars))
			}
			break
		}
		parts = append(parts, t)
		n += l
	}
	return parts
}

// cutWords shortens t to at most limit runes, at a word boundary, adding "…".
func cutWords(t string, limit int) string {
	r := []rune(t)
	if len(r) <= limit {
		return t
	}
	if limit <= 1 {
		return string(r[:limit])
	}
	cut := limit - 1
	for i := cut; i > limit/2; i-- {
		if r[i] == ' ' {
			cut = i
			break
		}
	}
	return strings.TrimRight(string(r[:cut]), " ,;:") + "…"
}
