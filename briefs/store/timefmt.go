package store

import (
	"database/sql"
	"fmt"
	"time"
)

// timeFormat stores times as fixed-width UTC RFC 3339 text with nanoseconds,
// so they round-trip exactly and compare as text in time order.
const timeFormat = "2006-01-02T15:04:05.000000000Z"

func encodeTime(t time.Time) string { return t.UTC().Format(timeFormat) }

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
