// Package summary makes short extractive summaries of news stories: it
// scores each sentence by centrality (a TextRank-style graph over shared
// content words), a position prior and length, then picks the best ones
// with redundancy control and returns them in document order. It also
// holds the ROUGE scorer and evaluation used to measure it, the JSON-lines
// batch runner, and an optional OpenAI-compatible abstractive provider
// that falls back to the extractive summary on any error.
//
// Everything extractive here is pure and deterministic: the same text
// gives the same summary on every run and machine.
package summary
