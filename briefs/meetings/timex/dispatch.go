package timex

import "github.com/briefbot/briefbot/briefs/tokens"

// ruleSpec is a rule with the tokens it can start at.
type ruleSpec struct {
	rule
	words             []string
	wordSets          []func(string) bool
	num, mixed, quote bool // digits, "1990s"/"11th", an apostrophe ("'98")
}

func inMap[V any](m map[string]V) func(string) bool {
	return func(w string) bool { _, ok := m[w]; return ok }
}

// specs lists the rules in priority order (earlier rules win ties).
var specs = []ruleSpec{
	{rule: (*doc).numericDate, num: true},
	{rule: (*doc).monthDay, wordSets: []func(string) bool{inMap(months)}},
	{rule: (*doc).dayMonth, words: []string{"the"}, num: true, mixed: true},
	{rule: (*doc).monthYear, wordSets: []func(string) bool{inMap(months)}},
	{rule: (*doc).monthAlone, wordSets: []func(string) bool{inMap(months)}},
	{rule: (*doc).yearAlone, words: []string{"fiscal", "fy", "nineteen", "eighteen", "the"}, num: true, mixed: true, quote: true},
	{rule: (*doc).decade, words: []string{"the"}, num: true, mixed: true, quote: true},
	{rule: (*doc).weekday, words: []string{"last", "next", "this", "coming", "past"}, wordSets: []func(string) bool{inMap(weekdays)}},
	{rule: (*doc).dayWord, words: []string{"the", "today", "yesterday", "tomorrow", "tonight", "overnight"}},
	{rule: (*doc).partOfToday, words: []string{"this", "last", "mid"}},
	{rule: (*doc).refWord, words: []string{"the", "near", "distant", "foreseeable", "immediate", "future", "present", "past", "right"},
		wordSets: []func(string) bool{inMap(refWords)}},
	{rule: (*doc).shifted, words: []string{"the"}, wordSets: []func(string) bool{inMap(shiftWords)}},
	{rule: (*doc).quarter, words: []string{"the", "fiscal", "last", "this", "next", "year", "latest", "past", "previous",
		"current", "recent", "same", "most", "coming"}, wordSets: []func(string) bool{inMap(quarterOrdinal)}, num: true, mixed: true},
	{rule: (*doc).yearAgoPeriod, words: []string{"the", "year"}},
	{rule: (*doc).season, words: []string{"the"}, wordSets: []func(string) bool{inMap(seasons)}},
	{rule: (*doc).vagueRef, words: []string{"a", "the", "these", "coming", "upcoming", "recent", "past", "near", "short"}},
	{rule: (*doc).duration, words: []string{"the", "past", "last", "next", "first", "coming", "previous", "following",
		"final", "latest", "same", "initial", "remaining", "other", "a", "an", "few", "several", "many", "some", "recent", "couple"},
		wordSets: []func(string) bool{inMap(durationMods), inMap(numberWords), inMap(units)}, num: true},
	{rule: (*doc).set, words: []string{"every", "each", "per"}, wordSets: []func(string) bool{inMap(setWords)}},
	{rule: (*doc).clock, words: []string{"noon", "midnight", "midday"}, num: true, mixed: true},
	{rule: (*doc).holiday, words: []string{"christmas", "new", "independence", "halloween", "thanksgiving", "election"}},
	{rule: (*doc).ordinalDay, words: []string{"the"}},
	{rule: (*doc).theYear, words: []string{"the"}},
	{rule: (*doc).weekend, words: []string{"the", "this"}},
	{rule: (*doc).yearEnd, words: []string{"the", "year"}},
	{rule: (*doc).century, words: []string{"the"}, wordSets: []func(string) bool{inMap(ordinalWords)}, mixed: true},
	{rule: (*doc).following, words: []string{"the"}},
	{rule: (*doc).weekOf, words: []string{"the"}},
	{rule: (*doc).inThe, words: []string{"earlier", "later", "early", "late"}},
	{rule: (*doc).that, words: []string{"that", "earlier", "later", "early", "late"}},
	{rule: (*doc).theUnit, words: []string{"the"}},
	{rule: (*doc).periodCode, mixed: true},
}

// wordInfo is what the tokenizer records for a lexicon word.
type wordInfo struct {
	rules    int16
	modifier bool
	afterThe bool // one of wordsAfterThe
}

// wordsAfterThe are the words the rules tried at "the" (those of specs
// listing it) can read right after it: "the past", "the first quarter",
// "the year 2000", "the following day", "the full year", "the eighties".
// At "the" before any other word (a letters-only token) every one of those
// rules fails, so best tries none of them: "the" is the most common word of
// a text and was two in three rule calls. A rule that starts at "the" and
// reads another word after it adds that word (or its lexicon) here.
var wordsAfterThe = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"year", "day", "week", "weekend", // spokenYear, yearAgoPeriod, theYear, yearEnd; dayWord; weekOf; weekend
		"past", "near", "distant", "foreseeable", "immediate", "future", "present", // refWord
		"short", "upcoming", // vagueRef
		"last", "this", "next", "fiscal", "latest", "previous", "recent", "same", "most", "current", "coming", "quarter", "half", // quarter
		"first", "following", "final", "initial", "remaining", "other", // duration
		"a", "an", "few", "several", "many", "couple", // duration (count)
		"full", "entire", "whole", "calendar", // theYear
		"prior", // following
	} {
		m[w] = true
	}
	for _, lex := range []func() []string{keys(decadeWords), keys(shiftWords), keys(quarterOrdinal), keys(seasons),
		keys(durationMods), keys(numberWords), keys(units), keys(ordinalWords), keys(weekOrdinals)} {
		for _, w := range lex() {
			m[w] = true
		}
	}
	return m
}()

// The dispatch tables, built once from specs: ruleLists[0] is empty; a
// token's rules index selects the rules worth trying at it.
var (
	ruleLists  [][]rule
	wordRules  map[string]wordInfo
	wordFilter tokens.Filter // passes every word of wordRules
	numRules   int16
	mixedRules int16
	quoteRules int16
)

func init() {
	ruleLists = [][]rule{nil}
	add := func(keep func(ruleSpec) bool) int16 {
		var l []rule
		for _, s := range specs {
			if keep(s) {
				l = append(l, s.rule)
			}
		}
		if len(l) == 0 {
			return 0
		}
		ruleLists = append(ruleLists, l)
		return int16(len(ruleLists) - 1)
	}
	numRules = add(func(s ruleSpec) bool { return s.num })
	mixedRules = add(func(s ruleSpec) bool { return s.mixed })
	quoteRules = add(func(s ruleSpec) bool { return s.quote })
	words := map[string]bool{}
	for _, s := range specs {
		for _, w := range s.words {
			words[w] = true
		}
	}
	for _, m := range []func() []string{keys(months), keys(weekdays), keys(refWords), keys(shiftWords), keys(quarterOrdinal),
		keys(seasons), keys(durationMods), keys(numberWords), keys(units), keys(setWords), keys(ordinalWords), keys(modifiers)} {
		for _, w := range m() {
			words[w] = true
		}
	}
	wordRules = map[string]wordInfo{}
	for w := range words {
		idx := add(func(s ruleSpec) bool {
			for _, x := range s.words {
				if x == w {
					return true
				}
			}
			for _, f := range s.wordSets {
				if f(w) {
					return true
				}
			}
			return false
		})
		wordRules[w] = wordInfo{rules: idx, modifier: modifiers[w], afterThe: wordsAfterThe[w]}
		wordFilter.Add(w)
	}
	for w := range wordsAfterThe {
		if _, ok := wordRules[w]; !ok {
			wordRules[w] = wordInfo{afterThe: true} // no rule starts at it: "full", "whole"
			wordFilter.Add(w)
		}
	}
}

func keys[V any](m map[string]V) func() []string {
	return func() []string {
		out := make([]string, 0, len(m))
		for k := range m {
			out = append(out, k)
		}
		return out
	}
}
