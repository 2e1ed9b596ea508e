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

// cleanYAMLError rewrites yaml's type errors to name the key by its path:
// "line 3: field tokn not found in type config.Slack" becomes
// "line 3: unknown key "tokn" in slack", and "line 2: cannot unmarshal ..."
// becomes "line 2: summary.sentences: cannot unmarshal ...".
func cleanYAMLError(err error, keys map[int][]keyAt) error {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		return err
	}
	msgs := make([]string, 0, len(te.Errors))
	for _, m := range te.Errors {
		msgs = append(msgs, cleanYAMLMessage(m, keys))
	}
	return errors.New(strings.Join(msgs, "; "))
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
		for _, k := range keys[line] {
			if k.key == name {
				if parent := strings.TrimSuffix(k.path, "."+name); parent != k.path {
					return fmt.Sprintf("%s: unknown key %q in %s", prefix, name, parent)
				}
			}
		}
		return fmt.Sprintf("%s: unknown key %q", prefix, name)
	}
	if k, ok := keyForValue(keys[line], rest); ok {
		return fmt.Sprintf("%s: %s: %s", prefix, k.path, rest)
	}
	return m
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
