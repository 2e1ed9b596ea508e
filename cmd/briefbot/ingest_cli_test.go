package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestIngestCLI: standard input, names that could forge output lines, and
// duplicates that differ only in Unicode normal form.
func TestIngestCLI(t *testing.T) {
	db := []string{"ingest", "-db", "$DIR/new.db"}
	write := func(files map[string]string) func(t *testing.T, dir string) {
		return func(t *testing.T, dir string) {
			for name, body := range files {
				must(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
			}
		}
	}
	jsonl := `{"id": "a", "text": "BRUSSELS, March 2 (Reuters) - EU farm ministers will meet here on Monday."}` + "\n{broken\n"
	runCLICases(t, []cliCase{
		{name: "ingest-stdin-sniffed-jsonl", args: append(db, "-"), stdin: jsonl},
		{name: "ingest-stdin-format-txt", args: append(db, "-format", "txt", "-"), stdin: "EU farm ministers meet\n\nBRUSSELS, March 2 (Reuters) - EU farm ministers will meet here on Monday.\n"},
		{name: "ingest-stdin-bad-format", args: append(db, "-format", "pdf", "-")},
		{name: "ingest-format-without-stdin", args: append(db, "-format", "txt", "$DIR")},
		{name: "ingest-stdin-twice", args: append(db, "-", "-")},
		{name: "ingest-forged-name", args: append(db, "$DIR/in"), setup: func(t *testing.T, dir string) {
			must(t, os.Mkdir(filepath.Join(dir, "in"), 0o755))
			must(t, os.WriteFile(filepath.Join(dir, "in", "a.txt\nskipped fake.txt: looks fine.txt"), []byte{0xff, 'x'}, 0o644))
		}},
		{name: "ingest-nfc-nfd-duplicates", args: append(db, "$DIR/nfc.txt", "$DIR/nfd.txt"), setup: write(map[string]string{
			"nfc.txt": "Ministers meet in Séance hall in São Paulo and Hà Nội.",
			"nfd.txt": "Ministers meet in Se\u0301ance hall in Sa\u0303o Paulo and Ha\u0300 No\u0302\u0323i.",
		})},
	})
}
