package config

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

const secretValue = "123456:SUPERSECRETtoken"

func TestSecretNeverFormats(t *testing.T) {
	s := NewSecret(secretValue)
	c := Default()
	c.Telegram.Token = s
	c.Slack.BotToken = NewSecret("xoxb-" + secretValue)
	type private struct{ tok Secret } // fmt cannot call methods on unexported fields
	values := map[string]any{
		"secret":       s,
		"pointer":      &s,
		"config":       c,
		"config ptr":   &c,
		"unexported":   private{tok: s},
		"slice":        []Secret{s},
		"map":          map[string]Secret{"k": s},
		"interface":    any(s),
		"telegram":     c.Telegram,
		"destinations": struct{ T Telegram }{c.Telegram},
	}
	verbs := []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%10s", "%-20v", "%T"}
	for name, v := range values {
		for _, verb := range verbs {
			out := fmt.Sprintf(verb, v)
			if strings.Contains(out, "SUPERSECRET") || strings.Contains(strings.ToLower(out), strings.ToLower(fmt.Sprintf("%x", "SUPERSECRET"))) {
				t.Errorf("%s with %s leaks the secret: %s", name, verb, out)
			}
		}
	}
	if got := fmt.Sprintf("%v|%s|%#v", s, s, s); got != `[redacted]|[redacted]|"[redacted]"` {
		t.Errorf("formatted set secret = %s", got)
	}
	if got := fmt.Sprintf("%v|%#v", Secret{}, Secret{}); got != `|""` {
		t.Errorf("formatted empty secret = %s", got)
	}
	if got := fmt.Sprint(s); got != "[redacted]" {
		t.Errorf("Sprint = %q", got)
	}
}

func TestSecretValue(t *testing.T) {
	tests := []struct {
		in    string
		isSet bool
		str   string
	}{
		{"", false, ""},
		{"x", true, "[redacted]"},
		{secretValue, true, "[redacted]"},
	}
	for _, tt := range tests {
		s := NewSecret(tt.in)
		if s.Value() != tt.in || s.IsSet() != tt.isSet || s.String() != tt.str {
			t.Errorf("NewSecret(%q): Value %q IsSet %v String %q", tt.in, s.Value(), s.IsSet(), s.String())
		}
	}
	if (Secret{}).Value() != "" {
		t.Error("zero Secret has a value")
	}
}

func TestSecretSlog(t *testing.T) {
	s := NewSecret(secretValue)
	c := Default()
	c.Telegram.Token = s
	for _, format := range []string{"json", "text"} {
		var buf bytes.Buffer
		var h slog.Handler = slog.NewJSONHandler(&buf, nil)
		if format == "text" {
			h = slog.NewTextHandler(&buf, nil)
		}
		log := slog.New(h)
		log.Info("start", slog.Any("token", s), "bare", s, slog.Any("telegram", c.Telegram),
			slog.Any("config", c), slog.Group("g", slog.Any("tok", s)))
		out := buf.String()
		if strings.Contains(out, "SUPERSECRET") {
			t.Errorf("%s log leaks the secret: %s", format, out)
		}
		if !strings.Contains(out, "[redacted]") {
			t.Errorf("%s log does not show [redacted]: %s", format, out)
		}
	}
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("x", "token", s, "empty", Secret{})
	var rec map[string]any
	if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
		t.Fatal(err)
	}
	if rec["token"] != "[redacted]" || rec["empty"] != "" {
		t.Errorf("slog JSON attrs = token %q, empty %q", rec["token"], rec["empty"])
	}
}

func TestSecretMarshal(t *testing.T) {
	type doc struct {
		Set   Secret `yaml:"set" json:"set"`
		Empty Secret `yaml:"empty" json:"empty"`
	}
	d := doc{Set: NewSecret(secretValue)}
	y, err := yaml.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if want := "set: '[redacted]'\nempty: \"\"\n"; string(y) != want {
		t.Errorf("YAML = %q, want %q", y, want)
	}
	j, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"set":"[redacted]","empty":""}`; string(j) != want {
		t.Errorf("JSON = %s, want %s", j, want)
	}
	j, err = json.Marshal(map[Secret]int{NewSecret(secretValue): 1})
	if err != nil || strings.Contains(string(j), "SUPERSECRET") {
		t.Errorf("JSON map key = %s, %v", j, err)
	}
}

func TestSecretUnmarshalYAML(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		wantErr string
	}{
		{"tok: abc", "abc", ""},
		{"tok: 12345", "12345", ""},
		{"tok: ''", "", ""},
		{"tok: ~", "", ""},
		{"tok: [a, b]", "", "line 1: a secret must be a string"},
		{"tok: {a: b}", "", "line 1: a secret must be a string"},
	}
	for _, tt := range tests {
		var d struct {
			Tok Secret `yaml:"tok"`
		}
		err := yaml.Unmarshal([]byte(tt.in), &d)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%q: err = %v, want %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil || d.Tok.Value() != tt.want {
			t.Errorf("%q: got %q, %v; want %q", tt.in, d.Tok.Value(), err, tt.want)
		}
	}
}
