package config

import (
	"fmt"
	"log/slog"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Redacted returns the effective configuration as YAML, every secret shown
// as "[redacted]" (or "" when unset). `briefbot config` prints it.
func (c Config) Redacted() string {
	var b strings.Builder
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(c); err != nil {
		return fmt.Sprintf("# config: cannot render: %v\n", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Sprintf("# config: cannot render: %v\n", err)
	}
	return b.String()
}

// SlogLevel returns LogLevel as a slog.Level (info when it is not valid).
func (c Config) SlogLevel() slog.Level {
	switch c.LogLevel {
	case "debug":
		return slog.LevelDebug
	case "warn":
		return slog.LevelWarn
	case "error":
		return slog.LevelError
	}
	return slog.LevelInfo
}
