package sentences

import (
	"reflect"
	"strings"
	"testing"
)

func texts(ss []Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One. Two! Three?", []string{"One.", "Two!", "Three?"}},
		{"Mr. Smith met Dr. Jones on Dec. 4 in Washington. They talked.", []string{"Mr. Smith met Dr. Jones on Dec. 4 in Washington.", "They talked."}},
		{"The U.S. economy grew 3.5 pct. Prices rose.", []string{"The U.S. economy grew 3.5 pct.", "Prices rose."}},
		{"He said \"we will meet.\" Then he left.", []string{"He said \"we will meet.\"", "Then he left."}},
		{"Heading line\n\nBody starts here. More body.", []string{"Heading line", "Body starts here.", "More body."}},
		{"It opens at 10:00 a.m. (CEST) at the Congress Center. Doors open at 9.", []string{"It opens at 10:00 a.m. (CEST) at the Congress Center.", "Doors open at 9."}},
		{"It was approx. five metres.", []string{"It was approx. five metres."}},
		{"J. Paul Getty arrived.", []string{"J. Paul Getty arrived."}},
		{"", nil},
		{"The deal is worth Rs. 500 crore. It was signed.", []string{"The deal is worth Rs. 500 crore.", "It was signed."}},
		{"The U.N. Security Council met. The U.K. abstained.", []string{"The U.N. Security Council met.", "The U.K. abstained."}},
		{"Troops left the U.S. The war ended.", []string{"Troops left the U.S.", "The war ended."}},
		{"\"Will you come?\" she asked. He said yes.", []string{"\"Will you come?\" she asked.", "He said yes."}},
		{"\"Go!\" He ran.", []string{"\"Go!\"", "He ran."}},
		{"Talks began at 2 p.m. on Monday. They ended.", []string{"Talks began at 2 p.m. on Monday.", "They ended."}},
		{"Item | Subject | Lead\n1 | Declarations of interest | Chair\n2 | Minutes of the meeting held on 3 May | Chair", []string{"Item | Subject | Lead", "1 | Declarations of interest | Chair", "2 | Minutes of the meeting held on 3 May | Chair"}},
		{"Monday, November 6 | 9:00 a.m. | Public Accounts | Room 2", []string{"Monday, November 6 | 9:00 a.m. | Public Accounts | Room 2"}},
		{"Tuesday 14 October, 09.30 — Board meeting\nWednesday 15 October — Talks with the union", []string{"Tuesday 14 October, 09.30 — Board meeting", "Wednesday 15 October — Talks with the union"}},
		{"09:00 Opening plenary\n11:00 Ministerial roundtable", []string{"09:00 Opening plenary\n11:00 Ministerial roundtable"}},
		{"a) Ukraine\nb) Meeting with the Western Balkans foreign ministers", []string{"a) Ukraine", "b) Meeting with the Western Balkans foreign ministers"}},
		{"2) Current affairs\n3) Approval of the minutes of 4 March", []string{"2) Current affairs", "3) Approval of the minutes of 4 March"}},
		{"The unions will meet on\nThursday 6 November to discuss it.", []string{"The unions will meet on\nThursday 6 November to discuss it."}},
		{"MONDAY, JUNE 16, 9:30 a.m. - Subcommittee on Fisheries hearing. It is open.", []string{"MONDAY, JUNE 16, 9:30 a.m. - Subcommittee on Fisheries hearing.", "It is open."}},
		{"Talks ended at 2 p.m. - the union said. They resume Monday.", []string{"Talks ended at 2 p.m. - the union said.", "They resume Monday."}},
		{"Agenda\n1 | Apologies | Chair\nQuestions from the public", []string{"Agenda", "1 | Apologies | Chair", "Questions from the public"}},
		{"Talks on pay | rail\nresume on Monday.", []string{"Talks on pay | rail\nresume on Monday."}},
		{"DIARY DATES\n- Council meeting: Tuesday 10 March, 5.30pm.", []string{"DIARY DATES", "- Council meeting: Tuesday 10 March, 5.30pm."}},
		{"FROM THE PRESIDENT\nWelcome to the March edition of our newsletter. Your Board met.", []string{"FROM THE PRESIDENT", "Welcome to the March edition of our newsletter.", "Your Board met."}},
		{"PARLIAMENT OF VICTORIA\nPublic Accounts and Estimates Committee", []string{"PARLIAMENT OF VICTORIA\nPublic Accounts and Estimates Committee"}},
		{"HOUSE OF COMMONS\nSELECT COMMITTEE MEETINGS", []string{"HOUSE OF COMMONS\nSELECT COMMITTEE MEETINGS"}},
		{"BONN, MARCH 3 - WEST GERMAN MINISTERS\nWILL MEET ON FRIDAY.", []string{"BONN, MARCH 3 - WEST GERMAN MINISTERS\nWILL MEET ON FRIDAY."}},
		{"It was chaired by Eng. Mercy Wanjiru. Atty. Jose Reyes spoke.", []string{"It was chaired by Eng. Mercy Wanjiru.", "Atty. Jose Reyes spoke."}},
	}
	for _, tt := range tests {
		got := texts(Split(tt.in))
		if len(got)+len(tt.want) > 0 && !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Split(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOffsetsAndParagraphs(t *testing.T) {
	in := "Né à Paris. Deux.\n\nTrois."
	ss := Split(in)
	r := []rune(in)
	for _, s := range ss {
		if string(r[s.Start:s.End]) != s.Text {
			t.Errorf("offsets %d..%d give %q, want %q", s.Start, s.End, string(r[s.Start:s.End]), s.Text)
		}
	}
	if len(ss) != 3 || ss[0].Paragraph != 0 || ss[1].Paragraph != 0 || ss[2].Paragraph != 1 {
		t.Errorf("paragraphs wrong: %+v", ss)
	}
}

// TestTextIsTheRunes: each sentence's Text is its runes of the text, for
// valid UTF-8 (sliced from the text) and invalid (encoded again).
func TestTextIsTheRunes(t *testing.T) {
	for _, text := range []string{
		"Zürich – talks end. Ministers “agreed” on Monday.\n\nNew paragraph. 東京 meets again!",
		"Bad \xff byte here. And \xe2\x80 a cut rune. Last one.",
	} {
		runes := []rune(text)
		for _, s := range Split(text) {
			if want := string(runes[s.Start:s.End]); s.Text != want {
				t.Errorf("Text %q, want runes[%d:%d] %q", s.Text, s.Start, s.End, want)
			}
		}
	}
}

func TestAbbreviationsFitTheirBuffer(t *testing.T) {
	for w := range abbreviations {
		if len(w) > maxAbbreviation {
			t.Errorf("abbreviation %q is longer than maxAbbreviation (%d): raise it", w, maxAbbreviation)
		}
		if !isAbbreviation([]rune(strings.ToUpper(w))) {
			t.Errorf("isAbbreviation(%q) = false", strings.ToUpper(w))
		}
	}
	if isAbbreviation([]rune("Mrx")) || isAbbreviation([]rune("Mrs\u00e9")) {
		t.Error("a word that is no abbreviation is taken for one")
	}
}
