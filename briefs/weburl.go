package briefs

import (
	"net/url"
	"strings"
)

// WebURL returns raw when it is an absolute http or https URL with a host,
// and "" otherwise. Only such links go into chat messages and calendars: a
// brief's url may hold anything ("javascript:alert(1)", "file:///etc").
func WebURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	if strings.ContainsFunc(raw, func(r rune) bool { return r < ' ' || r == 0x7f }) {
		return ""
	}
	return raw
}
