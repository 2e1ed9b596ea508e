package meetings

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefs/analysis/reading"
	"github.com/briefbot/briefbot/briefs/ingest"
)

func TestDbgR15(t *testing.T) {
	b, err := os.ReadFile("/tmp/r15/s.txt")
	if err != nil {
		t.Skip()
	}
	p, _ := os.ReadFile("/tmp/r15/s.pub")
	pub, _ := time.Parse("2006-01-02", strings.TrimSpace(string(p)))
	r := reading.Of(ingest.FromText("", string(b), pub, ingest.Options{Now: pub}))
	if h := headed(r); h != nil {
		r = h
	}
	d, _ := run(r)
	for si, s := range d.sents {
		ok, v, at := d.sessionSlot(si)
		clock := ""
		if len(d.dates[si]) > 0 {
			clock = d.dates[si][0].clock
		}
		n := d.firstLineTokens(si)
		for _, tk := range d.toks[si][:n] {
			t.Logf("  tok %q word=%v cap=%v num=%v", tk.text, tk.word, tk.cap, tk.num)
		}
		t.Logf("%d short=%v entry=%v ds=%d clock=%q ok=%v v=%q at=%d hb=%q | %q", si, d.shortLine(si), d.entries[si] != nil, len(d.dates[si]), clock, ok, v, at, d.headingBody(), s.Text)
	}
}
