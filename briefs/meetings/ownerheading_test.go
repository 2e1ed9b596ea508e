package meetings

import "testing"

// TestOwnerHeadingAgreesWithRegexp: the word check before ownerLine's
// regexp only skips lines the regexp would not match.
func TestOwnerHeadingAgreesWithRegexp(t *testing.T) {
	for _, l := range []string{
		"Secretary of State Ed Harland: ministerial diary",
		"Mayor Daniela Lopez - Public SCHEDULE for Wednesday",
		"A Note From Ambassador Ingrid Falk",
		"From the High Commissioner's desk - Ruth Mbeki",
		"My Week: the Minister's engagements",
		"Ministerial ſchedule",          // long s folds to s under (?i)
		"Weekly \u212aeynote programme", // the Kelvin sign
		"TOKYO, March 4 (Reuters) - Japan's trade negotiator will visit Washington next week for talks.",
		"The desktop maker's schedules slipped",
		"Itinerary",
		"",
	} {
		if got, want := ownerHeading(l), ownerLine.MatchString(l); got != want {
			t.Errorf("ownerHeading(%q) = %v, ownerLine matches: %v", l, got, want)
		}
	}
}
