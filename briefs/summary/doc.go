// Package summary makes short extractive summaries of news stories: it
// scores each sentence with a small linear ranker over general features
// (degree, cosine and PageRank centrality, length, position, paragraph,
// names, quotes; weights.go, fitted on half the dev set by TestFit -fit),
// adds a decisive lead prior in wire copy, then picks the best ones with
// redundancy control and returns them in document order. It also
// holds the ROUGE scorer and evaluation used to measure it, the JSON-lines
// batch runner, and an optional OpenAI-compatible abstractive provider
// that falls back to the extractive summary on any error.
//
// Everything extractive here is pure and deterministic: the same text
// gives the same summary on every run and machine.
package summary
