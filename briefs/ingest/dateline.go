package ingest

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/briefbot/briefbot/briefs"
)

// ParseDateline reads a wire dateline at the start of text: "New Delhi,
// Dec 4 (IANS)", "BRUSSELS, March 2 -", "WASHINGTON (Reuters) -",
// "SAN FRANCISCO--(BUSINESS WIRE)--", "Kolkata:" and the like. ok is false
// when the text has none.
//
// rest is the rune offset where the story proper starts, past the dateline,
// its closing dash or colon and the white space after it.
//
// The place is title-cased when written in capitals ("ST. LOUIS, Mo." ->
// "St. Louis, Mo."); Source is the agency in brackets. A date without a
// year takes the year of the nearest such date on or before published plus
// one day (a dateline is a local date); when published is zero, the nearest
// on or before ingested, unless the text names a weekday ("on Thursday")
// on which the date falls in a year within one of ingested's, which is then
// preferred (but never a date more than a day after ingested: a story is
// not filed after it is read). When both times are zero and the text gives
// no year, Date is "".
func ParseDateline(text string, published, ingested time.Time) (d briefs.Dateline, rest int, ok bool) {
	var buf [maxDatelineRunes]rune // the prefix's runes, in the frame: []rune of it was a brief's largest allocation but two
	rs := buf[:0]
	for _, r := range prefix(text, maxDatelineRunes) {
		rs = append(rs, r)
	}
	raw, rest, ok := scanDateline(rs)
	if !ok {
		if raw, rest, ok = releaseLine(rs); !ok {
			if raw, rest, ok = cityLine(rs); !ok {
				return briefs.Dateline{}, 0, false
			}
		}
	}
	d.Place = normalisePlace(raw.segments)
	d.Source = raw.source
	if raw.hasDate {
		if y := inferYear(raw.date, text, published, ingested); y != 0 {
			d.Date = fmt.Sprintf("%04d-%02d-%02d", y, raw.date.month, raw.date.day)
		}
	}
	return d, rest, true
}

// maxHeadingLines is how many heading lines a release's place-and-date
// line may follow.
const maxHeadingLines = 6

// releaseLine reads a release's place and date under its heading lines:
// on a line of their own ("BANK OF NAMIBIA", "MEDIA RELEASE", then
// "Windhoek, 15 December 2025"), where rest is 0 and the heading stays the
// text's, or opening the story's first line ("Accra, 2 July 2024 - The
// Ministry of Health will host ..."), where rest is where the story starts;
// or a date alone on a heading line below the first ("April 24, 2025") and
// the place in capitals and a dash opening the story a few lines on
// ("WASHINGTON – Today, Secretary ... met ..."). Every line above must be
// short and end no sentence, and the date must be full.
func releaseLine(rs []rune) (raw rawDateline, rest int, ok bool) {
	offset, filled := 0, 0
	var dated monthDay // a heading line that is a full date alone: "April 24, 2025"
	lines := strings.Split(string(rs), "\n")
	for i, line := range lines {
		trimmed := []rune(strings.TrimSpace(line))
		if len(trimmed) > 0 {
			filled++
		}
		if filled > maxHeadingLines+1 {
			break
		}
		lead := len([]rune(line)) - len([]rune(strings.TrimLeft(line, " \t")))
		if i > 0 && len(trimmed) > 0 {
			raw, n, ok := scanDateline(trimmed)
			if ok && raw.hasDate && raw.date.year != 0 && raw.source == "" {
				if n == len(trimmed) && i < len(lines)-1 { // the last line may be cut short by the prefix
					return raw, 0, true
				}
				if n < len(trimmed) && storyStart(trimmed[n]) { // "Accra, 2 July 2024 - The Ministry ...", not "- the venue has changed"
					return raw, offset + lead + n, true
				}
			}
			if ok && !raw.hasDate && raw.source == "" && dated.year != 0 && allCaps(raw.segments[0]) && n < len(trimmed) && storyStart(trimmed[n]) && dashed(trimmed[:n]) {
				raw.date, raw.hasDate = dated, true
				return raw, offset + lead + n, true // "WASHINGTON – Today, Secretary ..." under a release's "April 24, 2025"
			}
			if md, ok := dateAlone(trimmed); ok {
				dated = md
			}
		}
		if i == len(lines)-1 || len(trimmed) > maxTitleLine || strings.HasSuffix(string(trimmed), ".") {
			break
		}
		offset += len([]rune(line)) + 1
	}
	return rawDateline{}, 0, false
}

// dashed reports a place closed by a dash, not a colon: "WASHINGTON – ",
// not a label's "FACT SHEET: " or "JOINT STATEMENT: ".
func dashed(head []rune) bool {
	h := string(head)
	return !strings.Contains(h, ":") && (strings.ContainsAny(h, "–—") || strings.Contains(h, " - ") || strings.Contains(h, "--"))
}

// dateAlone reads a line that is nothing but a full date: "April 24,
// 2025", "24 April 2025".
func dateAlone(line []rune) (monthDay, bool) {
	s := &scanner{r: line}
	md, ok := s.date()
	if !ok || md.year == 0 {
		return monthDay{}, false
	}
	s.skipSpace()
	return md, s.pos == len(line)
}

// prefix returns at most n runes from the start of s.
func prefix(s string, n int) string {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos]
		}
		i++
	}
	return s
}

// normalisePlace joins the segments of a place, title-casing those written
// in capitals. Later segments (states, countries) keep short capitals and
// abbreviations as written: "DC", "D.C.", "UK".
func normalisePlace(segments []string) string {
	out := make([]string, len(segments))
	for i, seg := range segments {
		out[i] = seg
		if !allCaps(seg) {
			continue
		}
		if i > 0 && (strings.Contains(seg, ".") || letterCount(seg) <= 3) {
			continue
		}
		out[i] = titleCase(seg)
	}
	return strings.Join(out, ", ")
}

// allCaps reports text in capitals: two letters or more, none lower case.
func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// titleCase turns "RIO DE JANEIRO" into "Rio de Janeiro" and
// "PORT-AU-PRINCE" into "Port-au-Prince".
func titleCase(s string) string {
	var b strings.Builder
	first := true
	word := []rune{}
	flush := func() {
		w := strings.ToLower(string(word))
		if !first && particles[w] {
			b.WriteString(w)
		} else if len(word) > 0 {
			rs := []rune(w)
			rs[0] = unicode.ToUpper(rs[0])
			b.WriteString(string(rs))
		}
		if len(word) > 0 {
			first = false
		}
		word = word[:0]
	}
	for _, r := range s {
		if unicode.IsLetter(r) {
			word = append(word, r)
			continue
		}
		flush()
		b.WriteRune(r)
	}
	flush()
	return b.String()
}

// cityLine reads a dateline that is a line of its own above a blank line, as
// Anadolu writes it: "ANKARA" or "VILNIUS, Lithuania", then the story. The
// city must be one word in capitals that no label or heading uses
// (notPlaceWords, bodySuffixes, headingSuffixes: not "UPDATE", "MINUTES"),
// and the story must follow as prose: a capitalised line of 100 characters
// or more.
func cityLine(rs []rune) (raw rawDateline, rest int, ok bool) {
	s := &scanner{r: rs}
	s.skipSpace()
	start := s.pos
	w, ok := s.word()
	if !ok || s.pos-start < 4 || strings.ToUpper(w) != w || !unicode.IsUpper([]rune(w)[0]) {
		return raw, 0, false
	}
	lw := strings.ToLower(strings.TrimRight(w, "."))
	if notPlace(w) || bodySuffixes[lw] || headingSuffixes[lw] {
		return raw, 0, false
	}
	raw.segments = []string{w}
	if s.peek(0) == ',' {
		s.pos++
		s.skipHSpace()
		country, ok := s.segment() // "VILNIUS, Lithuania"
		if !ok || notPlace(country) {
			return raw, 0, false
		}
		raw.segments = append(raw.segments, country)
	}
	s.skipHSpace()
	if s.peek(0) != '\n' {
		return raw, 0, false
	}
	s.pos++
	if !s.lineEnd() {
		return raw, 0, false // no blank line between the city and the story
	}
	s.skipSpace()
	end := s.pos
	for end < len(rs) && rs[end] != '\n' {
		end++
	}
	if end-s.pos < 100 || !unicode.IsUpper(s.peek(0)) {
		return raw, 0, false
	}
	return raw, s.pos, true
}
