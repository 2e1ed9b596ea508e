package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/briefbot/briefbot/briefs/listing"
)

// Hash returns the hex SHA-256 of body's normalised form: Unicode NFC (so
// "é" typed as e plus a combining accent equals the precomposed "é", in
// every script), lower case, white space collapsed to single spaces, curly
// quotes folded to straight ones and invisible characters dropped. Two
// briefs with equal hashes are exact duplicates.
func Hash(body string) string {
	sum := sha256.Sum256([]byte(hashForm(body)))
	return hex.EncodeToString(sum[:])
}

// hashForm is the text Hash digests. ASCII, most of a brief, takes a
// byte-at-a-time path that gives what the rune path gives it.
func hashForm(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case r == ' ' || '\t' <= r && r <= '\r': // the ASCII spaces
			space = b.Len() > 0
			continue
		case r < utf8.RuneSelf:
			if r == '`' { // as foldQuote
				r = '\''
			} else if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(byte(r))
			continue
		default:
			if r = foldQuote(r); invisible(r) {
				continue
			}
			if unicode.IsSpace(r) {
				space = b.Len() > 0
				continue
			}
			r = unicode.ToLower(r)
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func foldQuote(r rune) rune {
	switch r {
	case '‘', '’', '‚', '‛', '′', '`':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»':
		return '"'
	}
	return r
}

// invisible reports format characters that change nothing a reader sees:
// zero-width spaces and joiners, soft hyphens, byte order marks.
func invisible(r rune) bool {
	return r == '\u00ad' || r == '\ufeff' || (r >= '\u200b' && r <= '\u200f') || r == '\u2060'
}

// normaliseBody tidies plain text: line breaks become \n, runs of spaces
// and tabs one space, lines are trimmed, the lines of a paragraph are
// joined (list items keep their own lines), and paragraphs are separated
// by exactly one blank line.
func normaliseBody(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s, _ = pipeAlignedTables(s)
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, joinLines(cur))
			cur = cur[:0]
		}
	}
	for _, line := range strings.Split(s, "\n") {
		line = collapseSpaces(line)
		if line == "" {
			flush()
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return strings.Join(paras, "\n\n")
}

// sectionHeading reports a paragraph's first line that heads the prose
// under it, a newsletter's or a report's section heading ("Annual General
// Meeting" over "Our AGM will be held on Sunday 19 July ..."): a short note
// of at most five words in mixed case, ending in a letter or a digit, over
// a line of prose (longer than a note, opening with a capital and closing
// with a sentence's stop). A shouted heading and a heading over a line
// with no stop ("Minutes of the meeting held on ...") stay joined: the
// notice readers take them together.
func sectionHeading(head, next string) bool {
	if n := itemNumber(head); n > 0 {
		head = head[n:] // "5. Remuneration" over "The Board noted that ...": a minutes item's heading
	}
	last, _ := utf8.DecodeLastRuneInString(head)
	first, _ := utf8.DecodeRuneInString(next)
	return shortNote(head) && len(strings.Fields(head)) <= 5 && (unicode.IsLetter(last) || unicode.IsDigit(last)) &&
		strings.ToUpper(head) != head && unicode.IsUpper(first) && utf8.RuneCountInString(next) > maxNoteLine && endsSentence(next) &&
		!listItem(head) && !listing.LabelLine(head) && !continues[strings.ToLower(lastField(head))] && !opensWithDate(next)
}

// opensWithDate reports a line that opens with a weekday, a month or a
// number: the date a heading such as "Date of next meeting" gives
// ("Wednesday 19 January 2022 at 6.00pm, at the Association's offices").
func opensWithDate(l string) bool {
	w := strings.ToLower(strings.Trim(strings.SplitN(l, " ", 2)[0], ",."))
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r) || listing.Weekday(w) || listing.Month(w)
}

// continues are words a line of a wrapped sentence may end with, never a
// heading ("Talks on the" over its next line).
var continues = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "or": true, "to": true, "in": true, "on": true,
	"for": true, "with": true, "at": true, "by": true, "from": true, "that": true, "its": true, "their": true,
}

// lastField is the last word of s.
func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// endsSentence reports a line that ends with a sentence's stop.
func endsSentence(l string) bool {
	return strings.HasSuffix(l, ".") || strings.HasSuffix(l, "!") || strings.HasSuffix(l, "?")
}

// shortNote reports a short line with no stop of its own that opens with a
// capital: the venue or the note an itinerary writes under an item that
// ended its sentence ("Palacio de Gobierno", "Pooled photo opportunity").
func shortNote(l string) bool {
	r, _ := utf8.DecodeRuneInString(l)
	return utf8.RuneCountInString(l) <= maxNoteLine && unicode.IsUpper(r) && !endsSentence(l) && !strings.HasSuffix(l, ",")
}

// maxNoteLine is the longest line shortNote takes for a note.
const maxNoteLine = 40

// joinLines joins a paragraph's lines with spaces, except that list items
// and a record's label lines ("Venue: Board Room, ...") start a new line,
// and a listing (a diary's day heading over its lines, a financial
// calendar: listing.Keeps) or a block of short heading lines (a notice's or
// an agenda's head: listing.HeadingBlock) keeps its line breaks.
func joinLines(lines []string) string {
	var b strings.Builder
	keep := len(lines) > 1 && (listing.Keeps(lines) || listing.HeadingBlock(lines))
	notes := false // short lines under an item that ended its sentence: a venue, a note
	for i, l := range lines {
		if i > 0 {
			notes = (notes || endsSentence(lines[i-1])) && shortNote(l)
			if !keep && i == 1 && len(lines) == 2 && sectionHeading(lines[0], l) {
				b.WriteString("\n\n") // "Committee news" over "The committee met on 2 June ...": a paragraph of its own
			} else if keep || listItem(l) || listing.LabelLine(l) || notes || shoutedOverProse(lines[i-1], l) {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

// itemNumber is the byte length of a numbered item's number and the space
// after it ("5. ", "12) "), 0 when the line opens with none.
func itemNumber(line string) int {
	i := 0
	for i < len(line) && i < 3 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' ' {
		return i + 2
	}
	return 0
}

// listItem reports whether a line starts with a bullet or a number.
func listItem(line string) bool {
	for _, p := range []string{"- ", "* ", "+ ", "• ", "– "} {
		if strings.HasPrefix(line, p) {
			return true
		}
	}
	return itemNumber(line) > 0
}

// collapseSpaces trims a line and turns each run of white space into one
// space, dropping invisible characters.
func collapseSpaces(line string) string {
	if tidy(line) {
		return line // most lines of most briefs: no copy
	}
	return collapseCopy(line)
}

// collapseCopy is collapseSpaces for a line that needs changing.
func collapseCopy(line string) string {
	var b strings.Builder
	b.Grow(len(line))
	space := false
	for _, r := range line {
		switch {
		case invisible(r):
			continue
		case unicode.IsSpace(r) || unicode.IsControl(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// tidy reports whether collapseSpaces would return line as it is: words
// separated by single ASCII spaces, with no space at either end and no
// invisible, control or other white-space character.
func tidy(line string) bool {
	space := true // a leading space is not tidy
	for _, r := range line {
		switch {
		case r == ' ':
			if space {
				return false
			}
			space = true
		case r < 0x20 || r == 0x7f:
			return false
		case r >= 0x80 && (invisible(r) || unicode.IsSpace(r) || unicode.IsControl(r)):
			return false
		default:
			space = false
		}
	}
	return !space || line == ""
}

// blank reports whether normaliseBody(s) is "": s has nothing but white
// space, control and invisible characters.
func blank(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return !invisible(r) && !unicode.IsSpace(r) && !unicode.IsControl(r)
	}) < 0
}

// shoutedOverProse reports a shouted heading line over a sentence of prose
// that does not open with a day ("HOUSE COMMITTEE HEARINGS - WEEK OF MARCH
// 9, 2026" over "All hearings are held in the State House, unless
// noted."): the heading is a line of its own, not the sentence's start. A
// shouted heading over its meeting's day ("PRIVATE MEETING" over "Tuesday,
// 3 June 2025, 6.30 pm - Committee Room 2S3.") stays with it.
func shoutedOverProse(head, next string) bool {
	return allCaps(head) && !allCaps(next) && (endsSentence(next) || issuedWords[firstField(next)] || weekLine(next)) && listing.DayPrefix(next) == 0
}

// weekLine reports a line that opens with the week a schedule covers:
// "Week of Monday 3 November to Friday 7 November 2025", "Week commencing
// 12 June".
func weekLine(l string) bool {
	low := strings.ToLower(l)
	for _, p := range []string{"week of ", "week commencing ", "week beginning ", "week starting "} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// issuedWords open a document's line that says when and by whom it was
// put out ("Issued Friday, November 3, 2023", "Published by the Committee
// Office"): under a shouted title it is a line of its own.
var issuedWords = map[string]bool{"Issued": true, "Published": true, "Posted": true, "Updated": true, "Released": true, "Circulated": true}

// firstField is the first word of s.
func firstField(s string) string {
	f, _, _ := strings.Cut(s, " ")
	return f
}
