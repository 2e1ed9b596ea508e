package api

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

const token = "s3cret-token"

var t0 = time.Date(2025, 12, 4, 12, 0, 0, 0, time.UTC)

// newServer serves the API over a fresh SQLite store; Add stores briefs
// with one meeting each, standing in for the ingest pipeline.
func newServer(t *testing.T, maxBody int64) (*httptest.Server, *store.Store) {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	s := &Server{
		Token: token, Store: st, Now: func() time.Time { return t0 }, MaxBody: maxBody,
		Add: func(ctx context.Context, bs []*briefs.Brief) ([]store.AddResult, error) {
			for _, b := range bs {
				b.Summary = "Summary of " + b.Title
				b.Meetings = []briefs.Meeting{{Title: b.Title + " meeting", Date: "2025-12-15", Precision: briefs.PrecisionDay,
					Place: "Brussels", Participants: []string{"Maria Lindqvist"}, Status: briefs.StatusUpcoming}}
			}
			return st.AddBriefs(ctx, bs)
		},
	}
	mux := http.NewServeMux()
	s.Routes(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, st
}

// do sends a request and returns the status and decoded JSON body.
func do(t *testing.T, method, url, auth, contentType, body string) (int, map[string]any) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	var out map[string]any
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatalf("%s %s: answer is not JSON: %q", method, url, data)
	}
	return resp.StatusCode, out
}

func TestAuth(t *testing.T) {
	srv, _ := newServer(t, 0)
	for _, auth := range []string{"", "Bearer wrong", "Bearer " + token + "x", "Basic " + token, token, "bearer " + token} {
		for _, path := range []string{"/api/briefs", "/api/briefs/1", "/api/meetings"} {
			method := http.MethodGet
			code, body := do(t, method, srv.URL+path, auth, "", "")
			if code != http.StatusUnauthorized || !strings.Contains(body["error"].(string), "API token") {
				t.Errorf("%s %s with %q: %d %v, want 401", method, path, auth, code, body)
			}
		}
		if code, _ := do(t, http.MethodPost, srv.URL+"/api/briefs", auth, "application/json", `{"text":"x"}`); code != http.StatusUnauthorized {
			t.Errorf("POST with %q: %d, want 401", auth, code)
		}
	}
	if code, _ := do(t, http.MethodGet, srv.URL+"/api/briefs", "Bearer "+token, "", ""); code != http.StatusOK {
		t.Errorf("good token: %d, want 200", code)
	}
}

func TestPostBriefs(t *testing.T) {
	srv, _ := newServer(t, 4096)
	auth := "Bearer " + token
	tests := []struct {
		name, contentType, body string
		code                    int
		added, dups             []string // refs
		errs                    []string // "line: text"
		errMsg                  string   // for 4xx
	}{
		{name: "object", contentType: "application/json", body: `{"id":"a1","title":"Talks","text":"Brussels, Dec 1 - Ministers will meet on Monday."}`,
			code: 201, added: []string{"a1"}},
		{name: "same id again", contentType: "application/json", body: `{"id":"a1","text":"Different text."}`,
			code: 200, dups: []string{"a1"}},
		{name: "array with a duplicate text and a bad brief", contentType: "application/json", body: "[\n" +
			`{"text":"Geneva, Dec 2 - Talks resumed on Tuesday."},` + "\n" +
			`{"title":"no text"},` + "\n" +
			`{"id":"b1","text":"Brussels, Dec 1 - Ministers will meet on Monday."},` + "\n" +
			`{"id":"b2","text":"Oslo talks.","published":"yesterday"}` + "\n]",
			code: 201, added: []string{"2"}, dups: []string{"b1"},
			errs: []string{`3: "text" is required`, `5: "published": cannot parse`}},
		{name: "NDJSON", contentType: "application/x-ndjson", body: "{\"id\":\"n1\",\"text\":\"Tokyo talks on Friday.\"}\n\n{\"id\":\"n1\",\"text\":\"again\"}\n{\"id\":\"n2\",\"text\":\"Seoul talks on Monday.\",\"source\":\"Yonhap\",\"url\":\"https://x.example/2\"}\n",
			code: 201, added: []string{"n1", "n2"}, dups: []string{"n1"}},
		{name: "malformed NDJSON names the line", contentType: "application/x-ndjson", body: "{\"text\":\"ok\"}\n{\"text\": \"broken\n",
			code: 400, errMsg: "line 2: malformed JSON"},
		{name: "malformed JSON names the line", contentType: "application/json", body: "[\n{\"text\":\"a\"},\n{\"text\" \"b\"}\n]",
			code: 400, errMsg: "line 3: malformed JSON"},
		{name: "two objects without NDJSON", contentType: "application/json", body: "{\"text\":\"a\"}\n{\"text\":\"b\"}",
			code: 400, errMsg: "application/x-ndjson"},
		{name: "empty", contentType: "application/json", body: "  ", code: 400, errMsg: "empty body"},
		{name: "over the limit", contentType: "application/json", body: `{"text":"` + strings.Repeat("word ", 1000) + `"}`,
			code: 413, errMsg: "over the 4096-byte limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := do(t, http.MethodPost, srv.URL+"/api/briefs", auth, tt.contentType, tt.body)
			if code != tt.code {
				t.Fatalf("status %d, want %d: %v", code, tt.code, body)
			}
			if tt.errMsg != "" {
				if msg, _ := body["error"].(string); !strings.Contains(msg, tt.errMsg) {
					t.Errorf("error %q, want it to contain %q", msg, tt.errMsg)
				}
				return
			}
			if got := refs(body["added"]); strings.Join(got, ",") != strings.Join(tt.added, ",") {
				t.Errorf("added %v, want %v", got, tt.added)
			}
			if got := refs(body["duplicates"]); strings.Join(got, ",") != strings.Join(tt.dups, ",") {
				t.Errorf("duplicates %v, want %v", got, tt.dups)
			}
			errs, _ := body["errors"].([]any)
			if len(errs) != len(tt.errs) {
				t.Fatalf("errors %v, want %v", errs, tt.errs)
			}
			for i, e := range errs {
				m := e.(map[string]any)
				got := jsonNum(m["line"]) + ": " + m["error"].(string)
				if !strings.HasPrefix(got, tt.errs[i]) {
					t.Errorf("error %d = %q, want it to start %q", i, got, tt.errs[i])
				}
			}
		})
	}
}

func refs(v any) []string {
	var out []string
	list, _ := v.([]any)
	for _, x := range list {
		out = append(out, x.(map[string]any)["ref"].(string))
	}
	return out
}

func jsonNum(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestGetBriefsAndMeetings(t *testing.T) {
	srv, _ := newServer(t, 0)
	auth := "Bearer " + token
	code, _ := do(t, http.MethodPost, srv.URL+"/api/briefs", auth, "application/x-ndjson",
		`{"id":"fac","title":"Foreign Affairs Council","text":"BRUSSELS, Dec 1 - Foreign ministers meet on December 15.","url":"https://mfa.example/412","published":"2025-12-01"}`+"\n"+
			`{"title":"Oslo","text":"OSLO, Dec 2 - Nordic ministers met on Monday."}`+"\n")
	if code != 201 {
		t.Fatalf("POST: %d", code)
	}
	tests := []struct {
		path string
		code int
		want []string // in the answer's JSON
		not  []string
	}{
		{"/api/briefs", 200, []string{`"ref":"fac"`, `"ref":"2"`, `"summary":"Summary of Oslo"`, `"via":"api"`, `"url":"https://mfa.example/412"`, `"participants":["Maria Lindqvist"]`}, []string{`"text"`}},
		{"/api/briefs?q=foreign+ministers", 200, []string{`"ref":"fac"`}, []string{`"ref":"2"`}},
		{"/api/briefs?limit=1", 200, []string{`"briefs":[{`}, nil},
		{"/api/briefs?since=2025-12-05", 200, []string{`"briefs":[]`}, nil},
		{"/api/briefs?since=2025-12-04T00:00:00Z&q=oslo", 200, []string{`"ref":"2"`}, nil},
		{"/api/briefs?limit=0", 400, []string{"limit"}, nil},
		{"/api/briefs?since=tuesday", 400, []string{"since"}, nil},
		{"/api/briefs/fac", 200, []string{`"id":1`, `"text":"BRUSSELS, Dec 1`, `"dateline":{"place":"Brussels"`, `"date":"2025-12-15"`, `"briefs":[1]`}, nil},
		{"/api/briefs/2", 200, []string{`"title":"Oslo"`}, nil},
		{"/api/briefs/nope", 404, []string{`no brief \"nope\"`}, nil},
		{"/api/meetings?from=2025-12-15&to=2025-12-15&q=council", 200, []string{`"title":"Foreign Affairs Council meeting"`, `"place":"Brussels"`, `"briefs":[1]`}, []string{"Oslo"}},
		{"/api/meetings?from=2026-01-01", 200, []string{`"meetings":[]`}, nil},
		{"/api/meetings?from=15/12/2025", 400, []string{"want YYYY-MM-DD"}, nil},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+tt.path, nil)
		req.Header.Set("Authorization", auth)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.code || resp.Header.Get("Content-Type") != "application/json; charset=utf-8" {
			t.Errorf("GET %s: %d %s, want %d", tt.path, resp.StatusCode, resp.Header.Get("Content-Type"), tt.code)
		}
		for _, w := range tt.want {
			if !strings.Contains(string(data), w) {
				t.Errorf("GET %s lacks %s:\n%s", tt.path, w, data)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(string(data), w) {
				t.Errorf("GET %s has %s:\n%s", tt.path, w, data)
			}
		}
	}
}
