package meetings

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// headRulesUngated are findMentions' head rules that headCues does not
// gate: the lexicon rules (headCueFilter holds their words) and
// ordinalAcronym (mayBeInitialism stands for it).
var headRulesUngated = map[string]bool{
	"isMeetingNounWord": true, "isMeetingNoun": true, "isMeetingVerbWord": true, "isMeetingVerb": true, "ordinalAcronym": true, "mayBeInitialism": true,
	"append": true, "bodyDecides": true, // bodyDecides runs after the loop, over every word
}

// TestHeadCuesGateEveryRule reads the package's source: every head rule
// findMentions asks must open with a test of the word at i (a switch on
// toks[i].lower, or toks[i].lower compared with a word), and each word it
// accepts there must be in headCues or the meeting lexicons; otherwise
// headCueFilter would skip a word the rule fires on.
func TestHeadCuesGateEveryRule(t *testing.T) {
	fs := gotoken.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	funcs := map[string]*ast.FuncDecl{}
	for _, fn := range files {
		if strings.HasSuffix(fn, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fs, fn, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
				funcs[fd.Name.Name] = fd
			}
		}
	}
	find := funcs["findMentions"]
	if find == nil {
		t.Fatal("findMentions not found")
	}
	loop, ok := find.Body.List[1].(*ast.RangeStmt)
	if !ok {
		t.Fatal("findMentions' second statement is no longer its loop over the words; update this test")
	}
	rules := map[string]bool{}
	ast.Inspect(loop.Body, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			if id, ok := c.Fun.(*ast.Ident); ok && !headRulesUngated[id.Name] && funcs[id.Name] != nil {
				rules[id.Name] = true
			}
		}
		return true
	})
	if len(rules) < 10 {
		t.Fatalf("found only %d head rules in findMentions: %v", len(rules), rules)
	}
	for name := range rules {
		fd := funcs[name]
		if name == "oralEvidence" {
			fd = funcs["oralEvidenceBody"]
		}
		words, gated := gateWords(fd)
		if !gated {
			t.Errorf("%s: its first statement tests no word at i; findMentions' headCueFilter cannot skip words for it", name)
			continue
		}
		for _, w := range words {
			if _, noun := meetingNouns[w]; !headCues[w] && !noun && !meetingVerbs[w] {
				t.Errorf("%s fires on %q, which headCues lacks", name, w)
			}
		}
	}
}

// gateWords are the words the first statement of fd accepts at token i:
// the cases of a switch on toks[i].lower, or the words toks[i].lower is
// compared with in an if that returns.
func gateWords(fd *ast.FuncDecl) ([]string, bool) {
	var words []string
	lit := func(e ast.Expr) {
		if bl, ok := e.(*ast.BasicLit); ok && bl.Kind == gotoken.STRING {
			w, _ := strconv.Unquote(bl.Value)
			words = append(words, w)
		}
	}
	for _, st := range fd.Body.List {
		switch s := st.(type) {
		case *ast.AssignStmt:
			continue // "j, title := i+1, false" before the switch
		case *ast.SwitchStmt:
			if !isWordAtI(s.Tag) {
				return nil, false
			}
			for _, c := range s.Body.List {
				cc := c.(*ast.CaseClause)
				if cc.List == nil && !returnsFalse(cc.Body) {
					return nil, false // a default that goes on
				}
				for _, e := range cc.List {
					lit(e)
				}
			}
			return words, true
		case *ast.IfStmt:
			ast.Inspect(s.Cond, func(n ast.Node) bool {
				if be, ok := n.(*ast.BinaryExpr); ok && (be.Op == gotoken.NEQ || be.Op == gotoken.EQL) && isWordAtI(be.X) {
					lit(be.Y)
				}
				return true
			})
			return words, len(words) > 0
		default:
			return nil, false
		}
	}
	return nil, false
}

// isWordAtI reports the expression toks[i].lower.
func isWordAtI(e ast.Expr) bool {
	sel, ok := e.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "lower" {
		return false
	}
	ix, ok := sel.X.(*ast.IndexExpr)
	if !ok {
		return false
	}
	a, ok1 := ix.X.(*ast.Ident)
	b, ok2 := ix.Index.(*ast.Ident)
	return ok1 && ok2 && a.Name == "toks" && b.Name == "i"
}

// returnsFalse reports a clause body that returns false (or -1).
func returnsFalse(body []ast.Stmt) bool {
	if len(body) != 1 {
		return false
	}
	r, ok := body[0].(*ast.ReturnStmt)
	if !ok || len(r.Results) != 1 {
		return false
	}
	switch v := r.Results[0].(type) {
	case *ast.Ident:
		return v.Name == "false"
	case *ast.UnaryExpr:
		return v.Op == gotoken.SUB
	}
	return false
}
