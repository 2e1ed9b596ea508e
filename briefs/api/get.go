package api

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// briefJSON is a brief as the API shows it; Text only for one brief.
type briefJSON struct {
	ID         int64           `json:"id"`
	Ref        string          `json:"ref"`
	ExternalID string          `json:"external_id,omitempty"`
	Title      string          `json:"title"`
	Source     string          `json:"source"`
	URL        string          `json:"url"`
	Published  *time.Time      `json:"published"`
	IngestedAt time.Time       `json:"ingested_at"`
	Via        string          `json:"via"`
	Dateline   briefs.Dateline `json:"dateline"`
	Summary    string          `json:"summary"`
	Text       string          `json:"text,omitempty"`
	Meetings   []meetingJSON   `json:"meetings"`
}

// meetingJSON is a meeting with the briefs that report it.
type meetingJSON struct {
	briefs.Meeting
	Briefs []int64 `json:"briefs"`
}

// MarshalJSON adds "briefs" to the meeting's own JSON (the extract contract).
func (m meetingJSON) MarshalJSON() ([]byte, error) {
	own, err := m.Meeting.MarshalJSON()
	if err != nil {
		return nil, err
	}
	ids := m.Briefs
	if ids == nil {
		ids = []int64{}
	}
	extra, _ := jsonMarshal(map[string]any{"briefs": ids})
	return append(own[:len(own)-1], append([]byte(","), extra[1:]...)...), nil
}

func toMeetings(ms []briefs.Meeting) []meetingJSON {
	out := make([]meetingJSON, len(ms))
	for i, m := range ms {
		src := m.Sources
		if len(src) == 0 && m.BriefID != 0 {
			src = []int64{m.BriefID}
		}
		out[i] = meetingJSON{Meeting: m, Briefs: src}
	}
	return out
}

func toBrief(b briefs.Brief, withText bool) briefJSON {
	out := briefJSON{
		ID: b.ID, Ref: refOf(b), ExternalID: b.ExternalID, Title: b.Title, Source: b.Source, URL: b.URL,
		IngestedAt: b.IngestedAt.UTC(), Via: b.Via, Dateline: b.Dateline, Summary: b.Summary, Meetings: toMeetings(b.Meetings),
	}
	if !b.Published.IsZero() {
		p := b.Published.UTC()
		out.Published = &p
	}
	if withText {
		out.Text = b.Body
	}
	return out
}

// limitParam reads ?limit=, DefaultLimit when absent.
func limitParam(r *http.Request) (int, error) {
	v := r.URL.Query().Get("limit")
	if v == "" {
		return DefaultLimit, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > MaxLimit {
		return 0, fmt.Errorf("limit %q: want a number from 1 to %d", v, MaxLimit)
	}
	return n, nil
}

// sinceParam reads ?since= as RFC 3339 or YYYY-MM-DD (UTC).
func sinceParam(r *http.Request) (time.Time, error) {
	v := r.URL.Query().Get("since")
	if v == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("since %q: want RFC 3339 (2025-12-04T09:00:00Z) or YYYY-MM-DD", v)
}

// maxSinceScan bounds the matches a search with since looks through.
const maxSinceScan = 5000

// listBriefs answers GET /api/briefs: with q, the briefs matching every
// word, best first; else the newest. since keeps briefs ingested at or
// after it (without q: oldest first, for clients that page forward).
func (s *Server) listBriefs(w http.ResponseWriter, r *http.Request) {
	limit, err := limitParam(r)
	if err == nil {
		var since time.Time
		if since, err = sinceParam(r); err == nil {
			s.answerBriefs(w, r, strings.TrimSpace(r.URL.Query().Get("q")), since, limit)
			return
		}
	}
	writeError(w, http.StatusBadRequest, err.Error())
}

func (s *Server) answerBriefs(w http.ResponseWriter, r *http.Request, q string, since time.Time, limit int) {
	var (
		bs  []briefs.Brief
		err error
	)
	switch {
	case q != "" && since.IsZero():
		bs, err = s.Store.Search(r.Context(), q, limit)
	case q != "": // since filters the best matches; bounded so a common word cannot load the store
		bs, err = s.Store.Search(r.Context(), q, min(10*limit, maxSinceScan))
	case !since.IsZero():
		bs, err = s.Store.IngestedBetween(r.Context(), since, s.Now().Add(time.Hour), limit)
	default:
		bs, err = s.Store.Latest(r.Context(), limit)
	}
	if err != nil {
		s.internal(w, r, err)
		return
	}
	out := []briefJSON{}
	for _, b := range bs {
		if len(out) == limit {
			break
		}
		if b.IngestedAt.Before(since) {
			continue
		}
		out = append(out, toBrief(b, false))
	}
	writeJSON(w, http.StatusOK, map[string]any{"briefs": out})
}

// getBrief answers GET /api/briefs/{ref}: ref is a brief id, or the id a
// client gave the brief when it added it.
func (s *Server) getBrief(w http.ResponseWriter, r *http.Request) {
	ref := r.PathValue("ref")
	b, err := s.Store.BriefByExternalID(r.Context(), ref)
	if id, perr := strconv.ParseInt(ref, 10, 64); errors.Is(err, briefs.ErrNotFound) && perr == nil {
		b, err = s.Store.Brief(r.Context(), id)
	}
	switch {
	case errors.Is(err, briefs.ErrNotFound):
		writeError(w, http.StatusNotFound, fmt.Sprintf("no brief %q", ref))
	case err != nil:
		s.internal(w, r, err)
	default:
		writeJSON(w, http.StatusOK, toBrief(b, true))
	}
}

// listMeetings answers GET /api/meetings?from=&to=&q=&limit=.
func (s *Server) listMeetings(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	mq := store.MeetingQuery{From: q.Get("from"), To: q.Get("to"), Keywords: strings.Fields(q.Get("q"))}
	for _, d := range []struct{ name, v string }{{"from", mq.From}, {"to", mq.To}} {
		if _, err := time.Parse("2006-01-02", d.v); d.v != "" && err != nil {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("%s %q: want YYYY-MM-DD", d.name, d.v))
			return
		}
	}
	limit, err := limitParam(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	mq.Limit = limit
	ms, err := s.Store.Meetings(r.Context(), mq)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"meetings": toMeetings(ms)})
}
