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

// keyGeneric are key words that say what kind of gathering it is, or who
// takes part in general terms, but not whose: "the board meeting", "talks",
// "the ministerial session". Hundreds of unrelated reports use them.
var keyGeneric = map[string]bool{
	"meeting": true, "talks": true, "summit": true, "session": true, "conference": true, "hearing": true,
	"board": true, "directors": true, "ministerial": true, "ministers": true, "minister": true, "leaders": true,
	"officials": true, "special": true, "extraordinary": true, "emergency": true, "regular": true, "policy": true,
	"bilateral": true, "trilateral": true, "high": true, "level": true, "next": true, "first": true, "last": true,
	"cabinet": true, "committee": true, "council": true, "delegation": true, "delegations": true, "forum": true,
	"round": true, "virtual": true, "informal": true, "joint": true, "senior": true, "working": true,
	"group": true, "plenary": true, "closed": true, "door": true, "press": true, "meet": true, "new": true,
	"upcoming": true, "scheduled": true, "rescheduled": true, "postponed": true, "two": true, "day": true,
	"today": true, "tomorrow": true, "week": true, "weekly": true, "monthly": true, "quarterly": true,
}

// Key identifies a meeting across briefs so the store can merge reports of
// the same meeting and notice a reschedule. A key built from the
// distinctive name (ordinal + body/organisation + kind, normalised) leaves
// the date out, so a later report of a new date joins the earlier one.
// When the title names nothing distinctive, the participants are added;
// when even then only generic words remain ("board meeting", "talks",
// "22nd ministerial session"), the key cannot tell one body's meeting from
// another's, so it is tied to the meeting's date and place
// ("board-meeting@20251120@london"): such reports join only when they name
// the same day and place. An undated generic meeting has no key.
func Key(m briefs.Meeting) string {
	k := normKey(m.Title)
	if (len(strings.Split(k, "-")) < 2 || !distinctive(k)) && len(m.Participants) > 0 {
		k = normKey(m.Title + " " + strings.Join(m.Participants, " "))
	}
	if k == "" || distinctive(k) {
		return k
	}
	if m.Date == "" {
		return ""
	}
	k += "@" + strings.ReplaceAll(m.Date, "-", "")
	if p := normKey(m.Place); p != "" {
		k += "@" + p
	}
	return k
}

// distinctive reports whether key (words joined by "-") has a word that
// names a body or a meeting of its own: not a generic word, an ordinal or a
// number.
func distinctive(key string) bool {
	for _, w := range strings.Split(key, "-") {
		if w != "" && !keyGeneric[w] && !isOrdinal(w) && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) >= 0 {
			return true
		}
	}
	return false
}

// splitKey returns the words of key and whether it is tied to a date (a
// generic key).
func splitKey(key string) (words string, dated bool) {
	words, _, dated = strings.Cut(key, "@")
	return words, dated
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
