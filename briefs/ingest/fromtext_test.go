package ingest

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

const iansSample = `New Delhi, Dec 4 (IANS) Defence Minister Rajnath Singh and his Russian counterpart Andrei Belousov on Thursday laid a wreath at the National War Memorial in New Delhi.

The 22nd India-Russia Inter-Governmental Commission on Military and Military Technical Cooperation ministerial meeting will be held at the Manekshaw Centre later today.`

func TestFromText(t *testing.T) {
	now := date("2025-12-04T12:00:00Z")
	b := FromText("", "  "+strings.ReplaceAll(iansSample, "\n\n", "\n \n\n")+"\n", time.Time{}, Options{Now: now})
	if b.Body != iansSample {
		t.Errorf("Body = %q, want the sample with its dateline and one blank line between paragraphs", b.Body)
	}
	if want := "Defence Minister Rajnath Singh and his Russian counterpart Andrei Belousov on…"; b.Title != want {
		t.Errorf("Title = %q, want %q", b.Title, want)
	}
	if b.Dateline.Place != "New Delhi" || b.Dateline.Date != "2025-12-04" || b.Dateline.Source != "IANS" {
		t.Errorf("Dateline = %+v", b.Dateline)
	}
	if b.Source != "IANS" {
		t.Errorf("Source = %q, want IANS", b.Source)
	}
	if want := time.Date(2025, 12, 4, 0, 0, 0, 0, time.UTC); !b.Published.Equal(want) {
		t.Errorf("Published = %v, want %v from the dateline", b.Published, want)
	}
	if !b.IngestedAt.Equal(now) {
		t.Errorf("IngestedAt = %v, want %v", b.IngestedAt, now)
	}
	if b.Hash != Hash(iansSample) || len(b.Hash) != 64 {
		t.Errorf("Hash = %q, want Hash of the body", b.Hash)
	}
}

func TestFromTextKeepsGivenValues(t *testing.T) {
	pub := date("2025-12-04T09:30:00+05:30")
	b := FromText("  Wreath laid \n at memorial ", iansSample, pub, Options{Now: date("2026-02-01T00:00:00Z")})
	if b.Title != "Wreath laid at memorial" {
		t.Errorf("Title = %q", b.Title)
	}
	if !b.Published.Equal(pub) {
		t.Errorf("Published = %v, want %v", b.Published, pub)
	}
	if b.Dateline.Date != "2025-12-04" {
		t.Errorf("Dateline.Date = %q, want the year from published", b.Dateline.Date)
	}
}

func TestFromTextWithoutDateline(t *testing.T) {
	b := FromText("", "Talks resume. Both sides met.", time.Time{}, Options{Now: date("2026-02-01T00:00:00Z")})
	if b.Title != "Talks resume" || b.Source != "" || !b.Published.IsZero() || b.Dateline.Place != "" {
		t.Errorf("got Title %q Source %q Published %v Dateline %+v", b.Title, b.Source, b.Published, b.Dateline)
	}
}

func TestFallbackTitle(t *testing.T) {
	long := "The ministers of the two countries reviewed the progress of the defence cooperation projects and agreed to meet again."
	tests := []struct{ name, in, want string }{
		{"short sentence", "Talks resume in Delhi. More later.", "Talks resume in Delhi"},
		{"abbreviation", "Mr. Singh met Dr. Belousov on Dec. 4 in the U.S. capital. They talked.", "Mr. Singh met Dr. Belousov on Dec. 4 in the U.S. capital"},
		{"question", "Will talks resume? Nobody knows.", "Will talks resume?"},
		{"cut at a word", long, "The ministers of the two countries reviewed the progress of the defence…"},
		{"first line only", "Agenda\n- trade", "Agenda"},
		{"one long word", strings.Repeat("x", 100), strings.Repeat("x", 80) + "…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fallbackTitle(tt.in)
			if got != tt.want {
				t.Errorf("fallbackTitle = %q, want %q", got, tt.want)
			}
			if n := utf8.RuneCountInString(got); n > maxTitleRunes+1 {
				t.Errorf("title has %d runes, over %d", n, maxTitleRunes+1)
			}
		})
	}
}
