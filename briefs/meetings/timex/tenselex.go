package timex

import "github.com/briefbot/briefbot/briefs/tokens"

// Tense is what one word says about the tense of its clause. It is the one
// tense lexicon of briefbot: timex's own tense guess and the meeting
// extractor's both read it, so a word means the same to both (each keeps
// its own rule for how far a cue reaches).
type Tense uint8

// Tense flags; a word may carry more than one ("said" is Past and Reporting).
const (
	Future    Tense = 1 << iota // "will", "scheduled", "tomorrow"; scheduled present "meets", "opens"
	Bare                        // a bare verb of a scheduled event: "meet", "visit" (future after "to")
	Past                        // "was", "met", "yesterday", "has"
	Present                     // "is", "are", "am"
	Reporting                   // "said", "told": attribution, not the reported event
	Remark                      // "noted", "stressed": attribution too, though the meeting rules do not take its subject for a speaker
	NotPast                     // -ed words that are no past verb: "united", "scheduled"
)

// CardinalWord reports a lower-case cardinal number written as a word from
// "two" up: "eleven", "forty", "hundred".
func CardinalWord(w string) bool { return numberWords[w] > 1 && w != "couple" && w != "dozen" }

// WordTense returns what the lower-case word w says of its clause's tense.
func WordTense(w string) Tense {
	if !tenseFilter.May(w) {
		return 0 // most words: no need to hash them
	}
	return tenseWords[w]
}

// tenseFilter passes the words of tenseWords.
var tenseFilter = tokens.NewFilter(tenseWords)

// Is reports whether t carries any of the flags f.
func (t Tense) Is(f Tense) bool { return t&f != 0 }

// tenseWords is the lexicon; built from the lists below.
var tenseWords = func() map[string]Tense {
	m := map[string]Tense{}
	for f, ws := range map[Tense][]string{
		Future: {
			"will", "shall", "would", "ll", "tomorrow", "next", "upcoming", "scheduled", "expected",
			"expects", "planned", "due", "going", "intends", "intend", "slated", "planning", "soon",
			"coming", "later", "tonight", "ahead", "proposed", "forthcoming", "prepare", "before",
			// scheduled present: "meets Tuesday", "opens on Monday"
			"meets", "begins", "opens", "starts", "ends", "expires", "resumes", "visits", "arrives",
			"convenes", "hosts", "travels", "returns", "runs", "kicks", "effective", "happens", "heads",
			"leaves", "flies", "lands", "chairs", "attends", "faces", "launches", "unveils", "aims",
			"hopes", "closes", "concludes", "finishes", "adjourns", "reconvenes", "wraps",
		},
		Bare: {"meet", "visit", "begin", "arrive", "resume", "convene", "start"},
		Past: {
			"was", "were", "had", "did", "ago", "last", "yesterday", "earlier", "has", "have", "been",
			"met", "held", "made", "took", "came", "went", "told", "began", "rose", "fell", "gave", "saw",
			"lost", "sold", "bought", "paid", "left", "got", "spoke", "wrote", "found", "led", "won", "hit",
			"cut", "put", "shot", "ran", "struck", "became", "brought", "sent", "kept", "thought", "felt",
			"said", "announced", "reported", "signed", "quit", "resigned", "fled", "opened", "visited",
			"since", "ended", "broke", "sat", "stood", "chose", "drew", "sought", "fought", "spent",
			"heard", "wound",
		},
		Present:   {"is", "are", "am", "continues", "continue", "remains", "remain"},
		Reporting: {"said", "says", "told", "added", "according", "reported", "stated", "announced"},
		Remark: {
			"noted", "stressed", "explained", "confirmed", "observed", "warned", "insisted", "indicated", "recalled",
			"argued", "claimed", "suggested", "disclosed", "revealed", "acknowledged", "admitted", "asserted",
			"emphasised", "emphasized", "underlined", "commented", "remarked",
		},

		NotPast: {
			"need", "needed", "speed", "proceed", "exceed", "succeed", "indeed", "feed", "seed", "bed",
			"red", "shed", "hundred", "breed", "united", "limited", "based", "related", "federal",
			"expected", "unexpected", "scheduled", "planned", "proposed", "reed", "ted", "ned", "fred",
			"creed", "advanced", "interested", "concerned", "called", "asked",
			// un- adjectives: "keep its rate unchanged at its meeting on Thursday" is to come
			"unchanged", "undisclosed", "unspecified", "unnamed", "unidentified", "unprecedented", "unresolved", "undecided", "unemployed",
		},
	} {
		for _, w := range ws {
			m[w] |= f
		}
	}
	return m
}()
