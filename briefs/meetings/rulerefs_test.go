package meetings

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestRuleAboutPointsAtCode: each "file.go name, name" a rule's one-line
// description points at names a function or variable of that file, so a
// newcomer who follows it finds the code (files are split and functions
// move; the descriptions must move with them).
func TestRuleAboutPointsAtCode(t *testing.T) {
	ref := regexp.MustCompile(`\b([a-z]+\.go) ([a-z][A-Za-z]*(?:, [a-z][A-Za-z]*)*)`)
	nextFile := regexp.MustCompile(`, ([a-z]+\.go)`) // "(listing.go dateList, weekdiary.go datedRuns)"
	files := map[string]string{}
	for _, r := range Rules() {
		about := nextFile.ReplaceAllString(r.About(), "; $1")
		for _, m := range ref.FindAllStringSubmatch(about, -1) {
			file := m[1]
			src, ok := files[file]
			if !ok {
				b, err := os.ReadFile(file)
				if err != nil {
					t.Errorf("rule %s points at %s: %v", r, file, err)
					continue
				}
				src, files[file] = string(b), string(b)
			}
			for _, name := range strings.Split(m[2], ", ") {
				decl := regexp.MustCompile(`(?m)^(?:func (?:\([^)]*\) )?` + name + `[\[(]|var ` + name + ` |\t` + name + ` +=)`)
				if !decl.MatchString(src) {
					t.Errorf("rule %s points at %s %s, which that file does not declare", r, file, name)
				}
			}
		}
	}
}
