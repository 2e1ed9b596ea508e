package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"
)

// tickClock is a clock the test moves: After returns a channel the test
// sends on, and every call is announced on waits.
type tickClock struct {
	mu    sync.Mutex
	now   time.Time
	tick  chan time.Time
	waits chan time.Duration
}

func (c *tickClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *tickClock) After(d time.Duration) <-chan time.Time {
	c.waits <- d
	return c.tick
}

func (c *tickClock) advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	now := c.now
	c.mu.Unlock()
	c.tick <- now
}

// recordingForgetter records the times ForgetSeen is asked to forget
// before, and fails when told to; its search index has segments segments
// until merged, and merges announce themselves on merges.
type recordingForgetter struct {
	before   chan time.Time
	fail     bool
	segments int
	merges   chan int
	// meetingSegments is the segments of the meetings keyword index,
	// until merged; each merge of it counts in meetingMerges.
	meetingSegments, meetingMerges int
}

func (f *recordingForgetter) MeetingIndexSegments(ctx context.Context) (int, error) {
	if f.fail {
		return 0, errors.New("disk full")
	}
	return f.meetingSegments, nil
}

func (f *recordingForgetter) MergeMeetingIndex(ctx context.Context) error {
	f.meetingMerges++
	f.meetingSegments = 1
	return nil
}

func (f *recordingForgetter) SearchIndexSegments(ctx context.Context) (int, error) {
	if f.fail {
		return 0, errors.New("disk full")
	}
	return f.segments, nil
}

func (f *recordingForgetter) MergeSearchIndexAll(ctx context.Context, pages int, step func()) error {
	f.merges <- pages
	step()
	f.segments = 1
	return nil
}

func (f *recordingForgetter) ForgetSeen(ctx context.Context, before time.Time) (int64, error) {
	f.before <- before
	if f.fail {
		return 0, errors.New("disk full")
	}
	return 3, nil
}

func TestForgetSeenLoop(t *testing.T) {
	for _, fail := range []bool{false, true} {
		start := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
		clock := &tickClock{now: start, tick: make(chan time.Time), waits: make(chan time.Duration, 4)}
		st := &recordingForgetter{before: make(chan time.Time, 4), fail: fail, merges: make(chan int, 4)}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- housekeepingLoop(ctx, st, clock, slog.New(slog.NewTextHandler(io.Discard, nil))) }()
		if got := <-st.before; !got.Equal(start.Add(-seenKeep)) {
			t.Errorf("first ForgetSeen(before %v), want %v", got, start.Add(-seenKeep))
		}
		if got := <-clock.waits; got != meetingIndexEvery {
			t.Errorf("waits %v, want %v", got, meetingIndexEvery)
		}
		clock.advance(housekeepingEvery) // a failure is tried again too
		if got, want := <-st.before, start.Add(housekeepingEvery-seenKeep); !got.Equal(want) {
			t.Errorf("second ForgetSeen(before %v), want %v", got, want)
		}
		<-clock.waits
		cancel()
		if err := <-done; !errors.Is(err, context.Canceled) {
			t.Errorf("after cancel: %v, want context.Canceled", err)
		}
	}
}

// TestHousekeepingMergesTheSearchIndex: the index is merged when it has
// more than searchSegmentsMax segments, once, and not again while it
// stays under.
func TestHousekeepingMergesTheSearchIndex(t *testing.T) {
	for _, tt := range []struct {
		segments int
		merges   int
	}{{searchSegmentsMax, 0}, {searchSegmentsMax + 1, 1}, {14, 1}} {
		clock := &tickClock{now: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC), tick: make(chan time.Time), waits: make(chan time.Duration, 4)}
		st := &recordingForgetter{before: make(chan time.Time, 4), segments: tt.segments, merges: make(chan int, 4)}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- housekeepingLoop(ctx, st, clock, slog.New(slog.NewTextHandler(io.Discard, nil))) }()
		<-st.before
		<-clock.waits // the first round is over
		clock.advance(housekeepingEvery)
		<-st.before
		<-clock.waits // and the second
		cancel()
		<-done
		if got := len(st.merges); got != tt.merges {
			t.Errorf("%d segments: merged %d times over two rounds, want %d", tt.segments, got, tt.merges)
		}
		if tt.merges > 0 {
			if pages := <-st.merges; pages != searchMergePages {
				t.Errorf("merged in steps of %d pages, want %d", pages, searchMergePages)
			}
		}
	}
}

// TestHousekeepingMergesTheMeetingIndex: the meetings keyword index is
// merged at start when it has more than one segment, and again at the next
// short round once a write has added segments, without the hourly work
// running again before its hour.
func TestHousekeepingMergesTheMeetingIndex(t *testing.T) {
	clock := &tickClock{now: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC), tick: make(chan time.Time), waits: make(chan time.Duration, 4)}
	st := &recordingForgetter{before: make(chan time.Time, 4), merges: make(chan int, 4), meetingSegments: 3}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- housekeepingLoop(ctx, st, clock, slog.New(slog.NewTextHandler(io.Discard, nil))) }()
	<-st.before
	<-clock.waits // the first round is over
	if st.meetingMerges != 1 || st.meetingSegments != 1 {
		t.Errorf("after the first round: %d merges, %d segments; want 1, 1", st.meetingMerges, st.meetingSegments)
	}
	clock.advance(meetingIndexEvery) // nothing changed: nothing to merge
	<-clock.waits
	st.meetingSegments = 2 // a write
	clock.advance(meetingIndexEvery)
	<-clock.waits
	cancel()
	<-done
	if st.meetingMerges != 2 {
		t.Errorf("%d merges over three rounds, want 2", st.meetingMerges)
	}
	if n := len(st.before); n != 0 {
		t.Errorf("old update ids forgotten %d more times within the hour, want 0", n)
	}
}
