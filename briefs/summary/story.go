package summary

import (
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefs/sentences"
)

// story is the sentences of text's story under opts: from opts.Split when
// it is set, else split here.
func (opts Options) story(text string) ([]sentences.Sentence, bool) {
	if opts.Split != nil {
		return storyOfSplit(opts.Split, opts.skip(text))
	}
	return storySentences(text, opts.skip(text))
}

// storySentences splits the story that starts at rune offset skip (after
// its dateline) and drops boilerplate sentences. dateline reports whether
// the story had one.
func storySentences(text string, skip int) (sents []sentences.Sentence, dateline bool) {
	if skip > 0 {
		text = skipRunes(text, skip)
	}
	all := sentences.Split(text)
	out := all[:0]
	for _, s := range all {
		if s.Text == "" || isBoilerplate(s.Text) {
			continue
		}
		s.Start += skip
		s.End += skip
		out = append(out, s)
	}
	return out, skip > 0
}

// storyOfSplit is storySentences from split, the sentences of the whole
// text (Options.Split), without splitting again: the sentences before
// skip are dropped, the one skip falls in keeps its part from skip on, and
// paragraphs are counted from the story's first, as the split of the
// story alone counts them. split is not changed.
func storyOfSplit(split []sentences.Sentence, skip int) (sents []sentences.Sentence, dateline bool) {
	out := make([]sentences.Sentence, 0, len(split))
	para := -1 // paragraph of the story's first sentence
	for _, s := range split {
		if s.End <= skip {
			continue
		}
		if s.Start < skip {
			s = cutBefore(s, skip)
			if s.Text == "" {
				continue
			}
		}
		if para < 0 {
			para = s.Paragraph
		}
		s.Paragraph -= para
		if !isBoilerplate(s.Text) {
			out = append(out, s)
		}
	}
	return out, skip > 0
}

// cutBefore is s without its runes before rune offset skip of the text and
// the spaces after them.
func cutBefore(s sentences.Sentence, skip int) sentences.Sentence {
	if utf8.ValidString(s.Text) { // the runes encode back to the same bytes: cut in place
		i, start := 0, s.Start
		for start < skip && i < len(s.Text) {
			_, w := utf8.DecodeRuneInString(s.Text[i:])
			i += w
			start++
		}
		for i < len(s.Text) {
			r, w := utf8.DecodeRuneInString(s.Text[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += w
			start++
		}
		s.Text, s.Start = s.Text[i:], start
		return s
	}
	rs := []rune(s.Text)[skip-s.Start:]
	start := skip
	for len(rs) > 0 && unicode.IsSpace(rs[0]) {
		rs = rs[1:]
		start++
	}
	s.Text, s.Start = string(rs), start
	return s
}

// skipRunes returns text from rune offset n (all of it if n is out of range).
func skipRunes(text string, n int) string {
	for i := range text {
		if n == 0 {
			return text[i:]
		}
		n--
	}
	if n == 0 {
		return ""
	}
	return text
}
