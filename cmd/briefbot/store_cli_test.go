package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestStoreCLI: commands that answer from the store never create one, and
// a store that cannot be opened is named with the actual problem.
func TestStoreCLI(t *testing.T) {
	missing := map[string]string{"BRIEFBOT_DB": "$DIR/typo.db"}
	noStore := func(t *testing.T, dir string) {
		if _, err := os.Stat(filepath.Join(dir, "typo.db")); !os.IsNotExist(err) {
			t.Errorf("the command created a store: %v", err)
		}
	}
	runCLICases(t, []cliCase{
		{name: "store-missing-brief", args: []string{"brief", "1"}, env: missing, after: noStore},
		{name: "store-missing-search", args: []string{"search", "india"}, env: missing, after: noStore},
		{name: "store-missing-meetings", args: []string{"meetings", "-format", "json"}, env: missing, after: noStore},
		{name: "store-missing-digest", args: []string{"digest", "-dry-run"}, env: missing, after: noStore},
		{name: "store-missing-chat", args: []string{"chat"}, env: missing, after: noStore},
		{name: "store-missing-reindex", args: []string{"reindex"}, env: missing, after: noStore},
		{name: "store-missing-folder", args: []string{"ingest", "-db", "$DIR/nope/b.db", "$DIR"}},
		{name: "store-is-folder", args: []string{"migrate", "-db", "$DIR"}},
		{name: "store-brief", args: []string{"brief", "-db", "$DB", "1"}},
	})
}

// TestConfigCLI: config problems are all named at once, in the user's
// terms; a missing config file is named as such.
func TestConfigCLI(t *testing.T) {
	writeBad := func(t *testing.T, dir string) {
		must(t, os.WriteFile(filepath.Join(dir, "bad.yaml"), []byte("log_levl: debug\ndestinations:\n  - name: x\n    platform: console\n    chat: c\n    schedule: \"0 8 * * *\"\n    timezone: Asia/Kolkatta\n    grace: 2 hours\n"), 0o644))
	}
	runCLICases(t, []cliCase{
		{name: "config-missing-file", args: []string{"config", "-config", "$DIR/missing.yaml"}},
		{name: "config-problems", args: []string{"config", "-config", "$DIR/bad.yaml"}, setup: writeBad},
	})
}

// TestFlagsCLI: flags and arguments do what the help says.
func TestFlagsCLI(t *testing.T) {
	writeConfig := func(t *testing.T, dir string) {
		must(t, os.WriteFile(filepath.Join(dir, "x.yaml"), []byte("db: "+filepath.Join(dir, "from-file.db")+"\n"), 0o644))
	}
	runCLICases(t, []cliCase{
		{name: "config-extra-arg", args: []string{"config", "extra-arg"}},
		{name: "version-help", args: []string{"version", "-h"}},
		{name: "version-extra-arg", args: []string{"version", "now"}},
		{name: "global-flags-before-command", args: []string{"-config", "$DIR/x.yaml", "-log-level=warn", "config"}, setup: writeConfig},
		{name: "unknown-flag-before-command", args: []string{"-sentences", "3", "summarize"}},
		{name: "global-flag-without-command", args: []string{"-db", "x.db"}},
		{name: "help-command", args: []string{"help", "search"}},
		{name: "run-extra-arg", args: []string{"run", "now"}},
	})
}
