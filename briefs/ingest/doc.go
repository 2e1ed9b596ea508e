// Package ingest turns raw input — plain text, markdown, HTML and JSON
// briefs — into briefs.Brief values: it normalises the text, reads the wire
// dateline ("New Delhi, Dec 4 (IANS)"), infers the dateline's year, fills
// in a title and computes the exact-duplicate hash. Nothing here touches
// the store.
package ingest
