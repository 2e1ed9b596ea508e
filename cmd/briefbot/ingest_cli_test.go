package main

import (
	"os"
	"path/filepath"
	"strings"
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

// TestIngestCPUProfile: -cpuprofile writes a profile (gzip-compressed, as
// pprof writes them) whose samples can be split by stage; a path that
// cannot be created is a clear error before anything is read.
func TestIngestCPUProfile(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	must(t, os.WriteFile(in, []byte("EU farm ministers will meet in Brussels on Monday."), 0o644))
	prof := filepath.Join(dir, "cpu.prof")
	code, _, stderr := runMain(t, "", nil, "ingest", "-db", filepath.Join(dir, "a.db"), "-cpuprofile", prof, in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(prof)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) < 2 || data[0] != 0x1f || data[1] != 0x8b {
		t.Errorf("profile starts %.2x, want a gzip stream", data[:min(len(data), 2)])
	}
	code, _, stderr = runMain(t, "", nil, "ingest", "-db", filepath.Join(dir, "a.db"), "-cpuprofile", filepath.Join(dir, "no", "cpu.prof"), in)
	if code == 0 || !strings.Contains(stderr, "cpu profile") {
		t.Errorf("unwritable profile: exit %d, stderr %q; want an error naming the cpu profile", code, stderr)
	}
}
