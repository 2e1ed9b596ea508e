package ingest

import (
	"strings"
	"time"
	"unicode"

	"github.com/briefbot/briefbot/briefs"
)

// maxTitleRunes is about how long a derived title may be.
const maxTitleRunes = 80

// FromText builds a brief from a title (may be "") and body text. It
// normalises white space (paragraphs separated by one blank line), parses
// the dateline (which stays in Body), sets Source from it, fills Published
// from the dateline's date when published is zero, computes Hash and sets
// IngestedAt. When title is "", Title is derived from the first sentence
// of the story, cut to about 80 runes at a word boundary with "…".
func FromText(title, body string, published time.Time, opts Options) briefs.Brief {
	now := opts.Now
	b := briefs.Brief{
		Title:      collapseSpaces(title),
		Body:       normaliseBody(body),
		Published:  published,
		IngestedAt: now,
	}
	d, rest, ok := ParseDateline(b.Body, published, now)
	if ok {
		b.Dateline = d
		b.Source = d.Source
		if b.Published.IsZero() && d.Date != "" {
			if t, err := time.Parse("2006-01-02", d.Date); err == nil {
				b.Published = t
			}
		}
	}
	if b.Title == "" {
		story := b.Body
		if ok {
			story = string([]rune(b.Body)[rest:])
		}
		b.Title = fallbackTitle(story)
		if b.Title == "" {
			b.Title = fallbackTitle(b.Body)
		}
	}
	b.Hash = Hash(b.Body)
	return b
}

// fallbackTitle is the first sentence of text, cut to about 80 runes at a
// word boundary with "…", without its closing period.
func fallbackTitle(text string) string {
	if i := strings.Index(text, "\n"); i >= 0 {
		text = text[:i]
	}
	s := strings.TrimSpace(firstSentence(text))
	rs := []rune(s)
	if len(rs) <= maxTitleRunes {
		if t := strings.TrimSuffix(s, "."); t != "" {
			return t
		}
		return s
	}
	cut := maxTitleRunes
	for cut > maxTitleRunes/2 && !unicode.IsSpace(rs[cut]) {
		cut--
	}
	if cut == maxTitleRunes/2 {
		cut = maxTitleRunes
	}
	return strings.TrimRight(string(rs[:cut]), " ,;:-–—") + "…"
}

// firstSentence returns text up to the first full stop, question or
// exclamation mark that is followed by a space and a capital letter, and
// does not end a short abbreviation ("Mr.", "Dec.", "U.S.").
func firstSentence(text string) string {
	rs := []rune(text)
	for i := 0; i+2 < len(rs); i++ {
		c := rs[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		if rs[i+1] != ' ' || !(unicode.IsUpper(rs[i+2]) || unicode.IsDigit(rs[i+2]) || rs[i+2] == '"' || rs[i+2] == '“') {
			continue
		}
		if c == '.' && abbreviationBefore(rs, i) {
			continue
		}
		return string(rs[:i+1])
	}
	return text
}

// abbreviationBefore reports whether the word ending at the dot rs[dot] is
// an abbreviation: a capitalised word of up to three letters ("Mr", "Dec",
// "St") or one with inner dots ("U.S").
func abbreviationBefore(rs []rune, dot int) bool {
	start := dot
	for start > 0 && (unicode.IsLetter(rs[start-1]) || rs[start-1] == '.') {
		start--
	}
	w := string(rs[start:dot])
	if strings.Contains(w, ".") {
		return true
	}
	n := len([]rune(w))
	return n > 0 && n <= 3 && unicode.IsUpper([]rune(w)[0])
}
