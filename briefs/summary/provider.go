package summary

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Summarizer is what the ingest pipeline calls. method names what made the
// summary: "extractive" or "openai:MODEL".
type Summarizer interface {
	Summarize(ctx context.Context, text string, opts Options) (summary, method string)
}

// MethodExtractive is the method name of the extractive summariser.
const MethodExtractive = "extractive"

// Extractive is the built-in extractive Summarizer.
type Extractive struct{}

// Summarize implements Summarizer with the package's Summarize.
func (Extractive) Summarize(_ context.Context, text string, opts Options) (string, string) {
	return Summarize(text, opts), MethodExtractive
}

// OpenAI is a Summarizer over any OpenAI-compatible chat completions API
// (OpenAI, a local Ollama or vLLM server). On any error it logs why and
// returns the extractive summary. Use NewOpenAI or a *OpenAI with its
// fields set; unset ones take defaults on first use. Do not copy it.
type OpenAI struct {
	BaseURL     string        // e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1
	Model       string        // e.g. gpt-4o-mini
	APIKey      string        // sent as a Bearer token when set
	Timeout     time.Duration // per request; 0 means 30s
	Concurrency int           // requests in flight at once; 0 means 4
	HTTPClient  *http.Client  // nil means a client with Timeout
	Log         *slog.Logger  // nil means slog.Default()

	once sync.Once
	sem  chan struct{}
}

// NewOpenAI returns an OpenAI summariser with its request semaphore ready.
// Share one value across goroutines so Concurrency bounds them all.
func NewOpenAI(baseURL, model, apiKey string, timeout time.Duration, concurrency int) *OpenAI {
	o := &OpenAI{BaseURL: baseURL, Model: model, APIKey: apiKey, Timeout: timeout, Concurrency: concurrency}
	o.once.Do(o.init)
	return o
}

func (o *OpenAI) init() {
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 4
	}
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Timeout: o.Timeout}
	}
	if o.Log == nil {
		o.Log = slog.Default()
	}
	o.sem = make(chan struct{}, o.Concurrency)
}

// Method is the method name this provider records: "openai:MODEL".
func (o *OpenAI) Method() string { return "openai:" + o.Model }

// Summarize asks the model for a summary of opts.Sentences sentences (2 by
// default) and falls back to the extractive one on any error: a non-2xx
// status, a timeout, bad JSON or an empty answer.
func (o *OpenAI) Summarize(ctx context.Context, text string, opts Options) (string, string) {
	o.once.Do(o.init)
	story := text
	if n := opts.skip(text); n > 0 {
		story = skipRunes(text, n)
	}
	got, err := o.complete(ctx, story, opts)
	if err != nil {
		o.Log.LogAttrs(ctx, slog.LevelWarn, "summary: openai failed, using extractive",
			slog.String("model", o.Model), slog.String("error", err.Error()))
		return Summarize(text, opts), MethodExtractive
	}
	if opts.MaxChars > 0 {
		got = cutWords(got, opts.MaxChars)
	}
	return got, o.Method()
}

type chatMessage struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type chatRequest struct {
	Model       string        `json:"model"`
	Messages    []chatMessage `json:"messages"`
	Temperature float64       `json:"temperature"`
}

type chatResponse struct {
	Choices []struct {
		Message chatMessage `json:"message"`
	} `json:"choices"`
}

// ErrEmptyAnswer is returned when the model answers with no text.
var ErrEmptyAnswer = errors.New("empty answer")

// Prompt is the instruction sent before the story.
func Prompt(opts Options) string {
	n := opts.Sentences
	if n <= 0 {
		n = defaultSentences
	}
	p := fmt.Sprintf("Summarise this news story in %d plain sentences of your own. Keep names, numbers and dates exact. Answer with the summary only.", n)
	if opts.MaxChars > 0 {
		p += fmt.Sprintf(" Use at most %d characters.", opts.MaxChars)
	}
	return p
}

func (o *OpenAI) complete(ctx context.Context, story string, opts Options) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	select {
	case o.sem <- struct{}{}:
		defer func() { <-o.sem }()
	case <-ctx.Done():
		return "", fmt.Errorf("summary: openai: wait for a slot: %w", ctx.Err())
	}
	body, err := json.Marshal(chatRequest{Model: o.Model, Temperature: 0, Messages: []chatMessage{
		{Role: "system", Content: Prompt(opts)},
		{Role: "user", Content: story},
	}})
	if err != nil {
		return "", fmt.Errorf("summary: openai: encode request: %w", err)
	}
	url := strings.TrimRight(o.BaseURL, "/") + "/chat/completions"
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return "", fmt.Errorf("summary: openai: new request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	if o.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+o.APIKey)
	}
	resp, err := o.HTTPClient.Do(req)
	if err != nil {
		return "", fmt.Errorf("summary: openai: post: %w", err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 4<<20))
	if err != nil {
		return "", fmt.Errorf("summary: openai: read answer: %w", err)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return "", fmt.Errorf("summary: openai: status %d: %s", resp.StatusCode, snippet(data, o.APIKey))
	}
	var cr chatResponse
	if err := json.Unmarshal(data, &cr); err != nil {
		return "", fmt.Errorf("summary: openai: decode answer: %w", err)
	}
	if len(cr.Choices) == 0 {
		return "", fmt.Errorf("summary: openai: %w", ErrEmptyAnswer)
	}
	out := strings.Join(strings.Fields(cr.Choices[0].Message.Content), " ")
	if out == "" {
		return "", fmt.Errorf("summary: openai: %w", ErrEmptyAnswer)
	}
	return out, nil
}

// snippet is the start of an upstream answer, for an error message, with
// the secrets replaced by "[redacted]" first: a 401 may echo the
// Authorization header, and a cut must not leave half a key behind.
func snippet(b []byte, secrets ...string) string {
	s := strings.TrimSpace(redact(string(b), secrets...))
	if r := []rune(s); len(r) > 200 {
		s = string(r[:200]) + "…"
	}
	return s
}

// redact replaces every occurrence of each secret (at least 4 characters;
// shorter ones would match ordinary text) with "[redacted]".
func redact(s string, secrets ...string) string {
	for _, sec := range secrets {
		if len(sec) >= 4 {
			s = strings.ReplaceAll(s, sec, "[redacted]")
		}
	}
	return s
}
