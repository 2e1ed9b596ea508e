package store

import (
	"strings"
	"unicode/utf8"
)

// Keywords of /meetings are case-insensitive substrings of a merged
// meeting's title, place (as its latest report says), participants or
// evidence (meetingFilter.match), both sides folded by foldCase. The SQL
// conditions here select the merged meetings that hold every keyword,
// exactly, for the keywords the index folds as Go does; the others are
// left to meetingFilter.match, which checks every meeting read anyway. The participants are kept for the index as
// plain text, one a line, so a keyword is never split across two of them.

// trigramSafe reports whether SQLite's trigram tokenizer folds r, a letter
// of a folded keyword, and every letter that foldCase makes r, as foldCase
// does, once the index is given trigramFolds: printable ASCII, Latin-1
// letters, Latin Extended-A, Greek and Cyrillic, less the letters whose
// case folding is irregular (dotted and dotless i, long s, sigma, micro
// sign). TestTrigramFolding checks this letter by letter.
func trigramSafe(r rune) bool {
	switch r {
	case 0x130, 0x131, 0x17F, 0x3A3, 0x3C2, 0x3C3, 0xB5:
		return false
	}
	return r >= 0x20 && r < 0x7F ||
		r >= 0xC0 && r < 0x180 ||
		r >= 0x391 && r < 0x3CF ||
		r >= 0x400 && r < 0x460
}

// keywordSQL is what a dialect makes of the keywords of a read: conditions
// on merged_meetings m and their arguments, and on SQLite what the keyword
// index must MATCH ("" when nothing); exact is false when some keyword is
// left to meetingFilter.match.
type keywordSQL struct {
	conds []string
	args  []any
	match string
	exact bool
}

// sqliteMergedKeywords tests the keywords of at least 3 characters that
// the trigram index folds as Go does, each as a quoted FTS5 phrase (user
// text is never read as FTS5 syntax), in one MATCH of merged_meetings_fts,
// and shorter printable-ASCII keywords with LIKE.
func sqliteMergedKeywords(d dialect, keywords []string) keywordSQL {
	kw := keywordSQL{exact: true}
	var phrases []string
	for _, k := range keywords {
		switch {
		case trigramPhrase(k):
			phrases = append(phrases, `"`+strings.ReplaceAll(k, `"`, `""`)+`"`)
		case asciiSafe(k):
			c, a := likeKeyword(k, replaceSQL(`m.title`, asciiFolds), replaceSQL(`m.said_place`, asciiFolds),
				replaceSQL(`m.people`, asciiFolds), replaceSQL(`m.evidence`, asciiFolds))
			kw.conds, kw.args = append(kw.conds, `(`+c+`)`), append(kw.args, a...)
		default:
			kw.exact = false
		}
	}
	kw.match = strings.Join(phrases, " ")
	return kw
}

// trigramPhrase reports whether keyword k is tested in SQLite's trigram
// index: at least 3 characters it folds as Go does.
func trigramPhrase(k string) bool {
	return utf8.RuneCountInString(k) >= 3 && !strings.ContainsFunc(k, func(r rune) bool { return !trigramSafe(r) })
}

// postgresMergedKeywords tests each printable-ASCII keyword with LIKE on
// the column folded (foldedText), which the trigram index
// merged_meetings_folded_text answers.
func postgresMergedKeywords(d dialect, keywords []string) keywordSQL {
	kw := keywordSQL{exact: true}
	for _, k := range keywords {
		if !asciiSafe(k) {
			kw.exact = false
			continue
		}
		c, a := likeKeyword(k, `m.folded`)
		kw.conds, kw.args = append(kw.conds, c), append(kw.args, a...)
	}
	return kw
}

// likeKeyword returns the condition that one of exprs contains keyword k
// (ASCII), with LIKE's wildcards in k escaped: case-insensitively on
// SQLite, whose LIKE folds ASCII; on PostgreSQL the exprs are folded.
func likeKeyword(k string, exprs ...string) (string, []any) {
	pat := "%" + likeEscaper.Replace(k) + "%"
	var ors []string
	var args []any
	for _, e := range exprs {
		ors = append(ors, e+` LIKE ? ESCAPE '\'`)
		args = append(args, pat)
	}
	return strings.Join(ors, ` OR `), args
}

// likeEscaper escapes LIKE's wildcards and its escape character.
var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

// asciiSafe reports whether k is non-empty printable ASCII, so that an
// ASCII-folding LIKE finds it wherever Go does.
func asciiSafe(k string) bool {
	return k != "" && !strings.ContainsFunc(k, func(r rune) bool { return r < 0x20 || r >= 0x7F })
}
