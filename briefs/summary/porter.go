package summary

import "strings"

// porterIrregular maps words the stemmer leaves alone or maps by hand,
// as NLTK's PorterStemmer does in its default (NLTK_EXTENSIONS) mode,
// which is what rouge-score uses.
var porterIrregular = map[string]string{
	"skies": "sky", "sky": "sky", "dying": "die", "lying": "lie", "tying": "tie",
	"news": "news", "innings": "inning", "inning": "inning", "outings": "outing",
	"outing": "outing", "cannings": "canning", "canning": "canning", "howe": "howe",
	"proceed": "proceed", "exceed": "exceed", "succeed": "succeed",
}

// Stem returns the Porter stem of a lower-case ASCII word, following
// NLTK's PorterStemmer in its default mode (the stemmer rouge-score uses).
func Stem(word string) string {
	if s, ok := porterIrregular[word]; ok {
		return s
	}
	if len(word) <= 2 {
		return word
	}
	w := step1a(word)
	w = step1b(w)
	w = step1c(w)
	w = step2(w)
	w = step3(w)
	w = step4(w)
	w = step5a(w)
	return step5b(w)
}

func isCons(w string, i int) bool {
	switch w[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	case 'y':
		if i == 0 {
			return true
		}
		return !isCons(w, i-1)
	}
	return true
}

// measure is m, the number of vowel-consonant sequences in w.
func measure(w string) int {
	m := 0
	prevVowel := false
	for i := 0; i < len(w); i++ {
		c := isCons(w, i)
		if c && prevVowel {
			m++
		}
		prevVowel = !c
	}
	return m
}

func hasVowel(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isCons(w, i) {
			return true
		}
	}
	return false
}

func endsDouble(w string) bool {
	n := len(w)
	return n >= 2 && w[n-1] == w[n-2] && isCons(w, n-1)
}

func endsCVC(w string) bool {
	n := len(w)
	if n >= 3 && isCons(w, n-3) && !isCons(w, n-2) && isCons(w, n-1) {
		return !strings.ContainsRune("wxy", rune(w[n-1]))
	}
	return n == 2 && !isCons(w, 0) && isCons(w, 1)
}

func posMeasure(stem string) bool { return measure(stem) > 0 }

// rule replaces suffix by repl when cond(stem) holds; nil cond always holds.
type rule struct {
	suffix, repl string
	cond         func(stem string) bool
}

// applyRules applies the first rule whose suffix matches; if its condition
// fails the word is returned unchanged (later rules are not tried).
func applyRules(w string, rules []rule) string {
	for _, r := range rules {
		if strings.HasSuffix(w, r.suffix) {
			stem := w[:len(w)-len(r.suffix)]
			if r.cond == nil || r.cond(stem) {
				return stem + r.repl
			}
			return w
		}
	}
	return w
}

func step1a(w string) string {
	if strings.HasSuffix(w, "ies") && len(w) == 4 {
		return w[:len(w)-3] + "ie"
	}
	return applyRules(w, []rule{{"sses", "ss", nil}, {"ies", "i", nil}, {"ss", "ss", nil}, {"s", "", nil}})
}

func step1b(w string) string {
	if strings.HasSuffix(w, "ied") {
		if len(w) == 4 {
			return w[:len(w)-3] + "ie"
		}
		return w[:len(w)-3] + "i"
	}
	if strings.HasSuffix(w, "eed") {
		stem := w[:len(w)-3]
		if measure(stem) > 0 {
			return stem + "ee"
		}
		return w
	}
	var stem string
	ok := false
	for _, suf := range []string{"ed", "ing"} {
		if strings.HasSuffix(w, suf) {
			stem = w[:len(w)-len(suf)]
			if hasVowel(stem) {
				ok = true
				break
			}
		}
	}
	if !ok {
		return w
	}
	for _, r := range []rule{{"at", "ate", nil}, {"bl", "ble", nil}, {"iz", "ize", nil}} {
		if strings.HasSuffix(stem, r.suffix) {
			return stem[:len(stem)-len(r.suffix)] + r.repl
		}
	}
	if endsDouble(stem) {
		if !strings.ContainsRune("lsz", rune(stem[len(stem)-1])) {
			return stem[:len(stem)-1]
		}
		return stem
	}
	if measure(stem) == 1 && endsCVC(stem) {
		return stem + "e"
	}
	return stem
}

func step1c(w string) string {
	n := len(w)
	if n > 2 && w[n-1] == 'y' && isCons(w, n-2) {
		return w[:n-1] + "i"
	}
	return w
}

var step2Rules = []rule{
	{"ational", "ate", posMeasure}, {"tional", "tion", posMeasure}, {"enci", "ence", posMeasure},
	{"anci", "ance", posMeasure}, {"izer", "ize", posMeasure}, {"bli", "ble", posMeasure},
	{"alli", "al", posMeasure}, {"entli", "ent", posMeasure}, {"eli", "e", posMeasure},
	{"ousli", "ous", posMeasure}, {"ization", "ize", posMeasure}, {"ation", "ate", posMeasure},
	{"ator", "ate", posMeasure}, {"alism", "al", posMeasure}, {"iveness", "ive", posMeasure},
	{"fulness", "ful", posMeasure}, {"ousness", "ous", posMeasure}, {"aliti", "al", posMeasure},
	{"iviti", "ive", posMeasure}, {"biliti", "ble", posMeasure}, {"fulli", "ful", posMeasure},
}

func step2(w string) string {
	if strings.HasSuffix(w, "alli") && posMeasure(w[:len(w)-4]) {
		return step2(w[:len(w)-4] + "al")
	}
	if strings.HasSuffix(w, "logi") {
		// NLTK's extension: "logi" -> "log", measured with the "l" kept.
		if posMeasure(w[:len(w)-3]) {
			return w[:len(w)-1]
		}
		return w
	}
	return applyRules(w, step2Rules)
}

var step3Rules = []rule{
	{"icate", "ic", posMeasure}, {"ative", "", posMeasure}, {"alize", "al", posMeasure},
	{"iciti", "ic", posMeasure}, {"ical", "ic", posMeasure}, {"ful", "", posMeasure},
	{"ness", "", posMeasure},
}

func step3(w string) string { return applyRules(w, step3Rules) }

func m1(stem string) bool { return measure(stem) > 1 }

var step4Rules = []rule{
	{"al", "", m1}, {"ance", "", m1}, {"ence", "", m1}, {"er", "", m1}, {"ic", "", m1},
	{"able", "", m1}, {"ible", "", m1}, {"ant", "", m1}, {"ement", "", m1}, {"ment", "", m1},
	{"ent", "", m1}, {"ion", "", func(s string) bool {
		return m1(s) && len(s) > 0 && (s[len(s)-1] == 's' || s[len(s)-1] == 't')
	}}, {"ou", "", m1}, {"ism", "", m1}, {"ate", "", m1}, {"iti", "", m1},
	{"ous", "", m1}, {"ive", "", m1}, {"ize", "", m1},
}

func step4(w string) string { return applyRules(w, step4Rules) }

func step5a(w string) string {
	if !strings.HasSuffix(w, "e") {
		return w
	}
	stem := w[:len(w)-1]
	m := measure(stem)
	if m > 1 || (m == 1 && !endsCVC(stem)) {
		return stem
	}
	return w
}

func step5b(w string) string {
	if strings.HasSuffix(w, "ll") && measure(w[:len(w)-1]) > 1 {
		return w[:len(w)-1]
	}
	return w
}
