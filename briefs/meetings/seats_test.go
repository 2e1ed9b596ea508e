package meetings

import "testing"

// TestSeatOf checks the seats file is read and matched on whole words,
// the longest name deciding.
func TestSeatOf(t *testing.T) {
	cases := []struct{ name, want string }{
		{"NATO ambassadors", "Brussels"},
		{"the International Cocoa Organization", "London"},
		{"U.N. Security Council", "New York|United Nations"},
		{"National Security Council", ""}, // a longest "-" name: no seat
		{"ITC", ""},
		{"Whoopi", ""}, // whole words only
		{"Toyota", ""},
	}
	for _, c := range cases {
		if got := seatOf(c.name); got != c.want {
			t.Errorf("seatOf(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestParseSeatsRejectsBadLines checks a malformed seats line is refused
// with its line number rather than read wrongly.
func TestParseSeatsRejectsBadLines(t *testing.T) {
	for _, data := range []string{"# ok\nLondon\n", "London\t|ico\n", "\tico\n"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("parseSeats(%q) did not refuse it", data)
				}
			}()
			parseSeats(data)
		}()
	}
	if idx := parseSeats("# c\n\nParis\toecd|paris club\n"); len(idx["paris"]) != 1 || idx["oecd"][0].city != "Paris" {
		t.Errorf("parseSeats read %+v", idx)
	}
}
