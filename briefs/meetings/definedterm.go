package meetings

import (
	"strings"
	"unicode"
)

// definedTerm is the company "Company" stands for when the text defines it
// (definedCompany), else the first company the story names (storyCompany),
// or n.
func (d *doc) definedTerm(n string) string {
	if n == "Company" {
		if co := d.definedCompany(); co != "" {
			return co
		}
		if co := d.storyCompany(); co != "" && !suffixAlone(co) {
			return co // "BANQUE ATLANTIQUE DU SAHEL S.A." over "the Annual General Meeting of the Company"
		}
	}
	return n
}

// definedCompany is the company a notice defines as "the Company":
// `Harwell Minerals plc (AIM: HWM) ("Harwell" or the "Company")`, `Kestrel
// Mining plc ("Kestrel" or "the Company")`, `an
// Extraordinary General Meeting of Nordavia Group plc (the "Company")`;
// "" when the text defines none. The name is the capitalised run before the
// definition's bracket (and any bracket before it), with a lower-case
// company suffix ("plc") kept.
func (d *doc) definedCompany() string {
	if d.defined != nil {
		return *d.defined
	}
	name := ""
	d.defined = &name
	for _, text := range []string{d.text, d.briefTitle} { // the defining line may be the title a file's first line gave
		for _, q := range []string{`the "Company")`, "the “Company”)", `"the Company")`, "“the Company”)"} {
			i := strings.Index(text, q)
			if i < 0 {
				continue
			}
			open := strings.LastIndexByte(text[:i], '(')
			if open < 0 {
				return ""
			}
			name = nameBefore(text[:open])
			return name
		}
	}
	return ""
}

// nameBefore is the capitalised run of words that ends text, past any
// bracketed aside: "Harwell Minerals plc (AIM: HWM) " -> "Harwell Minerals plc".
func nameBefore(text string) string {
	text = strings.TrimRight(text, " ")
	for strings.HasSuffix(text, ")") {
		open := strings.LastIndexByte(text, '(')
		if open < 0 {
			return ""
		}
		text = strings.TrimRight(text[:open], " ")
	}
	ws := strings.Fields(text)
	start := len(ws)
	for start > 0 {
		w := strings.TrimRight(ws[start-1], ",")
		if w != ws[start-1] && start < len(ws) {
			break // "..., Nordavia Group plc": the comma ends the run before it
		}
		r := []rune(w)
		if len(r) == 0 || !unicode.IsUpper(r[0]) && !lowerSuffix(w) {
			break
		}
		start--
	}
	for start < len(ws) && lowerSuffix(ws[start]) {
		start++ // a suffix opens no name
	}
	return strings.Join(ws[start:], " ")
}

// lowerSuffix reports a company suffix a name may write in lower case:
// "plc", "ltd.", "Limited" (clusterparties.go companySuffix).
func lowerSuffix(w string) bool { return companySuffix(strings.ToLower(strings.TrimRight(w, "."))) }
