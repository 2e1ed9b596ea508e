package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"go.yaml.in/yaml/v3"
)

// maxFile bounds the size of a configuration file.
const maxFile = 1 << 20

// Load builds a Config: defaults, then the YAML file at path (if path is not
// ""), then BRIEFBOT_* variables from lookupEnv (os.LookupEnv in production, a
// map in tests; nil means none), then the *_FILE secrets.
//
// A key given as null (or with no value) in the file keeps its default; an
// empty environment variable counts as unset. Unknown keys in the file are an
// error naming the key and its line, and a bad value in the environment is an
// error naming the variable. Load normalises a few values (lower-case enums,
// slack.api_url always ending in "/", telegram.api_url never) but does not
// call Validate.
func Load(path string, lookupEnv func(string) (string, bool)) (Config, error) {
	c := Default()
	if path != "" {
		data, err := readFile(path)
		if err != nil {
			return Config{}, err
		}
		if err := decode(data, &c); err != nil {
			return Config{}, fmt.Errorf("config: %s: %w", path, err)
		}
	}
	if err := applyEnv(&c, lookupEnv); err != nil {
		return Config{}, err
	}
	normalise(&c)
	return c, nil
}

func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("config: read file: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFile+1))
	if err != nil {
		return nil, fmt.Errorf("config: read file %s: %w", path, err)
	}
	if len(data) > maxFile {
		return nil, fmt.Errorf("config: file %s is larger than %d bytes", path, maxFile)
	}
	return data, nil
}

// decode applies the YAML document in data on top of c.
func decode(data []byte, c *Config) error {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return err
	}
	if err := checkStrict(data, keysByLine(&root)); err != nil {
		return err
	}
	if root.Kind == 0 || len(root.Content) == 0 || root.Content[0].Tag == "!!null" {
		return nil // empty file, or only comments
	}
	doc := root.Content[0]
	pruneNulls(doc)
	if err := doc.Decode(c); err != nil {
		return err
	}
	if err := decodeDestinations(doc, c); err != nil {
		return err
	}
	return decodeFeeds(doc, c)
}

// checkStrict decodes data into a throwaway Config with KnownFields, so
// unknown keys and wrongly typed values are reported with their lines (a
// yaml.Node's Decode cannot do that), and rejects more than one document.
func checkStrict(data []byte, keys map[int][]keyAt) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var probe Config
	if err := dec.Decode(&probe); err != nil {
		if errors.Is(err, io.EOF) {
			return nil
		}
		return cleanYAMLError(err, keys)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return errors.New("more than one YAML document (remove the extra ---)")
	}
	return nil
}

// pruneNulls removes mapping entries whose value is null, so that "key:"
// with nothing after it keeps the default instead of zeroing it.
func pruneNulls(n *yaml.Node) {
	if n.Kind == yaml.MappingNode {
		kept := n.Content[:0]
		for i := 0; i+1 < len(n.Content); i += 2 {
			if v := n.Content[i+1]; v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
				continue
			}
			kept = append(kept, n.Content[i], n.Content[i+1])
		}
		n.Content = kept
	}
	for _, ch := range n.Content {
		pruneNulls(ch)
	}
}

// decodeDestinations re-decodes each destination on top of
// DefaultDestination, so absent keys get their defaults.
func decodeDestinations(doc *yaml.Node, c *Config) error {
	seq := mappingValue(doc, "destinations")
	if seq == nil || seq.Kind != yaml.SequenceNode {
		return nil
	}
	c.Destinations = make([]Destination, len(seq.Content))
	for i, item := range seq.Content {
		d := DefaultDestination()
		if err := item.Decode(&d); err != nil {
			return fmt.Errorf("destinations[%d]: %w", i, err)
		}
		c.Destinations[i] = d
	}
	return nil
}

func mappingValue(n *yaml.Node, key string) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// normalise tidies values whose spelling does not matter.
func normalise(c *Config) {
	c.LogLevel = strings.ToLower(strings.TrimSpace(c.LogLevel))
	c.LogFormat = strings.ToLower(strings.TrimSpace(c.LogFormat))
	c.Summary.Provider = strings.ToLower(strings.TrimSpace(c.Summary.Provider))
	c.Telegram.APIURL = strings.TrimRight(c.Telegram.APIURL, "/")
	if c.Slack.APIURL != "" && !strings.HasSuffix(c.Slack.APIURL, "/") {
		c.Slack.APIURL += "/"
	}
	lists := []*[]string{&c.Telegram.AllowedChats, &c.Telegram.Admins, &c.Slack.AllowedChannels, &c.Slack.Admins}
	for i := range c.Destinations {
		d := &c.Destinations[i]
		d.Platform = strings.ToLower(strings.TrimSpace(d.Platform))
		lists = append(lists, &d.Filter.Keywords, &d.Filter.Sources, &d.Filter.Places)
	}
	for _, l := range lists {
		if len(*l) == 0 {
			*l = nil // "[]" in a file means the same as absent
		}
	}
}
