//go:build unix

package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestWalkSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"ok.txt": "Ok\n\nBody."})
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "dangling.md")); err != nil {
		t.Fatal(err)
	}
	done := make(chan []string)
	go func() { done <- collect(t, []string{dir}, Options{}) }()
	var got []string
	select {
	case got = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Walk hangs on a named pipe")
	}
	for i := range got {
		got[i] = strings.ReplaceAll(got[i], dir+string(filepath.Separator), "")
	}
	want := `dangling.md error: "dangling.md": no such file or folder` + "\nok.txt Ok\n" + `pipe.txt error: "pipe.txt": not a regular file`
	if strings.Join(got, "\n") != want {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}

func TestWalkLinkedFolder(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"real/a.txt": "Alpha\n\nBody.", "real/b/c.md": "# Charlie\n\nBody."})
	link := filepath.Join(dir, "link")
	if err := os.Symlink(filepath.Join(dir, "real"), link); err != nil {
		t.Fatal(err)
	}
	got := collect(t, []string{link}, Options{})
	want := link + "/a.txt Alpha\n" + link + "/b/c.md Charlie"
	if strings.Join(got, "\n") != want {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}
