package store

import (
	"database/sql"
	"fmt"
	"time"
)

// timeFormat stores times as fixed-width UTC RFC 3339 text with nanoseconds,
// so they round-trip exactly and compare as text in time order.
const timeFormat = "2006-01-02T15:04:05.000000000Z"

// encodeTime writes t as stored text; checkTime must have accepted it.
func encodeTime(t time.Time) string { return t.UTC().Format(timeFormat) }

// Bounds of the times timeFormat can write and read back.
var (
	minTime = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	maxTime = time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC)
)

// checkTime rejects a time that cannot be stored (outside years 1 to 9999).
func checkTime(what string, t time.Time) error {
	if t.Before(minTime) || t.After(maxTime) {
		return fmt.Errorf("%s %v is outside years 1 to 9999", what, t)
	}
	return nil
}

// encodeBound writes a query bound, clamped to the storable range.
func encodeBound(t time.Time) string {
	switch {
	case t.Before(minTime):
		t = minTime
	case t.After(maxTime):
		t = maxTime
	}
	return encodeTime(t)
}

// encodeNullTime stores the zero time as NULL.
func encodeNullTime(t time.Time) sql.NullString {
	if t.IsZero() {
		return sql.NullString{}
	}
	return sql.NullString{String: encodeTime(t), Valid: true}
}

func decodeTime(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("bad stored time %q: %w", s, err)
	}
	return t.UTC(), nil
}

func decodeNullTime(s sql.NullString) (time.Time, error) {
	if !s.Valid || s.String == "" {
		return time.Time{}, nil
	}
	return decodeTime(s.String)
}
