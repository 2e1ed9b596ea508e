package summary

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const story = "New Delhi, Dec 4 (IANS) Defence Minister Rajnath Singh met his Russian counterpart on Thursday. " +
	"The two ministers co-chaired the 22nd meeting of the commission. They reviewed military cooperation. " +
	"The meeting was held at the Manekshaw Centre."

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func TestOpenAI(t *testing.T) {
	tests := []struct {
		name       string
		status     int
		body       string
		delay      time.Duration
		wantText   string
		wantMethod string
	}{
		{"ok", 200, `{"choices":[{"message":{"role":"assistant","content":"  Singh met Belousov.\n It went well. "}}]}`, 0, "Singh met Belousov. It went well.", "openai:test-model"},
		{"server error", 500, `{"error":"boom"}`, 0, "", "extractive"},
		{"bad json", 200, `{"choices":[`, 0, "", "extractive"},
		{"no choices", 200, `{"choices":[]}`, 0, "", "extractive"},
		{"empty answer", 200, `{"choices":[{"message":{"content":"   "}}]}`, 0, "", "extractive"},
		{"timeout", 200, `{"choices":[{"message":{"content":"late"}}]}`, 2 * time.Second, "", "extractive"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
					t.Errorf("got %s %s, want POST /v1/chat/completions", r.Method, r.URL.Path)
				}
				if got := r.Header.Get("Authorization"); got != "Bearer sk-test" {
					t.Errorf("Authorization = %q", got)
				}
				var req chatRequest
				if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
					t.Errorf("request body: %v", err)
				}
				if req.Model != "test-model" || len(req.Messages) != 2 {
					t.Errorf("request = %+v", req)
				} else {
					if !strings.Contains(req.Messages[0].Content, "in 3 plain sentences") {
						t.Errorf("system prompt %q does not ask for 3 sentences", req.Messages[0].Content)
					}
					if !strings.HasPrefix(req.Messages[1].Content, "Defence Minister Rajnath Singh") {
						t.Errorf("user message %q should be the story after the dateline", req.Messages[1].Content)
					}
				}
				if tt.delay > 0 {
					select {
					case <-time.After(tt.delay):
					case <-r.Context().Done():
					}
				}
				w.WriteHeader(tt.status)
				io.WriteString(w, tt.body)
			}))
			defer srv.Close()
			o := NewOpenAI(srv.URL+"/v1/", "test-model", "sk-test", 200*time.Millisecond, 2)
			o.Log = quietLog()
			skip := len([]rune("New Delhi, Dec 4 (IANS) "))
			got, method := o.Summarize(context.Background(), story, Options{Sentences: 3, Skip: skip})
			want := tt.wantText
			if tt.wantMethod == "extractive" {
				want = Summarize(story, Options{Sentences: 3, Skip: skip})
			}
			if got != want || method != tt.wantMethod {
				t.Errorf("got (%q, %q), want (%q, %q)", got, method, want, tt.wantMethod)
			}
		})
	}
}

func TestOpenAIConcurrencyBound(t *testing.T) {
	var inFlight, peak atomic.Int32
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		<-release
		inFlight.Add(-1)
		io.WriteString(w, `{"choices":[{"message":{"content":"ok."}}]}`)
	}))
	defer srv.Close()
	o := &OpenAI{BaseURL: srv.URL, Model: "m", Timeout: 5 * time.Second, Concurrency: 2, Log: quietLog()}
	var wg sync.WaitGroup
	methods := make([]string, 6)
	for i := range methods {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, methods[i] = o.Summarize(context.Background(), story, Options{})
		}()
	}
	// Let the first requests arrive, then release everyone.
	// Let the first requests arrive (a hang is caught by go test's -timeout),
	// then give the others a moment to try, then release everyone.
	for inFlight.Load() < 2 {
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond)
	close(release)
	wg.Wait()
	if p := peak.Load(); p != 2 {
		t.Errorf("peak concurrent requests = %d, want 2", p)
	}
	for i, m := range methods {
		if m != "openai:m" {
			t.Errorf("request %d method = %q", i, m)
		}
	}
}

func TestExtractiveMethod(t *testing.T) {
	got, method := Extractive{}.Summarize(context.Background(), story, Options{Sentences: 1})
	if method != MethodExtractive || got == "" || strings.Contains(got, "IANS") {
		t.Errorf("Extractive = (%q, %q)", got, method)
	}
}

// TestOpenAIErrorBodyRedacted: an upstream error that echoes the request's
// Authorization header does not put the key in the log.
func TestOpenAIErrorBodyRedacted(t *testing.T) {
	const key = "sk-proj-" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U1v2W3x4Y5z6"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusUnauthorized)
		// Padding puts the key across the 200-character cut as well.
		fmt.Fprintf(w, `{"error":{"message":"%s Incorrect API key provided: %s (header was %q)"}}`,
			strings.Repeat("x", 150), key, r.Header.Get("Authorization"))
	}))
	defer srv.Close()
	var logged strings.Builder
	o := NewOpenAI(srv.URL, "m", key, time.Second, 1)
	o.Log = slog.New(slog.NewTextHandler(&logged, nil))
	o.Summarize(context.Background(), story, Options{Sentences: 2})
	if !strings.Contains(logged.String(), "status 401") {
		t.Fatalf("the failure was not logged:\n%s", logged.String())
	}
	if strings.Contains(logged.String(), key[:12]) {
		t.Errorf("the API key reached the log:\n%s", logged.String())
	}
	for _, tt := range []struct{ body, want string }{
		{"Bearer " + key, "Bearer [redacted]"},
		{strings.Repeat("y", 195) + key, strings.Repeat("y", 195) + "[reda…"},
		{"no secret here", "no secret here"},
	} {
		if got := snippet([]byte(tt.body), key, ""); got != tt.want {
			t.Errorf("snippet(%.30q…) = %q, want %q", tt.body, got, tt.want)
		}
	}
}
