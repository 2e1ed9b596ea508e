package feeds

import (
	"bytes"
	"compress/gzip"
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

func TestPollFormats(t *testing.T) {
	gz := func(name string) http.HandlerFunc {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(data)
		zw.Close()
		return func(w http.ResponseWriter, r *http.Request) {
			if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
				t.Errorf("Accept-Encoding = %q, want gzip", r.Header.Get("Accept-Encoding"))
			}
			w.Header().Set("Content-Encoding", "gzip")
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write(buf.Bytes())
		}
	}
	type want struct{ title, url, place, source, bodyHas string }
	tests := []struct {
		name    string
		handler http.HandlerFunc
		source  string
		want    []want
		absent  []string // in no body
	}{
		{"wire RSS", serveFile(t, "wire.rss", "application/rss+xml; charset=utf-8"), "", []want{
			{"India, Russia defence ministers meet in New Delhi", "https://wire.example.com/world/india-russia-defence-4dec", "New Delhi", "Example Wire — World", "Manekshaw Centre"},
			{"OPEC+ ministers to meet in Vienna on Sunday", "https://wire.example.com/world/opec-vienna-sunday", "Vienna", "Example Wire — World", "OPEC+ group"},
			{"EU foreign ministers to meet in Brussels on December 15", "", "Brussels", "Example Wire — World", "support for Ukraine"},
			{"Japan and Australia agreed on Wednesday to hold a two-plus-two security dialogue…", "", "Tokyo", "Example Wire — World", "Canberra"},
		}, []string{"Share on X", "<p>", "&lt;"}},
		{"Atom with HTML content", serveFile(t, "atom.xml", "application/atom+xml"), "MFA", []want{
			{"Minister to attend the Foreign Affairs Council", "https://ministry.example.gov/press/2025/412-fac", "Brussels", "MFA", "- Support for Ukraine\n- The Middle East"},
			{"Statement on the ceasefire talks in Geneva", "https://ministry.example.gov/press/2025/413-geneva", "Geneva", "MFA", "Palais des Nations on Tuesday"},
		}, []string{"<em>", "<strong>"}},
		{"RDF", serveFile(t, "rdf.xml", "application/rdf+xml"), "", []want{
			{"ASEAN summit opens in Kuala Lumpur", "https://agency.example.org/b/1", "Kuala Lumpur", "Example Agency", "Sunday"},
			{"Trade ministers meet in Seoul", "https://agency.example.org/b/2", "Seoul", "Example Agency", "APEC"},
		}, nil},
		{"BOM and wrong content type", serveFile(t, "bom.rss", "text/plain"), "", []want{
			{"Ministers meet in Oslo", "https://bom.example.com/a", "Oslo", "BOM Times", "Nordic"},
		}, nil},
		{"gzip", gz("rdf.xml"), "", []want{
			{"ASEAN summit opens in Kuala Lumpur", "https://agency.example.org/b/1", "Kuala Lumpur", "Example Agency", "Sunday"},
			{"Trade ministers meet in Seoul", "https://agency.example.org/b/2", "Seoul", "Example Agency", "APEC"},
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := server(t, tt.handler)
			feed := Feed{URL: srv.URL + "/feed", Name: "desk", Every: 15 * time.Minute, Source: tt.source}
			fx := newFixture(t, feed)
			res := fx.p.Poll(context.Background(), feed)
			if res.Err != nil {
				t.Fatalf("Poll: %v", res.Err)
			}
			if res.Added != len(tt.want) {
				t.Errorf("added %d, want %d", res.Added, len(tt.want))
			}
			got := fx.all(t)
			if len(got) != len(tt.want) {
				t.Fatalf("stored %d briefs, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				b := got[i]
				if b.Title != w.title || (w.url != "" && b.URL != w.url) || b.Dateline.Place != w.place || b.Source != w.source {
					t.Errorf("brief %d = title %q url %q place %q source %q; want %+v", i, b.Title, b.URL, b.Dateline.Place, b.Source, w)
				}
				if !strings.Contains(b.Body, w.bodyHas) {
					t.Errorf("brief %d body %q lacks %q", i, b.Body, w.bodyHas)
				}
				if b.Via != "feed:desk" || b.Published.IsZero() && i < 3 {
					t.Errorf("brief %d via %q published %v", i, b.Via, b.Published)
				}
				for _, s := range tt.absent {
					if strings.Contains(b.Body, s) {
						t.Errorf("brief %d body contains %q: %q", i, s, b.Body)
					}
				}
			}
			if res.State.LastResult != "2 new, 0 seen" && len(tt.want) == 2 || res.State.NextPoll != t0.Add(15*time.Minute) {
				t.Errorf("state = %+v", res.State)
			}
		})
	}
}

// TestPollOnce serves a feed, then the same feed started over: reordered,
// one item edited, one added. Only the added item becomes a brief, and
// polling again adds nothing.
func TestPollOnce(t *testing.T) {
	file := "wire.rss"
	srv := server(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		serveFile(t, file, "application/rss+xml")(w, r)
	}))
	feed := Feed{URL: srv.URL + "/feed", Name: "wire", Every: time.Minute}
	fx := newFixture(t, feed)
	steps := []struct {
		file         string
		added, total int
		result       string
	}{
		{"wire.rss", 4, 4, "4 new, 0 seen"},
		{"wire.rss", 0, 4, "0 new, 4 seen"},
		{"wire-restarted.rss", 1, 5, "1 new, 4 seen"},
		{"wire-restarted.rss", 0, 5, "0 new, 5 seen"},
		{"wire.rss", 0, 5, "0 new, 4 seen"},
	}
	for i, st := range steps {
		file = st.file
		fx.clock.Add(time.Minute)
		res := fx.p.Poll(context.Background(), feed)
		if res.Err != nil || res.Added != st.added || res.State.LastResult != st.result {
			t.Errorf("step %d: added %d, result %q, err %v; want %d, %q", i, res.Added, res.State.LastResult, res.Err, st.added, st.result)
		}
		if got := fx.all(t); len(got) != st.total {
			t.Errorf("step %d: %d briefs stored, want %d", i, len(got), st.total)
		}
		if res.State.Items != st.total {
			t.Errorf("step %d: state items %d, want %d", i, res.State.Items, st.total)
		}
	}
	first := fx.all(t)[0]
	if strings.Contains(first.Body, "UPDATED") {
		t.Errorf("an edited item changed or duplicated its brief: %q", first.Body)
	}
}

// TestConditionalGet checks If-None-Match and If-Modified-Since are sent
// back, a 304 stores nothing, and a changed ETag is fetched and kept.
func TestConditionalGet(t *testing.T) {
	etag, file := `"v1"`, "rdf.xml"
	const lastMod = "Thu, 04 Dec 2025 10:00:00 GMT"
	var got []string // If-None-Match of each request
	srv := server(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = append(got, r.Header.Get("If-None-Match"))
		if r.Header.Get("If-None-Match") == etag {
			if r.Header.Get("If-Modified-Since") != lastMod {
				t.Errorf("If-Modified-Since = %q, want %q", r.Header.Get("If-Modified-Since"), lastMod)
			}
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		serveFile(t, file, "application/xml")(w, r)
	}))
	feed := Feed{URL: srv.URL, Name: "agency", Every: 10 * time.Minute}
	fx := newFixture(t, feed)
	poll := func() Result {
		fx.clock.Add(10 * time.Minute)
		res := fx.p.Poll(context.Background(), feed)
		if res.Err != nil {
			t.Fatal(res.Err)
		}
		return res
	}
	if res := poll(); res.Added != 2 || res.State.ETag != `"v1"` || res.State.LastModified != lastMod {
		t.Errorf("first poll: %+v", res)
	}
	if res := poll(); !res.NotModified || res.State.LastResult != "not modified" || res.State.ETag != `"v1"` {
		t.Errorf("second poll: %+v, want not modified", res)
	}
	etag, file = `"v2"`, "bom.rss"
	if res := poll(); res.Added != 1 || res.State.ETag != `"v2"` || res.State.Items != 3 {
		t.Errorf("after the ETag changed: %+v", res)
	}
	if want := []string{"", `"v1"`, `"v1"`}; strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("If-None-Match sent: %q, want %q", got, want)
	}
}

func TestPollRedirect(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/old.rss", http.RedirectHandler("/new/feed.rss", http.StatusMovedPermanently))
	mux.Handle("/new/feed.rss", serveFile(t, "atom.xml", "application/atom+xml"))
	srv := server(t, mux)
	feed := Feed{URL: srv.URL + "/old.rss", Name: "moved", Every: time.Hour}
	fx := newFixture(t, feed)
	if res := fx.p.Poll(context.Background(), feed); res.Err != nil || res.Added != 2 {
		t.Errorf("Poll through a redirect: added %d, err %v", res.Added, res.Err)
	}
}

func TestFullText(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<rss version="2.0"><channel><title>Times</title>
<item><title>India, Russia hold defence talks</title><link>/india/talks</link><guid>t-1</guid><description>Short teaser.</description></item>
<item><title>Gone</title><link>/missing</link><guid>t-2</guid><description>Teaser of a page that is gone.</description></item>
</channel></rss>`))
	})
	mux.Handle("/india/talks", serveFile(t, "page.html", "text/html"))
	srv := server(t, mux)
	feed := Feed{URL: srv.URL + "/feed", Name: "times", Every: time.Hour, FullText: true}
	fx := newFixture(t, feed)
	if res := fx.p.Poll(context.Background(), feed); res.Err != nil || res.Added != 2 {
		t.Fatalf("Poll: added %d, err %v", res.Added, res.Err)
	}
	got := fx.all(t)
	if b := got[0]; !strings.HasPrefix(b.Body, "New Delhi, Dec 4 (IANS)") || strings.Contains(b.Body, "Tweet") || b.Title != "India, Russia hold defence talks" || b.URL != srv.URL+"/india/talks" {
		t.Errorf("full-text brief = %q %q %q", b.Title, b.URL, b.Body)
	}
	if b := got[1]; b.Body != "Teaser of a page that is gone." {
		t.Errorf("a page that cannot be fetched keeps the item's text; got %q", b.Body)
	}
}

// TestPollErrors checks each failure is reported, stores nothing, keeps
// the validators and backs off: with the fake jitter (half its range) the
// n-th failure waits 0.75 × every × 2^n, capped.
func TestPollErrors(t *testing.T) {
	big := func(w http.ResponseWriter, r *http.Request) { // 20 MB of items, no Content-Length
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<rss version="2.0"><channel><title>Big</title>`))
		item := []byte(strings.Repeat(`<item><title>x</title><description>`+strings.Repeat("word ", 200)+`</description></item>`, 10))
		for n := 0; n < 20<<20; n += len(item) {
			if _, err := w.Write(item); err != nil {
				return
			}
		}
	}
	tests := []struct {
		name    string
		handler http.HandlerFunc
		err     string
		wait    time.Duration // after the first failure; the second waits twice as long
	}{
		{"500", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", 500) }, "HTTP 500 Internal Server Error", 22*time.Minute + 30*time.Second},
		{"404", http.NotFound, "HTTP 404 Not Found", 22*time.Minute + 30*time.Second},
		{"429 Retry-After", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "7200")
			w.WriteHeader(http.StatusTooManyRequests)
		}, "HTTP 429", 2 * time.Hour},
		{"invalid XML", serveFile(t, "invalid.xml", "application/rss+xml"), "parse:", 22*time.Minute + 30*time.Second},
		{"not a feed", serveFile(t, "page.html", "text/html"), "parse:", 22*time.Minute + 30*time.Second},
		{"20 MB body", big, "over the 10485760-byte limit", 22*time.Minute + 30*time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := server(t, tt.handler)
			feed := Feed{URL: srv.URL, Name: "bad", Every: 15 * time.Minute}
			fx := newFixture(t, feed)
			fx.store.SaveFeedState(context.Background(), briefs.FeedState{URL: srv.URL, ETag: `"old"`})
			res := fx.p.Poll(context.Background(), feed)
			if res.Err == nil || !strings.Contains(res.Err.Error(), tt.err) {
				t.Fatalf("err = %v, want one containing %q", res.Err, tt.err)
			}
			st := res.State
			if st.Failures != 1 || st.NextPoll.Sub(t0) != tt.wait || st.ETag != `"old"` || !strings.HasPrefix(st.LastResult, "error: ") {
				t.Errorf("state after a failure = %+v, want next poll in %s", st, tt.wait)
			}
			if n := len(fx.all(t)); n != 0 {
				t.Errorf("%d briefs stored from a failed poll", n)
			}
			res = fx.p.Poll(context.Background(), feed)
			if want := max(2*tt.wait, tt.wait); res.State.Failures != 2 || res.State.NextPoll.Sub(t0) < want-time.Second && tt.name != "429 Retry-After" {
				t.Errorf("second failure: %+v, want next poll in %s", res.State, want)
			}
		})
	}
}

func TestBackoffCapped(t *testing.T) {
	p := &Poller{MaxBackoff: time.Hour, Jitter: func(d time.Duration) time.Duration { return d - 1 }}
	for n := 1; n < 80; n++ {
		if d := p.backoff(15*time.Minute, n); d > time.Hour || d < 15*time.Minute {
			t.Fatalf("backoff(15m, %d) = %s, want within [15m, 1h]", n, d)
		}
	}
	if d := p.backoff(3*time.Hour, 1); d > 3*time.Hour {
		t.Errorf("backoff of a 3h feed = %s, want no more than its interval", d)
	}
}
