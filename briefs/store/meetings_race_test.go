package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/store"
)

// TestMergedMeetingsHandDeletesWhileWriting: reports deleted by hand, one
// statement at a time, while the store re-merges (reads, and writes of new
// briefs) on other connections, on SQLite and PostgreSQL. A re-merge must
// clear only the stale marks it took: a mark made between its read of them
// and their deletion is left for the next one, so at the end
// merged_meetings holds what a merge from scratch makes.
func TestMergedMeetingsHandDeletesWhileWriting(t *testing.T) {
	for name, open := range bothBackends {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			s := open(t)
			o := newRandomOps(t, s, 1)
			o.add(150)
			done := make(chan error, 1)
			go func() {
				r := rand.New(rand.NewPCG(2, 3))
				query := `DELETE FROM meetings WHERE id = ?`
				if store.IsPostgres(s) {
					query = store.DollarPlaceholders(query)
				}
				for range 120 {
					if _, err := s.DB().ExecContext(ctx, query, 1+r.IntN(400)); err != nil {
						done <- err
						return
					}
				}
				done <- nil
			}()
			for i := 0; ; i++ {
				select {
				case err := <-done:
					if err != nil {
						t.Fatal(err)
					}
					if _, err := s.MeetingCount(ctx, store.MeetingQuery{}); err != nil { // the last deletes' re-merge
						t.Fatal(err)
					}
					checkMergedTable(t, s, fmt.Sprintf("after %d reads and writes", i))
					return
				default:
				}
				if i%4 == 0 {
					b := &briefs.Brief{Title: "x", Body: "body", Hash: fmt.Sprintf("race%d", i), Published: base.Add(time.Duration(i) * time.Hour)}
					if _, err := s.AddBriefs(ctx, []*briefs.Brief{b}); err != nil {
						t.Fatal(err)
					}
				} else if _, err := s.MeetingCount(ctx, store.MeetingQuery{}); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}
