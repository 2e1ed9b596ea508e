package schedule

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

// slots computes a destination's slot times.
//
// robfig/cron's SpecSchedule.Next walks real time in the zone, which skips a
// slot that falls in a daylight-saving gap (no 02:30 digest on the day New
// York jumps from 02:00 to 03:00) and fires twice in a repeated hour (01:30
// EDT and 01:30 EST). So slots evaluates the spec on the zone's wall clock,
// expressed as UTC where no hour is skipped or repeated, and maps each wall
// time back to an instant: a wall time in a gap becomes the first instant
// after the gap, a repeated wall time its first occurrence. "@every D"
// schedules are not wall-clock schedules: their slots are multiples of D
// since the zero time, the same in every process.
type slots struct {
	spec  *cron.SpecSchedule // nil for @every
	every time.Duration
	loc   *time.Location
}

// maxSteps bounds the search for a slot after an instant: the wall-clock
// slots at or before it are skipped one by one (at most a few around a
// repeated hour).
const maxSteps = 8

func parseSpec(spec string, loc *time.Location) (slots, error) {
	s := strings.TrimSpace(spec)
	if s == "" {
		return slots{}, errors.New("empty schedule: want a cron spec such as \"0 8 * * 1-5\" or \"@daily\"")
	}
	if strings.HasPrefix(s, "TZ=") || strings.HasPrefix(s, "CRON_TZ=") {
		return slots{}, fmt.Errorf("schedule %q: set the time zone in Loc, not in the spec", spec)
	}
	parsed, err := cron.ParseStandard(s)
	if err != nil {
		return slots{}, fmt.Errorf("schedule %q: %w", spec, err)
	}
	switch p := parsed.(type) {
	case *cron.SpecSchedule:
		return slots{spec: p, loc: loc}, nil
	case cron.ConstantDelaySchedule:
		return slots{every: p.Delay, loc: loc}, nil
	default:
		return slots{}, fmt.Errorf("schedule %q: unsupported schedule type %T", spec, parsed)
	}
}

// next returns the first slot strictly after t, in the zone, or the zero
// time when the spec never fires again (robfig gives up after five years).
func (s slots) next(t time.Time) time.Time {
	if s.spec == nil {
		return t.Truncate(s.every).Add(s.every).In(s.loc)
	}
	wall := wallClock(t.In(s.loc))
	for range maxSteps {
		wall = s.spec.Next(wall)
		if wall.IsZero() {
			return time.Time{}
		}
		if at := instant(wall, s.loc); at.After(t) {
			return at
		}
	}
	return time.Time{}
}

// between returns the slots in (from, to], oldest first, at most limit of
// them; more reports that there were more.
func (s slots) between(from, to time.Time, limit int) (out []time.Time, more bool) {
	for t := s.next(from); !t.IsZero() && !t.After(to); t = s.next(t) {
		if len(out) == limit {
			return out, true
		}
		out = append(out, t)
	}
	return out, false
}

// latest returns the newest slot in (from, to], or the zero time if there
// is none.
func (s slots) latest(from, to time.Time) time.Time {
	if s.spec == nil {
		if t := to.Truncate(s.every); t.After(from) {
			return t.In(s.loc)
		}
		return time.Time{}
	}
	var last time.Time
	for t := s.next(from); !t.IsZero() && !t.After(to); t = s.next(t) {
		last = t
	}
	return last
}

// wallClock returns t's wall-clock reading as a UTC time.
func wallClock(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
}

// instant maps a wall-clock reading (as UTC) to the instant the clocks of loc
// first show it, or the first instant after it when they skip it.
func instant(wall time.Time, loc *time.Location) time.Time {
	t := time.Date(wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute(), wall.Second(), wall.Nanosecond(), loc)
	switch got := wallClock(t); {
	case got.Before(wall): // in a gap, read with the offset after it
		_, end := t.ZoneBounds()
		return end
	case got.After(wall): // in a gap, read with the offset before it
		start, _ := t.ZoneBounds()
		return start
	}
	// A repeated wall time: prefer its first occurrence, in the zone period
	// before t's, if the clocks showed it then too.
	if start, _ := t.ZoneBounds(); !start.IsZero() {
		prev := start.Add(-time.Nanosecond)
		_, prevOff := prev.Zone()
		_, off := t.Zone()
		if early := t.Add(-time.Duration(prevOff-off) * time.Second); prevOff > off && early.Before(start) && wallClock(early.In(loc)).Equal(wall) {
			return early
		}
	}
	return t
}

// NextSlot returns the first slot of spec, read in loc, strictly after
// after — with the same daylight-saving handling as a running Scheduler. It
// answers /schedule where no Scheduler runs.
func NextSlot(spec string, loc *time.Location, after time.Time) (time.Time, error) {
	if loc == nil {
		loc = time.UTC
	}
	s, err := parseSpec(spec, loc)
	if err != nil {
		return time.Time{}, err
	}
	t := s.next(after)
	if t.IsZero() {
		return time.Time{}, fmt.Errorf("schedule %q does not fire after %s", spec, after.Format(time.RFC3339))
	}
	return t, nil
}
