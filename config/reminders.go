package config

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Offsets are how long before a meeting a destination is reminded of it. In
// YAML it is one duration or a list: "1d", "[1d, 1h]"; a duration is a Go
// duration ("90m", "1h30m") or a number of days ("1d", "2d").
type Offsets []time.Duration

// UnmarshalYAML reads a scalar or a sequence of durations.
func (o *Offsets) UnmarshalYAML(n *yaml.Node) error {
	var items []*yaml.Node
	switch n.Kind {
	case yaml.ScalarNode:
		if strings.TrimSpace(n.Value) == "" {
			*o = nil
			return nil
		}
		items = []*yaml.Node{n}
	case yaml.SequenceNode:
		items = n.Content
	default:
		return fmt.Errorf("line %d: want a duration such as 1d or a list such as [1d, 1h]", n.Line)
	}
	var out Offsets
	for _, it := range items {
		d, err := ParseOffset(it.Value)
		if err != nil {
			return fmt.Errorf("line %d: %w", it.Line, err)
		}
		out = append(out, d)
	}
	*o = out
	return nil
}

// MarshalYAML writes the offsets as a list of strings such as "1d", "1h0m0s".
func (o Offsets) MarshalYAML() (any, error) {
	out := make([]string, len(o))
	for i, d := range o {
		out[i] = FormatOffset(d)
	}
	return out, nil
}

// ParseOffset reads "1d", "2d" or a Go duration such as "1h" or "90m".
func ParseOffset(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil {
			return 0, fmt.Errorf("%q is not a number of days such as 1d", s)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a duration such as 1d, 1h or 30m", s)
	}
	return d, nil
}

// FormatOffset writes whole days as "1d" and anything else as a Go duration.
func FormatOffset(d time.Duration) string {
	if d > 0 && d%(24*time.Hour) == 0 {
		return fmt.Sprintf("%dd", d/(24*time.Hour))
	}
	return d.String()
}
