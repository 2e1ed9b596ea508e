// Package sentences splits English news text into sentences, keeping each
// sentence's position in the text. The summariser and the meeting extractor
// share it, so a sentence means the same thing to both.
package sentences

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence and where it sits in the text.
type Sentence struct {
	Text       string // trimmed
	Start, End int    // rune offsets of Text in the original text
	Paragraph  int    // index of the paragraph (blank-line separated) it is in
}

// abbreviations end with a period but do not end a sentence (lower case, no dot).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true, "st": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cmdr": true, "adm": true, "maj": true,
	"gov": true, "sen": true, "rep": true, "rev": true, "hon": true, "pres": true, "amb": true, "supt": true,
	"co": true, "corp": true, "inc": true, "ltd": true, "bros": true, "dept": true, "univ": true, "assn": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"no": true, "nos": true, "vs": true, "etc": true, "approx": true, "est": true, "fig": true, "vol": true,
	"mt": true, "ft": true, "ave": true, "blvd": true, "rd": true, "pp": true, "ca": true, "cf": true, "al": true,
	"rs": true, "gens": true, "reps": true, "sens": true, "govt": true, "messrs": true,
	"eng": true, "engr": true, "atty": true, "arch": true, "sec": true, "brig": true, "fr": true, "msgr": true, // "Eng. Mercy Wanjiru", "Atty. Jose Reyes", "Sec. Ralph Recto"
	"smt": true, "shri": true, // "Smt. Kavita Deshmukh"
}

// sentenceStarters are words that, after a dotted acronym ("U.S.", "U.N."),
// show a new sentence has begun; any other capitalised word is taken to
// continue it ("the U.N. Security Council").
var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "you": true, "but": true, "and": true, "in": true, "on": true, "at": true, "this": true,
	"that": true, "these": true, "those": true, "there": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "however": true, "meanwhile": true, "after": true, "before": true,
	"when": true, "while": true, "if": true, "as": true, "so": true, "some": true, "many": true,
	"most": true, "for": true, "of": true, "by": true, "with": true, "officials": true, "mr": true,
	"mrs": true, "ms": true, "dr": true, "last": true, "earlier": true, "since": true, "also": true,
}

// Split returns the sentences of text in order. Paragraph breaks (blank
// lines) always end a sentence; so does a single newline before or after a
// table row (TableRow): each row of a table is a sentence of its own.
func Split(text string) []Sentence {
	return SplitRunes(text, []rune(text))
}

// SplitRunes is Split for a caller that has text's runes already.
func SplitRunes(text string, runes []rune) []Sentence {
	out := make([]Sentence, 0, len(text)/64+1) // news sentences run ~110 bytes
	para := 0
	start := 0
	lineStart := 0 // where the line the loop is in begins
	sub := substrings(text, runes)
	emit := func(end int) {
		s, e := start, end
		for s < e && unicode.IsSpace(runes[s]) {
			s++
		}
		for e > s && unicode.IsSpace(runes[e-1]) {
			e--
		}
		if e > s {
			out = append(out, Sentence{Text: sub(s, e), Start: s, End: e, Paragraph: para})
		}
		start = end
	}
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		if r == '\n' {
			j := i + 1
			for j < len(runes) && (runes[j] == ' ' || runes[j] == '\t' || runes[j] == '\r') {
				j++
			}
			if j < len(runes) && runes[j] == '\n' { // blank line: paragraph break
				emit(i)
				for j < len(runes) && unicode.IsSpace(runes[j]) {
					j++
				}
				start = j
				i = j - 1
				if len(out) > 0 && out[len(out)-1].Paragraph == para {
					para++
				}
				lineStart = j
				continue
			}
			if cur, next := runes[lineStart:i], runes[j:lineEnd(runes, j)]; TableRowRunes(cur) || TableRowRunes(next) ||
				ScheduleLine(cur) && ScheduleLine(next) || ItemLine(cur) && ItemLine(next) || shoutedHeading(cur, next) {
				emit(i)
			}
			lineStart = j
			continue
		}
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		// Take closing quotes and brackets into the sentence.
		end := i + 1
		for end < len(runes) && strings.ContainsRune("\"'”’)]", runes[end]) {
			end++
		}
		if end < len(runes) && !unicode.IsSpace(runes[end]) {
			continue // "3.5", "U.S.-led", "e.g.,"
		}
		if r == '.' && !endsSentence(runes, i, end) {
			continue
		}
		if end+1 < len(runes) && runes[end] == ' ' && runes[end+1] == '|' {
			continue // "9:00 a.m. | Public Accounts": a table's row goes on past its cell
		}
		if r != '.' && end > i+1 && nextIsLower(runes, end) {
			continue // "\"Will you come?\" she asked."
		}
		emit(end)
		i = end - 1
	}
	emit(len(runes))
	if len(out) == 0 {
		return nil // no sentences: nil, as it always was
	}
	return out
}

// shoutedHeading reports a section's heading in capitals on a line of its
// own, over a line that is not: "DIARY DATES" over "- Council's next
// ordinary meeting: ...", "FROM THE PRESIDENT" over "Welcome to the March
// edition." A heading of several shouted lines ("HOUSE OF COMMONS" over
// "SELECT COMMITTEE MEETINGS") and a story all in capitals stay joined.
func shoutedHeading(cur, next []rune) bool {
	return shouted(cur) && words(cur) <= maxHeadingWords && !shouted(next) && (bulleted(next) || proseLine(next)) // shouted first: it stops at a line's first lower-case letter, on every line break of every text
}

// bulleted reports a line that opens with a list's bullet: "- ", "• ".
func bulleted(line []rune) bool {
	return len(line) > 1 && strings.ContainsRune("-–•*·", line[0]) && line[1] == ' '
}

// proseLine reports a line of prose: six words or more, a full stop among
// or after them (not "Public Accounts and Estimates Committee", a second
// line of a heading).
func proseLine(line []rune) bool {
	return words(line) >= 6 && strings.Contains(string(line)+" ", ". ")
}

// maxHeadingWords is the most words a shouted section heading has.
const maxHeadingWords = 6

// shouted reports a line with two letters or more and no lower-case one.
func shouted(line []rune) bool {
	n := 0
	for _, r := range line {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// words counts a line's words separated by spaces.
func words(line []rune) int {
	n, in := 0, false
	for _, r := range line {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in, n = true, n+1
		}
	}
	return n
}

// TableRow reports a line laid out as a table's row: three cells or more
// divided by " | " ("3 | Minutes of the meeting held on 19 March | Chair").
func TableRow(line string) bool { return TableRowRunes([]rune(line)) }

// TableRowRunes is TableRow for a line's runes, for a caller that has them.
func TableRowRunes(line []rune) bool {
	n := 0
	for i := 1; i+1 < len(line); i++ {
		if line[i] == '|' && line[i-1] == ' ' && line[i+1] == ' ' {
			n++
		}
	}
	return n >= 2
}

// scheduleOpening opens a schedule's or a diary's line with its day: a
// weekday with its date ("Tuesday 14 October", "Mon 2 June", "WEDNESDAY,
// JUNE 18"), a day and its month ("22 October") or a month and its day
// ("October 14"). Lines that open with a clock time alone stay joined: a
// programme's times belong to the day of the heading above them.
var scheduleOpening = regexp.MustCompile(`^[\s*•·>-]*(?:(?i:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,? +(?:\d{1,2}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? +\d{1,2}\b))|\d{1,2} +(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b|(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.? +\d{1,2}\b)`)

// ScheduleLine reports a line that opens like a schedule's or a diary's
// entry (scheduleOpening): two such lines in a row are two sentences,
// though neither ends with a full stop.
func ScheduleLine(line []rune) bool { return opensWith(scheduleOpening, line) }

// ScheduleText is ScheduleLine of the runes of s, read without making
// them when s is valid UTF-8 (its runes then encode back to its bytes).
func ScheduleText(s string) bool {
	if !utf8.ValidString(s) {
		return ScheduleLine([]rune(s))
	}
	n := 0
	for i := range s {
		if n == 300 {
			s = s[:i] // opensWith's first 300 runes
			break
		}
		n++
	}
	return scheduleOpening.MatchString(s)
}

// itemOpening opens an agenda's or a list's item: "a) ", "(ii) ", "2. ",
// "2.1 ", "12) ".
var itemOpening = regexp.MustCompile(`^\s*(?:\(?[a-z]\)|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)|\d{1,2}(?:\.\d{1,2})?[.)]?) +\S`)

// ItemLine reports a line that opens with an item's letter or number: two
// such lines in a row are two sentences (an agenda's items name different
// things), though neither ends with a full stop.
func ItemLine(line []rune) bool { return opensWith(itemOpening, line) }

// opensWith reports a line whose opening matches re, read on its first 300
// runes (an opening is short; a long line is not copied whole).
func opensWith(re *regexp.Regexp, line []rune) bool {
	return re.MatchString(string(line[:min(len(line), 300)]))
}

// lineEnd is the offset of the newline that ends the line starting at
// from, or len(runes).
func lineEnd(runes []rune, from int) int {
	for i := from; i < len(runes); i++ {
		if runes[i] == '\n' {
			return i
		}
	}
	return len(runes)
}

// substrings returns a function giving string(runes[s:e]) for runes, the
// runes of text, called with ever later spans: a slice of text when text is
// valid UTF-8 (its runes then encode back to the same bytes), found by
// walking a byte offset along with the rune offset, so that no sentence
// is encoded again; a new string otherwise.
func substrings(text string, runes []rune) func(s, e int) string {
	if !utf8.ValidString(text) {
		return func(s, e int) string { return string(runes[s:e]) }
	}
	r, b := 0, 0 // rune offset r is byte offset b
	at := func(to int) int {
		if to < r {
			r, b = 0, 0 // not called so: walk again from the start
		}
		for ; r < to; r++ {
			b += utf8.RuneLen(runes[r])
		}
		return b
	}
	return func(s, e int) string {
		bs := at(s)
		return text[bs:at(e)]
	}
}

// endsSentence decides whether the period at runes[dot] ends a sentence;
// after is the index just past it and any closing quotes.
func endsSentence(runes []rune, dot, after int) bool {
	// The word before the period.
	w := dot
	for w > 0 && !unicode.IsSpace(runes[w-1]) && runes[w-1] != '(' && runes[w-1] != '"' {
		w--
	}
	word := runes[w:dot]
	// The next word.
	n := after
	for n < len(runes) && unicode.IsSpace(runes[n]) {
		n++
	}
	if n >= len(runes) {
		return true
	}
	next := runes[n]
	if isAbbreviation(word) {
		// "Dec. 4", "Mr. Smith": titles, months and the like continue the sentence.
		return false
	}
	// Single initials and dotted acronyms: "J. Smith", "U.S.", "a.m."
	if len(word) == 1 && unicode.IsUpper(word[0]) {
		return false
	}
	if isDottedAcronym(word) {
		if next == '(' {
			return false // "at 10:00 a.m. (CEST) at the Congress Center": a time zone in brackets
		}
		if clockWord(word) && (next == '-' || next == '–' || next == '—') {
			return false // "MONDAY, JUNE 16, 9:30 a.m. - Subcommittee on Fisheries hearing": a schedule's line goes on past its time
		}
		if unicode.IsUpper(next) {
			// "the U.N. Security Council" goes on; "in the U.S. The" ends.
			return sentenceStarters[strings.ToLower(nextWord(runes, n))]
		}
	}
	// A sentence ends before an upper-case letter, digit, quote or bracket;
	// a lower-case next word means the period was not final ("approx. five").
	return !unicode.IsLower(next)
}

// clockWord reports "a.m" or "p.m", the period after it not yet read.
func clockWord(word []rune) bool {
	w := strings.ToLower(string(word))
	return w == "a.m" || w == "p.m"
}

// isAbbreviation reports whether word, lower-cased, is one of the
// abbreviations. A word of ASCII letters is lower-cased into a small
// buffer: a new string for every period cost more than the rest of the
// splitting.
func isAbbreviation(word []rune) bool {
	var buf [maxAbbreviation]byte
	if len(word) > len(buf) {
		return false
	}
	for i, r := range word {
		switch {
		case r >= 'a' && r <= 'z':
			buf[i] = byte(r)
		case r >= 'A' && r <= 'Z':
			buf[i] = byte(r) + 'a' - 'A'
		default:
			return abbreviations[strings.ToLower(string(word))]
		}
	}
	return abbreviations[string(buf[:len(word)])]
}

// maxAbbreviation is the length of the longest abbreviation.
const maxAbbreviation = 6

// isDottedAcronym reports whether word (without its final period) is
// single letters joined by periods: "U.S", "U.N", "a.m".
func isDottedAcronym(r []rune) bool {
	if len(r) < 3 {
		return false
	}
	for i, c := range r {
		if i%2 == 0 && !unicode.IsLetter(c) || i%2 == 1 && c != '.' {
			return false
		}
	}
	return len(r)%2 == 1
}

// nextWord returns the letters starting at runes[n].
func nextWord(runes []rune, n int) string {
	e := n
	for e < len(runes) && unicode.IsLetter(runes[e]) {
		e++
	}
	return string(runes[n:e])
}

// nextIsLower reports whether the first word after runes[after:] starts
// with a lower-case letter.
func nextIsLower(runes []rune, after int) bool {
	n := after
	for n < len(runes) && runes[n] != '\n' && unicode.IsSpace(runes[n]) {
		n++
	}
	return n < len(runes) && unicode.IsLower(runes[n])
}
