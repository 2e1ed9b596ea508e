package meetings

import (
	"fmt"
	"time"
)

// extractText is what the developer commands (extract -jsonl, eval) run on
// each line; tests replace it to check a rule's panic is caught.
var extractText = OfText

// ExtractFailed is a panic in the meeting rules on one text: a bug met on
// text nobody tried before. The developer commands report it against the
// line and go on (extract -jsonl) or stop with it (eval), instead of
// crashing; ingest has its own guard in the analysis package.
type ExtractFailed struct {
	Panic string
}

func (e *ExtractFailed) Error() string {
	return fmt.Sprintf("the meeting rules failed on this text (a bug; please report it with the text): %s", e.Panic)
}

// safeOfText is OfText with a panic turned into *ExtractFailed.
func safeOfText(text string, published, ingested time.Time) (res Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = Result{}, &ExtractFailed{Panic: fmt.Sprint(p)}
		}
	}()
	return extractText(text, published, ingested), nil
}
