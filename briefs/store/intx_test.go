package store

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestInTxReportsTheStop: a transaction whose context ends while a
// statement runs without it fails with whatever database/sql's own
// rollback left (sql.ErrTxDone, "statement is closed"); inTx reports the
// stop, so an interrupted ingest reads as interrupted, not as broken.
func TestInTxReportsTheStop(t *testing.T) {
	clock := func() time.Time { return time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC) }
	s, err := OpenWith(context.Background(), filepath.Join(t.TempDir(), "b.db"), OpenOptions{Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	tests := []struct {
		name     string
		stop     bool
		fnErr    error
		canceled bool
	}{
		{"stopped mid-statement", true, sql.ErrTxDone, true},
		{"stopped, fn already says so", true, context.Canceled, true},
		{"failed without a stop", false, errors.New("disk I/O error"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			err := s.inTx(ctx, func(*sql.Tx) error {
				if tt.stop {
					cancel()
				}
				return tt.fnErr
			})
			if !errors.Is(err, tt.fnErr) {
				t.Errorf("err = %v, want it to keep %v", err, tt.fnErr)
			}
			if got := errors.Is(err, context.Canceled); got != tt.canceled {
				t.Errorf("errors.Is(%v, context.Canceled) = %v, want %v", err, got, tt.canceled)
			}
			if strings.Count(err.Error(), "context canceled") > 1 {
				t.Errorf("err = %q names the stop twice", err)
			}
		})
	}
}
