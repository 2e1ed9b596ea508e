package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs/store"
)

// TestFeedsOnce runs "briefbot feeds -once" twice against sample feeds
// served over HTTP: each item is stored once, through the ingest pipeline
// (summaries and meetings), with via naming the feed; a failing feed is
// listed and makes the exit status 1 without stopping the others.
func TestFeedsOnce(t *testing.T) {
	mux := http.NewServeMux()
	for _, name := range []string{"wire.rss", "atom.xml"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "briefs", "feeds", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		mux.HandleFunc("/"+name, func(w http.ResponseWriter, r *http.Request) { w.Write(data) })
	}
	mux.HandleFunc("/down.xml", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", http.StatusServiceUnavailable) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "c.yaml")
	os.WriteFile(cfg, []byte(fmt.Sprintf(`feeds:
  - {url: %[1]s/wire.rss, name: wire, every: 5m}
  - {url: %[1]s/atom.xml, name: ministry, source: MFA}
  - {url: %[1]s/down.xml, name: down}
`, srv.URL)), 0o600)
	envVars := map[string]string{"BRIEFBOT_CONFIG": cfg, "BRIEFBOT_DB": filepath.Join(dir, "b.db"), "BRIEFBOT_LOG_LEVEL": "error"}

	code, out, errOut := runMain(t, "", envVars, "feeds")
	if code != 0 || !strings.Contains(out, "wire  ") || !strings.Contains(out, "never") {
		t.Errorf("feeds before a poll: exit %d\n%s%s", code, out, errOut)
	}
	for run, want := range []string{"4 new, 0 seen", "0 new, 4 seen"} {
		code, out, errOut = runMain(t, "", envVars, "feeds", "-once")
		if code != 1 || !strings.Contains(errOut, "1 feed could not be polled") {
			t.Errorf("run %d: exit %d, stderr %q; want 1 for the feed that is down", run, code, errOut)
		}
		for _, w := range []string{want, "error: fetch: HTTP 503", "2026-12-04 09:35:00Z"} {
			if !strings.Contains(out, w) {
				t.Errorf("run %d: output lacks %q:\n%s", run, w, out)
			}
		}
	}
	code, out, _ = runMain(t, "", envVars, "search", "Manekshaw")
	if code != 0 || strings.Count(out, "India, Russia defence ministers meet in New Delhi") != 1 {
		t.Errorf("search after two polls: exit %d\n%s", code, out)
	}
	code, out, _ = runMain(t, "", envVars, "meetings", "all")
	if code != 0 || !strings.Contains(out, "Manekshaw Centre") {
		t.Errorf("meetings from feed items: exit %d\n%s", code, out)
	}
	note := filepath.Join(dir, "note.txt")
	os.WriteFile(note, []byte("Ministers meet in Oslo on Monday."), 0o600)
	if code, _, errOut := runMain(t, "", envVars, "ingest", note); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	st, err := store.Open(t.Context(), envVars["BRIEFBOT_DB"])
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	bs, err := st.Latest(t.Context(), 0)
	if err != nil || len(bs) != 7 {
		t.Fatalf("Latest = %d briefs, %v; want 7", len(bs), err)
	}
	vias := map[string]int{}
	for _, b := range bs {
		vias[b.Via]++
	}
	if vias["feed:wire"] != 4 || vias["feed:ministry"] != 2 || vias["file"] != 1 {
		t.Errorf("briefs by via = %v", vias)
	}
	code, out, _ = runMain(t, "", envVars, "search", "Lindqvist")
	if code != 0 || !strings.Contains(out, "Minister to attend the Foreign Affairs Council") || !strings.Contains(out, "MFA") {
		t.Errorf("search Lindqvist: exit %d\n%s", code, out)
	}
}
