package store

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs"
)

func TestRankIDs(t *testing.T) {
	ranked := []int64{9, 8, 7, 6, 5, 4}
	tests := []struct {
		titled, summed []int64
		limit          int
		want           []int64
	}{
		{nil, nil, 0, []int64{9, 8, 7, 6, 5, 4}},
		{nil, nil, 2, []int64{9, 8}},
		{[]int64{5}, nil, 0, []int64{5, 9, 8, 7, 6, 4}},
		{nil, []int64{4, 6}, 3, []int64{6, 4, 9}},
		{[]int64{4, 7}, []int64{7, 8}, 0, []int64{7, 4, 8, 9, 6, 5}},
		{[]int64{10, 3}, []int64{10}, 10, []int64{9, 8, 7, 6, 5, 4}}, // ids outside the window count for nothing
	}
	for _, tc := range tests {
		if got := rankIDs(ranked, tc.titled, tc.summed, tc.limit); !slices.Equal(got, tc.want) {
			t.Errorf("rankIDs(titled %v, summed %v, limit %d) = %v, want %v", tc.titled, tc.summed, tc.limit, got, tc.want)
		}
	}
}

func TestParseIDs(t *testing.T) {
	if ids, err := parseIDs("12,3,456"); err != nil || !slices.Equal(ids, []int64{12, 3, 456}) {
		t.Errorf("parseIDs = %v, %v", ids, err)
	}
	if ids, err := parseIDs(""); err != nil || ids != nil {
		t.Errorf("parseIDs(\"\") = %v, %v; want none", ids, err)
	}
	if _, err := parseIDs("1,x"); err == nil {
		t.Error("parseIDs(1,x): no error")
	}
}

// TestBriefsByID: briefs come back in the order asked, missing ids are
// left out, for short lists (padded, prepared) and long ones alike.
func TestBriefsByID(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "b.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var bs []*briefs.Brief
	for i := range 40 {
		bs = append(bs, &briefs.Brief{Title: fmt.Sprint("T", i), Body: fmt.Sprint("B", i), Hash: fmt.Sprint("h", i),
			IngestedAt: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)})
	}
	if _, err := s.AddBriefs(ctx, bs); err != nil {
		t.Fatal(err)
	}
	var long []int64
	for i := int64(40); i >= 1; i-- {
		long = append(long, i)
	}
	for _, ids := range [][]int64{{3}, {5, 99, 1, 2}, {8, 7, 6, 5, 4, 3, 2, 1, 9}, long} {
		for _, columns := range []string{briefColumns, briefListColumns} {
			got, err := s.briefsByID(ctx, ids, columns)
			if err != nil {
				t.Fatal(err)
			}
			var gotIDs []int64
			for _, b := range got {
				gotIDs = append(gotIDs, b.ID)
				// Every column but the body, which only briefColumns read.
				want := fmt.Sprint("B", b.ID-1)
				if columns == briefListColumns {
					want = ""
				}
				if b.Body != want || b.Title != fmt.Sprint("T", b.ID-1) || b.Hash != fmt.Sprint("h", b.ID-1) || b.IngestedAt.IsZero() {
					t.Errorf("briefsByID(%d), columns %d: body %q, title %q, hash %q, ingested %v", b.ID, len(columns), b.Body, b.Title, b.Hash, b.IngestedAt)
				}
			}
			want := slices.DeleteFunc(slices.Clone(ids), func(id int64) bool { return id > 40 })
			if !slices.Equal(gotIDs, want) {
				t.Errorf("briefsByID(%v) = %v, want %v", ids, gotIDs, want)
			}
		}
	}
}

// TestParseSources: sources as json.Marshal writes them read as
// encoding/json reads them, and other spellings still do.
func TestParseSources(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		ids := make([]int64, 1+rng.IntN(200))
		for i := range ids {
			ids[i] = rng.Int64N(1 << 40)
		}
		text, err := json.Marshal(ids)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := parseSources(string(text)); err != nil || !slices.Equal(got, ids) {
			t.Fatalf("parseSources(%s) = %v, %v", text, got, err)
		}
	}
	for _, tc := range []struct {
		text string
		want []int64
		ok   bool
	}{
		{"[ 1, 2 ]", []int64{1, 2}, true},
		{"[]", []int64{}, true},
		{"[1,", nil, false},
		{"[1,x]", nil, false},
		{"", nil, false},
	} {
		got, err := parseSources(tc.text)
		if (err == nil) != tc.ok || !slices.Equal(got, tc.want) || tc.ok && got == nil {
			t.Errorf("parseSources(%q) = %#v, %v; want %v, ok %v", tc.text, got, err, tc.want, tc.ok)
		}
	}
}
