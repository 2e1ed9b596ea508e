package ingest_test

import (
	"fmt"
	"time"

	"github.com/briefbot/briefbot/briefs/ingest"
)

func ExampleParseDateline() {
	text := "New Delhi, Dec 4 (IANS) Defence Minister Rajnath Singh met his Russian counterpart."
	published := time.Date(2025, 12, 4, 9, 30, 0, 0, time.UTC)
	d, rest, ok := ingest.ParseDateline(text, published, time.Time{})
	fmt.Println(ok, d.Place, d.Date, d.Source)
	fmt.Println(string([]rune(text)[rest:]))
	// Output:
	// true New Delhi 2025-12-04 IANS
	// Defence Minister Rajnath Singh met his Russian counterpart.
}

func ExampleParse() {
	data := []byte("{\"id\": \"r1\", \"text\": \"BRUSSELS, March 2 - EU ministers met.\", \"published\": \"2025-03-02\"}\n{\"id\": \"r2\"}\n")
	for _, it := range ingest.Parse("batch.jsonl", data, ingest.Options{}) {
		if it.Err != nil {
			fmt.Println("error:", it.Err)
			continue
		}
		fmt.Println(it.Line, it.Brief.ExternalID, it.Brief.Dateline.Place, it.Brief.Title)
	}
	// Output:
	// 1 r1 Brussels EU ministers met
	// error: "batch.jsonl": line 2: "text" is required
}
