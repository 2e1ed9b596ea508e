package meetings

import (
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// TestPlacePrepares: a meeting held to prepare another, with no place of
// its own, is held where the other is (place.prepares); its own place
// wins, and it borrows none when two later meetings could be the one.
func TestPlacePrepares(t *testing.T) {
	for _, c := range []struct{ name, pub, text, place string }{
		{"the meeting, here", "2026-02-13", "BRUSSELS, Feb 13 (Reuters) - Senior officials met on Friday to prepare the meeting but failed to agree. European Union agriculture ministers will meet here on Monday to discuss aid for dairy farmers.", "Brussels"},
		{"for weekend talks", "2026-09-24", "LONDON, Sept 24 (Reuters) - Officials from the Group of Seven met on Wednesday to prepare for weekend talks among the group's finance ministers. The ministers will meet in Washington on Saturday.", "Washington"},
		{"its own place", "2026-09-24", "LONDON, Sept 24 (Reuters) - Officials from the Group of Seven met in Paris on Wednesday to prepare for weekend talks among the group's finance ministers. The ministers will meet in Washington on Saturday.", "Paris"},
		{"two later meetings", "2026-09-24", "LONDON, Sept 24 (Reuters) - Officials from the Group of Seven met on Wednesday to prepare for talks among the group's leaders. The finance ministers will meet in Washington on Saturday. The trade ministers will meet in Tokyo on Sunday.", ""},
	} {
		t.Run(c.name, func(t *testing.T) { checkFirstPlace(t, c.pub, c.text, c.place) })
	}
	t.Run("the session it opens with", func(t *testing.T) {
		text := "ACCRA, May 30 - The Minister will co-chair the 3rd Session of the Ghana-Togo Joint Commission in Lome on 3 June 2025. The Session will be preceded by a meeting of senior officials on 2 June 2025."
		for _, m := range Extract(text, day("2025-05-30"), briefs.Dateline{}).Meetings {
			if m.Place != "Lome" {
				t.Errorf("%s on %s: place %q, want Lome", m.Title, m.Date, m.Place)
			}
		}
	})
}

// TestDatelineCity: a dateline's region or country after its city does not
// keep a home body's meeting from the city (homeplace.go datelineCity), and
// a council named for the city is at home there.
func TestDatelineCity(t *testing.T) {
	for _, c := range []struct{ name, text, place string }{
		{"city and country", "AUCKLAND, New Zealand (AP) — Auckland Council will meet on Thursday to discuss water charges.", "Auckland"},
		{"a council's governing body", "AUCKLAND, June 2 (AP) — Auckland Council's Governing Body will hold a public hearing on Thursday on water charges.", "Auckland"},
		{"a company's board", "AUCKLAND, New Zealand (AP) — Fonterra's board will meet on Thursday to discuss milk prices.", ""},
	} {
		t.Run(c.name, func(t *testing.T) { checkFirstPlace(t, "2025-05-20", c.text, c.place) })
	}
}

// TestHomeAgain: a body that meets at home in one meeting of the story is
// at home in its other meetings that name no place (seriesparties.go
// homeAgain): the Bundesbank council's last meeting in a Frankfurt story.
func TestHomeAgain(t *testing.T) {
	text := "FRANKFURT, April 1 - The Bundesbank is unlikely to change its key interest rates when its central bank council meets tomorrow, its last regular session before the Easter break, money market dealers and economists said.\n\nThe council, which normally meets every other Thursday, left the discount rate at 3.0 pct and the Lombard rate at 5.0 pct at its last meeting on March 19.\n\nBundesbank President Karl Otto Poehl told a parliamentary committee in Bonn last week that the bank saw no reason to ease policy further for now."
	ms := Scheduled(Extract(text, day("1987-04-01"), briefs.Dateline{}).Meetings)
	if len(ms) != 2 {
		t.Fatalf("meetings %s, want two", meetingList(ms))
	}
	for _, m := range ms {
		if m.Place != "Frankfurt" {
			t.Errorf("%s on %s: place %q, want Frankfurt", m.Title, m.Date, m.Place)
		}
	}
}

// TestPrecededAndSidelines: a meeting that precedes another ("X will be
// preceded by Y") is held where X is (place.prepares); one on the
// sidelines of an undated gathering whose place the words give is held
// there (place.sidelines).
func TestPrecededAndSidelines(t *testing.T) {
	for _, c := range []struct{ name, text, place string }{
		{"preceded by", "LONDON, Nov 18 (Reuters) - Southern African leaders will hold an extraordinary summit in Harare on Wednesday. The summit will be preceded by an extraordinary meeting of the SADC Council of Ministers on Tuesday.", "Harare"},
		{"sidelines of an undated gathering", "TOKYO, July 8 Kyodo - Japan's foreign minister will hold talks with his South Korean counterpart on Thursday on the sidelines of ASEAN-related meetings in Kuala Lumpur.", "Kuala Lumpur"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ms := Scheduled(Extract(c.text, day("2024-11-18"), briefs.Dateline{}).Meetings)
			for _, m := range ms {
				if m.Place != c.place {
					t.Errorf("%s on %s: place %q, want %q", m.Title, m.Date, m.Place, c.place)
				}
			}
			if len(ms) == 0 {
				t.Error("no meeting")
			}
		})
	}
}

// TestSeatedElsewhere: a body whose seat the data knows is not at home at
// another dateline: the Fed's meeting in a Johannesburg story has no place.
func TestSeatedElsewhere(t *testing.T) {
	checkFirstPlace(t, "2025-09-15", "JOHANNESBURG, Sept 15 (Reuters) - The U.S. Federal Reserve concludes a two-day policy meeting on Wednesday.", "")
	checkFirstPlace(t, "2025-09-15", "WASHINGTON, Sept 15 (Reuters) - The U.S. Federal Reserve concludes a two-day policy meeting on Wednesday.", "Washington")
}
