package ingest

import (
	"regexp"
	"strings"
	"unicode"
)

// maxDatelineRunes bounds how far into a text a dateline may reach.
const maxDatelineRunes = 240

// rawDateline is what the scanner read, before place normalisation and
// year inference.
type rawDateline struct {
	segments []string // "ST. LOUIS", "Mo."
	date     monthDay
	hasDate  bool
	source   string
}

// scanner walks the runes at the start of a text.
type scanner struct {
	r   []rune
	pos int
}

func (s *scanner) peek(off int) rune {
	i := s.pos + off
	if i < 0 || i >= len(s.r) {
		return 0
	}
	return s.r[i]
}

func (s *scanner) at(lit string) bool {
	i := s.pos
	for _, c := range lit {
		if i >= len(s.r) || s.r[i] != c {
			return false
		}
		i++
	}
	return true
}

func isHSpace(c rune) bool { return c == ' ' || c == '\t' || c == '\u00a0' }

// skipHSpace skips spaces and tabs, not line breaks.
func (s *scanner) skipHSpace() {
	for s.pos < len(s.r) && isHSpace(s.r[s.pos]) {
		s.pos++
	}
}

// skipSpace skips all white space, line breaks included.
func (s *scanner) skipSpace() {
	for s.pos < len(s.r) && (unicode.IsSpace(s.r[s.pos]) || s.r[s.pos] == '\ufeff') {
		s.pos++
	}
}

// word reads a place word: a letter followed by letters, dots,
// apostrophes and single hyphens between letters ("ST.", "Winston-Salem").
func (s *scanner) word() (string, bool) {
	start := s.pos
	if !unicode.IsLetter(s.peek(0)) {
		return "", false
	}
	for s.pos < len(s.r) {
		c := s.r[s.pos]
		switch {
		case unicode.IsLetter(c) || c == '.':
			s.pos++
		case (c == '\'' || c == '’' || c == '-') && unicode.IsLetter(s.peek(1)) && unicode.IsLetter(s.peek(-1)):
			s.pos++
		default:
			return string(s.r[start:s.pos]), true
		}
	}
	return string(s.r[start:s.pos]), true
}

// segment reads one comma-free part of a place: capitalised words, with
// lower-case particles between them ("RIO DE JANEIRO", "St. Louis").
func (s *scanner) segment() (string, bool) {
	start := s.pos
	first, ok := s.word()
	if !ok || !unicode.IsUpper([]rune(first)[0]) {
		s.pos = start
		return "", false
	}
	words := []string{first}
	for len(words) < 6 {
		save := s.pos
		if s.peek(0) != ' ' {
			break
		}
		s.pos++
		w, ok := s.word()
		if !ok || (!unicode.IsUpper([]rune(w)[0]) && !particles[w]) || monthNumber(w) > 0 && s.peekDigit() {
			s.pos = save
			break
		}
		words = append(words, w)
	}
	// A trailing particle is not part of a place.
	for len(words) > 1 && particles[words[len(words)-1]] {
		words = words[:len(words)-1]
		s.pos = start + len([]rune(strings.Join(words, " ")))
	}
	if len(words) == 6 {
		s.pos = start
		return "", false
	}
	return strings.Join(words, " "), true
}

// skipArticle moves past a "the " before a capitalised word: a country's
// article in a later segment of the place ("the Philippines", "the
// Gambia"), which the dateline's place does not keep.
func (s *scanner) skipArticle() {
	if s.peek(0) == 't' && s.peek(1) == 'h' && s.peek(2) == 'e' && s.peek(3) == ' ' && unicode.IsUpper(s.peek(4)) {
		s.pos += 4
	}
}

func (s *scanner) peekDigit() bool {
	i := 0
	for isHSpace(s.peek(i)) {
		i++
	}
	return unicode.IsDigit(s.peek(i))
}

// bracket reads "(Reuters)" and returns "Reuters".
func (s *scanner) bracket(open, close rune) (string, bool) {
	if s.peek(0) != open {
		return "", false
	}
	start := s.pos
	s.pos++
	for s.pos < len(s.r) && s.pos-start <= 40 {
		c := s.r[s.pos]
		if c == close {
			src := strings.TrimSpace(string(s.r[start+1 : s.pos]))
			s.pos++
			if src == "" || !unicode.IsLetter([]rune(src)[0]) {
				break
			}
			return src, true
		}
		if !(unicode.IsLetter(c) || unicode.IsDigit(c) || strings.ContainsRune(" .&-'’", c) || c == '/' && open == '(') { // "(KUNA/Reuters)"
			break
		}
		s.pos++
	}
	s.pos = start
	return "", false
}

// terminator reads the punctuation that ends a dateline: a dash of any
// kind, a colon, or the underscore old wire copy used for a dash.
func (s *scanner) terminator() bool {
	switch {
	case s.at("--"):
		s.pos += 2
		for s.peek(0) == '-' {
			s.pos++
		}
		return true
	case s.peek(0) == '—' || s.peek(0) == '–' || s.peek(0) == '―':
		s.pos++
		return true
	case s.peek(0) == '-' || s.peek(0) == ':' || s.peek(0) == '_':
		next := s.peek(1)
		if next == 0 || unicode.IsSpace(next) {
			s.pos++
			return true
		}
	}
	return false
}

// source reads an agency after the place and date: " (Reuters)",
// "--(BUSINESS WIRE)" or " /PRNewswire/".
func (s *scanner) source() (string, bool) {
	save := s.pos
	s.skipHSpace()
	if s.peek(0) == '.' && isHSpace(s.peek(1)) && s.peek(2) == '/' {
		s.pos += 2 // "MOSCOW, June 5. /TASS/."
	}
	if s.at("--(") {
		s.pos += 2
	}
	if src, ok := s.bracket('(', ')'); ok {
		return src, true
	}
	if src, ok := s.bracket('/', '/'); ok {
		return src, true
	}
	if src, ok := s.bareAgency(); ok {
		return src, true
	}
	s.pos = save
	return "", false
}

// bareAgency reads a news agency named without brackets before the
// dateline's dash: "TOKYO, March 14 Kyodo - ", "SYDNEY, March 9 AAP - ",
// "PORT OF SPAIN, Trinidad, Feb 20, CMC – ", or its full stop: "Baku, May
// 29, APA. ".
func (s *scanner) bareAgency() (string, bool) {
	if s.peek(0) == ',' {
		s.pos++
		s.skipHSpace()
	}
	start := s.pos
	for s.pos < len(s.r) && unicode.IsLetter(s.r[s.pos]) {
		s.pos++
	}
	word := string(s.r[start:s.pos])
	if !bareAgencies[word] {
		return "", false
	}
	save := s.pos
	s.skipHSpace()
	term := s.terminator() || s.peek(0) == '.' && isHSpace(s.peek(1))
	s.pos = save
	return word, term
}

// bareAgencies are the agencies a dateline names without brackets.
var bareAgencies = map[string]bool{
	"Kyodo": true, "Xinhua": true, "Yonhap": true, "Bernama": true, "Reuters": true, "AFP": true, "AP": true,
	"IANS": true, "PTI": true, "ANI": true, "UNI": true, "TASS": true, "Interfax": true, "Anadolu": true,
	"AAP": true, "CMC": true, "KUNA": true, "WAM": true, "SPA": true, "MENA": true, "EFE": true, "dpa": true, "APA": true,
	"ANP": true, "NAN": true, "ANA": true, "Antara": true, "GNA": true, "KNA": true,
}

// placeAfterSource reads the place and date that an agency in brackets and
// a dash may come before: "(ANSA) - Rome, August 21 - President ...". The
// position stays after the agency when they are not there.
func (s *scanner) placeAfterSource(d *rawDateline) {
	save := s.pos
	s.skipHSpace()
	if !s.terminator() {
		s.pos = save
		return
	}
	s.skipHSpace()
	var p rawDateline
	if !s.place(&p) || !p.hasDate {
		s.pos = save
		return
	}
	d.segments, d.date, d.hasDate = p.segments, p.date, true
}

// scanDateline reads a dateline at the start of rs. rest is the rune
// offset just past it and the white space that follows.
func scanDateline(rs []rune) (d rawDateline, rest int, ok bool) {
	s := &scanner{r: rs}
	s.skipSpace()
	if s.peek(0) == '(' {
		src, ok := s.bracket('(', ')')
		if !ok {
			return d, 0, false
		}
		d.source = src
		s.placeAfterSource(&d)
	} else {
		if !s.place(&d) {
			return d, 0, false
		}
		if !d.hasDate {
			d.date, d.hasDate = s.bracketDate() // "GENEVA (16 March 2026) –", a UN release's
		}
		d.source, _ = s.source()
	}
	save := s.pos
	s.skipHSpace()
	term := s.terminator()
	if !term {
		s.pos = save
	}
	if !term && d.source != "" && s.peek(0) == '.' && (isHSpace(s.peek(1)) || s.peek(1) == '-') {
		s.pos++        // "MOSCOW, June 5. /TASS/. Russian ...", "Baku, May 29, APA. The ..."
		s.terminator() // and the dash of "Madrid (EFE).- The ..."
		term = true
	}
	if !term && d.hasDate && d.source == "" && s.lineEnd() {
		term = true // "Accra, 22 January 2026" alone on the first line: a release's place and date
	}
	if term && placeOnly(d) && s.shortLine(8) && !s.pressLabel() {
		return d, 0, false // "DIARY – WEEK AHEAD, MARCH 3-9", "TGSU – Harbourside Depot Branch": a heading, no story after the dash
	}
	s.skipSpace()
	if !acceptable(d, term) || placeOnly(d) && (!storyStart(s.peek(0)) || acronym(d.segments[0]) || s.issueDate()) || bodyHeading(d) {
		return d, 0, false
	}
	return d, s.pos, true
}

// bracketDate reads a date in round brackets after the place: "GENEVA (16
// March 2026) –". The position is kept when there is none.
func (s *scanner) bracketDate() (monthDay, bool) {
	save := s.pos
	s.skipHSpace()
	if s.peek(0) == '(' {
		s.pos++
		s.skipHSpace()
		if md, ok := s.date(); ok {
			s.skipHSpace()
			if s.peek(0) == ')' {
				s.pos++
				return md, true
			}
		}
	}
	s.pos = save
	return monthDay{}, false
}

// issueMonth is a masthead's issue after its dash: "March 2026", "Spring
// 2025", "Issue 14".
var issueMonth = regexp.MustCompile(`^(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|spring|summer|autumn|fall|winter|issue \d+|no\. ?\d+)(?: \d{4})?\s*$`)

// issueDate reports the rest of the line at the scanner's position as a
// masthead's issue ("HOLLOWAY VILLAGE NEWS – March 2026"): what came
// before the dash is a publication's name, no place.
func (s *scanner) issueDate() bool {
	k := s.pos
	for k < len(s.r) && s.r[k] != '\n' {
		k++
	}
	return issueMonth.MatchString(string(s.r[s.pos:k]))
}

// place reads the place segments and the date between them.
func (s *scanner) place(d *rawDateline) bool {
	seg, ok := s.segment()
	if !ok || notPlace(seg) {
		return false
	}
	d.segments = []string{seg}
	if region, country, ok := s.bracketedRegion(); ok {
		if region != "" {
			d.segments = append(d.segments, region) // ANI's "Pune (Maharashtra) [India], March 4 (ANI):"
		}
		d.segments = append(d.segments, country) // and "New Delhi [India], March 13 (ANI):"
	}
	if s.peek(0) == '/' && unicode.IsUpper(s.peek(1)) {
		save := s.pos
		s.pos++
		if _, ok := s.segment(); !ok {
			s.pos = save // "VIENNA/DUBAI, March 3 (Reuters)": the first city is the place
		}
	}
	for i := 0; i < 4 && s.peek(0) == ','; i++ {
		save := s.pos
		s.pos++
		s.skipHSpace()
		if !d.hasDate {
			s.skipWeekday() // "NAKURU, Thursday, March 21, 2019 (KNA) -"
			if md, ok := s.date(); ok {
				d.date, d.hasDate = md, true
				continue
			}
		}
		s.skipArticle() // "CEBU, the Philippines, Feb. 25 (Xinhua) --"
		if seg, ok := s.segment(); ok && !d.hasDate && len(d.segments) < 3 && !notPlace(seg) {
			d.segments = append(d.segments, seg)
			continue
		}
		s.pos = save
		break
	}
	return true
}

// skipWeekday moves past a weekday and its comma before a date.
func (s *scanner) skipWeekday() {
	save := s.pos
	if w, ok := s.word(); ok && weekdayNumber(strings.ToLower(strings.TrimRight(w, "."))) >= 0 && s.peek(0) == ',' {
		s.pos++
		s.skipHSpace()
		return
	}
	s.pos = save
}

// bracketedRegion reads the state in round brackets and the country in
// square ones that ANI writes after a dateline's city: " (Maharashtra)
// [India]", or the country alone: " [India]". The country must be there;
// the position is kept when it is not.
func (s *scanner) bracketedRegion() (region, country string, ok bool) {
	save := s.pos
	s.skipHSpace()
	if r, ok := s.bracket('(', ')'); ok {
		region = r
		s.skipHSpace()
	}
	if country, ok = s.bracket('[', ']'); ok && !bareAgencies[country] {
		return region, country, true
	}
	s.pos = save
	return "", "", false
}

// acceptable decides whether what was read is a dateline rather than the
// start of an ordinary sentence.
func acceptable(d rawDateline, term bool) bool {
	if len(d.segments) == 0 {
		return d.source != "" && term
	}
	if term {
		return true
	}
	// "New Delhi, Dec 4 (IANS) Defence Minister ..." has no dash.
	return d.hasDate && d.source != ""
}

// placeOnly reports a dateline with neither date nor source, such as
// "WASHINGTON —" or "Kolkata:", the form most like an ordinary sentence.
func placeOnly(d rawDateline) bool { return !d.hasDate && d.source == "" }

// acronym reports a place that is more likely an acronym than a city, as
// in "EU - China summit" or "U.S. - China talks".
func acronym(seg string) bool {
	return letterCount(seg) < 3 || !strings.Contains(seg, " ") && strings.Count(seg, ".") > 1
}

// storyStart reports whether c can begin the story after a place-only
// dateline: "David Blunkett - who has ..." is not one.
func storyStart(c rune) bool {
	return unicode.IsUpper(c) || unicode.IsDigit(c) || strings.ContainsRune("\"“‘'$€£(", c)
}

// notPlace reports whether a segment's first word shows it is the start of
// a sentence or a label ("In New Delhi", "Note:"), not a place.
func notPlace(seg string) bool {
	words := strings.Fields(seg)
	first := strings.ToLower(strings.TrimRight(words[0], "."))
	if first == "the" {
		return len(words) < 2 || strings.ToLower(words[1]) != "hague"
	}
	last := strings.ToLower(strings.TrimRight(words[len(words)-1], ".,"))
	if notPlaceWords[first] || monthNumber(first) > 0 || weekdayNumber(first) >= 0 || len(words) > 1 && bodySuffixes[last] {
		return true
	}
	for i := 1; i+1 < len(words); i++ {
		if strings.ToLower(words[i]) == "of" && bodyHeads[strings.ToLower(words[i-1])] {
			return true // "Central Bank of Corvania - 2026 schedule", "Office of the Spokesperson"
		}
	}
	return false
}

// bodyHeads open the name of an institution "of" a place, never a place.
var bodyHeads = map[string]bool{
	"bank": true, "ministry": true, "council": true, "board": true, "committee": true, "department": true,
	"office": true, "embassy": true, "consulate": true, "court": true, "chamber": true,
	"parliament": true, "government": true, "house": true, "senate": true, "assembly": true, "secretariat": true,
	"commission": true, // "PARLIAMENT OF KENYA - THE NATIONAL ASSEMBLY", "HOUSE OF COMMONS - TREASURY COMMITTEE"
}

// bodySuffixes end the name of a company or a body, never of a place: a
// notice's heading "Halvorsen Shipping ASA - Financial calendar 2026" is
// no dateline.
var bodySuffixes = map[string]bool{
	"asa": true, "plc": true, "ltd": true, "inc": true, "ag": true, "oyj": true, "ab": true, "corp": true,
	"llc": true, "limited": true, "nv": true, "committee": true, "council": true, "commission": true,
	"association": true, "society": true, "trust": true, "international": true, "network": true, "newsletter": true, "bulletin": true, "circular": true,
	"diary": true, "calendar": true, "agenda": true, "schedule": true, "timetable": true, "minutes": true,
	"hearings": true, "meetings": true, "sessions": true, "sittings": true, "committees": true, "notice": true,
	"notices": true, "programme": true, "program": true, // "HOUSE COMMITTEE HEARINGS - WEEK OF MARCH 9, 2026"
	"meeting": true, "hearing": true, "session": true, "sitting": true, "conference": true, "summit": true,
	"forum": true, "congress": true, "convention": true, // "SPECIAL MEETING - BOARD OF TRUSTEES": a gathering, no place
}

// headingSuffixes end a body's name, which a heading line may put before a
// dash as a dateline puts its place: "UNITE THE UNION - EASTFIELD BUSES
// BRANCH". Only a lone segment with no date and no agency is read so: "LONG
// BRANCH, N.J., March 4 (AP)" and "KAZAN, Russian Federation, March 4" are
// datelines.
var headingSuffixes = map[string]bool{
	"union": true, "federation": true, "branch": true, "board": true, "ministry": true, "department": true, "agency": true, "authority": true,
}

// bodyHeading reports a dateline read from a body's heading: one segment,
// no date, no agency, ending in a body's word (headingSuffixes).
func bodyHeading(d rawDateline) bool {
	if len(d.segments) != 1 || d.hasDate || d.source != "" {
		return false
	}
	ws := strings.Fields(d.segments[0])
	return len(ws) > 1 && headingSuffixes[strings.ToLower(strings.TrimRight(ws[len(ws)-1], ".,"))]
}

// shortLine reports that the line goes on for one to n words from the
// scanner's position and then ends, before any more text: a heading's
// second half after its dash, not a story's first sentence.
func (s *scanner) shortLine(n int) bool {
	k := s.lineStop()
	if k+1 >= len(s.r) {
		return false // the text ends with the line: nothing follows the heading
	}
	words := len(strings.Fields(string(s.r[s.pos:k])))
	return words >= 1 && words <= n
}

// pressLabel reports a press office's label as the rest of the line, after
// a place's dash: "UNITED NATIONS - MEDIA ADVISORY" keeps its place.
func (s *scanner) pressLabel() bool {
	return pressLabels[strings.ToLower(strings.TrimSpace(string(s.r[s.pos:s.lineStop()])))]
}

// lineStop is the offset of the line break that ends the scanner's line,
// or the text's length when none does.
func (s *scanner) lineStop() int {
	k := s.pos
	for k < len(s.r) && s.r[k] != '\n' && s.r[k] != '\r' {
		k++
	}
	return k
}

// pressLabels name a press office's kinds of copy.
var pressLabels = map[string]bool{
	"media advisory": true, "press release": true, "news release": true, "media release": true, "press statement": true,
}

// lineEnd reports that only horizontal space is left of the line (or of
// the text) at the scanner's position.
func (s *scanner) lineEnd() bool {
	k := s.pos
	for k < len(s.r) && isHSpace(s.r[k]) {
		k++
	}
	return k == len(s.r) || s.r[k] == '\n' || s.r[k] == '\r'
}
