package config

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"

	"go.yaml.in/yaml/v3"
)

const redacted = "[redacted]"

// Secret is a string that never prints. fmt (every verb), slog, YAML, JSON
// and text marshalling all show "[redacted]" when it is set and "" when it is
// empty; only Value returns the secret itself.
//
// The value sits behind a pointer so that even a Secret held in an unexported
// struct field, which fmt prints without calling methods, shows as an
// address rather than the secret.
type Secret struct{ v *string }

// NewSecret returns a Secret holding s; an empty s gives the empty Secret.
func NewSecret(s string) Secret {
	if s == "" {
		return Secret{}
	}
	return Secret{v: &s}
}

// Value returns the secret itself. Pass it only to the code that needs it.
func (s Secret) Value() string {
	if s.v == nil {
		return ""
	}
	return *s.v
}

// IsSet reports whether the secret is non-empty.
func (s Secret) IsSet() bool { return s.Value() != "" }

// String returns "[redacted]" when the secret is set, "" otherwise.
func (s Secret) String() string {
	if s.IsSet() {
		return redacted
	}
	return ""
}

// GoString returns the quoted form of String, for %#v.
func (s Secret) GoString() string { return fmt.Sprintf("%q", s.String()) }

// Format implements fmt.Formatter so that no verb (%d, %x, %+v ...) can
// reach the secret.
func (s Secret) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('#') {
		_, _ = io.WriteString(f, s.GoString())
		return
	}
	_, _ = fmt.Fprintf(f, fmt.FormatString(f, verb), s.String())
}

// LogValue implements slog.LogValuer.
func (s Secret) LogValue() slog.Value { return slog.StringValue(s.String()) }

// MarshalYAML implements yaml.Marshaler; it writes String, not the secret.
func (s Secret) MarshalYAML() (any, error) { return s.String(), nil }

// MarshalJSON implements json.Marshaler; it writes String, not the secret.
func (s Secret) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

// MarshalText implements encoding.TextMarshaler; it writes String, not the secret.
func (s Secret) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalYAML implements yaml.Unmarshaler: a secret is a scalar.
func (s *Secret) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: a secret must be a string", n.Line)
	}
	if n.Tag == "!!null" {
		*s = Secret{}
		return nil
	}
	*s = NewSecret(n.Value)
	return nil
}
