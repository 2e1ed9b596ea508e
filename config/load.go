package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
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
	c, err := load(path, lookupEnv)
	if err != nil {
		return Config{}, err
	}
	return c, nil
}

// LoadValid loads as Load does, applies override (command-line flags; nil
// for none) and validates the result. It reports every problem at once —
// unknown keys and bad values in the file and the environment, then what
// Validate finds in the values that did load — so fixing one does not
// reveal the next. Only a file that cannot be read stops it early.
func LoadValid(path string, lookupEnv func(string) (string, bool), override func(*Config)) (Config, error) {
	c, err := load(path, lookupEnv)
	var unreadable *fileError
	if errors.As(err, &unreadable) {
		return Config{}, err
	}
	if override != nil {
		override(&c)
	}
	if verr := c.Validate(); verr != nil {
		err = errors.Join(err, verr)
	}
	if err != nil {
		return Config{}, &InvalidError{err}
	}
	return c, nil
}

// InvalidError is every problem LoadValid found, one a line.
type InvalidError struct{ Problems error }

func (e *InvalidError) Error() string { return "invalid configuration:\n" + e.Problems.Error() }

func (e *InvalidError) Unwrap() error { return e.Problems }

// fileError is a config file that cannot be read at all.
type fileError struct{ msg string }

func (e *fileError) Error() string { return e.msg }

// load builds the Config as far as it can and returns it with every problem
// found on the way, joined.
func load(path string, lookupEnv func(string) (string, bool)) (Config, error) {
	c := Default()
	var errs []error
	if path != "" {
		data, err := readFile(path)
		if err != nil {
			return Config{}, err
		}
		for _, err := range decode(data, &c) {
			errs = append(errs, fmt.Errorf("%q: %w", path, err))
		}
	}
	if err := applyEnv(&c, lookupEnv); err != nil {
		errs = append(errs, err)
	}
	normalise(&c)
	return c, errors.Join(errs...)
}

func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, &fileError{fmt.Sprintf("config file %q not found", path)}
	case err != nil:
		return nil, &fileError{fmt.Sprintf("config file %q: %v", path, plainPathError(err))}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFile+1))
	if err != nil {
		return nil, &fileError{fmt.Sprintf("config file %q: %v", path, plainPathError(err))}
	}
	if len(data) > maxFile {
		return nil, &fileError{fmt.Sprintf("config file %q is larger than %d bytes", path, maxFile)}
	}
	return data, nil
}

// plainPathError drops the operation and path from a *fs.PathError, which
// the message already names.
func plainPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// decode applies the YAML document in data on top of c, as far as it can,
// and returns every problem: a key that is not known, a value of the wrong
// type (the rest of the document is still applied).
func decode(data []byte, c *Config) []error {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return []error{err}
	}
	errs := checkStrict(data, keysByLine(&root))
	if root.Kind == 0 || len(root.Content) == 0 || root.Content[0].Tag == "!!null" {
		return errs // empty file, or only comments
	}
	doc := root.Content[0]
	pruneNulls(doc)
	// checkStrict has reported the type errors, with their keys; decode
	// what is well typed.
	var te *yaml.TypeError
	if err := doc.Decode(c); err != nil && !errors.As(err, &te) {
		return append(errs, err)
	}
	if err := decodeDestinations(doc, c); err != nil {
		errs = append(errs, err)
	}
	if err := decodeFeeds(doc, c); err != nil {
		errs = append(errs, err)
	}
	return errs
}

// checkStrict decodes data into a throwaway Config with KnownFields, so
// unknown keys and wrongly typed values are reported with their lines (a
// yaml.Node's Decode cannot do that), and rejects more than one document.
func checkStrict(data []byte, keys map[int][]keyAt) []error {
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
		return []error{errors.New("more than one YAML document (remove the extra ---)")}
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
// DefaultDestination, so absent keys get their defaults. Type errors were
// reported by checkStrict; the well-typed keys still apply.
func decodeDestinations(doc *yaml.Node, c *Config) error {
	seq := mappingValue(doc, "destinations")
	if seq == nil || seq.Kind != yaml.SequenceNode {
		return nil
	}
	c.Destinations = make([]Destination, len(seq.Content))
	for i, item := range seq.Content {
		d := DefaultDestination()
		var te *yaml.TypeError
		if err := item.Decode(&d); err != nil && !errors.As(err, &te) {
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
	lists := []*[]string{&c.Telegram.AllowedChats, &c.Telegram.Admins, &c.Slack.AllowedChannels, &c.Slack.Admins, &c.Telegram.Contributors, &c.Slack.Contributors}
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
