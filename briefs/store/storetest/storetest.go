// Package storetest is the contract test suite every store backend must pass.
// A backend's test calls Run (and RunShared when two handles can share one
// database) with a function that opens a fresh, empty store.
package storetest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// Opener returns a new, empty, migrated store; it registers its own cleanup.
// The store must be opened with store.OpenOptions{Now: Clock}.
type Opener func(t *testing.T) *store.Store

// Now is the time of the stores under test: every Opener passes
// store.OpenOptions{Now: Clock}, so the suite never reads the wall clock.
var Now = time.Date(2026, 12, 4, 9, 30, 0, 0, time.UTC)

// Clock returns Now.
func Clock() time.Time { return Now }

// Run runs the contract suite, opening a fresh store for each test.
func Run(t *testing.T, open func(t *testing.T) *store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, open Opener)
	}{
		{"AddBriefRoundTrip", testAddBriefRoundTrip},
		{"AddBriefDedup", testAddBriefDedup},
		{"AddBriefInvalid", testAddBriefInvalid},
		{"AddBriefs", testAddBriefs},
		{"NotFound", testNotFound},
		{"BriefByExternalID", testBriefByExternalID},
		{"Latest", testLatest},
		{"IngestedBetween", testIngestedBetween},
		{"Window", testWindow},
		{"EachAndCount", testEachAndCount},
		{"UpdateDerived", testUpdateDerived},
		{"Search", testSearch},
		{"SearchHostile", testSearchHostile},
		{"SearchFolding", testSearchFolding},
		{"SearchRanking", testSearchRanking},
		{"SearchNewest", testSearchNewest},
		{"MergeSearchIndex", testMergeSearchIndex},
		{"MeetingsMerge", testMeetingsMerge},
		{"MeetingsMergeReports", testMeetingsMergeReports},
		{"MeetingsUndatedCancel", testMeetingsUndatedCancel},
		{"MeetingsDateProximity", testMeetingsDateProximity},
		{"MeetingsOn", testMeetingsOn},
		{"MeetingsFilter", testMeetingsFilter},
		{"MeetingsInvalidQuery", testMeetingsInvalidQuery},
		{"MeetingsKeywordsHostile", testMeetingsKeywordsHostile},
		{"KeywordsFolding", testKeywordsFolding},
		{"MeetingsLimitIsPrefix", testMeetingsLimitIsPrefix},
		{"MeetingsKeywordsAcrossReports", testMeetingsKeywordsAcrossReports},
		{"MeetingsReindexed", testMeetingsReindexed},
		{"BriefMeetings", testBriefMeetings},
		{"FirstSeen", testFirstSeen},
		{"Values", testValues},
		{"ChatActive", testChatActive},
		{"Subscriptions", testSubscriptions},
		{"MoveChat", testMoveChat},
		{"ClaimSlot", testClaimSlot},
		{"ClaimSlotConcurrent", testClaimSlotConcurrent},
		{"Notices", testNotices},
		{"NoticesConcurrent", testNoticesConcurrent},
		{"Deliveries", testDeliveries},
		{"FeedState", testFeedState},
		{"FeedItems", testFeedItems},
		{"Lease", testLease},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// Every test's store must pass the integrity checks when it is done.
			checked := func(t *testing.T) *store.Store {
				s := open(t)
				t.Cleanup(func() {
					if err := s.Check(context.Background()); err != nil {
						t.Errorf("Check after test: %v", err)
					}
				})
				return s
			}
			tc.fn(t, checked)
		})
	}
}

// RunShared runs the tests that need two Store handles on one database, as
// two processes or replicas have: openPair returns both.
func RunShared(t *testing.T, openPair func(t *testing.T) (*store.Store, *store.Store)) {
	t.Run("ClaimSlotTwoHandles", func(t *testing.T) { testClaimTwoHandles(t, openPair) })
	t.Run("FirstSeenTwoHandles", func(t *testing.T) { testFirstSeenTwoHandles(t, openPair) })
	t.Run("SeeEachOthersWrites", func(t *testing.T) { testSharedWrites(t, openPair) })
	t.Run("ConcurrentIngest", func(t *testing.T) { testConcurrentIngest(t, openPair) })
	t.Run("MergeWhileWriting", func(t *testing.T) { testMergeWhileWriting(t, openPair) })
	t.Run("LeaseTwoHandles", func(t *testing.T) { testLeaseTwoHandles(t, openPair) })
}

// t0 is a time with nanoseconds in a zone other than UTC, to check that
// times round-trip exactly and come back in UTC.
var t0 = time.Date(2025, 12, 4, 15, 30, 5, 123456789, time.FixedZone("IST", 5*3600+1800))

func hashOf(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// brief returns a minimal brief whose hash is derived from body.
func brief(title, body string, published time.Time) *briefs.Brief {
	return &briefs.Brief{Title: title, Body: body, Hash: hashOf(body), Published: published,
		IngestedAt: t0}
}

func add(t *testing.T, s *store.Store, b *briefs.Brief) int64 {
	t.Helper()
	id, created, err := s.AddBrief(context.Background(), b)
	if err != nil {
		t.Fatalf("AddBrief(%q): %v", b.Title, err)
	}
	if !created {
		t.Fatalf("AddBrief(%q): created = false, want true", b.Title)
	}
	return id
}

func wantNotFound(t *testing.T, what string, err error) {
	t.Helper()
	if !errors.Is(err, briefs.ErrNotFound) {
		t.Errorf("%s: err = %v, want one wrapping briefs.ErrNotFound", what, err)
	}
}

func ids(bs []briefs.Brief) []int64 {
	out := make([]int64, len(bs))
	for i, b := range bs {
		out[i] = b.ID
	}
	return out
}
