package meetings

import (
	"sort"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/briefs"
)

// keyDrop are words left out of a meeting's key: function words and the
// generic words two reports of one meeting may or may not use.
var keyDrop = map[string]bool{
	"the": true, "of": true, "a": true, "an": true, "on": true, "and": true, "for": true, "in": true,
	"with": true, "s": true, "to": true, "at": true, "annual": true, "general": true, "shareholders": true,
	"shareholder": true, "stockholders": true, "stockholder": true, "co": true, "corp": true, "inc": true,
	"ltd": true, "plc": true, "company": true, "its": true, "their": true,
}

// keyKinds maps the words for a gathering onto one.
var keyKinds = map[string]string{
	"meetings": "meeting", "talks": "talks", "negotiations": "talks", "consultations": "talks",
	"summits": "summit", "sessions": "session", "conferences": "conference", "hearings": "hearing",
}

// Key identifies a meeting across briefs so the store can merge reports of
// the same meeting and notice a reschedule: built from the distinctive name
// (ordinal + body/organisation + kind, normalised), NOT from the date. When
// the title names nothing distinctive, the participants are added.
func Key(m briefs.Meeting) string {
	k := normKey(m.Title)
	if len(strings.Split(k, "-")) < 2 && len(m.Participants) > 0 {
		k = normKey(m.Title + " " + strings.Join(m.Participants, " "))
	}
	return k
}

// normKey lower-cases s, drops generic words, and joins the sorted
// remaining words with "-".
func normKey(s string) string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	seen := map[string]bool{}
	var out []string
	for _, w := range words {
		if k, ok := keyKinds[w]; ok {
			w = k
		}
		if keyDrop[w] || seen[w] {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	sort.Strings(out)
	return strings.Join(out, "-")
}
