package timex

import (
	"bufio"
	"encoding/json"
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestRulesAfterTheReadWordsAfterThe checks what best's skip at "the"
// rests on: a rule tried at "the" matches only before one of
// wordsAfterThe or a token that is no plain word. It tries every such rule
// at every "the" of the stories in testdata and of phrases made of "the",
// a word the rules name (every lower-case word quoted in the package's
// source) and the words a rule may read after it.
func TestRulesAfterTheReadWordsAfterThe(t *testing.T) {
	ref := time.Date(2025, 12, 4, 0, 0, 0, 0, time.UTC)
	var texts []string
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	f, err := os.Open(filepath.Join("testdata", "modern.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var g GoldDoc
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, g.Text)
	}
	for w := range sourceWords(t) {
		for _, tail := range []string{"", " year", " quarter", " century", " week of May 4", " day", " of 1998", " 2000", " two thousand", " year ended",
			" future", " term", " weeks", " two weeks", " recent quarter", " half of 1998"} {
			texts = append(texts, "In the "+w+tail+" they met.", "They met in the "+w+tail)
		}
	}
	rules := ruleLists[wordRules["the"].rules]
	checked := 0
	for _, text := range texts {
		d := &doc{text: text, toks: tokenize(text), ref: ref, anchor: "1998-05-04"} // "the following year" reads the last date
		for i := range d.toks {
			if d.toks[i].s != "the" || i+1 >= len(d.toks) || d.toks[i+1].kind != kWord || d.toks[i+1].afterThe {
				continue
			}
			checked++
			for _, r := range rules {
				if m, ok := r(d, i); ok {
					t.Errorf("%q: a rule matches %q at \"the %s\", which wordsAfterThe lacks", text, text[d.toks[i].bs:d.toks[m.end-1].be], d.toks[i+1].s)
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no \"the\" before another word tried")
	}
}

// sourceWords are the lower-case words quoted in the package's source.
func sourceWords(t *testing.T) map[string]bool {
	files, _ := filepath.Glob("*.go")
	words := map[string]bool{}
	fset := gotoken.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == gotoken.STRING {
				if w, err := strconv.Unquote(lit.Value); err == nil && w != "" && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == "" {
					words[w] = true
				}
			}
			return true
		})
	}
	if len(words) < 100 {
		t.Fatalf("only %d words quoted in the source", len(words))
	}
	return words
}
