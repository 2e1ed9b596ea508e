package store

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

func TestBackupWhileWriting(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := Open(ctx, filepath.Join(dir, "live.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// A second handle on the same file, as the daemon would hold, writes
	// while the backup runs.
	writer, err := Open(ctx, filepath.Join(dir, "live.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	const n = 50
	for i := range n {
		if _, _, err := s.AddBrief(ctx, &briefs.Brief{Title: "t", Body: strings.Repeat("word ", i+1), Hash: strings.Repeat("a", i+1)}); err != nil {
			t.Fatal(err)
		}
	}
	done := make(chan error, 1)
	go func() {
		for i := range n {
			if _, _, err := writer.AddBrief(ctx, &briefs.Brief{Title: "w", Body: "more", Hash: strings.Repeat("b", i+1)}); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	out := filepath.Join(dir, "copy.db")
	if err := s.Backup(ctx, out); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatalf("writing during the backup: %v", err)
	}
	c, err := OpenWith(ctx, out, OpenOptions{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Check(ctx); err != nil {
		t.Errorf("the copy fails its check: %v", err)
	}
	got, err := c.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got < n || got > 2*n {
		t.Errorf("copy holds %d briefs, want between %d and %d (a consistent point during the writes)", got, n, 2*n)
	}
	if err := s.Backup(ctx, out); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("backup over an existing file: %v, want a refusal", err)
	}
	if _, err := os.Stat(out); err != nil {
		t.Errorf("the refused backup removed the earlier copy: %v", err)
	}
}
