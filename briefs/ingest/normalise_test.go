package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func TestHash(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"case", "Talks Resume", "talks resume", true},
		{"white space", "  Talks \t resume\n\nin Delhi ", "Talks resume in Delhi", true},
		{"curly double quotes", `He said “yes”.`, `He said "yes".`, true},
		{"curly single quotes", "India’s ‘plan’", "India's 'plan'", true},
		{"combining accent", "Se\u0301ance in Sa\u0303o Paulo", "Séance in São Paulo", true},
		// NFD beyond the Latin letters a hand-written table would cover.
		{"NFD Vietnamese", "Ha\u0300 No\u0302\u0323i", "Hà Nội", true},
		{"NFD Greek", "\u0391\u0301\u03b8\u03b7\u03bd\u03b1", "Άθηνα", true},
		{"NFD Hangul jamo", "\u1109\u1165\u110b\u116e\u11af", "서울", true},
		{"NFD Polish", "Lo\u0301dz\u0301", "Lódź", true},
		{"NFD keeps letters apart", "Lo\u0301dz\u0301", "Łódź", false}, // Ł is a letter of its own
		{"zero-width space", "Del\u200bhi", "Delhi", true},
		{"no-break space", "New\u00a0Delhi", "New Delhi", true},
		{"different words", "Talks resume", "Talks stall", false},
		{"punctuation matters", "Talks resume.", "Talks resume", false},
		{"accent is not dropped", "résumé", "resume", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ha, hb := Hash(tt.a), Hash(tt.b)
			if (ha == hb) != tt.same {
				t.Errorf("Hash(%q) == Hash(%q) is %v, want %v (forms %q, %q)", tt.a, tt.b, ha == hb, tt.same, hashForm(tt.a), hashForm(tt.b))
			}
		})
	}
}

func TestHashIsSHA256OfNormalForm(t *testing.T) {
	sum := sha256.Sum256([]byte("talks resume in new delhi"))
	if got, want := Hash(" Talks  RESUME in\nNew Delhi "), hex.EncodeToString(sum[:]); got != want {
		t.Errorf("Hash = %s, want %s", got, want)
	}
}

func TestNormaliseBody(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"crlf and blank lines", "One.\r\n\r\n\r\n\r\nTwo.\r\n", "One.\n\nTwo."},
		{"wrapped lines join", "The minister said\nthe talks would\n  resume.\n\nNext.", "The minister said the talks would resume.\n\nNext."},
		{"spaces and tabs", "  A \t b\u00a0 c  ", "A b c"},
		{"blank line of spaces", "One.\n   \t\nTwo.", "One.\n\nTwo."},
		{"list items keep lines", "Agenda:\n- trade\n- defence\n1. first\n2) second", "Agenda:\n- trade\n- defence\n1. first\n2) second"},
		{"lone CR", "One.\r\rTwo.", "One.\n\nTwo."},
		{"a notice's head keeps lines", "CITY OF ALDER BAY\nPLANNING COMMISSION AGENDA\nMonday, March 23, 2026 - 6:30 PM", "CITY OF ALDER BAY\nPLANNING COMMISSION AGENDA\nMonday, March 23, 2026 - 6:30 PM"},
		{"a label starts a line", "Northmere Health Board - committee timetable, spring 2026\nVenue: Board Room, Northmere General Hospital, Fenby (all meetings) and more words here", "Northmere Health Board - committee timetable, spring 2026\nVenue: Board Room, Northmere General Hospital, Fenby (all meetings) and more words here"},
		{"wrapped before a capital joins", "Negotiators from both sides resumed talks on\nTuesday at the Palais des Nations.", "Negotiators from both sides resumed talks on Tuesday at the Palais des Nations."},
		{"an itinerary's notes under a finished item keep lines", "8:30 a.m.  The Prime Minister will meet with the President of Peru.\nPalacio de Gobierno\nPooled photo opportunity", "8:30 a.m. The Prime Minister will meet with the President of Peru.\nPalacio de Gobierno\nPooled photo opportunity"},
		{"a long line after a stop joins", "The talks ended on Monday after two days of hard bargaining in the capital.\nThe ministers will meet again next month in Geneva to resume them.", "The talks ended on Monday after two days of hard bargaining in the capital. The ministers will meet again next month in Geneva to resume them."},
		{"a section heading over its prose", "Committee news\nThe committee met on 2 June at the home of our secretary and agreed to buy new benching.", "Committee news\n\nThe committee met on 2 June at the home of our secretary and agreed to buy new benching."},
		{"a minutes item's heading over its prose", "5. Remuneration\nThe Board noted that the Remuneration Committee would meet on 27 March to finalise executive bonus outcomes.", "5. Remuneration\n\nThe Board noted that the Remuneration Committee would meet on 27 March to finalise executive bonus outcomes."},
		{"a heading over the date it names", "7. Date of next meeting\nWednesday 19 January 2022 at 6.00pm, at the Association's offices, 12 Quay Street.", "7. Date of next meeting Wednesday 19 January 2022 at 6.00pm, at the Association's offices, 12 Quay Street."},
		{"a shouted heading stays with its line", "PRIVATE MEETING\nTuesday, 3 June 2025, 6.30 pm - Committee Room 2S3, Parliament House, Canberra.", "PRIVATE MEETING Tuesday, 3 June 2025, 6.30 pm - Committee Room 2S3, Parliament House, Canberra."},
		{"a shouted heading over prose keeps its line", "HOUSE COMMITTEE HEARINGS - WEEK OF MARCH 9, 2026\nAll hearings are held in the State House, unless noted.", "HOUSE COMMITTEE HEARINGS - WEEK OF MARCH 9, 2026\nAll hearings are held in the State House, unless noted."},
		{"a shouted title over its issue line", "STANDING COMMITTEE MEETINGS - WEEK OF NOVEMBER 6, 2023\nIssued Friday, November 3, 2023", "STANDING COMMITTEE MEETINGS - WEEK OF NOVEMBER 6, 2023\nIssued Friday, November 3, 2023"},
		{"a shouted title over its week", "WEEKLY ENGAGEMENTS OF THE MINISTER, EFUA MENSAH-BOATENG\nWeek of Monday 3 November to Friday 7 November 2025", "WEEKLY ENGAGEMENTS OF THE MINISTER, EFUA MENSAH-BOATENG\nWeek of Monday 3 November to Friday 7 November 2025"},
		{"a shouted heading over a name stays", "OFFICE OF THE MINISTER FOR AGRICULTURE AND WATER RESOURCES\nThe Hon. David Carmody MP", "OFFICE OF THE MINISTER FOR AGRICULTURE AND WATER RESOURCES The Hon. David Carmody MP"},
		{"a heading over a line with no stop stays", "Little Haddon Parish Council\nMinutes of the meeting held on Tuesday 13 January 2026 at 7.30pm in the Village Hall", "Little Haddon Parish Council Minutes of the meeting held on Tuesday 13 January 2026 at 7.30pm in the Village Hall"},
		{"a wrapped sentence's short line joins", "Talks on the\nWill resume on Monday in Geneva after the weekend break, the negotiators said.", "Talks on the Will resume on Monday in Geneva after the weekend break, the negotiators said."},
		{"invisible characters", "Del\u200bhi\ufeff", "Delhi"},
		{"empty", " \n\n ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := normaliseBody(tt.in); got != tt.want {
				t.Errorf("normaliseBody(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

var errTest = errors.New("disk on fire")

// TestFastPathsAgree: collapseSpaces' no-copy path and blank give what
// the full normalisation gives, on lines built from the characters that
// matter (spaces of every kind, controls, invisible ones, letters).
func TestFastPathsAgree(t *testing.T) {
	alphabet := []rune{'a', 'Z', ' ', ' ', '\t', '\x00', '\x7f', '\u00a0', '\u2003', '\u200b', '\u00ad', '\ufeff', '\u0085', 'é', '.'}
	r := rand.New(rand.NewPCG(1, 2))
	lines := []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\u00a0b", "a\u200bb", "Talks resume in New Delhi."}
	for range 20000 {
		rs := make([]rune, r.IntN(8))
		for i := range rs {
			rs[i] = alphabet[r.IntN(len(alphabet))]
		}
		lines = append(lines, string(rs))
	}
	for _, l := range lines {
		if got, want := collapseSpaces(l), collapseCopy(l); got != want {
			t.Fatalf("collapseSpaces(%q) = %q, want %q", l, got, want)
		}
		if got, want := blank(l), normaliseBody(l) == ""; got != want {
			t.Fatalf("blank(%q) = %v, want %v", l, got, want)
		}
	}
}

// hashFormRunes is hashForm as it was before its ASCII path: rune by rune.
func hashFormRunes(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		r = foldQuote(r)
		switch {
		case invisible(r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// TestHashFormASCIIPath: hashForm's byte path gives what the rune path
// gives, on strings of ASCII (every byte), quotes, spaces of every kind,
// invisible characters, letters that NFC composes or lower-cases oddly,
// and invalid UTF-8.
func TestHashFormASCIIPath(t *testing.T) {
	var alphabet []string
	for c := range 0x80 {
		alphabet = append(alphabet, string(rune(c)))
	}
	alphabet = append(alphabet, "\u00a0", "\u0085", "\u2003", "\u3000", "\u200b", "\u00ad", "\ufeff", "\u2060",
		"‘", "’", "“", "”", "«", "»", "′", "É", "é", "e\u0301", "\u0301", "İ", "Σ", "ς", "K", "\xff", "\xe2\x80", "日本")
	r := rand.New(rand.NewPCG(3, 4))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		if s := b.String(); hashForm(s) != hashFormRunes(s) {
			t.Fatalf("hashForm(%q) = %q, want %q", s, hashForm(s), hashFormRunes(s))
		}
	}
}
