package feeds

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// errNotModified is a 304 answer to a conditional GET.
var errNotModified = errors.New("not modified")

// HTTPError is a response other than 2xx or 304.
type HTTPError struct {
	Status     int
	RetryAfter time.Duration // from a 429 or 503 Retry-After in seconds; 0 when absent
}

func (e *HTTPError) Error() string {
	return fmt.Sprintf("HTTP %d %s", e.Status, http.StatusText(e.Status))
}

// response is a fetched body with the validators to send next time.
type response struct {
	body               []byte
	url                *url.URL // after redirects
	etag, lastModified string
}

// fetch GETs rawURL, conditionally when etag or lastModified are set. It
// returns errNotModified for 304, an *HTTPError for other non-2xx answers,
// and an error when the body exceeds the size limit.
func (p *Poller) fetch(ctx context.Context, rawURL, etag, lastModified, accept string) (response, error) {
	ctx, cancel := context.WithTimeout(ctx, p.timeout())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return response{}, err
	}
	req.Header.Set("User-Agent", p.userAgent())
	req.Header.Set("Accept", accept)
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := p.client().Do(req)
	if err != nil {
		return response{}, err
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotModified:
		return response{}, errNotModified
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return response{}, &HTTPError{Status: resp.StatusCode, RetryAfter: retryAfter(resp)}
	}
	limit := p.maxBytes()
	if resp.ContentLength > limit {
		return response{}, fmt.Errorf("response is %d bytes, over the %d-byte limit", resp.ContentLength, limit)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1)) // gzip is undone by the transport, so this bounds the unpacked size
	if err != nil {
		return response{}, fmt.Errorf("read body: %w", err)
	}
	if int64(len(body)) > limit {
		return response{}, fmt.Errorf("response is over the %d-byte limit", limit)
	}
	return response{body: body, url: resp.Request.URL, etag: resp.Header.Get("ETag"), lastModified: resp.Header.Get("Last-Modified")}, nil
}

// retryAfter reads a Retry-After in seconds from a 429 or 503 answer.
func retryAfter(resp *http.Response) time.Duration {
	if resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode != http.StatusServiceUnavailable {
		return 0
	}
	n, err := strconv.Atoi(strings.TrimSpace(resp.Header.Get("Retry-After")))
	if err != nil || n <= 0 {
		return 0
	}
	return time.Duration(n) * time.Second
}
