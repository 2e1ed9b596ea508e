package meetings

import "strings"

// An envoy named with the post the title gives: "Chinese Ambassador to
// Russia Zhang Hanhui", "U.S. Ambassador to the United Nations Mike
// Waltz". The lower-case "to" cuts the run of capitals in two, so the title
// alone ("Chinese Ambassador") would read as a party and the post would
// swallow the person ("Russia Zhang Hanhui"). The party is the person.

// envoyWords end a title that names its post after "to".
var envoyWords = map[string]bool{"ambassador": true, "envoy": true, "consul": true}

// envoyAt reports an envoy's title word at token k: "Ambassador", "Envoy",
// "High Commissioner", "Permanent Representative".
func envoyAt(toks []token, k int) bool {
	switch w := lowerAt(toks, k); {
	case envoyWords[w]:
		return true
	case w == "commissioner":
		return lowerAt(toks, k-1) == "high"
	case w == "representative":
		return lowerAt(toks, k-1) == "permanent"
	}
	return false
}

// envoyTitle reports chunk c of sentence si, a title ending in an envoy's
// word, before "to" and a post the envoy's name follows: "Chinese
// Ambassador" of "Chinese Ambassador to Russia Zhang Hanhui". It names no
// party of its own; "the Chinese Ambassador to Russia" with no name after
// stays the party.
func (d *doc) envoyTitle(si int, c chunk) bool {
	toks := d.toks[si]
	if !envoyAt(toks, c.end-1) || lowerAt(toks, c.end) != "to" {
		return false
	}
	for _, n := range d.chunks(si) {
		if n.start > c.end && n.start <= c.end+2 {
			return postedEnvoy(toks, n) != ""
		}
	}
	return false
}

// postedEnvoy is the person of chunk c when c is an envoy's post and name
// after an envoy's title ("Russia Zhang Hanhui" after "Ambassador to"):
// the words after the post, when the post is a country or a body and the
// rest a person's name; "" otherwise.
func postedEnvoy(toks []token, c chunk) string {
	k := c.start - 1
	if lowerAt(toks, k) == "the" {
		k--
	}
	if lowerAt(toks, k) != "to" || !envoyAt(toks, k-1) {
		return ""
	}
	ws := strings.Fields(c.text)
	for i := 1; i+2 <= len(ws); i++ {
		post, person := strings.Join(ws[:i], " "), strings.Join(ws[i:], " ")
		if (isCountry(post) || isOrg(post) || countries[strings.ToLower(post)] != "") && isPersonName(person) {
			return person
		}
	}
	return ""
}

// envoyPostEnds reports an envoy's post ending at token end: "Ambassador
// to Indonesia", "High Commissioner to the United Kingdom".
func envoyPostEnds(toks []token, end int) bool {
	for k := end - 1; k > 0 && k >= end-5; k-- {
		if toks[k].lower == "to" {
			return envoyAt(toks, k-1)
		}
	}
	return false
}
