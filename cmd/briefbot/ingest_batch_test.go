package main

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/ingest"
)

// TestReadBatchesBound: a batch ends at ingestBatch briefs, or sooner when
// its text reaches ingestBatchBytes, so large briefs make small batches.
func TestReadBatchesBound(t *testing.T) {
	big := strings.Repeat("x", ingestBatchBytes/3+1)
	for _, tc := range []struct {
		name   string
		bodies []string
		want   []int // batch sizes
	}{
		{"small", slices.Repeat([]string{"short"}, 2*ingestBatch+1), []int{ingestBatch, ingestBatch, 1}},
		{"large", slices.Repeat([]string{big}, 7), []int{3, 3, 1}},
		{"mixed", append([]string{"short", big, big, big}, slices.Repeat([]string{"short"}, ingestBatch)...), []int{4, ingestBatch}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := func(ctx context.Context, _ ingest.Options, fn func(ingest.Item) error) error {
				for _, body := range tc.bodies {
					if err := fn(ingest.Item{Brief: briefs.Brief{Body: body}}); err != nil {
						return err
					}
				}
				return nil
			}
			out := make(chan []*briefs.Brief, len(tc.bodies))
			err := readBatches(context.Background(), newCores(1), src, ingest.Options{}, out, func(it ingest.Item) { t.Errorf("bad item: %v", it.Err) })
			if err != nil {
				t.Fatal(err)
			}
			close(out)
			var got []int
			for bs := range out {
				got = append(got, len(bs))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("batches of %v, want %v", got, tc.want)
			}
		})
	}
}
