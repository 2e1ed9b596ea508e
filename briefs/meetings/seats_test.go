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
		refuses(t, "parseSeats", data, func() { parseSeats(data) })
	}
	if idx := parseSeats("# c\n\nParis\toecd|paris club\n"); len(idx["paris"]) != 1 || idx["oecd"][0].city != "Paris" {
		t.Errorf("parseSeats read %+v", idx)
	}
}

// TestCapitals checks the capitals file is read, keeps the historic
// capitals of the 1987 wire, and refuses a malformed line.
func TestCapitals(t *testing.T) {
	for city, want := range map[string]string{"washington": "u.s.", "bonn": "west german", "peking": "chinese", "hanoi": "vietnamese", "manila": "philippine"} {
		found := false
		for _, w := range capitalOf[city] {
			found = found || w == want
		}
		if !found {
			t.Errorf("capitalOf[%q] = %v, want it to hold %q", city, capitalOf[city], want)
		}
	}
	for _, c := range []struct {
		word string
		year int
		want string
	}{{"nigerian", 1987, "Lagos"}, {"nigerian", 2026, "Abuja"}, {"german", 1987, "Bonn"}, {"german", 1990, ""}, {"german", 2026, "Berlin"}, {"chinese", 1987, "Peking"}, {"ukrainian", 2025, "Kyiv"}, {"malaysian", 1987, "Kuala Lumpur"}, {"nigerian", 1991, ""}} {
		if got := capitalByNationality(c.word, c.year); got != c.want {
			t.Errorf("capitalByNationality(%q, %d) = %q, want %q", c.word, c.year, got, c.want)
		}
	}
	for _, data := range []string{"Hanoi\n", "\tvietnamese\n", "Hanoi\t\n", "Lagos\tnigerian\t1991\n", "Lagos\tnigerian\t-\n", "Lagos\tnigerian\tx-\n"} {
		refuses(t, "parseCapitals", data, func() { parseCapitals(data) })
	}
}

// refuses checks that parse panics on data.
func refuses(t *testing.T, name, data string, parse func()) {
	t.Helper()
	defer func() {
		if recover() == nil {
			t.Errorf("%s(%q) did not refuse it", name, data)
		}
	}()
	parse()
}
