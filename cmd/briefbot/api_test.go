package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDaemonAPIAndFeeds runs the daemon with the API on and a feed: a
// brief posted over HTTP goes through the ingest pipeline (summary,
// meetings, via api), and the feed's items arrive while the API serves.
func TestDaemonAPIAndFeeds(t *testing.T) {
	rdf, err := os.ReadFile(filepath.Join("..", "..", "briefs", "feeds", "testdata", "rdf.xml"))
	must(t, err)
	feed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(rdf) }))
	defer feed.Close()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "c.yaml")
	must(t, os.WriteFile(cfg, []byte(fmt.Sprintf("feeds:\n  - {url: %s, name: agency}\n", feed.URL)), 0o600))
	canon, err := os.ReadFile(canonPath)
	must(t, err)
	const tok = "api-T0ken-123"
	d := startDaemon(t, map[string]string{"BRIEFBOT_DB": filepath.Join(dir, "b.db"), "BRIEFBOT_CONFIG": cfg, "BRIEFBOT_API_TOKEN": tok})

	title, text, _ := strings.Cut(string(canon), "\n")
	post, _ := json.Marshal(map[string]string{"id": "ians-1", "title": title, "text": text, "published": "2025-12-04T10:00:00+05:30"})
	status, body := d.api(t, http.MethodPost, "/api/briefs", tok, string(post))
	if status != http.StatusCreated || !strings.Contains(body, `"ref":"ians-1"`) {
		t.Fatalf("POST: %d %s", status, body)
	}
	status, body = d.api(t, http.MethodGet, "/api/briefs/ians-1", tok, "")
	for _, want := range []string{`"via":"api"`, `"place":"Manekshaw Centre, New Delhi"`, `"Rajnath Singh"`, `"summary":"`} {
		if status != http.StatusOK || !strings.Contains(body, want) {
			t.Errorf("GET /api/briefs/ians-1: %d, lacks %s:\n%.600s", status, want, body)
		}
	}
	if status, _ = d.api(t, http.MethodGet, "/api/briefs/ians-1", "wrong", ""); status != http.StatusUnauthorized {
		t.Errorf("wrong token: %d, want 401", status)
	}
	for try := 1; ; try++ { // about 10 s of 50 ms naps; no clock read
		_, body = d.api(t, http.MethodGet, "/api/briefs?q=ASEAN", tok, "")
		if strings.Contains(body, `"via":"feed:agency"`) {
			break
		}
		time.Sleep(50 * time.Millisecond)
		if try == 200 {
			t.Fatalf("the feed's items did not arrive; last answer %s\nlog:\n%s", body, d.stderr.String())
		}
	}
	d.stop(t)
	if strings.Contains(d.stderr.String(), tok) {
		t.Error("the log shows the API token")
	}
}

// TestDaemonAPIOff checks the API routes do not exist without a token.
func TestDaemonAPIOff(t *testing.T) {
	tg := newFakeBotAPI(t)
	d := startDaemon(t, map[string]string{"BRIEFBOT_DB": ingestCanon(t), "BRIEFBOT_TELEGRAM_TOKEN": daemonTGToken, "BRIEFBOT_TELEGRAM_API_URL": tg.srv.URL})
	if status, _ := d.api(t, http.MethodGet, "/api/briefs", "", ""); status != http.StatusNotFound {
		t.Errorf("GET /api/briefs without BRIEFBOT_API_TOKEN: %d, want 404", status)
	}
	d.stop(t)
}

// api sends one API request with the token (none when "") and returns
// the status and body.
func (d *daemonRun) api(t *testing.T, method, path, token, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, "http://"+d.addr+path, strings.NewReader(body))
	must(t, err)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := (&http.Client{Timeout: 10 * time.Second}).Do(req)
	must(t, err)
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	must(t, err)
	return resp.StatusCode, string(data)
}
