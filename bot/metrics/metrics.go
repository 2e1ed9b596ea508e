// Package metrics holds briefbot's Prometheus metrics on a registry of
// their own (not the global default) and the hooks that feed them: a
// bot.Middleware for chat commands, an http.RoundTripper for platform API
// calls, a bot.Sender wrapper for the queue of posts, and methods the
// scheduler, ingest and the store call.
//
// Every label value is bounded: commands outside the registered set count
// as "other", API methods that do not look like method names as "other",
// and destinations, feeds and store operations are names from the
// configuration or the code, never chat ids or user text.
//
// A nil *Metrics is valid and records nothing, so one-off commands can
// share code with the daemon.
package metrics

import (
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Build describes the running binary, for briefbot_build_info.
type Build struct {
	Version, Revision, GoVersion string
}

// Metrics is the set of briefbot's metrics. Create it with New.
type Metrics struct {
	reg *prometheus.Registry

	briefsIngested *prometheus.CounterVec   // path
	briefsRejected *prometheus.CounterVec   // reason
	digests        *prometheus.CounterVec   // destination, result
	digestDelay    *prometheus.HistogramVec // destination
	digestLast     *prometheus.GaugeVec     // destination
	commands       *prometheus.HistogramVec // platform, command
	apiCalls       *prometheus.CounterVec   // platform, method, outcome
	apiRetries     *prometheus.CounterVec   // platform, method
	queueDepth     *prometheus.GaugeVec     // adapter
	feedPolls      *prometheus.CounterVec   // feed, result
	storeQuery     *prometheus.HistogramVec // op

	mu   sync.Mutex
	last map[string]time.Time // newest delivered slot by destination
}

// latencyBuckets suit chat commands and store queries: 1 ms to 10 s.
var latencyBuckets = []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}

// delayBuckets suit the delay from a digest slot to its post: 1 s to 2 h.
var delayBuckets = []float64{1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 7200}

// New returns the metrics registered on a new registry, with the Go and
// process collectors and briefbot_build_info.
func New(b Build) *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(), last: map[string]time.Time{},
		briefsIngested: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_briefs_ingested_total", Help: "Briefs stored, by the path they came in (file, feed, api, chat).",
		}, []string{"path"}),
		briefsRejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_briefs_rejected_total", Help: "Briefs not stored, by reason (duplicate, invalid, too_large, error).",
		}, []string{"reason"}),
		digests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_digests_total", Help: "Scheduled digest slots by destination and result (posted, skipped, failed).",
		}, []string{"destination", "result"}),
		digestDelay: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "briefbot_digest_delay_seconds", Help: "Time from a digest's slot to the platform accepting the post.", Buckets: delayBuckets,
		}, []string{"destination"}),
		digestLast: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "briefbot_digest_last_posted_timestamp_seconds", Help: "Unix time of the slot of the newest digest delivered to a destination.",
		}, []string{"destination"}),
		commands: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "briefbot_commands_seconds", Help: "Chat commands answered, by platform and command, and how long the answer took.", Buckets: latencyBuckets,
		}, []string{"platform", "command"}),
		apiCalls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_platform_api_calls_total", Help: "Calls to the Slack and Telegram APIs by method and outcome (ok, rate_limited, client_error, server_error, error).",
		}, []string{"platform", "method", "outcome"}),
		apiRetries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_platform_api_retries_total", Help: "Platform API calls repeated after a 429 or a server error, by method.",
		}, []string{"platform", "method"}),
		queueDepth: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "briefbot_queue_depth", Help: "Posts handed to an adapter and not yet accepted by its platform (waiting for the rate limit or in flight).",
		}, []string{"adapter"}),
		feedPolls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_feed_polls_total", Help: "Feed polls by feed and result (new, not_modified, error).",
		}, []string{"feed", "result"}),
		storeQuery: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "briefbot_store_query_seconds", Help: "Store queries by operation and how long they took.", Buckets: latencyBuckets,
		}, []string{"op"}),
	}
	info := prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "briefbot_build_info", Help: "Always 1; the labels describe the running binary.",
	}, []string{"version", "revision", "goversion"})
	info.WithLabelValues(b.Version, b.Revision, b.GoVersion).Set(1)
	m.reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		info, m.briefsIngested, m.briefsRejected, m.digests, m.digestDelay, m.digestLast,
		m.commands, m.apiCalls, m.apiRetries, m.queueDepth, m.feedPolls, m.storeQuery,
	)
	return m
}

// Registry returns the registry the metrics are on.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Handler serves the metrics in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// BriefIngested counts a brief stored through path.
func (m *Metrics) BriefIngested(path string) {
	if m != nil {
		m.briefsIngested.WithLabelValues(path).Inc()
	}
}

// BriefRejected counts a brief not stored, for reason.
func (m *Metrics) BriefRejected(reason string) {
	if m != nil {
		m.briefsRejected.WithLabelValues(reason).Inc()
	}
}

// Digest results.
const (
	Posted  = "posted"
	Skipped = "skipped"
	Failed  = "failed"
)

// DigestPosted records a digest slot delivered at accepted.
func (m *Metrics) DigestPosted(dest string, slot, accepted time.Time) {
	if m == nil {
		return
	}
	m.digests.WithLabelValues(dest, Posted).Inc()
	m.digestDelay.WithLabelValues(dest).Observe(max(0, accepted.Sub(slot).Seconds()))
	m.DigestDelivered(dest, slot)
}

// DigestDelivered sets the newest delivered slot of dest (at start-up, from
// the store, so the "no digest for a day" alert survives a restart).
func (m *Metrics) DigestDelivered(dest string, slot time.Time) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	// Only move forward: a catch-up of an older slot must not hide a newer one.
	if slot.After(m.last[dest]) {
		m.last[dest] = slot
		m.digestLast.WithLabelValues(dest).Set(float64(slot.Unix()))
	}
}

// DigestResult counts a digest slot that was skipped or failed.
func (m *Metrics) DigestResult(dest, result string) {
	if m != nil {
		m.digests.WithLabelValues(dest, result).Inc()
	}
}

// FeedPolled counts one poll of feed with result.
func (m *Metrics) FeedPolled(feed, result string) {
	if m != nil {
		m.feedPolls.WithLabelValues(feed, result).Inc()
	}
}

// StoreQuery records how long a store operation took.
func (m *Metrics) StoreQuery(op string, took time.Duration) {
	if m != nil {
		m.storeQuery.WithLabelValues(op).Observe(took.Seconds())
	}
}

// Readiness adds briefbot_ready{component}: 1 when the component is ready,
// 0 when not, as fn reports at each scrape (the /readyz checks).
func (m *Metrics) Readiness(fn func() map[string]bool) {
	if m != nil {
		m.reg.MustRegister(readiness(fn))
	}
}

var readyDesc = prometheus.NewDesc("briefbot_ready",
	"1 when the component (store, telegram, slack) is ready, as /readyz reports it; else 0.", []string{"component"}, nil)

type readiness func() map[string]bool

func (r readiness) Describe(ch chan<- *prometheus.Desc) { ch <- readyDesc }

func (r readiness) Collect(ch chan<- prometheus.Metric) {
	for name, ok := range r() {
		v := 0.0
		if ok {
			v = 1
		}
		ch <- prometheus.MustNewConstMetric(readyDesc, prometheus.GaugeValue, v, name)
	}
}
