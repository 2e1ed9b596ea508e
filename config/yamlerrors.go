package config

import (
	"errors"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// keyAt is one mapping key of the document, with its path (such as
// "destinations[1].filter.places") and value.
type keyAt struct {
	path, key string
	value     *yaml.Node
}

// cleanYAMLError rewrites yaml's type errors to name the key by its path
// and say what is wrong in the user's terms, one error per problem:
// "line 3: field tokn not found in type config.Slack" becomes
// `line 3: unknown key "tokn" in slack; did you mean token?`, and
// "line 2: cannot unmarshal !!str `2 hours` into time.Duration" becomes
// `line 2: destinations[0].grace: "2 hours" is not a duration; use 2h`.
func cleanYAMLError(err error, keys map[int][]keyAt) []error {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		return []error{err}
	}
	out := make([]error, 0, len(te.Errors))
	for _, m := range te.Errors {
		out = append(out, errors.New(cleanYAMLMessage(m, keys)))
	}
	return out
}

func cleanYAMLMessage(m string, keys map[int][]keyAt) string {
	var line int
	if _, err := fmt.Sscanf(m, "line %d:", &line); err != nil {
		return m
	}
	prefix, rest, _ := strings.Cut(m, ": ")
	if field, ok := strings.CutPrefix(rest, "field "); ok {
		name, _, found := strings.Cut(field, " not found in type ")
		if !found {
			return m
		}
		parent := ""
		for _, k := range keys[line] {
			if k.key == name {
				parent = strings.TrimSuffix(k.path, name)
				parent = strings.TrimSuffix(parent, ".")
			}
		}
		msg := fmt.Sprintf("%s: unknown key %q", prefix, name)
		if parent != "" {
			msg += " in " + parent
		}
		if s := closest(name, knownKeys(parent)); s != "" {
			msg += "; did you mean " + s + "?"
		}
		return msg
	}
	if k, ok := keyForValue(keys[line], rest); ok {
		return fmt.Sprintf("%s: %s: %s", prefix, k.path, typeProblem(rest))
	}
	return m
}

// typeProblem says in plain words what a "cannot unmarshal !!str `x` into
// T" message means; other messages are returned as they are.
func typeProblem(msg string) string {
	_, after, ok := strings.Cut(msg, "`")
	value, into, ok2 := strings.Cut(after, "` into ")
	if !ok || !ok2 {
		return msg
	}
	switch into {
	case "time.Duration":
		hint := "use a duration such as 2h, 90m or 30s"
		if d, ok := durationHint(value); ok {
			hint = "use " + d
		}
		return fmt.Sprintf("%q is not a duration; %s", value, hint)
	case "int":
		return fmt.Sprintf("%q is not a whole number", value)
	case "bool":
		return fmt.Sprintf("%q is not true or false", value)
	case "[]string":
		return fmt.Sprintf("%q is not a list; write [a, b]", value)
	}
	return msg
}

// durationHint turns "2 hours", "90 minutes" or "1 day" into the Go
// duration the user meant: "2h", "90m", "24h".
func durationHint(v string) (string, bool) {
	var n int
	var unit string
	if _, err := fmt.Sscanf(strings.TrimSpace(v), "%d %s", &n, &unit); err != nil || n < 0 {
		if _, err := fmt.Sscanf(strings.TrimSpace(v), "%d", &n); err != nil || n < 0 {
			return "", false
		}
		return fmt.Sprintf("%ds, %dm or %dh", n, n, n), true // a bare number: which unit?
	}
	unit = strings.TrimSuffix(strings.ToLower(unit), "s")
	switch unit {
	case "second", "sec":
		return fmt.Sprintf("%ds", n), true
	case "minute", "min":
		return fmt.Sprintf("%dm", n), true
	case "hour", "hr":
		return fmt.Sprintf("%dh", n), true
	case "day":
		return fmt.Sprintf("%dh", 24*n), true
	}
	return "", false
}

// keyForValue picks the key a "cannot unmarshal !!str `x` into T" message
// is about: the only key on its line, or the one whose value is x.
func keyForValue(keys []keyAt, msg string) (keyAt, bool) {
	if len(keys) == 1 {
		return keys[0], true
	}
	_, after, ok := strings.Cut(msg, "`")
	value, _, ok2 := strings.Cut(after, "`")
	if !ok || !ok2 {
		return keyAt{}, false
	}
	for _, k := range keys {
		if k.value.Kind == yaml.ScalarNode && k.value.Value == value {
			return k, true
		}
	}
	return keyAt{}, false
}

// keysByLine indexes every mapping key of the document by its line.
func keysByLine(root *yaml.Node) map[int][]keyAt {
	keys := make(map[int][]keyAt)
	var walk func(n *yaml.Node, path string)
	walk = func(n *yaml.Node, path string) {
		switch n.Kind {
		case yaml.DocumentNode:
			for _, ch := range n.Content {
				walk(ch, path)
			}
		case yaml.SequenceNode:
			for i, ch := range n.Content {
				walk(ch, fmt.Sprintf("%s[%d]", path, i))
			}
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				p := k.Value
				if path != "" {
					p = path + "." + k.Value
				}
				keys[k.Line] = append(keys[k.Line], keyAt{path: p, key: k.Value, value: v})
				walk(v, p)
			}
		}
	}
	walk(root, "")
	return keys
}
