package briefs

import "testing"

func TestWebURL(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"https://example.com/a?b=c", "https://example.com/a?b=c"},
		{"http://example.com", "http://example.com"},
		{"  https://example.com/x  ", "https://example.com/x"},
		{"HTTPS://EXAMPLE.COM/", "HTTPS://EXAMPLE.COM/"},
		{"javascript:alert(1)", ""},
		{"JavaScript://example.com/%0Aalert(1)", ""},
		{"data:text/html,<b>x</b>", ""},
		{"file:///etc/passwd", ""},
		{"mailto:a@b.org", ""},
		{"//example.com/x", ""},
		{"/relative/path", ""},
		{"https://", ""},
		{"https://example.com/\nSUMMARY:forged", ""},
		{"", ""},
	} {
		if got := WebURL(tt.in); got != tt.want {
			t.Errorf("WebURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
