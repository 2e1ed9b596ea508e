package timex

import "testing"

// TestFindFreshCheck re-checks TestFindFresh's rules and the issue's
// duration class on a second set of new sentences, written after those
// rules were fixed and run once before any further change.
func TestFindFreshCheck(t *testing.T) {
	tests := []findCase{
		{"untensed month in an apposition", "2025-11-03", "The lira, at its weakest since April, is a worry for the bank.",
			[]string{"April|DATE|2025-04"}},
		{"untensed month-day in a noun phrase", "2026-01-20", "Traders compare it with the July 30 low of 1.02.",
			[]string{"July 30|DATE|2025-07-30"}},
		{"untensed month a quarter ahead", "2025-11-03", "The deadline for bids is in February.",
			[]string{"February|DATE|2026-02"}},
		{"tensed future month far ahead", "2025-02-03", "The plant will reopen in August.", []string{"August|DATE|2025-08"}},
		{"adjective after a possessive", "2025-06-10", "Parliament will debate its amended budget on Thursday.",
			[]string{"Thursday|DATE|2025-06-12"}},
		{"adjective with an adverb", "2025-06-10", "Voters will choose from a newly expanded list in October.",
			[]string{"October|DATE|2025-10"}},
		{"relative clause verb stays past", "2025-06-10", "They will review the deal that collapsed on Monday.",
			[]string{"Monday|DATE|2025-06-09"}},
		{"pronoun verb past before a future", "2025-06-10", "Investors will recall that we warned them on Friday.",
			[]string{"Friday|DATE|2025-06-06"}},
		{"o'clock in the evening", "2025-06-10", "Doors open at 8 o'clock in the evening.", []string{"8 o'clock in the evening|TIME|2025-06-10T20:00"}},
		{"until in the morning", "2025-06-10", "Bars may stay open until 2 in the morning.", []string{"2 in the morning|TIME|2025-06-10T02:00"}},
		{"score in the afternoon is no clock", "2025-06-10", "The team trailed 2 in the afternoon match.", nil},
		{"for hours", "2025-06-10", "Negotiators argued for hours.", []string{"hours|DURATION|PTXH"}},
		{"over decades", "2025-06-10", "The coast has eroded over decades.", []string{"decades|DURATION|PXY"}},
		{"five years from now", "2025-06-10", "Five years from now, prices will be higher.", []string{"Five years|DURATION|P5Y"}},
		{"days later than planned", "2025-06-10", "The ship docked three days later than planned.", []string{"three days|DURATION|P3D"}},
		{"age in an apposition", "2025-06-10", "The driver, 34, and a 9-year-old girl were hurt.", nil},
		{"race time minutes", "2025-06-10", "He won the 1,500 metres in 3 minutes 29.4 seconds.", nil},
		{"fiscal range", "2025-06-10", "Revenue grew in fiscal 2024-25.", []string{"fiscal 2024|DATE|2024", "25|DATE|2025"}},
	}
	runFindCases(t, tests)
}

// TestFindSentenceTense: a date whose clause has no tense cue within reach
// takes the nearest strong cue earlier in its sentence, not the next
// sentence's or the previous one's. Written before that rule was switched on.
func TestFindSentenceTense(t *testing.T) {
	tests := []findCase{
		{"future far back in the sentence", "2025-02-10",
			"The agency will name the crew of the new orbital laboratory and its supply ship for a flight in November.",
			[]string{"November|DATE|2025-11"}},
		{"past perfect far back in the sentence", "2025-03-10",
			"The company had shipped the first batch of its long-awaited electric delivery vans to customers across the region in July.",
			[]string{"July|DATE|2024-07"}},
		{"no cue in the sentence", "2025-12-10", "Talks on the new trade rules for farm goods, fish and timber between the two neighbours in May.",
			[]string{"May|DATE|2025-05"}},
		{"the previous sentence's tense stays there", "2025-12-10",
			"He resigned last year. The new chief of the grid operator, a veteran engineer from the coast, in April.",
			[]string{"last year|DATE|2024", "April|DATE|2026-04"}},
		{"since before a year is a preposition, not a past verb", "1987-05-27",
			"The third ASEAN summit will be held in Manila on December 14, the first since 1977.",
			[]string{"December 14|DATE|1987-12-14", "1977|DATE|1977"}},
		{"end as a verb before a weekday", "2026-03-05",
			"The talks, which began Wednesday, will end Thursday.",
			[]string{"Wednesday|DATE|2026-03-04", "Thursday|DATE|2026-03-05"}},
		{"takes place is a scheduled present", "2025-03-04",
			"The General Conference, the annual gathering of all member states, takes place in Vienna in September.",
			[]string{"September|DATE|2025-09"}},
		{"took place stays past", "2025-03-04",
			"The General Conference took place in Vienna in September.",
			[]string{"September|DATE|2024-09"}},
		{"since before a month", "2025-05-27",
			"The talks will resume on June 2, the first round since March.",
			[]string{"June 2|DATE|2025-06-02", "March|DATE|2025-03"}},
	}
	runFindCases(t, tests)
}

// TestFindYearEnd: the noun "year end" / "year's end" is the end of the year,
// valued like "the end of the year" (the year; TimeML adds mod END); the
// hyphenated modifier "year-end" keeps the closing day. Written before the
// change.
func TestFindYearEnd(t *testing.T) {
	tests := []findCase{
		{"by year end", "2025-09-15", "The merger should close by year end.", []string{"year end|DATE|2025"}},
		{"before year's end", "2025-09-15", "Rates may fall again before year's end.", []string{"year's end|DATE|2025"}},
		{"the end of the year", "2025-09-15", "Rates may fall again by the end of the year.", []string{"the end of the year|DATE|2025"}},
		{"year-end modifier", "2025-09-15", "Its year-end cash pile will exceed $4 billion.", []string{"year-end|DATE|2025-12-31"}},
	}
	runFindCases(t, tests)
}
