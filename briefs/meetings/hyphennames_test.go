package meetings

import (
	"slices"
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestHyphenGivenNames: a Korean given name of up to six letters after its
// hyphen stays whole ("Lee Jae-myung", not "Lee Jae"), and the family name
// that opens it names the person in a title.
func TestHyphenGivenNames(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"five letters after the hyphen", "SEOUL, June 29 - Ban Ki-moon will meet President Lee Jae-myung on Thursday.", []string{"Ban Ki-moon", "Lee Jae-myung"}},
		{"the two leaders for a hyphenated name", "TOKYO, June 29 - Prime Minister Sanae Takaichi will hold talks with President Lee Jae-myung in Seoul on Saturday. The two leaders last met in Gyeongju in October.", []string{"Sanae Takaichi", "Lee Jae-myung"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := Extract(c.text, day("2026-06-29"), briefs.Dateline{})
			if len(res.Meetings) == 0 {
				t.Fatal("no meeting")
			}
			if got := res.Meetings[len(res.Meetings)-1].Participants; !slices.Equal(got, c.want) {
				t.Errorf("participants %q, want %q (as written)", got, c.want)
			}
		})
	}
	for _, c := range []struct{ in, want string }{
		{"Lee Jae-myung", "Lee"}, {"Kim Dae-jung", "Kim"}, {"Jean-Noel Barrot", "Barrot"}, {"Luiz Inacio Lula da Silva", "Silva"},
	} {
		if got := surname(c.in); got != c.want {
			t.Errorf("surname(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestPartiesAndTail: a body's name split at its "and" is one party again
// (parties.and-tail); two bodies joined by "and" stay two.
func TestPartiesAndTail(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"for ... and one word", "ATLANTA, June 29 - Officials of the U.S. Centers for Disease Control and Prevention will meet on Thursday.", []string{"Centers for Disease Control and Prevention"}},
		{"a second body after and", "GENEVA, June 29 - The World Health Organization and the Africa Centres for Disease Control and Prevention met in Geneva on Monday.", []string{"World Health Organization", "Africa Centres for Disease Control and Prevention"}},
		{"two bodies stay two", "SEOUL, June 29 - Officials of the Bank of Korea and Samsung will meet on Thursday.", []string{"Bank of Korea", "Samsung"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := Extract(c.text, day("2026-06-29"), briefs.Dateline{})
			if len(res.Meetings) == 0 {
				t.Fatal("no meeting")
			}
			got := slices.Clone(res.Meetings[len(res.Meetings)-1].Participants)
			want := slices.Clone(c.want)
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("participants %q, want %q (as written)", got, want)
			}
		})
	}
}
